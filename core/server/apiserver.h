#pragma once

#include "core/boxoffice/boxoffice.h"
#include "core/server/apierror.h"
#include "core/server/apirequest.h"
#include "core/server/authservice.h"
#include "core/server/idempotencycache.h"
#include "core/server/ratelimiter.h"
#include "core/server/ticketregistry.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QHostAddress>
#include <QHttpServer>
#include <QObject>

#include <functional>
#include <map>
#include <memory>

QT_BEGIN_NAMESPACE
class QSslConfiguration;
class QTcpServer;
QT_END_NAMESPACE

namespace tessera {

class ServerJournal;
class PushHub;
struct PendingAnswer;

/// One route of the API, as registered with the HTTP server (and listed in the OpenAPI document).
struct ApiRouteInfo
{
    QByteArray method;       ///< "GET", "POST", "PUT", "DELETE"
    QString path;            ///< "/api/v1/events/{id}"
    bool idempotent = false; ///< honours an Idempotency-Key header
};

/// tessera-server's HTTP side: serves a BoxOffice over the REST API of API.md (base /api/v1,
/// GET /health at the root) with bearer-token auth and roles, JSON errors, a body size limit,
/// per-token rate limits, Idempotency-Key replay on holds, purchase, sell, confirm and cancel
/// (kept across restarts when Options::journal is set), and the
/// WebSocket push stream /api/v1/stream. Handlers never wait on the core: every answer is a
/// future continued on this object's thread. Lives in the thread that created it.
class ApiServer final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        qint64 maxBodyBytes = 1024 * 1024;
        double requestsPerSecond = 100; ///< per token (or per address before login)
        double burst = 200;
        int idempotencyHours = 24;
        /// Where first answers to keyed requests are kept across restarts; null: in memory only.
        /// Must outlive the server.
        ServerJournal *journal = nullptr;
        Clock *clock = Clock::system();
    };

    ApiServer(BoxOffice &office, AuthService &auth, const Options &options, QObject *parent = nullptr);
    ~ApiServer() override;
    Q_DISABLE_COPY_MOVE(ApiServer)

    /// Listens on `address`:`port` (0: a free port); returns the port.
    Result<quint16> listen(const QHostAddress &address, quint16 port);
    /// Listens with TLS (QSslServer) on `address`:`port`; returns the port.
    Result<quint16> listenTls(const QHostAddress &address, quint16 port, const QSslConfiguration &tls);
    /// Closes the listening sockets; requests already received are still answered.
    void stopAccepting();
    /// Requests received and not yet answered.
    int requestsInFlight() const { return m_inFlight; }
    /// Every route the server answers, in registration order.
    QList<ApiRouteInfo> routes() const;
    /// Push streams open now.
    qsizetype streamCount() const;

    BoxOffice &boxOffice() { return m_office; }

signals:
    /// After stopAccepting(): the last request in flight was answered (or none was running).
    void drained();

private:
    using Handler = std::function<QFuture<ApiReply>(const ApiRequest &request)>;
    enum class Access {
        Open,
        Customer,
        Clerk,
        Admin
    };
    enum class Idempotent {
        No,
        Yes
    };
    struct Route
    {
        QByteArray method;
        QString path;
        Access access = Access::Customer;
        Idempotent idempotent = Idempotent::No;
        Handler handler;
    };
    struct PathRoutes
    {
        QString path;
        QList<Route> routes;
    };
    struct Metrics;

    void addRoute(const QByteArray &method, const QString &path, Access access, Handler handler,
                  Idempotent idempotent = Idempotent::No);
    void registerRoutes();
    void registerEventRoutes();
    void registerSalesRoutes();
    void registerTicketRoutes();
    void registerQueueRoutes();
    void registerQueueAdminRoutes();
    void registerOpsRoutes();
    void registerOrderRoutes();
    void installPaths();
    void dispatch(const PathRoutes &paths, const QStringList &params, const QHttpServerRequest &request,
                  QHttpServerResponder &&responder);
    using Answer = std::function<void(const ApiReply &)>;
    /// Runs the route's handler and answers; a keyed request's answer is recorded first.
    void run(const Route &route, const ApiRequest &request, const Answer &answer, const QString &scope,
             const QByteArray &fingerprint);
    /// A keyed request that is new to this process: looks for its first answer in the journal.
    void runOrReplay(const Route &route, const ApiRequest &request, const Answer &answer,
                     const QString &scope, const QByteArray &fingerprint);
    void respond(const std::shared_ptr<PendingAnswer> &pending, const ApiReply &reply, const QString &route,
                 const QByteArray &method, const QElapsedTimer &timer);
    void finishRequest();
    Result<quint16> adopt(std::unique_ptr<QTcpServer> server, const QHostAddress &address, quint16 port);

    // Handlers shared by several routes.
    QFuture<ApiReply> holdAnswer(QFuture<Result<Hold>> hold, int status);
    static QString holderFor(const Principal &principal);
    QFuture<ApiReply> purchase(const ApiRequest &request);
    QFuture<ApiReply> confirmTicket(const ApiRequest &request);
    QFuture<ApiReply> cancelTicket(const ApiRequest &request);
    QFuture<ApiReply> ticket(const ApiRequest &request);
    using TicketUse = std::function<QFuture<ApiReply>(std::optional<TicketRegistry::Entry> entry)>;
    enum class TicketSource {
        Database, ///< the journal's state (what another server did), with this server's marks
        Lookup    ///< the journal's state, not kept in the registry (reads)
    };
    /// Runs `use` on the reserved ticket `ticketId` as the journal has it (the registry without
    /// a journal; nothing when neither has it); 503 when the journal cannot be read.
    QFuture<ApiReply> withTicket(const QUuid &ticketId, TicketUse use, TicketSource source);
    /// Whether other servers may hold this database's holds (PostgreSQL): a reservation's hold
    /// that is not here before its expiry is then theirs, not void.
    bool holdsAreShared() const;
    /// Updates the ticket in the registry and (awaited) in the journal, then answers `reply`.
    QFuture<ApiReply> keepTicket(const Ticket &ticket, ApiReply reply);
    enum class SeatFilter {
        All,
        Available
    };
    QFuture<ApiReply> seatList(const ApiRequest &request, SeatFilter filter);
    QFuture<ApiReply> addSeats(const ApiRequest &request);
    QFuture<ApiReply> statusReply();
    QFuture<ApiReply> metricsReply();

    BoxOffice &m_office;
    AuthService &m_auth;
    Options m_options;
    QHttpServer m_http;
    std::vector<std::unique_ptr<QTcpServer>> m_listeners;
    std::map<QString, PathRoutes> m_paths;
    QList<ApiRouteInfo> m_routeOrder;
    RateLimiter m_limiter;
    IdempotencyCache m_idempotency;
    TicketRegistry m_tickets;
    std::unique_ptr<PushHub> m_push;
    std::unique_ptr<Metrics> m_metrics;
    int m_inFlight = 0;
    bool m_stopping = false;
    qint64 m_nextJournalPurgeMs = 0;
};

} // namespace tessera
