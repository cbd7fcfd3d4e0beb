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
    return enqueue(record);
}

QFuture<Result<qint64>> ServerJournal::purge(const QDateTime &before)
{
    return m_store.run<Result<qint64>>(
        [before](Store &store) { return store.deleteIdempotencyRecords(before); });
}

QFuture<Status> ServerJournal::saveTicket(const ReservedTicket &reserved)
{
    return enqueue(reserved);
}

QFuture<Status> ServerJournal::enqueue(std::variant<IdempotencyRecord, ReservedTicket> item)
{
    auto promise = std::make_shared<QPromise<Status>>();
    promise->start();
    QFuture<Status> saved = promise->future();
    bool schedule = false;
    {
        std::lock_guard lock(m_mutex);
        m_pending.push_back(PendingSave{std::move(item), std::move(promise)});
        schedule = !std::exchange(m_flushQueued, true);
    }
    if (schedule) {
        // The job finishes with an error only when the store never opened.
        thenSafely(m_store.run<Status>([this](Store &store) {
            flush(store);
            return Status();
        }),
                   QtFuture::Launch::Sync, [this](const Status &ran) {
                       if (!ran)
                           failPending(ran);
                   });
    }
    return saved;
}

void ServerJournal::flush(Store &store)
{
    std::vector<PendingSave> saves;
    {
        std::lock_guard lock(m_mutex);
        saves.swap(m_pending);
        m_flushQueued = false;
    }
    if (saves.empty())
        return;
    std::vector<Status> results(saves.size());
    const Status written = store.inTransaction([&]() -> Status {
        for (size_t i = 0; i < saves.size(); ++i) {
            Status status = std::visit(
                [&store](const auto &item) {
                    if constexpr (std::is_same_v<std::decay_t<decltype(item)>, IdempotencyRecord>)
                        return store.saveIdempotencyRecord(item);
                    else
                        return store.saveReservedTicket(item);
                },
                saves[i].item);
            // A save refused for its own content fails alone; a database error fails the group.
            if (!status && status.errorCode() != ErrorCode::InvalidInput)
                return status;
            results[i] = std::move(status);
        }
        return {};
    });
    for (size_t i = 0; i < saves.size(); ++i)
        finishPromise(*saves[i].promise, written ? results[i] : written);
}

void ServerJournal::failPending(const Status &status)
{
    std::vector<PendingSave> saves;
    {
        std::lock_guard lock(m_mutex);
        saves.swap(m_pending);
        m_flushQueued = false;
    }
    for (PendingSave &save : saves)
        finishPromise(*save.promise, status);
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
