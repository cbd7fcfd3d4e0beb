#include "core/server/apiserver.h"

#include "core/common/futuresync.h"
#include "core/server/apimetrics_p.h"
#include "core/server/pushhub.h"
#include "core/server/serverjournal.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tessera {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        break;
    }
    return "OTHER";
}

/// A header's value by case-insensitive name.
QByteArray headerValue(const QHttpServerRequest &request, QByteArrayView name)
{
    const auto headers = request.headers();
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

QString pathRule(const QString &path, int *placeholders)
{
    QString rule;
    *placeholders = 0;
    for (qsizetype i = 0; i < path.size(); ++i) {
        if (path[i] == u'{') {
            const qsizetype end = path.indexOf(u'}', i);
            rule += u"<arg>"_s;
            ++*placeholders;
            i = end;
        } else {
            rule += path[i];
        }
    }
    return rule;
}

/// Whether one URL could match both paths: as many segments, each equal or a placeholder in
/// either.
bool pathsOverlap(const QString &a, const QString &b)
{
    const QList<QStringView> as = QStringView(a).split(u'/');
    const QList<QStringView> bs = QStringView(b).split(u'/');
    if (as.size() != bs.size())
        return false;
    for (qsizetype i = 0; i < as.size(); ++i) {
        if (as[i] != bs[i] && !as[i].startsWith(u'{') && !bs[i].startsWith(u'{'))
            return false;
    }
    return true;
}

/// The paths of holds and sales: most requests of an on-sale.
bool isHotPath(const QString &path)
{
    return path.startsWith(u"/api/v1/holds"_s) || path.endsWith(u"/holds"_s) || path.endsWith(u"/purchase"_s)
           || path.endsWith(u"/seats"_s);
}

ApiReply keyReusedReply()
{
    return errorReply(422, u"idempotency_key_reused"_s,
                      QCoreApplication::translate("tessera::ApiServer",
                                                  "This Idempotency-Key was used for a different request."));
}

} // namespace

/// A request waiting for its answer: the responder and a guard for its socket, which the HTTP
/// server deletes when the client goes away.
struct PendingAnswer
{
    QHttpServerResponder responder;
    QPointer<QTcpSocket> socket;
};

ApiServer::ApiServer(BoxOffice &office, AuthService &auth, const Options &options, QObject *parent)
    : QObject(parent)
    , m_office(office)
    , m_auth(auth)
    , m_options(options)
    , m_limiter(options.requestsPerSecond, options.burst)
    , m_idempotency(qint64(options.idempotencyHours) * 3600 * 1000)
    , m_push(std::make_unique<PushHub>(office, auth, this))
    , m_metrics(std::make_unique<Metrics>())
{
    registerRoutes();
    installPaths();
    m_http.setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        const QByteArray body =
            errorReply(404, errorCodeName(ErrorCode::NotFound), tr("No route %1.").arg(request.url().path()))
                .body;
        m_metrics->count("OTHER", u"unknown"_s, 404, 0);
        responder.write(body, {{"Content-Type", "application/json"}},
                        QHttpServerResponder::StatusCode::NotFound);
    });
    connect(&m_http, &QHttpServer::newWebSocketConnection, this, [this] {
        while (m_http.hasPendingWebSocketConnections())
            m_push->adopt(m_http.nextPendingWebSocketConnection());
    });
}

ApiServer::~ApiServer() = default;

void ApiServer::addRoute(const QByteArray &method, const QString &path, Access access, Handler handler,
                         Idempotent idempotent)
{
    PathRoutes &paths = m_paths[path];
    paths.path = path;
    paths.routes.append(Route{method, path, access, idempotent, std::move(handler)});
    m_routeOrder.append(ApiRouteInfo{method, path, idempotent == Idempotent::Yes});
}

qsizetype ApiServer::streamCount() const
{
    return m_push->clientCount();
}

QList<ApiRouteInfo> ApiServer::routes() const
{
    return m_routeOrder;
}

void ApiServer::registerRoutes()
{
    registerOpsRoutes();
    registerEventRoutes();
    registerSalesRoutes();
    registerTicketRoutes();
    registerQueueRoutes();
    registerQueueAdminRoutes();
    registerOrderRoutes();
}

