#include "core/boxoffice/localboxoffice.h"
#include "core/layout/demodata.h"
#include "core/waitingroom/waitingroom.h"
#include "tests/ui/uitestsupport.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/messagebanner.h"
#include "ui/seatmap/seatmapview.h"
#include "ui/simulation/invariantpanel.h"
#include "ui/simulation/simulationcharts.h"
#include "ui/simulation/simulationfigures.h"
#include "ui/simulation/simulationpanel.h"
#include "ui/simulation/simulationsettingsform.h"
#include "ui/simulation/unitlanemodel.h"
#include "ui/simulation/waitingroomfigures.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLayout>
#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

using namespace tessera;
using tessera::test::AcceptingPrompter;
using tessera::test::outputDir;
using namespace Qt::StringLiterals;

namespace {

std::vector<SeatState> seatStates(const EventSpace *space)
{
    std::vector<SeatState> states;
    for (quint32 s = 0; s < quint32(space->seatCount()); ++s)
        states.push_back(space->seatState(s));
    return states;
}

} // namespace

/// The simulation window on a real LocalBoxOffice over a temporary SQLite file: a short run moves
/// the figures, the invariants hold against the feed and the database, the report is exported,
/// and reset puts the event back as it was.
class TestSimulationPanel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void laneModelPassesTester();
    void chartAxesNeverRepeatALabel();
    void badMixIsRefused();
    void runChecksExportsAndResets();
    void eventOnSaleIsAskedAboutOnce();
    void queuedEventGoesThroughTheWaitingRoom();
    void demoMenuOpensThePanel();
    void closingBeforeResetAsks();
    void figuresWrapInsteadOfCutting();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalBoxOffice> m_office;
    Event m_event;
};

void TestSimulationPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"TesseraTests"_s);
    QCoreApplication::setApplicationName(u"tst_simulationpanel"_s);
    QSettings().clear();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestSimulationPanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    LocalBoxOffice::Options options;
    options.url = *DatabaseUrl::parse(u"sqlite://"_s + m_dir->filePath(u"tessera.db"_s));
    options.units = 2;
    auto office = LocalBoxOffice::open(options);
    QVERIFY2(office, office ? "" : qPrintable(office.error().message));
    m_office = std::move(office.value());
    const DemoEvent theatre = demoEvents(QDateTime::currentDateTimeUtc()).first();
    const Result<Event> created = m_office->createEvent(theatre.event, theatre.layout).result();
    QVERIFY2(created, created ? "" : qPrintable(created.error().message));
    m_event = *created;
}

void TestSimulationPanel::cleanup()
{
    m_office.reset();
    m_dir.reset();
}

void TestSimulationPanel::laneModelPassesTester()
{
    UnitLaneModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    std::vector<UnitLane> lanes(3);
    for (int i = 0; i < 3; ++i) {
        lanes[size_t(i)].unit = i;
        lanes[size_t(i)].operations = 1000u * unsigned(i + 1);
        lanes[size_t(i)].conflicts = 10u * unsigned(i);
    }
    model.setLanes(lanes);
    QCOMPARE(model.rowCount(), 3);
    lanes.resize(5);
    lanes[4].unit = 4;
    lanes[4].currentOperation = 0;
    model.setLanes(lanes);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.index(1, UnitLaneModel::OperationsColumn).data(UnitLaneModel::ValueRole).toULongLong(),
             qulonglong(2000));
    QCOMPARE(model.index(2, UnitLaneModel::OperationsColumn).data().toString(), u"3,000"_s);
    QCOMPARE(model.index(0, UnitLaneModel::CurrentColumn).data().toString(), u"idle"_s);
    QCOMPARE(model.index(4, UnitLaneModel::CurrentColumn).data().toString(), u"hold"_s);
    model.setLanes({lanes[0]});
    QCOMPARE(model.rowCount(), 1);
    model.setLanes({});
    QCOMPARE(model.rowCount(), 0);
}

