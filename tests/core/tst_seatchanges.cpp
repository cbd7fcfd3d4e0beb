// Seat notifications under concurrent writers: the change feed is read by LocalBoxOffice's
// SeatChangeCollector thread while several threads change the space; every seat the space
// changed must reach the front end (seatsChanged), sorted and once per list, and a front end that
// re-reads the listed seats ends up with exactly the space's state. Runs under ThreadSanitizer.

#include "core/boxoffice/localboxoffice.h"
#include "core/boxoffice/seatchangecollector.h"
#include "tests/support/venues.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <map>
#include <set>
#include <thread>

using namespace tessera;
using namespace tessera::test;

namespace {

constexpr int kWriters = 4;
constexpr int kBatchesPerWriter = 250;
constexpr int kBatch = 16;

/// Seats and standing flags of a set of changes, per event index.
struct Touched
{
    std::map<quint32, std::set<quint32>> seats;
    std::set<quint32> standing;
};

quint64 nextRandom(quint64 &state)
{
    quint64 z = (state += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

/// One writer: random holds, sales, releases and cancellations of seats and standing places on
/// the given events, straight into the space (as the simulation's units do).
void writeRandomly(Space &space, const std::vector<quint32> &events, HolderId holder, quint64 seed)
{
    struct Own
    {
        quint32 event;
        quint32 seat; ///< kNoIndex for a standing hold
        HoldId hold;
    };
    std::vector<Own> holds;
    std::vector<Own> sold;
    std::vector<SpaceCommand> commands;
    std::vector<Own> meaning;
    std::vector<SpaceResult> results(kBatch);
    for (int b = 0; b < kBatchesPerWriter; ++b) {
        commands.clear();
        meaning.clear();
        for (int i = 0; i < kBatch; ++i) {
            const quint64 pick = nextRandom(seed) % 10;
            SpaceCommand c;
            c.holder = holder;
            Own own{};
            if (pick < 2 && !holds.empty()) {
                own = holds.back();
                holds.pop_back();
                c.op = pick == 0 ? SpaceOp::Sell : SpaceOp::Release;
                c.event = own.event;
                c.hold = own.hold;
            } else if (pick == 2 && !sold.empty()) {
                own = sold.back();
                sold.pop_back();
                c.event = own.event;
                c.hold = own.hold;
                if (own.seat == kNoIndex) {
                    c.op = SpaceOp::CancelStanding;
                    c.standingArea = 0;
                    c.quantity = 1;
                } else {
                    c.op = SpaceOp::Cancel;
                    c.seats.append(own.seat);
                }
            } else {
                own.event = events[nextRandom(seed) % events.size()];
                c.event = own.event;
                c.ttlMs = 60'000;
                if (pick == 3) {
                    c.op = SpaceOp::HoldStanding;
                    c.standingArea = 0;
                    c.quantity = 1;
                    own.seat = kNoIndex;
                } else {
                    c.op = SpaceOp::Hold;
                    own.seat = quint32(nextRandom(seed) % 60);
                    c.seats.append(own.seat);
                }
            }
            meaning.push_back(own);
            commands.push_back(std::move(c));
        }
        space.apply(commands, std::span<SpaceResult>(results.data(), commands.size()));
        for (size_t i = 0; i < commands.size(); ++i) {
            if (!results[i].ok)
                continue;
            Own own = meaning[i];
            own.hold = results[i].hold ? results[i].hold : own.hold;
            if (commands[i].op == SpaceOp::Hold || commands[i].op == SpaceOp::HoldStanding)
                holds.push_back(own);
            else if (commands[i].op == SpaceOp::Sell)
                sold.push_back(own); // the hold id is now the sale id
        }
    }
}

/// Everything still unread on a subscription made before the writers started.
Touched readAll(FeedSubscription &subscription)
{
    Touched touched;
    std::vector<Change> changes;
    while (subscription.read(changes) > 0) {
        for (const Change &c : changes) {
            if (c.standing)
                touched.standing.insert(c.event);
            else
                touched.seats[c.event].insert(c.target);
        }
        changes.clear();
    }
    return touched;
}

bool isSortedAndUnique(const std::vector<quint32> &seats)
{
    return std::adjacent_find(seats.begin(), seats.end(), std::greater_equal<quint32>()) == seats.end();
}

} // namespace

class TestSeatChanges final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void collectorSeesEverySeatOnce();
    void seatsChangedFollowsTheSpace();
    void collectorStopsAndRestarts();

private:
    std::unique_ptr<LocalBoxOffice> openOffice();
    /// Two events of 60 seats (5 rows of 12) and a standing area of 40.
    std::vector<Event> createEvents(LocalBoxOffice &office);
    /// Runs the writers on both events; returns when they are done.
    void runWriters(LocalBoxOffice &office, const std::vector<Event> &events,
                    const std::function<void()> &whileRunning);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSeatChanges::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

std::unique_ptr<LocalBoxOffice> TestSeatChanges::openOffice()
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

std::vector<Event> TestSeatChanges::createEvents(LocalBoxOffice &office)
{
    std::vector<Event> events;
    for (const QString &name : {QStringLiteral("First"), QStringLiteral("Second")}) {
        const Result<Event> created = office.createEvent(concert(name), smallHall(5, 12, 40)).result();
        if (!created) {
            qWarning() << created.error().message;
            return {};
        }
        events.push_back(*created);
    }
    return events;
}

void TestSeatChanges::runWriters(LocalBoxOffice &office, const std::vector<Event> &events,
                                 const std::function<void()> &whileRunning)
{
    std::vector<quint32> indexes;
    for (const Event &e : events)
        indexes.push_back(office.catalogEntry(e.id)->index);
    std::atomic<int> running{kWriters};
    std::vector<std::thread> writers;
    for (int w = 0; w < kWriters; ++w) {
        const HolderId holder = office.holderId(QStringLiteral("writer-%1").arg(w));
        writers.emplace_back([&office, &running, indexes, holder, w] {
            writeRandomly(office.space(), indexes, holder, 0x5eed0000ull + quint64(w));
            running.fetch_sub(1);
        });
    }
    while (running.load() > 0)
        whileRunning();
    for (std::thread &t : writers)
        t.join();
}

void TestSeatChanges::collectorSeesEverySeatOnce()
{
    auto office = openOffice();
    QVERIFY(office);
    const std::vector<Event> events = createEvents(*office);
    QCOMPARE(events.size(), size_t(2));
    std::atomic<int> readyCalls{0};
    SeatChangeCollector collector(&office->space(), [&readyCalls] { readyCalls.fetch_add(1); });
    collector.start();
    QVERIFY(collector.isRunning());
    auto reference = office->space().subscribe([] {});

    Touched collected;
    bool wellFormed = true;
    const auto takeInto = [&] {
        for (const EventChanges &changes : collector.take()) {
            wellFormed = wellFormed && isSortedAndUnique(changes.seats);
            collected.seats[changes.event].insert(changes.seats.begin(), changes.seats.end());
            if (changes.standing)
                collected.standing.insert(changes.event);
        }
    };
    runWriters(*office, events, [&] {
        takeInto();
        std::this_thread::yield();
    });
    const Touched expected = readAll(*reference);
    QVERIFY(!expected.seats.empty());
    QCOMPARE(expected.standing.size(), size_t(2));
    // The collector's thread may still be reading the end of the feed.
    QTRY_VERIFY_WITH_TIMEOUT((takeInto(), collected.seats == expected.seats), 20'000);
    QTRY_COMPARE_WITH_TIMEOUT((takeInto(), collected.standing), expected.standing, 20'000);
    QVERIFY(wellFormed);
    QVERIFY(readyCalls.load() > 0);
    QVERIFY(collector.take().empty());
    reference.reset();
    collector.stop();
    QVERIFY(!collector.isRunning());
}

void TestSeatChanges::seatsChangedFollowsTheSpace()
{
    auto office = openOffice();
    QVERIFY(office);
    const std::vector<Event> events = createEvents(*office);
    QCOMPARE(events.size(), size_t(2));
    std::map<QUuid, quint32> indexOf;
    std::map<quint32, std::vector<SeatState>> shown; // what a front end redrawing on the signal shows
    for (const Event &e : events) {
        const quint32 index = office->catalogEntry(e.id)->index;
        indexOf[e.id] = index;
        shown[index].assign(60, SeatState::Available);
    }
    Touched signalled;
    bool wellFormed = true;
    int signalCount = 0;
    connect(office.get(), &BoxOffice::seatsChanged, this,
            [&](const QUuid &eventId, const QList<quint32> &seats) {
                ++signalCount;
                const auto found = indexOf.find(eventId);
                wellFormed = wellFormed && found != indexOf.end() && !seats.isEmpty()
                             && isSortedAndUnique(std::vector<quint32>(seats.begin(), seats.end()));
                if (found == indexOf.end())
                    return;
                const EventSpace *space = office->space().event(found->second);
                for (quint32 seat : seats) {
                    signalled.seats[found->second].insert(seat);
                    if (seat < 60)
                        shown[found->second][seat] = space->seatState(seat);
                }
            });
    QSignalSpy standing(office.get(), &BoxOffice::standingChanged);
    auto reference = office->space().subscribe([] {});

    runWriters(*office, events, [] { QCoreApplication::processEvents(QEventLoop::AllEvents, 5); });
    const Touched expected = readAll(*reference);
    QVERIFY(!expected.seats.empty());
    QTRY_VERIFY_WITH_TIMEOUT(signalled.seats == expected.seats, 20'000);
    const auto matchesSpace = [&] {
        for (const auto &[index, states] : shown) {
            const EventSpace *space = office->space().event(index);
            for (quint32 seat = 0; seat < 60; ++seat) {
                if (states[seat] != space->seatState(seat))
                    return false;
            }
        }
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(matchesSpace(), 20'000);
    QVERIFY(wellFormed);
    QVERIFY(signalCount > 0);
    QTRY_VERIFY(!standing.isEmpty());
    std::set<QUuid> standingEvents;
    for (const auto &args : standing)
        standingEvents.insert(args.at(0).value<QUuid>());
    QCOMPARE(standingEvents.size(), size_t(2));
    reference.reset();
}

void TestSeatChanges::collectorStopsAndRestarts()
{
    auto office = openOffice();
    QVERIFY(office);
    const std::vector<Event> events = createEvents(*office);
    QCOMPARE(events.size(), size_t(2));
    const quint32 index = office->catalogEntry(events[0].id)->index;
    SeatChangeCollector collector(&office->space(), [] {});
    collector.start();
    collector.start(); // a second start does nothing
    collector.stop();
    // Marked seats do not need the thread.
    const std::vector<quint32> seats{7, 3, 7};
    collector.markSeats(index, seats);
    const std::vector<EventChanges> taken = collector.take();
    QCOMPARE(taken.size(), size_t(1));
    QCOMPARE(taken.front().event, index);
    QCOMPARE(taken.front().seats, (std::vector<quint32>{3, 7}));
    QVERIFY(!taken.front().standing);
    collector.start();
    SpaceCommand hold;
    hold.event = index;
    hold.holder = office->holderId(QStringLiteral("restart"));
    hold.ttlMs = 60'000;
    hold.seats.append(11);
    const SpaceResult held = office->space().apply(hold);
    QVERIFY(held.ok);
    std::vector<EventChanges> later;
    const auto takeLater = [&] { // QTRY evaluates its condition once more at the end
        if (later.empty())
            later = collector.take();
        return !later.empty();
    };
    QTRY_VERIFY(takeLater());
    QCOMPARE(later.front().seats, (std::vector<quint32>{11}));
}

QTEST_GUILESS_MAIN(TestSeatChanges)
#include "tst_seatchanges.moc"
