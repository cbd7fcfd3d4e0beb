// RemoteBoxOffice: the HTTP requests and the operations of the BoxOffice interface.

#include "core/remote/remoteboxoffice.h"

#include "core/common/ids.h"
#include "core/domain/json.h"
#include "core/remote/remotemirror_p.h"
#include "core/remote/remotewire_p.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPromise>
#include <QThread>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tessera {

using namespace remote;

/// One request with its retries: the same method, path, body and Idempotency-Key every time.
struct RemoteBoxOffice::Call
{
    QByteArray method;
    QString path;
    QByteArray body;
    Repeat repeat = Repeat::No;
    QString idempotencyKey;
    std::function<void(const Answer &)> done;
    QElapsedTimer since;
    int attempts = 0;
    int backoffMs = 0;
    bool reloggedIn = false;
};

QString connectionStateName(ConnectionState state)
{
    switch (state) {
    case ConnectionState::Connecting:
        return u"connecting"_s;
    case ConnectionState::Connected:
        return u"connected"_s;
    case ConnectionState::Reconnecting:
        return u"reconnecting"_s;
    case ConnectionState::Offline:
        break;
    }
    return u"offline"_s;
}

RemoteBoxOffice::RemoteBoxOffice(const Options &options, QObject *parent)
    : BoxOffice(parent)
    , m_options(options)
    , m_network(new QNetworkAccessManager(this))
    , m_reconnectTimer(this)
    , m_notifyTimer(this)
    , m_refreshTimer(this)
    , m_discoverTimer(this)
{
    m_refreshTimer.setInterval(m_options.eventListRefreshMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &RemoteBoxOffice::refreshEvents);
    m_discoverTimer.setSingleShot(true);
    connect(&m_discoverTimer, &QTimer::timeout, this, &RemoteBoxOffice::refreshEvents);
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &RemoteBoxOffice::reconnect);
    m_notifyTimer.setSingleShot(true);
    m_notifyTimer.setInterval(16);
    connect(&m_notifyTimer, &QTimer::timeout, this, &RemoteBoxOffice::flushSeatNotifications);
    if (!m_options.username.isEmpty())
        m_serverHolder = u"clerk:"_s + m_options.username;
}

RemoteBoxOffice::~RemoteBoxOffice()
{
    m_wanted = false;
    QWriteLocker lock(&m_mirrorLock);
    for (const auto &mirror : std::as_const(m_mirrors)) {
        if (mirror->socket)
            mirror->socket->disconnect(this);
    }
}

void RemoteBoxOffice::post(std::function<void()> fn)
{
    if (QThread::currentThread() == thread())
        fn();
    else
        QMetaObject::invokeMethod(this, std::move(fn), Qt::QueuedConnection);
}

QFuture<Result<RemoteLogin>> RemoteBoxOffice::login(QNetworkAccessManager *network, const QUrl &server,
                                                    const QString &username, const QString &password)
{
    auto promise = std::make_shared<QPromise<Result<RemoteLogin>>>();
    promise->start();
    QNetworkRequest request(QUrl(server.toString(QUrl::StripTrailingSlash) + u"/api/v1/auth/login"_s));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(15000);
    QNetworkReply *reply =
        network->post(request, compact(QJsonObject{{u"username"_s, username}, {u"password"_s, password}}));
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, promise] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        Result<RemoteLogin> result = Error{};
        if (status != 200) {
            result = answerError(status, body, reply->errorString());
        } else if (Result<QJsonObject> json = objectBody(body); !json) {
            result = json.error();
        } else {
            RemoteLogin login;
            login.token = json->value(u"token"_s).toString();
            login.username = json->value(u"username"_s).toString();
            login.role = json->value(u"role"_s).toString();
            login.userId = QUuid::fromString(json->value(u"user_id"_s).toString());
            login.expiresAt = parseRfc3339(json->value(u"expires_at"_s).toString()).value_or(QDateTime());
            result = login;
        }
        promise->addResult(std::move(result));
        promise->finish();
    });
    return promise->future();
}

