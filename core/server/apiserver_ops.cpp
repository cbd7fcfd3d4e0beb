// Operations and account routes of the API server: health, status, metrics, login, users.

#include "core/domain/json.h"
#include "core/server/apimetrics_p.h"
#include "core/server/apiserver.h"
#include "core/server/apiserver_p.h"
#include "core/server/pushhub.h"

using namespace Qt::StringLiterals;

namespace tessera {

using namespace api;

namespace {

QString pumpStateName(PumpState state)
{
    switch (state) {
    case PumpState::Starting:
        return u"starting"_s;
    case PumpState::Running:
        return u"running"_s;
    case PumpState::DatabaseUnavailable:
        return u"database_unavailable"_s;
    case PumpState::Stopped:
        break;
    }
    return u"stopped"_s;
}

QByteArray gauge(const char *name, const char *help, const char *type, double value)
{
    return QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + ' ' + type + '\n' + name + ' '
           + QByteArray::number(value, 'g', 15) + '\n';
}

} // namespace

void ApiServer::registerOpsRoutes()
{
    addRoute("GET", u"/health"_s, Access::Open, [](const ApiRequest &) {
        return ready(jsonReply(
            200, QJsonObject{{u"status"_s, u"ok"_s}, {u"version"_s, QStringLiteral(TESSERA_VERSION)}}));
    });
    addRoute("POST", u"/api/v1/auth/login"_s, Access::Open, [this](const ApiRequest &request) {
        Result<QJsonObject> body = jsonBody(request, {u"username"_s, u"password"_s});
        if (!body)
            return ready(body.error());
        Result<QString> username = requiredString(*body, u"username"_s, 64);
        Result<QString> password = requiredString(*body, u"password"_s, 1024);
        if (!username)
            return ready(username.error());
        if (!password)
            return ready(password.error());
        return answer(m_auth.login(*username, *password), [](LoginToken token) {
            return jsonReply(
                200, QJsonObject{{u"token"_s, token.token},
                                 {u"token_type"_s, u"Bearer"_s},
                                 {u"expires_at"_s, toRfc3339(token.expiresAt)},
                                 {u"user_id"_s, token.principal.userId.toString(QUuid::WithoutBraces)},
                                 {u"username"_s, token.principal.username},
                                 {u"role"_s, roleName(token.principal.role)}});
        });
    });
    addRoute("POST", u"/api/v1/users"_s, Access::Admin, [this](const ApiRequest &request) {
        Result<QJsonObject> body = jsonBody(request, {u"username"_s, u"password"_s, u"role"_s});
        if (!body)
            return ready(body.error());
        Result<QString> username = requiredString(*body, u"username"_s, 64);
        Result<QString> password = requiredString(*body, u"password"_s, 1024);
        Result<QString> role = requiredString(*body, u"role"_s, 16);
        for (const Error *error : {username ? nullptr : &username.error(),
                                   password ? nullptr : &password.error(), role ? nullptr : &role.error()}) {
            if (error)
                return ready(*error);
        }
        const std::optional<Role> parsed = roleFromName(*role);
        if (!parsed)
            return ready(Error{ErrorCode::InvalidInput, u"role: one of admin, clerk, customer"_s});
        return answer(m_auth.createUser(*username, *password, *parsed), [](Principal user) {
            return jsonReply(201, QJsonObject{{u"id"_s, user.userId.toString(QUuid::WithoutBraces)},
                                              {u"username"_s, user.username},
                                              {u"role"_s, roleName(user.role)}});
        });
    });
    addRoute("GET", u"/api/v1/status"_s, Access::Clerk, [this](const ApiRequest &) { return statusReply(); });
    addRoute("GET", u"/api/v1/metrics"_s, Access::Clerk,
             [this](const ApiRequest &) { return metricsReply(); });
    // A WebSocket upgrade of this path goes to PushHub (see dispatch()); a plain GET is refused.
    addRoute("GET", u"/api/v1/stream"_s, Access::Open, [](const ApiRequest &) {
        return ready(Error{ErrorCode::InvalidInput, tr("The push stream needs a WebSocket upgrade.")});
    });
}

QFuture<ApiReply> ApiServer::statusReply()
{
    const qsizetype clients = m_push->clientCount();
    const int inFlight = m_inFlight;
    return answer(m_office.status(), [clients, inFlight](EngineStatus status) {
        const QJsonObject pump{
            {u"state"_s, pumpStateName(status.pump.state)}, {u"backlog"_s, qint64(status.pump.backlog)},
            {u"lag_p50_ms"_s, status.pump.lagP50Ms},        {u"lag_p99_ms"_s, status.pump.lagP99Ms},
            {u"batches"_s, qint64(status.pump.batches)},    {u"errors"_s, qint64(status.pump.errors)},
            {u"last_error"_s, status.pump.lastError}};
        const QJsonObject space{{u"events"_s, status.events},
                                {u"seats"_s, status.seats},
                                {u"available"_s, status.seatCounts.available},
                                {u"held"_s, status.seatCounts.held},
                                {u"sold"_s, status.seatCounts.sold},
                                {u"blocked"_s, status.seatCounts.blocked},
                                {u"live_holds"_s, status.liveHolds}};
        const QJsonObject units{{u"count"_s, status.units},
                                {u"operations"_s, qint64(status.totals.operations)},
                                {u"conflicts"_s, qint64(status.totals.conflicts)},
                                {u"latency_p99_us"_s, status.totals.latencyPercentileUs(99)}};
        const QJsonObject queues{{u"waiting"_s, status.queueWaiting}, {u"active"_s, status.queueActive}};
        const QJsonObject server{{u"requests_in_flight"_s, inFlight}, {u"stream_clients"_s, qint64(clients)}};
        return jsonReply(200, QJsonObject{{u"status"_s, u"ok"_s},
                                          {u"units"_s, units},
                                          {u"space"_s, space},
                                          {u"pump"_s, pump},
                                          {u"queues"_s, queues},
                                          {u"server"_s, server}});
    });
}

QFuture<ApiReply> ApiServer::metricsReply()
{
    // The request series are read here, on the server thread that writes them.
    const QByteArray requests = m_metrics->text();
    const qsizetype clients = m_push->clientCount();
    const qsizetype tokens = m_auth.liveTokens();
    const qint64 replays = m_idempotency.replays();
    const int inFlight = m_inFlight;
    return answer(m_office.status(), [=](EngineStatus s) {
        QByteArray out = requests;
        out += gauge("tessera_http_requests_in_flight", "Requests received and not yet answered.", "gauge",
                     inFlight);
        out += gauge("tessera_stream_clients", "Connected WebSocket push clients.", "gauge", double(clients));
        out += gauge("tessera_auth_tokens", "Live bearer tokens.", "gauge", double(tokens));
        out += gauge("tessera_idempotent_replays_total", "Requests answered from the idempotency cache.",
                     "counter", double(replays));
        out += gauge("tessera_units", "Processing units.", "gauge", s.units);
        out += gauge("tessera_unit_operations_total", "Operations executed by the processing units.",
                     "counter", double(s.totals.operations));
        out += gauge("tessera_unit_conflicts_total", "Operations refused for business reasons.", "counter",
                     double(s.totals.conflicts));
        out += gauge("tessera_events", "Events in the space.", "gauge", double(s.events));
        out += "# HELP tessera_seats Seats by state.\n# TYPE tessera_seats gauge\n";
        out += "tessera_seats{state=\"available\"} " + QByteArray::number(s.seatCounts.available) + '\n';
        out += "tessera_seats{state=\"held\"} " + QByteArray::number(s.seatCounts.held) + '\n';
        out += "tessera_seats{state=\"sold\"} " + QByteArray::number(s.seatCounts.sold) + '\n';
        out += "tessera_seats{state=\"blocked\"} " + QByteArray::number(s.seatCounts.blocked) + '\n';
        out += gauge("tessera_live_holds", "Live holds.", "gauge", double(s.liveHolds));
        out += gauge("tessera_pump_backlog", "Changes not yet committed to the database.", "gauge",
                     double(s.pump.backlog));
        out += gauge("tessera_pump_lag_p99_seconds", "Change-to-commit time, 99th percentile.", "gauge",
                     double(s.pump.lagP99Ms) / 1000.0);
        out += gauge("tessera_pump_errors_total", "Failed database write attempts.", "counter",
                     double(s.pump.errors));
        out += gauge("tessera_pump_up", "1 while the database writer is running.", "gauge",
                     s.pump.state == PumpState::Running ? 1 : 0);
        out += gauge("tessera_queue_waiting", "People waiting in waiting rooms.", "gauge",
                     double(s.queueWaiting));
        out +=
            gauge("tessera_queue_active", "Admitted waiting-room sessions.", "gauge", double(s.queueActive));
        ApiReply reply;
        reply.body = out;
        reply.contentType = "text/plain; version=0.0.4; charset=utf-8";
        return reply;
    });
}

} // namespace tessera
