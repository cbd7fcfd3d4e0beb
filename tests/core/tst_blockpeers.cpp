#include "core/boxoffice/localboxoffice.h"
#include "tests/support/offices.h"
#include "tests/support/pgcluster.h"
#include "tests/support/venues.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace tessera;
using namespace tessera::test;

/// Seat blocks with their reasons between two box offices on one database (two terminals, or a
/// terminal and the layout editor of another): on a SQLite file and on a real PostgreSQL server.
/// A block given in one shows in the other with its reason, without reopening the event, and an
/// unblock frees the seat there again, round after round.
class TestBlockPeers final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void blocksAndReasonsShowInTheOtherTerminal_data();
    void blocksAndReasonsShowInTheOtherTerminal();

private:
    PgCluster m_postgres;
    bool m_postgresRunning = false;
    QString m_postgresError;
};

void TestBlockPeers::initTestCase()
{
    m_postgresRunning = m_postgres.start();
    if (!m_postgresRunning)
        m_postgresError = m_postgres.errorString();
}

void TestBlockPeers::blocksAndReasonsShowInTheOtherTerminal_data()
{
    QTest::addColumn<bool>("postgres");
    QTest::newRow("sqlite") << false;
    QTest::newRow("postgresql") << true;
}

void TestBlockPeers::blocksAndReasonsShowInTheOtherTerminal()
{
    QFETCH(bool, postgres);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    DatabaseUrl url;
    if (postgres) {
        if (!m_postgresRunning)
            QSKIP(qPrintable(m_postgresError));
        QString error;
        url = m_postgres.createDatabase(&error);
        QVERIFY2(!url.database.isEmpty(), qPrintable(error));
    } else {
        url = *DatabaseUrl::parse(QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("tessera.db")));
    }
    auto first = openOffice(url);
    QVERIFY(first);
    const Result<Event> event = first->createEvent(concert(), smallHall(3, 6)).result();
    QVERIFY2(event, qPrintable(event ? QString() : event.error().message));
    auto second = openOffice(url);
    QVERIFY(second);
    const auto entry = first->catalogEntry(event->id);
    const QList<QUuid> seats{entry->layout.seats[2].id, entry->layout.seats[4].id};
    const EventSpace *there = second->seatSpace(event->id);
    QVERIFY(there);
    QSignalSpy entries(second.get(), &BoxOffice::eventsChanged);
    auto reasonThere = [&](int seat) {
        return second->catalogEntry(event->id)->layout.seats[seat].blockReason;
    };

    // Blocks and unblocks in turn: each re-read the block's reason causes in the other terminal
    // meets the seat changes of the blocks around it.
    for (int round = 1; round <= 6; ++round) {
        const QString reason = QStringLiteral("Press %1").arg(round);
        const Status blocked = first->blockSeats(event->id, seats, reason).result();
        QVERIFY2(blocked, qPrintable(blocked ? QString() : blocked.error().message));
        QTRY_COMPARE_WITH_TIMEOUT(there->seatState(2), SeatState::Blocked, 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(there->seatState(4), SeatState::Blocked, 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(reasonThere(2), reason, 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(reasonThere(4), reason, 10'000);
        QVERIFY(!entries.isEmpty()); // the other terminal's windows hear of the new entry

        // A new reason for seats blocked already changes only the reason.
        if (round == 3) {
            const Status renamed = first->blockSeats(event->id, {seats[0]}, QStringLiteral("Crew")).result();
            QVERIFY(renamed);
            QTRY_COMPARE_WITH_TIMEOUT(reasonThere(2), QStringLiteral("Crew"), 10'000);
            QCOMPARE(reasonThere(4), reason);
            QCOMPARE(there->seatState(2), SeatState::Blocked);
        }

        const Status unblocked = first->unblockSeats(event->id, seats).result();
        QVERIFY2(unblocked, qPrintable(unblocked ? QString() : unblocked.error().message));
        QTRY_COMPARE_WITH_TIMEOUT(there->seatState(2), SeatState::Available, 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(there->seatState(4), SeatState::Available, 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(reasonThere(2), QString(), 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(reasonThere(4), QString(), 10'000);
    }

    // The other way round, and the seat stays blocked for good there.
    const Status blocked = second->blockSeats(event->id, {seats[1]}, QStringLiteral("Broken")).result();
    QVERIFY(blocked);
    const EventSpace *here = first->seatSpace(event->id);
    QTRY_COMPARE_WITH_TIMEOUT(here->seatState(4), SeatState::Blocked, 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(first->catalogEntry(event->id)->layout.seats[4].blockReason,
                              QStringLiteral("Broken"), 10'000);
    // Nothing the first terminal still holds can undo it: both read the same database.
    QTest::qWait(1'500);
    QCOMPARE(here->seatState(4), SeatState::Blocked);
    QCOMPARE(there->seatState(4), SeatState::Blocked);
    QCOMPARE(here->seatState(2), SeatState::Available);
    QCOMPARE(there->seatState(2), SeatState::Available);
}

QTEST_GUILESS_MAIN(TestBlockPeers)
#include "tst_blockpeers.moc"
