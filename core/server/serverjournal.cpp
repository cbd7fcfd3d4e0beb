#include "core/server/serverjournal.h"

namespace tessera {

Status ServerJournal::open(const DatabaseUrl &url)
{
    m_shared = url.kind == DatabaseUrl::Kind::Postgres;
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
    QFuture<Status> flushing;
    {
        // The job is posted under the lock: a save that finds a job queued is written before
        // anything queued on the worker after it (a read that follows the save).
        std::lock_guard lock(m_mutex);
        m_pending.push_back(PendingSave{std::move(item), std::move(promise)});
        if (!std::exchange(m_flushQueued, true)) {
            flushing = m_store.run<Status>([this](Store &store) {
                flush(store);
                return Status();
            });
        }
    }
    if (flushing.isValid()) {
        // The job finishes with an error only when the store never opened.
        thenSafely(flushing, QtFuture::Launch::Sync, [this](const Status &ran) {
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
    auto save = [&store](const PendingSave &pending) {
        return std::visit(
            [&store](const auto &item) {
                if constexpr (std::is_same_v<std::decay_t<decltype(item)>, IdempotencyRecord>)
                    return store.saveIdempotencyRecord(item);
                else
                    return store.saveReservedTicket(item);
            },
            pending.item);
    };
    std::vector<Status> results(saves.size());
    const Status written = store.inTransaction([&]() -> Status {
        for (size_t i = 0; i < saves.size(); ++i) {
            Status status = save(saves[i]);
            // A save refused for its content fails alone; any other error ends the group.
            if (!status && status.errorCode() != ErrorCode::InvalidInput)
                return status;
            results[i] = std::move(status);
        }
        return {};
    });
    if (!written && saves.size() > 1) {
        // The group was rolled back (a row the database refuses, a deadlock with another
        // writer, an outage): each save on its own, so that only what fails fails.
        for (size_t i = 0; i < saves.size(); ++i)
            results[i] = save(saves[i]);
    } else if (!written) {
        results[0] = written;
    }
    for (size_t i = 0; i < saves.size(); ++i)
        finishPromise(*saves[i].promise, results[i]);
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