void RemoteBoxOffice::request(const QByteArray &method, const QString &path, const QByteArray &body,
                              Repeat repeat, std::function<void(const Answer &)> done,
                              const QString &idempotencyKey)
{
    auto call = std::make_shared<Call>();
    call->method = method;
    call->path = path;
    call->body = body;
    call->repeat = repeat;
    call->idempotencyKey = idempotencyKey;
    call->done = std::move(done);
    call->backoffMs = m_options.backoffInitialMs;
    post([this, call] {
        call->since.start();
        attempt(call);
    });
}

void RemoteBoxOffice::attempt(const std::shared_ptr<Call> &call)
{
    ++call->attempts;
    QNetworkRequest request(QUrl(m_options.server.toString(QUrl::StripTrailingSlash) + call->path));
    request.setTransferTimeout(m_options.requestTimeoutMs);
    if (!call->body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!m_options.token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_options.token.toLatin1());
    if (!call->idempotencyKey.isEmpty())
        request.setRawHeader("Idempotency-Key", call->idempotencyKey.toLatin1());
    QNetworkReply *reply = m_network->sendCustomRequest(request, call->method, call->body);
    connect(reply, &QNetworkReply::finished, this, [this, call, reply] { onAttemptFinished(call, reply); });
}

void RemoteBoxOffice::onAttemptFinished(const std::shared_ptr<Call> &call, QNetworkReply *reply)
{
    reply->deleteLater();
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    if (answer.status == 0)
        answer.networkError = reply->errorString();

    // Tokens live in the server's memory: after a server restart, log in again once.
    if (answer.status == 401 && !call->reloggedIn && !m_options.password.isEmpty()) {
        call->reloggedIn = true;
        login(m_network, m_options.server, m_options.username, m_options.password)
            .then(this, [this, call, answer](const Result<RemoteLogin> &login) {
                if (!login) {
                    call->done(answer);
                    return;
                }
                m_options.token = login->token;
                attempt(call);
            });
        return;
    }
    const bool unanswered =
        answer.status == 0 || answer.status == 502 || answer.status == 503 || answer.status == 504;
    if (unanswered && call->repeat == Repeat::Yes && m_wanted
        && call->since.elapsed() + call->backoffMs < m_options.retryWindowMs) {
        // The request may or may not have reached the server: send it again, same key.
        if (answer.status == 0 && m_state == ConnectionState::Connected)
            setState(ConnectionState::Reconnecting, answer.networkError);
        const int delay = call->backoffMs;
        call->backoffMs = std::min(call->backoffMs * 2, m_options.backoffMaxMs);
        QTimer::singleShot(delay, this, [this, call] { attempt(call); });
        return;
    }
    call->done(answer);
}

template<typename T>
QFuture<Result<T>>
RemoteBoxOffice::call(const QByteArray &method, const QString &path, const QByteArray &body, Repeat repeat,
                      std::function<Result<T>(const Answer &)> decode, const QString &idempotencyKey)
{
    auto promise = std::make_shared<QPromise<Result<T>>>();
    promise->start();
    request(
        method, path, body, repeat,
        [promise, decode = std::move(decode)](const Answer &answer) {
            Result<T> result = answer.status >= 200 && answer.status < 300
                                   ? decode(answer)
                                   : Result<T>(answerError(answer.status, answer.body, answer.networkError));
            promise->addResult(std::move(result));
            promise->finish();
        },
        idempotencyKey);
    return promise->future();
}

QFuture<Status> RemoteBoxOffice::callStatus(const QByteArray &method, const QString &path,
                                            const QByteArray &body, Repeat repeat,
                                            const QString &idempotencyKey)
{
    auto promise = std::make_shared<QPromise<Status>>();
    promise->start();
    request(
        method, path, body, repeat,
        [promise](const Answer &answer) {
            promise->addResult(answer.status >= 200 && answer.status < 300
                                   ? Status()
                                   : Status(answerError(answer.status, answer.body, answer.networkError)));
            promise->finish();
        },
        idempotencyKey);
    return promise->future();
}

