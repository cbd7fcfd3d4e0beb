// LocalBoxOffice: following the other processes that share one database.
//
// SQLite has no notifications. Every batch a data pump commits to a SQLite file counts itself
// in change_counts under the pump's change origin; each box office polls the other writers'
// counts once a second (only when PRAGMA data_version says somebody committed) and re-reads the
// events whose count grew (reloadEvent below), so a seat sold by tessera-cli or another window
// on the same file shows here within about a second.
//
// PostgreSQL:
// Every committed batch of a data pump sends one NOTIFY with the new states of the seats it
// changed (Store::listenForChanges). Each box office listens on a connection of its own thread
// and mirrors the other processes' seat changes into its own space (EventSpace::mirrorSeat),
// skipping its own notices. A notice too large for NOTIFY, or a listener that lost its
// connection (notices sent meanwhile are gone), makes it re-read the live state of the events
// concerned: after its own pump has committed what it has, so the database shows its own
// changes, and only for seats that did not change locally while it was reading.
//
// Standing areas: a batch that changed standing places names its events in the notice
// ("standing"; SQLite: its change count), and the others re-read those events. What the
// database counts beyond the space's own places (taken before the read, kept only if they did
// not move during it) is the other processes' share of each area (EventSpace::mirrorStanding).

#include "core/boxoffice/localboxoffice.h"
#include "core/boxoffice/seatchangecollector.h"
#include "core/boxoffice/storeworker.h"
#include "core/common/ids.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

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

Status LocalBoxOffice::listenToPeers()
{
    if (m_options.url.kind != DatabaseUrl::Kind::Postgres) {
        if (m_options.url.path == QLatin1StringView(":memory:"))
            return {}; // nobody else can open it
        // Read the other writers' counts before the recovery reads the database: a batch
        // committed after those reads then always makes the next poll re-read its event.
        m_listener = std::make_unique<StoreWorker>();
        if (Status opened = m_listener->open(m_options.url); !opened)
            return opened;
        m_pollsPeers = true;
        return m_listener->runAndWait<Status>([this](Store &store) -> Status {
            // Housekeeping only: a busy file leaves it for the next start.
            [[maybe_unused]] const Status folded = store.foldChangeCounts();
            Result<qint64> version = store.dataVersion();
            if (!version)
                return version.error();
            Result<QHash<QUuid, qint64>> counts = store.peerChangeCounts(m_options.pump.origin);
            if (!counts)
                return counts.error();
            m_dataVersion = *version;
            m_peerCounts = std::move(*counts);
            return Status();
        });
    }
    // LISTEN before the recovery reads the database: a change committed after those reads is
    // then always heard. Notices arriving meanwhile wait in m_earlyNotices (see applyNotice).
    m_listener = std::make_unique<StoreWorker>();
    if (Status opened = m_listener->open(m_options.url); !opened)
        return opened;
    return m_listener->runAndWait<Status>([this](Store &store) -> Status {
        if (Status listening =
                store.listenForChanges([this](const QString &payload) { applyNotice(payload); });
            !listening) {
            return listening;
        }
        // The claim lives as long as the listening session, that is as long as this process.
        if (!m_options.terminal.isEmpty()) {
            Result<bool> claimed = store.claimName(m_options.terminal);
            if (!claimed)
                return claimed.error();
            m_ownsTerminal = *claimed;
        }
        return Status();
    });
}

namespace {

/// The layout without its seat blocks, which change in the space without a new layout.
VenueLayout withoutBlocks(VenueLayout layout)
{
    for (LayoutSeat &seat : layout.seats) {
        seat.blocked = false;
        seat.blockReason.clear();
    }
    return layout;
}

} // namespace

void LocalBoxOffice::followCatalog(Store &store)
{
    if (m_closing)
        return;
    const Result<QList<Event>> events = store.loadEvents();
    if (!events)
        return; // the next check tries again
    bool changed = false;
    QSet<QUuid> present;
    for (const Event &event : *events) {
        present.insert(event.id);
        const auto entry = m_catalog.byId(event.id);
        if (entry && event.updatedAt == entry->event.updatedAt)
            continue;
        if (entry) {
            // Changed elsewhere: the same places keep this space; a new layout gets a new one
            // (the other process replaced the layout only with nothing held or sold there).
            const Result<VenueLayout> layout = store.loadLayout(event.id);
            if (!layout)
                continue;
            if (withoutBlocks(*layout) == withoutBlocks(entry->layout)) {
                m_catalog.publish(makeCatalogEntry(entry->index, event, entry->layout));
                changed = true;
                continue;
            }
        }
        // A failure leaves the catalog as it was, so the next check tries again.
        if (Status loaded = recoverEvent(store, event, false); !loaded)
            qWarning("cannot load %s from the database: %s", qPrintable(event.name),
                     qPrintable(loaded.error().message));
        else
            changed = true;
    }
    for (const auto &entry : m_catalog.all()) {
        if (!present.contains(entry->event.id)) {
            m_catalog.remove(entry->event.id);
            changed = true;
        }
    }
    if (changed)
        emit eventsChanged();
}

