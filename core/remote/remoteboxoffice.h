#pragma once

#include "core/boxoffice/boxoffice.h"
#include "core/engine/holderregistry.h"
#include "core/waitingroom/queueroomsnapshot.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QPromise>
#include <QReadWriteLock>
#include <QSet>
#include <QTimer>
#include <QUrl>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
class QNetworkReply;
class QWebSocket;
QT_END_NAMESPACE

namespace tessera {

/// How a RemoteBoxOffice is connected to its server.
enum class ConnectionState {
    Connecting,   ///< first contact: logging in, loading events and snapshots
    Connected,    ///< every mirrored event has its push stream and a fresh snapshot
    Reconnecting, ///< the server went away; retrying with backoff, the mirror may be stale
    Offline       ///< disconnected on purpose (or the login was refused)
};

/// "connected", "reconnecting"... for logs and the command line.
QString connectionStateName(ConnectionState state);

/// The answer of a login: the bearer token and who it belongs to.
struct RemoteLogin
{
    QString token;
    QString username;
    QString role;
    QUuid userId;
    QDateTime expiresAt;
};

/// A BoxOffice that is a client of tessera-server (API.md): every operation is an HTTP request
/// on QNetworkAccessManager, and the seat states come from the WebSocket push stream, one stream
/// per event. It keeps a local mirror per event (a CatalogEntry and an EventSpace) that is
/// filled from the stream's SNAPSHOT and updated from SEAT_UPDATE(S) and EVENT_UPDATE, so
/// seatSpace() and catalogEntry() work exactly as in local mode and the same seatsChanged /
/// standingChanged / eventsChanged notifications are emitted.
///
/// When the connection drops, connectionStateChanged() reports Reconnecting; the streams are
/// reopened with exponential backoff and each brings a fresh snapshot. Requests that are safe to
/// repeat (reads, and holds, purchase, sell, confirm and cancel, which carry an Idempotency-Key) are
/// retried with the same key until the retry window ends, so nothing is sold twice or lost.
/// Holds are made for the logged-in user ("clerk:<username>" on the server): the `holder` of a
/// request is not sent. Lives in the thread that created it; every operation may be called from
/// any thread (the request is posted to the object's thread).
class RemoteBoxOffice final : public BoxOffice
{
    Q_OBJECT

public:
    struct Options
    {
        QUrl server;   ///< http://host:port (or https)
        QString token; ///< a bearer token; empty: log in with username and password
        QString username;
        QString password;
        int requestTimeoutMs = 15000; ///< one attempt of one request
        int retryWindowMs = 60000;    ///< how long a repeatable request is retried
        int backoffInitialMs = 100;   ///< first reconnect delay, doubled up to backoffMaxMs
        int backoffMaxMs = 5000;
        int eventListRefreshMs = 5000; ///< how often the event list is reloaded
    };

    explicit RemoteBoxOffice(const Options &options, QObject *parent = nullptr);
    ~RemoteBoxOffice() override;
    Q_DISABLE_COPY_MOVE(RemoteBoxOffice)

    /// Logs in (when no token was given), loads the events with their layouts and opens their
    /// push streams. The future is ready when every event has its first snapshot, or with the
    /// login or network error (then the state is Offline). If the streams cannot be opened
    /// within Options::retryWindowMs, or disconnectFromServer() comes first, it is ready with
    /// an error too.
    QFuture<Status> connectToServer();
    /// Closes the streams and stops reconnecting.
    void disconnectFromServer();
    /// POST /api/v1/auth/login on `server`, without a box office.
    static QFuture<Result<RemoteLogin>> login(QNetworkAccessManager *network, const QUrl &server,
                                              const QString &username, const QString &password);

    ConnectionState connectionState() const { return m_state; }
    QUrl serverUrl() const { return m_options.server; }
    QString token() const { return m_options.token; }
    /// The holder name the server records for this client's holds ("clerk:<username>").
    QString serverHolder() const { return m_serverHolder; }
    /// Reconnect attempts since the last time the state was Connected.
    int reconnectAttempts() const { return m_reconnectAttempts; }