namespace {

Result<Event> decodeEvent(const QByteArray &body)
{
    Result<QJsonObject> json = objectBody(body);
    if (!json)
        return json.error();
    return eventFromJson(json->contains(u"event"_s) ? json->value(u"event"_s).toObject() : *json);
}

Result<Order> decodeOrder(const QByteArray &body)
{
    Result<QJsonObject> json = objectBody(body);
    if (!json)
        return json.error();
    return orderFromJson(json->contains(u"order"_s) ? json->value(u"order"_s).toObject() : *json);
}

QString eventPath(const QUuid &eventId, const QString &tail = {})
{
    return u"/api/v1/events/"_s + idText(eventId) + tail;
}

} // namespace

QFuture<Result<QList<Event>>> RemoteBoxOffice::events()
{
    auto promise = std::make_shared<QPromise<Result<QList<Event>>>>();
    promise->start();
    post([this, promise] {
        loadEvents([this, promise](const Status &loaded) {
            if (!loaded) {
                promise->addResult(loaded.error());
            } else {
                QList<Event> events;
                QReadLocker lock(&m_mirrorLock);
                for (const auto &mirror : std::as_const(m_mirrors))
                    events.append(mirror->entry->event);
                std::sort(events.begin(), events.end(), [](const Event &a, const Event &b) {
                    return a.startTime != b.startTime ? a.startTime < b.startTime : a.name < b.name;
                });
                promise->addResult(std::move(events));
            }
            promise->finish();
        });
    });
    return promise->future();
}

QFuture<Result<Event>> RemoteBoxOffice::event(const QUuid &eventId)
{
    return call<Event>("GET", eventPath(eventId), {}, Repeat::Yes,
                       [](const Answer &a) { return decodeEvent(a.body); });
}

QFuture<Result<Event>> RemoteBoxOffice::createEvent(const Event &event, const VenueLayout &layout)
{
    QJsonObject body = toJson(event);
    body.insert(u"layout"_s, toJson(layout));
    auto created = call<Event>("POST", u"/api/v1/events"_s, compact(body), Repeat::No,
                               [](const Answer &a) { return decodeEvent(a.body); });
    return created
        .then(this,
              [this](Result<Event> event) -> QFuture<Result<Event>> {
                  if (!event)
                      return QtFuture::makeReadyFuture(std::move(event));
                  auto promise = std::make_shared<QPromise<Result<Event>>>();
                  promise->start();
                  const Event made = *event;
                  ensureMirror(made, [this, promise, made](const Status &) {
                      emit eventsChanged();
                      promise->addResult(made);
                      promise->finish();
                  });
                  return promise->future();
              })
        .unwrap();
}

QFuture<Result<Event>> RemoteBoxOffice::updateEvent(const Event &event)
{
    QJsonObject body = toJson(event);
    for (const QString &serverOwned : {u"available_tickets"_s, u"created_at"_s, u"updated_at"_s})
        body.remove(serverOwned);
    const QUuid eventId = event.id;
    return call<Event>("PUT", eventPath(eventId), compact(body), Repeat::No,
                       [](const Answer &a) { return decodeEvent(a.body); })
        .then(this, [this, eventId](Result<Event> updated) {
            if (updated)
                afterEventChange(eventId);
            return updated;
        });
}

QFuture<Status> RemoteBoxOffice::deleteEvent(const QUuid &eventId)
{
    return callStatus("DELETE", eventPath(eventId), {}, Repeat::No)
        .then(this, [this, eventId](Status deleted) {
            if (deleted) {
                dropMirror(eventId);
                emit eventsChanged();
            }
            return deleted;
        });
}

QFuture<Result<VenueLayout>> RemoteBoxOffice::layout(const QUuid &eventId)
{
    return call<VenueLayout>("GET", eventPath(eventId, u"/layout"_s), {}, Repeat::Yes,
                             [](const Answer &a) -> Result<VenueLayout> {
                                 Result<QJsonObject> json = objectBody(a.body);
                                 if (!json)
                                     return json.error();
                                 return venueLayoutFromJson(*json);
                             });
}

