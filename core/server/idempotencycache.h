#pragma once

#include "core/server/apierror.h"

#include <QHash>
#include <QString>

#include <functional>

namespace tessera {

/// Answers of requests sent with an `Idempotency-Key` (purchase, sell, confirm, cancel): a retry
/// with the same key and request gets the first answer and changes nothing; the same key with a
/// different request is refused. A retry that arrives while the first is still running waits for
/// its answer. Keys are kept in memory until they expire. Used from the server thread only.
class IdempotencyCache final
{
public:
    explicit IdempotencyCache(qint64 lifetimeMs = 24 * 3600 * 1000);

    enum class Outcome {
        Run,      ///< a new key: run the request, then call finish()
        Replayed, ///< the first answer is known and was given to the callback
        Waiting,  ///< the first request is running: the callback gets its answer later
        Mismatch, ///< the key was used for a different request
    };

    /// Looks up `key` (already scoped to the caller) for a request with `fingerprint`.
    Outcome begin(const QString &key, const QByteArray &fingerprint, qint64 nowMs,
                  const std::function<void(const ApiReply &)> &answer);
    /// Records the answer of a request begun with Outcome::Run and hands it to those waiting.
    /// Answers of 5xx are not kept: a retry runs again.
    void finish(const QString &key, const ApiReply &reply);
    /// The first answer to a request begun with Outcome::Run was found in the database (it was
    /// given before a restart): keeps it as finish() would. Those waiting on `key` get `reply`
    /// when `fingerprint` is theirs, else `mismatch`. Returns whether `fingerprint` is the one the
    /// request was begun with.
    bool restore(const QString &key, const QByteArray &fingerprint, const ApiReply &reply,
                 const ApiReply &mismatch);

    qsizetype size() const { return m_entries.size(); }
    qint64 replays() const { return m_replays; }

private:
    struct Entry
    {
        QByteArray fingerprint;
        bool done = false;
        ApiReply reply;
        qint64 expiresAtMs = 0;
        QList<std::function<void(const ApiReply &)>> waiting;
    };
    void expire(qint64 nowMs);

    qint64 m_lifetimeMs;
    qint64 m_nextSweepMs = 0;
    qint64 m_replays = 0;
    QHash<QString, Entry> m_entries;
};

} // namespace tessera
