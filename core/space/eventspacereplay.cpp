// EventSpace: applying changes from elsewhere, comparing spaces, and the feed cursors.

#include "core/space/eventspace.h"
#include "core/space/eventspace_p.h"

#include <algorithm>

namespace tessera {

bool EventSpace::restore(const Change &c)
{
    std::unique_lock lock(m_mutex);
    const quint32 slotIndex = c.hold ? slotOf(c.hold) : kNoIndex;
    auto ensureSlot = [&]() -> HoldSlot & {
        if (slotIndex >= m_holds.size())
            m_holds.resize(slotIndex + 1);
        return m_holds[slotIndex];
    };
    // Takes the seat out of its hold's seat list (seats leave in list order, so it is the head).
    auto unlinkSeat = [&](quint32 seat) {
        HoldSlot &slot = m_holds[slotIndex];
        quint32 previous = kNoIndex;
        for (quint32 s = slot.firstSeat; s != kNoIndex; previous = s, s = m_nextInHold[s]) {
            if (s != seat)
                continue;
            (previous == kNoIndex ? slot.firstSeat : m_nextInHold[previous]) = m_nextInHold[s];
            if (slot.lastSeat == s)
                slot.lastSeat = previous;
            --slot.seatCount;
            break;
        }
        m_nextInHold[seat] = kNoIndex;
    };
    auto finishIfEmpty = [&](ChangeKind kind) {
        HoldSlot &slot = m_holds[slotIndex];
        if (slot.live && slot.seatCount == 0 && slot.quantity == 0) {
            slot.endedBy = kind;
            slot.live = false;
            --m_liveHolds;
            m_freeSlots.erase(std::remove(m_freeSlots.begin(), m_freeSlots.end(), slotIndex),
                              m_freeSlots.end());
            m_freeSlots.push_back(slotIndex);
        }
    };
    auto holdIsLive = [&] {
        return slotIndex < m_holds.size() && m_holds[slotIndex].live
               && m_holds[slotIndex].generation == generationOf(c.hold);
    };

    if (c.standing) {
        if (c.target >= standingCount())
            return false;
        Standing &area = m_standing[c.target];
        switch (c.kind) {
        case ChangeKind::Hold: {
            if (!c.hold || area.available() < c.quantity || holdIsLive())
                return false;
            HoldSlot &slot = ensureSlot();
            if (!slot.live || slot.generation != generationOf(c.hold)) {
                slot = HoldSlot{};
                slot.generation = generationOf(c.hold);
                slot.live = true;
                slot.holder = c.holder;
                slot.expiresAt = c.expiresAtMs;
                ++m_liveHolds;
                m_freeSlots.erase(std::remove(m_freeSlots.begin(), m_freeSlots.end(), slotIndex),
                                  m_freeSlots.end());
                m_expiryHeap.emplace_back(c.expiresAtMs, c.hold);
                std::push_heap(m_expiryHeap.begin(), m_expiryHeap.end(), std::greater<>());
            }
            slot.standingArea = c.target;
            slot.quantity = c.quantity;
            bump(area.held, c.quantity);
            break;
        }
        case ChangeKind::Extend:
            if (!holdIsLive())
                return false;
            m_holds[slotIndex].expiresAt = c.expiresAtMs;
            m_expiryHeap.emplace_back(c.expiresAtMs, c.hold);
            std::push_heap(m_expiryHeap.begin(), m_expiryHeap.end(), std::greater<>());
            break;
        case ChangeKind::Release:
        case ChangeKind::Expire:
        case ChangeKind::Sell:
            if (c.kind == ChangeKind::Sell && c.hold == 0) {
                // Recovery: places sold before the restart, without the holds they came from.
                if (area.available() < c.quantity)
                    return false;
                bump(area.sold, c.quantity);
                break;
            }
            if (!holdIsLive() || area.held.load(std::memory_order_relaxed) < c.quantity)
                return false;
            bump(area.held, -qint64(c.quantity));
            if (c.kind == ChangeKind::Sell)
                bump(area.sold, c.quantity);
            m_holds[slotIndex].quantity = 0;
            m_holds[slotIndex].standingArea = kNoIndex;
            finishIfEmpty(c.kind);
            break;
        case ChangeKind::Cancel:
            if (area.sold.load(std::memory_order_relaxed) < c.quantity)
                return false;
            bump(area.sold, -qint64(c.quantity));
            break;
        case ChangeKind::Block:
            if (area.available() < c.quantity)
                return false;
            bump(area.blocked, c.quantity);
            break;
        case ChangeKind::Unblock:
            if (area.blocked.load(std::memory_order_relaxed) < c.quantity)
                return false;
            bump(area.blocked, -qint64(c.quantity));
            break;
        }
        area.changed();
    } else {
        const quint32 seat = c.target;
        if (seat >= m_seatCount)
            return false;
        const SeatState state = seatState(seat);
        switch (c.kind) {
        case ChangeKind::Hold: {
            if (state != SeatState::Available || !c.hold)
                return false;
            HoldSlot &slot = ensureSlot();
            if (!slot.live || slot.generation != generationOf(c.hold)) {
                slot = HoldSlot{};
                slot.generation = generationOf(c.hold);
                slot.live = true;
                slot.holder = c.holder;
                slot.expiresAt = c.expiresAtMs;
                ++m_liveHolds;
                m_freeSlots.erase(std::remove(m_freeSlots.begin(), m_freeSlots.end(), slotIndex),
                                  m_freeSlots.end());
                m_expiryHeap.emplace_back(c.expiresAtMs, c.hold);
                std::push_heap(m_expiryHeap.begin(), m_expiryHeap.end(), std::greater<>());
            }
            setSeat(seat, SeatState::Available, SeatState::Held, c.holder, c.hold);
            m_nextInHold[seat] = kNoIndex;
            if (slot.lastSeat == kNoIndex)
                slot.firstSeat = seat;
            else
                m_nextInHold[slot.lastSeat] = seat;
            slot.lastSeat = seat;
            ++slot.seatCount;
            break;
        }
        case ChangeKind::Extend:
            if (!holdIsLive() || seatHold(seat) != c.hold)
                return false;
            if (m_holds[slotIndex].expiresAt != c.expiresAtMs) {
                m_holds[slotIndex].expiresAt = c.expiresAtMs;
                m_expiryHeap.emplace_back(c.expiresAtMs, c.hold);
                std::push_heap(m_expiryHeap.begin(), m_expiryHeap.end(), std::greater<>());
            }
            break;
        case ChangeKind::Release:
        case ChangeKind::Expire:
        case ChangeKind::Sell:
            if (state != SeatState::Held || seatHold(seat) != c.hold || !holdIsLive())
                return false;
            unlinkSeat(seat);
            if (c.kind == ChangeKind::Sell)
                setSeat(seat, SeatState::Held, SeatState::Sold, c.holder, c.hold);
            else
                setSeat(seat, SeatState::Held, SeatState::Available, 0, 0);
            finishIfEmpty(c.kind);
            break;
        case ChangeKind::Cancel:
            if (state != SeatState::Sold)
                return false;
            setSeat(seat, SeatState::Sold, SeatState::Available, 0, 0);
            break;
        case ChangeKind::Block:
        case ChangeKind::Unblock: {
            const bool block = c.kind == ChangeKind::Block;
            if (state != (block ? SeatState::Available : SeatState::Blocked))
                return false;
            setSeat(seat, state, block ? SeatState::Blocked : SeatState::Available, 0, 0);
            break;
        }
        }
    }
    recomputeNextExpiry();
    m_published.store(std::max(m_published.load(std::memory_order_relaxed), c.sequence),
                      std::memory_order_release);
    return true;
}

bool EventSpace::mirrorSeat(quint32 seat, SeatState from, SeatState to, HolderId holder, HoldId sale)
{
    std::unique_lock lock(m_mutex);
    if (seat >= m_seatCount || seatState(seat) != from)
        return false;
    if (from == SeatState::Held && seatHold(seat) != 0)
        return false; // our own hold: the database decides its sale, not a peer's notice
    if (from != to)
        setSeat(seat, from, to, to == SeatState::Available || to == SeatState::Blocked ? 0 : holder,
                to == SeatState::Sold ? sale : 0);
    return true;
}

bool EventSpace::sameStateAs(const EventSpace &other, QString *difference) const
{
    auto differ = [difference](const QString &what) {
        if (difference)
            *difference = what;
        return false;
    };
    if (m_seatCount != other.m_seatCount || standingCount() != other.standingCount())
        return differ(QStringLiteral("different layouts"));
    std::scoped_lock lock(m_mutex, other.m_mutex);
    for (qsizetype i = 0; i < m_seatCount; ++i) {
        if (m_state[i] != other.m_state[i] || m_holder[i] != other.m_holder[i]
            || m_hold[i] != other.m_hold[i])
            return differ(QStringLiteral("seat %1: state %2/%3, holder %4/%5, hold %6/%7")
                              .arg(i)
                              .arg(m_state[i].load())
                              .arg(other.m_state[i].load())
                              .arg(m_holder[i].load())
                              .arg(other.m_holder[i].load())
                              .arg(m_hold[i].load())
                              .arg(other.m_hold[i].load()));
    }
    for (quint32 a = 0; a < standingCount(); ++a) {
        if (!(standing(a) == other.standing(a)))
            return differ(QStringLiteral("standing area %1 counts differ").arg(a));
    }
    if (m_liveHolds != other.m_liveHolds)
        return differ(QStringLiteral("%1 live holds against %2").arg(m_liveHolds).arg(other.m_liveHolds));
    for (size_t i = 0; i < m_holds.size(); ++i) {
        const HoldSlot &a = m_holds[i];
        if (!a.live)
            continue;
        const HoldSlot *b = i < other.m_holds.size() ? &other.m_holds[i] : nullptr;
        if (!b || !b->live || b->generation != a.generation || b->holder != a.holder
            || b->expiresAt != a.expiresAt || b->seatCount != a.seatCount || b->quantity != a.quantity
            || b->standingArea != a.standingArea)
            return differ(QStringLiteral("hold in slot %1 differs").arg(i));
    }
    return true;
}

void EventSpace::addSubscriber(int id, std::shared_ptr<FeedWaker> waker, bool fromStart)
{
    std::lock_guard lock(m_mutex);
    m_subscribers.push_back(Subscriber{id, fromStart ? 0 : m_log.lastSequence(), std::move(waker)});
}

void EventSpace::removeSubscriber(int id)
{
    std::lock_guard lock(m_mutex);
    std::erase_if(m_subscribers, [id](const Subscriber &s) { return s.id == id; });
}

qsizetype EventSpace::readFeed(int id, qsizetype max, std::vector<Change> &out)
{
    std::lock_guard lock(m_mutex);
    quint64 slowest = m_log.lastSequence();
    qsizetype copied = 0;
    for (Subscriber &sub : m_subscribers) {
        if (sub.id == id) {
            copied = m_log.read(sub.cursor, max, out);
            if (copied > 0)
                sub.cursor = out.back().sequence;
        }
        slowest = std::min(slowest, sub.cursor);
    }
    m_log.trim(slowest);
    return copied;
}

quint64 EventSpace::feedBacklog() const
{
    std::lock_guard lock(m_mutex);
    quint64 slowest = m_log.lastSequence();
    for (const Subscriber &sub : m_subscribers)
        slowest = std::min(slowest, sub.cursor);
    return m_log.lastSequence() - slowest;
}

quint64 EventSpace::unreadBy(int id) const
{
    std::lock_guard lock(m_mutex);
    for (const Subscriber &sub : m_subscribers) {
        if (sub.id == id)
            return m_log.lastSequence() - std::min(sub.cursor, m_log.lastSequence());
    }
    return 0;
}

} // namespace tessera
