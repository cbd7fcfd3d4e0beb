// StoreTests: users, waiting rooms and the API server's records (idempotency answers and
// reserved tickets).

#include "core/common/ids.h"
#include "core/store/schema_p.h"
#include "tests/support/storetests.h"
#include "tests/support/storetests_p.h"

namespace tessera::test {

using namespace storefixtures;
using fixtures::sampleEvent;
using fixtures::sampleLayout;
using fixtures::utc;

void StoreTests::usersRoundTrip()
{
    const DatabaseUrl url = freshDatabase();
    const UserRow admin{newUuid(), QStringLiteral("admin"), QStringLiteral("admin"),
                        QByteArrayLiteral("pbkdf2-sha256$100000$c2FsdA==$aGFzaA==")};
    {
        OPEN_OR_FAIL(store, url);
        QCOMPARE(*store->userCount(), 0);
        VERIFY_OK(store->saveUser(admin));
        const UserRow other{newUuid(), QStringLiteral("admin"), QStringLiteral("clerk"),
                            QByteArrayLiteral("x")};
        QCOMPARE(store->saveUser(other).errorCode(), ErrorCode::Conflict);
    }
    OPEN_OR_FAIL(store, url);
    QCOMPARE(*store->userCount(), 1);
    Result<UserRow> loaded = store->user(QStringLiteral("admin"));
    QVERIFY(loaded);
    QCOMPARE(loaded->id, admin.id);
    QCOMPARE(loaded->role, admin.role);
    QCOMPARE(loaded->passwordHash, admin.passwordHash);
    QCOMPARE(store->user(QStringLiteral("nobody")).errorCode(), ErrorCode::NotFound);
}

void StoreTests::waitingRoomsRoundTrip()
{
    const DatabaseUrl url = freshDatabase();
    const QUuid event = sampleEvent().id;
    WaitingRoomRow room{event, {}, QByteArray(32, '\x5a')};
    room.config.admissionsPerMinute = 1200;
    room.config.sessionTtlMs = 7 * 60 * 1000;
    room.config.openingTimeMs = 1'900'000'000'123;
    const WaitingRoomRow plain{newUuid(), {}, QByteArray::fromHex(QByteArray(64, 'f'))};
    {
        OPEN_WITH_SAMPLE(store, url);
        QVERIFY(store->loadWaitingRooms()->isEmpty());
        VERIFY_OK(store->saveWaitingRoom(room));
        VERIFY_OK(store->saveWaitingRoom(plain));
        QCOMPARE(store->saveWaitingRoom(WaitingRoomRow{event, {}, QByteArray(31, 'x')}).errorCode(),
                 ErrorCode::InvalidInput);
        QCOMPARE(store->saveWaitingRoom(WaitingRoomRow{QUuid(), {}, QByteArray(32, 'x')}).errorCode(),
                 ErrorCode::InvalidInput);
    }
    // After reopening: the same settings and seeds; a second save replaces the row.
    {
        OPEN_OR_FAIL(store, url);
        QCOMPARE(store->schemaVersion(), schema::latestVersion());
        const Result<QList<WaitingRoomRow>> loaded = store->loadWaitingRooms();
        QVERIFY(loaded);
        QCOMPARE(loaded->size(), 2);
        for (const WaitingRoomRow &row : *loaded) {
            const WaitingRoomRow &saved = row.eventId == event ? room : plain;
            QCOMPARE(row.eventId, saved.eventId);
            QCOMPARE(row.config, saved.config);
            QCOMPARE(row.seed, saved.seed);
        }
        room.config.openingTimeMs.reset();
        room.config.admissionsPerMinute = 0;
        VERIFY_OK(store->saveWaitingRoom(room));
    }
    OPEN_OR_FAIL(store, url);
    const Result<QList<WaitingRoomRow>> again = store->loadWaitingRooms();
    QVERIFY(again);
    QCOMPARE(again->size(), 2);
    const auto it = std::find_if(again->cbegin(), again->cend(),
                                 [&](const WaitingRoomRow &row) { return row.eventId == event; });
    QVERIFY(it != again->cend());
    QCOMPARE(it->config, room.config);
    QCOMPARE(it->seed, room.seed);
    // Deleting the event deletes its room.
    VERIFY_OK(store->deleteEvent(event));
    QCOMPARE(store->loadWaitingRooms()->size(), 1);
}

void StoreTests::idempotencyRecordsRoundTrip()
{
    const DatabaseUrl url = freshDatabase();
    const QDateTime created = QDateTime::fromMSecsSinceEpoch(1'900'000'000'000, Qt::UTC);
    IdempotencyRecord record;
    record.key = QStringLiteral("user-1 /api/v1/holds/{id}/sell key-1");
    record.userId = newUuid();
    record.route = QStringLiteral("/api/v1/holds/{id}/sell");
    record.requestHash = QByteArrayLiteral("9f86d081884c7d65");
    record.status = 201;
    record.contentType = QByteArrayLiteral("application/json");
    record.responseBody = QStringLiteral("{\"order\":{\"id\":\"x\"},\"text\":\"Grüße\"}").toUtf8();
    record.createdAt = created;
    {
        OPEN_OR_FAIL(store, url);
        VERIFY_OK(store->saveIdempotencyRecord(record));
        // A second answer under the same key does not replace the first.
        IdempotencyRecord second = record;
        second.status = 409;
        second.responseBody = QByteArrayLiteral("{}");
        VERIFY_OK(store->saveIdempotencyRecord(second));
    }
    OPEN_OR_FAIL(store, url);
    Result<std::optional<IdempotencyRecord>> found =
        store->idempotencyRecord(record.key, created.addSecs(-60));
    QVERIFY(found);
    QVERIFY(found->has_value());
    const IdempotencyRecord &loaded = **found;
    QCOMPARE(loaded.userId, record.userId);
    QCOMPARE(loaded.route, record.route);
    QCOMPARE(loaded.requestHash, record.requestHash);
    QCOMPARE(loaded.status, 201);
    QCOMPARE(loaded.contentType, record.contentType);
    QCOMPARE(loaded.responseBody, record.responseBody);
    QCOMPARE(loaded.createdAt, created);
    // Expired (created before notBefore) and unknown keys are not found.
    QVERIFY(!store->idempotencyRecord(record.key, created.addSecs(1))->has_value());
    QVERIFY(!store->idempotencyRecord(QStringLiteral("other"), created.addSecs(-60))->has_value());
    QCOMPARE(*store->deleteIdempotencyRecords(created), 0);
    QCOMPARE(*store->deleteIdempotencyRecords(created.addMSecs(1)), 1);
    QVERIFY(!store->idempotencyRecord(record.key, created.addSecs(-60))->has_value());
}

void StoreTests::reservedTicketsFollowTheirSale()
{
    const DatabaseUrl url = freshDatabase();
    const QUuid event = sampleEvent().id;
    const QUuid user = newUuid();
    SaleRow sale = makeSale(event, sampleLayout(), {0}, 7);
    auto reservation = [&](const Ticket &sold, qint64 minute) {
        ReservedTicket reserved;
        reserved.ticket = sold;
        reserved.ticket.orderId = QUuid();
        reserved.ticket.userId = user;
        reserved.ticket.status = TicketStatus::Reserved;
        reserved.ticket.createdAt = utc(2025, 2, 1, 12, int(minute), 0, 0);
        reserved.ticket.expiresAt = reserved.ticket.createdAt.addSecs(600);
        reserved.holdId = newUuid();
        reserved.holder = QStringLiteral("user:") + user.toString(QUuid::WithoutBraces);
        return reserved;
    };
    const ReservedTicket sold = reservation(sale.order.tickets.first(), 0);
    ReservedTicket released = reservation(makeSale(event, sampleLayout(), {1}, 8).order.tickets.first(), 5);
    {
        OPEN_WITH_SAMPLE(store, url);
        VERIFY_OK(store->saveReservedTicket(sold));
        VERIFY_OK(store->saveReservedTicket(released));
        // The first is confirmed by its sale (the sold ticket keeps the reservation's id); the
        // second is cancelled.
        PumpBatch batch;
        batch.sales.push_back(sale);
        VERIFY_OK(store->write(batch));
        released.ticket.status = TicketStatus::Cancelled;
        released.ticket.expiresAt = QDateTime();
        released.ticket.updatedAt = released.ticket.createdAt.addSecs(60);
        VERIFY_OK(store->saveReservedTicket(released));
    }
    OPEN_OR_FAIL(store, url);
    Result<std::optional<ReservedTicket>> confirmed = store->reservedTicket(sold.ticket.id);
    QVERIFY(confirmed && confirmed->has_value());
    QCOMPARE((*confirmed)->ticket.status, TicketStatus::Confirmed);
    QCOMPARE((*confirmed)->ticket.orderId, sale.order.id);
    QCOMPARE((*confirmed)->ticket.userId, user);
    QCOMPARE((*confirmed)->ticket.seatId, sold.ticket.seatId);
    QCOMPARE((*confirmed)->ticket.priceCents, sold.ticket.priceCents);
    QVERIFY(!(*confirmed)->ticket.expiresAt.isValid());
    QCOMPARE((*confirmed)->holdId, sold.holdId);
    QCOMPARE((*confirmed)->holder, sold.holder);

    Result<QList<ReservedTicket>> mine = store->reservedTicketsOfUser(user);
    QVERIFY(mine);
    QCOMPARE(mine->size(), 2);
    QCOMPARE(mine->at(0).ticket.id, released.ticket.id); // newest first
    QCOMPARE(mine->at(0).ticket.status, TicketStatus::Cancelled);
    QCOMPARE(mine->at(0).ticket.updatedAt, released.ticket.updatedAt);
    QCOMPARE(mine->at(1).ticket.status, TicketStatus::Confirmed);
    QVERIFY(store->reservedTicketsOfUser(newUuid())->isEmpty());
    QVERIFY(!store->reservedTicket(newUuid())->has_value());
    // Incomplete rows are refused.
    ReservedTicket incomplete = sold;
    incomplete.holdId = QUuid();
    QCOMPARE(store->saveReservedTicket(incomplete).errorCode(), ErrorCode::InvalidInput);
}

} // namespace tessera::test
