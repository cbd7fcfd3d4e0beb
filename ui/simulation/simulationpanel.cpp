#include "ui/simulation/simulationpanel.h"

#include "core/boxoffice/localboxoffice.h"
#include "core/simulation/simulationreport.h"
#include "ui/mainwindow/filedialogs.h"
#include "ui/mainwindow/messagebanner.h"
#include "ui/mainwindow/uisupport.h"
#include "ui/mainwindow/windowclosing.h"
#include "ui/seatmap/seatmapview.h"
#include "ui/simulation/simulationcharts.h"
#include "ui/simulation/simulationexport.h"
#include "ui/simulation/simulationfigures.h"
#include "ui/simulation/simulationsettingsform.h"
#include "ui/simulation/unitlanemodel.h"
#include "ui/simulation/unitpalette.h"
#include "ui/simulation/waitingroomfigures.h"

#include <QAction>
#include <QChartView>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace tessera {

namespace {

constexpr int kRefreshMs = 100;

/// The tool bar's actions: their text and key, shared with keysSummary().
struct PanelAction
{
    const char *text;
    QKeyCombination key;
};
constexpr PanelAction kStartAction{QT_TRANSLATE_NOOP("tessera::SimulationPanel", "&Start"),
                                   QKeyCombination(Qt::Key_F5)};
constexpr PanelAction kPauseAction{QT_TRANSLATE_NOOP("tessera::SimulationPanel", "&Pause"),
                                   QKeyCombination(Qt::Key_F6)};
constexpr PanelAction kStopAction{QT_TRANSLATE_NOOP("tessera::SimulationPanel", "S&top"),
                                  QKeyCombination(Qt::ShiftModifier, Qt::Key_F5)};
constexpr PanelAction kResetAction{QT_TRANSLATE_NOOP("tessera::SimulationPanel", "&Reset"),
                                   QKeyCombination(Qt::ControlModifier | Qt::ShiftModifier, Qt::Key_R)};
constexpr PanelAction kExportAction{QT_TRANSLATE_NOOP("tessera::SimulationPanel", "&Export report…"),
                                    QKeyCombination(Qt::ControlModifier, Qt::Key_E)};
const QSize kPreferredSize(1600, 940);

/// The question before the first run on an event that is on sale: its seats are real.
bool askStart(QWidget *parent, const Event &event)
{
    QMessageBox box(QMessageBox::Warning, SimulationPanel::tr("Run the simulation on %1?").arg(event.name),
                    SimulationPanel::tr("<b>%1 is on sale.</b>").arg(event.name.toHtmlEscaped()),
                    QMessageBox::NoButton, parent);
    box.setInformativeText(
        SimulationPanel::tr("The units hold and sell its seats in the database: clerks at every terminal "
                            "see them taken, and customers cannot buy them, until you press Reset. "
                            "Reset gives back exactly what the runs took."));
    QPushButton *run = box.addButton(SimulationPanel::tr("Start the simulation"), QMessageBox::AcceptRole);
    box.setDefaultButton(box.addButton(QMessageBox::Cancel));
    box.exec();
    return box.clickedButton() == run;
}

QString stateText(SimulationState state)
{
    switch (state) {
    case SimulationState::Idle:
        return QCoreApplication::translate("tessera::SimulationPanel", "Ready");
    case SimulationState::Running:
        return QCoreApplication::translate("tessera::SimulationPanel", "Running");
    case SimulationState::Paused:
        return QCoreApplication::translate("tessera::SimulationPanel", "Paused");
    case SimulationState::Finished:
        return QCoreApplication::translate("tessera::SimulationPanel", "Finished");
    }
    return {};
}

QString stateStyle(SimulationState state)
{
    const QString colours = state == SimulationState::Running    ? u"#ffffff; background: #2e7d32"_s
                            : state == SimulationState::Paused   ? u"#20242b; background: #f2c94c"_s
                            : state == SimulationState::Finished ? u"#ffffff; background: #37414f"_s
                                                                 : u"#37414f; background: #e1e1dc"_s;
    return u"QLabel { color: %1; border-radius: 9px; padding: 2px 12px; font-weight: 600; }"_s.arg(colours);
}

QGroupBox *group(const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(10, 8, 10, 10);
    layout->addWidget(content);
    return box;
}

} // namespace

