// RemoteBoxOffice: the local mirror of the server's events and the push streams that feed it.

#include "core/domain/json.h"
#include "core/remote/remoteboxoffice.h"
#include "core/remote/remotemirror_p.h"
#include "core/remote/remotewire_p.h"
#include "core/space/eventspace_p.h"

#include <QJsonDocument>
#include <QUrlQuery>

#include <limits>

using namespace Qt::StringLiterals;

namespace tessera {

using namespace remote;

namespace {

constexpr qint64 kStandInExpiry = std::numeric_limits<qint64>::max() / 2;

/// Brings one mirrored seat to `target` owned by `holder`; true when it changed.
bool mirrorSeatState(EventSpace &space, quint32 seat, SeatState target, HolderId holder)
{
    const SeatState current = space.seatState(seat);
    const bool owned = target == SeatState::Held || target == SeatState::Sold;
    if (current == target && (!owned || space.seatHolder(seat) == holder))
        return false;
    if (current != SeatState::Available)
        space.mirrorSeat(seat, current, SeatState::Available, 0, 0);
    if (target != SeatState::Available)
        space.mirrorSeat(seat, SeatState::Available, target, holder, 0);
    return true;
}

Change standingChange(ChangeKind kind, quint32 area, quint32 quantity, HoldId hold = 0)
{
    Change change;
    change.kind = kind;
    change.standing = true;
    change.target = area;
    change.quantity = quantity;
    change.hold = hold;
    change.expiresAtMs = kStandInExpiry;
    return change;
}

} // namespace

const EventSpace *RemoteBoxOffice::seatSpace(const QUuid &eventId) const
{
    QReadLocker lock(&m_mirrorLock);
    const auto mirror = m_mirrors.value(eventId);
    if (!mirror)
        requestRefresh();
    return mirror ? mirror->space.get() : nullptr;
}

std::shared_ptr<const CatalogEntry> RemoteBoxOffice::catalogEntry(const QUuid &eventId) const
{
    QReadLocker lock(&m_mirrorLock);
    const auto mirror = m_mirrors.value(eventId);
    if (!mirror)
        requestRefresh();
    return mirror ? mirror->entry : nullptr;
}

void RemoteBoxOffice::requestRefresh() const
{
    if (m_discoverPosted.exchange(true))
        return;
    auto *self = const_cast<RemoteBoxOffice *>(this);
    QMetaObject::invokeMethod(
        self,
        [self] {
            self->m_discoverPosted = false;
            // At most one lookup-driven reload a second (an event that is gone stays unknown).
            const qint64 since = self->m_lastRefresh.isValid() ? self->m_lastRefresh.elapsed() : 1000;
            if (!self->m_discoverTimer.isActive())
                self->m_discoverTimer.start(int(std::max<qint64>(0, 1000 - since)));
        },
        Qt::QueuedConnection);
}

void RemoteBoxOffice::refreshEvents()
{
    if (!m_wanted || m_state == ConnectionState::Reconnecting)
        return;
    if (m_refreshing) {
        if (!m_discoverTimer.isActive())
            m_discoverTimer.start(250);
        return;
    }
    m_refreshing = true;
    m_lastRefresh.start();
    QList<QUuid> before;
    {
        QReadLocker lock(&m_mirrorLock);
        before = m_mirrors.keys();
    }
    loadEvents([this, before](const Status &) {
        m_refreshing = false;
        QList<QUuid> after;
        {
            QReadLocker lock(&m_mirrorLock);
            after = m_mirrors.keys();
        }
        if (QSet<QUuid>(before.cbegin(), before.cend()) != QSet<QUuid>(after.cbegin(), after.cend()))
            emit eventsChanged();
    });
}

void RemoteBoxOffice::loadEvents(std::function<void(const Status &)> done)
{
    // Not repeated: a reconnect that fails is retried by the reconnect timer.
    request("GET", u"/api/v1/events"_s, {}, Repeat::No, [this, done](const Answer &answer) {
        if (answer.status != 200)
            return done(answerError(answer.status, answer.body, answer.networkError));
        Result<QJsonObject> json = objectBody(answer.body);
        if (!json)
            return done(json.error());
        Result<QList<Event>> events = decodeList<Event>(json->value(u"events"_s).toArray(), eventFromJson);
        if (!events)
            return done(events.error());
        QSet<QUuid> listed;
        for (const Event &event : std::as_const(*events))
            listed.insert(event.id);
        QList<QUuid> gone;
        {
            QReadLocker lock(&m_mirrorLock);
            for (auto it = m_mirrors.cbegin(); it != m_mirrors.cend(); ++it) {
                if (!listed.contains(it.key()))
                    gone.append(it.key());
            }
        }
        for (const QUuid &id : std::as_const(gone))
            dropMirror(id);
        if (events->isEmpty())
            return done(Status());
        auto pending = std::make_shared<int>(int(events->size()));
        auto firstError = std::make_shared<Status>();
        for (const Event &event : std::as_const(*events)) {
            ensureMirror(event, [pending, firstError, done](const Status &ready) {
                if (!ready && *firstError)
                    *firstError = ready;
                if (--*pending == 0)
                    done(*firstError);
            });
        }
    });
}

void RemoteBoxOffice::ensureMirror(const Event &event, std::function<void(const Status &)> done)
{
    std::shared_ptr<Mirror> mirror;
    {
        QReadLocker lock(&m_mirrorLock);
        mirror = m_mirrors.value(event.id);
    }
    if (mirror) {
        if (!(mirror->entry->event == event)) {
            auto entry = makeCatalogEntry(mirror->entry->index, event, mirror->entry->layout);
            QWriteLocker lock(&m_mirrorLock);
            mirror->entry = std::move(entry);
        }
        if (!mirror->socket)
            openStream(event.id);
        return done(Status());
    }
    const QUuid eventId = event.id;
    layout(eventId).then(this, [this, event, done](const Result<VenueLayout> &layout) {
        if (!layout)
            return done(layout.error());
        installMirror(event, *layout);
        openStream(event.id);
        done(Status());
    });
}

void RemoteBoxOffice::installMirror(const Event &event, const VenueLayout &layout)
{
    auto mirror = std::make_shared<Mirror>();
    mirror->entry = makeCatalogEntry(m_nextIndex++, event, layout);
    mirror->space =
        std::make_unique<EventSpace>(mirror->entry->index, toSpaceLayout(layout), Clock::system());
    mirror->standingHolds.assign(size_t(layout.standingAreas.size()), 0);
    dropMirror(event.id);
    QWriteLocker lock(&m_mirrorLock);
    m_mirrors.insert(event.id, mirror);
}

void RemoteBoxOffice::dropMirror(const QUuid &eventId)
{
    QWriteLocker lock(&m_mirrorLock);
    const std::shared_ptr<Mirror> mirror = m_mirrors.take(eventId);
    if (!mirror)
        return;
    if (mirror->socket) {
        retireSocket(mirror->socket);
    }
    m_retired.push_back(mirror); // the GUI may still draw from its space
}

void RemoteBoxOffice::retireSocket(std::unique_ptr<QWebSocket> &socket)
{
    // Deleted soon, or with this object at the latest: a socket may be retired in its own signal.
    // Disconnected first: abort() signals at once, and the caller may hold the mirror lock.
    socket->disconnect(this);
    socket->abort();
    socket->setParent(this);
    socket.release()->deleteLater();
}

void RemoteBoxOffice::openStream(const QUuid &eventId)
{
    std::shared_ptr<Mirror> mirror;
    {
        QReadLocker lock(&m_mirrorLock);
        mirror = m_mirrors.value(eventId);
    }
    if (!mirror || !m_wanted)
        return;
    if (mirror->socket) {
        retireSocket(mirror->socket);
    }
    mirror->synchronised = false;
    QUrl url = m_options.server;
    url.setScheme(url.scheme() == u"https" ? u"wss"_s : u"ws"_s);
    url.setPath(u"/api/v1/stream"_s);
    QUrlQuery query;
    query.addQueryItem(u"event_id"_s, idText(eventId));
    query.addQueryItem(u"token"_s, m_options.token);
    url.setQuery(query);
    mirror->socket = std::make_unique<QWebSocket>();
    QWebSocket *socket = mirror->socket.get();
    connect(socket, &QWebSocket::textMessageReceived, this,
            [this, eventId](const QString &text) { onStreamMessage(eventId, text); });
    auto closed = [this, eventId, socket] {
        QReadLocker lock(&m_mirrorLock);
        const auto current = m_mirrors.value(eventId);
        lock.unlock();
        if (current && current->socket.get() == socket
            && socket->state() == QAbstractSocket::UnconnectedState)
            onStreamClosed(eventId);
    };
    connect(socket, &QWebSocket::disconnected, this, closed);
    connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this, closed);
    socket->open(url);
}

