#include "core/server/ratelimiter.h"

#include <algorithm>
#include <cmath>

namespace tessera {

RateLimiter::RateLimiter(double ratePerSecond, double burst)
    : m_rate(std::max(ratePerSecond, 0.001))
    , m_burst(std::max(burst, 1.0))
{}

bool RateLimiter::allow(const QString &key, qint64 nowMs)
{
    if (m_buckets.size() > 100000) {
        // Full buckets carry no information: drop them.
        for (auto it = m_buckets.begin(); it != m_buckets.end();) {
            const double refill = it->tokens + double(nowMs - it->lastMs) * m_rate / 1000.0;
            it = refill >= m_burst ? m_buckets.erase(it) : std::next(it);
        }
    }
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, Bucket{m_burst, nowMs});
    it->tokens =
        std::min(m_burst, it->tokens + double(std::max<qint64>(0, nowMs - it->lastMs)) * m_rate / 1000.0);
    it->lastMs = nowMs;
    if (it->tokens < 1.0)
        return false;
    it->tokens -= 1.0;
    return true;
}

int RateLimiter::retryAfterSeconds(const QString &key, qint64 nowMs) const
{
    Q_UNUSED(nowMs)
    const auto it = m_buckets.constFind(key);
    const double missing = it == m_buckets.cend() ? 0.0 : std::max(0.0, 1.0 - it->tokens);
    return std::max(1, int(std::ceil(missing / m_rate)));
}

} // namespace tessera