SimulationPanel::SimulationPanel(LocalBoxOffice &office, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_office(office)
{
    setObjectName(u"simulationPanel"_s);
    setWindowTitle(tr("Simulation — Tessera"));
    setStyleSheet(
        u"QGroupBox { font-weight: 600; border: 1px solid #e1e1dc; border-radius: 6px; margin-top: 10px;"
        " background: #ffffff; }"
        "QGroupBox::title { subcontrol-origin: margin; left: 10px; padding: 0 4px; color: #37414f; }"
        "QGroupBox QLabel, QGroupBox QSpinBox, QGroupBox QComboBox { font-weight: normal; }"
        "#simulationPanel { background: #f3f3ef; }"_s);
    for (int u = 0; u < SimulationConfig::kMaxUnits; ++u)
        m_unitRgb.push_back(unitColour(u).rgb());

    // Actions, on a tool bar at the top.
    const auto action = [this](const PanelAction &spec, const QString &tip, QStyle::StandardPixmap icon) {
        const QKeySequence key(spec.key);
        auto *a = new QAction(style()->standardIcon(icon), tr(spec.text), this);
        a->setShortcut(key);
        a->setToolTip(u"%1 (%2)"_s.arg(tip, key.toString(QKeySequence::NativeText)));
        a->setStatusTip(tip);
        addAction(a);
        return a;
    };
    m_start = action(kStartAction, tr("Start a run with these settings"), QStyle::SP_MediaPlay);
    m_pause = action(kPauseAction, tr("Pause the units; resume where they were"), QStyle::SP_MediaPause);
    m_stop = action(kStopAction, tr("End the run now and check the database"), QStyle::SP_MediaStop);
    m_reset = action(kResetAction,
                     tr("Cancel the runs' sales and release their holds: the event is as it was before"),
                     QStyle::SP_BrowserReload);
    m_export = action(kExportAction, tr("Write the figures (JSON, CSV) and the charts (PNG) into a folder"),
                      QStyle::SP_DialogSaveButton);
    connect(m_start, &QAction::triggered, this, &SimulationPanel::requestStart);
    connect(m_pause, &QAction::triggered, this, &SimulationPanel::togglePause);
    connect(m_stop, &QAction::triggered, this, &SimulationPanel::stop);
    connect(m_reset, &QAction::triggered, this, &SimulationPanel::reset);
    connect(m_export, &QAction::triggered, this, &SimulationPanel::exportReport);

    auto *toolBar = new QToolBar(this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setIconSize(QSize(18, 18));
    toolBar->addActions({m_start, m_pause, m_stop});
    toolBar->addSeparator();
    toolBar->addActions({m_reset, m_export});

    m_header = new QLabel(this);
    m_header->setObjectName(u"simulationHeader"_s);
    m_header->setTextFormat(Qt::RichText);
    m_stateLabel = new QLabel(this);
    m_stateLabel->setObjectName(u"simulationState"_s);
    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_header, 1);
    top->addWidget(toolBar);
    top->addSpacing(8);
    top->addWidget(m_stateLabel);
    top->addSpacing(8);
    top->addWidget(makeWindowClosable(this)); // closing asks first when the run left changes
    m_banner = new MessageBanner(this);

    // Left: settings and invariants. Centre: figures, map, charts. Right: the lanes.
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(10);
    m_settings = new SimulationSettingsForm(left);
    m_invariants = new InvariantPanel(left);
    m_queue = new WaitingRoomFigures(left);
    leftLayout->addWidget(group(tr("Run"), m_settings, left));
    leftLayout->addWidget(group(tr("Invariants"), m_invariants, left));
    leftLayout->addWidget(group(tr("Waiting room"), m_queue, left));
    leftLayout->addStretch(1);
    left->setMinimumWidth(300);
    left->setMaximumWidth(380);

    auto *centre = new QWidget(this);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(8);
    m_figures = new SimulationFigures(centre);
    m_map = new SeatMapView(centre);
    m_map->setObjectName(u"simulationSeatMap"_s);
    m_map->setHolderNameResolver([this](HolderId id) { return m_office.holderName(id); });
    m_map->setMinimumHeight(220);
    m_charts = new SimulationCharts(centre);
    auto *vertical = new QSplitter(Qt::Vertical, centre);
    vertical->addWidget(m_map);
    vertical->addWidget(m_charts);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 2);
    vertical->setSizes({480, 320});
    vertical->setChildrenCollapsible(false);
    centreLayout->addWidget(m_figures);
    centreLayout->addWidget(vertical, 1);

    // The settings column scrolls on a short screen instead of making the window taller than it.
    auto *leftScroll = new QScrollArea(this);
    leftScroll->setWidget(left);
    leftScroll->setWidgetResizable(true);
    leftScroll->setFrameShape(QFrame::NoFrame);
    leftScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    leftScroll->setMinimumWidth(left->minimumWidth() + leftScroll->verticalScrollBar()->sizeHint().width());
    leftScroll->setMaximumWidth(left->maximumWidth() + leftScroll->verticalScrollBar()->sizeHint().width());

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(leftScroll);
    splitter->addWidget(centre);
    splitter->addWidget(createLanes());
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 0);
    splitter->setSizes({310, 750, 540});
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 12);
    layout->setSpacing(8);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);

    connect(&m_office, &BoxOffice::seatsChanged, this, &SimulationPanel::onSeatsChanged);
    m_refresh.setInterval(kRefreshMs);
    connect(&m_refresh, &QTimer::timeout, this, &SimulationPanel::refresh);
    m_refresh.start();

    resize(kPreferredSize);
    updateHeader();
    stateEntered(SimulationState::Idle);
}

