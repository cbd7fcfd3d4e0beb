#include "ui/layouteditor/generatesectiondialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

#include <algorithm>

namespace tessera {

namespace {

QDoubleSpinBox *numberBox(double min, double max, double value, const QString &suffix, QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(min, max);
    box->setDecimals(1);
    box->setValue(value);
    box->setSuffix(suffix);
    return box;
}

QSpinBox *intBox(int min, int max, int value, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(min, max);
    box->setValue(value);
    box->setGroupSeparatorShown(true);
    return box;
}

} // namespace

GenerateSectionDialog::GenerateSectionDialog(const VenueLayout &layout, QPointF origin, QWidget *parent)
    : QDialog(parent)
    , m_layout(layout)
{
    setWindowTitle(tr("Generate section"));
    auto *form = new QFormLayout;

    m_section = new QLineEdit(this);
    m_section->setPlaceholderText(tr("for example Stalls"));
    form->addRow(tr("&Section:"), m_section);

    m_rows = intBox(1, 1000, 10, this);
    m_seats = intBox(1, 1000, 20, this);
    auto *size = new QHBoxLayout;
    size->addWidget(m_rows);
    size->addWidget(new QLabel(tr("rows of"), this));
    size->addWidget(m_seats);
    size->addWidget(new QLabel(tr("seats"), this));
    form->addRow(tr("Size:"), size);

    m_numbering = new QComboBox(this);
    m_numbering->addItem(tr("1 … n from the left"), int(SeatNumbering::LeftToRight));
    m_numbering->addItem(tr("1 … n from the right"), int(SeatNumbering::RightToLeft));
    m_numbering->addItem(tr("Odd left, even right (from the centre)"), int(SeatNumbering::OddLeftEvenRight));
    m_numbering->addItem(tr("Even left, odd right (from the centre)"), int(SeatNumbering::EvenLeftOddRight));
    m_numbering->addItem(tr("Odd numbers only, from the left"), int(SeatNumbering::OddFromLeft));
    m_numbering->addItem(tr("Odd numbers only, from the right"), int(SeatNumbering::OddFromRight));
    m_numbering->addItem(tr("Even numbers only, from the left"), int(SeatNumbering::EvenFromLeft));
    m_numbering->addItem(tr("Even numbers only, from the right"), int(SeatNumbering::EvenFromRight));
    form->addRow(tr("&Numbering:"), m_numbering);

    m_rowLabels = new QComboBox(this);
    m_rowLabels->addItem(tr("Letters A, B, … (no I or O)"), int(RowLabelling::Letters));
    m_rowLabels->addItem(tr("Numbers 1, 2, …"), int(RowLabelling::Numbers));
    m_firstRow = intBox(1, 10000, 1, this);
    m_firstSeat = intBox(0, 100000, 1, this);
    auto *labels = new QHBoxLayout;
    labels->addWidget(m_rowLabels, 1);
    labels->addWidget(new QLabel(tr("first row"), this));
    labels->addWidget(m_firstRow);
    labels->addWidget(new QLabel(tr("first seat"), this));
    labels->addWidget(m_firstSeat);
    form->addRow(tr("Row labels:"), labels);

    m_pitch = numberBox(1, 1000, 10, tr(" units"), this);
    m_rowSpacing = numberBox(1, 1000, 18, tr(" units"), this);
    auto *spacing = new QHBoxLayout;
    spacing->addWidget(new QLabel(tr("seat pitch"), this));
    spacing->addWidget(m_pitch);
    spacing->addWidget(new QLabel(tr("row spacing"), this));
    spacing->addWidget(m_rowSpacing);
    form->addRow(tr("Spacing:"), spacing);

    m_rotation = numberBox(-360, 360, 0, tr("°"), this);
    m_curve = numberBox(0, 100000, 0, tr(" units"), this);
    m_curve->setSpecialValueText(tr("straight rows"));
    m_curve->setToolTip(tr("Radius of the front row's arc; 0 gives straight rows"));
    auto *shape = new QHBoxLayout;
    shape->addWidget(new QLabel(tr("rotation"), this));
    shape->addWidget(m_rotation);
    shape->addWidget(new QLabel(tr("curve radius"), this));
    shape->addWidget(m_curve);
    form->addRow(tr("Shape:"), shape);

    m_aisleEvery = intBox(0, 1000, 0, this);
    m_aisleEvery->setSpecialValueText(tr("none"));
    m_aisleAfter = new QLineEdit(this);
    m_aisleAfter->setPlaceholderText(tr("after seats, e.g. 6, 14"));
    m_aisleWidth = numberBox(0, 1000, 20, tr(" units"), this);
    auto *aisles = new QHBoxLayout;
    aisles->addWidget(new QLabel(tr("every"), this));
    aisles->addWidget(m_aisleEvery);
    aisles->addWidget(m_aisleAfter, 1);
    aisles->addWidget(new QLabel(tr("width"), this));
    aisles->addWidget(m_aisleWidth);
    form->addRow(tr("Aisles:"), aisles);

    m_category = new QComboBox(this);
    for (const PriceCategory &category : layout.categories)
        m_category->addItem(category.name, category.id);
    form->addRow(tr("&Category:"), m_category);

    m_originX = numberBox(-1e6, 1e6, origin.x(), QString(), this);
    m_originY = numberBox(-1e6, 1e6, origin.y(), QString(), this);
    auto *at = new QHBoxLayout;
    at->addWidget(new QLabel(tr("x"), this));
    at->addWidget(m_originX);
    at->addWidget(new QLabel(tr("y"), this));
    at->addWidget(m_originY);
    form->addRow(tr("Origin:"), at);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    form->addRow(m_summary);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Generate"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(m_buttons);
    setLayout(form);

    for (QSpinBox *box : {m_rows, m_seats, m_firstRow, m_firstSeat, m_aisleEvery})
        connect(box, &QSpinBox::valueChanged, this, &GenerateSectionDialog::refresh);
    for (QDoubleSpinBox *box :
         {m_pitch, m_rowSpacing, m_rotation, m_curve, m_aisleWidth, m_originX, m_originY})
        connect(box, &QDoubleSpinBox::valueChanged, this, &GenerateSectionDialog::refresh);
    for (QComboBox *box : {m_numbering, m_rowLabels, m_category})
        connect(box, &QComboBox::currentIndexChanged, this, &GenerateSectionDialog::refresh);
    for (QLineEdit *edit : {m_section, m_aisleAfter})
        connect(edit, &QLineEdit::textChanged, this, &GenerateSectionDialog::refresh);
    refresh();
}

SectionSpec GenerateSectionDialog::spec() const
{
    SectionSpec spec;
    spec.section = m_section->text().trimmed();
    spec.rows = m_rows->value();
    spec.seatsPerRow = m_seats->value();
    spec.numbering = SeatNumbering(m_numbering->currentData().toInt());
    spec.rowLabelling = RowLabelling(m_rowLabels->currentData().toInt());
    spec.firstRow = m_firstRow->value();
    spec.firstSeat = m_firstSeat->value();
    spec.seatPitch = m_pitch->value();
    spec.rowSpacing = m_rowSpacing->value();
    spec.rotationDegrees = m_rotation->value();
    spec.curveRadius = m_curve->value();
    spec.aisleEvery = m_aisleEvery->value();
    for (const QString &part : m_aisleAfter->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int after = part.trimmed().toInt(&ok);
        spec.aisleAfterSeats.append(ok ? after : -1);
    }
    spec.aisleWidth = m_aisleWidth->value();
    spec.category = m_category->currentData().toString();
    spec.offsetX = m_originX->value();
    spec.offsetY = m_originY->value();
    return spec;
}

void GenerateSectionDialog::setSpec(const SectionSpec &spec)
{
    m_section->setText(spec.section);
    m_rows->setValue(spec.rows);
    m_seats->setValue(spec.seatsPerRow);
    m_numbering->setCurrentIndex(m_numbering->findData(int(spec.numbering)));
    m_rowLabels->setCurrentIndex(m_rowLabels->findData(int(spec.rowLabelling)));
    m_firstRow->setValue(spec.firstRow);
    m_firstSeat->setValue(spec.firstSeat);
    m_pitch->setValue(spec.seatPitch);
    m_rowSpacing->setValue(spec.rowSpacing);
    m_rotation->setValue(spec.rotationDegrees);
    m_curve->setValue(spec.curveRadius);
    m_aisleEvery->setValue(spec.aisleEvery);
    QStringList after;
    for (int seat : spec.aisleAfterSeats)
        after << QString::number(seat);
    m_aisleAfter->setText(after.join(QStringLiteral(", ")));
    m_aisleWidth->setValue(spec.aisleWidth);
    m_category->setCurrentIndex(m_category->findData(spec.category));
    m_originX->setValue(spec.offsetX);
    m_originY->setValue(spec.offsetY);
}

QString GenerateSectionDialog::problem() const
{
    const SectionSpec s = spec();
    if (m_category->count() == 0)
        return tr("Add a price category first.");
    const bool taken = std::any_of(m_layout.seats.cbegin(), m_layout.seats.cend(),
                                   [&](const LayoutSeat &seat) { return seat.section == s.section; });
    if (taken)
        return tr("The layout already has a section \"%1\".").arg(s.section);
    if (std::find(s.aisleAfterSeats.cbegin(), s.aisleAfterSeats.cend(), -1) != s.aisleAfterSeats.cend())
        return tr("Aisles: write seat places separated by commas, like 6, 14.");
    SectionSpec probe = s;
    probe.rows = 1; // check the fields without generating the whole section
    probe.seatsPerRow = s.seatsPerRow;
    if (const auto generated = LayoutGenerator::generateSection(probe); !generated)
        return generated.error().message;
    return {};
}

void GenerateSectionDialog::refresh()
{
    const QString problem = this->problem();
    const SectionSpec s = spec();
    const QString firstLabel = LayoutGenerator::rowLabel(s.firstRow, s.rowLabelling);
    const QString lastLabel = LayoutGenerator::rowLabel(s.firstRow + s.rows - 1, s.rowLabelling);
    const QList<int> numbers = LayoutGenerator::seatNumbers(s.seatsPerRow, s.numbering, s.firstSeat);
    QStringList shown;
    for (qsizetype i = 0; i < numbers.size(); ++i) {
        if (numbers.size() > 12 && i == 6) {
            shown << QStringLiteral("…");
            i = numbers.size() - 6;
        }
        shown << QString::number(numbers.at(i));
    }
    const QString summary = tr("%1 seats, rows %2 to %3; a row reads %4")
                                .arg(QLocale().toString(qint64(s.rows) * s.seatsPerRow), firstLabel,
                                     lastLabel, shown.join(QLatin1Char(' ')));
    m_summary->setText(problem.isEmpty()
                           ? summary
                           : QStringLiteral("<b>%1</b><br>%2").arg(problem.toHtmlEscaped(), summary));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace tessera
