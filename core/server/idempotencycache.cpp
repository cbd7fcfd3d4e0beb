#include "core/server/idempotencycache.h"

namespace tessera {

IdempotencyCache::IdempotencyCache(qint64 lifetimeMs)
    : m_lifetimeMs(lifetimeMs)
{}

void IdempotencyCache::expire(qint64 nowMs)
{
    if (nowMs < m_nextSweepMs)
        return;
    m_nextSweepMs = nowMs + 60000;
    for (auto it = m_entries.begin(); it != m_entries.end();)
        it = it->done && it->expiresAtMs <= nowMs ? m_entries.erase(it) : std::next(it);
}

IdempotencyCache::Outcome IdempotencyCache::begin(const QString &key, const QByteArray &fingerprint,
                                                  qint64 nowMs,
                                                  const std::function<void(const ApiReply &)> &answer)
{
    expire(nowMs);
    auto it = m_entries.find(key);
    if (it == m_entries.end() || (it->done && it->expiresAtMs <= nowMs)) {
        Entry entry;
        entry.fingerprint = fingerprint;
        entry.expiresAtMs = nowMs + m_lifetimeMs;
        m_entries.insert(key, std::move(entry));
        return Outcome::Run;
    }
    if (it->fingerprint != fingerprint)
        return Outcome::Mismatch;
    ++m_replays;
    if (it->done) {
        answer(it->reply);
        return Outcome::Replayed;
    }
    it->waiting.append(answer);
    return Outcome::Waiting;
}

void IdempotencyCache::finish(const QString &key, const ApiReply &reply)
{
    auto it = m_entries.find(key);
    if (it == m_entries.end())
        return;
    const QList<std::function<void(const ApiReply &)>> waiting = std::move(it->waiting);
    it->waiting.clear();
    if (reply.status >= 500) {
        m_entries.erase(it);
    } else {
        it->done = true;
        it->reply = reply;
    }
    for (const auto &answer : waiting)
        answer(reply);
}

bool IdempotencyCache::restore(const QString &key, const QByteArray &fingerprint, const ApiReply &reply,
                               const ApiReply &mismatch)
{
    auto it = m_entries.find(key);
    if (it == m_entries.end())
        return false;
    const bool matches = it->fingerprint == fingerprint;
    if (matches)
        ++m_replays;
    const QList<std::function<void(const ApiReply &)>> waiting = std::move(it->waiting);
    it->waiting.clear();
    it->fingerprint = fingerprint;
    it->done = true;
    it->reply = reply;
    for (const auto &answer : waiting)
        answer(matches ? reply : mismatch);
    return matches;
}

} // namespace tessera