void RemoteBoxOffice::onStreamClosed(const QUuid &eventId)
{
    {
        QReadLocker lock(&m_mirrorLock);
        if (const auto mirror = m_mirrors.value(eventId); mirror && mirror->socket) {
            mirror->synchronised = false;
            retireSocket(mirror->socket);
        }
    }
    if (!m_wanted)
        return;
    if (m_state != ConnectionState::Connecting)
        setState(ConnectionState::Reconnecting,
                 tr("The connection to %1 was lost.").arg(m_options.server.host()));
    scheduleReconnect();
}

void RemoteBoxOffice::onStreamMessage(const QUuid &eventId, const QString &text)
{
    std::shared_ptr<Mirror> mirror;
    {
        QReadLocker lock(&m_mirrorLock);
        mirror = m_mirrors.value(eventId);
    }
    if (!mirror)
        return;
    const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString type = message.value(u"type"_s).toString();
    const QJsonValue payload = message.value(u"payload"_s);
    if (type == u"SNAPSHOT") {
        applySnapshot(*mirror, payload.toObject());
    } else if (type == u"SEAT_UPDATE" || type == u"SEAT_UPDATES") {
        QList<quint32> &changed = m_dirtySeats[eventId];
        if (payload.isArray()) {
            const QJsonArray updates = payload.toArray();
            for (const QJsonValue &update : updates)
                applySeatUpdate(*mirror, update.toObject(), changed);
        } else {
            applySeatUpdate(*mirror, payload.toObject(), changed);
        }
        if (!m_notifyTimer.isActive())
            m_notifyTimer.start();
    } else if (type == u"EVENT_UPDATE") {
        applyEventUpdate(*mirror, payload.toObject());
    } else if (type == u"ERROR") {
        // A refused stream (an expired token after a server restart): log in again and retry.
        const QString code = payload.toObject().value(u"code"_s).toString();
        if (code == u"not_found") {
            dropMirror(eventId);
            emit eventsChanged();
            // The event was deleted while connecting: the others may all be in sync now.
            if (m_state != ConnectionState::Connected)
                checkSynchronised();
        }
    }
}

