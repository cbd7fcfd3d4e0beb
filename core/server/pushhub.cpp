#include "core/server/pushhub.h"

#include "core/common/futuresync.h"
#include "core/domain/json.h"
#include "core/server/seatjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QSet>
#include <QUrlQuery>
#include <QWebSocket>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tessera {

namespace {

QString message(const QString &type, const QJsonValue &payload)
{
    const QJsonObject object{{u"type"_s, type}, {u"payload"_s, payload}};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

/// The holder shown to a client: every holder to staff, only their own to a customer.
QString shownOwner(const QString &holder, bool staff, const QString &ownHolder)
{
    return staff || holder == ownHolder ? holder : QString();
}

QJsonArray standingJson(const QList<StandingInfo> &areas)
{
    QJsonArray array;
    for (const StandingInfo &area : areas) {
        array.append(QJsonObject{{u"id"_s, area.id.toString(QUuid::WithoutBraces)},
                                 {u"name"_s, area.name},
                                 {u"capacity"_s, qint64(area.counts.capacity)},
                                 {u"available"_s, qint64(area.counts.available())},
                                 {u"held"_s, qint64(area.counts.held)},
                                 {u"sold"_s, qint64(area.counts.sold)},
                                 {u"blocked"_s, qint64(area.counts.blocked)}});
    }
    return array;
}

} // namespace

PushHub::PushHub(BoxOffice &office, AuthService &auth, QObject *parent)
    : QObject(parent)
    , m_office(office)
    , m_auth(auth)
{
    connect(&m_office, &BoxOffice::seatsChanged, this, &PushHub::onSeatsChanged);
    connect(&m_office, &BoxOffice::standingChanged, this, &PushHub::onStandingChanged);
    connect(&m_office, &BoxOffice::eventsChanged, this, &PushHub::onEventsChanged);
    m_queueTimer.setInterval(1000);
    connect(&m_queueTimer, &QTimer::timeout, this, &PushHub::pollQueues);
    m_queueTimer.start();
}

PushHub::~PushHub()
{
    for (auto &[raw, client] : m_clients)
        client.socket->disconnect(this);
}

void PushHub::refuse(std::unique_ptr<QWebSocket> socket, const Error &error)
{
    refuse(std::move(socket), errorCodeName(error.code), error.message);
}

void PushHub::refuse(std::unique_ptr<QWebSocket> socket, const QString &code, const QString &text)
{
    socket->sendTextMessage(message(u"ERROR"_s, QJsonObject{{u"code"_s, code}, {u"message"_s, text}}));
    socket->close(QWebSocketProtocol::CloseCodePolicyViolated, text);
    QWebSocket *raw = socket.release();
    raw->setParent(this); // freed with the hub if neither deferred delete runs
    connect(raw, &QWebSocket::disconnected, raw, &QObject::deleteLater);
    QTimer::singleShot(5000, raw, &QObject::deleteLater);
}

void PushHub::adopt(std::unique_ptr<QWebSocket> socket)
{
    const QUrl url = socket->requestUrl();
    const QUrlQuery query(url);
    if (url.path() != u"/api/v1/stream")
        return refuse(std::move(socket), Error{ErrorCode::NotFound, tr("No stream at %1.").arg(url.path())});
    QString token = query.queryItemValue(u"token"_s);
    const QByteArray authorization = socket->request().rawHeader("Authorization");
    if (token.isEmpty() && authorization.startsWith("Bearer "))
        token = QString::fromLatin1(authorization.mid(7).trimmed());
    const std::optional<Principal> principal = m_auth.authenticate(token);
    if (!principal)
        return refuse(std::move(socket), Error{ErrorCode::Unauthorized, tr("A valid token is required.")});
    // Each stream costs a snapshot of its event: a customer gets a few at a time, staff (a
    // remote terminal keeps one per event) many.
    const qsizetype limit = principal->role == Role::Customer ? kMaxCustomerStreams : kMaxStaffStreams;
    const qsizetype open = std::count_if(m_clients.begin(), m_clients.end(),
                                         [&](const auto &c) { return c.second.userId == principal->userId; });
    if (open >= limit)
        return refuse(std::move(socket), u"rate_limited"_s,
                      tr("At most %1 live streams at a time; close one first.").arg(limit));
    const QUuid eventId = QUuid::fromString(query.queryItemValue(u"event_id"_s));
    if (eventId.isNull())
        return refuse(std::move(socket), Error{ErrorCode::InvalidInput, tr("event_id: not a UUID")});
    if (!m_office.catalogEntry(eventId))
        return refuse(std::move(socket),
                      Error{ErrorCode::NotFound, tr("No event %1.").arg(eventId.toString())});

    QWebSocket *raw = socket.get();
    connect(raw, &QWebSocket::disconnected, this, [this, raw] {
        auto it = m_clients.find(raw);
        if (it == m_clients.end())
            return;
        QWebSocket *closed = it->second.socket.release();
        closed->setParent(this); // freed with the hub if the deferred delete never runs
        closed->deleteLater();
        m_clients.erase(it);
    });
    const QString ownHolder = principal->role == Role::Customer
                                  ? u"user:"_s + principal->userId.toString(QUuid::WithoutBraces)
                                  : QString();
    m_clients.emplace(
        raw,
        Client{std::move(socket), eventId, false, {}, principal->userId, ownHolder.isEmpty(), ownHolder});
    sendSnapshot(raw, eventId);
}

void PushHub::sendSnapshot(QWebSocket *socket, const QUuid &eventId)
{
    // The three reads run one after the other, each continuation holding only results, so no
    // future outlives the snapshot (joined futures kept each other's continuations alive).
    thenSafely(m_office.seats(eventId), this, [this, socket, eventId](Result<QList<SeatInfo>> seats) {
        thenSafely(m_office.standingAreas(eventId), this,
                   [this, socket, eventId, seats = std::move(seats)](Result<QList<StandingInfo>> standing) {
                       thenSafely(m_office.event(eventId), this,
                                  [this, socket, seats, standing = std::move(standing)](Result<Event> event) {
                                      finishSnapshot(socket, seats, standing, event);
                                  });
                   });
    });
}

void PushHub::finishSnapshot(QWebSocket *socket, const Result<QList<SeatInfo>> &s,
                             const Result<QList<StandingInfo>> &a, const Result<Event> &e)
{
    auto it = m_clients.find(socket);
    if (it == m_clients.end())
        return;
    if (!s || !a || !e) {
        const Error error = !e ? e.error() : !s ? s.error() : a.error();
        socket->sendTextMessage(message(
            u"ERROR"_s, QJsonObject{{u"code"_s, errorCodeName(error.code)}, {u"message"_s, error.message}}));
        socket->close();
        return;
    }
    QJsonArray seatArray;
    for (const SeatInfo &seat : *s) {
        seatArray.append(
            QJsonObject{{u"seatId"_s, seat.seatId.toString(QUuid::WithoutBraces)},
                        {u"status"_s, seatPushStatus(seat.state)},
                        {u"ownerId"_s, shownOwner(seat.holder, it->second.staff, it->second.ownHolder)}});
    }
    socket->sendTextMessage(message(
        u"SNAPSHOT"_s,
        QJsonObject{{u"event"_s, toJson(*e)}, {u"seats"_s, seatArray}, {u"standing"_s, standingJson(*a)}}));
    it->second.snapshotSent = true;
    for (const QString &queued : std::as_const(it->second.queued))
        socket->sendTextMessage(queued);
    it->second.queued.clear();
}

void PushHub::deliver(Client &client, const QString &text)
{
    if (client.snapshotSent)
        client.socket->sendTextMessage(text);
    else
        client.queued.append(text);
}

void PushHub::broadcast(const QUuid &eventId, const QString &text)
{
    for (auto &[raw, client] : m_clients) {
        if (client.eventId == eventId)
            deliver(client, text);
    }
}

void PushHub::onSeatsChanged(const QUuid &eventId, const QList<quint32> &seats)
{
    bool watched = false;
    for (const auto &[raw, client] : m_clients)
        watched = watched || client.eventId == eventId;
    if (!watched)
        return;
    const EventSpace *space = m_office.seatSpace(eventId);
    const auto entry = m_office.catalogEntry(eventId);
    if (!space || !entry)
        return;
    struct Update
    {
        QString seatId;
        QString status;
        QString owner;
    };
    std::vector<Update> updates;
    updates.reserve(size_t(seats.size()));
    QSet<QString> owners;
    for (quint32 seat : seats) {
        if (seat >= quint32(entry->layout.seats.size()))
            continue;
        const HolderId holder = space->seatHolder(seat);
        Update &update = updates.emplace_back(
            Update{entry->layout.seats[seat].id.toString(QUuid::WithoutBraces),
                   seatPushStatus(space->seatState(seat)), holder ? m_office.holderName(holder) : QString()});
        if (!update.owner.isEmpty())
            owners.insert(update.owner);
    }
    if (updates.empty())
        return;
    // One text for staff, one for customers without a hold here, one per customer with one.
    auto text = [&updates](bool staff, const QString &ownHolder) {
        QJsonArray array;
        for (const Update &u : updates) {
            array.append(QJsonObject{{u"seatId"_s, u.seatId},
                                     {u"status"_s, u.status},
                                     {u"ownerId"_s, shownOwner(u.owner, staff, ownHolder)}});
        }
        return array.size() == 1 ? message(u"SEAT_UPDATE"_s, array.first())
                                 : message(u"SEAT_UPDATES"_s, array);
    };
    QString staff;
    QString others;
    for (auto &[raw, client] : m_clients) {
        if (client.eventId != eventId)
            continue;
        if (client.staff) {
            if (staff.isEmpty())
                staff = text(true, {});
            deliver(client, staff);
        } else if (owners.contains(client.ownHolder)) {
            deliver(client, text(false, client.ownHolder));
        } else {
            if (others.isEmpty())
                others = text(false, {});
            deliver(client, others);
        }
    }
}

void PushHub::sendEventUpdate(const QUuid &eventId)
{
    thenSafely(m_office.event(eventId), this, [this, eventId](Result<Event> e) {
        if (!e) {
            broadcast(eventId, message(u"EVENT_UPDATE"_s,
                                       QJsonObject{{u"id"_s, eventId.toString(QUuid::WithoutBraces)},
                                                   {u"deleted"_s, true}}));
            return;
        }
        thenSafely(m_office.standingAreas(eventId), this, [this, eventId, e](Result<QList<StandingInfo>> a) {
            broadcast(eventId, message(u"EVENT_UPDATE"_s,
                                       QJsonObject{{u"event"_s, toJson(*e)},
                                                   {u"standing"_s, a ? standingJson(*a) : QJsonArray()}}));
        });
    });
}

void PushHub::onStandingChanged(const QUuid &eventId)
{
    for (const auto &[raw, client] : m_clients) {
        if (client.eventId == eventId)
            return sendEventUpdate(eventId);
    }
}

void PushHub::onEventsChanged()
{
    QSet<QUuid> events;
    for (const auto &[raw, client] : m_clients)
        events.insert(client.eventId);
    for (const QUuid &eventId : std::as_const(events))
        sendEventUpdate(eventId);
}

void PushHub::pollQueues()
{
    QSet<QUuid> events;
    for (const auto &[raw, client] : m_clients)
        events.insert(client.eventId);
    for (const QUuid &eventId : std::as_const(events)) {
        thenSafely(m_office.queueLength(eventId), this, [this, eventId](Result<qint64> length) {
            if (!length || m_queueLengths.value(eventId, -1) == *length)
                return;
            m_queueLengths.insert(eventId, *length);
            broadcast(eventId, message(u"QUEUE_UPDATE"_s,
                                       QJsonObject{{u"event_id"_s, eventId.toString(QUuid::WithoutBraces)},
                                                   {u"length"_s, *length}}));
        });
    }
}

void PushHub::closeAll()
{
    m_queueTimer.stop();
    // close() may signal disconnected at once, which erases the client: walk a copy.
    std::vector<QWebSocket *> sockets;
    for (const auto &[raw, client] : m_clients)
        sockets.push_back(raw);
    for (QWebSocket *socket : sockets) {
        if (m_clients.count(socket))
            socket->close(QWebSocketProtocol::CloseCodeGoingAway, tr("The server is shutting down."));
    }
}

} // namespace tessera