QString SimulationPanel::keysSummary()
{
    QStringList keys;
    for (const PanelAction &spec : {kStartAction, kPauseAction, kStopAction, kResetAction, kExportAction}) {
        keys << QKeySequence(spec.key).toString(QKeySequence::NativeText) + u' '
                    + tr(spec.text).remove(u'&').remove(u'…');
    }
    return keys.join(u" · "_s);
}

SimulationPanel::~SimulationPanel()
{
    // A stop or reset in the background works on the simulation: let it end first. The
    // end-of-run database check is not waited for: it may wait for a database that is down,
    // and it stops reporting into the simulation once that is gone.
    m_background.waitForFinished();
}

QWidget *SimulationPanel::createLanes()
{
    m_lanes = new UnitLaneModel(this);
    m_laneView = new QTableView(this);
    m_laneView->setObjectName(u"unitLanes"_s);
    m_laneView->setModel(m_lanes);
    m_laneView->verticalHeader()->hide();
    m_laneView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_laneView->verticalHeader()->setDefaultSectionSize(22);
    // Each column as wide as its title and figures, "Now" takes the rest: at the default size
    // every column shows; only a run's figures in the millions may make it scroll sideways.
    m_laneView->horizontalHeader()->setMinimumSectionSize(24);
    m_laneView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_laneView->horizontalHeader()->setSectionResizeMode(UnitLaneModel::CurrentColumn, QHeaderView::Stretch);
    m_laneView->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_laneView->horizontalHeader()->setHighlightSections(false);
    m_laneView->setSelectionMode(QAbstractItemView::NoSelection);
    m_laneView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_laneView->setShowGrid(false);
    m_laneView->setAlternatingRowColors(true);
    m_laneView->setWordWrap(false);
    m_laneView->setFocusPolicy(Qt::NoFocus);
    m_laneView->setToolTip(tr("One lane per processing unit: what it does now and its totals"));
    auto *box = group(tr("Processing units"), m_laneView, this);
    box->setMinimumWidth(400); // the window fits a 1366-pixel screen
    return box;
}

