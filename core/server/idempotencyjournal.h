#pragma once

#include "core/boxoffice/storeworker.h"
#include "core/common/result.h"
#include "core/store/store.h"

#include <QFuture>

#include <optional>

namespace tessera {

/// The database side of the API server's Idempotency-Key handling: the first answer to each
/// keyed request is written here before it is sent, so that a retry after a server restart (or
/// on another server on the same PostgreSQL database) gets the same answer and changes nothing.
/// Owns its own Store connection on its own thread; every call returns at once with a future.
/// May be called from any thread.
class IdempotencyJournal final
{
public:
    IdempotencyJournal() = default;
    ~IdempotencyJournal() = default;
    Q_DISABLE_COPY_MOVE(IdempotencyJournal)

    /// Opens the database; blocks until it is open.
    Status open(const DatabaseUrl &url);

    /// The record under `key` created at or after `notBefore`, or nothing.
    QFuture<Result<std::optional<IdempotencyRecord>>> find(const QString &key, const QDateTime &notBefore);
    /// Keeps the first answer under its key (a record already stored wins).
    QFuture<Status> save(const IdempotencyRecord &record);
    /// Deletes the records created before `before`; returns how many.
    QFuture<Result<qint64>> purge(const QDateTime &before);

private:
    StoreWorker m_store;
};

} // namespace tessera