void LocalBoxOffice::scheduleCatalogCheck()
{
    if (m_closing || m_catalogCheckQueued.exchange(true))
        return; // one is on its way
    m_store->run<Status>([this](Store &store) {
        m_catalogCheckQueued = false;
        followCatalog(store);
        return Status();
    });
}

Status LocalBoxOffice::startSync()
{
    if (!m_listener || m_pollsPeers)
        return {};
    // Notices sent while the database was away are lost: once the pump writes again, the
    // listener reconnects and re-reads every event.
    connect(
        m_pump.get(), &DataPump::stateChanged, this,
        [this](PumpState state) {
            if (state == PumpState::DatabaseUnavailable)
                m_listenerStale = true;
        },
        Qt::DirectConnection);
    // On the listener's thread, in order with the notices still to come: the ones that arrived
    // during the recovery are applied on top of the recovered state. Those older than the
    // recovery's reads repeat what the space already shows or are overtaken by later notices.
    return m_listener->runAndWait<Status>([this](Store &) {
        m_followingPeers = true;
        const QStringList early = std::exchange(m_earlyNotices, {});
        for (const QString &payload : early)
            applyNotice(payload);
        return Status();
    });
}

void LocalBoxOffice::followEvent(quint32 index, quint32 previous)
{
    if (!m_listener)
        return;
    // On the listener's thread, before any notice of the new event: none can be sent before
    // this returns to the caller that will sell.
    m_listener->run<Status>([this, index, previous](Store &) {
        const auto known = m_changeSeen.find(previous);
        m_changeSeen[index] = known != m_changeSeen.end() ? known->second : 0;
        return Status();
    });
}

void LocalBoxOffice::applyNotice(const QString &payload)
{
    if (!m_followingPeers) {
        m_earlyNotices.append(payload);
        return;
    }
    takeRecoveredSequences();
    const QJsonObject notice = QJsonDocument::fromJson(payload.toUtf8()).object();
    // The change sequences: a notice numbered at or below what the space already contains
    // (recovered or re-read after it was committed) is old news; a number beyond the next one
    // means notices were missed, whoever sent them: re-read the event.
    QSet<quint32> old;
    QList<std::shared_ptr<const CatalogEntry>> missed;
    const QJsonObject sequences = notice.value(QStringLiteral("seq")).toObject();
    for (auto it = sequences.constBegin(); it != sequences.constEnd(); ++it) {
        const auto entry = m_catalog.byId(parseUuid(it.key()));
        if (!entry)
            continue;
        const auto sequence = quint64(it.value().toInteger());
        const auto seen = m_changeSeen.find(entry->index);
        if (seen == m_changeSeen.end()) {
            m_changeSeen.emplace(entry->index, sequence); // an event created while running
        } else if (sequence <= seen->second) {
            old.insert(entry->index);
        } else {
            if (sequence > seen->second + 1)
                missed.append(entry);
            seen->second = sequence;
        }
    }
    if (notice.value(QStringLiteral("catalog")).toBool())
        scheduleCatalogCheck();
    if (notice.value(QStringLiteral("origin")).toString() != m_options.pump.origin)
        applyPeerNotice(notice, old);
    for (const auto &entry : std::as_const(missed))
        reloadEvent(*entry);
}

