#include "core/boxoffice/localboxoffice.h"

#include "core/boxoffice/futures_p.h"
#include "core/boxoffice/seatchangecollector.h"
#include "core/boxoffice/storeworker.h"
#include "core/common/ids.h"
#include "core/store/sqlitepresence.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMetaMethod>

namespace tessera {

LocalBoxOffice::LocalBoxOffice(const Options &options)
    : m_options(options)
    , m_space(options.clock)
{
    if (m_options.pump.origin.isEmpty())
        m_options.pump.origin = uuidText(newUuid());
    // A child, so that moveToThread() takes it along: open() may run on a worker thread and the
    // object then be moved to the GUI thread that receives its signals.
    m_notifyTimer.setParent(this);
    m_notifyTimer.setSingleShot(true);
    m_notifyTimer.setInterval(16); // at most ~60 updates a second (DESIGN.md rule 5)
    connect(&m_notifyTimer, &QTimer::timeout, this, &LocalBoxOffice::flushNotifications);
    // Called from the collector's thread at most once per flush: the GUI thread only takes the
    // accumulated seats once per timer tick.
    m_seatChanges = std::make_unique<SeatChangeCollector>(&m_space, [this] {
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (!m_notifyTimer.isActive())
                    m_notifyTimer.start();
            },
            Qt::QueuedConnection);
    });
}

Result<std::unique_ptr<LocalBoxOffice>> LocalBoxOffice::open(const Options &options)
{
    std::unique_ptr<LocalBoxOffice> office(new LocalBoxOffice(options));
    if (Status started = office->start(); !started)
        return started.error();
    return office;
}

Status LocalBoxOffice::start()
{
    m_peerHolder = m_holders.intern(tr("another terminal"));
    m_options.terminal = m_options.terminal.trimmed(); // as holders are named
    m_store = std::make_unique<StoreWorker>();
    if (Status opened = m_store->open(m_options.url); !opened)
        return opened;
    if (m_options.url.kind == DatabaseUrl::Kind::Sqlite
        && m_options.url.path != QLatin1StringView(":memory:")) {
        const QFileInfo file(m_options.url.path);
        m_presence = std::make_unique<SqlitePresence>(
            file.canonicalFilePath().isEmpty() ? file.absoluteFilePath() : file.canonicalFilePath());
    }
    if (Status listening = listenToPeers(); !listening)
        return listening;
    const Status recovered = m_store->runAndWait<Status>([this](Store &store) -> Status {
        // What this connection announces (block reasons) is this process's own, as its pump's.
        store.setChangeOrigin(m_options.pump.origin);
        Result<QList<Event>> events = store.loadEvents();
        if (!events)
            return events.error();
        for (const Event &event : *events) {
            if (Status done = recoverEvent(store, event, true); !done)
                return done;
        }
        return {};
    });
    if (!recovered)
        return recovered;
    if (Status rooms = restoreRooms(); !rooms)
        return rooms;
    m_balancer = std::make_unique<LoadBalancer>(&m_space, m_options.units, m_options.routing);
    m_pump = std::make_unique<DataPump>(&m_space, &m_catalog, &m_holders, m_options.url, m_options.pump);
    connect(m_pump.get(), &DataPump::stateChanged, this, &BoxOffice::storeStateChanged);
    m_pump->start();
    if (Status synced = startSync(); !synced)
        return synced;
    m_housekeeper = std::thread([this] { housekeeping(); });
    return {};
}

LocalBoxOffice::~LocalBoxOffice()
{
    shutdown();
}

void LocalBoxOffice::shutdown()
{
    if (m_shutDown)
        return;
    m_shutDown = true;
    m_closing = true; // no more catalog checks (followCatalog)
    {
        std::lock_guard lock(m_housekeeperMutex);
        m_stopping = true;
        m_housekeeperWake.notify_all();
    }
    if (m_housekeeper.joinable())
        m_housekeeper.join();
    m_listener.reset();
    if (m_balancer)
        m_balancer->stop();
    if (m_pump)
        m_pump->stop();
    m_seatChanges->stop();
    m_store.reset();
    m_presence.reset(); // after the last write: a process starting now owns what is left
}