    QFuture<Result<QList<Event>>> events() override;
    QFuture<Result<Event>> event(const QUuid &eventId) override;
    QFuture<Result<Event>> createEvent(const Event &event, const VenueLayout &layout) override;
    QFuture<Result<Event>> updateEvent(const Event &event) override;
    QFuture<Status> deleteEvent(const QUuid &eventId) override;
    QFuture<Result<VenueLayout>> layout(const QUuid &eventId) override;
    QFuture<Result<Event>> replaceLayout(const QUuid &eventId, const VenueLayout &layout) override;

    QFuture<Result<QList<SeatInfo>>> seats(const QUuid &eventId) override;
    QFuture<Result<QList<StandingInfo>>> standingAreas(const QUuid &eventId) override;
    const EventSpace *seatSpace(const QUuid &eventId) const override;
    std::shared_ptr<const CatalogEntry> catalogEntry(const QUuid &eventId) const override;
    HolderId holderId(const QString &holder) override;
    QString holderName(HolderId id) const override;

    QFuture<Result<Hold>> holdSeats(const SeatHoldRequest &request) override;
    QFuture<Result<Hold>> holdStanding(const StandingHoldRequest &request) override;
    QFuture<Result<Hold>> holdBestAvailable(const BestAvailableRequest &request) override;
    QFuture<Result<Hold>> extendHold(const QUuid &holdId, const QString &holder, int ttlSeconds = 0) override;
    QFuture<Status> releaseHold(const QUuid &holdId, const QString &holder) override;
    QFuture<Result<Order>> sell(const QUuid &holdId, const SaleRequest &sale) override;
    QFuture<Result<Order>> cancelTickets(const QList<QUuid> &ticketIds, CancelKind kind) override;
    QFuture<Result<Order>> cancelOrder(const QUuid &orderId, CancelKind kind) override;
    QFuture<Result<Order>> order(const QUuid &orderId) override;
    QFuture<Result<QList<Order>>> findOrders(const QString &text) override;
    /// From GET /events/{id}/seat-tickets; seats map to indexes through the event's mirror.
    QFuture<Result<std::vector<std::pair<quint32, QUuid>>>> liveSeatTickets(const QUuid &eventId) override;

    QFuture<Status> blockSeats(const QUuid &eventId, const QList<QUuid> &seatIds,
                               const QString &reason) override;
    QFuture<Status> unblockSeats(const QUuid &eventId, const QList<QUuid> &seatIds) override;

    QFuture<Result<QueueEntry>> joinQueue(const QUuid &eventId, const QUuid &userId) override;
    QFuture<Result<QueueEntry>> queuePosition(const QUuid &eventId, const QUuid &userId) override;
    QFuture<Result<QueueEntry>> queueSession(const QUuid &sessionId) override;
    QFuture<Result<qint64>> queueLength(const QUuid &eventId) override;
    QFuture<Result<QList<QueueEntry>>> admitNext(const QUuid &eventId, int count) override;
    QFuture<Result<QueueEntry>> refreshSession(const QUuid &sessionId) override;
    QFuture<Status> leaveQueue(const QUuid &eventId, const QUuid &userId) override;
    QFuture<Status> configureQueue(const QUuid &eventId, const WaitingRoomConfig &config) override;
    /// Always nullptr: the waiting rooms live on the server.
    /// Always null: the queue admin reads a server's waiting rooms through queueRoom() and
    /// queueLine() instead.
    WaitingRoom *waitingRoom(const QUuid &eventId) override;
    /// The event's waiting room as the server sees it (admin role): settings, counters, seed and
    /// at most `sessionLimit` active sessions (GET /events/{id}/queue).
    QFuture<Result<QueueRoomSnapshot>> queueRoom(const QUuid &eventId, int sessionLimit);
    /// `count` (at most 1,000) people of the waiting line from `firstPosition` (1-based), fewer
    /// at its end (GET /events/{id}/queue/line).
    QFuture<Result<QList<QueueTicket>>> queueLine(const QUuid &eventId, qint64 firstPosition, int count);

    QFuture<Result<EngineStatus>> status() override;

signals:
    void connectionStateChanged(tessera::ConnectionState state, const QString &message);
    /// Every mirrored event has a fresh snapshot (after connecting and after each reconnect).
    void mirrorSynchronised();

private:
    /// One HTTP exchange: status 0 means no answer (network error or timeout).
    struct Answer
    {
        int status = 0;
        QByteArray body;
        QString networkError;
    };
    enum class Repeat {
        No,  ///< a write without an idempotency key: never sent twice
        Yes, ///< a read, or a write with an Idempotency-Key
    };
    struct Call;
    struct Mirror;

