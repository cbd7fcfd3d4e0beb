#pragma once

#include "core/boxoffice/boxoffice.h"
#include "core/server/authservice.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <memory>
#include <unordered_map>

QT_BEGIN_NAMESPACE
class QWebSocket;
QT_END_NAMESPACE

namespace tessera {

/// The WebSocket push stream `/api/v1/stream?event_id=...` (token as `token` query parameter or
/// Authorization header). Each client first gets `{"type": "SNAPSHOT", "payload": {event, seats,
/// standing}}`, then one message per coalesced change batch of the box office: SEAT_UPDATE (one
/// seat) or SEAT_UPDATES (several), EVENT_UPDATE (event or standing counters changed) and
/// QUEUE_UPDATE (waiting-room length changed). Updates that arrive before the snapshot is sent
/// are queued behind it; they carry absolute states, so nothing is lost or applied twice. A
/// seat's `ownerId` (its holder) goes to staff; a customer sees it only on their own holds
/// ("user:<their id>") and an empty one elsewhere. Lives on the server thread.
class PushHub final : public QObject
{
    Q_OBJECT

public:
    PushHub(BoxOffice &office, AuthService &auth, QObject *parent = nullptr);
    ~PushHub() override;
    Q_DISABLE_COPY_MOVE(PushHub)

    /// Takes a freshly upgraded connection: checks its path, token and event, then sends the
    /// snapshot. Refused connections get an error message and are closed.
    void adopt(std::unique_ptr<QWebSocket> socket);
    qsizetype clientCount() const { return m_clients.size(); }

    /// Streams one user may keep open at a time (more are refused with rate_limited).
    static constexpr qsizetype kMaxCustomerStreams = 8;
    static constexpr qsizetype kMaxStaffStreams = 1000;
    void closeAll();

private:
    struct Client
    {
        std::unique_ptr<QWebSocket> socket;
        QUuid eventId;
        bool snapshotSent = false;
        QList<QString> queued;
        QUuid userId;
        bool staff = false; ///< sees every seat's owner
        QString ownHolder;  ///< a customer's holder name ("user:<id>"): the only owner they see
    };

    void refuse(std::unique_ptr<QWebSocket> socket, const Error &error);
    void refuse(std::unique_ptr<QWebSocket> socket, const QString &code, const QString &text);
    void sendSnapshot(QWebSocket *socket, const QUuid &eventId);
    void finishSnapshot(QWebSocket *socket, const Result<QList<SeatInfo>> &seats,
                        const Result<QList<StandingInfo>> &standing, const Result<Event> &event);
    void broadcast(const QUuid &eventId, const QString &message);
    /// Queues or sends `text` to one client.
    static void deliver(Client &client, const QString &text);
    void onSeatsChanged(const QUuid &eventId, const QList<quint32> &seats);
    void onStandingChanged(const QUuid &eventId);
    void onEventsChanged();
    void pollQueues();
    void sendEventUpdate(const QUuid &eventId);

    BoxOffice &m_office;
    AuthService &m_auth;
    std::unordered_map<QWebSocket *, Client> m_clients;
    QHash<QUuid, qint64> m_queueLengths;
    QTimer m_queueTimer;
};

} // namespace tessera
