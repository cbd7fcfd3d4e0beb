#include "core/server/apimetrics_p.h"
#include "core/server/apiserver.h"

namespace tessera {

void ApiServer::Metrics::count(const QByteArray &method, const QString &route, int status, qint64 nanoseconds)
{
    ++requests[Key{method, route, status}];
    const double seconds = double(nanoseconds) / 1e9;
    for (size_t i = 0; i < kBucketsSeconds.size(); ++i) {
        if (seconds <= kBucketsSeconds[i])
            ++buckets[i];
    }
    ++observations;
    secondsSum += seconds;
}

QByteArray ApiServer::Metrics::text() const
{
    QByteArray out;
    out += "# HELP tessera_http_requests_total HTTP requests answered, by method, route and status.\n"
           "# TYPE tessera_http_requests_total counter\n";
    for (auto it = requests.cbegin(); it != requests.cend(); ++it) {
        out += "tessera_http_requests_total{method=\"" + it.key().method + "\",route=\""
               + it.key().route.toUtf8() + "\",status=\"" + QByteArray::number(it.key().status) + "\"} "
               + QByteArray::number(it.value()) + '\n';
    }
    out += "# HELP tessera_http_request_duration_seconds Time from receiving a request to answering it.\n"
           "# TYPE tessera_http_request_duration_seconds histogram\n";
    for (size_t i = 0; i < kBucketsSeconds.size(); ++i) {
        out += "tessera_http_request_duration_seconds_bucket{le=\"" + QByteArray::number(kBucketsSeconds[i])
               + "\"} " + QByteArray::number(buckets[i]) + '\n';
    }
    out += "tessera_http_request_duration_seconds_bucket{le=\"+Inf\"} " + QByteArray::number(observations)
           + '\n';
    out += "tessera_http_request_duration_seconds_sum " + QByteArray::number(secondsSum, 'g', 12) + '\n';
    out += "tessera_http_request_duration_seconds_count " + QByteArray::number(observations) + '\n';
    return out;
}

} // namespace tessera