QFuture<Result<Event>> RemoteBoxOffice::replaceLayout(const QUuid &eventId, const VenueLayout &layout)
{
    return call<Event>("PUT", eventPath(eventId, u"/layout"_s), compact(toJson(layout)), Repeat::No,
                       [](const Answer &a) { return decodeEvent(a.body); })
        .then(this, [this, eventId](Result<Event> event) {
            if (event)
                afterEventChange(eventId);
            return event;
        });
}

QFuture<Result<QList<SeatInfo>>> RemoteBoxOffice::seats(const QUuid &eventId)
{
    return call<QList<SeatInfo>>(
        "GET", eventPath(eventId, u"/seats"_s), {}, Repeat::Yes,
        [this, eventId](const Answer &a) -> Result<QList<SeatInfo>> {
            Result<QJsonArray> array = arrayBody(a.body);
            if (!array)
                return array.error();
            Result<QList<SeatInfo>> seats = decodeList<SeatInfo>(*array, seatInfoFromJson);
            if (!seats)
                return seats;
            const auto entry = catalogEntry(eventId);
            const EventSpace *space = seatSpace(eventId);
            for (SeatInfo &seat : *seats) {
                const quint32 index = entry ? entry->seatIndexById.value(seat.seatId, kNoIndex) : kNoIndex;
                if (index == kNoIndex)
                    continue;
                seat.index = index;
                if (space && seat.state != SeatState::Available && seat.state != SeatState::Blocked)
                    seat.holder = holderName(space->seatHolder(index));
            }
            return seats;
        });
}

QFuture<Result<QList<StandingInfo>>> RemoteBoxOffice::standingAreas(const QUuid &eventId)
{
    const auto entry = catalogEntry(eventId);
    const EventSpace *space = seatSpace(eventId);
    if (!entry || !space)
        return QtFuture::makeReadyFuture(
            Result<QList<StandingInfo>>(Error{ErrorCode::NotFound, tr("No event %1.").arg(idText(eventId))}));
    QList<StandingInfo> areas;
    for (qsizetype a = 0; a < entry->layout.standingAreas.size(); ++a) {
        const StandingArea &area = entry->layout.standingAreas.at(a);
        areas.append(StandingInfo{area.id, area.name, area.category, entry->standingPriceCents[size_t(a)],
                                  space->standing(quint32(a))});
    }
    return QtFuture::makeReadyFuture(Result<QList<StandingInfo>>(areas));
}

HolderId RemoteBoxOffice::holderId(const QString &holder)
{
    // The server records every hold of this client under the logged-in user.
    return m_holders.intern(m_serverHolder.isEmpty() ? holder : m_serverHolder);
}

QString RemoteBoxOffice::holderName(HolderId id) const
{
    return m_holders.name(id);
}

QFuture<Result<Hold>> RemoteBoxOffice::postHold(const QUuid &eventId, const QString &path,
                                                const QJsonObject &body)
{
    // A hold carries an Idempotency-Key, so a retry after a lost answer gets the first hold
    // instead of a second one (or a conflict with itself).
    return call<Hold>(
        "POST", eventPath(eventId, path), compact(body), Repeat::Yes,
        [](const Answer &a) { return holdAnswer(a.body); }, idText(newUuid()));
}

QFuture<Result<Hold>> RemoteBoxOffice::holdSeats(const SeatHoldRequest &request)
{
    QJsonObject body{{u"seat_ids"_s, idArray(request.seatIds)}};
    if (request.ttlSeconds > 0)
        body.insert(u"ttl_s"_s, request.ttlSeconds);
    return postHold(request.eventId, u"/holds"_s, body);
}

QFuture<Result<Hold>> RemoteBoxOffice::holdStanding(const StandingHoldRequest &request)
{
    QJsonObject body{{u"standing_area_id"_s, idText(request.standingAreaId)},
                     {u"quantity"_s, request.quantity}};
    if (request.ttlSeconds > 0)
        body.insert(u"ttl_s"_s, request.ttlSeconds);
    return postHold(request.eventId, u"/holds"_s, body);
}

