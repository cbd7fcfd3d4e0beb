#include "core/common/clock.h"
#include "core/common/ids.h"
#include "core/waitingroom/chacha20.h"
#include "core/waitingroom/waitingroom.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <thread>
#include <vector>

using namespace tessera;

namespace {

constexpr qint64 kMinute = 60'000;

QList<QUuid> makeUsers(int count)
{
    QList<QUuid> users;
    for (int i = 0; i < count; ++i)
        users.append(newUuid());
    return users;
}

QList<QUuid> joinAll(WaitingRoom &room, const QList<QUuid> &users)
{
    QList<QUuid> sessions;
    for (const QUuid &user : users) {
        const Result<QueueTicket> ticket = room.join(user);
        if (ticket)
            sessions.append(ticket->sessionId);
    }
    return sessions;
}

QList<QUuid> waitingOrder(const WaitingRoom &room)
{
    QList<QUuid> users;
    const qint64 count = room.waitingCount();
    for (qint64 k = 1; k <= count; ++k)
        users.append(room.entryAtPosition(k)->userId);
    return users;
}

} // namespace

class TestWaitingRoom final : public QObject
{
    Q_OBJECT

private slots:
    void joinIsIdempotent();
    void badInputIsRejectedAndChangesNothing_data();
    void badInputIsRejectedAndChangesNothing();
    void positionsMoveForward();
    void rateAdmissionCarriesFractions_data();
    void rateAdmissionCarriesFractions();
    void creditDoesNotPileUpWhileNobodyWaits();
    void sessionsExpireUnlessRefreshed();
    void purchaseNeedsActiveSession();
    void finishedEntriesRejoinAtTheBack();
    void configIsValidated();
    void estimatedWaitFollowsMeasuredRate();
    void statisticsCountEveryEntry();
    void preQueueDrawIsReproducible();
    void preQueueDrawIncludesOnlyThoseStillWaiting();
    void emptyOpenRoomTakesAPreQueueWithANewSeed();
    void windowsReadTheLineAndTheSessions();
    void fairShuffleMatchesPublishedProcedure();
    void randomOperationsMatchReferenceModel();
    void largeQueueMatchesReferenceModel();
    void sessionStreamMatchesRfc8439();
    void concurrentUseKeepsPositionsDense();
};

void TestWaitingRoom::joinIsIdempotent()
{
    ManualClock clock;
    WaitingRoom room(newUuid(), &clock);
    const QList<QUuid> users = makeUsers(3);
    joinAll(room, users);

    clock.advanceMs(1000);
    const Result<QueueTicket> first = room.position(users[2]);
    QVERIFY(first);
    const Result<QueueTicket> again = room.join(users[2]);
    QVERIFY(again);
    QCOMPARE(*again, *first);
    QCOMPARE(again->position, 3);
    QCOMPARE(again->status, QueueStatus::Waiting);
    QCOMPARE(again->enteredAtMs, clock.nowMs() - 1000);
    QVERIFY(!again->expiresAtMs);
    QCOMPARE(room.waitingCount(), 3);

    QVERIFY(room.leave(users[0]));
    const Result<QueueTicket> moved = room.join(users[2]);
    QCOMPARE(moved->sessionId, first->sessionId);
    QCOMPARE(moved->entryId, first->entryId);
    QCOMPARE(moved->position, 2);

    QCOMPARE(room.statusBySession(first->sessionId)->userId, users[2]);
    QCOMPARE(first->sessionId.version(), QUuid::Random);
    QCOMPARE(first->sessionId.variant(), QUuid::DCE);
}

void TestWaitingRoom::badInputIsRejectedAndChangesNothing_data()
{
    QTest::addColumn<int>("call");
    QTest::addColumn<ErrorCode>("expected");
    QTest::newRow("join null user") << 0 << ErrorCode::InvalidInput;
    QTest::newRow("leave null user") << 1 << ErrorCode::InvalidInput;
    QTest::newRow("leave unknown user") << 2 << ErrorCode::NotFound;
    QTest::newRow("position unknown user") << 3 << ErrorCode::NotFound;
    QTest::newRow("status null session") << 4 << ErrorCode::InvalidInput;
    QTest::newRow("status unknown session") << 5 << ErrorCode::NotFound;
    QTest::newRow("refresh unknown session") << 6 << ErrorCode::NotFound;
    QTest::newRow("refresh waiting session") << 7 << ErrorCode::SessionNotActive;
    QTest::newRow("complete waiting session") << 8 << ErrorCode::SessionNotActive;
    QTest::newRow("admit negative") << 9 << ErrorCode::InvalidInput;
    QTest::newRow("position zero") << 10 << ErrorCode::InvalidInput;
    QTest::newRow("position past the end") << 11 << ErrorCode::NotFound;
    QTest::newRow("purchase unknown session") << 12 << ErrorCode::NotFound;
}