void RemoteBoxOffice::applySnapshot(Mirror &mirror, const QJsonObject &payload)
{
    const auto entry = mirror.entry;
    const QUuid eventId = entry->event.id;
    const QJsonArray seats = payload.value(u"seats"_s).toArray();
    if (seats.size() != entry->layout.seats.size()) {
        // The layout changed while we were away: load it again, then a fresh stream.
        Result<Event> event = eventFromJson(payload.value(u"event"_s).toObject());
        layout(eventId).then(this, [this, event, eventId](const Result<VenueLayout> &layout) {
            if (!layout || !event)
                return scheduleReconnect();
            installMirror(*event, *layout);
            openStream(eventId);
            emit eventsChanged();
        });
        return;
    }
    std::vector<SeatState> states(size_t(seats.size()), SeatState::Available);
    std::vector<HolderId> holders(size_t(seats.size()), 0);
    for (const QJsonValue &value : seats) {
        const QJsonObject seat = value.toObject();
        const quint32 index =
            entry->seatIndexById.value(QUuid::fromString(seat.value(u"seatId"_s).toString()), kNoIndex);
        bool ok = false;
        const SeatState state = seatStateFromName(seat.value(u"status"_s).toString(), &ok);
        if (index == kNoIndex || !ok)
            continue;
        states[index] = state;
        const QString owner = seat.value(u"ownerId"_s).toString();
        holders[index] = owner.isEmpty() ? 0 : m_holders.intern(owner);
    }
    QList<quint32> &changed = m_dirtySeats[eventId];
    for (quint32 i = 0; i < quint32(states.size()); ++i) {
        if (mirrorSeatState(*mirror.space, i, states[i], holders[i]))
            changed.append(i);
    }
    if (Result<Event> event = eventFromJson(payload.value(u"event"_s).toObject());
        event && !(*event == entry->event)) {
        auto updated = makeCatalogEntry(entry->index, *event, entry->layout);
        QWriteLocker lock(&m_mirrorLock);
        mirror.entry = std::move(updated);
    }
    applyStanding(mirror, payload.value(u"standing"_s).toArray());
    mirror.synchronised = true;
    flushSeatNotifications();
    checkSynchronised();
}

