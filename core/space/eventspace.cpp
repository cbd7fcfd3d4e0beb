#include "core/space/eventspace.h"

#include "core/space/bestavailable.h"
#include "core/space/eventspace_p.h"

#include <QVarLengthArray>

#include <algorithm>

namespace tessera {

EventSpace::EventSpace(quint32 index, SpaceLayout layout, Clock *clock)
    : m_index(index)
    , m_layout(std::move(layout))
    , m_clock(clock)
    , m_seatCount(m_layout.seatCount())
    , m_state(new std::atomic<quint8>[static_cast<size_t>(m_seatCount)])
    , m_holder(new std::atomic<HolderId>[static_cast<size_t>(m_seatCount)])
    , m_hold(new std::atomic<HoldId>[static_cast<size_t>(m_seatCount)])
    , m_version(new std::atomic<quint32>[static_cast<size_t>(m_seatCount)])
    , m_countByState(new std::atomic<qint64>[4])
    , m_nextInHold(static_cast<size_t>(m_seatCount), kNoIndex)
    , m_standing(new Standing[static_cast<size_t>(m_layout.standingCount())])
{
    m_layout.complete();
    for (int s = 0; s < 4; ++s)
        m_countByState[s].store(0, std::memory_order_relaxed);
    for (qsizetype i = 0; i < m_seatCount; ++i) {
        const bool blocked = m_layout.initiallyBlocked[static_cast<size_t>(i)];
        const SeatState state = blocked ? SeatState::Blocked : SeatState::Available;
        m_state[i].store(static_cast<quint8>(state), std::memory_order_relaxed);
        m_holder[i].store(0, std::memory_order_relaxed);
        m_hold[i].store(0, std::memory_order_relaxed);
        m_version[i].store(0, std::memory_order_relaxed);
        m_countByState[static_cast<int>(state)].fetch_add(1, std::memory_order_relaxed);
    }
    for (qsizetype a = 0; a < m_layout.standingCount(); ++a)
        m_standing[a].capacity = m_layout.standingCapacity[static_cast<size_t>(a)];
}

EventSpace::~EventSpace() = default;

namespace {

/// What a command on an ended hold is told: how it ended while its slot remembers it (`known`),
/// else NotFound.
ErrorCode endedHoldError(bool known, ChangeKind endedBy)
{
    if (!known)
        return ErrorCode::NotFound;
    return endedBy == ChangeKind::Expire ? ErrorCode::HoldExpired
           : endedBy == ChangeKind::Sell ? ErrorCode::Conflict
                                         : ErrorCode::NotFound;
}

/// Marks r as failed with code (and the seat that made the command fail).
Q_ALWAYS_INLINE void fail(SpaceResult &r, ErrorCode code, quint32 seat = kNoIndex)
{
    r.ok = false;
    r.error = code;
    r.failedSeat = seat;
}

/// Marks r as succeeded with the hold (or sale) and expiry it reports.
Q_ALWAYS_INLINE void succeed(SpaceResult &r, HoldId hold = 0, qint64 expiresAtMs = 0)
{
    r.ok = true;
    r.hold = hold;
    r.expiresAtMs = expiresAtMs;
}

Q_NEVER_INLINE bool checkLongSeatList(std::span<const quint32> seats, qsizetype seatCount, SpaceResult &r)
{
    if (seats.empty()) {
        fail(r, ErrorCode::InvalidInput);
        return false;
    }
    for (quint32 s : seats) {
        if (s >= seatCount) {
            fail(r, ErrorCode::InvalidInput, s);
            return false;
        }
    }
    if (seats.size() <= 16) {
        for (size_t i = 0; i < seats.size(); ++i) {
            for (size_t j = i + 1; j < seats.size(); ++j) {
                if (seats[i] == seats[j]) {
                    fail(r, ErrorCode::InvalidInput, seats[i]);
                    return false;
                }
            }
        }
    } else {
        std::vector<quint32> sorted(seats.begin(), seats.end());
        std::sort(sorted.begin(), sorted.end());
        const auto dup = std::adjacent_find(sorted.begin(), sorted.end());
        if (dup != sorted.end()) {
            fail(r, ErrorCode::InvalidInput, *dup);
            return false;
        }
    }
    return true;
}

/// Checks a seat list: non-empty, every index in range, no seat twice. On failure r says why.
Q_ALWAYS_INLINE bool checkSeatList(std::span<const quint32> seats, qsizetype seatCount, SpaceResult &r)
{
    if (seats.size() == 1) [[likely]] {
        if (seats.front() < seatCount)
            return true;
        fail(r, ErrorCode::InvalidInput, seats.front());
        return false;
    }
    return checkLongSeatList(seats, seatCount, r);
}

} // namespace

void EventSpace::apply(std::span<const SpaceCommand> commands, std::span<SpaceResult> results)
{
    Q_ASSERT(commands.size() == results.size());
    std::unique_lock lock(m_mutex);
    const qint64 now = m_clock->nowMs();
    const qint64 next = m_nextExpiry.load(std::memory_order_relaxed);
    if (next != 0 && next <= now)
        sweepLocked(now);
    for (size_t i = 0; i < commands.size(); ++i) {
        // Results are written in place: a SpaceResult returned by value and moved costs more than
        // a whole seat transition (a store-forwarding stall on every copy).
        SpaceResult &r = results[i];
        r.ok = false;
        r.error = ErrorCode::Internal;
        r.failedSeat = kNoIndex;
        r.hold = 0;
        r.expiresAtMs = 0;
        r.sequence = 0;
        if (!r.seats.empty()) [[unlikely]]
            r.seats.clear();
        const quint64 before = m_log.lastSequence();
        execute(commands[i], now, r);
        if (m_log.lastSequence() != before) {
            m_log.markEndOfCommand();
            r.sequence = m_log.lastSequence();
        }
    }
    publish(lock);
}

SpaceResult EventSpace::apply(const SpaceCommand &command)
{
    SpaceResult result;
    apply(std::span(&command, 1), std::span(&result, 1));
    return result;
}

void EventSpace::execute(const SpaceCommand &c, qint64 now, SpaceResult &r)
{
    switch (c.op) {
    case SpaceOp::Hold:
        return holdSeats(c, now, std::span(c.seats.constData(), static_cast<size_t>(c.seats.size())), r);
    case SpaceOp::HoldStanding:
        return holdStanding(c, now, r);
    case SpaceOp::HoldBest:
        return holdBest(c, now, r);
    case SpaceOp::Extend:
        return extend(c, now, r);
    case SpaceOp::Release:
        return releaseOrSell(c, now, false, r);
    case SpaceOp::Sell:
        return releaseOrSell(c, now, true, r);
    case SpaceOp::Cancel:
        return cancelSeats(c, now, r);
    case SpaceOp::CancelStanding:
    case SpaceOp::BlockStanding:
    case SpaceOp::UnblockStanding:
        return changeStanding(c, now, r);
    case SpaceOp::Block:
        return blockSeats(c, now, true, r);
    case SpaceOp::Unblock:
        return blockSeats(c, now, false, r);
    }
    fail(r, ErrorCode::InvalidInput);
}

void EventSpace::holdSeats(const SpaceCommand &c, qint64 now, std::span<const quint32> seats, SpaceResult &r)
{
    if (c.holder == 0 || c.ttlMs <= 0)
        return fail(r, ErrorCode::InvalidInput);
    if (!checkSeatList(seats, m_seatCount, r))
        return;
    for (quint32 s : seats) {
        if (seatState(s) != SeatState::Available)
            return fail(r, ErrorCode::SeatUnavailable, s);
    }
    const qint64 expiresAt = now + c.ttlMs;
    const HoldId id = allocateHold(c.holder, expiresAt);
    HoldSlot &slot = m_holds[slotOf(id)];
    for (quint32 s : seats) {
        setSeat(s, SeatState::Available, SeatState::Held, c.holder, id);
        m_nextInHold[s] = kNoIndex;
        if (slot.lastSeat == kNoIndex)
            slot.firstSeat = s;
        else
            m_nextInHold[slot.lastSeat] = s;
        slot.lastSeat = s;
        ++slot.seatCount;
        log(ChangeKind::Hold, s, false, c.holder, id, 1, now, expiresAt);
    }
    return succeed(r, id, expiresAt);
}

void EventSpace::holdStanding(const SpaceCommand &c, qint64 now, SpaceResult &r)
{
    if (c.holder == 0 || c.ttlMs <= 0 || c.quantity == 0 || c.standingArea >= standingCount())
        return fail(r, ErrorCode::InvalidInput);
    Standing &area = m_standing[c.standingArea];
    if (area.available() < c.quantity)
        return fail(r, ErrorCode::SoldOut);
    const qint64 expiresAt = now + c.ttlMs;
    const HoldId id = allocateHold(c.holder, expiresAt);
    HoldSlot &slot = m_holds[slotOf(id)];
    slot.standingArea = c.standingArea;
    slot.quantity = c.quantity;
    bump(area.held, c.quantity);
    area.changed();
    log(ChangeKind::Hold, c.standingArea, true, c.holder, id, c.quantity, now, expiresAt);
    m_changed = true;
    return succeed(r, id, expiresAt);
}

void EventSpace::holdBest(const SpaceCommand &c, qint64 now, SpaceResult &r)
{
    if (c.holder == 0 || c.ttlMs <= 0 || c.quantity == 0 || c.quantity > m_seatCount)
        return fail(r, ErrorCode::InvalidInput);
    const std::vector<quint32> seats = findBestAvailable(m_layout, m_state.get(), c.quantity, c.category);
    if (seats.empty())
        return fail(r, ErrorCode::SoldOut);
    holdSeats(c, now, seats, r);
    if (r.ok)
        r.seats = seats;
}

EventSpace::HoldSlot *EventSpace::liveHold(HoldId id, HolderId holder, qint64 now, ErrorCode *error)
{
    const quint32 slotIndex = slotOf(id);
    if (id == 0 || slotIndex >= m_holds.size() || generationOf(id) > m_holds[slotIndex].generation) {
        *error = ErrorCode::NotFound;
        return nullptr;
    }
    HoldSlot &slot = m_holds[slotIndex];
    if (!slot.live || slot.generation != generationOf(id)) {
        *error = endedHoldError(slot.generation == generationOf(id), slot.endedBy);
        return nullptr;
    }
    if (slot.holder != holder) {
        *error = ErrorCode::NotHolder;
        return nullptr;
    }
    if (slot.expiresAt <= now) {
        endHold(id, now, ChangeKind::Expire);
        *error = ErrorCode::HoldExpired;
        return nullptr;
    }
    return &slot;
}

void EventSpace::extend(const SpaceCommand &c, qint64 now, SpaceResult &r)
{
    if (c.ttlMs <= 0)
        return fail(r, ErrorCode::InvalidInput);
    ErrorCode error;
    HoldSlot *slot = liveHold(c.hold, c.holder, now, &error);
    if (!slot)
        return fail(r, error);
    slot->expiresAt = now + c.ttlMs;
    m_expiryHeap.emplace_back(slot->expiresAt, c.hold);
    std::push_heap(m_expiryHeap.begin(), m_expiryHeap.end(), std::greater<>());
    for (quint32 s = slot->firstSeat; s != kNoIndex; s = m_nextInHold[s]) {
        log(ChangeKind::Extend, s, false, c.holder, c.hold, 1, now, slot->expiresAt);
    }
    if (slot->standingArea != kNoIndex)
        log(ChangeKind::Extend, slot->standingArea, true, c.holder, c.hold, slot->quantity, now,
            slot->expiresAt);
    recomputeNextExpiry();
    return succeed(r, c.hold, slot->expiresAt);
}

void EventSpace::releaseOrSell(const SpaceCommand &c, qint64 now, bool sell, SpaceResult &r)
{
    ErrorCode error;
    if (!liveHold(c.hold, c.holder, now, &error))
        return fail(r, error);
    endHold(c.hold, now, sell ? ChangeKind::Sell : ChangeKind::Release);
    return succeed(r, c.hold);
}

void EventSpace::endHold(HoldId id, qint64 now, ChangeKind kind)
{
    HoldSlot &slot = m_holds[slotOf(id)];
    const SeatState to = kind == ChangeKind::Sell ? SeatState::Sold : SeatState::Available;
    for (quint32 s = slot.firstSeat; s != kNoIndex; s = m_nextInHold[s]) {
        if (to == SeatState::Sold)
            setSeat(s, SeatState::Held, SeatState::Sold, slot.holder, id);
        else
            setSeat(s, SeatState::Held, SeatState::Available, 0, 0);
        log(kind, s, false, slot.holder, id, 1, now, 0);
    }
    if (slot.standingArea != kNoIndex) {
        Standing &area = m_standing[slot.standingArea];
        bump(area.held, -qint64(slot.quantity));
        if (to == SeatState::Sold)
            bump(area.sold, slot.quantity);
        area.changed();
        log(kind, slot.standingArea, true, slot.holder, id, slot.quantity, now, 0);
    }
    slot.endedBy = kind;
    freeHold(id);
}

void EventSpace::cancelSeats(const SpaceCommand &c, qint64 now, SpaceResult &r)
{
    const std::span<const quint32> seats(c.seats.constData(), static_cast<size_t>(c.seats.size()));
    if (!checkSeatList(seats, m_seatCount, r))
        return;
    for (quint32 s : seats) {
        if (seatState(s) != SeatState::Sold || (c.hold != 0 && seatHold(s) != c.hold))
            return fail(r, ErrorCode::NotSold, s);
    }
    for (quint32 s : seats) {
        const HolderId holder = seatHolder(s);
        const HoldId sale = seatHold(s);
        setSeat(s, SeatState::Sold, SeatState::Available, 0, 0);
        log(ChangeKind::Cancel, s, false, holder, sale, 1, now, 0);
    }
    return succeed(r, c.hold);
}

void EventSpace::changeStanding(const SpaceCommand &c, qint64 now, SpaceResult &r)
{
    if (c.quantity == 0 || c.standingArea >= standingCount())
        return fail(r, ErrorCode::InvalidInput);
    Standing &area = m_standing[c.standingArea];
    switch (c.op) {
    case SpaceOp::CancelStanding:
        if (!takeBack(area.sold, area.otherSold, c.quantity))
            return fail(r, ErrorCode::NotSold);
        log(ChangeKind::Cancel, c.standingArea, true, c.holder, c.hold, c.quantity, now, 0);
        break;
    case SpaceOp::BlockStanding:
        if (area.available() < c.quantity)
            return fail(r, ErrorCode::SoldOut);
        bump(area.blocked, c.quantity);
        log(ChangeKind::Block, c.standingArea, true, 0, 0, c.quantity, now, 0);
        break;
    default:
        if (!takeBack(area.blocked, area.otherBlocked, c.quantity))
            return fail(r, ErrorCode::Conflict);
        log(ChangeKind::Unblock, c.standingArea, true, 0, 0, c.quantity, now, 0);
        break;
    }
    area.changed();
    return succeed(r);
}

void EventSpace::blockSeats(const SpaceCommand &c, qint64 now, bool block, SpaceResult &r)
{
    const std::span<const quint32> seats(c.seats.constData(), static_cast<size_t>(c.seats.size()));
    if (!checkSeatList(seats, m_seatCount, r))
        return;
    const SeatState from = block ? SeatState::Available : SeatState::Blocked;
    const SeatState to = block ? SeatState::Blocked : SeatState::Available;
    for (quint32 s : seats) {
        if (seatState(s) != from)
            return fail(r, block ? ErrorCode::SeatUnavailable : ErrorCode::Conflict, s);
    }
    for (quint32 s : seats) {
        setSeat(s, from, to, 0, 0);
        log(block ? ChangeKind::Block : ChangeKind::Unblock, s, false, 0, 0, 1, now, 0);
    }
    return succeed(r);
}

HoldId EventSpace::allocateHold(HolderId holder, qint64 expiresAt)
{
    quint32 slotIndex;
    if (!m_freeSlots.empty()) {
        slotIndex = m_freeSlots.back();
        m_freeSlots.pop_back();
    } else {
        slotIndex = static_cast<quint32>(m_holds.size());
        m_holds.emplace_back();
    }
    HoldSlot &slot = m_holds[slotIndex];
    const quint32 generation = slot.generation + 1;
    slot = HoldSlot{};
    slot.generation = generation;
    slot.live = true;
    slot.holder = holder;
    slot.expiresAt = expiresAt;
    ++m_liveHolds;
    const HoldId id = makeHoldId(slotIndex, generation);
    m_expiryHeap.emplace_back(expiresAt, id);
    std::push_heap(m_expiryHeap.begin(), m_expiryHeap.end(), std::greater<>());
    recomputeNextExpiry();
    return id;
}

void EventSpace::freeHold(HoldId id)
{
    const quint32 slotIndex = slotOf(id);
    m_holds[slotIndex].live = false;
    m_freeSlots.push_back(slotIndex);
    --m_liveHolds;
    // Stale heap entries are skipped when they come up; compact when they dominate.
    if (m_expiryHeap.size() > 1024 && m_expiryHeap.size() > 4 * static_cast<size_t>(m_liveHolds)) {
        std::erase_if(m_expiryHeap, [this](const auto &entry) {
            const HoldSlot &slot = m_holds[slotOf(entry.second)];
            return !slot.live || slot.generation != generationOf(entry.second)
                   || slot.expiresAt != entry.first;
        });
        std::make_heap(m_expiryHeap.begin(), m_expiryHeap.end(), std::greater<>());
    }
    recomputeNextExpiry();
}

void EventSpace::recomputeNextExpiry()
{
    m_nextExpiry.store(m_expiryHeap.empty() ? 0 : m_expiryHeap.front().first, std::memory_order_relaxed);
}

int EventSpace::sweepExpired()
{
    std::unique_lock lock(m_mutex);
    const int expired = sweepLocked(m_clock->nowMs());
    publish(lock);
    return expired;
}

int EventSpace::sweepLocked(qint64 now)
{
    int expired = 0;
    while (!m_expiryHeap.empty() && m_expiryHeap.front().first <= now) {
        std::pop_heap(m_expiryHeap.begin(), m_expiryHeap.end(), std::greater<>());
        const auto [expiresAt, id] = m_expiryHeap.back();
        m_expiryHeap.pop_back();
        const HoldSlot &slot = m_holds[slotOf(id)];
        if (slot.live && slot.generation == generationOf(id) && slot.expiresAt <= now) {
            endHold(id, now, ChangeKind::Expire);
            m_log.markEndOfCommand();
            ++expired;
        }
    }
    recomputeNextExpiry();
    return expired;
}

void EventSpace::publish(std::unique_lock<std::mutex> &lock)
{
    if (!m_changed) {
        lock.unlock();
        return;
    }
    m_changed = false;
    m_published.store(m_log.lastSequence(), std::memory_order_release);
    if (m_subscribers.empty()) {
        m_log.trim(m_log.lastSequence());
        lock.unlock();
        return;
    }
    QVarLengthArray<std::shared_ptr<FeedWaker>, 8> toWake;
    for (const Subscriber &sub : m_subscribers) {
        if (!sub.waker->pending.exchange(true, std::memory_order_acq_rel))
            toWake.append(sub.waker);
    }
    // Wake outside the lock: the callback may take other locks or post events.
    lock.unlock();
    for (const auto &waker : toWake)
        waker->fire();
}

StandingCounts EventSpace::standing(quint32 area) const
{
    return m_standing[area].counts();
}

StandingCounts EventSpace::ownStanding(quint32 area) const
{
    const Standing &s = m_standing[area];
    return StandingCounts{s.capacity, s.held.load(std::memory_order_relaxed),
                          s.sold.load(std::memory_order_relaxed), s.blocked.load(std::memory_order_relaxed)};
}

quint32 EventSpace::standingVersion(quint32 area) const
{
    return m_standing[area].version.load(std::memory_order_acquire);
}

bool EventSpace::mirrorStanding(quint32 area, const StandingCounts &database, const StandingCounts &ownBefore,
                                quint32 versionBefore, bool *changed)
{
    if (changed)
        *changed = false;
    std::unique_lock lock(m_mutex);
    if (area >= standingCount())
        return false;
    Standing &s = m_standing[area];
    if (s.version.load(std::memory_order_relaxed) != versionBefore || !(ownStanding(area) == ownBefore))
        return false;
    const StandingCounts before = s.counts();
    auto difference = [](quint32 all, quint32 own) { return qint32(qint64(all) - qint64(own)); };
    s.otherHeld.store(difference(database.held, ownBefore.held), std::memory_order_relaxed);
    s.otherSold.store(difference(database.sold, ownBefore.sold), std::memory_order_relaxed);
    s.otherBlocked.store(difference(database.blocked, ownBefore.blocked), std::memory_order_relaxed);
    s.changed();
    if (changed)
        *changed = !(s.counts() == before);
    return true;
}

SeatCounts EventSpace::counts() const
{
    auto count = [this](SeatState s) {
        return m_countByState[static_cast<int>(s)].load(std::memory_order_relaxed);
    };
    return SeatCounts{count(SeatState::Available), count(SeatState::Held), count(SeatState::Sold),
                      count(SeatState::Blocked)};
}

HoldInfo EventSpace::holdInfo(HoldId hold) const
{
    std::lock_guard lock(m_mutex);
    HoldInfo info;
    const quint32 slotIndex = slotOf(hold);
    if (hold == 0 || slotIndex >= m_holds.size())
        return info;
    const HoldSlot &slot = m_holds[slotIndex];
    if (!slot.live || slot.generation != generationOf(hold)) {
        info.ended = endedHoldError(slot.generation == generationOf(hold), slot.endedBy);
        return info;
    }
    info.live = true;
    info.holder = slot.holder;
    info.expiresAtMs = slot.expiresAt;
    for (quint32 s = slot.firstSeat; s != kNoIndex; s = m_nextInHold[s])
        info.seats.push_back(s);
    info.standingArea = slot.standingArea;
    info.quantity = slot.quantity;
    return info;
}

qsizetype EventSpace::liveHolds() const
{
    std::lock_guard lock(m_mutex);
    return m_liveHolds;
}

} // namespace tessera