void TestWaitingRoom::badInputIsRejectedAndChangesNothing()
{
    QFETCH(int, call);
    QFETCH(ErrorCode, expected);
    ManualClock clock;
    WaitingRoom room(newUuid(), &clock);
    const QList<QUuid> users = makeUsers(3);
    const QList<QUuid> sessions = joinAll(room, users);
    const QList<QUuid> before = waitingOrder(room);

    ErrorCode code = ErrorCode::Internal;
    switch (call) {
    case 0:
        code = room.join(QUuid()).errorCode();
        break;
    case 1:
        code = room.leave(QUuid()).errorCode();
        break;
    case 2:
        code = room.leave(newUuid()).errorCode();
        break;
    case 3:
        code = room.position(newUuid()).errorCode();
        break;
    case 4:
        code = room.statusBySession(QUuid()).errorCode();
        break;
    case 5:
        code = room.statusBySession(newUuid()).errorCode();
        break;
    case 6:
        code = room.refresh(newUuid()).errorCode();
        break;
    case 7:
        code = room.refresh(sessions[1]).errorCode();
        break;
    case 8:
        code = room.complete(sessions[1]).errorCode();
        break;
    case 9:
        code = room.admitNext(-1).errorCode();
        break;
    case 10:
        code = room.entryAtPosition(0).errorCode();
        break;
    case 11:
        code = room.entryAtPosition(4).errorCode();
        break;
    case 12:
        code = room.checkPurchaseAllowed(newUuid()).errorCode();
        break;
    }
    QCOMPARE(code, expected);
    QCOMPARE(waitingOrder(room), before);
    QCOMPARE(room.activeCount(), 0);
    QCOMPARE(room.statistics().totalJoined, 3);
}

void TestWaitingRoom::positionsMoveForward()
{
    ManualClock clock;
    WaitingRoomConfig config;
    config.sessionTtlMs = kMinute;
    WaitingRoom room(newUuid(), &clock, config);
    const QList<QUuid> users = makeUsers(6);
    joinAll(room, users);
    QCOMPARE(room.position(users[5])->position, 6);

    QVERIFY(room.leave(users[1]));
    QCOMPARE(room.position(users[5])->position, 5);
    QCOMPARE(room.position(users[2])->position, 2);
    QCOMPARE(room.position(users[1]).errorCode(), ErrorCode::NotFound);

    const Result<QList<QueueTicket>> admitted = room.admitNext(2);
    QVERIFY(admitted);
    QCOMPARE(admitted->size(), 2);
    QCOMPARE(admitted->at(0).userId, users[0]);
    QCOMPARE(admitted->at(1).userId, users[2]);
    QCOMPARE(admitted->at(0).status, QueueStatus::Active);
    QCOMPARE(admitted->at(0).position, 0);
    QCOMPARE(*admitted->at(0).expiresAtMs, clock.nowMs() + kMinute);
    QCOMPARE(room.position(users[5])->position, 3);
    QCOMPARE(room.entryAtPosition(1)->userId, users[3]);

    // Expiry of the admitted sessions ends them without disturbing the waiting order.
    clock.advanceMs(kMinute);
    const WaitingRoomTick tick = room.tick();
    QCOMPARE(tick.expired, 2);
    QCOMPARE(room.position(users[0])->status, QueueStatus::Expired);
    QCOMPARE(room.position(users[5])->position, 3);
    QCOMPARE(room.activeCount(), 0);

    // Admitting more than wait admits everyone left, in order.
    const Result<QList<QueueTicket>> rest = room.admitNext(10);
    QCOMPARE(rest->size(), 3);
    QCOMPARE(rest->at(2).userId, users[5]);
    QCOMPARE(room.waitingCount(), 0);
    QCOMPARE(room.admitNext(1)->size(), 0);
}

