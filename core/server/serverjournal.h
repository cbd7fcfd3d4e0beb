#pragma once

#include "core/boxoffice/storeworker.h"
#include "core/common/result.h"
#include "core/store/store.h"

#include <QFuture>
#include <QPromise>

#include <memory>
#include <mutex>
#include <optional>
#include <variant>
#include <vector>

namespace tessera {

/// What the API server keeps in the database besides the box office's own data, so that a
/// restarted server (or another server on the same PostgreSQL database) carries on:
/// - the first answer to each request with an Idempotency-Key, written before it is sent, so a
///   retry gets the same answer and changes nothing;
/// - the tickets reserved through `POST /tickets/purchase`, written before the 201, so they can
///   be confirmed, cancelled and listed after a restart.
/// Owns its own Store connection on its own thread; every call returns at once with a future.
/// Saves are grouped: those that arrive while a transaction is being written go into the next
/// one, so a burst of purchases costs one sync of the database log per group, not per save.
/// May be called from any thread.
class ServerJournal final
{
public:
    ServerJournal() = default;
    ~ServerJournal() = default;
    Q_DISABLE_COPY_MOVE(ServerJournal)

    /// Opens the database; blocks until it is open.
    Status open(const DatabaseUrl &url);
    /// True on PostgreSQL, where several servers may share the database (and its holds).
    bool sharedDatabase() const { return m_shared; }

    /// The record under `key` created at or after `notBefore`, or nothing.
    QFuture<Result<std::optional<IdempotencyRecord>>> find(const QString &key, const QDateTime &notBefore);
    /// Keeps the first answer under its key (a record already stored wins).
    QFuture<Status> save(const IdempotencyRecord &record);
    /// Deletes the records created before `before`; returns how many.
    QFuture<Result<qint64>> purge(const QDateTime &before);

    /// Keeps a reserved ticket (replacing its earlier state).
    QFuture<Status> saveTicket(const ReservedTicket &reserved);
    /// The reserved ticket `ticketId`, or nothing (see Store::reservedTicket()).
    QFuture<Result<std::optional<ReservedTicket>>> ticket(const QUuid &ticketId);
    /// The reserved tickets of `userId`, newest first.
    QFuture<Result<QList<ReservedTicket>>> ticketsOfUser(const QUuid &userId);

private:
    struct PendingSave
    {
        std::variant<IdempotencyRecord, ReservedTicket> item;
        std::shared_ptr<QPromise<Status>> promise;
    };
    QFuture<Status> enqueue(std::variant<IdempotencyRecord, ReservedTicket> item);
    /// On the store's thread: writes every save queued so far in one transaction.
    void flush(Store &store);
    void failPending(const Status &status);

    std::mutex m_mutex;
    std::vector<PendingSave> m_pending;
    bool m_flushQueued = false;
    bool m_shared = false;
    StoreWorker m_store; // last: its thread stops before the queue goes
};

} // namespace tessera