void RemoteBoxOffice::applySeatUpdate(Mirror &mirror, const QJsonObject &update, QList<quint32> &changed)
{
    const quint32 index =
        mirror.entry->seatIndexById.value(QUuid::fromString(update.value(u"seatId"_s).toString()), kNoIndex);
    bool ok = false;
    const SeatState state = seatStateFromName(update.value(u"status"_s).toString(), &ok);
    if (index == kNoIndex || !ok)
        return;
    const QString owner = update.value(u"ownerId"_s).toString();
    if (mirrorSeatState(*mirror.space, index, state, owner.isEmpty() ? 0 : m_holders.intern(owner)))
        changed.append(index);
}

void RemoteBoxOffice::applyEventUpdate(Mirror &mirror, const QJsonObject &payload)
{
    const QUuid eventId = mirror.entry->event.id;
    if (payload.value(u"deleted"_s).toBool()) {
        dropMirror(eventId);
        emit eventsChanged();
        if (m_state != ConnectionState::Connected)
            checkSynchronised();
        return;
    }
    Result<Event> event = eventFromJson(payload.value(u"event"_s).toObject());
    bool eventChanged = false;
    if (event && !(*event == mirror.entry->event)) {
        auto updated = makeCatalogEntry(mirror.entry->index, *event, mirror.entry->layout);
        QWriteLocker lock(&m_mirrorLock);
        mirror.entry = std::move(updated);
        eventChanged = true;
    }
    applyStanding(mirror, payload.value(u"standing"_s).toArray());
    if (eventChanged)
        emit eventsChanged();
}

void RemoteBoxOffice::applyStanding(Mirror &mirror, const QJsonArray &areas)
{
    EventSpace &space = *mirror.space;
    bool changed = false;
    for (const QJsonValue &value : areas) {
        const QJsonObject json = value.toObject();
        const quint32 a = mirror.entry->standingIndexById.value(
            QUuid::fromString(json.value(u"id"_s).toString()), kNoIndex);
        if (a == kNoIndex || a >= mirror.standingHolds.size())
            continue;
        const StandingCounts now = space.standing(a);
        const auto held = quint32(json.value(u"held"_s).toInteger());
        const auto sold = quint32(json.value(u"sold"_s).toInteger());
        const auto blocked = quint32(json.value(u"blocked"_s).toInteger());
        if (now.held == held && now.sold == sold && now.blocked == blocked)
            continue;
        changed = true;
        // Decreases first, so that the increases find the places free.
        HoldId &standIn = mirror.standingHolds[a];
        if (now.held != held && standIn) {
            space.restore(standingChange(ChangeKind::Release, a, now.held, standIn));
            standIn = 0;
        }
        if (sold < now.sold)
            space.restore(standingChange(ChangeKind::Cancel, a, now.sold - sold));
        if (blocked < now.blocked)
            space.restore(standingChange(ChangeKind::Unblock, a, now.blocked - blocked));
        if (sold > now.sold)
            space.restore(standingChange(ChangeKind::Sell, a, sold - now.sold));
        if (blocked > now.blocked)
            space.restore(standingChange(ChangeKind::Block, a, blocked - now.blocked));
        if (held > 0 && !standIn) {
            const HoldId id = detail::makeHoldId(a, ++mirror.holdGeneration);
            if (space.restore(standingChange(ChangeKind::Hold, a, held, id)))
                standIn = id;
        }
    }
    if (changed) {
        m_dirtyStanding.insert(mirror.entry->event.id);
        if (!m_notifyTimer.isActive())
            m_notifyTimer.start();
    }
}

void RemoteBoxOffice::flushSeatNotifications()
{
    auto seats = std::exchange(m_dirtySeats, {});
    auto standing = std::exchange(m_dirtyStanding, {});
    for (auto it = seats.begin(); it != seats.end(); ++it) {
        QList<quint32> &list = it.value();
        if (list.isEmpty())
            continue;
        std::sort(list.begin(), list.end());
        list.erase(std::unique(list.begin(), list.end()), list.end());
        emit seatsChanged(it.key(), list);
    }
    for (const QUuid &eventId : std::as_const(standing))
        emit standingChanged(eventId);
}

void RemoteBoxOffice::afterEventChange(const QUuid &eventId)
{
    // Reload the event and its layout; a fresh stream brings the states.
    event(eventId).then(this, [this, eventId](const Result<Event> &event) {
        if (!event)
            return;
        layout(eventId).then(this, [this, event, eventId](const Result<VenueLayout> &layout) {
            if (!layout)
                return;
            installMirror(*event, *layout);
            openStream(eventId);
            emit eventsChanged();
        });
    });
}

