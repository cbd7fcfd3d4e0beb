#include "core/waitingroom/waitingroom.h"

#include "core/waitingroom/chacha20.h"
#include "core/waitingroom/chunkedarray.h"
#include "core/waitingroom/fairshuffle.h"
#include "core/waitingroom/ratemeter.h"
#include "core/waitingroom/uuidslotindex.h"
#include "core/waitingroom/waitingset.h"

#include <QCryptographicHash>
#include <QHash>
#include <QRandomGenerator>

#include <algorithm>
#include <array>
#include <cmath>
#include <mutex>
#include <set>
#include <utility>
#include <vector>

namespace tessera {

namespace {

constexpr int kMaxAdmissionsPerMinute = 1'000'000;
constexpr qint64 kMinSessionTtlMs = 1'000;
constexpr qint64 kMaxSessionTtlMs = 24 * 60 * 60 * 1000;
constexpr quint32 kMaxEntries = quint32(1) << 30;
constexpr qint64 kMsPerMinute = 60'000;
// Longest stretch of time one accrual counts, so that rate * elapsed cannot overflow.
constexpr qint64 kMaxAccrualMs = qint64(1) << 40;

// Internal state of a slot; Left never leaves this file (a left entry is "not found").
enum class SlotState : quint8 {
    Waiting,
    Active,
    Expired,
    Completed,
    Left
};

struct SlotRecord
{
    QUuid user;
    QUuid session;
    qint64 enteredAtMs = 0;
};
static_assert(sizeof(SlotRecord) == 40, "2^18 records fill exactly five huge pages");

ChaCha20Stream::Key secretKey()
{
    ChaCha20Stream::Key key{};
    QRandomGenerator::system()->fillRange(key.data(), qsizetype(key.size()));
    return key;
}

Error invalidInput(const QString &message)
{
    return Error{ErrorCode::InvalidInput, message};
}

Error notFound(const QString &message)
{
    return Error{ErrorCode::NotFound, message};
}

} // namespace

struct WaitingRoom::Private
{
    Private(const QUuid &event, Clock *c, const WaitingRoomConfig &cfg);

    // A new secret shuffle seed and its published hash.
    void drawSeed();
    void setSeed(QByteArray value);
    // Applies what time has made due: opening and session expiry. Returns sessions expired.
    qint64 settle(qint64 now);
    void openNow(qint64 now);
    qint64 expireDue(qint64 now);
    void accrueCredit(qint64 now);
    QueueTicket admitFirst(qint64 now);

    quint32 orderIndexOfSlot(quint32 slot) const
    {
        return slot < orderOfSlot.size() ? orderOfSlot[slot] : slot;
    }
    quint32 slotOfOrderIndex(quint32 index) const
    {
        return index < slotOfOrder.size() ? slotOfOrder[index] : index;
    }
    bool inPreQueue(quint32 slot) const { return !open && slot < preQueueSlots; }
    bool isLive(quint32 slot) const
    {
        return states[slot] == SlotState::Waiting || states[slot] == SlotState::Active;
    }

    quint32 slotOfUser(const QUuid &user) const;
    quint32 slotOfSession(const QUuid &session) const;
    QUuid makeSessionId(quint32 slot);
    void setExpiry(quint32 slot, qint64 expiresAtMs);
    void clearExpiry(quint32 slot);
    QueueTicket ticketOf(quint32 slot, qint64 knownPosition = -1) const;

    Result<quint32> findSession(const QUuid &session) const;
    Result<quint32> findActiveSession(const QUuid &session) const;

    const QUuid eventId;
    Clock *const clock;
    mutable std::mutex mutex;
    WaitingRoomConfig config;

    ChunkedArray<SlotRecord, 18> records; // 10 MiB chunks: whole huge pages (largememory.h)
    ChunkedArray<SlotState> states;
    // The waiting entries by queue order. Slots joined after opening have order index == slot;
    // the pre-queue slots [0, preQueueSlots) are permuted by the opening draw (orderOfSlot).
    WaitingSet order;
    UuidSlotIndex byUser;
    // Session ids are unguessable secrets: a ChaCha20 stream under a key from the system's
    // cryptographic generator.
    ChaCha20Stream random{secretKey()};
    quint32 sessionMask = 0;

