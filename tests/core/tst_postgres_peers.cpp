#include "core/boxoffice/localboxoffice.h"
#include "core/common/ids.h"
#include "core/store/store.h"
#include "tests/support/pgcluster.h"
#include "tests/support/sellerprocess.h"
#include "tests/support/venues.h"

#include <QElapsedTimer>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <atomic>
#include <future>
#include <mutex>
#include <thread>

using namespace tessera;
using namespace tessera::test;

/// Several box offices on one real PostgreSQL server, and that server going away: two
/// processes racing for the same seats sell each exactly once and see each other's sales; a
/// sale in one terminal shows in another; an outage loses no acknowledged sale and drains; a
/// full backlog refuses new holds with a clear message.
class TestPostgresPeers final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void twoProcessesRaceForTheSameSeats();
    void saleShowsInTheOtherTerminal();
    void standingCountsShowInTheOtherTerminal();
    void eventsShowInTheOtherTerminal();
    void holdOfAStoppedTerminalEndsAtItsExpiry();
    void holdsOfTwoProcessesHaveDistinctIds();
    void holdsOfARestartedTerminalAreItsOwn();
    void missedNoticeIsCaughtUp();
    void racingTerminalsNeverBothSell();
    void outageLosesNoAcknowledgedSale();
    void fullBacklogRefusesNewHolds();

private:
    /// Two terminals on a fresh database: `first` created the event, `second` opened after.
    struct Terminals
    {
        DatabaseUrl url;
        std::unique_ptr<LocalBoxOffice> first, second;
        Result<Event> event{ErrorCode::Internal, QString()};
    };
    void openTerminals(Terminals &t, int rows, int seats, int standing = 0);
    std::unique_ptr<LocalBoxOffice> openOffice(const DatabaseUrl &url, PumpConfig pump = {},
                                               const QString &terminal = {});
    static void checkDatabase(const DatabaseUrl &url, const QUuid &eventId, qint64 expectedSold,
                              const QList<QUuid> &acknowledgedOrders);

    PgCluster m_shared;
    PgCluster m_private; ///< stopped and started by the outage tests
};

void TestPostgresPeers::initTestCase()
{
    if (!m_shared.start())
        QSKIP(qPrintable(m_shared.errorString()));
    QVERIFY2(m_private.start(PgCluster::Source::Private), qPrintable(m_private.errorString()));
}

std::unique_ptr<LocalBoxOffice> TestPostgresPeers::openOffice(const DatabaseUrl &url, PumpConfig pump,
                                                              const QString &terminal)
{
    LocalBoxOffice::Options options;
    options.url = url;
    options.terminal = terminal;
    options.units = 2;
    options.pump = pump;
    auto office = LocalBoxOffice::open(options);
    if (!office) {
        qWarning() << office.error().message;
        return nullptr;
    }
    return std::move(office.value());
}

void TestPostgresPeers::openTerminals(Terminals &t, int rows, int seats, int standing)
{
    QString error;
    t.url = m_shared.createDatabase(&error);
    QVERIFY2(!t.url.database.isEmpty(), qPrintable(error));
    t.first = openOffice(t.url);
    QVERIFY(t.first);
    t.event = t.first->createEvent(concert(), smallHall(rows, seats, standing)).result();
    QVERIFY(t.event);
    t.second = openOffice(t.url);
    QVERIFY(t.second);
}

void TestPostgresPeers::checkDatabase(const DatabaseUrl &url, const QUuid &eventId, qint64 expectedSold,
                                      const QList<QUuid> &acknowledgedOrders)
{
    auto opened = Store::open(url);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    Store &store = **opened;
    const Result<RecoveredEvent> state = store.liveState(eventId);
    QVERIFY(state);
    QSet<quint32> seats;
    for (const auto &[seat, sale] : state->soldSeats) {
        QVERIFY2(!seats.contains(seat), qPrintable(QStringLiteral("seat %1 has two live tickets").arg(seat)));
        seats.insert(seat);
    }
    QCOMPARE(qint64(seats.size()), expectedSold);
    const Result<qint64> live = store.liveTickets(eventId);
    QVERIFY(live);
    QCOMPARE(*live, expectedSold);
    for (const QUuid &id : acknowledgedOrders) {
        const Result<Order> order = store.order(id);
        QVERIFY2(order, qPrintable(QStringLiteral("acknowledged order %1 is missing").arg(uuidText(id))));
    }
}