bool SimulationPanel::setEvent(const QUuid &eventId)
{
    if (eventId == m_eventId && m_simulation)
        return true;
    if (m_busy || (m_simulation && m_simulation->state() != SimulationState::Idle)) {
        m_banner->showError(tr("Reset the run first: it would otherwise leave its sales on this event."));
        return false;
    }
    const auto entry = m_office.catalogEntry(eventId);
    const EventSpace *space = m_office.seatSpace(eventId);
    if (!entry || !space) {
        m_banner->showError(tr("This event is no longer available."));
        return false;
    }
    m_simulation = std::make_unique<Simulation>(&m_office, eventId);
    m_eventId = eventId;
    m_map->setEvent(entry, space);
    m_queue->clear();
    m_queue->setQueueEnabled(entry->event.queueEnabled);
    m_lastUnit.assign(static_cast<size_t>(space->seatCount()), -1);
    m_unitByHolder.clear();
    m_banner->dismiss();
    updateHeader();
    stateEntered(SimulationState::Idle);
    if (space->seatCount() == 0)
        m_banner->showInfo(tr("This event has no numbered seats: choose one with seats to race for."));
    return true;
}

SimulationState SimulationPanel::state() const
{
    return m_simulation ? m_simulation->state() : SimulationState::Idle;
}

void SimulationPanel::updateHeader()
{
    const auto entry = m_map->entry();
    if (!entry) {
        m_header->setText(tr("<b>Choose an event in the main window first.</b>"));
        return;
    }
    const QString place =
        tr("%1 · %2 seats")
            .arg(entry->event.venue.toHtmlEscaped(), figure(quint64(entry->layout.seats.size())));
    m_header->setText(
        u"<span style='font-size:large; color:#20242b'><b>%1</b></span>"
        "&nbsp; <span style='color:#6b7079'>%2</span>"_s.arg(entry->event.name.toHtmlEscaped(), place));
    setWindowTitle(tr("Simulation: %1 — Tessera").arg(entry->event.name));
}

void SimulationPanel::requestStart()
{
    if (!m_simulation || m_busy)
        return;
    const QUuid eventId = m_eventId;
    const auto entry = m_office.catalogEntry(eventId);
    if (entry && entry->event.hasEndedAt(QDateTime::currentDateTimeUtc())) {
        m_banner->showError(
            tr("%1 has ended. The units sell its seats for real, so a simulation runs only on "
               "an event still to come.")
                .arg(entry->event.name));
        return;
    }
    if (entry && entry->event.status == EventStatus::Active && !m_startAgreed.contains(eventId)) {
        const bool agreed = m_askStart ? m_askStart(entry->event) : askStart(this, entry->event);
        // The shown event may have changed while the question was open: that one was not asked.
        if (!agreed || eventId != m_eventId)
            return;
        m_startAgreed.insert(eventId);
    }
    start();
}

void SimulationPanel::start()
{
    if (!m_simulation || m_busy)
        return;
    SimulationConfig config = m_settings->config();
    config.backgroundUnits = true; // the window keeps repainting while the units take every core
    if (Status started = m_simulation->start(config); !started) {
        m_banner->showError(started.error().message);
        return;
    }
    m_banner->dismiss();
    if (const auto entry = m_office.catalogEntry(m_eventId))
        m_queue->setQueueEnabled(entry->event.queueEnabled); // may have changed since setEvent
    m_queue->clear();
    m_lastSampleCount = 0;
    m_charts->setWindowSeconds(config.durationMs > 0 ? static_cast<int>((config.durationMs + 999) / 1000)
                                                     : 30);
    m_charts->clear();
    m_invariants->clear();
    m_databaseState = InvariantPanel::DatabaseState::NotChecked;
    stateEntered(SimulationState::Running);
    refresh();
}

void SimulationPanel::togglePause()
{
    if (!m_simulation || m_busy)
        return;
    if (m_simulation->state() == SimulationState::Running)
        m_simulation->pause();
    else if (m_simulation->state() == SimulationState::Paused)
        m_simulation->resume();
    refresh();
}