QFuture<Result<Hold>> RemoteBoxOffice::holdBestAvailable(const BestAvailableRequest &request)
{
    QJsonObject body{{u"quantity"_s, request.quantity}, {u"together"_s, true}};
    if (!request.categoryId.isEmpty())
        body.insert(u"category"_s, request.categoryId);
    if (request.ttlSeconds > 0)
        body.insert(u"ttl_s"_s, request.ttlSeconds);
    return postHold(request.eventId, u"/best-available"_s, body);
}

QFuture<Result<Hold>> RemoteBoxOffice::extendHold(const QUuid &holdId, const QString &, int ttlSeconds)
{
    QJsonObject body;
    if (ttlSeconds > 0)
        body.insert(u"ttl_s"_s, ttlSeconds);
    return call<Hold>("POST", u"/api/v1/holds/%1/extend"_s.arg(idText(holdId)), compact(body), Repeat::No,
                      [](const Answer &a) { return holdAnswer(a.body); });
}

QFuture<Status> RemoteBoxOffice::releaseHold(const QUuid &holdId, const QString &)
{
    return callStatus("DELETE", u"/api/v1/holds/"_s + idText(holdId), {}, Repeat::No);
}

QFuture<Result<Order>> RemoteBoxOffice::sell(const QUuid &holdId, const SaleRequest &sale)
{
    QJsonObject body{{u"payment_method"_s, wireName(sale.payment)}};
    QJsonObject customer;
    if (!sale.customerName.isEmpty())
        customer.insert(u"name"_s, sale.customerName);
    if (!sale.customerEmail.isEmpty())
        customer.insert(u"email"_s, sale.customerEmail);
    if (!sale.userId.isNull())
        customer.insert(u"user_id"_s, idText(sale.userId));
    if (!customer.isEmpty())
        body.insert(u"customer"_s, customer);
    return call<Order>(
        "POST", u"/api/v1/holds/%1/sell"_s.arg(idText(holdId)), compact(body), Repeat::Yes,
        [](const Answer &a) { return decodeOrder(a.body); }, idText(newUuid()));
}

QFuture<Result<Order>> RemoteBoxOffice::cancelTickets(const QList<QUuid> &ticketIds, CancelKind kind)
{
    const QJsonObject body{{u"ticket_ids"_s, idArray(ticketIds)}, {u"kind"_s, cancelKindName(kind)}};
    return call<Order>(
        "POST", u"/api/v1/orders/cancel-tickets"_s, compact(body), Repeat::Yes,
        [](const Answer &a) { return decodeOrder(a.body); }, idText(newUuid()));
}

QFuture<Result<Order>> RemoteBoxOffice::cancelOrder(const QUuid &orderId, CancelKind kind)
{
    const QJsonObject body{{u"kind"_s, cancelKindName(kind)}};
    return call<Order>(
        "POST", u"/api/v1/orders/%1/cancel"_s.arg(idText(orderId)), compact(body), Repeat::Yes,
        [](const Answer &a) { return decodeOrder(a.body); }, idText(newUuid()));
}

QFuture<Result<Order>> RemoteBoxOffice::order(const QUuid &orderId)
{
    return call<Order>("GET", u"/api/v1/orders/"_s + idText(orderId), {}, Repeat::Yes,
                       [](const Answer &a) { return decodeOrder(a.body); });
}

QFuture<Result<std::vector<std::pair<quint32, QUuid>>>> RemoteBoxOffice::liveSeatTickets(const QUuid &eventId)
{
    using Tickets = std::vector<std::pair<quint32, QUuid>>;
    return call<Tickets>(
        "GET", eventPath(eventId, u"/seat-tickets"_s), {}, Repeat::Yes,
        [this, eventId](const Answer &a) -> Result<Tickets> {
            Result<QJsonArray> array = arrayBody(a.body);
            if (!array)
                return array.error();
            const auto entry = catalogEntry(eventId);
            if (!entry)
                return Error{ErrorCode::NotFound, tr("No event %1.").arg(idText(eventId))};
            Tickets tickets;
            for (const QJsonValue &value : std::as_const(*array)) {
                const QJsonObject item = value.toObject();
                const QUuid seat = QUuid::fromString(item.value(u"seat_id"_s).toString());
                const QUuid ticket = QUuid::fromString(item.value(u"ticket_id"_s).toString());
                const quint32 index = entry->seatIndexById.value(seat, kNoIndex);
                if (ticket.isNull() || index == kNoIndex)
                    return Error{ErrorCode::Internal,
                                 tr("The server sent a seat ticket this event does not have.")};
                tickets.emplace_back(index, ticket);
            }
            return tickets;
        });
}