void TestPostgresPeers::twoProcessesRaceForTheSameSeats()
{
    // The children start at once: one may sell while the other is still loading the event.
    // Sales committed after the loader read the database reach it by notice (it listens before
    // reading), older ones are in what it read.
    QString error;
    const DatabaseUrl url = m_shared.createDatabase(&error);
    QVERIFY2(!url.database.isEmpty(), qPrintable(error));
    auto watcher = openOffice(url); // a third terminal that only watches
    QVERIFY(watcher);
    const Result<Event> event = watcher->createEvent(concert(), smallHall(10, 50)).result();
    QVERIFY(event);
    std::unique_ptr<QProcess> children[] = {startSeller(url, event->id, SellerMode::Race),
                                            startSeller(url, event->id, SellerMode::Race)};
    QByteArray output[2];
    for (int c = 0; c < 2; ++c) {
        QVERIFY(children[c]->waitForFinished(180'000));
        output[c] = children[c]->readAllStandardOutput();
        QVERIFY2(children[c]->exitStatus() == QProcess::NormalExit && children[c]->exitCode() == 0,
                 qPrintable(QString::fromUtf8(output[c].right(300) + children[c]->readAllStandardError())));
        // Each process saw every seat sold, its own sales and the other's.
        QVERIFY(output[c].contains("ALLSOLD"));
    }
    QHash<QUuid, int> soldBy;
    QList<QUuid> orders;
    for (int c = 0; c < 2; ++c) {
        const QList<AckedSale> sales = parseAckedSales(output[c]);
        qInfo("process %d sold %lld seat(s)", c, qint64(sales.size()));
        for (const AckedSale &sale : sales) {
            orders.append(sale.orderId);
            for (const QUuid &seat : sale.seatIds) {
                QVERIFY2(!soldBy.contains(seat), "a seat was acknowledged twice");
                soldBy.insert(seat, c);
            }
        }
    }
    QCOMPARE(soldBy.size(), 500);
    checkDatabase(url, event->id, 500, orders);
    QTRY_COMPARE_WITH_TIMEOUT(watcher->seatSpace(event->id)->counts().sold, qint64(500), 10'000);
}

void TestPostgresPeers::saleShowsInTheOtherTerminal()
{
    Terminals t;
    openTerminals(t, 3, 6);
    if (QTest::currentTestFailed())
        return;
    const DatabaseUrl &url = t.url;
    auto &first = t.first;
    auto &second = t.second;
    const Result<Event> &event = t.event;
    const auto entry = first->catalogEntry(event->id);
    const EventSpace *there = second->seatSpace(event->id);
    QVERIFY(there);
    QSignalSpy changed(second.get(), &BoxOffice::seatsChanged);

    const Result<Hold> hold =
        first->holdSeats({event->id, {entry->layout.seats[3].id}, QStringLiteral("box-1")}).result();
    QVERIFY(hold);
    QTRY_COMPARE_WITH_TIMEOUT(there->seatState(3), SeatState::Held, 5'000);
    const Result<Hold> refused =
        second->holdSeats({event->id, {entry->layout.seats[3].id}, QStringLiteral("box-2")}).result();
    QVERIFY(!refused);
    QCOMPARE(refused.errorCode(), ErrorCode::SeatUnavailable);
    QVERIFY2(refused.error().message.contains(QStringLiteral("another terminal")),
             qPrintable(refused.error().message));

    QElapsedTimer seen;
    const Result<Order> order = first->sell(hold->id, {QStringLiteral("box-1")}).result();
    QVERIFY(order);
    seen.start();
    QTRY_COMPARE_WITH_TIMEOUT(there->seatState(3), SeatState::Sold, 5'000);
    qInfo("the sale showed in the other terminal %lld ms after its acknowledgement", seen.elapsed());
    QTRY_VERIFY(!changed.isEmpty()); // the seat map of the other terminal hears of it

    // A cancellation in the second terminal frees the seat in the first.
    const Result<Order> cancelled = second->cancelOrder(order->id, CancelKind::Refund).result();
    QVERIFY2(cancelled, qPrintable(cancelled ? QString() : cancelled.error().message));
    QCOMPARE(second->seatSpace(event->id)->seatState(3), SeatState::Available);
    QTRY_COMPARE_WITH_TIMEOUT(first->seatSpace(event->id)->seatState(3), SeatState::Available, 5'000);
    checkDatabase(url, event->id, 0, {});
}

void TestPostgresPeers::standingCountsShowInTheOtherTerminal()
{
    Terminals t;
    openTerminals(t, 1, 2, 10);
    if (QTest::currentTestFailed())
        return;
    const QUuid eventId = t.event->id;
    const QUuid floor = t.first->catalogEntry(eventId)->layout.standingAreas[0].id;
    const EventSpace *here = t.first->seatSpace(eventId);
    const EventSpace *there = t.second->seatSpace(eventId);
    QSignalSpy changed(t.second.get(), &BoxOffice::standingChanged);

    const Result<Hold> hold = t.first->holdStanding({eventId, floor, 4, QStringLiteral("box-1")}).result();
    QVERIFY(hold);
    QTRY_COMPARE_WITH_TIMEOUT(there->standing(0), (StandingCounts{10, 4, 0, 0}), 5'000);
    QTRY_VERIFY(!changed.isEmpty());
    const Result<Hold> tooMany =
        t.second->holdStanding({eventId, floor, 7, QStringLiteral("box-2")}).result();
    QCOMPARE(tooMany.errorCode(), ErrorCode::SoldOut);
    const Result<Order> order = t.first->sell(hold->id, {QStringLiteral("box-1")}).result();
    QVERIFY(order);
    QTRY_COMPARE_WITH_TIMEOUT(there->standing(0), (StandingCounts{10, 0, 4, 0}), 5'000);

    const Result<Hold> rest = t.second->holdStanding({eventId, floor, 6, QStringLiteral("box-2")}).result();
    QVERIFY2(rest, qPrintable(rest ? QString() : rest.error().message));
    QVERIFY(t.second->sell(rest->id, {QStringLiteral("box-2")}).result());
    QTRY_COMPARE_WITH_TIMEOUT(here->standing(0), (StandingCounts{10, 0, 10, 0}), 5'000);

    // The second refunds the first's sale: both show its places free again.
    const Result<Order> refunded = t.second->cancelOrder(order->id, CancelKind::Refund).result();
    QVERIFY2(refunded, qPrintable(refunded ? QString() : refunded.error().message));
    QCOMPARE(there->standing(0), (StandingCounts{10, 0, 6, 0}));
    QTRY_COMPARE_WITH_TIMEOUT(here->standing(0), (StandingCounts{10, 0, 6, 0}), 5'000);
}

void TestPostgresPeers::eventsShowInTheOtherTerminal()
{
    Terminals t;
    openTerminals(t, 1, 2);
    if (QTest::currentTestFailed())
        return;
    const Result<Event> created = t.first->createEvent(concert(), smallHall(2, 3)).result();
    QVERIFY(created);
    QTRY_VERIFY_WITH_TIMEOUT(t.second->catalogEntry(created->id), 5'000);
    QCOMPARE(t.second->seatSpace(created->id)->seatCount(), 6);
    Event renamed = *created;
    renamed.name = QStringLiteral("Matinee");
    QVERIFY(t.first->updateEvent(renamed).result());
    QTRY_COMPARE_WITH_TIMEOUT(t.second->catalogEntry(created->id)->event.name, QStringLiteral("Matinee"),
                              5'000);
    QVERIFY(t.first->replaceLayout(created->id, smallHall(3, 3)).result());
    QTRY_COMPARE_WITH_TIMEOUT(t.second->seatSpace(created->id)->seatCount(), 9, 5'000);

    // A sale on the new layout shows in the other terminal, as on any event.
    const auto entry = t.first->catalogEntry(created->id);
    const Result<Hold> hold =
        t.first->holdSeats({created->id, {entry->layout.seats[7].id}, QStringLiteral("box-1")}).result();
    QVERIFY(hold);
    QVERIFY(t.first->sell(hold->id, {QStringLiteral("box-1")}).result());
    QTRY_COMPARE_WITH_TIMEOUT(t.second->seatSpace(created->id)->seatState(7), SeatState::Sold, 5'000);

    QVERIFY(t.second->deleteEvent(t.event->id).result());
    QTRY_VERIFY_WITH_TIMEOUT(!t.first->catalogEntry(t.event->id), 5'000);
}

void TestPostgresPeers::holdOfAStoppedTerminalEndsAtItsExpiry()
{
    // A terminal holds three seats and dies before its hold runs out: no notice will ever end
    // that hold, yet the other terminal must offer the seats again once the hold has expired.
    QString error;
    const DatabaseUrl url = m_shared.createDatabase(&error);
    QVERIFY2(!url.database.isEmpty(), qPrintable(error));
    auto office = openOffice(url);
    QVERIFY(office);
    const Result<Event> event = office->createEvent(concert(), smallHall(3, 6)).result();
    QVERIFY(event);
    const EventSpace *space = office->seatSpace(event->id);

    std::unique_ptr<QProcess> holder = startSeller(url, event->id, SellerMode::HoldAndWait);
    QByteArray output;
    QTRY_VERIFY_WITH_TIMEOUT((output += holder->readAllStandardOutput()).contains("HELD")
                                 || holder->state() == QProcess::NotRunning,
                             60'000);
    QVERIFY2(output.contains("HELD"), QByteArray(output + holder->readAllStandardError()).constData());
    QTRY_COMPARE_WITH_TIMEOUT(space->seatState(0), SeatState::Held, 10'000);
    QCOMPARE(space->seatState(2), SeatState::Held);
    holder->kill();
    QVERIFY(holder->waitForFinished());

    // Freed a few seconds after the expiry (the check runs every 5 s).
    QTRY_COMPARE_WITH_TIMEOUT(space->seatState(0), SeatState::Available, 60'000);
    QTRY_COMPARE_WITH_TIMEOUT(space->seatState(2), SeatState::Available, 10'000);
    const auto entry = office->catalogEntry(event->id);
    const Result<Hold> again =
        office->holdSeats({event->id, {entry->layout.seats[1].id}, QStringLiteral("box-2")}).result();
    QVERIFY2(again, qPrintable(again ? QString() : again.error().message));

    // A terminal started after the dead one's hold expired starts with the seats free.
    auto late = openOffice(url);
    QVERIFY(late);
    QCOMPARE(late->seatSpace(event->id)->seatState(0), SeatState::Available);
}

void TestPostgresPeers::holdsOfTwoProcessesHaveDistinctIds()
{
    // Both spaces number their holds alike (the first hold of a fresh space has the same handle
    // in every process): the public ids must still differ, or one hold's row would overwrite
    // the other's in the database.
    QString error;
    const DatabaseUrl url = m_shared.createDatabase(&error);
    QVERIFY2(!url.database.isEmpty(), qPrintable(error));
    auto office = openOffice(url);
    QVERIFY(office);
    const Result<Event> event = office->createEvent(concert(), smallHall(3, 6)).result();
    QVERIFY(event);
    const auto entry = office->catalogEntry(event->id);
    const Result<Hold> mine =
        office->holdSeats({event->id, {entry->layout.seats[10].id}, QStringLiteral("box-1")}).result();
    QVERIFY(mine);
    std::promise<Status> committed;
    std::future<Status> done = committed.get_future();
    office->pump().whenCommitted(entry->index, office->seatSpace(event->id)->lastSequence(),
                                 [&committed](Status s) { committed.set_value(std::move(s)); });
    QVERIFY(done.get());

    // The child holds seats 0-2 for a few seconds and reports once its hold is committed.
    std::unique_ptr<QProcess> holder = startSeller(url, event->id, SellerMode::HoldAndWait);
    QByteArray output;
    QTRY_VERIFY_WITH_TIMEOUT((output += holder->readAllStandardOutput()).contains("HELD")
                                 || holder->state() == QProcess::NotRunning,
                             60'000);
    QVERIFY2(output.contains("HELD"), QByteArray(output + holder->readAllStandardError()).constData());
    auto opened = Store::open(url);
    QVERIFY(opened);
    const Result<RecoveredEvent> state = (*opened)->liveState(event->id);
    holder->kill();
    holder->waitForFinished();
    QVERIFY(state);
    QCOMPARE(state->liveHolds.size(), std::size_t(2));
    const HoldRow &a = state->liveHolds[0];
    const HoldRow &b = state->liveHolds[1];
    QVERIFY(a.holdId != b.holdId);
    const HoldRow &ours = a.holdId == mine->id ? a : b;
    const HoldRow &theirs = a.holdId == mine->id ? b : a;
    QCOMPARE(ours.holdId, mine->id);
    QCOMPARE(ours.seats, (std::vector<quint32>{10}));
    QCOMPARE(theirs.seats, (std::vector<quint32>{0, 1, 2}));
    QCOMPARE(ours.engineId, theirs.engineId); // the same handle in both spaces, yet two ids
}

/// A terminal that stops (or crashes) with seats on hold gets them back as its own when it
/// starts again, on the shared database too: the clerk can still sell them to the customer at
/// the counter. While another process with the same terminal name runs, or for a terminal of
/// another name, they stay another terminal's.
void TestPostgresPeers::holdsOfARestartedTerminalAreItsOwn()
{
    const QString clerk = QStringLiteral("clerk@box-1");
    QString error;
    const DatabaseUrl url = m_shared.createDatabase(&error);
    QVERIFY2(!url.database.isEmpty(), qPrintable(error));
    auto first = openOffice(url, {}, clerk);
    QVERIFY(first);
    const Result<Event> event = first->createEvent(concert(), smallHall(3, 6, 10)).result();
    QVERIFY(event);
    const auto entry = first->catalogEntry(event->id);
    const Result<Hold> seats =
        first->holdSeats({event->id, {entry->layout.seats[3].id}, clerk, 600}).result();
    QVERIFY(seats);
    const Result<Hold> standing =
        first->holdStanding({event->id, entry->layout.standingAreas[0].id, 2, clerk}).result();
    QVERIFY(standing);
    QTRY_COMPARE_WITH_TIMEOUT(first->pump().statistics().backlog, quint64(0), 10'000); // written

    // A second process under the same name while the first runs: nothing of it is its own.
    {
        auto twin = openOffice(url, {}, clerk);
        QVERIFY(twin);
        const EventSpace *space = twin->seatSpace(event->id);
        QCOMPARE(space->seatState(3), SeatState::Held);
        QCOMPARE(twin->holderName(space->seatHolder(3)), QStringLiteral("another terminal"));
        QCOMPARE(space->ownStanding(0).held, 0u);
        QVERIFY(twin->holdsOf(event->id, clerk).result()->isEmpty());
        QVERIFY(!twin->sell(seats->id, SaleRequest{clerk}).result());
    }
    first.reset();

    // Another terminal's name: still not its own.
    {
        auto other = openOffice(url, {}, QStringLiteral("clerk@box-2"));
        QVERIFY(other);
        QCOMPARE(other->holderName(other->seatSpace(event->id)->seatHolder(3)),
                 QStringLiteral("another terminal"));
        QVERIFY(other->holdsOf(event->id, clerk).result()->isEmpty());
    }

    // The terminal again: both holds are its own, offered to take back, and sell.
    auto again = openOffice(url, {}, clerk);
    QVERIFY(again);
    const EventSpace *space = again->seatSpace(event->id);
    QCOMPARE(again->holderName(space->seatHolder(3)), clerk);
    QCOMPARE(space->ownStanding(0).held, 2u);
    const Result<QList<Hold>> own = again->holdsOf(event->id, clerk).result();
    QVERIFY(own);
    QCOMPARE(own->size(), 2);
    QVERIFY((*own)[0].id == seats->id || (*own)[1].id == seats->id);
    const Result<Order> sold = again->sell(seats->id, SaleRequest{clerk}).result();
    QVERIFY2(sold, qPrintable(sold ? QString() : sold.error().message));
    QVERIFY(again->releaseHold(standing->id, clerk).result());
    QTRY_COMPARE_WITH_TIMEOUT(again->pump().statistics().backlog, quint64(0), 10'000);
    again.reset();
    checkDatabase(url, event->id, 1, {sold->id});
}

namespace {

/// Sells a seat behind the box offices' backs, as a writer whose NOTIFY got lost would: the
/// ticket and the event's change sequence are committed, no notice is sent.
void sellSilently(const DatabaseUrl &url, const CatalogEntry &entry, quint32 seat)
{
    const QString name = QStringLiteral("silent-writer");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host);
        db.setPort(url.port);
        db.setUserName(url.user);
        db.setPassword(url.password);
        db.setDatabaseName(url.database);
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        const QUuid order = newTimeOrderedUuid();
        const QString event = uuidText(entry.event.id);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QSqlQuery query(db);
        QVERIFY(db.transaction());
        query.prepare(QStringLiteral(
            "INSERT INTO orders (id, event_id, payment, customer_name, customer_email, total_cents, "
            "status, engine_sale_id, created_ms, updated_ms) VALUES (?, ?, 'cash', '', '', 0, 'completed', "
            "0, ?, ?)"));
        query.addBindValue(uuidText(order));
        query.addBindValue(event);
        query.addBindValue(now);
        query.addBindValue(now);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        query.prepare(QStringLiteral(
            "INSERT INTO tickets (id, order_id, position, event_id, seat_id, seat_index, seat_label, "
            "price_cents, status, created_ms, updated_ms) VALUES (?, ?, 0, ?, ?, ?, '', 0, 'confirmed', ?, "
            "?)"));
        query.addBindValue(uuidText(newTimeOrderedUuid()));
        query.addBindValue(uuidText(order));
        query.addBindValue(event);
        query.addBindValue(uuidText(entry.layout.seats[seat].id));
        query.addBindValue(qint64(seat));
        query.addBindValue(now);
        query.addBindValue(now);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        query.prepare(QStringLiteral("INSERT INTO change_sequences (event_id, seq) VALUES (?, 1) ON CONFLICT "
                                     "(event_id) DO UPDATE SET seq = change_sequences.seq + 1"));
        query.addBindValue(event);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        QVERIFY(db.commit());
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

void TestPostgresPeers::missedNoticeIsCaughtUp()
{
    Terminals t;
    openTerminals(t, 3, 6);
    if (QTest::currentTestFailed())
        return;
    const DatabaseUrl &url = t.url;
    auto &office = t.first;
    auto &other = t.second;
    const Result<Event> &event = t.event;
    const auto entry = office->catalogEntry(event->id);
    const EventSpace *space = office->seatSpace(event->id);

    // A sale whose notice was lost, then an ordinary one: the next notice's number jumps.
    sellSilently(url, *entry, 4);
    if (QTest::currentTestFailed())
        return;
    const Result<Hold> hold =
        other->holdSeats({event->id, {entry->layout.seats[6].id}, QStringLiteral("box-2")}).result();
    QVERIFY(hold);
    QVERIFY(other->sell(hold->id, {QStringLiteral("box-2")}).result());
    QTRY_COMPARE_WITH_TIMEOUT(space->seatState(6), SeatState::Sold, 5'000);
    QTRY_COMPARE_WITH_TIMEOUT(space->seatState(4), SeatState::Sold, 5'000);

    // A lost notice with nothing after it: the periodic check of the change sequences.
    sellSilently(url, *entry, 5);
    if (QTest::currentTestFailed())
        return;
    QTRY_COMPARE_WITH_TIMEOUT(space->seatState(5), SeatState::Sold, 30'000);
    QCOMPARE(space->counts().sold, qint64(3));
}

void TestPostgresPeers::racingTerminalsNeverBothSell()
{
    Terminals t;
    openTerminals(t, 4, 10);
    if (QTest::currentTestFailed())
        return;
    const DatabaseUrl &url = t.url;
    auto &first = t.first;
    auto &second = t.second;
    const Result<Event> &event = t.event;
    const auto entry = first->catalogEntry(event->id);
    int bothHeld = 0;
    qint64 sold = 0;
    for (int seat = 0; seat < 40; ++seat) {
        const QList<QUuid> seats{entry->layout.seats[seat].id};
        // Both terminals hold before either can have heard of the other: the space of each
        // lets its clerk hold, and the database decides the sale.
        auto holdA = first->holdSeats({event->id, seats, QStringLiteral("box-1")});
        auto holdB = second->holdSeats({event->id, seats, QStringLiteral("box-2")});
        const Result<Hold> a = holdA.result();
        const Result<Hold> b = holdB.result();
        bothHeld += a && b;
        auto saleA = a ? first->sell(a->id, {QStringLiteral("box-1")}) : QFuture<Result<Order>>();
        auto saleB = b ? second->sell(b->id, {QStringLiteral("box-2")}) : QFuture<Result<Order>>();
        const bool soldA = a && saleA.result();
        const bool soldB = b && saleB.result();
        QVERIFY2(!(soldA && soldB), qPrintable(QStringLiteral("seat %1 sold by both terminals").arg(seat)));
        if (!soldA && a)
            QCOMPARE(saleA.result().errorCode(), ErrorCode::SeatUnavailable);
        if (!soldB && b)
            QCOMPARE(saleB.result().errorCode(), ErrorCode::SeatUnavailable);
        sold += soldA || soldB;
    }
    qInfo("both terminals held the same seat %d time(s) out of 40", bothHeld);
    QCOMPARE(sold, qint64(40));
    checkDatabase(url, event->id, 40, {});
    QTRY_COMPARE_WITH_TIMEOUT(first->seatSpace(event->id)->counts().sold, qint64(40), 5'000);
    QTRY_COMPARE_WITH_TIMEOUT(second->seatSpace(event->id)->counts().sold, qint64(40), 5'000);
}

void TestPostgresPeers::outageLosesNoAcknowledgedSale()
{
    QString error;
    const DatabaseUrl url = m_private.createDatabase(&error);
    QVERIFY2(!url.database.isEmpty(), qPrintable(error));
    PumpConfig pump;
    pump.retryInitialMs = 20;
    pump.retryMaxMs = 200;
    auto office = openOffice(url, pump);
    QVERIFY(office);
    const Result<Event> event = office->createEvent(concert(), smallHall(20, 100)).result();
    QVERIFY(event);
    const auto entry = office->catalogEntry(event->id);

    std::atomic<bool> stop{false};
    std::mutex mutex;
    QList<QUuid> acknowledged; // guarded by mutex
    std::atomic<qsizetype> acknowledgedCount{0};
    std::atomic<qint64> failed{0};
    std::thread seller([&] {
        for (int seat = 0; seat < 2000 && !stop; seat += 2) {
            const Result<Hold> hold =
                office
                    ->holdSeats({event->id,
                                 {entry->layout.seats[seat].id, entry->layout.seats[seat + 1].id},
                                 QStringLiteral("box-1")})
                    .result();
            if (!hold) {
                ++failed;
                continue;
            }
            const Result<Order> order = office->sell(hold->id, {QStringLiteral("box-1")}).result();
            if (order) {
                std::lock_guard lock(mutex);
                acknowledged.append(order->id);
                ++acknowledgedCount;
            } else
                ++failed;
        }
    });
    QTRY_VERIFY_WITH_TIMEOUT(acknowledgedCount > 20, 10'000);
    QVERIFY(m_private.control(QStringLiteral("stop")));
    QTRY_COMPARE_WITH_TIMEOUT(office->pump().state(), PumpState::DatabaseUnavailable, 10'000);
    const qsizetype beforeRestart = acknowledgedCount;
    QThread::msleep(1000);
    // Nothing is acknowledged while the database is down.
    QCOMPARE(acknowledgedCount.load(), beforeRestart);
    QVERIFY(office->pump().statistics().backlog > 0);
    QVERIFY(m_private.control(QStringLiteral("start")));
    QTRY_COMPARE_WITH_TIMEOUT(office->pump().state(), PumpState::Running, 15'000);
    QTRY_VERIFY_WITH_TIMEOUT(acknowledgedCount > beforeRestart + 20, 15'000);
    stop = true;
    seller.join();
    QTRY_COMPARE_WITH_TIMEOUT(office->pump().statistics().backlog, quint64(0), 15'000);
    QCOMPARE(failed.load(), qint64(0));
    const PumpStatistics stats = office->pump().statistics();
    qInfo("outage: %lld sale(s) acknowledged, %llu failed attempt(s) retried", qint64(acknowledged.size()),
          stats.errors);
    QVERIFY(stats.errors > 0);
    const qint64 soldSeats = office->seatSpace(event->id)->counts().sold;
    QCOMPARE(soldSeats, qint64(acknowledged.size()) * 2);
    checkDatabase(url, event->id, soldSeats, acknowledged);
}

void TestPostgresPeers::fullBacklogRefusesNewHolds()
{
    QString error;
    const DatabaseUrl url = m_private.createDatabase(&error);
    QVERIFY2(!url.database.isEmpty(), qPrintable(error));
    PumpConfig pump;
    pump.maxBacklog = 20;
    pump.retryInitialMs = 20;
    pump.retryMaxMs = 200;
    auto office = openOffice(url, pump);
    QVERIFY(office);
    const Result<Event> event = office->createEvent(concert(), smallHall(5, 20)).result();
    QVERIFY(event);
    const auto entry = office->catalogEntry(event->id);
    QVERIFY(m_private.control(QStringLiteral("stop")));
    Result<Hold> hold(ErrorCode::Internal, QString());
    int held = 0;
    for (int seat = 0; seat < 100; ++seat) {
        hold =
            office->holdSeats({event->id, {entry->layout.seats[seat].id}, QStringLiteral("box-1")}).result();
        if (!hold)
            break;
        ++held;
    }
    QVERIFY(!hold);
    QCOMPARE(hold.errorCode(), ErrorCode::StoreUnavailable);
    QVERIFY2(hold.error().message.contains(QStringLiteral("database is unavailable")),
             qPrintable(hold.error().message));
    QVERIFY(held > 20 && held < 100);
    QVERIFY(m_private.control(QStringLiteral("start")));
    QTRY_COMPARE_WITH_TIMEOUT(office->pump().statistics().backlog, quint64(0), 15'000);
    QCOMPARE(office->pump().state(), PumpState::Running);
    const Result<Hold> again =
        office->holdSeats({event->id, {entry->layout.seats[99].id}, QStringLiteral("box-1")}).result();
    QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (const int code = runSellerIfAsked(app.arguments()); code >= 0)
        return code;
    TestPostgresPeers test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_postgres_peers.moc"