void SimulationPanel::runInBackground(std::function<void()> work, std::function<void()> done)
{
    m_busy = true;
    updateActions();
    m_background = QtConcurrent::run(std::move(work));
    // A watcher, not QFuture::then(): attaching a continuation while the pool thread finishes
    // the future is not safe on Qt 6.4 (see core/common/futuresync.h).
    auto *watcher = new QFutureWatcher<void>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, done] {
        watcher->deleteLater();
        m_busy = false;
        done();
        updateActions();
        if (std::exchange(m_resetWhenIdle, false) && hasChangesToReset())
            reset(); // the busy work was a stop; after a reset there is nothing left to reset
    });
    watcher->setFuture(m_background);
}

void SimulationPanel::stop()
{
    if (!m_simulation || m_busy)
        return;
    const SimulationState s = m_simulation->state();
    if (s != SimulationState::Running && s != SimulationState::Paused)
        return;
    Simulation *simulation = m_simulation.get();
    m_banner->showInfo(tr("Stopping the units…"));
    runInBackground([simulation] { simulation->stop(); },
                    [this] {
                        m_banner->dismiss();
                        refresh();
                    });
}

void SimulationPanel::reset()
{
    if (!m_simulation || m_busy)
        return;
    Simulation *simulation = m_simulation.get();
    auto outcome = std::make_shared<Result<ResetOutcome>>(ResetOutcome());
    m_banner->showInfo(tr("Putting the event back as it was…"));
    runInBackground([simulation, outcome] { *outcome = simulation->reset(); },
                    [this, outcome] {
                        // Whatever the outcome, a resetThen() caller goes on (its close asks again
                        // when the run's changes are still there).
                        const auto after = qScopeGuard([this] {
                            if (auto done = std::exchange(m_afterReset, {}))
                                done();
                        });
                        if (!*outcome) {
                            m_banner->showError(outcome->error().message);
                            return;
                        }
                        m_map->clearFlashes();
                        std::fill(m_lastUnit.begin(), m_lastUnit.end(), qint8(-1));
                        m_charts->clear();
                        m_figures->clear();
                        m_invariants->clear();
                        m_queue->clear();
                        m_lanes->setLanes({});
                        m_databaseState = InvariantPanel::DatabaseState::NotChecked;
                        m_lastSampleCount = 0;
                        m_banner->showInfo(
                            tr("The event is as it was: %1 sales cancelled, %2 holds released.")
                                .arg(figure(quint64((*outcome)->salesCancelled)),
                                     figure(quint64((*outcome)->holdsReleased))));
                        stateEntered(SimulationState::Idle);
                        Q_EMIT resetFinished((*outcome)->salesCancelled, (*outcome)->holdsReleased);
                    });
}

bool SimulationPanel::hasChangesToReset() const
{
    return m_simulation && m_simulation->state() != SimulationState::Idle;
}