void ApiServer::installPaths()
{
    // The router tries its rules in order and takes the first that matches. std::map orders
    // "/events/active" before "/events/{id}" ('{' sorts after letters). The paths most requests
    // take (holds and sales) go first when no other path could match the same URL, so that a
    // sale does not pay for twenty regular expressions first.
    std::vector<const PathRoutes *> order;
    for (const auto &entry : m_paths)
        order.push_back(&entry.second);
    std::stable_partition(order.begin(), order.end(), [this](const PathRoutes *routes) {
        return isHotPath(routes->path)
               && std::none_of(m_paths.cbegin(), m_paths.cend(), [routes](const auto &other) {
                      return other.first != routes->path && pathsOverlap(other.first, routes->path);
                  });
    });
    const auto methods = QHttpServerRequest::Method::AnyKnown;
    for (const PathRoutes *paths : order) {
        int count = 0;
        const QString rule = pathRule(paths->path, &count);
        if (count == 0) {
            m_http.route(rule, methods,
                         [this, paths](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                             dispatch(*paths, {}, request, std::move(responder));
                         });
        } else if (count == 1) {
            m_http.route(rule, methods,
                         [this, paths](const QString &a, const QHttpServerRequest &request,
                                       QHttpServerResponder &&responder) {
                             dispatch(*paths, {a}, request, std::move(responder));
                         });
        } else {
            Q_ASSERT(count == 2);
            m_http.route(rule, methods,
                         [this, paths](const QString &a, const QString &b, const QHttpServerRequest &request,
                                       QHttpServerResponder &&responder) {
                             dispatch(*paths, {a, b}, request, std::move(responder));
                         });
        }
    }
}

void ApiServer::dispatch(const PathRoutes &paths, const QStringList &params,
                         const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    // QHttpServer 6.4 hands a WebSocket upgrade to its WebSocket server only after a route
    // claimed the request without writing anything: PushHub answers on the new connection.
    if (headerValue(request, "upgrade").compare("websocket", Qt::CaseInsensitive) == 0 && !m_stopping)
        return;
    QElapsedTimer timer;
    timer.start();
    ++m_inFlight;
    const QByteArray method = methodName(request.method());
    auto pending = std::make_shared<PendingAnswer>(PendingAnswer{std::move(responder), {}});
    pending->socket = pending->responder.socket();
    const QString routePath = paths.path;
    auto answer = [this, pending, method, routePath, timer](const ApiReply &reply) {
        respond(pending, reply, routePath, method, timer);
    };

    if (m_stopping)
        return answer(
            errorReply(503, errorCodeName(ErrorCode::ShuttingDown), tr("The server is shutting down.")));
    const QByteArray body = request.body();
    if (body.size() > m_options.maxBodyBytes
        || headerValue(request, "content-length").toLongLong() > m_options.maxBodyBytes) {
        return answer(
            errorReply(413, u"payload_too_large"_s,
                       tr("The request body is larger than %1 bytes.").arg(m_options.maxBodyBytes)));
    }
    const Route *route = nullptr;
    QByteArrayList allowed;
    for (const Route &candidate : paths.routes) {
        allowed.append(candidate.method);
        if (candidate.method == method)
            route = &candidate;
    }
    if (!route) {
        ApiReply reply =
            errorReply(405, u"method_not_allowed"_s,
                       tr("%1 is not allowed on %2.").arg(QString::fromLatin1(method), routePath));
        reply.headers.append(qMakePair(QByteArray("Allow"), allowed.join(", ")));
        return answer(reply);
    }

    ApiRequest api;
    api.method = method;
    api.route = routePath;
    for (const QString &param : params)
        api.params.append(QUrl::fromPercentEncoding(param.toUtf8()));
    api.query = request.query();
    api.body = body;
    api.idempotencyKey = QString::fromUtf8(headerValue(request, "idempotency-key")).trimmed();

    QString limiterKey; // the token, or the peer's address on open routes
    if (route->access == Access::Open) {
        limiterKey = u"addr:"_s + request.remoteAddress().toString();
    } else {
        const QByteArray authorization = headerValue(request, "authorization");
        if (!authorization.startsWith("Bearer "))
            return answer(errorReply(Error{ErrorCode::Unauthorized, tr("A bearer token is required.")}));
        const QString token = QString::fromLatin1(authorization.mid(7).trimmed());
        const std::optional<Principal> principal = m_auth.authenticate(token);
        if (!principal)
            return answer(
                errorReply(Error{ErrorCode::Unauthorized, tr("The token is unknown or has expired.")}));
        const int needed = route->access == Access::Admin   ? int(Role::Admin)
                           : route->access == Access::Clerk ? int(Role::Clerk)
                                                            : int(Role::Customer);
        if (int(principal->role) < needed) {
            return answer(
                errorReply(Error{ErrorCode::Forbidden, tr("The role %1 may not use %2 %3.")
                                                           .arg(roleName(principal->role),
                                                                QString::fromLatin1(method), routePath)}));
        }
        api.principal = *principal;
        limiterKey = token;
    }
    const qint64 now = m_options.clock->nowMs();
    if (!m_limiter.allow(limiterKey, now)) {
        ApiReply reply = errorReply(429, u"rate_limited"_s, tr("Too many requests; slow down."));
        reply.headers.append(qMakePair(QByteArray("Retry-After"),
                                       QByteArray::number(m_limiter.retryAfterSeconds(limiterKey, now))));
        return answer(reply);
    }

    if (route->idempotent == Idempotent::No || api.idempotencyKey.isEmpty())
        return run(*route, api, answer, {}, {});
    if (api.idempotencyKey.size() > 255)
        return answer(
            errorReply(Error{ErrorCode::InvalidInput, tr("Idempotency-Key: at most 255 characters")}));
    const QString scope =
        api.principal.userId.toString(QUuid::WithoutBraces) + u' ' + routePath + u' ' + api.idempotencyKey;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(method);
    hash.addData(params.join(u'/').toUtf8());
    hash.addData("\n");
    hash.addData(body);
    const QByteArray fingerprint = hash.result().toHex();
    auto replayed = [answer](const ApiReply &first) {
        ApiReply reply = first;
        reply.headers.append(qMakePair(QByteArray("Idempotent-Replayed"), "true"));
        answer(reply);
    };
    switch (m_idempotency.begin(scope, fingerprint, now, replayed)) {
    case IdempotencyCache::Outcome::Run:
        return runOrReplay(*route, api, answer, scope, fingerprint);
    case IdempotencyCache::Outcome::Replayed:
    case IdempotencyCache::Outcome::Waiting:
        return;
    case IdempotencyCache::Outcome::Mismatch:
        return answer(keyReusedReply());
    }
}

