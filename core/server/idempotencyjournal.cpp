#include "core/server/idempotencyjournal.h"

namespace tessera {

Status IdempotencyJournal::open(const DatabaseUrl &url)
{
    return m_store.open(url);
}

QFuture<Result<std::optional<IdempotencyRecord>>> IdempotencyJournal::find(const QString &key,
                                                                           const QDateTime &notBefore)
{
    return m_store.run<Result<std::optional<IdempotencyRecord>>>(
        [key, notBefore](Store &store) { return store.idempotencyRecord(key, notBefore); });
}

QFuture<Status> IdempotencyJournal::save(const IdempotencyRecord &record)
{
    return m_store.run<Status>([record](Store &store) { return store.saveIdempotencyRecord(record); });
}

QFuture<Result<qint64>> IdempotencyJournal::purge(const QDateTime &before)
{
    return m_store.run<Result<qint64>>(
        [before](Store &store) { return store.deleteIdempotencyRecords(before); });
}

} // namespace tessera
