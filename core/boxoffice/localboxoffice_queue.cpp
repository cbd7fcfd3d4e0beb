// LocalBoxOffice: the waiting rooms.

#include "core/boxoffice/futures_p.h"
#include "core/boxoffice/localboxoffice.h"
#include "core/boxoffice/storeworker.h"
#include "core/common/ids.h"

namespace tessera {

WaitingRoom *LocalBoxOffice::roomFor(const QUuid &eventId, bool create)
{
    WaitingRoom *raw = nullptr;
    {
        QMutexLocker lock(&m_roomsMutex);
        auto it = m_rooms.find(eventId);
        if (it != m_rooms.end())
            return it->second.get();
        if (!create)
            return nullptr;
        auto room = std::make_unique<WaitingRoom>(eventId, m_space.clock());
        raw = room.get();
        m_rooms.emplace(eventId, std::move(room));
    }
    // Its seed hash may be published from now on: the seed must survive a restart.
    static_cast<void>(saveRoom(raw));
    return raw;
}

QFuture<Status> LocalBoxOffice::saveRoom(WaitingRoom *room)
{
    if (!m_store)
        return readyFuture(Status(ErrorCode::ShuttingDown, tr("The box office is shutting down.")));
    // The room is read when the job runs, so the newest settings are what ends up stored.
    return m_store->run<Status>([room](Store &store) {
        Status saved =
            store.saveWaitingRoom(WaitingRoomRow{room->eventId(), room->config(), room->secretSeed()});
        if (!saved)
            qWarning("waiting room of %s not saved: %s", qPrintable(uuidText(room->eventId())),
                     qPrintable(saved.error().message));
        return saved;
    });
}

Status LocalBoxOffice::restoreRooms()
{
    Result<QList<WaitingRoomRow>> rows =
        m_store->runAndWait<Result<QList<WaitingRoomRow>>>([](Store &s) { return s.loadWaitingRooms(); });
    if (!rows)
        return rows.error();
    QMutexLocker lock(&m_roomsMutex);
    for (const WaitingRoomRow &row : std::as_const(*rows)) {
        if (!m_catalog.byId(row.eventId) || !WaitingRoom::validateConfig(row.config))
            continue;
        auto room = std::make_unique<WaitingRoom>(row.eventId, m_space.clock(), row.config);
        if (Status seeded = room->restoreSeed(row.seed); !seeded)
            return Error{ErrorCode::Internal, QStringLiteral("the waiting room of %1 has a broken seed: %2")
                                                  .arg(uuidText(row.eventId), seeded.error().message)};
        m_rooms[row.eventId] = std::move(room);
    }
    return {};
}

WaitingRoom *LocalBoxOffice::waitingRoom(const QUuid &eventId)
{
    if (!m_catalog.byId(eventId))
        return nullptr;
    return roomFor(eventId, true);
}

QueueEntry LocalBoxOffice::toQueueEntry(const QUuid &eventId, const QueueTicket &ticket) const
{
    QueueEntry entry;
    entry.id = WaitingRoom::entryUuid(eventId, ticket.entryId);
    entry.eventId = eventId;
    entry.userId = ticket.userId;
    entry.sessionId = ticket.sessionId;
    entry.position = ticket.position;
    entry.status = ticket.status;
    entry.enteredAt = QDateTime::fromMSecsSinceEpoch(ticket.enteredAtMs, Qt::UTC);
    if (ticket.expiresAtMs)
        entry.expiresAt = QDateTime::fromMSecsSinceEpoch(*ticket.expiresAtMs, Qt::UTC);
    entry.createdAt = entry.enteredAt;
    entry.updatedAt = QDateTime::fromMSecsSinceEpoch(m_space.clock()->nowMs(), Qt::UTC);
    return entry;
}

namespace {
Error noEvent(const QUuid &eventId)
{
    return {ErrorCode::NotFound, LocalBoxOffice::tr("No event with id %1.").arg(uuidText(eventId))};
}
} // namespace

QFuture<Result<QueueEntry>> LocalBoxOffice::joinQueue(const QUuid &eventId, const QUuid &userId)
{
    const auto entry = m_catalog.byId(eventId);
    if (!entry)
        return readyFuture(Result<QueueEntry>(noEvent(eventId)));
    if (Status ended = endedCheck(entry->event); !ended)
        return readyFuture(Result<QueueEntry>(ended.error())); // no one waits for what cannot be sold
    WaitingRoom *room = roomFor(eventId, true);
    Result<QueueTicket> joined = room->join(userId);
    if (!joined)
        return readyFuture(Result<QueueEntry>(joined.error()));
    {
        QMutexLocker lock(&m_roomsMutex);
        m_roomBySession.insert(joined->sessionId, eventId);
    }
    return readyFuture(Result<QueueEntry>(toQueueEntry(eventId, *joined)));
}

QFuture<Result<QueueEntry>> LocalBoxOffice::queuePosition(const QUuid &eventId, const QUuid &userId)
{
    WaitingRoom *room = roomFor(eventId, false);
    if (!room)
        return readyFuture(Result<QueueEntry>(
            m_catalog.byId(eventId) ? Error{ErrorCode::NotFound, tr("This user is not in the queue.")}
                                    : noEvent(eventId)));
    Result<QueueTicket> ticket = room->position(userId);
    if (!ticket)
        return readyFuture(Result<QueueEntry>(ticket.error()));
    return readyFuture(Result<QueueEntry>(toQueueEntry(eventId, *ticket)));
}

QFuture<Result<QueueEntry>> LocalBoxOffice::queueSession(const QUuid &sessionId)
{
    QUuid eventId;
    {
        QMutexLocker lock(&m_roomsMutex);
        eventId = m_roomBySession.value(sessionId);
    }
    WaitingRoom *room = eventId.isNull() ? nullptr : roomFor(eventId, false);
    if (!room)
        return readyFuture(
            Result<QueueEntry>(ErrorCode::NotFound, tr("No queue session %1.").arg(uuidText(sessionId))));
    Result<QueueTicket> ticket = room->statusBySession(sessionId);
    if (!ticket)
        return readyFuture(Result<QueueEntry>(ticket.error()));
    return readyFuture(Result<QueueEntry>(toQueueEntry(eventId, *ticket)));
}

QFuture<Result<qint64>> LocalBoxOffice::queueLength(const QUuid &eventId)
{
    if (!m_catalog.byId(eventId))
        return readyFuture(Result<qint64>(noEvent(eventId)));
    WaitingRoom *room = roomFor(eventId, false);
    return readyFuture(Result<qint64>(room ? room->waitingCount() + room->preQueueCount() : 0));
}

QFuture<Result<QList<QueueEntry>>> LocalBoxOffice::admitNext(const QUuid &eventId, int count)
{
    if (!m_catalog.byId(eventId))
        return readyFuture(Result<QList<QueueEntry>>(noEvent(eventId)));
    if (count < 1 || count > 100'000)
        return readyFuture(Result<QList<QueueEntry>>(ErrorCode::InvalidInput,
                                                     tr("Admit between 1 and 100000 people at a time.")));
    WaitingRoom *room = roomFor(eventId, true);
    Result<QList<QueueTicket>> admitted = room->admitNext(count);
    if (!admitted)
        return readyFuture(Result<QList<QueueEntry>>(admitted.error()));
    QList<QueueEntry> entries;
    for (const QueueTicket &t : *admitted)
        entries.append(toQueueEntry(eventId, t));
    return readyFuture(Result<QList<QueueEntry>>(entries));
}

QFuture<Result<QueueEntry>> LocalBoxOffice::refreshSession(const QUuid &sessionId)
{
    QUuid eventId;
    {
        QMutexLocker lock(&m_roomsMutex);
        eventId = m_roomBySession.value(sessionId);
    }
    WaitingRoom *room = eventId.isNull() ? nullptr : roomFor(eventId, false);
    if (!room)
        return readyFuture(
            Result<QueueEntry>(ErrorCode::NotFound, tr("No queue session %1.").arg(uuidText(sessionId))));
    Result<QueueTicket> refreshed = room->refresh(sessionId);
    if (!refreshed)
        return readyFuture(Result<QueueEntry>(refreshed.error()));
    return readyFuture(Result<QueueEntry>(toQueueEntry(eventId, *refreshed)));
}

QFuture<Status> LocalBoxOffice::leaveQueue(const QUuid &eventId, const QUuid &userId)
{
    WaitingRoom *room = roomFor(eventId, false);
    if (!room)
        return readyFuture(Status(m_catalog.byId(eventId)
                                      ? Error{ErrorCode::NotFound, tr("This user is not in the queue.")}
                                      : noEvent(eventId)));
    return readyFuture(room->leave(userId));
}

QFuture<Status> LocalBoxOffice::configureQueue(const QUuid &eventId, const WaitingRoomConfig &config)
{
    if (!m_catalog.byId(eventId))
        return readyFuture(Status(noEvent(eventId)));
    if (Status valid = WaitingRoom::validateConfig(config); !valid)
        return readyFuture(valid);
    WaitingRoom *room = roomFor(eventId, true);
    const WaitingRoomConfig previous = room->config();
    if (Status configured = room->setConfig(config); !configured)
        return readyFuture(configured);
    if (!m_store) {
        static_cast<void>(room->setConfig(previous));
        return readyFuture(Status(ErrorCode::ShuttingDown, tr("The box office is shutting down.")));
    }
    // Acknowledged once stored: settings changed here are still there after a restart. A failed
    // write puts the old settings back, so an error means nothing changed.
    return m_store->run<Status>([room, previous](Store &store) {
        Status saved =
            store.saveWaitingRoom(WaitingRoomRow{room->eventId(), room->config(), room->secretSeed()});
        if (!saved)
            static_cast<void>(room->setConfig(previous));
        return saved;
    });
}

} // namespace tessera