QFuture<Result<QList<Order>>> RemoteBoxOffice::findOrders(const QString &text)
{
    const QString query = QString::fromLatin1(QUrl::toPercentEncoding(text));
    return call<QList<Order>>("GET", u"/api/v1/orders?q="_s + query, {}, Repeat::Yes,
                              [](const Answer &a) -> Result<QList<Order>> {
                                  Result<QJsonObject> json = objectBody(a.body);
                                  if (!json)
                                      return json.error();
                                  return decodeList<Order>(json->value(u"orders"_s).toArray(), orderFromJson);
                              });
}

QFuture<Status> RemoteBoxOffice::blockSeats(const QUuid &eventId, const QList<QUuid> &seatIds,
                                            const QString &reason)
{
    QJsonObject body{{u"seat_ids"_s, idArray(seatIds)}};
    if (!reason.isEmpty())
        body.insert(u"reason"_s, reason);
    return callStatus("POST", eventPath(eventId, u"/block"_s), compact(body), Repeat::No);
}

QFuture<Status> RemoteBoxOffice::unblockSeats(const QUuid &eventId, const QList<QUuid> &seatIds)
{
    return callStatus("POST", eventPath(eventId, u"/unblock"_s),
                      compact(QJsonObject{{u"seat_ids"_s, idArray(seatIds)}}), Repeat::No);
}

QFuture<Result<QueueEntry>> RemoteBoxOffice::queueCall(const QByteArray &method, const QString &path,
                                                       const QJsonObject &body, bool nested)
{
    return call<QueueEntry>(
        method, path, body.isEmpty() ? QByteArray() : compact(body),
        method == "GET" ? Repeat::Yes : Repeat::No, [nested](const Answer &a) -> Result<QueueEntry> {
            Result<QJsonObject> json = objectBody(a.body);
            if (!json)
                return json.error();
            return queueEntryFromJson(nested ? json->value(u"entry"_s).toObject() : *json);
        });
}

QFuture<Result<QueueEntry>> RemoteBoxOffice::joinQueue(const QUuid &eventId, const QUuid &userId)
{
    return queueCall("POST", u"/api/v1/queue/join"_s,
                     QJsonObject{{u"event_id"_s, idText(eventId)}, {u"user_id"_s, idText(userId)}});
}

QFuture<Result<QueueEntry>> RemoteBoxOffice::queuePosition(const QUuid &eventId, const QUuid &userId)
{
    return queueCall("GET", u"/api/v1/queue/position/%1/%2"_s.arg(idText(eventId), idText(userId)), {});
}

QFuture<Result<QueueEntry>> RemoteBoxOffice::queueSession(const QUuid &sessionId)
{
    return queueCall("GET", u"/api/v1/queue/status/"_s + idText(sessionId), {}, true);
}

QFuture<Result<qint64>> RemoteBoxOffice::queueLength(const QUuid &eventId)
{
    return call<qint64>("GET", u"/api/v1/queue/length/"_s + idText(eventId), {}, Repeat::Yes,
                        [](const Answer &a) -> Result<qint64> {
                            Result<QJsonObject> json = objectBody(a.body);
                            if (!json)
                                return json.error();
                            return json->value(u"length"_s).toInteger();
                        });
}

QFuture<Result<QList<QueueEntry>>> RemoteBoxOffice::admitNext(const QUuid &eventId, int count)
{
    auto promise = std::make_shared<QPromise<Result<QList<QueueEntry>>>>();
    promise->start();
    post([this, eventId, count, promise] {
        admitMore(eventId, count, std::make_shared<QList<QueueEntry>>(), promise);
    });
    return promise->future();
}