void TestSimulationPanel::chartAxesNeverRepeatALabel()
{
    // The labels Qt Charts draws on a vertical axis: each tick's value in the axis's format.
    auto labels = [](SimulationCharts &charts, SimulationCharts::Chart chart) {
        const auto *axis =
            qobject_cast<QValueAxis *>(charts.view(chart)->chart()->axes(Qt::Vertical).first());
        QStringList texts;
        for (int i = 0; i < axis->tickCount(); ++i) {
            const double value = axis->min() + i * (axis->max() - axis->min()) / (axis->tickCount() - 1);
            texts << QString::asprintf(axis->labelFormat().toLatin1().constData(), value);
        }
        return texts;
    };
    auto distinct = [](QStringList texts) { return texts.removeDuplicates() == 0; };
    SimulationCharts charts;
    std::vector<SimulationSample> samples;
    for (int step = 0; step < 3; ++step) {
        for (int c = 0; c < SimulationCharts::ChartCount; ++c) {
            const QStringList texts = labels(charts, SimulationCharts::Chart(c));
            QVERIFY2(distinct(texts), qPrintable(texts.join(u", "_s)));
        }
        // No samples, then a slow start, then a fast run.
        SimulationSample sample;
        sample.elapsedMs = 1000 * (step + 1);
        sample.opsPerSecond = step == 0 ? 3.0 : 1.7e6;
        sample.pumpLagMs = step == 0 ? 2 : 40;
        samples.push_back(sample);
        charts.setSamples(samples);
    }
}

void TestSimulationPanel::badMixIsRefused()
{
    SimulationPanel panel(*m_office);
    panel.setStartQuestion([](const Event &) { return true; });
    QVERIFY(panel.setEvent(m_event.id));
    SimulationSettingsForm *form = panel.settings();
    for (QSpinBox *box :
         {form->holdShareBox(), form->sellShareBox(), form->releaseShareBox(), form->cancelShareBox()})
        box->setValue(0);
    panel.startAction()->trigger();
    QCOMPARE(panel.state(), SimulationState::Idle);
    QCOMPARE(panel.banner()->kind(), MessageBanner::Kind::Error);
    QVERIFY2(panel.banner()->text().contains(u"mix"_s), qPrintable(panel.banner()->text()));
}