    void request(const QByteArray &method, const QString &path, const QByteArray &body, Repeat repeat,
                 std::function<void(const Answer &)> done, const QString &idempotencyKey = {});
    void attempt(const std::shared_ptr<Call> &call);
    void onAttemptFinished(const std::shared_ptr<Call> &call, QNetworkReply *reply);
    /// Runs `fn` on this object's thread (now when already there).
    void post(std::function<void()> fn);
    template<typename T>
    QFuture<Result<T>> call(const QByteArray &method, const QString &path, const QByteArray &body,
                            Repeat repeat, std::function<Result<T>(const Answer &)> decode,
                            const QString &idempotencyKey = {});
    QFuture<Status> callStatus(const QByteArray &method, const QString &path, const QByteArray &body,
                               Repeat repeat, const QString &idempotencyKey = {});
    QFuture<Result<Hold>> postHold(const QUuid &eventId, const QString &path, const QJsonObject &body);
    QFuture<Result<QueueEntry>> queueCall(const QByteArray &method, const QString &path,
                                          const QJsonObject &body, bool nested = false);
    void admitMore(const QUuid &eventId, int left, std::shared_ptr<QList<QueueEntry>> admitted,
                   std::shared_ptr<QPromise<Result<QList<QueueEntry>>>> promise);

    // The mirror and the push streams (remoteboxoffice_mirror.cpp).
    void loadEvents(std::function<void(const Status &)> done);
    void ensureMirror(const Event &event, std::function<void(const Status &)> done);
    void installMirror(const Event &event, const VenueLayout &layout);
    void dropMirror(const QUuid &eventId);
    void openStream(const QUuid &eventId);
    void retireSocket(std::unique_ptr<QWebSocket> &socket);
    void onStreamMessage(const QUuid &eventId, const QString &text);
    void onStreamClosed(const QUuid &eventId);
    void applySnapshot(Mirror &mirror, const QJsonObject &payload);
    void applySeatUpdate(Mirror &mirror, const QJsonObject &update, QList<quint32> &changed);
    void applyEventUpdate(Mirror &mirror, const QJsonObject &payload);
    void applyStanding(Mirror &mirror, const QJsonArray &areas);
    void setState(ConnectionState state, const QString &message = {});
    void scheduleReconnect();
    /// Stops wanting the connection: closes the streams and stops the timers.
    void closeStreams();
    /// Gives up connecting: Offline with `error`, and the connect futures get it.
    void failConnecting(const Error &error);
    void reconnect();
    void checkSynchronised();
    void flushSeatNotifications();
    void afterEventChange(const QUuid &eventId);
    /// Reloads the event list (new and deleted events of other clients; the push stream is per
    /// event): every few seconds, and soon after a lookup of an event this client does not know.
    void refreshEvents();
    void requestRefresh() const;

    Options m_options;
    QNetworkAccessManager *m_network = nullptr;
    QString m_serverHolder;
    ConnectionState m_state = ConnectionState::Offline;
    bool m_wanted = false; ///< connectToServer() was called and not undone
    int m_reconnectAttempts = 0;
    int m_backoffMs = 0;
    QTimer m_reconnectTimer; ///< children, so that moveToThread() takes them along
    QTimer m_notifyTimer;
    QTimer m_refreshTimer;
    QTimer m_discoverTimer;
    bool m_refreshing = false;
    QElapsedTimer m_lastRefresh;
    QElapsedTimer m_connectClock; ///< since connectToServer() started connecting
    mutable std::atomic<bool> m_discoverPosted = false;
    std::vector<std::shared_ptr<QPromise<Status>>> m_connectWaiters;
    HolderRegistry m_holders;
    quint32 m_nextIndex = 0;

    mutable QReadWriteLock m_mirrorLock; ///< guards the maps below (the GUI reads from its thread)
    QHash<QUuid, std::shared_ptr<Mirror>> m_mirrors;
    std::vector<std::shared_ptr<Mirror>> m_retired; ///< spaces stay valid while this object lives
    QHash<QUuid, QList<quint32>> m_dirtySeats;
    QSet<QUuid> m_dirtyStanding;
};

} // namespace tessera
