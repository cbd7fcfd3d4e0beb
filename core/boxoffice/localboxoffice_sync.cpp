// LocalBoxOffice: following the other processes that share one PostgreSQL database.
//
// Every committed batch of a data pump sends one NOTIFY with the new states of the seats it
// changed (Store::listenForChanges). Each box office listens on a connection of its own thread
// and mirrors the other processes' seat changes into its own space (EventSpace::mirrorSeat),
// skipping its own notices. A notice too large for NOTIFY, or a listener that lost its
// connection (notices sent meanwhile are gone), makes it re-read the live state of the events
// concerned: after its own pump has committed what it has, so the database shows its own
// changes, and only for seats that did not change locally while it was reading.

#include "core/boxoffice/localboxoffice.h"
#include "core/boxoffice/seatchangecollector.h"
#include "core/boxoffice/storeworker.h"
#include "core/common/ids.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <future>

namespace tessera {

namespace {

SeatState stateFromLetter(QChar letter)
{
    switch (letter.unicode()) {
    case u'h':
        return SeatState::Held;
    case u's':
        return SeatState::Sold;
    case u'b':
        return SeatState::Blocked;
    default:
        return SeatState::Available;
    }
}

} // namespace

Status LocalBoxOffice::startSync()
{
    if (m_options.url.kind != DatabaseUrl::Kind::Postgres)
        return {}; // SQLite: one process owns the file
    // Notices sent while the database was away are lost: once the pump writes again, the
    // listener reconnects and re-reads every event.
    connect(
        m_pump.get(), &DataPump::stateChanged, this,
        [this](PumpState state) {
            if (state == PumpState::DatabaseUnavailable)
                m_listenerStale = true;
        },
        Qt::DirectConnection);
    m_listener = std::make_unique<StoreWorker>();
    if (Status opened = m_listener->open(m_options.url); !opened)
        return opened;
    return m_listener->runAndWait<Status>([this](Store &store) {
        return store.listenForChanges([this](const QString &payload) { applyNotice(payload); });
    });
}

void LocalBoxOffice::applyNotice(const QString &payload)
{
    const QJsonObject notice = QJsonDocument::fromJson(payload.toUtf8()).object();
    if (notice.value(QStringLiteral("origin")).toString() == m_options.pump.origin)
        return;
    const QJsonValue reload = notice.value(QStringLiteral("reload"));
    if (reload.isString()) {
        for (const auto &entry : m_catalog.all())
            reloadEvent(*entry);
        return;
    }
    for (const QJsonValue id : reload.toArray()) {
        if (const auto entry = m_catalog.byId(parseUuid(id.toString())))
            reloadEvent(*entry);
    }
    const QJsonObject seats = notice.value(QStringLiteral("seats")).toObject();
    for (auto it = seats.constBegin(); it != seats.constEnd(); ++it) {
        const auto entry = m_catalog.byId(parseUuid(it.key()));
        if (!entry)
            continue; // an event this process does not know
        std::vector<quint32> changed;
        const QString list = it.value().toString();
        for (QStringView item : QStringView(list).split(u',', Qt::SkipEmptyParts)) {
            const quint32 seat = item.chopped(1).toUInt();
            if (mirror(*entry, seat, stateFromLetter(item.back()), false))
                changed.push_back(seat);
        }
        announceSeats(entry->index, std::move(changed));
    }
}

bool LocalBoxOffice::mirror(const CatalogEntry &entry, quint32 seat, SeatState target, bool fromSnapshot)
{
    EventSpace *space = m_space.event(entry.index);
    if (!space || seat >= space->seatCount())
        return false;
    const SeatState local = space->seatState(seat);
    const bool ours = space->seatHolder(seat) != m_peerHolder;
    // A hold only ever starts on a free seat: a peer's hold notice for a sold or blocked seat
    // is older than the sale or block (a losing terminal's hold committed late).
    if (target == SeatState::Held && local != SeatState::Available && local != SeatState::Held)
        return false;
    bool defer = false;
    switch (local) {
    case SeatState::Available:
    case SeatState::Blocked:
        break;
    case SeatState::Held:
        if (space->seatHold(seat) != 0) {
            // Our own hold. A peer's sale or block of the seat means our sale will be refused
            // by the database and undone: apply the peer's state once the seat is free here.
            defer = target == SeatState::Sold || target == SeatState::Blocked;
            if (!defer)
                return false;
        }
        break;
    case SeatState::Sold:
        if (ours) {
            // A peer may cancel our committed sale (notice), never replace it: a peer's sale of
            // the seat means ours is not committed and will be refused.
            if (target == SeatState::Available && !fromSnapshot)
                break;
            defer = target == SeatState::Sold;
            if (!defer)
                return false;
        }
        break;
    }
    const std::pair key{entry.index, seat};
    if (!defer && space->mirrorSeat(seat, local, target, m_peerHolder, 0)) {
        std::lock_guard lock(m_mirrorMutex);
        m_pendingMirrors.erase(key);
        return local != target;
    }
    std::lock_guard lock(m_mirrorMutex);
    m_pendingMirrors[key] = target;
    return false;
}

void LocalBoxOffice::reloadEvent(const CatalogEntry &entry)
{
    EventSpace *space = m_space.event(entry.index);
    if (!space)
        return;
    // Let our own pump commit what it has, so the database shows our changes too.
    auto flushed = std::make_shared<std::promise<Status>>();
    std::future<Status> done = flushed->get_future();
    m_pump->whenCommitted(entry.index, space->lastSequence(), [flushed](Status s) { flushed->set_value(s); });
    if (done.wait_for(std::chrono::seconds(5)) != std::future_status::ready || !done.get()) {
        std::lock_guard lock(m_mirrorMutex);
        m_reloadPending = true; // the database is behind or down: try again later
        return;
    }
    const auto seatCount = quint32(space->seatCount());
    std::vector<quint32> versions(seatCount);
    for (quint32 s = 0; s < seatCount; ++s)
        versions[s] = space->seatVersion(s);
    // Read on the office's own connection: a query on the listening connection would swallow
    // notices that arrive meanwhile (QPSQL delivers them only when its socket wakes up again).
    const QUuid eventId = entry.event.id;
    const Result<RecoveredEvent> state = m_store->runAndWait<Result<RecoveredEvent>>(
        [eventId](Store &store) { return store.liveState(eventId); });
    if (!state) {
        std::lock_guard lock(m_mirrorMutex);
        m_reloadPending = true;
        return;
    }
    std::vector<SeatState> wanted(seatCount, SeatState::Available);
    for (quint32 seat : state->blockedSeats) {
        if (seat < seatCount)
            wanted[seat] = SeatState::Blocked;
    }
    for (const HoldRow &hold : state->liveHolds) {
        for (quint32 seat : hold.seats) {
            if (seat < seatCount)
                wanted[seat] = SeatState::Held;
        }
    }
    for (const auto &[seat, sale] : state->soldSeats) {
        if (seat < seatCount)
            wanted[seat] = SeatState::Sold;
    }
    std::vector<quint32> changed;
    for (quint32 s = 0; s < seatCount; ++s) {
        // A seat that changed here while we read is newer than what we read.
        if (space->seatState(s) != wanted[s] && space->seatVersion(s) == versions[s]
            && mirror(entry, s, wanted[s], true))
            changed.push_back(s);
    }
    announceSeats(entry.index, std::move(changed));
}

QList<std::shared_ptr<const CatalogEntry>> LocalBoxOffice::eventsWithPeerHolds() const
{
    QList<std::shared_ptr<const CatalogEntry>> events;
    for (const auto &entry : m_catalog.all()) {
        const EventSpace *space = m_space.event(entry->index);
        if (!space)
            continue;
        const auto seatCount = quint32(space->seatCount());
        for (quint32 seat = 0; seat < seatCount; ++seat) {
            if (space->seatState(seat) == SeatState::Held && space->seatHolder(seat) == m_peerHolder) {
                events.push_back(entry);
                break;
            }
        }
    }
    return events;
}

void LocalBoxOffice::announceSeats(quint32 event, std::vector<quint32> seats)
{
    m_seatChanges->markSeats(event, seats);
}

void LocalBoxOffice::retryPendingMirrors()
{
    std::map<std::pair<quint32, quint32>, SeatState> pending;
    bool reload = false;
    {
        std::lock_guard lock(m_mirrorMutex);
        pending.swap(m_pendingMirrors);
        reload = std::exchange(m_reloadPending, false);
    }
    std::map<quint32, std::vector<quint32>> changed;
    for (const auto &[key, target] : pending) {
        if (const auto entry = m_catalog.byIndex(key.first);
            entry && mirror(*entry, key.second, target, false))
            changed[key.first].push_back(key.second);
    }
    for (auto &[event, seats] : changed)
        announceSeats(event, std::move(seats));
    if (!m_listener)
        return;
    // The listening connection runs no queries otherwise (see reloadEvent): only reconnects.
    const bool reconnect = m_listenerStale && m_pump->state() == PumpState::Running;
    constexpr int kPeerHoldCheckTicks = 25; // housekeeper rounds of 200 ms: every 5 s
    QList<std::shared_ptr<const CatalogEntry>> events;
    if (reload || reconnect) {
        events = m_catalog.all();
    } else if (++m_peerHoldCheckTicks >= kPeerHoldCheckTicks) {
        m_peerHoldCheckTicks = 0;
        events = eventsWithPeerHolds();
    }
    if (events.empty() && !reconnect)
        return;
    if (reconnect)
        m_listenerStale = false;
    m_listener->run<Status>([this, reconnect, events = std::move(events)](Store &store) -> Status {
        if (reconnect) {
            if (Status back = store.reconnect(); !back) {
                m_listenerStale = true;
                return back;
            }
        }
        for (const auto &entry : events)
            reloadEvent(*entry);
        return {};
    });
}

} // namespace tessera
