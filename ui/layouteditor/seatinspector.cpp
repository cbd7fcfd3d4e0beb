#include "ui/layouteditor/seatinspector.h"

#include "ui/layouteditor/layoutcommands.h"
#include "ui/layouteditor/layoutdocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace tessera {

SeatInspector::SeatInspector(LayoutDocument &document, QUndoStack &undo, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_undo(undo)
{
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto *form = new QFormLayout;
    m_category = new QComboBox(this);
    m_category->setToolTip(tr("Price category of the selected seats"));
    form->addRow(tr("Cate&gory:"), m_category);
    layout->addLayout(form);

    auto *flags = new QGroupBox(tr("Accessibility"), this);
    auto *flagLayout = new QVBoxLayout(flags);
    m_accessible = new QCheckBox(tr("&Wheelchair place"), flags);
    m_companion = new QCheckBox(tr("C&ompanion seat"), flags);
    m_restricted = new QCheckBox(tr("Res&tricted view"), flags);
    for (QCheckBox *box : {m_accessible, m_companion, m_restricted})
        flagLayout->addWidget(box);
    layout->addWidget(flags);

    auto *blocks = new QGroupBox(tr("Held back by the house"), this);
    auto *blockLayout = new QHBoxLayout(blocks);
    m_blocked = new QCheckBox(tr("&Blocked"), blocks);
    m_blockReason = new QComboBox(blocks);
    m_blockReason->setEditable(true);
    m_blockReason->addItems({tr("House"), tr("Press"), tr("Technical")});
    blockLayout->addWidget(m_blocked);
    blockLayout->addWidget(m_blockReason, 1);
    layout->addWidget(blocks);

    auto *numbers = new QGroupBox(tr("Renumber"), this);
    auto *numberForm = new QFormLayout(numbers);
    m_section = new QLineEdit(numbers);
    m_section->setPlaceholderText(tr("keep"));
    m_row = new QLineEdit(numbers);
    m_row->setPlaceholderText(tr("keep"));
    m_first = new QSpinBox(numbers);
    m_first->setRange(0, 1000000);
    m_first->setValue(1);
    m_step = new QSpinBox(numbers);
    m_step->setRange(-2, 2);
    m_step->setValue(1);
    m_renumber = new QPushButton(tr("&Renumber"), numbers);
    m_renumber->setToolTip(tr("Number the selected seats in layout order: first, first + step, …"));
    numberForm->addRow(tr("Section:"), m_section);
    numberForm->addRow(tr("Row:"), m_row);
    numberForm->addRow(tr("First number:"), m_first);
    numberForm->addRow(tr("Step:"), m_step);
    numberForm->addRow(m_renumber);
    layout->addWidget(numbers);
    layout->addStretch(1);

    connect(m_category, &QComboBox::activated, this,
            [this](int index) { applyCategory(m_category->itemData(index).toString()); });
    connect(m_accessible, &QCheckBox::clicked, this,
            [this](bool on) { applyFlag(int(SeatFlag::Accessible), on); });
    connect(m_companion, &QCheckBox::clicked, this,
            [this](bool on) { applyFlag(int(SeatFlag::Companion), on); });
    connect(m_restricted, &QCheckBox::clicked, this,
            [this](bool on) { applyFlag(int(SeatFlag::RestrictedView), on); });
    connect(m_blocked, &QCheckBox::clicked, this,
            [this](bool on) { applyBlock(on ? m_blockReason->currentText() : QString()); });
    connect(m_blockReason, &QComboBox::currentTextChanged, this, [this](const QString &reason) {
        if (!m_refreshing && m_blocked->checkState() == Qt::Checked && !reason.isEmpty())
            applyBlock(reason);
    });
    connect(m_renumber, &QPushButton::clicked, this,
            [this] { renumber(m_section->text(), m_row->text(), m_first->value(), m_step->value()); });
    connect(&m_document, &LayoutDocument::selectionChanged, this, &SeatInspector::refresh);
    connect(&m_document, &LayoutDocument::seatsEdited, this, &SeatInspector::refresh);
    connect(&m_document, &LayoutDocument::categoriesChanged, this, &SeatInspector::refresh);
    refresh();
}

void SeatInspector::editSelected(const QString &text, const std::function<void(LayoutSeat &)> &change)
{
    const QList<qsizetype> selected = m_document.selectedSeats();
    if (selected.isEmpty())
        return;
    QList<LayoutSeat> after;
    after.reserve(selected.size());
    for (qsizetype index : selected) {
        LayoutSeat seat = m_document.seat(index);
        change(seat);
        after.append(std::move(seat));
    }
    m_undo.push(new EditSeatsCommand(m_document, text, selected, std::move(after)));
}

void SeatInspector::applyCategory(const QString &categoryId)
{
    const PriceCategory *category = m_document.layout().findCategory(categoryId);
    if (!category)
        return;
    editSelected(tr("Set category %1").arg(category->name),
                 [&](LayoutSeat &seat) { seat.category = categoryId; });
}

void SeatInspector::applyFlag(int flag, bool on)
{
    const auto seatFlag = SeatFlag(flag);
    editSelected(on ? tr("Mark seats") : tr("Unmark seats"),
                 [&](LayoutSeat &seat) { seat.flags.setFlag(seatFlag, on); });
}

void SeatInspector::applyBlock(const QString &reason)
{
    editSelected(reason.isEmpty() ? tr("Unblock seats") : tr("Block seats (%1)").arg(reason),
                 [&](LayoutSeat &seat) {
                     seat.blocked = !reason.isEmpty();
                     seat.blockReason = reason;
                 });
}

void SeatInspector::renumber(const QString &section, const QString &row, int first, int step)
{
    int number = first;
    editSelected(tr("Renumber seats"), [&](LayoutSeat &seat) {
        if (!section.trimmed().isEmpty())
            seat.section = section.trimmed();
        if (!row.trimmed().isEmpty())
            seat.row = row.trimmed();
        seat.number = QString::number(number);
        number += step;
    });
}

void SeatInspector::refresh()
{
    m_refreshing = true;
    const qsizetype count = m_document.selectedCount();
    setEnabled(true);
    m_category->clear();
    for (const PriceCategory &category : m_document.layout().categories)
        m_category->addItem(category.name, category.id);
    const QList<qsizetype> selected = count > 0 ? m_document.selectedSeats() : QList<qsizetype>();
    // Ticked when every selected seat has it, half when some have: what a click would change.
    auto showShare = [&](QCheckBox *box, const std::function<bool(const LayoutSeat &)> &has) {
        const auto n = std::count_if(selected.begin(), selected.end(),
                                     [&](qsizetype index) { return has(m_document.seat(index)); });
        const bool mixed = n > 0 && n < selected.size();
        box->setTristate(mixed);
        box->setCheckState(mixed ? Qt::PartiallyChecked : n > 0 ? Qt::Checked : Qt::Unchecked);
    };
    auto flag = [](SeatFlag f) { return [f](const LayoutSeat &seat) { return seat.flags.testFlag(f); }; };
    showShare(m_accessible, flag(SeatFlag::Accessible));
    showShare(m_companion, flag(SeatFlag::Companion));
    showShare(m_restricted, flag(SeatFlag::RestrictedView));
    showShare(m_blocked, [](const LayoutSeat &seat) { return seat.blocked; });
    if (selected.isEmpty()) {
        m_summary->setText(tr("No seat selected. Click seats on the map or drag a rubber band."));
        m_category->setCurrentIndex(-1);
    } else {
        const LayoutSeat &first = m_document.seat(selected.first());
        m_summary->setText(count == 1
                               ? tr("Seat %1").arg(first.label())
                               : tr("%n seats selected, from %1", nullptr, int(count)).arg(first.label()));
        m_category->setCurrentIndex(m_category->findData(first.category));
        if (first.blocked)
            m_blockReason->setCurrentText(first.blockReason);
        m_section->setPlaceholderText(first.section);
        m_row->setPlaceholderText(first.row);
    }
    for (QWidget *w : std::initializer_list<QWidget *>{m_category, m_accessible, m_companion, m_restricted,
                                                       m_blocked, m_blockReason, m_renumber})
        w->setEnabled(!selected.isEmpty());
    m_refreshing = false;
}

} // namespace tessera
