#include "core/boxoffice/localboxoffice.h"
#include "core/simulation/simulation.h"
#include "core/simulation/simulationreport.h"
#include "tests/support/venues.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace tessera;
using namespace tessera::test;

/// The headless simulation engine: runs end, never sell a seat twice, agree with the space and
/// the database, pause really pauses, and reset puts the event back as it was.
class TestSimulation final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void badConfigIsRefused_data();
    void badConfigIsRefused();
    void shortRunFinishesConsistently_data();
    void shortRunFinishesConsistently();
    void pauseStopsProgress();
    void runOnBoxOfficeMatchesDatabase();
    void databaseCheckOutlivesTheSimulation();
    void unitsWaitWhileThePumpCannotWrite();
    void resetRestoresTheEvent();
    void reportHasSeriesAndUnits();
    void backgroundUnitsRunAtLowerPriority();

private:
    std::unique_ptr<LocalBoxOffice> openOffice();
    /// A short turbo run of 4 units in batches of 32, units waiting for the pump past 1,000.
    static SimulationConfig shortTurboRun(qint64 durationMs);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSimulation::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

SimulationConfig TestSimulation::shortTurboRun(qint64 durationMs)
{
    SimulationConfig config;
    config.units = 4;
    config.thinkMs = 0;
    config.durationMs = durationMs;
    config.batchSize = 32;
    config.maxPumpBacklog = 1000;
    return config;
}

std::unique_ptr<LocalBoxOffice> TestSimulation::openOffice()
{
    LocalBoxOffice::Options options;
    options.url =
        *DatabaseUrl::parse(QStringLiteral("sqlite://") + m_dir->filePath(QStringLiteral("tessera.db")));
    options.units = 2;
    auto office = LocalBoxOffice::open(options);
    if (!office) {
        qWarning() << office.error().message;
        return nullptr;
    }
    return std::move(office.value());
}

void TestSimulation::badConfigIsRefused_data()
{
    QTest::addColumn<SimulationConfig>("config");
    SimulationConfig c;
    c.units = 0;
    QTest::newRow("no units") << c;
    c.units = 65;
    QTest::newRow("65 units") << c;
    c = {};
    c.thinkMs = 201;
    QTest::newRow("think 201 ms") << c;
    c = {};
    c.mix = {0, 0, 0, 0};
    QTest::newRow("empty mix") << c;
    c = {};
    c.mix = {10, -1, 0, 0};
    QTest::newRow("negative share") << c;
}

void TestSimulation::badConfigIsRefused()
{
    QFETCH(SimulationConfig, config);
    Space space;
    const quint32 event = space.addEvent(SpaceLayout::grid(2, 5));
    Simulation simulation(&space, event);
    const Status started = simulation.start(config);
    QVERIFY(!started);
    QCOMPARE(started.error().code, ErrorCode::InvalidInput);
    QCOMPARE(simulation.state(), SimulationState::Idle);
    QCOMPARE(space.event(event)->lastSequence(), quint64(0));
}

void TestSimulation::shortRunFinishesConsistently_data()
{
    QTest::addColumn<int>("units");
    QTest::addColumn<int>("thinkMs");
    QTest::addColumn<int>("arrival");
    QTest::newRow("turbo, 8 units") << 8 << 0 << int(ArrivalCurve::Steady);
    QTest::newRow("think 1 ms, 3 units") << 3 << 1 << int(ArrivalCurve::Steady);
    QTest::newRow("turbo spike, 5 units") << 5 << 0 << int(ArrivalCurve::OnSaleSpike);
}