Status LocalBoxOffice::recoverEvent(Store &store, const Event &event, bool atStart)
{
    auto progress = atStart ? m_options.progress : nullptr;
    const QString stage =
        QCoreApplication::translate("tessera::LocalBoxOffice", "Loading %1").arg(event.name);
    Result<RecoveredEvent> recovered = store.recover(event.id, [&](qint64 done, qint64 total) {
        if (progress)
            progress(stage, done, total);
    });
    if (!recovered)
        return recovered.error();
    RecoveredEvent &r = *recovered;
    // Published in the catalog only once restored: nobody may act on a half-loaded event.
    const auto entry = makeCatalogEntry(m_space.addEvent(toSpaceLayout(r.layout)), r.event, r.layout);
    EventSpace *space = m_space.event(entry->index);
    const qint64 now = m_space.clock()->nowMs();
    auto restore = [&](ChangeKind kind, quint32 target, bool standing, HoldId hold, HolderId holder,
                       quint32 quantity, qint64 expiresAt) {
        Change c;
        c.kind = kind;
        c.target = target;
        c.standing = standing;
        c.hold = hold;
        c.holder = holder;
        c.quantity = quantity;
        c.timeMs = now;
        c.expiresAtMs = expiresAt;
        return space->restore(c);
    };
    for (quint32 seat : r.blockedSeats) {
        if (space->seatState(seat) == SeatState::Available)
            restore(ChangeKind::Block, seat, false, 0, 0, 1, 0);
    }
    for (const auto &[seat, sale] : r.soldSeats) {
        // The sale's hold is restored and sold, so the seat knows its sale id again.
        if (!restore(ChangeKind::Hold, seat, false, sale, 0, 1, now + 1)
            || !restore(ChangeKind::Sell, seat, false, sale, 0, 1, 0))
            return Status(ErrorCode::Internal,
                          QStringLiteral("seat %1 (number %2) of %3 could not be restored as sold")
                              .arg(seat < quint32(r.layout.seats.size()) ? r.layout.seats[seat].label()
                                                                         : QStringLiteral("?"))
                              .arg(seat + 1)
                              .arg(event.name));
    }
    for (const auto &[area, sold] : r.standingSold)
        restore(ChangeKind::Sell, area, true, 0, 0, sold, 0);
    for (const auto &[area, blocked] : r.standingBlocked)
        restore(ChangeKind::Block, area, true, 0, 0, blocked, 0);
    // On a shared database, or a SQLite file that another process has open, a live hold may be
    // another running terminal's, and an event that another process made while this one runs
    // has only that process's holds: they show as held there (standing places as the other
    // processes' share), and that terminal's changes sell or free them. Otherwise they are this
    // terminal's, from before it stopped. On PostgreSQL the holds of this terminal's name are
    // its own when no other running process claims the name.
    const bool shared = m_options.url.kind == DatabaseUrl::Kind::Postgres || !atStart
                        || (m_presence && m_presence->othersPresentAtJoin());
    auto isOwn = [&](const HoldRow &hold) {
        return !shared || (atStart && m_ownsTerminal && hold.holderName == m_options.terminal);
    };
    std::vector<quint32> peerHeld(std::size_t(space->standingCount()), 0);
    for (const HoldRow &hold : r.liveHolds) {
        if (!isOwn(hold)) {
            for (quint32 seat : hold.seats)
                space->mirrorSeat(seat, SeatState::Available, SeatState::Held, m_peerHolder, 0);
            if (hold.standingArea < peerHeld.size())
                peerHeld[hold.standingArea] += hold.quantity;
            continue;
        }
        const HolderId holder = m_holders.intern(
            hold.holderName.isEmpty() ? QStringLiteral("holder-%1").arg(hold.holder) : hold.holderName);
        if (hold.standingArea != kNoIndex && hold.quantity > 0)
            restore(ChangeKind::Hold, hold.standingArea, true, hold.engineId, holder, hold.quantity,
                    hold.expiresAtMs);
        for (quint32 seat : hold.seats)
            restore(ChangeKind::Hold, seat, false, hold.engineId, holder, 1, hold.expiresAtMs);
        m_catalog.adoptHoldId(entry->index, hold.engineId, hold.holdId);
        QMutexLocker lock(&m_holdsMutex);
        m_holds.insert(hold.holdId, HoldRef{entry->index, hold.engineId});
        m_restoredHolds.insert(hold.holdId);
    }
    for (quint32 a = 0; a < peerHeld.size(); ++a) {
        if (peerHeld[a] == 0)
            continue;
        const StandingCounts own = space->ownStanding(a);
        StandingCounts database = own;
        database.held += peerHeld[a];
        space->mirrorStanding(a, database, own, space->standingVersion(a));
    }
    if (atStart) {
        m_changeSeen[entry->index] = r.changeSequence; // before the listener applies any notice
    } else if (!m_pollsPeers) {
        std::lock_guard lock(m_mirrorMutex);
        m_recoveredSequences.emplace_back(entry->index, r.changeSequence);
    }
    m_catalog.publish(entry);
    return {};
}