SimulationPanel::CloseChoice SimulationPanel::askAboutChanges(QWidget *parent, Leaving leaving)
{
    const auto entry = m_office.catalogEntry(m_eventId);
    if (!entry)
        return CloseChoice::Keep; // the event is gone: nothing left to reset
    if (m_askClose)
        return m_askClose(entry->event, leaving != Leaving::Panel);
    QMessageBox box(
        QMessageBox::Warning, tr("Reset the simulation?"),
        tr("<b>The simulation's sales and holds are still on %1.</b>").arg(entry->event.name.toHtmlEscaped()),
        QMessageBox::NoButton, parent);
    QString informative;
    QString resetText;
    QString keepText;
    switch (leaving) {
    case Leaving::Panel:
        informative = tr("Every terminal sees those seats taken. Closing ends a run that is going; you can "
                         "still reset its seats later, while Tessera runs, from Demo > Simulation.");
        resetText = tr("Reset and close");
        keepText = tr("Close without reset");
        break;
    case Leaving::Application:
        informative = tr("Every terminal sees those seats taken. Once Tessera has quit they can no longer be "
                         "reset: they stay sold in the database.");
        resetText = tr("Reset and quit");
        keepText = tr("Quit without reset");
        break;
    case Leaving::Database:
        informative = tr("Every terminal sees those seats taken. Once this window works on the server they "
                         "can no longer be reset: they stay sold in this database.");
        resetText = tr("Reset and connect");
        keepText = tr("Connect without reset");
        break;
    }
    box.setInformativeText(informative);
    QPushButton *reset = box.addButton(resetText, QMessageBox::AcceptRole);
    QPushButton *keep = box.addButton(keepText, QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(reset);
    box.exec();
    if (box.clickedButton() == reset)
        return CloseChoice::Reset;
    return box.clickedButton() == keep ? CloseChoice::Keep : CloseChoice::Cancel;
}

void SimulationPanel::resetThen(std::function<void()> done)
{
    m_afterReset = std::move(done);
    if (m_busy)
        m_resetWhenIdle = true; // a stop is running: reset when it is done
    else
        reset();
}

void SimulationPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (std::exchange(m_placed, true))
        return;
    // The first layout pass may ask for more than the settled one (wrapped texts): once it has
    // settled, take the preferred size, as far as the screen has room.
    QTimer::singleShot(0, this, [this] {
        const QSize room = screen() ? screen()->availableGeometry().size() * 0.95 : kPreferredSize;
        resize(kPreferredSize.boundedTo(room).expandedTo(minimumSizeHint()));
    });
}

void SimulationPanel::stopRunning()
{
    if (!m_simulation)
        return;
    if (const SimulationState state = m_simulation->state();
        state == SimulationState::Running || state == SimulationState::Paused)
        stop();
}

void SimulationPanel::closeEvent(QCloseEvent *event)
{
    if (m_afterReset) { // a reset to close is running; it closes the panel when done
        event->ignore();
        return;
    }
    if (hasChangesToReset()) {
        switch (askAboutChanges(this, Leaving::Panel)) {
        case CloseChoice::Reset:
            event->ignore();
            resetThen([this] { close(); });
            return;
        case CloseChoice::Cancel:
            event->ignore();
            return;
        case CloseChoice::Keep:
            stopRunning(); // the run's seats stay; a run still going ends instead of selling on unseen
            break;
        }
    }
    QWidget::closeEvent(event);
}

void SimulationPanel::refresh()
{
    if (!m_simulation || m_busy)
        return;
    const SimulationState state = m_simulation->state();
    if (state == SimulationState::Idle && m_lastState == SimulationState::Idle)
        return;
    m_shown = m_simulation->statistics();
    const std::vector<SimulationSample> samples = m_simulation->samples();
    const bool live = state == SimulationState::Running && !samples.empty();
    m_figures->setStatistics(m_shown, live ? samples.back().opsPerSecond : 0.0);
    m_lanes->setLanes(m_shown.units);
    m_invariants->setStatistics(m_shown);
    if (m_shown.queue.used)
        m_queue->setFigures(m_shown.queue);
    if (samples.size() != m_lastSampleCount) {
        m_charts->setSamples(samples);
        m_lastSampleCount = samples.size();
    }
    if (state != m_lastState)
        stateEntered(state);
}

void SimulationPanel::stateEntered(SimulationState state)
{
    const bool changed = state != m_lastState;
    m_lastState = state;
    m_stateLabel->setText(stateText(state));
    m_stateLabel->setStyleSheet(stateStyle(state));
    if (state == SimulationState::Finished && m_databaseState == InvariantPanel::DatabaseState::NotChecked) {
        m_databaseState = InvariantPanel::DatabaseState::Checking;
        m_invariants->setDatabaseState(m_databaseState);
        m_databaseCheck = m_simulation->checkDatabase();
        whenReady(this, m_databaseCheck, [this](const DatabaseCheck &check) {
            m_databaseState = InvariantPanel::DatabaseState::Checked;
            m_invariants->setDatabaseCheck(check);
            m_shown.database = check;
            Q_EMIT databaseChecked(check.checked && check.equal);
        });
    }
    updateActions();
    if (changed)
        Q_EMIT stateChanged(state);
}