void ApiServer::runOrReplay(const Route &route, const ApiRequest &request, const Answer &answer,
                            const QString &scope, const QByteArray &fingerprint)
{
    ServerJournal *journal = m_options.journal;
    if (!journal)
        return run(route, request, answer, scope, fingerprint);
    const qint64 now = m_options.clock->nowMs();
    const qint64 lifetimeMs = qint64(m_options.idempotencyHours) * 3600 * 1000;
    if (now >= m_nextJournalPurgeMs) {
        m_nextJournalPurgeMs = now + 3600 * 1000;
        journal->purge(QDateTime::fromMSecsSinceEpoch(now - lifetimeMs, Qt::UTC));
    }
    const Route *routePtr = &route; // routes live as long as the server
    thenSafely(journal->find(scope, QDateTime::fromMSecsSinceEpoch(now - lifetimeMs, Qt::UTC)), this,
               [this, routePtr, request, answer, scope,
                fingerprint](const Result<std::optional<IdempotencyRecord>> &found) {
                   if (!found) {
                       // Whether the request was made before is unknown: running it could
                       // make a second hold or ticket. 503 is not kept, so a retry asks again.
                       qWarning("tessera-server: reading an idempotency record: %s",
                                qPrintable(found.error().message));
                       const ApiReply reply = errorReply(
                           Error{ErrorCode::StoreUnavailable,
                                 tr("The server could not check whether this request was already made; "
                                    "try again with the same Idempotency-Key.")});
                       m_idempotency.finish(scope, reply);
                       return answer(reply);
                   }
                   if (!found->has_value())
                       return run(*routePtr, request, answer, scope, fingerprint);
                   const IdempotencyRecord &record = **found;
                   ApiReply first;
                   first.status = record.status;
                   first.body = record.responseBody;
                   first.contentType = record.contentType;
                   const ApiReply mismatch = keyReusedReply();
                   if (!m_idempotency.restore(scope, record.requestHash, first, mismatch))
                       return answer(mismatch);
                   first.headers.append(qMakePair(QByteArray("Idempotent-Replayed"), "true"));
                   answer(first);
               })
        .onCanceled(this, [this, answer, scope] {
            const ApiReply reply =
                errorReply(Error{ErrorCode::ShuttingDown, tr("The request was abandoned.")});
            m_idempotency.finish(scope, reply);
            answer(reply);
        });
}