namespace {

/// New ids for the seats and standing areas of a draft layout that have none yet.
void giveIds(VenueLayout &layout)
{
    for (LayoutSeat &seat : layout.seats) {
        if (seat.id.isNull())
            seat.id = newUuid();
    }
    for (StandingArea &area : layout.standingAreas) {
        if (area.id.isNull())
            area.id = newUuid();
    }
}

} // namespace

Result<Event> LocalBoxOffice::saveAndPublish(Store &store, const Event &event, const VenueLayout &layout,
                                             quint32 previous)
{
    // The event and its layout in one transaction: both are saved or neither.
    if (Status saved = store.saveLayout(event.id, layout, &event); !saved)
        return saved.error();
    const auto entry = addToSpace(event, layout);
    followEvent(entry->index, previous);
    store.announceCatalogChange();
    emit eventsChanged();
    return withLiveCounts(*entry);
}

std::shared_ptr<CatalogEntry> LocalBoxOffice::addToSpace(const Event &event, const VenueLayout &layout)
{
    const quint32 index = m_space.addEvent(toSpaceLayout(layout));
    auto entry = makeCatalogEntry(index, event, layout);
    m_catalog.publish(entry);
    return entry;
}

Event LocalBoxOffice::withLiveCounts(const CatalogEntry &entry) const
{
    Event event = entry.event;
    const EventSpace *space = m_space.event(entry.index);
    qint64 total = space->seatCount();
    qint64 available = space->counts().available;
    for (quint32 a = 0; a < space->standingCount(); ++a) {
        const StandingCounts counts = space->standing(a);
        total += counts.capacity;
        available += counts.available();
    }
    event.totalTickets = static_cast<int>(total);
    event.availableTickets = static_cast<int>(available);
    if (available == 0 && total > 0 && event.status == EventStatus::Active)
        event.status = EventStatus::SoldOut;
    return event;
}

QFuture<Result<QList<Event>>> LocalBoxOffice::events()
{
    QList<Event> list;
    for (const auto &entry : m_catalog.all())
        list.append(withLiveCounts(*entry));
    std::sort(list.begin(), list.end(), [](const Event &a, const Event &b) {
        return a.startTime != b.startTime ? a.startTime < b.startTime : a.name < b.name;
    });
    return readyFuture(Result<QList<Event>>(list));
}

QFuture<Result<Event>> LocalBoxOffice::event(const QUuid &eventId)
{
    const auto entry = m_catalog.byId(eventId);
    if (!entry)
        return readyFuture(
            Result<Event>(ErrorCode::NotFound, tr("No event with id %1.").arg(uuidText(eventId))));
    return readyFuture(Result<Event>(withLiveCounts(*entry)));
}