void TestSimulationPanel::runChecksExportsAndResets()
{
    const EventSpace *space = m_office->seatSpace(m_event.id);
    QVERIFY(space);
    const std::vector<SeatState> before = seatStates(space);

    SimulationPanel panel(*m_office);
    QAbstractItemModelTester tester(panel.laneModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QStringList asked;
    panel.setStartQuestion([&asked](const Event &event) {
        asked << event.name;
        return true;
    });
    QVERIFY(panel.setEvent(m_event.id));
    panel.show();
    SimulationSettingsForm *form = panel.settings();
    form->unitsBox()->setValue(6);
    form->thinkBox()->setValue(10);
    form->durationBox()->setValue(2);
    QCOMPARE(form->config().durationMs, qint64(2000));

    QSignalSpy states(&panel, &SimulationPanel::stateChanged);
    panel.startAction()->trigger();
    QCOMPARE(asked, QStringList{m_event.name}); // the event is on sale: its seats are real
    QCOMPARE(panel.state(), SimulationState::Running);
    QVERIFY(!panel.startAction()->isEnabled());
    QVERIFY(!panel.settings()->isEnabled());

    // Mid-run: the units work, their seats flash, the lanes fill.
    QTRY_VERIFY_WITH_TIMEOUT(
        panel.seatMap()->flashingSeatCount() > 0 || panel.state() == SimulationState::Finished, 30'000);
    QTRY_VERIFY_WITH_TIMEOUT(panel.charts()->pointCount(SimulationCharts::Operations) >= 3
                                 || panel.state() == SimulationState::Finished,
                             30'000);
    if (panel.state() == SimulationState::Running) {
        QVERIFY(panel.seatMap()->flashingSeatCount() > 0);
        if (const QString dir = outputDir(); !dir.isEmpty())
            QVERIFY(panel.grab().save(dir + u"/simulation-panel-running.png"_s));
        panel.pauseAction()->trigger();
        QCOMPARE(panel.state(), SimulationState::Paused);
        QVERIFY(panel.pauseAction()->text().contains(u"ume"_s));
        panel.pauseAction()->trigger();
        QCOMPARE(panel.state(), SimulationState::Running);
    }
    QCOMPARE(panel.laneModel()->rowCount(), 6);

    // The end: the figures moved and the invariants hold against the feed and the database.
    QTRY_COMPARE_WITH_TIMEOUT(panel.databaseState(), InvariantPanel::DatabaseState::Checked, 120'000);
    QCOMPARE(panel.state(), SimulationState::Finished);
    const SimulationStatistics &s = panel.shownStatistics();
    QVERIFY(s.operations > 0);
    QVERIFY(s.sales > 0);
    QVERIFY(s.successes > 0);
    QVERIFY(s.pumpRows > 0);
    QCOMPARE(s.seatsSoldTwice, quint64(0));
    QCOMPARE(panel.invariants()->soldTwiceText(), u"Seats sold twice: 0"_s);
    QCOMPARE(panel.invariants()->violationsText(), u"Other invariant violations: 0"_s);
    QVERIFY2(panel.invariants()->databaseText().startsWith(u"Space equals database: yes"_s),
             qPrintable(panel.invariants()->databaseText()));
    QVERIFY(panel.invariants()->healthy());
    QVERIFY(panel.figures()->text(SimulationFigures::Operations) != u"–"_s);
    QVERIFY(panel.exportAction()->isEnabled());
    QVERIFY(panel.resetAction()->isEnabled());
    QVERIFY(states.count() >= 2);

    // Export: the figures as JSON and CSV, the charts as PNG.
    QTemporaryDir out;
    panel.setFolderChooser([&out] { return out.path(); });
    panel.exportAction()->trigger();
    QCOMPARE(panel.banner()->kind(), MessageBanner::Kind::Info);
    QFile json(out.filePath(u"simulation-report.json"_s));
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonObject report = QJsonDocument::fromJson(json.readAll()).object();
    QVERIFY(report.value(u"totals"_s).isObject());
    QVERIFY(report.value(u"totals"_s).toObject().value(u"ops"_s).toDouble() > 0);
    QVERIFY(QFile::exists(out.filePath(u"simulation-samples.csv"_s)));
    QVERIFY(QFile::exists(out.filePath(u"simulation-units.csv"_s)));
    for (int c = 0; c < SimulationCharts::ChartCount; ++c) {
        const QImage image(out.filePath(
            u"chart-%1.png"_s.arg(SimulationCharts::fileStem(static_cast<SimulationCharts::Chart>(c)))));
        QVERIFY(!image.isNull());
    }
    QVERIFY(!panel.exportReportTo(out.filePath(u"missing/folder"_s)));
    QCOMPARE(panel.banner()->kind(), MessageBanner::Kind::Error);
    if (const QString dir = outputDir(); !dir.isEmpty())
        QVERIFY(panel.grab().save(dir + u"/simulation-panel-finished.png"_s));

    // Reset: every seat as it was before the run.
    QSignalSpy resets(&panel, &SimulationPanel::resetFinished);
    panel.resetAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(resets.count(), 1, 60'000);
    QCOMPARE(panel.state(), SimulationState::Idle);
    QVERIFY(seatStates(space) == before);
    QCOMPARE(panel.laneModel()->rowCount(), 0);
    QVERIFY(panel.startAction()->isEnabled());
}

/// Stops the panel's run and resets the event, through the panel's actions.
static void stopAndReset(SimulationPanel &panel)
{
    panel.stopAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(panel.resetAction()->isEnabled() && !panel.isBusy(), 60'000);
    QSignalSpy resets(&panel, &SimulationPanel::resetFinished);
    panel.resetAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(resets.count(), 1, 60'000);
}

void TestSimulationPanel::eventOnSaleIsAskedAboutOnce()
{
    const EventSpace *space = m_office->seatSpace(m_event.id);
    const std::vector<SeatState> before = seatStates(space);
    SimulationPanel panel(*m_office);
    QVERIFY(panel.setEvent(m_event.id));
    int asked = 0;
    bool answer = false;
    panel.setStartQuestion([&](const Event &event) {
        ++asked;
        return event.id == m_event.id && answer;
    });
    panel.settings()->thinkBox()->setValue(20);
    panel.settings()->durationBox()->setValue(60);

    // Cancelled: nothing starts, no seat changes.
    panel.startAction()->trigger();
    QCOMPARE(asked, 1);
    QCOMPARE(panel.state(), SimulationState::Idle);
    QVERIFY(seatStates(space) == before);

    // Agreed: the run starts; the next run on the same event is not asked about again.
    answer = true;
    panel.startAction()->trigger();
    QCOMPARE(asked, 2);
    QCOMPARE(panel.state(), SimulationState::Running);
    panel.stopAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(panel.startAction()->isEnabled(), 60'000);
    panel.startAction()->trigger();
    QCOMPARE(asked, 2);
    QCOMPARE(panel.state(), SimulationState::Running);
    stopAndReset(panel);
    QVERIFY(seatStates(space) == before);

    // An event that is not on sale has no customers to take seats from: no question.
    Event closed = m_event;
    closed.status = EventStatus::Inactive;
    QVERIFY(m_office->updateEvent(closed).result());
    SimulationPanel other(*m_office);
    QVERIFY(other.setEvent(m_event.id));
    other.setStartQuestion([&](const Event &) { return ++asked, false; });
    other.settings()->durationBox()->setValue(60);
    other.startAction()->trigger();
    QCOMPARE(asked, 2);
    QCOMPARE(other.state(), SimulationState::Running);
    stopAndReset(other);
}

void TestSimulationPanel::queuedEventGoesThroughTheWaitingRoom()
{
    Event queued = m_event;
    queued.queueEnabled = true;
    QVERIFY(m_office->updateEvent(queued).result());
    const EventSpace *space = m_office->seatSpace(m_event.id);
    const std::vector<SeatState> before = seatStates(space);
    WaitingRoom *room = m_office->waitingRoom(m_event.id);
    QVERIFY(room);
    QCOMPARE(room->config().admissionsPerMinute, 0); // admitted by the run: admit next N

    SimulationPanel panel(*m_office);
    panel.setStartQuestion([](const Event &) { return true; });
    QVERIFY(panel.setEvent(m_event.id));
    QVERIFY(panel.waitingRoom()->isQueueEnabled());
    panel.show();
    SimulationSettingsForm *form = panel.settings();
    form->unitsBox()->setValue(4);
    form->thinkBox()->setValue(5);
    form->durationBox()->setValue(2);
    form->customersBox()->setValue(400);
    form->admitBox()->setValue(100); // fewer admitted than arrive: the queue grows
    panel.startAction()->trigger();
    QCOMPARE(panel.state(), SimulationState::Running);

    // Live: people wait in the queue, some are admitted and shop with their session.
    QTRY_VERIFY_WITH_TIMEOUT(
        panel.shownStatistics().queue.waiting > 0 || panel.state() == SimulationState::Finished, 30'000);
    if (panel.state() == SimulationState::Running) {
        QVERIFY(panel.waitingRoom()->text(WaitingRoomFigures::Waiting) != u"–"_s);
        if (const QString dir = outputDir(); !dir.isEmpty())
            QVERIFY(panel.grab().save(dir + u"/simulation-panel-queue.png"_s));
    }
    QTRY_COMPARE_WITH_TIMEOUT(panel.databaseState(), InvariantPanel::DatabaseState::Checked, 120'000);
    const SimulationStatistics &s = panel.shownStatistics();
    QVERIFY(s.queue.used);
    QVERIFY(s.queue.joined > 0);
    QVERIFY(s.queue.admitted > 0);
    QVERIFY(s.queue.admitted < s.queue.joined); // the room held the others back
    QVERIFY(s.queue.completed > 0);             // bought with an active session
    QVERIFY(s.sales > 0);
    QCOMPARE(s.seatsSoldTwice, quint64(0));
    QVERIFY(panel.invariants()->healthy());
    // Customers still waiting or shopping at the end left the room.
    QCOMPARE(room->waitingCount(), 0);
    QCOMPARE(room->activeCount(), 0);
    QCOMPARE(room->statistics().totalJoined, s.queue.joined);
    QVERIFY(room->statistics().totalCompleted > 0);
    QCOMPARE(panel.waitingRoom()->text(WaitingRoomFigures::Admitted),
             u"%1 of %2"_s.arg(QLocale().toString(s.queue.admitted), QLocale().toString(s.queue.joined)));
    // The run's report carries the queue figures.
    QTemporaryDir out;
    QVERIFY(panel.exportReportTo(out.path()));
    QFile json(out.filePath(u"simulation-report.json"_s));
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonObject queue = QJsonDocument::fromJson(json.readAll())
                                  .object()
                                  .value(u"totals"_s)
                                  .toObject()
                                  .value(u"queue"_s)
                                  .toObject();
    QCOMPARE(qint64(queue.value(u"joined"_s).toDouble()), s.queue.joined);
    QCOMPARE(qint64(queue.value(u"admitted"_s).toDouble()), s.queue.admitted);

    QSignalSpy resets(&panel, &SimulationPanel::resetFinished);
    panel.resetAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(resets.count(), 1, 60'000);
    QVERIFY(seatStates(space) == before);
    QCOMPARE(panel.waitingRoom()->text(WaitingRoomFigures::Waiting), u"–"_s);
}

void TestSimulationPanel::demoMenuOpensThePanel()
{
    MainWindow window(*m_office);
    window.show();
    window.openEvent(m_event.id);
    QAction *demo = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence(u"Ctrl+D"_s))
            demo = action;
    }
    QVERIFY(demo);
    demo->trigger();
    auto *panel = window.findChild<SimulationPanel *>();
    QVERIFY(panel);
    QVERIFY(panel->isVisible());
    QCOMPARE(panel->eventId(), m_event.id);
    // The window fits the screen once its layout has settled (the offscreen screen is 800 high).
    const QRect room = panel->screen()->availableGeometry();
    QTRY_VERIFY2(panel->height() <= room.height(), qPrintable(u"%1 high"_s.arg(panel->height())));
    QVERIFY(panel->minimumSizeHint().width() <= 1366);
    // Before any run there is nothing to reset: Esc closes it, as the Close button does.
    QApplication::setActiveWindow(panel);
    QTest::keyClick(panel, Qt::Key_Escape);
    QTRY_VERIFY(!panel->isVisible());
    demo->trigger();
    QVERIFY(panel->isVisible());
    auto *close = panel->findChild<QPushButton *>(u"closeButton"_s);
    QVERIFY(close);
    QTest::mouseClick(close, Qt::LeftButton);
    QTRY_VERIFY(!panel->isVisible());
}

void TestSimulationPanel::closingBeforeResetAsks()
{
    const EventSpace *space = m_office->seatSpace(m_event.id);
    const std::vector<SeatState> before = seatStates(space);
    MainWindow window(*m_office);
    window.show();
    window.openEvent(m_event.id);
    SimulationPanel *panel = window.openSimulation();
    QVERIFY(panel);
    panel->setStartQuestion([](const Event &) { return true; });
    QList<bool> asked; // whether the application was quitting, per question
    auto answer = SimulationPanel::CloseChoice::Cancel;
    panel->setCloseQuestion([&](const Event &event, bool quitting) {
        if (event.id == m_event.id)
            asked << quitting;
        return answer;
    });
    QVERIFY(!panel->hasChangesToReset());
    panel->settings()->unitsBox()->setValue(4);
    panel->settings()->thinkBox()->setValue(10);
    panel->settings()->durationBox()->setValue(1);
    panel->startAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(panel->state() == SimulationState::Finished && !panel->isBusy(), 60'000);
    QTRY_VERIFY_WITH_TIMEOUT(panel->shownStatistics().sales > 0, 10'000);
    QVERIFY(panel->hasChangesToReset());

    // Quitting asks once (not the panel as well), since afterwards nothing can reset the run:
    // Cancel stays.
    QVERIFY(!window.close());
    QCOMPARE(asked, QList<bool>{true});
    QVERIFY(window.isVisible());
    QVERIFY(panel->isVisible());

    // Closing the panel: Cancel keeps it open, Keep closes it and leaves the run's seats.
    QVERIFY(!panel->close());
    QCOMPARE(asked, (QList<bool>{true, false}));
    QVERIFY(panel->isVisible());
    answer = SimulationPanel::CloseChoice::Keep;
    QVERIFY(panel->close());
    QCOMPARE(asked, (QList<bool>{true, false, false}));
    QVERIFY(!panel->isVisible());
    QVERIFY(panel->hasChangesToReset());
    QVERIFY(seatStates(space) != before);

    // Connecting the window to a server leaves this database, so it asks as quitting does:
    // Cancel stays, Keep goes ahead without a reset.
    QSignalSpy connecting(&window, &MainWindow::connectToServerRequested);
    answer = SimulationPanel::CloseChoice::Cancel;
    window.requestConnectToServer();
    QCOMPARE(asked, (QList<bool>{true, false, false, true}));
    QCOMPARE(connecting.size(), 0);
    answer = SimulationPanel::CloseChoice::Keep;
    window.requestConnectToServer();
    QCOMPARE(asked, (QList<bool>{true, false, false, true, true}));
    QCOMPARE(connecting.size(), 1);
    QVERIFY(panel->hasChangesToReset());

    // Reset and quit: the event is put back, then the window closes.
    answer = SimulationPanel::CloseChoice::Reset;
    QVERIFY(!window.close()); // closes once the reset is done
    QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), 60'000);
    QCOMPARE(asked, (QList<bool>{true, false, false, true, true, true}));
    QVERIFY(!panel->hasChangesToReset());
    QVERIFY(seatStates(space) == before);
}

void TestSimulationPanel::figuresWrapInsteadOfCutting()
{
    SimulationFigures figures;
    SimulationStatistics statistics;
    statistics.elapsedMs = 123'400;
    statistics.operations = 987'654'321;
    statistics.successes = 123'456'789;
    statistics.conflicts = 864'197'532;
    statistics.sales = 12'345'678;
    statistics.pumpRows = 45'678'901;
    statistics.pumpBacklog = 1'000'000;
    statistics.seats.sold = 99'120;
    statistics.seats.available = 0;
    figures.setStatistics(statistics, 4'560'000);
    figures.resize(2400, figures.sizeHint().height());
    figures.show();
    QVERIFY(QTest::qWaitForWindowExposed(&figures));
    QTRY_COMPARE(figures.columns(), int(SimulationFigures::TileCount));
    QVERIFY(figures.figuresFit());

    // Narrow: the tiles go onto more rows and every figure is still whole.
    figures.resize(520, figures.height());
    QTRY_VERIFY(figures.columns() < SimulationFigures::TileCount);
    QTRY_VERIFY(figures.figuresFit());
    QCOMPARE(figures.text(SimulationFigures::SeatsSold), u"99,120 / 99,120"_s);

    // Wide again: one row.
    figures.resize(2400, figures.height());
    QTRY_COMPARE(figures.columns(), int(SimulationFigures::TileCount));
}

QTEST_MAIN(TestSimulationPanel)
#include "tst_simulationpanel.moc"