    bool open = false;
    quint32 preQueueSlots = 0;
    qint64 preQueueWaiting = 0;
    std::vector<quint32> orderOfSlot;
    std::vector<quint32> slotOfOrder;
    QByteArray seed;
    QString seedHash;
    QList<QUuid> drawnUsers;

    QHash<quint32, qint64> expiryOf;
    std::set<std::pair<qint64, quint32>> expiryOrder;

    // Admission credit in admission-milliseconds: rate (per minute) * elapsed ms; 60,000 of
    // them make one admission, the remainder is the fractional carry.
    qint64 creditAdmissionMs = 0;
    qint64 lastAccrualMs = 0;

    RateMeter arrivals;
    RateMeter admissions;
    qint64 totalJoined = 0;
    qint64 totalAdmitted = 0;
    qint64 totalExpired = 0;
    qint64 totalCompleted = 0;
    qint64 totalLeft = 0;
};

WaitingRoom::Private::Private(const QUuid &event, Clock *c, const WaitingRoomConfig &cfg)
    : eventId(event)
    , clock(c ? c : Clock::system())
    , config(cfg)
{
    config.admissionsPerMinute = std::clamp(config.admissionsPerMinute, 0, kMaxAdmissionsPerMinute);
    config.sessionTtlMs = std::clamp(config.sessionTtlMs, kMinSessionTtlMs, kMaxSessionTtlMs);
    if (config.openingTimeMs)
        config.openingTimeMs = std::max<qint64>(*config.openingTimeMs, 0);

    drawSeed();
    sessionMask = QRandomGenerator::system()->generate();

    const qint64 now = clock->nowMs();
    lastAccrualMs = now;
    arrivals.restart(now);
    admissions.restart(now);
    settle(now);
}

void WaitingRoom::Private::drawSeed()
{
    std::array<quint32, kFairShuffleSeedBytes / 4> words{};
    do {
        QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
    } while (words == decltype(words){});
    setSeed(QByteArray(reinterpret_cast<const char *>(words.data()), kFairShuffleSeedBytes));
}

void WaitingRoom::Private::setSeed(QByteArray value)
{
    seed = std::move(value);
    seedHash = QString::fromLatin1(QCryptographicHash::hash(seed, QCryptographicHash::Sha256).toHex());
}

qint64 WaitingRoom::Private::settle(qint64 now)
{
    if (!open && (!config.openingTimeMs || now >= *config.openingTimeMs))
        openNow(now);
    return expireDue(now);
}

void WaitingRoom::Private::openNow(qint64 now)
{
    const quint32 m = preQueueSlots;
    drawnUsers.clear();
    for (quint32 slot = 0; slot < m; ++slot) {
        if (states[slot] == SlotState::Waiting)
            drawnUsers.append(records[slot].user);
    }
    if (m > 0) {
        const QList<QUuid> drawn = fairShuffle(seed, drawnUsers).value();
        orderOfSlot.assign(m, 0);
        slotOfOrder.assign(m, 0);
        std::vector<bool> placed(m, false);
        quint32 next = 0;
        for (const QUuid &user : drawn) {
            const quint32 slot = slotOfUser(user);
            placed[slot] = true;
            orderOfSlot[slot] = next;
            slotOfOrder[next] = slot;
            order.insert(next);
            ++next;
        }
        // Slots that left before opening take the remaining order indexes, with no flag set.
        for (quint32 slot = 0; slot < m; ++slot) {
            if (!placed[slot]) {
                orderOfSlot[slot] = next;
                slotOfOrder[next] = slot;
                ++next;
            }
        }
    }
    preQueueWaiting = 0;
    open = true;
    const qint64 openedAt = config.openingTimeMs ? std::min(now, *config.openingTimeMs) : now;
    lastAccrualMs = std::max(lastAccrualMs, openedAt);
    admissions.restart(openedAt);
}

qint64 WaitingRoom::Private::expireDue(qint64 now)
{
    qint64 expired = 0;
    while (!expiryOrder.empty() && expiryOrder.begin()->first <= now) {
        const quint32 slot = expiryOrder.begin()->second;
        expiryOrder.erase(expiryOrder.begin());
        expiryOf.remove(slot);
        states[slot] = SlotState::Expired;
        ++expired;
    }
    totalExpired += expired;
    return expired;
}

void WaitingRoom::Private::accrueCredit(qint64 now)
{
    if (!open || now <= lastAccrualMs)
        return;
    const qint64 elapsed = std::min(now - lastAccrualMs, kMaxAccrualMs);
    creditAdmissionMs += qint64(config.admissionsPerMinute) * elapsed;
    lastAccrualMs = now;
}

QueueTicket WaitingRoom::Private::admitFirst(qint64 now)
{
    const quint32 index = order.select(1);
    const quint32 slot = slotOfOrderIndex(index);
    order.remove(index);
    states[slot] = SlotState::Active;
    setExpiry(slot, now + config.sessionTtlMs);
    ++totalAdmitted;
    admissions.record(now);
    return ticketOf(slot, 0);
}

quint32 WaitingRoom::Private::slotOfUser(const QUuid &user) const
{
    return byUser.find(user, [this](quint32 slot) -> const QUuid & { return records[slot].user; });
}

quint32 WaitingRoom::Private::slotOfSession(const QUuid &session) const
{
    // Session ids carry their slot in data1, masked; the rest is random and checked in full.
    const quint32 slot = session.data1 ^ sessionMask;
    if (slot < records.size() && records[slot].session == session)
        return slot;
    return UuidSlotIndex::kNone;
}

QUuid WaitingRoom::Private::makeSessionId(quint32 slot)
{
    const quint64 a = random.next();
    const quint64 b = random.next();
    auto byte = [b](int i) { return uchar(b >> (8 * i)); };
    return QUuid(slot ^ sessionMask, ushort(a), ushort(((a >> 16) & 0x0fff) | 0x4000),
                 uchar((byte(0) & 0x3f) | 0x80), byte(1), byte(2), byte(3), byte(4), byte(5), byte(6),
                 byte(7));
}

void WaitingRoom::Private::setExpiry(quint32 slot, qint64 expiresAtMs)
{
    clearExpiry(slot);
    expiryOf.insert(slot, expiresAtMs);
    expiryOrder.emplace(expiresAtMs, slot);
}

void WaitingRoom::Private::clearExpiry(quint32 slot)
{
    const auto it = expiryOf.constFind(slot);
    if (it == expiryOf.cend())
        return;
    expiryOrder.erase({it.value(), slot});
    expiryOf.erase(it);
}

QueueTicket WaitingRoom::Private::ticketOf(quint32 slot, qint64 knownPosition) const
{
    const SlotRecord &record = records[slot];
    QueueTicket ticket;
    ticket.entryId = quint64(slot) + 1;
    ticket.userId = record.user;
    ticket.sessionId = record.session;
    ticket.enteredAtMs = record.enteredAtMs;
    switch (states[slot]) {
    case SlotState::Waiting:
        ticket.status = QueueStatus::Waiting;
        if (knownPosition >= 0)
            ticket.position = knownPosition;
        else if (!inPreQueue(slot))
            ticket.position = order.rank(orderIndexOfSlot(slot));
        break;
    case SlotState::Active:
        ticket.status = QueueStatus::Active;
        ticket.expiresAtMs = expiryOf.value(slot);
        break;
    case SlotState::Expired:
    case SlotState::Left:
        ticket.status = QueueStatus::Expired;
        break;
    case SlotState::Completed:
        ticket.status = QueueStatus::Completed;
        break;
    }
    return ticket;
}

Result<quint32> WaitingRoom::Private::findSession(const QUuid &session) const
{
    if (session.isNull())
        return invalidInput(QStringLiteral("the session id is empty"));
    const quint32 slot = slotOfSession(session);
    if (slot == UuidSlotIndex::kNone || states[slot] == SlotState::Left)
        return notFound(QStringLiteral("no waiting-room entry has this session"));
    return slot;
}

Result<quint32> WaitingRoom::Private::findActiveSession(const QUuid &session) const
{
    Result<quint32> slot = findSession(session);
    if (slot && states[*slot] != SlotState::Active) {
        return Error{ErrorCode::SessionNotActive,
                     states[*slot] == SlotState::Waiting
                         ? QStringLiteral("the session has not been admitted yet")
                         : QStringLiteral("the session is no longer active")};
    }
    return slot;
}

WaitingRoom::WaitingRoom(const QUuid &eventId, Clock *clock, const WaitingRoomConfig &config)
    : d(std::make_unique<Private>(eventId, clock, config))
{}

WaitingRoom::~WaitingRoom() = default;

QUuid WaitingRoom::eventId() const
{
    return d->eventId;
}

WaitingRoomConfig WaitingRoom::config() const
{
    std::lock_guard lock(d->mutex);
    return d->config;
}

Status WaitingRoom::validateConfig(const WaitingRoomConfig &config)
{
    if (config.admissionsPerMinute < 0 || config.admissionsPerMinute > kMaxAdmissionsPerMinute)
        return invalidInput(QStringLiteral("admissions per minute must be between 0 and 1000000"));
    if (config.sessionTtlMs < kMinSessionTtlMs || config.sessionTtlMs > kMaxSessionTtlMs)
        return invalidInput(QStringLiteral("the session lifetime must be between 1 second and 24 hours"));
    if (config.openingTimeMs && *config.openingTimeMs < 0)
        return invalidInput(QStringLiteral("the opening time must not be before 1970"));
    return {};
}

Status WaitingRoom::setConfig(const WaitingRoomConfig &config)
{
    if (Status valid = validateConfig(config); !valid)
        return valid;
    std::lock_guard lock(d->mutex);
    const qint64 now = d->clock->nowMs();
    d->settle(now);
    if (d->open && config.openingTimeMs && *config.openingTimeMs > now) {
        if (d->records.size() > 0)
            return Error{ErrorCode::Conflict,
                         QStringLiteral("the waiting room is already open; its opening cannot move")};
        // Nobody has joined: nothing was drawn, so the room may close again, with a new seed
        // (the old one may have been revealed).
        d->open = false;
        d->drawnUsers.clear();
        d->creditAdmissionMs = 0;
        d->drawSeed();
    }
    d->accrueCredit(now);
    d->config = config;
    d->settle(now);
    return {};
}

Result<QueueTicket> WaitingRoom::join(const QUuid &userId)
{
    if (userId.isNull())
        return invalidInput(QStringLiteral("the user id is empty"));
    std::lock_guard lock(d->mutex);
    const qint64 now = d->clock->nowMs();
    d->settle(now);
    const quint32 existing = d->slotOfUser(userId);
    if (existing != UuidSlotIndex::kNone && d->isLive(existing))
        return d->ticketOf(existing);
    if (d->records.size() >= kMaxEntries)
        return Error{ErrorCode::QueueClosed, QStringLiteral("the waiting room is full")};

    const quint32 slot = d->records.size();
    SlotRecord &record = d->records.append();
    record.user = userId;
    record.session = d->makeSessionId(slot);
    record.enteredAtMs = now;
    d->states.append() = SlotState::Waiting;
    d->order.append(d->open);
    if (!d->open) {
        d->preQueueSlots = slot + 1;
        ++d->preQueueWaiting;
    }
    d->byUser.insertOrReplace(userId, slot,
                              [this](quint32 s) -> const QUuid & { return d->records[s].user; });
    ++d->totalJoined;
    d->arrivals.record(now);
    return d->ticketOf(slot, d->open ? d->order.count() : 0);
}

Status WaitingRoom::leave(const QUuid &userId)
{
    if (userId.isNull())
        return invalidInput(QStringLiteral("the user id is empty"));
    std::lock_guard lock(d->mutex);
    d->settle(d->clock->nowMs());
    const quint32 slot = d->slotOfUser(userId);
    if (slot == UuidSlotIndex::kNone || !d->isLive(slot))
        return notFound(QStringLiteral("the user is not in the waiting room"));
    if (d->states[slot] == SlotState::Active) {
        d->clearExpiry(slot);
    } else if (d->inPreQueue(slot)) {
        --d->preQueueWaiting;
    } else {
        d->order.remove(d->orderIndexOfSlot(slot));
    }
    d->states[slot] = SlotState::Left;
    ++d->totalLeft;
    return {};
}

Result<QueueTicket> WaitingRoom::position(const QUuid &userId) const
{
    if (userId.isNull())
        return invalidInput(QStringLiteral("the user id is empty"));
    std::lock_guard lock(d->mutex);
    d->settle(d->clock->nowMs());
    const quint32 slot = d->slotOfUser(userId);
    if (slot == UuidSlotIndex::kNone || d->states[slot] == SlotState::Left)
        return notFound(QStringLiteral("the user is not in the waiting room"));
    return d->ticketOf(slot);
}

Result<QueueTicket> WaitingRoom::statusBySession(const QUuid &sessionId) const
{
    std::lock_guard lock(d->mutex);
    d->settle(d->clock->nowMs());
    const Result<quint32> slot = d->findSession(sessionId);
    if (!slot)
        return slot.error();
    return d->ticketOf(*slot);
}

Result<QueueTicket> WaitingRoom::entryAtPosition(qint64 k) const
{
    if (k < 1)
        return invalidInput(QStringLiteral("positions start at 1"));
    std::lock_guard lock(d->mutex);
    d->settle(d->clock->nowMs());
    if (k > d->order.count())
        return notFound(QStringLiteral("nobody waits at position %1").arg(k));
    return d->ticketOf(d->slotOfOrderIndex(d->order.select(k)), k);
}

QList<QueueTicket> WaitingRoom::waitingWindow(qint64 firstPosition, int count) const
{
    QList<QueueTicket> window;
    if (firstPosition < 1 || count < 1)
        return window;
    std::lock_guard lock(d->mutex);
    d->settle(d->clock->nowMs());
    const qint64 last = std::min<qint64>(firstPosition + count - 1, d->order.count());
    if (last < firstPosition)
        return window;
    window.reserve(last - firstPosition + 1);
    for (qint64 k = firstPosition; k <= last; ++k)
        window.append(d->ticketOf(d->slotOfOrderIndex(d->order.select(k)), k));
    return window;
}

QList<QueueTicket> WaitingRoom::activeSessions(int limit) const
{
    QList<QueueTicket> sessions;
    std::lock_guard lock(d->mutex);
    d->settle(d->clock->nowMs());
    sessions.reserve(std::min<qint64>(std::max(limit, 0), qint64(d->expiryOrder.size())));
    for (const auto &[expiresAt, slot] : d->expiryOrder) {
        if (sessions.size() >= limit)
            break;
        sessions.append(d->ticketOf(slot));
    }
    return sessions;
}

qint64 WaitingRoom::waitingCount() const
{
    std::lock_guard lock(d->mutex);
    d->settle(d->clock->nowMs());
    return d->order.count();
}

qint64 WaitingRoom::preQueueCount() const
{
    std::lock_guard lock(d->mutex);
    d->settle(d->clock->nowMs());
    return d->preQueueWaiting;
}

qint64 WaitingRoom::activeCount() const
{
    std::lock_guard lock(d->mutex);
    d->settle(d->clock->nowMs());
    return qint64(d->expiryOrder.size());
}

Result<QList<QueueTicket>> WaitingRoom::admitNext(int n)
{
    if (n < 0)
        return invalidInput(QStringLiteral("cannot admit a negative number of people"));
    std::lock_guard lock(d->mutex);
    const qint64 now = d->clock->nowMs();
    d->settle(now);
    if (!d->open)
        return Error{ErrorCode::QueueClosed, QStringLiteral("the waiting room has not opened yet")};
    QList<QueueTicket> admitted;
    const qint64 count = std::min<qint64>(n, d->order.count());
    admitted.reserve(count);
    for (qint64 i = 0; i < count; ++i)
        admitted.append(d->admitFirst(now));
    return admitted;
}

WaitingRoomTick WaitingRoom::tick()
{
    std::lock_guard lock(d->mutex);
    const qint64 now = d->clock->nowMs();
    WaitingRoomTick report;
    report.opened = !d->open;
    report.expired = d->settle(now);
    report.opened = report.opened && d->open;
    d->accrueCredit(now);
    const qint64 due = d->creditAdmissionMs / kMsPerMinute;
    const qint64 count = std::min(due, d->order.count());
    for (qint64 i = 0; i < count; ++i)
        d->admitFirst(now);
    d->creditAdmissionMs -= count * kMsPerMinute;
    if (d->order.count() == 0)
        d->creditAdmissionMs = std::min(d->creditAdmissionMs, kMsPerMinute - 1);
    report.admitted = count;
    return report;
}

Result<QueueTicket> WaitingRoom::refresh(const QUuid &sessionId)
{
    std::lock_guard lock(d->mutex);
    const qint64 now = d->clock->nowMs();
    d->settle(now);
    const Result<quint32> slot = d->findActiveSession(sessionId);
    if (!slot)
        return slot.error();
    d->setExpiry(*slot, now + d->config.sessionTtlMs);
    return d->ticketOf(*slot);
}

Status WaitingRoom::checkPurchaseAllowed(const QUuid &sessionId) const
{
    std::lock_guard lock(d->mutex);
    d->settle(d->clock->nowMs());
    const Result<quint32> slot = d->findActiveSession(sessionId);
    if (!slot)
        return slot.error();
    return {};
}

Result<QueueTicket> WaitingRoom::complete(const QUuid &sessionId)
{
    std::lock_guard lock(d->mutex);
    d->settle(d->clock->nowMs());
    const Result<quint32> slot = d->findActiveSession(sessionId);
    if (!slot)
        return slot.error();
    d->clearExpiry(*slot);
    d->states[*slot] = SlotState::Completed;
    ++d->totalCompleted;
    return d->ticketOf(*slot);
}

std::optional<qint64> WaitingRoom::estimatedWaitMs(qint64 position) const
{
    std::lock_guard lock(d->mutex);
    const qint64 now = d->clock->nowMs();
    d->settle(now);
    if (position < 1)
        return 0;
    double perMinute = d->admissions.perMinute(now);
    if (perMinute <= 0)
        perMinute = d->config.admissionsPerMinute;
    if (perMinute <= 0)
        return std::nullopt;
    return qint64(std::ceil(double(position) * double(kMsPerMinute) / perMinute));
}

WaitingRoomStatistics WaitingRoom::statistics() const
{
    std::lock_guard lock(d->mutex);
    const qint64 now = d->clock->nowMs();
    d->settle(now);
    WaitingRoomStatistics stats;
    stats.arrivalsPerMinute = d->arrivals.perMinute(now);
    stats.admissionsPerMinute = d->admissions.perMinute(now);
    stats.totalJoined = d->totalJoined;
    stats.totalAdmitted = d->totalAdmitted;
    stats.totalExpired = d->totalExpired;
    stats.totalCompleted = d->totalCompleted;
    stats.totalLeft = d->totalLeft;
    stats.waiting = d->order.count();
    stats.preQueue = d->preQueueWaiting;
    stats.active = qint64(d->expiryOrder.size());
    return stats;
}

QString WaitingRoom::seedHash() const
{
    std::lock_guard lock(d->mutex);
    return d->seedHash;
}

QByteArray WaitingRoom::secretSeed() const
{
    std::lock_guard lock(d->mutex);
    return d->seed;
}

Status WaitingRoom::restoreSeed(QByteArrayView seed)
{
    if (seed.size() != kFairShuffleSeedBytes
        || std::all_of(seed.begin(), seed.end(), [](char c) { return c == 0; }))
        return invalidInput(QStringLiteral("a shuffle seed has 32 bytes, not all zero"));
    std::lock_guard lock(d->mutex);
    if (d->records.size() > 0)
        return Error{ErrorCode::Conflict,
                     QStringLiteral("people have joined the waiting room; its seed cannot change")};
    d->setSeed(seed.toByteArray());
    return {};
}

QString WaitingRoom::revealedSeed() const
{
    std::lock_guard lock(d->mutex);
    d->settle(d->clock->nowMs());
    return d->open ? QString::fromLatin1(d->seed.toHex()) : QString();
}

QList<QUuid> WaitingRoom::preQueueUsers() const
{
    std::lock_guard lock(d->mutex);
    d->settle(d->clock->nowMs());
    return d->drawnUsers;
}

Result<QList<QUuid>> WaitingRoom::shuffledOrder(QByteArrayView seed, const QList<QUuid> &users)
{
    return fairShuffle(seed, users);
}

QUuid WaitingRoom::entryUuid(const QUuid &eventId, quint64 entryId)
{
    return QUuid::createUuidV5(eventId, QByteArray::number(entryId));
}

} // namespace tessera