void TestWaitingRoom::rateAdmissionCarriesFractions_data()
{
    QTest::addColumn<int>("perMinute");
    QTest::addColumn<qint64>("tickEveryMs");
    QTest::addColumn<int>("ticks");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("one per minute, ticks of 1 s") << 1 << qint64(1000) << 150 << qint64(2);
    QTest::newRow("7 per minute, ticks of 1 s") << 7 << qint64(1000) << 60 << qint64(7);
    QTest::newRow("90 per minute, ticks of 1 s") << 90 << qint64(1000) << 3 << qint64(4);
    QTest::newRow("100 per minute, ticks of 7 ms") << 100 << qint64(7) << 6000 << qint64(70);
    QTest::newRow("one late tick catches up") << 30 << qint64(10 * 60'000) << 1 << qint64(300);
    QTest::newRow("manual only") << 0 << qint64(1000) << 100 << qint64(0);
}

void TestWaitingRoom::rateAdmissionCarriesFractions()
{
    QFETCH(int, perMinute);
    QFETCH(qint64, tickEveryMs);
    QFETCH(int, ticks);
    QFETCH(qint64, expected);
    ManualClock clock;
    WaitingRoomConfig config;
    config.admissionsPerMinute = perMinute;
    config.sessionTtlMs = 24 * 60 * kMinute;
    WaitingRoom room(newUuid(), &clock, config);
    joinAll(room, makeUsers(1000));

    qint64 admitted = 0;
    for (int i = 0; i < ticks; ++i) {
        clock.advanceMs(tickEveryMs);
        admitted += room.tick().admitted;
    }
    QCOMPARE(admitted, expected);
    QCOMPARE(room.activeCount(), expected);
    QCOMPARE(room.waitingCount(), 1000 - expected);
}

void TestWaitingRoom::creditDoesNotPileUpWhileNobodyWaits()
{
    ManualClock clock;
    WaitingRoom room(newUuid(), &clock, WaitingRoomConfig{60, kMinute, std::nullopt});
    clock.advanceMs(60 * kMinute);
    QCOMPARE(room.tick().admitted, 0);
    joinAll(room, makeUsers(10));
    QCOMPARE(room.tick().admitted, 0);
    clock.advanceMs(1000);
    QCOMPARE(room.tick().admitted, 1);
}

void TestWaitingRoom::sessionsExpireUnlessRefreshed()
{
    ManualClock clock;
    WaitingRoom room(newUuid(), &clock, WaitingRoomConfig{0, 10'000, std::nullopt});
    const QList<QUuid> users = makeUsers(2);
    const QList<QUuid> sessions = joinAll(room, users);
    QCOMPARE(room.admitNext(2)->size(), 2);

    clock.advanceMs(8'000);
    const Result<QueueTicket> refreshed = room.refresh(sessions[0]);
    QVERIFY(refreshed);
    QCOMPARE(*refreshed->expiresAtMs, clock.nowMs() + 10'000);
    QCOMPARE(*room.statusBySession(sessions[0])->expiresAtMs, clock.nowMs() + 10'000);

    // Expiry is applied by any call, not only tick: a lapsed session is never reported active.
    clock.advanceMs(2'000);
    QCOMPARE(room.statusBySession(sessions[1])->status, QueueStatus::Expired);
    QVERIFY(!room.statusBySession(sessions[1])->expiresAtMs);
    QCOMPARE(room.refresh(sessions[1]).errorCode(), ErrorCode::SessionNotActive);
    QCOMPARE(room.activeCount(), 1);

    clock.advanceMs(7'999);
    QCOMPARE(room.statusBySession(sessions[0])->status, QueueStatus::Active);
    clock.advanceMs(1);
    QCOMPARE(room.statusBySession(sessions[0])->status, QueueStatus::Expired);
    QCOMPARE(room.statistics().totalExpired, 2);
}

void TestWaitingRoom::purchaseNeedsActiveSession()
{
    ManualClock clock;
    WaitingRoom room(newUuid(), &clock, WaitingRoomConfig{0, 10'000, std::nullopt});
    const QList<QUuid> sessions = joinAll(room, makeUsers(2));
    QCOMPARE(room.checkPurchaseAllowed(sessions[0]).errorCode(), ErrorCode::SessionNotActive);
    QCOMPARE(room.checkPurchaseAllowed(QUuid()).errorCode(), ErrorCode::InvalidInput);

    QVERIFY(room.admitNext(1));
    QVERIFY(room.checkPurchaseAllowed(sessions[0]));
    QCOMPARE(room.checkPurchaseAllowed(sessions[1]).errorCode(), ErrorCode::SessionNotActive);

    const Result<QueueTicket> done = room.complete(sessions[0]);
    QVERIFY(done);
    QCOMPARE(done->status, QueueStatus::Completed);
    QVERIFY(!done->expiresAtMs);
    QCOMPARE(room.checkPurchaseAllowed(sessions[0]).errorCode(), ErrorCode::SessionNotActive);
    QCOMPARE(room.complete(sessions[0]).errorCode(), ErrorCode::SessionNotActive);
    QCOMPARE(room.activeCount(), 0);

    QVERIFY(room.admitNext(1));
    clock.advanceMs(10'000);
    QCOMPARE(room.checkPurchaseAllowed(sessions[1]).errorCode(), ErrorCode::SessionNotActive);
}

void TestWaitingRoom::finishedEntriesRejoinAtTheBack()
{
    ManualClock clock;
    WaitingRoom room(newUuid(), &clock, WaitingRoomConfig{0, 10'000, std::nullopt});
    const QList<QUuid> users = makeUsers(3);
    const QList<QUuid> sessions = joinAll(room, users);
    QVERIFY(room.admitNext(1));
    clock.advanceMs(10'000);

    const Result<QueueTicket> again = room.join(users[0]);
    QVERIFY(again);
    QCOMPARE(again->status, QueueStatus::Waiting);
    QCOMPARE(again->position, 3);
    QVERIFY(again->sessionId != sessions[0]);
    QCOMPARE(again->entryId, 4u);
    QCOMPARE(room.statusBySession(sessions[0])->status, QueueStatus::Expired);

    QVERIFY(room.leave(users[1]));
    QCOMPARE(room.statusBySession(sessions[1]).errorCode(), ErrorCode::NotFound);
    QCOMPARE(room.join(users[1])->position, 3);
    QCOMPARE(waitingOrder(room), (QList<QUuid>{users[2], users[0], users[1]}));
}

void TestWaitingRoom::configIsValidated()
{
    QVERIFY(WaitingRoom::validateConfig({}));
    QCOMPARE(WaitingRoom::validateConfig({-1, kMinute, std::nullopt}).errorCode(), ErrorCode::InvalidInput);
    QCOMPARE(WaitingRoom::validateConfig({10, 0, std::nullopt}).errorCode(), ErrorCode::InvalidInput);
    QCOMPARE(WaitingRoom::validateConfig({10, kMinute, -5}).errorCode(), ErrorCode::InvalidInput);

    ManualClock clock;
    WaitingRoom room(newUuid(), &clock);
    QCOMPARE(room.config().sessionTtlMs, 15 * kMinute);
    QCOMPARE(room.setConfig({-1, kMinute, std::nullopt}).errorCode(), ErrorCode::InvalidInput);
    QCOMPARE(room.config(), WaitingRoomConfig{});
    QVERIFY(room.join(newUuid())); // an empty room could still take a pre-queue
    QCOMPARE(room.setConfig({0, kMinute, clock.nowMs() + kMinute}).errorCode(), ErrorCode::Conflict);
    const WaitingRoomConfig changed{20, 2 * kMinute, clock.nowMs() - kMinute};
    QVERIFY(room.setConfig(changed));
    QCOMPARE(room.config(), changed);
}

void TestWaitingRoom::estimatedWaitFollowsMeasuredRate()
{
    ManualClock clock;
    WaitingRoom room(newUuid(), &clock);
    joinAll(room, makeUsers(200));
    QVERIFY(!room.estimatedWaitMs(10));
    QCOMPARE(room.estimatedWaitMs(0), 0);

    QVERIFY(room.setConfig({30, 15 * kMinute, std::nullopt}));
    QCOMPARE(room.estimatedWaitMs(15), 30'000);

    // 60 admissions over the last two minutes measure as 30 per minute...
    for (int i = 0; i < 12; ++i) {
        clock.advanceMs(10'000);
        QVERIFY(room.admitNext(5));
    }
    QVERIFY(room.setConfig({0, 15 * kMinute, std::nullopt}));
    QCOMPARE(room.statistics().admissionsPerMinute, 30.0);
    QCOMPARE(room.estimatedWaitMs(30), kMinute);
    // ...and the measurement wins over the configured rate.
    QVERIFY(room.setConfig({1, 15 * kMinute, std::nullopt}));
    QCOMPARE(room.estimatedWaitMs(30), kMinute);

    // Once the window has slid past the admissions, the configured rate is used again.
    clock.advanceMs(10 * kMinute);
    QCOMPARE(room.estimatedWaitMs(3), 3 * kMinute);
}

void TestWaitingRoom::statisticsCountEveryEntry()
{
    ManualClock clock;
    WaitingRoom room(newUuid(), &clock, WaitingRoomConfig{0, 10'000, std::nullopt});
    const QList<QUuid> users = makeUsers(10);
    const QList<QUuid> sessions = joinAll(room, users);
    QVERIFY(room.leave(users[9]));
    QCOMPARE(room.admitNext(3)->size(), 3);
    QVERIFY(room.complete(sessions[0]));
    clock.advanceMs(10'000);

    const WaitingRoomStatistics stats = room.statistics();
    QCOMPARE(stats.totalJoined, 10);
    QCOMPARE(stats.totalLeft, 1);
    QCOMPARE(stats.totalAdmitted, 3);
    QCOMPARE(stats.totalCompleted, 1);
    QCOMPARE(stats.totalExpired, 2);
    QCOMPARE(stats.waiting, 6);
    QCOMPARE(stats.active, 0);
    // 10 arrivals within the first minute count over one minute.
    QCOMPARE(stats.arrivalsPerMinute, 10.0);
}

void TestWaitingRoom::preQueueDrawIsReproducible()
{
    ManualClock clock;
    const qint64 opening = clock.nowMs() + 10 * kMinute;
    WaitingRoom room(newUuid(), &clock, WaitingRoomConfig{0, kMinute, opening});
    const QString published = room.seedHash();
    QCOMPARE(published.size(), 64);
    QVERIFY(room.revealedSeed().isEmpty());

    const QList<QUuid> users = makeUsers(50);
    for (const QUuid &user : users) {
        clock.advanceMs(1000);
        const Result<QueueTicket> ticket = room.join(user);
        QCOMPARE(ticket->status, QueueStatus::Waiting);
        QCOMPARE(ticket->position, 0);
    }
    QCOMPARE(room.preQueueCount(), 50);
    QCOMPARE(room.waitingCount(), 0);
    QCOMPARE(room.admitNext(1).errorCode(), ErrorCode::QueueClosed);
    QVERIFY(room.revealedSeed().isEmpty());

    clock.setNowMs(opening);
    const WaitingRoomTick tick = room.tick();
    QVERIFY(tick.opened);
    QCOMPARE(room.preQueueCount(), 0);
    QCOMPARE(room.waitingCount(), 50);
    QVERIFY(!room.tick().opened);

    const QByteArray seed = QByteArray::fromHex(room.revealedSeed().toLatin1());
    QCOMPARE(seed.size(), 32);
    QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(seed, QCryptographicHash::Sha256).toHex()),
             published);
    QCOMPARE(room.seedHash(), published);

    const QList<QUuid> drawnFrom = room.preQueueUsers();
    QCOMPARE(QSet<QUuid>(drawnFrom.cbegin(), drawnFrom.cend()), QSet<QUuid>(users.cbegin(), users.cend()));
    const Result<QList<QUuid>> expected = WaitingRoom::shuffledOrder(seed, users);
    QVERIFY(expected);
    QCOMPARE(waitingOrder(room), *expected);
    QVERIFY(*expected != users); // 1 in 50! chance of a false failure
    for (qint64 k = 1; k <= 50; ++k)
        QCOMPARE(room.position(expected->at(k - 1))->position, k);

    const QUuid late = newUuid();
    QCOMPARE(room.join(late)->position, 51);
    QCOMPARE(room.admitNext(1)->at(0).userId, expected->at(0));
    QCOMPARE(room.position(late)->position, 50);
}

void TestWaitingRoom::emptyOpenRoomTakesAPreQueueWithANewSeed()
{
    ManualClock clock;
    WaitingRoom room(newUuid(), &clock);
    const QString firstSeed = room.revealedSeed();
    QVERIFY(!firstSeed.isEmpty()); // open at once without an opening time
    const qint64 opening = clock.nowMs() + kMinute;
    QVERIFY(room.setConfig(WaitingRoomConfig{0, kMinute, opening}));
    QVERIFY(room.revealedSeed().isEmpty());
    QVERIFY(room.seedHash()
            != QString::fromLatin1(QCryptographicHash::hash(QByteArray::fromHex(firstSeed.toLatin1()),
                                                            QCryptographicHash::Sha256)
                                       .toHex()));
    const QList<QUuid> users = makeUsers(5);
    joinAll(room, users);
    QCOMPARE(room.preQueueCount(), 5);
    // Once open with people in it, the opening is fixed.
    clock.setNowMs(opening);
    QCOMPARE(room.waitingCount(), 5);
    QCOMPARE(room.setConfig(WaitingRoomConfig{0, kMinute, opening + kMinute}).errorCode(),
             ErrorCode::Conflict);
}

void TestWaitingRoom::windowsReadTheLineAndTheSessions()
{
    ManualClock clock;
    WaitingRoom room(newUuid(), &clock);
    const QList<QUuid> users = makeUsers(1000);
    joinAll(room, users);
    QVERIFY(room.leave(users[500]));
    QList<QueueTicket> window = room.waitingWindow(499, 4);
    QCOMPARE(window.size(), 4);
    QCOMPARE(window[0].userId, users[498]);
    QCOMPARE(window[0].position, 499);
    QCOMPARE(window[2].userId, users[501]);
    QCOMPARE(window[2].position, 501);
    QCOMPARE(room.waitingWindow(998, 10).size(), 2); // 999 waiting
    QVERIFY(room.waitingWindow(0, 10).isEmpty());
    QVERIFY(room.waitingWindow(1, 0).isEmpty());
    QVERIFY(room.waitingWindow(1000, 10).isEmpty());

    QVERIFY(room.admitNext(3));
    clock.advanceMs(1000);
    QVERIFY(room.admitNext(2));
    clock.advanceMs(1000);
    QVERIFY(room.refresh(room.position(users[0])->sessionId)); // now the last to expire
    const QList<QueueTicket> sessions = room.activeSessions(10);
    QCOMPARE(sessions.size(), 5);
    QCOMPARE(sessions[0].userId, users[1]);
    QCOMPARE(sessions[4].userId, users[0]);
    for (const QueueTicket &session : sessions)
        QCOMPARE(session.status, QueueStatus::Active);
    QCOMPARE(room.activeSessions(2).size(), 2);
    QCOMPARE(room.waitingWindow(1, 1).first().userId, users[5]);
}

void TestWaitingRoom::preQueueDrawIncludesOnlyThoseStillWaiting()
{
    ManualClock clock;
    const qint64 opening = clock.nowMs() + kMinute;
    WaitingRoom room(newUuid(), &clock, WaitingRoomConfig{0, kMinute, opening});
    const QList<QUuid> users = makeUsers(8);
    joinAll(room, users);
    QVERIFY(room.leave(users[3]));
    QVERIFY(room.leave(users[5]));
    QVERIFY(room.join(users[5])); // back in the pre-queue with a new entry
    QCOMPARE(room.preQueueCount(), 7);

    // Any call at or after the opening time opens the room, not only tick().
    clock.setNowMs(opening + 5);
    QCOMPARE(room.waitingCount(), 7);
    QList<QUuid> still = users;
    still.removeAt(3);
    const QByteArray seed = QByteArray::fromHex(room.revealedSeed().toLatin1());
    QCOMPARE(waitingOrder(room), *WaitingRoom::shuffledOrder(seed, still));
    QCOMPARE(room.position(users[3]).errorCode(), ErrorCode::NotFound);
    QCOMPARE(WaitingRoom::shuffledOrder(seed.left(31), still).errorCode(), ErrorCode::InvalidInput);
    QCOMPARE(WaitingRoom::shuffledOrder(QByteArray(32, '\0'), still).errorCode(), ErrorCode::InvalidInput);
}

void TestWaitingRoom::fairShuffleMatchesPublishedProcedure()
{
    // Expected order computed independently from the procedure documented in fairshuffle.h.
    QByteArray seed;
    for (int i = 1; i <= 32; ++i)
        seed.append(char(i));
    const QList<QUuid> users = {
        QUuid(u"f0000000-0000-4000-8000-000000000001"), QUuid(u"0a000000-0000-4000-8000-000000000002"),
        QUuid(u"c3000000-0000-4000-8000-000000000003"), QUuid(u"5b000000-0000-4000-8000-000000000004"),
        QUuid(u"00000000-0000-4000-8000-000000000005"), QUuid(u"ffffffff-0000-4000-8000-000000000006"),
        QUuid(u"7e000000-0000-4000-8000-000000000007"), QUuid(u"12345678-9abc-4def-8123-456789abcdef"),
    };
    const QList<QUuid> expected = {
        QUuid(u"7e000000-0000-4000-8000-000000000007"), QUuid(u"f0000000-0000-4000-8000-000000000001"),
        QUuid(u"5b000000-0000-4000-8000-000000000004"), QUuid(u"12345678-9abc-4def-8123-456789abcdef"),
        QUuid(u"0a000000-0000-4000-8000-000000000002"), QUuid(u"ffffffff-0000-4000-8000-000000000006"),
        QUuid(u"c3000000-0000-4000-8000-000000000003"), QUuid(u"00000000-0000-4000-8000-000000000005"),
    };
    QCOMPARE(*WaitingRoom::shuffledOrder(seed, users), expected);
    // The input order does not matter: users are sorted before the shuffle.
    QList<QUuid> reversed(users.crbegin(), users.crend());
    QCOMPARE(*WaitingRoom::shuffledOrder(seed, reversed), expected);
}

void TestWaitingRoom::randomOperationsMatchReferenceModel()
{
    ManualClock clock;
    WaitingRoom room(newUuid(), &clock, WaitingRoomConfig{0, 24 * 60 * kMinute, std::nullopt});
    QRandomGenerator random(20261121);
    const QList<QUuid> pool = makeUsers(300);
    std::vector<QUuid> waiting; // the reference: waiting users in queue order
    QSet<QUuid> active;

    for (int step = 0; step < 5000; ++step) {
        const QUuid user = pool[random.bounded(int(pool.size()))];
        const auto inQueue = std::find(waiting.begin(), waiting.end(), user);
        switch (random.bounded(10)) {
        case 0:
        case 1:
        case 2:
        case 3: {
            const Result<QueueTicket> ticket = room.join(user);
            QVERIFY(ticket);
            if (inQueue == waiting.end() && !active.contains(user))
                waiting.push_back(user);
            if (active.contains(user))
                QCOMPARE(ticket->status, QueueStatus::Active);
            else
                QCOMPARE(ticket->position,
                         qint64(std::find(waiting.begin(), waiting.end(), user) - waiting.begin()) + 1);
            break;
        }
        case 4:
        case 5: {
            const Status left = room.leave(user);
            if (inQueue != waiting.end()) {
                QVERIFY(left);
                waiting.erase(inQueue);
            } else if (active.remove(user)) {
                QVERIFY(left);
            } else {
                QCOMPARE(left.errorCode(), ErrorCode::NotFound);
            }
            break;
        }
        case 6: {
            const int n = random.bounded(4);
            const Result<QList<QueueTicket>> admitted = room.admitNext(n);
            QCOMPARE(admitted->size(), std::min<qsizetype>(n, qsizetype(waiting.size())));
            for (const QueueTicket &ticket : *admitted) {
                QCOMPARE(ticket.userId, waiting.front());
                active.insert(waiting.front());
                waiting.erase(waiting.begin());
            }
            break;
        }
        case 7: {
            if (active.isEmpty())
                break;
            const QUuid done = *active.cbegin();
            QVERIFY(room.complete(room.position(done)->sessionId));
            active.remove(done);
            break;
        }
        default: {
            const Result<QueueTicket> ticket = room.position(user);
            if (inQueue != waiting.end())
                QCOMPARE(ticket->position, qint64(inQueue - waiting.begin()) + 1);
            else if (active.contains(user))
                QCOMPARE(ticket->status, QueueStatus::Active);
            break;
        }
        }
        QCOMPARE(room.waitingCount(), qint64(waiting.size()));
        QCOMPARE(room.activeCount(), qint64(active.size()));
        if (!waiting.empty()) {
            const qint64 k = random.bounded(int(waiting.size())) + 1;
            const Result<QueueTicket> atK = room.entryAtPosition(k);
            QCOMPARE(atK->userId, waiting[std::size_t(k - 1)]);
            QCOMPARE(atK->position, k);
            QCOMPARE(room.position(atK->userId)->position, k);
            QCOMPARE(room.statusBySession(atK->sessionId)->position, k);
        }
    }
    QCOMPARE(waitingOrder(room), QList<QUuid>(waiting.cbegin(), waiting.cend()));
}

void TestWaitingRoom::largeQueueMatchesReferenceModel()
{
    // Enough entries to span many blocks of the position index and several table growths.
    ManualClock clock;
    WaitingRoom room(newUuid(), &clock, WaitingRoomConfig{0, 24 * 60 * kMinute, std::nullopt});
    const QList<QUuid> users = makeUsers(20'000);
    joinAll(room, users);
    QRandomGenerator random(7);
    QSet<QUuid> gone;
    for (int i = 0; i < 8'000; ++i) {
        const QUuid user = users[random.bounded(int(users.size()))];
        QCOMPARE(bool(room.leave(user)), !gone.contains(user));
        gone.insert(user);
    }
    std::vector<QUuid> waiting;
    for (const QUuid &user : users) {
        if (!gone.contains(user))
            waiting.push_back(user);
    }
    const Result<QList<QueueTicket>> admitted = room.admitNext(1'500);
    for (qsizetype i = 0; i < admitted->size(); ++i)
        QCOMPARE(admitted->at(i).userId, waiting[std::size_t(i)]);
    waiting.erase(waiting.begin(), waiting.begin() + 1'500);

    QCOMPARE(room.waitingCount(), qint64(waiting.size()));
    for (std::size_t i = 0; i < waiting.size(); ++i) {
        const qint64 k = qint64(i) + 1;
        QCOMPARE(room.position(waiting[i])->position, k);
        QCOMPARE(room.entryAtPosition(k)->userId, waiting[i]);
    }
}

void TestWaitingRoom::sessionStreamMatchesRfc8439()
{
    // RFC 8439 section 2.3.2: the ChaCha20 block function test vector.
    ChaCha20Stream::Key key;
    for (quint32 i = 0; i < 8; ++i)
        key[i] = (4 * i) | (4 * i + 1) << 8 | (4 * i + 2) << 16 | (4 * i + 3) << 24;
    const ChaCha20Stream::Block block = ChaCha20Stream::block(key, 1, {0x09000000, 0x4a000000, 0});
    const ChaCha20Stream::Block expected = {
        0xe4e7f110, 0x15593bd1, 0x1fdd0f50, 0xc47120a3, 0xc7f4d1c7, 0x0368c033, 0x9aaa2204, 0x4e6cd4c3,
        0x466482d2, 0x09aa9f07, 0x05d7c214, 0xa2028bd9, 0xd19c12b5, 0xb94e16de, 0xe883d0cb, 0x4e3c50a2,
    };
    QCOMPARE(block, expected);

    ChaCha20Stream stream(key);
    const ChaCha20Stream::Block first = ChaCha20Stream::block(key, 0, {0, 0, 0});
    QCOMPARE(stream.next(), quint64(first[0]) | quint64(first[1]) << 32);
}

void TestWaitingRoom::concurrentUseKeepsPositionsDense()
{
    ManualClock clock;
    WaitingRoom room(newUuid(), &clock, WaitingRoomConfig{600, 2'000, std::nullopt});
    const QList<QUuid> pool = makeUsers(2000);
    constexpr int kThreads = 8;
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([&room, &pool, &clock, t] {
            QRandomGenerator random(quint32(t + 1));
            for (int i = 0; i < 3000; ++i) {
                const QUuid user = pool[random.bounded(int(pool.size()))];
                switch (random.bounded(8)) {
                case 0:
                case 1:
                case 2:
                    (void)room.join(user);
                    break;
                case 3:
                    (void)room.leave(user);
                    break;
                case 4:
                    (void)room.admitNext(random.bounded(3));
                    break;
                case 5:
                    (void)room.position(user);
                    break;
                case 6: {
                    const qint64 count = room.waitingCount();
                    if (count > 0)
                        (void)room.entryAtPosition(random.bounded(int(count)) + 1);
                    break;
                }
                default:
                    if (t == 0)
                        clock.advanceMs(50);
                    (void)room.tick();
                    break;
                }
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();

    const qint64 count = room.waitingCount();
    QSet<QUuid> seen;
    for (qint64 k = 1; k <= count; ++k) {
        const Result<QueueTicket> ticket = room.entryAtPosition(k);
        QVERIFY(ticket);
        QCOMPARE(ticket->position, k);
        QCOMPARE(ticket->status, QueueStatus::Waiting);
        QVERIFY(!seen.contains(ticket->userId));
        seen.insert(ticket->userId);
        QCOMPARE(room.position(ticket->userId)->position, k);
    }
    QCOMPARE(room.entryAtPosition(count + 1).errorCode(), ErrorCode::NotFound);
    const WaitingRoomStatistics stats = room.statistics();
    QCOMPARE(stats.waiting + stats.active + stats.totalLeft + stats.totalExpired + stats.totalCompleted,
             stats.totalJoined);
    QVERIFY(stats.totalJoined > 0);
    QVERIFY(stats.totalAdmitted > 0);
}

QTEST_GUILESS_MAIN(TestWaitingRoom)
#include "tst_waitingroom.moc"