QFuture<Status> RemoteBoxOffice::connectToServer()
{
    auto promise = std::make_shared<QPromise<Status>>();
    promise->start();
    post([this, promise] {
        m_connectWaiters.push_back(promise);
        if (m_wanted)
            return;
        m_wanted = true;
        m_backoffMs = m_options.backoffInitialMs;
        m_connectClock.start();
        setState(ConnectionState::Connecting, tr("Connecting to %1…").arg(m_options.server.toString()));
        auto fail = [this](const Error &error) { failConnecting(error); };
        auto load = [this, fail] {
            loadEvents([this, fail](const Status &loaded) {
                if (!loaded)
                    return fail(loaded.error());
                checkSynchronised();
            });
        };
        if (!m_options.token.isEmpty())
            return load();
        login(m_network, m_options.server, m_options.username, m_options.password)
            .then(this, [this, fail, load](const Result<RemoteLogin> &login) {
                if (!login)
                    return fail(login.error());
                m_options.token = login->token;
                m_serverHolder = u"clerk:"_s + login->username;
                load();
            });
    });
    return promise->future();
}

void RemoteBoxOffice::disconnectFromServer()
{
    post([this] {
        closeStreams();
        setState(ConnectionState::Offline, tr("Disconnected."));
        for (const auto &waiter : std::exchange(m_connectWaiters, {})) {
            waiter->addResult(
                Status(ErrorCode::ShuttingDown, tr("Disconnected before the connection was made.")));
            waiter->finish();
        }
    });
}

void RemoteBoxOffice::closeStreams()
{
    m_wanted = false;
    m_reconnectTimer.stop();
    m_refreshTimer.stop();
    QList<QUuid> ids;
    {
        QReadLocker lock(&m_mirrorLock);
        ids = m_mirrors.keys();
    }
    for (const QUuid &id : std::as_const(ids)) {
        QWriteLocker lock(&m_mirrorLock);
        const auto mirror = m_mirrors.value(id);
        if (mirror && mirror->socket) {
            retireSocket(mirror->socket);
            mirror->synchronised = false;
        }
    }
}

void RemoteBoxOffice::failConnecting(const Error &error)
{
    closeStreams();
    setState(ConnectionState::Offline, error.message);
    for (const auto &waiter : std::exchange(m_connectWaiters, {})) {
        waiter->addResult(Status(error));
        waiter->finish();
    }
}

void RemoteBoxOffice::setState(ConnectionState state, const QString &message)
{
    if (m_state == state)
        return;
    m_state = state;
    emit connectionStateChanged(state, message);
}

void RemoteBoxOffice::scheduleReconnect()
{
    if (!m_wanted || m_reconnectTimer.isActive())
        return;
    // The first connection never got every stream open (a proxy without WebSocket, a server
    // gone after the event list): whoever waits for it gets an answer.
    if (m_state == ConnectionState::Connecting && m_connectClock.isValid()
        && m_connectClock.elapsed() > m_options.retryWindowMs) {
        return failConnecting(
            Error{ErrorCode::StoreUnavailable,
                  tr("The live updates from %1 could not be opened.").arg(m_options.server.toString())});
    }
    ++m_reconnectAttempts;
    m_reconnectTimer.start(m_backoffMs);
    m_backoffMs = std::min(std::max(m_backoffMs, 1) * 2, m_options.backoffMaxMs);
}

void RemoteBoxOffice::reconnect()
{
    if (!m_wanted)
        return;
    auto load = [this] {
        loadEvents([this](const Status &loaded) {
            if (!loaded)
                return scheduleReconnect();
            emit eventsChanged(); // events may have come or gone while we were away
            checkSynchronised();
        });
    };
    if (m_options.password.isEmpty())
        return load();
    // Tokens live in the server's memory: a restarted server needs a new login.
    login(m_network, m_options.server, m_options.username, m_options.password)
        .then(this, [this, load](const Result<RemoteLogin> &login) {
            if (!login)
                return scheduleReconnect();
            m_options.token = login->token;
            load();
        });
}

void RemoteBoxOffice::checkSynchronised()
{
    if (!m_wanted)
        return;
    {
        QReadLocker lock(&m_mirrorLock);
        for (const auto &mirror : std::as_const(m_mirrors)) {
            if (!mirror->synchronised)
                return;
        }
    }
    m_backoffMs = m_options.backoffInitialMs;
    m_reconnectAttempts = 0;
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start();
    setState(ConnectionState::Connected, tr("Connected to %1.").arg(m_options.server.toString()));
    for (const auto &waiter : std::exchange(m_connectWaiters, {})) {
        waiter->addResult(Status());
        waiter->finish();
    }
    emit mirrorSynchronised();
}

} // namespace tessera