QFuture<Result<Event>> LocalBoxOffice::createEvent(const Event &draft, const VenueLayout &draftLayout)
{
    Event event = draft;
    VenueLayout layout = draftLayout;
    if (event.id.isNull())
        event.id = newUuid();
    if (m_catalog.byId(event.id))
        return readyFuture(Result<Event>(ErrorCode::Conflict,
                                         tr("An event with id %1 exists already.").arg(uuidText(event.id))));
    giveIds(layout);
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_space.clock()->nowMs(), Qt::UTC);
    event.createdAt = now;
    event.updatedAt = now;
    // The layout first: it bounds the number of places, so the totals below fit.
    if (Status valid = validateLayout(layout); !valid)
        return readyFuture(Result<Event>(valid.error()));
    event.totalTickets = static_cast<int>(layout.placeCount());
    event.availableTickets = event.totalTickets;
    if (Status valid = validateEvent(event); !valid)
        return readyFuture(Result<Event>(valid.error()));
    return m_store->run<Result<Event>>([this, event, layout](Store &store) -> Result<Event> {
        return saveAndPublish(store, event, layout, kNoIndex);
    });
}

QFuture<Result<Event>> LocalBoxOffice::updateEvent(const Event &changed)
{
    const auto entry = m_catalog.byId(changed.id);
    if (!entry)
        return readyFuture(
            Result<Event>(ErrorCode::NotFound, tr("No event with id %1.").arg(uuidText(changed.id))));
    Event event = changed;
    event.createdAt = entry->event.createdAt;
    event.updatedAt = QDateTime::fromMSecsSinceEpoch(m_space.clock()->nowMs(), Qt::UTC);
    event.totalTickets = entry->event.totalTickets;
    if (Status valid = validateEvent(event); !valid)
        return readyFuture(Result<Event>(valid.error()));
    return m_store->run<Result<Event>>([this, event](Store &store) -> Result<Event> {
        // The current entry, here on the store thread: another process's new layout may have
        // been taken in since the call (followCatalog).
        const auto entry = m_catalog.byId(event.id);
        if (!entry)
            return Error{ErrorCode::NotFound, tr("No event with id %1.").arg(uuidText(event.id))};
        if (Status saved = store.saveEvent(event); !saved)
            return saved.error();
        auto updated = std::make_shared<CatalogEntry>(*entry);
        updated->event = event;
        m_catalog.publish(updated);
        store.announceCatalogChange();
        emit eventsChanged();
        return withLiveCounts(*updated);
    });
}

QFuture<Status> LocalBoxOffice::deleteEvent(const QUuid &eventId)
{
    const auto entry = m_catalog.byId(eventId);
    if (!entry)
        return readyFuture(Status(ErrorCode::NotFound, tr("No event with id %1.").arg(uuidText(eventId))));
    const EventSpace *space = m_space.event(entry->index);
    qint64 sold = space->counts().sold;
    for (quint32 a = 0; a < space->standingCount(); ++a)
        sold += space->standing(a).sold;
    if (sold > 0)
        return readyFuture(
            Status(ErrorCode::Conflict,
                   tr("%1 has %n sold ticket(s). Cancel or refund them before deleting the event.", nullptr,
                      static_cast<int>(sold))
                       .arg(entry->event.name)));
    return m_store->run<Status>([this, eventId](Store &store) -> Status {
        const auto current = m_catalog.byId(eventId); // as it is now (see updateEvent)
        if (!current)
            return Status(ErrorCode::NotFound, tr("No event with id %1.").arg(uuidText(eventId)));
        const quint32 index = current->index;
        // Let the writer finish what it has for this event first.
        const quint64 last = m_space.event(index)->lastSequence();
        std::promise<Status> flushed;
        m_pump->whenCommitted(index, last, [&flushed](Status s) { flushed.set_value(s); });
        flushed.get_future().wait();
        if (Status deleted = store.deleteEvent(eventId); !deleted)
            return deleted;
        m_catalog.remove(eventId);
        store.announceCatalogChange();
        emit eventsChanged();
        return {};
    });
}

QFuture<Result<VenueLayout>> LocalBoxOffice::layout(const QUuid &eventId)
{
    const auto entry = m_catalog.byId(eventId);
    if (!entry)
        return readyFuture(
            Result<VenueLayout>(ErrorCode::NotFound, tr("No event with id %1.").arg(uuidText(eventId))));
    // Seats are blocked and unblocked in the space (blockSeats) after the layout was saved: the
    // layout handed out says what is blocked now, so that saving it back keeps those blocks.
    VenueLayout layout = entry->layout;
    const EventSpace *space = m_space.event(entry->index);
    for (qsizetype i = 0; i < layout.seats.size(); ++i) {
        LayoutSeat &seat = layout.seats[i];
        const bool blocked = space->seatState(static_cast<quint32>(i)) == SeatState::Blocked;
        if (seat.blocked != blocked) {
            seat.blocked = blocked;
            if (!blocked)
                seat.blockReason.clear();
        }
    }
    return readyFuture(Result<VenueLayout>(layout));
}

