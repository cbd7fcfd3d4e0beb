#include "ui/admin/eventplanpicker.h"

#include "core/layout/layoutprogress.h"
#include "ui/mainwindow/filedialogs.h"
#include "ui/mainwindow/uisupport.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPromise>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tessera {

namespace {

// What the demo venues hold, so that the dialog can check the event type without building them.
constexpr EventKind kDemoKinds[] = {EventKind::Mixed, EventKind::Mixed, EventKind::Seated};

QString placesText(qsizetype seats, qint64 standing)
{
    const QLocale locale;
    if (standing == 0)
        return EventPlanPicker::tr("%1 seats").arg(locale.toString(seats));
    if (seats == 0)
        return EventPlanPicker::tr("%1 standing places").arg(locale.toString(standing));
    return EventPlanPicker::tr("%1 seats, %2 standing places")
        .arg(locale.toString(seats), locale.toString(standing));
}

qint64 standingPlaces(const VenueLayout &layout)
{
    qint64 places = 0;
    for (const StandingArea &area : layout.standingAreas)
        places += area.capacity;
    return places;
}

QString kindProblem(EventKind kind, qsizetype seats, qint64 standing)
{
    if (kind != EventKind::Standing && seats == 0)
        return EventPlanPicker::tr("This plan has no seats; a seated or mixed event needs some.");
    if (kind != EventKind::Seated && standing == 0)
        return EventPlanPicker::tr("This plan has no standing places; a standing or mixed event needs some.");
    if (kind == EventKind::Standing && seats > 0)
        return EventPlanPicker::tr("This plan has seats; choose Seated or Mixed for it.");
    return {};
}

} // namespace

EventPlanPicker::EventPlanPicker(QWidget *parent)
    : QWidget(parent)
    , m_source(new QComboBox(this))
    , m_pages(new QStackedWidget(this))
{
    m_source->addItem(tr("Rows × seats"), int(Source::Generated));
    m_source->addItem(tr("Demo venue"), int(Source::DemoVenue));
    m_source->addItem(tr("From a file (pretix JSON or CSV)"), int(Source::File));
    m_source->setToolTip(tr("Where the seats of the new event come from. Seats are edited one by one in "
                            "the layout editor."));

    // Generated hall.
    auto *generated = new QWidget(m_pages);
    auto *form = new QFormLayout(generated);
    form->setContentsMargins(0, 0, 0, 0);
    m_rows = new QSpinBox(generated);
    m_rows->setRange(1, 400);
    m_rows->setValue(10);
    m_rows->setToolTip(tr("Rows are lettered from A, skipping I and O"));
    m_seatsPerRow = new QSpinBox(generated);
    m_seatsPerRow->setRange(1, 400);
    m_seatsPerRow->setValue(20);
    m_seatsPerRow->setToolTip(tr("Seats are numbered from 1, left to right seen from the stage"));
    auto *size = new QHBoxLayout;
    size->addWidget(m_rows);
    size->addWidget(new QLabel(tr("rows of"), generated));
    size->addWidget(m_seatsPerRow);
    size->addWidget(new QLabel(tr("seats"), generated));
    size->addStretch();
    form->addRow(tr("Seats:"), size);
    m_price = new QDoubleSpinBox(generated);
    m_price->setRange(0, 100000);
    m_price->setDecimals(2);
    m_price->setValue(30);
    m_price->setSuffix(priceFieldSuffix());
    form->addRow(tr("Seat price:"), m_price);
    m_standing = new QSpinBox(generated);
    m_standing->setRange(0, 200000);
    m_standing->setSingleStep(50);
    m_standing->setValue(0);
    m_standing->setToolTip(tr("Places in a standing area behind the seats (standing and mixed events)"));
    m_standingPrice = new QDoubleSpinBox(generated);
    m_standingPrice->setRange(0, 100000);
    m_standingPrice->setDecimals(2);
    m_standingPrice->setValue(20);
    m_standingPrice->setSuffix(priceFieldSuffix());
    auto *standing = new QHBoxLayout;
    standing->addWidget(m_standing);
    standing->addWidget(new QLabel(tr("at"), generated));
    standing->addWidget(m_standingPrice);
    standing->addStretch();
    form->addRow(tr("Standing places:"), standing);
    m_pages->addWidget(generated);

    // Demo venue.
    m_demo = new QComboBox(m_pages);
    m_demo->addItems(demoVenueNames());
    auto *demoPage = new QWidget(m_pages);
    auto *demoLayout = new QVBoxLayout(demoPage);
    demoLayout->setContentsMargins(0, 0, 0, 0);
    demoLayout->addWidget(m_demo);
    demoLayout->addStretch();
    m_pages->addWidget(demoPage);

    // File.
    auto *filePage = new QWidget(m_pages);
    auto *fileLayout = new QVBoxLayout(filePage);
    fileLayout->setContentsMargins(0, 0, 0, 0);
    auto *fileRow = new QHBoxLayout;
    m_fileName = new QLineEdit(filePage);
    m_fileName->setReadOnly(true);
    m_fileName->setPlaceholderText(tr("No file chosen"));
    m_chooseFile = new QPushButton(tr("Choose…"), filePage);
    fileRow->addWidget(m_fileName, 1);
    fileRow->addWidget(m_chooseFile);
    fileLayout->addLayout(fileRow);
    m_fileReport = new QLabel(filePage);
    m_fileReport->setWordWrap(true);
    fileLayout->addWidget(m_fileReport);
    fileLayout->addStretch();
    m_pages->addWidget(filePage);

    // Copy.
    m_copyText = new QLabel(m_pages);
    m_copyText->setWordWrap(true);
    m_copyText->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_pages->addWidget(m_copyText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_source);
    layout->addWidget(m_pages);

    connect(m_source, &QComboBox::currentIndexChanged, this, [this] {
        m_pages->setCurrentIndex(m_source->currentData().toInt());
        Q_EMIT changed();
    });
    for (QSpinBox *spin : {m_rows, m_seatsPerRow, m_standing})
        connect(spin, &QSpinBox::valueChanged, this, &EventPlanPicker::changed);
    for (QDoubleSpinBox *spin : {m_price, m_standingPrice})
        connect(spin, &QDoubleSpinBox::valueChanged, this, &EventPlanPicker::changed);
    connect(m_demo, &QComboBox::currentIndexChanged, this, &EventPlanPicker::changed);
    connect(m_chooseFile, &QPushButton::clicked, this, &EventPlanPicker::chooseFile);
}

