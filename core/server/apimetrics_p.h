#pragma once

#include "core/server/apiserver.h"

#include <QByteArray>
#include <QMap>
#include <QString>

#include <array>

namespace tessera {

/// Request counters and a latency histogram of the API server, in Prometheus text form.
struct ApiServer::Metrics
{
    static constexpr std::array<double, 12> kBucketsSeconds = {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025,
                                                               0.05,   0.1,   0.25,   0.5,   1.0,  2.5};
    struct Key
    {
        QByteArray method;
        QString route;
        int status = 0;
        friend bool operator<(const Key &a, const Key &b)
        {
            return std::tie(a.method, a.route, a.status) < std::tie(b.method, b.route, b.status);
        }
    };
    QMap<Key, quint64> requests;
    std::array<quint64, kBucketsSeconds.size()> buckets{};
    quint64 observations = 0;
    double secondsSum = 0;

    void count(const QByteArray &method, const QString &route, int status, qint64 nanoseconds);
    /// The request series as Prometheus text.
    QByteArray text() const;
};

} // namespace tessera