QFuture<Result<Event>> LocalBoxOffice::replaceLayout(const QUuid &eventId, const VenueLayout &draft)
{
    const auto entry = m_catalog.byId(eventId);
    if (!entry)
        return readyFuture(
            Result<Event>(ErrorCode::NotFound, tr("No event with id %1.").arg(uuidText(eventId))));
    const auto taken = [this](const CatalogEntry &current) -> Status {
        const EventSpace *space = m_space.event(current.index);
        const SeatCounts counts = space->counts();
        qint64 places = counts.sold + counts.held;
        for (quint32 a = 0; a < space->standingCount(); ++a)
            places += space->standing(a).sold + space->standing(a).held;
        if (places == 0)
            return {};
        return Error{
            ErrorCode::Conflict,
            tr("The layout of %1 cannot change while tickets are held or sold.").arg(current.event.name)};
    };
    if (Status free = taken(*entry); !free)
        return readyFuture(Result<Event>(free.error()));
    VenueLayout layout = draft;
    giveIds(layout);
    if (Status valid = validateLayout(layout); !valid)
        return readyFuture(Result<Event>(valid.error()));
    Event event = entry->event;
    // Nothing is held or sold, so every place of the new layout is available.
    event.totalTickets = static_cast<int>(layout.placeCount());
    event.availableTickets = event.totalTickets;
    event.updatedAt = QDateTime::fromMSecsSinceEpoch(m_space.clock()->nowMs(), Qt::UTC);
    if (Status valid = validateEvent(event); !valid)
        return readyFuture(Result<Event>(valid.error()));
    const quint32 previous = entry->index;
    return m_store->run<Result<Event>>(
        [this, event, layout, previous, entry, taken](Store &store) -> Result<Event> {
            // Checked again here, just before the swap: a hold may have come in since the call.
            if (Status free = taken(*entry); !free)
                return free.error();
            return saveAndPublish(store, event, layout, previous);
        });
}

QFuture<Result<QList<SeatInfo>>> LocalBoxOffice::seats(const QUuid &eventId)
{
    const auto entry = m_catalog.byId(eventId);
    if (!entry)
        return readyFuture(
            Result<QList<SeatInfo>>(ErrorCode::NotFound, tr("No event with id %1.").arg(uuidText(eventId))));
    const EventSpace *space = m_space.event(entry->index);
    QList<SeatInfo> list;
    list.reserve(entry->layout.seats.size());
    for (qsizetype i = 0; i < entry->layout.seats.size(); ++i) {
        const LayoutSeat &seat = entry->layout.seats[i];
        const auto index = static_cast<quint32>(i);
        SeatInfo info;
        info.seatId = seat.id;
        info.index = index;
        info.section = seat.section;
        info.row = seat.row;
        info.number = seat.number;
        info.categoryId = seat.category;
        info.priceCents = entry->seatPriceCents[index];
        info.state = space->seatState(index);
        info.x = seat.x;
        info.y = seat.y;
        if (info.state == SeatState::Held || info.state == SeatState::Sold)
            info.holder = m_holders.name(space->seatHolder(index));
        if (info.state == SeatState::Held) {
            const HoldInfo hold = space->holdInfo(space->seatHold(index));
            if (hold.live)
                info.holdExpiresAt = QDateTime::fromMSecsSinceEpoch(hold.expiresAtMs, Qt::UTC);
        }
        list.append(info);
    }
    return readyFuture(Result<QList<SeatInfo>>(list));
}