void RemoteBoxOffice::admitMore(const QUuid &eventId, int left, std::shared_ptr<QList<QueueEntry>> admitted,
                                std::shared_ptr<QPromise<Result<QList<QueueEntry>>>> promise)
{
    if (left <= 0) {
        promise->addResult(*admitted);
        promise->finish();
        return;
    }
    // The API admits one person per request; an empty queue ends the round.
    queueCall("POST", u"/api/v1/queue/process/"_s + idText(eventId), {})
        .then(this, [this, eventId, left, admitted, promise](Result<QueueEntry> entry) {
            if (!entry) {
                if (entry.errorCode() == ErrorCode::QueueClosed)
                    promise->addResult(*admitted);
                else
                    promise->addResult(entry.error());
                promise->finish();
                return;
            }
            admitted->append(*entry);
            admitMore(eventId, left - 1, admitted, promise);
        });
}

QFuture<Result<QueueEntry>> RemoteBoxOffice::refreshSession(const QUuid &sessionId)
{
    return queueCall("POST", u"/api/v1/queue/refresh"_s, QJsonObject{{u"session_id"_s, idText(sessionId)}});
}

QFuture<Status> RemoteBoxOffice::leaveQueue(const QUuid &eventId, const QUuid &userId)
{
    return callStatus("DELETE", u"/api/v1/queue/position/%1/%2"_s.arg(idText(eventId), idText(userId)), {},
                      Repeat::No);
}

QFuture<Status> RemoteBoxOffice::configureQueue(const QUuid &eventId, const WaitingRoomConfig &config)
{
    QJsonObject body{{u"admissions_per_minute"_s, config.admissionsPerMinute},
                     {u"session_ttl_s"_s, config.sessionTtlMs / 1000}};
    if (config.openingTimeMs)
        body.insert(u"opening_time"_s,
                    toRfc3339(QDateTime::fromMSecsSinceEpoch(*config.openingTimeMs, Qt::UTC)));
    return callStatus("PUT", eventPath(eventId, u"/queue"_s), compact(body), Repeat::No);
}

WaitingRoom *RemoteBoxOffice::waitingRoom(const QUuid &)
{
    return nullptr;
}

QFuture<Result<QueueRoomSnapshot>> RemoteBoxOffice::queueRoom(const QUuid &eventId, int sessionLimit)
{
    return call<QueueRoomSnapshot>("GET", eventPath(eventId, u"/queue?sessions=%1"_s.arg(sessionLimit)), {},
                                   Repeat::Yes, [](const Answer &a) -> Result<QueueRoomSnapshot> {
                                       Result<QJsonObject> json = objectBody(a.body);
                                       if (!json)
                                           return json.error();
                                       return queueRoomFromJson(*json);
                                   });
}

QFuture<Result<QList<QueueTicket>>> RemoteBoxOffice::queueLine(const QUuid &eventId, qint64 firstPosition,
                                                               int count)
{
    return call<QList<QueueTicket>>(
        "GET", eventPath(eventId, u"/queue/line?from=%1&count=%2"_s.arg(firstPosition).arg(count)), {},
        Repeat::Yes, [](const Answer &a) -> Result<QList<QueueTicket>> {
            Result<QJsonArray> array = arrayBody(a.body);
            if (!array)
                return array.error();
            QList<QueueTicket> line;
            for (const QJsonValue &value : std::as_const(*array)) {
                Result<QueueTicket> ticket = queueTicketFromJson(value.toObject());
                if (!ticket)
                    return ticket.error();
                line.append(*ticket);
            }
            return line;
        });
}

QFuture<Result<EngineStatus>> RemoteBoxOffice::status()
{
    return call<EngineStatus>("GET", u"/api/v1/status"_s, {}, Repeat::Yes,
                              [](const Answer &a) -> Result<EngineStatus> {
                                  Result<QJsonObject> json = objectBody(a.body);
                                  if (!json)
                                      return json.error();
                                  return engineStatusFromJson(*json);
                              });
}

} // namespace tessera
