#include "core/server/serverjournal.h"

namespace tessera {

Status ServerJournal::open(const DatabaseUrl &url)
{
    return m_store.open(url);
}

QFuture<Result<std::optional<IdempotencyRecord>>> ServerJournal::find(const QString &key,
                                                                      const QDateTime &notBefore)
{
    return m_store.run<Result<std::optional<IdempotencyRecord>>>(
        [key, notBefore](Store &store) { return store.idempotencyRecord(key, notBefore); });
}

QFuture<Status> ServerJournal::save(const IdempotencyRecord &record)
{
    return m_store.run<Status>([record](Store &store) { return store.saveIdempotencyRecord(record); });
}

QFuture<Result<qint64>> ServerJournal::purge(const QDateTime &before)
{
    return m_store.run<Result<qint64>>(
        [before](Store &store) { return store.deleteIdempotencyRecords(before); });
}

QFuture<Status> ServerJournal::saveTicket(const ReservedTicket &reserved)
{
    return m_store.run<Status>([reserved](Store &store) { return store.saveReservedTicket(reserved); });
}

QFuture<Result<std::optional<ReservedTicket>>> ServerJournal::ticket(const QUuid &ticketId)
{
    return m_store.run<Result<std::optional<ReservedTicket>>>(
        [ticketId](Store &store) { return store.reservedTicket(ticketId); });
}

QFuture<Result<QList<ReservedTicket>>> ServerJournal::ticketsOfUser(const QUuid &userId)
{
    return m_store.run<Result<QList<ReservedTicket>>>(
        [userId](Store &store) { return store.reservedTicketsOfUser(userId); });
}

} // namespace tessera