QFuture<Result<QList<StandingInfo>>> LocalBoxOffice::standingAreas(const QUuid &eventId)
{
    const auto entry = m_catalog.byId(eventId);
    if (!entry)
        return readyFuture(Result<QList<StandingInfo>>(ErrorCode::NotFound,
                                                       tr("No event with id %1.").arg(uuidText(eventId))));
    const EventSpace *space = m_space.event(entry->index);
    QList<StandingInfo> list;
    for (qsizetype a = 0; a < entry->layout.standingAreas.size(); ++a) {
        const StandingArea &area = entry->layout.standingAreas[a];
        list.append(StandingInfo{area.id, area.name, area.category,
                                 entry->standingPriceCents[static_cast<size_t>(a)],
                                 space->standing(static_cast<quint32>(a))});
    }
    return readyFuture(Result<QList<StandingInfo>>(list));
}

const EventSpace *LocalBoxOffice::seatSpace(const QUuid &eventId) const
{
    const auto entry = m_catalog.byId(eventId);
    return entry ? m_space.event(entry->index) : nullptr;
}

std::shared_ptr<const CatalogEntry> LocalBoxOffice::catalogEntry(const QUuid &eventId) const
{
    return m_catalog.byId(eventId);
}

HolderId LocalBoxOffice::holderId(const QString &holder)
{
    return m_holders.intern(holder);
}

QString LocalBoxOffice::holderName(HolderId id) const
{
    return m_holders.name(id);
}

QFuture<Result<EngineStatus>> LocalBoxOffice::status()
{
    EngineStatus s;
    s.units = m_balancer->unitCount();
    s.totals = m_balancer->totals();
    s.pump = m_pump->statistics();
    for (const auto &entry : m_catalog.all()) {
        const EventSpace *space = m_space.event(entry->index);
        ++s.events;
        s.seats += space->seatCount();
        const SeatCounts c = space->counts();
        s.seatCounts.available += c.available;
        s.seatCounts.held += c.held;
        s.seatCounts.sold += c.sold;
        s.seatCounts.blocked += c.blocked;
        s.liveHolds += space->liveHolds();
    }
    QMutexLocker lock(&m_roomsMutex);
    for (const auto &[id, room] : m_rooms) {
        s.queueWaiting += room->waitingCount();
        s.queueActive += room->activeCount();
    }
    return readyFuture(Result<EngineStatus>(s));
}

void LocalBoxOffice::housekeeping()
{
    int round = 0;
    std::unique_lock lock(m_housekeeperMutex);
    while (!m_stopping) {
        // Sweeping every 200 ms keeps any seat at most 200 ms past its hold's expiry.
        m_housekeeperWake.wait_for(lock, std::chrono::milliseconds(200), [this] { return m_stopping; });
        if (m_stopping)
            break;
        lock.unlock();
        m_space.sweepExpired();
        retryPendingMirrors();
        {
            QMutexLocker rooms(&m_roomsMutex);
            for (auto &[id, room] : m_rooms)
                room->tick();
        }
        if (++round % 25 == 0) { // forget ended holds every 5 s
            QMutexLocker holds(&m_holdsMutex);
            for (auto it = m_holds.begin(); it != m_holds.end();) {
                const EventSpace *space = m_space.event(it->event);
                if (!space || !space->holdInfo(it->hold).live)
                    it = m_holds.erase(it);
                else
                    ++it;
            }
        }
        lock.lock();
    }
}

void LocalBoxOffice::connectNotify(const QMetaMethod &signal)
{
    // Watch the feed only once somebody listens: an unread subscription would keep the whole
    // feed in memory.
    if ((signal == QMetaMethod::fromSignal(&BoxOffice::seatsChanged)
         || signal == QMetaMethod::fromSignal(&BoxOffice::standingChanged))
        && !m_shutDown)
        m_seatChanges->start();
    BoxOffice::connectNotify(signal);
}

void LocalBoxOffice::flushNotifications()
{
    const std::vector<EventChanges> taken = m_seatChanges->take();
    for (const EventChanges &changes : taken) {
        if (changes.seats.empty())
            continue;
        if (const auto entry = m_catalog.byIndex(changes.event))
            emit seatsChanged(entry->event.id, QList<quint32>(changes.seats.begin(), changes.seats.end()));
    }
    for (const EventChanges &changes : taken) {
        if (!changes.standing)
            continue;
        if (const auto entry = m_catalog.byIndex(changes.event))
            emit standingChanged(entry->event.id);
    }
}

} // namespace tessera
