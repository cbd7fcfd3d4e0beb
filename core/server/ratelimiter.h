#pragma once

#include <QHash>
#include <QString>

namespace tessera {

/// Token buckets per caller (a bearer token, or an address before login): `ratePerSecond`
/// requests a second on average with bursts up to `burst`. Used from one thread.
class RateLimiter final
{
public:
    RateLimiter(double ratePerSecond, double burst);

    /// Takes one request from `key`'s bucket at time `nowMs`; false when it is empty.
    bool allow(const QString &key, qint64 nowMs);
    /// Seconds until `key` may send again (for Retry-After), at least 1.
    int retryAfterSeconds(const QString &key, qint64 nowMs) const;

    double ratePerSecond() const { return m_rate; }

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 lastMs = 0;
    };
    double m_rate;
    double m_burst;
    QHash<QString, Bucket> m_buckets;
};

} // namespace tessera