void TestSimulation::shortRunFinishesConsistently()
{
    QFETCH(int, units);
    QFETCH(int, thinkMs);
    QFETCH(int, arrival);
    Space space;
    const quint32 event = space.addEvent(SpaceLayout::grid(4, 10));
    Simulation simulation(&space, event);
    SimulationConfig config;
    config.units = units;
    config.thinkMs = thinkMs;
    config.arrival = ArrivalCurve(arrival);
    config.durationMs = 300;
    config.batchSize = 64;
    config.sampleIntervalMs = 50;
    QVERIFY(simulation.start(config));
    QVERIFY(simulation.waitForFinished(30'000));

    const SimulationStatistics s = simulation.statistics();
    QCOMPARE(s.state, SimulationState::Finished);
    QVERIFY(s.operations > 0);
    QVERIFY(s.sales > 0);
    QCOMPARE(s.seatsSoldTwice, quint64(0));
    QCOMPARE(s.invariantViolations, quint64(0));
    QCOMPARE(s.successes + s.conflicts, s.operations);
    QCOMPARE(s.holds + s.sales + s.releases + s.cancellations, s.successes);
    QCOMPARE(int(s.units.size()), units);
    quint64 perUnit = 0;
    for (const UnitLane &lane : s.units)
        perUnit += lane.operations;
    QCOMPARE(perUnit, s.operations);
    // The event started empty: what the space holds as sold is exactly what the run sold.
    const SeatCounts counts = space.event(event)->counts();
    QCOMPARE(counts.sold, qint64(s.sales) - qint64(s.cancellations));
    QVERIFY(counts.held <= qint64(s.holds - s.sales - s.releases));
    QCOMPARE(counts.available + counts.held + counts.sold, qint64(40));
    QVERIFY(!simulation.samples().empty());
}

void TestSimulation::pauseStopsProgress()
{
    Space space;
    const quint32 event = space.addEvent(SpaceLayout::grid(10, 10));
    Simulation simulation(&space, event);
    SimulationConfig config;
    config.units = 4;
    config.thinkMs = 0;
    config.durationMs = 0; // until stopped
    config.batchSize = 64;
    QVERIFY(simulation.start(config));
    QTRY_VERIFY(simulation.statistics().operations > 1000);
    simulation.pause();
    QCOMPARE(simulation.state(), SimulationState::Paused);
    QThread::msleep(50); // batches under way finish
    const quint64 paused = simulation.statistics().operations;
    const quint64 sequence = space.event(event)->lastSequence();
    const qint64 elapsed = simulation.statistics().elapsedMs;
    QThread::msleep(200); // nothing may move while paused
    QCOMPARE(simulation.statistics().operations, paused);
    QCOMPARE(space.event(event)->lastSequence(), sequence);
    QVERIFY(simulation.statistics().elapsedMs - elapsed < 50);
    simulation.resume();
    QCOMPARE(simulation.state(), SimulationState::Running);
    QTRY_VERIFY(simulation.statistics().operations > paused);
    simulation.stop();
    QCOMPARE(simulation.state(), SimulationState::Finished);
    QCOMPARE(simulation.statistics().seatsSoldTwice, quint64(0));
}

void TestSimulation::runOnBoxOfficeMatchesDatabase()
{
    auto office = openOffice();
    QVERIFY(office);
    const Result<Event> event = office->createEvent(concert(), smallHall(4, 8)).result();
    QVERIFY(event);
    Simulation simulation(office.get(), event->id);
    QVERIFY(simulation.start(shortTurboRun(400)));
    QVERIFY(simulation.waitForFinished(30'000));
    const DatabaseCheck check = simulation.checkDatabase().result();
    QVERIFY(check.checked);
    QVERIFY2(check.equal, qPrintable(check.firstDifference));
    QCOMPARE(check.databaseSold, check.spaceSold);
    const SimulationStatistics s = simulation.statistics();
    QVERIFY(s.database.equal);
    QCOMPARE(s.seatsSoldTwice, quint64(0));
    QVERIFY(s.sales > 0);
    QVERIFY(s.pumpRows > 0);
}

/// The end-of-run check waits for the pump; the window may close (and destroy the simulation)
/// before it answers. The check still finishes, and reports nowhere it should not.
void TestSimulation::databaseCheckOutlivesTheSimulation()
{
    auto office = openOffice();
    QVERIFY(office);
    const Result<Event> event = office->createEvent(concert(), smallHall(4, 8)).result();
    QVERIFY(event);
    QFuture<DatabaseCheck> pending;
    {
        Simulation simulation(office.get(), event->id);
        SimulationConfig config = shortTurboRun(300);
        config.maxPumpBacklog = 100'000; // leave the pump behind so the check has to wait
        QVERIFY(simulation.start(config));
        QVERIFY(simulation.waitForFinished(30'000));
        pending = simulation.checkDatabase();
    }
    pending.waitForFinished();
    QVERIFY(!pending.isCanceled());
    const DatabaseCheck check = pending.result();
    QVERIFY(check.checked);
    QVERIFY2(check.equal, qPrintable(check.firstDifference));
}

/// Keeping the database's pace: while the pump cannot write (another connection holds the
/// file's write lock), the units stop once maxPumpBacklog changes wait for the pump, instead of
/// filling memory with changes the database cannot take. When the lock goes, the pump writes
/// everything and the database agrees with the space.
void TestSimulation::unitsWaitWhileThePumpCannotWrite()
{
    auto office = openOffice();
    QVERIFY(office);
    const Result<Event> event = office->createEvent(concert(), smallHall(20, 30)).result();
    QVERIFY(event);
    const EventSpace *space = office->seatSpace(event->id);
    const quint64 sequenceBefore = space->lastSequence();
    {
        QSqlDatabase blocker =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("blocker"));
        blocker.setDatabaseName(m_dir->filePath(QStringLiteral("tessera.db")));
        QVERIFY(blocker.open());
        QSqlQuery lock(blocker);
        QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));

        Simulation simulation(office.get(), event->id);
        const SimulationConfig config = shortTurboRun(400);
        QVERIFY(simulation.start(config));
        QVERIFY(simulation.waitForFinished(30'000));
        QVERIFY(simulation.statistics().operations > 0);

        // A unit looks at the pump every 16 batches: it may overshoot by that much, with a
        // change or two per command.
        const quint64 overshoot = quint64(config.units) * 16 * quint64(config.batchSize) * 2;
        QVERIFY2(office->pump().waitingChanges() <= config.maxPumpBacklog + overshoot,
                 qPrintable(QString::number(office->pump().waitingChanges())));
        // The pump took what was there before it blocked (and may be building one more batch):
        // without the pace, four turbo units make hundreds of thousands of changes in 400 ms.
        const quint64 made = space->lastSequence() - sequenceBefore;
        QVERIFY2(made <= 3 * (config.maxPumpBacklog + overshoot), qPrintable(QString::number(made)));

        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        lock = QSqlQuery();
        blocker.close();
        const DatabaseCheck check = simulation.checkDatabase().result();
        QVERIFY(check.checked);
        QVERIFY2(check.equal, qPrintable(check.firstDifference));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("blocker"));
}

void TestSimulation::resetRestoresTheEvent()
{
    auto office = openOffice();
    QVERIFY(office);
    const Result<Event> event = office->createEvent(concert(), smallHall(3, 6)).result();
    QVERIFY(event);
    const auto entry = office->catalogEntry(event->id);
    // A sale and a block from before the run must survive the reset.
    const Result<Hold> hold =
        office->holdSeats({event->id, {entry->layout.seats[4].id}, QStringLiteral("clerk@box-1")}).result();
    QVERIFY(hold);
    SaleRequest sale;
    sale.holder = QStringLiteral("clerk@box-1");
    QVERIFY(office->sell(hold->id, sale).result());
    QVERIFY(office->blockSeats(event->id, {entry->layout.seats[7].id}, QString()).result());
    const EventSpace *space = office->seatSpace(event->id);
    const SeatCounts before = space->counts();

    Simulation simulation(office.get(), event->id);
    SimulationConfig config;
    config.units = 4;
    config.thinkMs = 0;
    config.durationMs = 300;
    config.batchSize = 16;
    config.mix = {50, 40, 5, 5}; // leave sold and held seats behind
    config.maxPumpBacklog = 1000;
    QVERIFY(simulation.start(config));
    QVERIFY(simulation.waitForFinished(30'000));
    QVERIFY(space->counts().sold + space->counts().held > before.sold);
    // A second run before the reset: the reset undoes both.
    QVERIFY(simulation.start(config));
    QVERIFY(simulation.waitForFinished(30'000));

    const Result<ResetOutcome> reset = simulation.reset();
    QVERIFY(reset);
    QVERIFY(reset->salesCancelled + reset->holdsReleased > 0);
    QCOMPARE(simulation.state(), SimulationState::Idle);
    const SeatCounts after = space->counts();
    QCOMPARE(after.sold, before.sold);
    QCOMPARE(after.held, before.held);
    QCOMPARE(after.blocked, before.blocked);
    QCOMPARE(space->seatState(4), SeatState::Sold);
    QCOMPARE(space->seatState(7), SeatState::Blocked);
    // And the database agrees once the pump has written the reset.
    const DatabaseCheck check = simulation.checkDatabase().result();
    QVERIFY2(check.equal, qPrintable(check.firstDifference));
    QCOMPARE(check.databaseSold, qint64(1));
}

void TestSimulation::reportHasSeriesAndUnits()
{
    Space space;
    const quint32 event = space.addEvent(SpaceLayout::grid(3, 10));
    Simulation simulation(&space, event);
    SimulationConfig config;
    config.units = 3;
    config.thinkMs = 0;
    config.durationMs = 200;
    config.sampleIntervalMs = 20;
    QVERIFY(simulation.start(config));
    QVERIFY(simulation.waitForFinished(30'000));
    const SimulationReport report{simulation.config(), simulation.statistics(), simulation.samples()};
    const QJsonObject json = QJsonDocument::fromJson(QJsonDocument(report.toJson()).toJson()).object();
    QCOMPARE(int(json.value(QStringLiteral("units")).toArray().size()), 3);
    QVERIFY(json.value(QStringLiteral("samples")).toArray().size() >= 2);
    QCOMPARE(json.value(QStringLiteral("invariants"))
                 .toObject()
                 .value(QStringLiteral("seats_sold_twice"))
                 .toInt(-1),
             0);
    QCOMPARE(json.value(QStringLiteral("totals")).toObject().value(QStringLiteral("ops")).toDouble(),
             double(report.statistics.operations));
    QCOMPARE(int(report.unitsCsv().count('\n')), 4);
    QCOMPARE(int(report.samplesCsv().count('\n')), int(report.samples.size() + 1));
}

namespace {

/// Threads of this process whose nice value is `nice` (Linux: /proc/self/task/<tid>/stat).
int threadsWithNice(int nice)
{
    int count = 0;
    const QStringList tasks =
        QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &task : tasks) {
        QFile stat(QStringLiteral("/proc/self/task/%1/stat").arg(task));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        // The fields after the command name, which ends with ") ": state is field 3, nice 19.
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(") ") + 2).split(' ');
        if (fields.size() > 16 && fields[16].toInt() == nice)
            ++count;
    }
    return count;
}

} // namespace

void TestSimulation::backgroundUnitsRunAtLowerPriority()
{
#if !defined(Q_OS_LINUX)
    QSKIP("thread priorities are lowered on Linux only");
#else
    for (const bool background : {false, true}) {
        Space space;
        const quint32 event = space.addEvent(SpaceLayout::grid(10, 10));
        Simulation simulation(&space, event);
        SimulationConfig config;
        config.units = 3;
        config.thinkMs = 0;
        config.durationMs = 0; // until stopped
        config.batchSize = 64;
        config.backgroundUnits = background;
        const int before = threadsWithNice(10);
        QVERIFY(simulation.start(config));
        QTRY_VERIFY(simulation.statistics().operations > 1000);
        // Every unit lowers itself when it starts; nothing else does.
        if (background)
            QTRY_COMPARE(threadsWithNice(10) - before, config.units);
        else
            QCOMPARE(threadsWithNice(10) - before, 0);
        simulation.stop();
        QCOMPARE(simulation.statistics().seatsSoldTwice, quint64(0));
    }
#endif
}

QTEST_GUILESS_MAIN(TestSimulation)
#include "tst_simulation.moc"