void LocalBoxOffice::applyPeerNotice(const QJsonObject &notice, const QSet<quint32> &old)
{
    const QJsonValue reload = notice.value(QStringLiteral("reload"));
    if (reload.isString()) {
        for (const auto &entry : m_catalog.all())
            reloadEvent(*entry);
        return;
    }
    // Standing counts travel as "re-read these events": the database has every process's.
    std::set<quint32> reloaded;
    for (const QString &key : {QStringLiteral("reload"), QStringLiteral("standing")}) {
        for (const QJsonValue id : notice.value(key).toArray()) {
            const auto entry = m_catalog.byId(parseUuid(id.toString()));
            if (entry && !old.contains(entry->index) && reloaded.insert(entry->index).second)
                reloadEvent(*entry);
        }
    }
    const QJsonObject seats = notice.value(QStringLiteral("seats")).toObject();
    for (auto it = seats.constBegin(); it != seats.constEnd(); ++it) {
        const auto entry = m_catalog.byId(parseUuid(it.key()));
        if (!entry || old.contains(entry->index))
            continue; // an event this process does not know, or old news
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
    // The standing counts this space made itself, taken before the flush below: the database
    // then contains them, and the rest of its counts are the other processes' (mirrorStanding).
    space->sweepExpired(); // as the database, which counts unexpired holds only
    const std::vector<StandingSnapshot> standingBefore = standingSnapshot(*space);
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
    std::vector<SeatState> before(seatCount);
    for (quint32 s = 0; s < seatCount; ++s) {
        versions[s] = space->seatVersion(s);
        before[s] = space->seatState(s);
    }
    // Read on the office's own connection: a query on the listening connection would swallow
    // notices that arrive meanwhile (QPSQL delivers them only when its socket wakes up again).
    const QUuid eventId = entry.event.id;
    // The block reasons are taken there too, in order with this office's own (keepBlockReasons).
    const Result<RecoveredEvent> state =
        m_store->runAndWait<Result<RecoveredEvent>>([this, eventId](Store &store) {
            Result<RecoveredEvent> read = store.liveState(eventId);
            if (read)
                adoptBlockReasons(eventId, read->blockReasons);
            return read;
        });
    if (!state) {
        std::lock_guard lock(m_mirrorMutex);
        m_reloadPending = true;
        return;
    }
    if (quint64 &seen = m_changeSeen[entry.index]; seen < state->changeSequence)
        seen = state->changeSequence;
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
    // SQLite: a seat sold here that the database shows free was cancelled by another process,
    // or sold here so recently that the flush above missed it. Only a second read, a poll
    // later, with the seat unchanged here since, tells them apart: it frees the seat.
    std::map<quint32, quint32> freedBefore;
    if (m_pollsPeers) {
        for (auto it = m_freedInDatabase.lower_bound({entry.index, 0});
             it != m_freedInDatabase.end() && it->first.first == entry.index;) {
            freedBefore.emplace(it->first.second, it->second);
            it = m_freedInDatabase.erase(it);
        }
    }
    for (quint32 s = 0; s < seatCount; ++s) {
        if (space->seatState(s) == wanted[s])
            continue;
        if (m_pollsPeers && wanted[s] == SeatState::Available && before[s] == SeatState::Sold
            && space->seatHolder(s) != m_peerHolder && space->seatVersion(s) == versions[s]) {
            if (const auto it = freedBefore.find(s); it != freedBefore.end() && it->second == versions[s]) {
                if (mirror(entry, s, SeatState::Available, false))
                    changed.push_back(s);
            } else {
                m_freedInDatabase[{entry.index, s}] = versions[s];
                m_recheckEvents.insert(entry.index);
            }
            continue;
        }
        if (space->seatVersion(s) == versions[s]) {
            if (mirror(entry, s, wanted[s], true))
                changed.push_back(s);
        } else if ((wanted[s] == SeatState::Sold || wanted[s] == SeatState::Blocked)
                   && before[s] != wanted[s]) {
            // A seat that changed here while we read is newer than what we read, except for a
            // peer's sale or block: the notice that told it is older than the read and skipped
            // (see applyNotice), so keep it pending like a notice that meets a local hold.
            std::lock_guard lock(m_mirrorMutex);
            m_pendingMirrors[{entry.index, s}] = wanted[s];
        }
    }
    announceSeats(entry.index, std::move(changed));
    mirrorStanding(entry, *state, standingBefore);
}

void LocalBoxOffice::adoptBlockReasons(const QUuid &eventId,
                                       const std::vector<std::pair<quint32, QString>> &reasons)
{
    const auto entry = m_catalog.byId(eventId);
    if (!entry)
        return;
    // The reason of seat s, walking `reasons` along with s.
    auto reasonOf = [&reasons](std::size_t &next, quint32 seat) -> QString {
        while (next < reasons.size() && reasons[next].first < seat)
            ++next;
        return next < reasons.size() && reasons[next].first == seat ? reasons[next].second : QString();
    };
    const auto seatCount = quint32(entry->layout.seats.size());
    std::size_t next = 0;
    quint32 first = 0;
    while (first < seatCount && reasonOf(next, first) == entry->layout.seats[first].blockReason)
        ++first;
    if (first == seatCount)
        return;
    auto updated = std::make_shared<CatalogEntry>(*entry);
    for (quint32 s = first; s < seatCount; ++s)
        updated->layout.seats[s].blockReason = reasonOf(next, s);
    m_catalog.publish(updated);
    emit eventsChanged();
}

std::vector<LocalBoxOffice::StandingSnapshot> LocalBoxOffice::standingSnapshot(const EventSpace &space)
{
    std::vector<StandingSnapshot> snapshot(std::size_t(space.standingCount()));
    for (quint32 a = 0; a < snapshot.size(); ++a) {
        snapshot[a].version = space.standingVersion(a); // first: a change after it is seen
        snapshot[a].own = space.ownStanding(a);
    }
    return snapshot;
}

void LocalBoxOffice::mirrorStanding(const CatalogEntry &entry, const RecoveredEvent &state,
                                    const std::vector<StandingSnapshot> &before)
{
    EventSpace *space = m_space.event(entry.index);
    const auto areaCount = quint32(before.size());
    std::vector<StandingCounts> database(areaCount);
    for (quint32 a = 0; a < areaCount; ++a)
        database[a].capacity = before[a].own.capacity;
    for (const auto &[area, sold] : state.standingSold) {
        if (area < areaCount)
            database[area].sold = sold;
    }
    for (const auto &[area, blocked] : state.standingBlocked) {
        if (area < areaCount)
            database[area].blocked = blocked;
    }
    for (const HoldRow &hold : state.liveHolds) {
        if (hold.standingArea < areaCount)
            database[hold.standingArea].held += hold.quantity;
    }
    bool moved = false;
    bool again = false;
    for (quint32 a = 0; a < areaCount; ++a) {
        bool changed = false;
        // An area that changed during the read: the read may miss some of it, so try later.
        if (!space->mirrorStanding(a, database[a], before[a].own, before[a].version, &changed))
            again = true;
        moved = moved || changed;
    }
    if (moved)
        m_seatChanges->markStanding(entry.index);
    if (again && m_pollsPeers) {
        m_recheckEvents.insert(entry.index);
    } else if (again) {
        std::lock_guard lock(m_mirrorMutex);
        m_standingRecheck.insert(entry.index);
    }
}

QList<std::shared_ptr<const CatalogEntry>> LocalBoxOffice::eventsWithPeerHolds() const
{
    QList<std::shared_ptr<const CatalogEntry>> events;
    for (const auto &entry : m_catalog.all()) {
        const EventSpace *space = m_space.event(entry->index);
        if (!space)
            continue;
        bool peerHolds = false;
        const auto areaCount = quint32(space->standingCount());
        for (quint32 a = 0; a < areaCount && !peerHolds; ++a)
            peerHolds = space->standing(a).held > space->ownStanding(a).held;
        const auto seatCount = quint32(space->seatCount());
        for (quint32 seat = 0; seat < seatCount && !peerHolds; ++seat)
            peerHolds = space->seatState(seat) == SeatState::Held && space->seatHolder(seat) == m_peerHolder;
        if (peerHolds)
            events.push_back(entry);
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
    std::set<quint32> standing;
    {
        std::lock_guard lock(m_mirrorMutex);
        pending.swap(m_pendingMirrors);
        reload = std::exchange(m_reloadPending, false);
        standing.swap(m_standingRecheck);
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
    constexpr int kPeerCheckTicks = 25; // housekeeper rounds of 200 ms: every 5 s
    if (m_pollsPeers) {
        constexpr int kPollTicks = 5; // every second
        if (!reload && ++m_peerPollTicks < kPollTicks)
            return;
        m_peerPollTicks = 0;
        // A hold mirrored from a process that stopped for good ends only when re-read.
        QList<std::shared_ptr<const CatalogEntry>> events;
        if (reload) {
            events = m_catalog.all();
        } else if (++m_peerHoldCheckTicks >= kPeerCheckTicks / kPollTicks) {
            m_peerHoldCheckTicks = 0;
            events = eventsWithPeerHolds();
        }
        // One poll at a time: a slow one (a busy file, a pump catching up) is not queued again.
        if (m_pollInFlight.exchange(true))
            return;
        m_listener->run<Status>([this, events = std::move(events)](Store &store) -> Status {
            for (const auto &entry : events)
                reloadEvent(*entry);
            pollSqlitePeers(store);
            m_pollInFlight = false;
            return {};
        });
        return;
    }
    // The listening connection runs no queries otherwise (see reloadEvent): only reconnects.
    const bool reconnect = m_listenerStale && m_pump->state() == PumpState::Running;
    QList<std::shared_ptr<const CatalogEntry>> events;
    bool check = false;
    if (reload || reconnect) {
        events = m_catalog.all();
    } else if (++m_peerHoldCheckTicks >= kPeerCheckTicks) {
        m_peerHoldCheckTicks = 0;
        events = eventsWithPeerHolds();
        check = true;
    }
    // Standing counts that moved during a re-read are read again a second later.
    constexpr int kStandingRecheckTicks = 5;
    if (!standing.empty() && !reload && !reconnect && ++m_standingRecheckTicks < kStandingRecheckTicks) {
        std::lock_guard lock(m_mirrorMutex);
        m_standingRecheck.insert(standing.begin(), standing.end());
    } else if (!reload && !reconnect) {
        m_standingRecheckTicks = 0;
        for (quint32 index : standing) {
            const auto entry = m_catalog.currentByIndex(index);
            if (entry && !events.contains(entry))
                events.append(entry);
        }
    }
    if (events.empty() && !reconnect && !check)
        return;
    if (reconnect)
        m_listenerStale = false;
    m_listener->run<Status>([this, reconnect, check, events = std::move(events)](Store &store) -> Status {
        if (reconnect) {
            if (Status back = store.reconnect(); !back) {
                m_listenerStale = true;
                return back;
            }
        }
        for (const auto &entry : events)
            reloadEvent(*entry);
        if (check) {
            checkChangeSequences();
            scheduleCatalogCheck(); // a catalog notice may have been lost
        }
        return {};
    });
}

void LocalBoxOffice::takeRecoveredSequences()
{
    std::vector<std::pair<quint32, quint64>> recovered;
    {
        std::lock_guard lock(m_mirrorMutex);
        recovered.swap(m_recoveredSequences);
    }
    for (const auto &[index, sequence] : recovered) {
        quint64 &seen = m_changeSeen[index];
        seen = std::max(seen, sequence);
    }
}

void LocalBoxOffice::checkChangeSequences()
{
    takeRecoveredSequences();
    // Read on the office's own connection (see reloadEvent).
    const Result<QHash<QUuid, quint64>> current = m_store->runAndWait<Result<QHash<QUuid, quint64>>>(
        [](Store &store) { return store.changeSequences(); });
    if (!current)
        return;
    for (auto it = current->constBegin(); it != current->constEnd(); ++it) {
        const auto entry = m_catalog.byId(it.key());
        if (!entry)
            continue;
        // Batches committed before the previous check have had a whole round to be heard.
        quint64 &polled = m_changePolled[entry->index];
        const auto seen = m_changeSeen.find(entry->index);
        if (seen != m_changeSeen.end() && seen->second < polled)
            reloadEvent(*entry);
        polled = it.value();
    }
}

void LocalBoxOffice::pollSqlitePeers(Store &store)
{
    const Result<qint64> version = store.dataVersion();
    if (!version || (*version == m_dataVersion && m_recheckEvents.empty()))
        return; // nobody committed since the last poll (or the file is busy: next time)
    Result<QHash<QUuid, qint64>> counts = store.peerChangeCounts(m_options.pump.origin);
    if (!counts)
        return;
    m_dataVersion = *version;
    scheduleCatalogCheck(); // events another process created, changed or deleted
    // Events whose sold seats the last re-read found free in the database are read again: see
    // reloadEvent.
    std::set<quint32> events = std::exchange(m_recheckEvents, {});
    for (auto it = counts->constBegin(); it != counts->constEnd(); ++it) {
        if (it.value() == m_peerCounts.value(it.key()))
            continue;
        if (const auto entry = m_catalog.byId(it.key()))
            events.insert(entry->index);
    }
    m_peerCounts = std::move(*counts);
    for (quint32 index : events) {
        if (const auto entry = m_catalog.currentByIndex(index))
            reloadEvent(*entry);
    }
}

} // namespace tessera