void SimulationPanel::updateActions()
{
    const SimulationState s = state();
    const bool ready = m_simulation && !m_busy;
    const bool going = s == SimulationState::Running || s == SimulationState::Paused;
    m_start->setEnabled(ready && !going);
    m_pause->setEnabled(ready && going);
    m_pause->setText(s == SimulationState::Paused ? tr("Res&ume") : tr("&Pause"));
    m_pause->setIcon(
        style()->standardIcon(s == SimulationState::Paused ? QStyle::SP_MediaPlay : QStyle::SP_MediaPause));
    m_stop->setEnabled(ready && going);
    m_reset->setEnabled(ready && s != SimulationState::Idle);
    m_export->setEnabled(ready && s == SimulationState::Finished);
    m_settings->setEnabled(ready && !going);
}

int SimulationPanel::unitOf(HolderId holder)
{
    if (holder == 0)
        return -1;
    const auto found = m_unitByHolder.constFind(holder);
    if (found != m_unitByHolder.constEnd())
        return found.value();
    // The simulation's holders are named "sim-<run>-unit-<n>".
    static const QRegularExpression name(u"^sim-[0-9a-f]+-unit-(\\d+)$"_s);
    const QRegularExpressionMatch match = name.match(m_office.holderName(holder));
    int unit = match.hasMatch() ? match.captured(1).toInt() - 1 : -1;
    if (unit >= SimulationConfig::kMaxUnits)
        unit = -1;
    m_unitByHolder.insert(holder, unit);
    return unit;
}

void SimulationPanel::onSeatsChanged(const QUuid &eventId, const QList<quint32> &seats)
{
    if (eventId != m_eventId || !m_simulation)
        return;
    m_map->seatsChanged(seats);
    const SimulationState s = m_simulation->state();
    if (s != SimulationState::Running && s != SimulationState::Paused)
        return;
    const EventSpace *space = m_simulation->eventSpace();
    // Flash at most what the map keeps, spread over the changed seats.
    const qsizetype step = std::max<qsizetype>(1, seats.size() / qsizetype(SeatMapView::kMaxFlashes));
    m_flashBuffer.clear();
    for (qsizetype i = 0; i < seats.size(); i += step) {
        const quint32 seat = seats[i];
        if (seat >= m_lastUnit.size())
            continue;
        int unit = unitOf(space->seatHolder(seat));
        if (unit >= 0)
            m_lastUnit[seat] = static_cast<qint8>(unit);
        else
            unit = m_lastUnit[seat]; // released or cancelled: by the unit that had it
        if (unit >= 0)
            m_flashBuffer.emplace_back(seat, m_unitRgb[static_cast<size_t>(unit)]);
    }
    m_map->flashSeats(m_flashBuffer);
}

void SimulationPanel::exportReport()
{
    if (!m_simulation || m_simulation->state() != SimulationState::Finished)
        return;
    QString folder;
    if (m_chooseFolder) {
        folder = m_chooseFolder();
    } else {
        folder = chooseFolder(this, tr("Export the run report into a folder"),
                              QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    }
    if (!folder.isEmpty())
        exportReportTo(folder);
}

bool SimulationPanel::exportReportTo(const QString &folder)
{
    if (!m_simulation)
        return false;
    SimulationReport report;
    report.config = m_simulation->config();
    report.statistics = m_simulation->statistics();
    report.samples = m_simulation->samples();
    QList<std::pair<QString, QImage>> images;
    for (int c = 0; c < SimulationCharts::ChartCount; ++c) {
        const auto chart = static_cast<SimulationCharts::Chart>(c);
        images.append({SimulationCharts::fileStem(chart), m_charts->view(chart)->grab().toImage()});
    }
    const Result<QStringList> written = writeSimulationReport(folder, report, images);
    if (!written) {
        m_banner->showError(written.error().message);
        return false;
    }
    m_banner->showInfo(tr("Report written to %1: %2 files (JSON, CSV and the chart images).")
                           .arg(QDir::toNativeSeparators(folder))
                           .arg(written->size()));
    return true;
}

} // namespace tessera