void ApiServer::run(const Route &route, const ApiRequest &request, const Answer &answer, const QString &scope,
                    const QByteArray &fingerprint)
{
    thenSafely(route.handler(request), this,
               [this, answer, scope, fingerprint, route = route.path,
                userId = request.principal.userId](const ApiReply &reply) {
                   if (scope.isEmpty())
                       return answer(reply);
                   m_idempotency.finish(scope, reply);
                   if (!m_options.journal || reply.status >= 500)
                       return answer(reply);
                   // The first answer is on disk before the client sees it: a retry after a
                   // restart gets it again.
                   IdempotencyRecord record;
                   record.key = scope;
                   record.userId = userId;
                   record.route = route;
                   record.requestHash = fingerprint;
                   record.status = reply.status;
                   record.contentType = reply.contentType;
                   record.responseBody = reply.body;
                   record.createdAt = QDateTime::fromMSecsSinceEpoch(m_options.clock->nowMs(), Qt::UTC);
                   thenSafely(m_options.journal->save(record), this, [answer, reply](const Status &saved) {
                       if (!saved)
                           qWarning("tessera-server: keeping an idempotency record: %s",
                                    qPrintable(saved.error().message));
                       answer(reply);
                   }).onCanceled(this, [answer, reply] { answer(reply); });
               })
        .onCanceled(this, [this, answer, scope] {
            const ApiReply reply =
                errorReply(Error{ErrorCode::ShuttingDown, tr("The request was abandoned.")});
            if (!scope.isEmpty())
                m_idempotency.finish(scope, reply);
            answer(reply);
        });
}

void ApiServer::respond(const std::shared_ptr<PendingAnswer> &pending, const ApiReply &reply,
                        const QString &route, const QByteArray &method, const QElapsedTimer &timer)
{
    m_metrics->count(method, route, reply.status, timer.nsecsElapsed());
    if (pending->socket && pending->socket->isOpen()) {
        QHttpServerResponder &responder = pending->responder;
        responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(reply.status));
        if (!reply.contentType.isEmpty())
            responder.writeHeader("Content-Type", reply.contentType);
        responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
        for (const auto &header : reply.headers)
            responder.writeHeader(header.first, header.second);
        responder.writeBody(reply.body);
    }
    finishRequest();
}

void ApiServer::finishRequest()
{
    --m_inFlight;
    if (m_stopping && m_inFlight == 0)
        emit drained();
}

Result<quint16> ApiServer::adopt(std::unique_ptr<QTcpServer> server, const QHostAddress &address,
                                 quint16 port)
{
    if (!server->listen(address, port)) {
        return Error{
            ErrorCode::InvalidInput,
            tr("Cannot listen on %1:%2: %3").arg(address.toString()).arg(port).arg(server->errorString())};
    }
    const quint16 bound = server->serverPort();
    m_http.bind(server.release()); // the HTTP server takes ownership
    return bound;
}

Result<quint16> ApiServer::listen(const QHostAddress &address, quint16 port)
{
    return adopt(std::make_unique<QTcpServer>(), address, port);
}

Result<quint16> ApiServer::listenTls(const QHostAddress &address, quint16 port, const QSslConfiguration &tls)
{
    auto server = std::make_unique<QSslServer>();
    server->setSslConfiguration(tls);
    return adopt(std::move(server), address, port);
}

void ApiServer::stopAccepting()
{
    m_stopping = true;
    const auto servers = m_http.servers();
    for (QTcpServer *server : servers)
        server->close();
    m_push->closeAll();
    if (m_inFlight == 0)
        emit drained();
}

} // namespace tessera