EventPlanPicker::Source EventPlanPicker::source() const
{
    return Source(m_source->currentData().toInt());
}

void EventPlanPicker::setSource(Source source)
{
    m_source->setCurrentIndex(m_source->findData(int(source)));
}

void EventPlanPicker::setCopySource(const VenueLayout &layout, const QString &eventName)
{
    m_copyLayout = withNewIds(layout);
    m_copyText->setText(tr("The seating plan of %1: %2 with the same categories and prices.")
                            .arg(eventName, placesText(layout.seats.size(), standingPlaces(layout))));
    if (m_source->findData(int(Source::Copy)) < 0)
        m_source->addItem(tr("Same plan as %1").arg(eventName), int(Source::Copy));
    setSource(Source::Copy);
}

void EventPlanPicker::chooseFile()
{
    QFileDialog *dialog =
        newFileDialog(this, tr("Seating plan"), QString(),
                      tr("Seating plans (*.json *.csv);;pretix seating plan (*.json);;Seat CSV (*.csv)"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &EventPlanPicker::setImportFile);
    dialog->open();
}

void EventPlanPicker::setImportFile(const QString &path)
{
    setSource(Source::File);
    m_fileName->setText(QFileInfo(path).fileName());
    m_fileName->setToolTip(path);
    m_fileLayout.reset();
    m_fileError.clear();
    m_reading = true;
    const QString name = QFileInfo(path).fileName();
    m_fileReport->setText(tr("Reading %1…").arg(name));
    Q_EMIT changed();
    // A file chosen before this one is still being read: stop it, its result no longer counts.
    if (m_readProgress)
        m_readProgress->cancel();
    auto progress = std::make_shared<LayoutProgress>();
    m_readProgress = progress;
    if (!m_readTimer) {
        m_readTimer = new QTimer(this);
        m_readTimer->setInterval(100);
    }
    m_readTimer->disconnect();
    connect(m_readTimer, &QTimer::timeout, this, [this, name, progress] {
        m_fileReport->setText(tr("Reading %1… %2 %").arg(name).arg(progress->percent()));
    });
    m_readTimer->start();
    whenReady(this, QtConcurrent::run([path, progress] { return importLayoutFile(path, progress.get()); }),
              [this, progress](const Result<ImportReport> &report) {
                  if (progress != m_readProgress)
                      return;
                  m_readProgress.reset();
                  m_readTimer->stop();
                  m_reading = false;
                  if (!report) {
                      m_fileError = report.error().message;
                      m_fileReport->setText(m_fileError.toHtmlEscaped());
                  } else {
                      m_fileLayout = report->layout;
                      QString text = placesText(report->layout.seats.size(), standingPlaces(report->layout));
                      if (!report->warnings.isEmpty())
                          text += u" · "_s
                                  + (report->warnings.size() == 1
                                         ? tr("1 note on the file")
                                         : tr("%1 notes on the file").arg(report->warnings.size()));
                      m_fileReport->setText(text);
                      m_fileReport->setToolTip(report->warnings.join(u'\n'));
                  }
                  Q_EMIT changed();
              });
}

EventPlanPicker::~EventPlanPicker()
{
    if (m_readProgress)
        m_readProgress->cancel();
}

std::optional<EventKind> EventPlanPicker::suggestedKind() const
{
    switch (source()) {
    case Source::Generated:
        return std::nullopt;
    case Source::DemoVenue:
        return kDemoKinds[std::clamp(m_demo->currentIndex(), 0, 2)];
    case Source::File:
        return m_fileLayout ? std::optional(kindOfLayout(*m_fileLayout)) : std::nullopt;
    case Source::Copy:
        return m_copyLayout ? std::optional(kindOfLayout(*m_copyLayout)) : std::nullopt;
    }
    return std::nullopt;
}

GeneratedHall EventPlanPicker::hall() const
{
    GeneratedHall hall;
    hall.rows = m_rows->value();
    hall.seatsPerRow = m_seatsPerRow->value();
    hall.priceCents = qRound64(m_price->value() * 100);
    hall.standingCapacity = m_standing->value();
    hall.standingPriceCents = qRound64(m_standingPrice->value() * 100);
    return hall;
}

void EventPlanPicker::setKind(EventKind kind)
{
    for (QWidget *seats : std::initializer_list<QWidget *>{m_rows, m_seatsPerRow, m_price})
        seats->setEnabled(kind != EventKind::Standing);
    for (QWidget *standing : std::initializer_list<QWidget *>{m_standing, m_standingPrice})
        standing->setEnabled(kind != EventKind::Seated);
}

QString EventPlanPicker::problem(EventKind kind) const
{
    switch (source()) {
    case Source::Generated: {
        const GeneratedHall h = hall();
        const qsizetype seats = kind == EventKind::Standing ? 0 : qsizetype(h.rows) * h.seatsPerRow;
        if (kind != EventKind::Seated && h.standingCapacity == 0)
            return tr("Enter how many standing places the event has.");
        return kindProblem(kind, seats, kind == EventKind::Seated ? 0 : h.standingCapacity);
    }
    case Source::DemoVenue: {
        const EventKind demo = kDemoKinds[std::clamp(m_demo->currentIndex(), 0, 2)];
        return kindProblem(kind, demo == EventKind::Standing ? 0 : 1, demo == EventKind::Seated ? 0 : 1);
    }
    case Source::File:
        if (m_reading)
            return tr("The file is still being read.");
        if (!m_fileError.isEmpty())
            return m_fileError;
        if (!m_fileLayout)
            return tr("Choose a seating-plan file.");
        return kindProblem(kind, m_fileLayout->seats.size(), standingPlaces(*m_fileLayout));
    case Source::Copy:
        return m_copyLayout ? kindProblem(kind, m_copyLayout->seats.size(), standingPlaces(*m_copyLayout))
                            : QString();
    }
    return {};
}

QString EventPlanPicker::summary(EventKind kind) const
{
    if (source() == Source::Generated) {
        const GeneratedHall h = hall();
        return placesText(kind == EventKind::Standing ? 0 : qsizetype(h.rows) * h.seatsPerRow,
                          kind == EventKind::Seated ? 0 : h.standingCapacity);
    }
    return {};
}

QFuture<Result<VenueLayout>> EventPlanPicker::build(const QString &venue, EventKind kind) const
{
    switch (source()) {
    case Source::Generated:
        return QtConcurrent::run(
            [venue, kind, h = hall()] { return Result<VenueLayout>(generatedHallLayout(venue, h, kind)); });
    case Source::DemoVenue:
        return QtConcurrent::run(
            [index = m_demo->currentIndex()] { return Result<VenueLayout>(demoVenueLayout(index)); });
    case Source::File:
        if (m_fileLayout)
            return QtFuture::makeReadyFuture(Result<VenueLayout>(*m_fileLayout));
        return QtFuture::makeReadyFuture(
            Result<VenueLayout>(ErrorCode::InvalidInput, tr("Choose a seating-plan file.")));
    case Source::Copy:
        if (m_copyLayout)
            return QtFuture::makeReadyFuture(Result<VenueLayout>(*m_copyLayout));
        break;
    }
    return QtFuture::makeReadyFuture(
        Result<VenueLayout>(ErrorCode::InvalidInput, tr("No seating plan chosen.")));
}

} // namespace tessera
