#include "core/space/space.h"

#include <algorithm>

namespace tessera {

FeedSubscription::FeedSubscription(Space *space, int id, std::function<void()> wake)
    : m_space(space)
    , m_id(id)
    , m_waker(std::make_shared<FeedWaker>())
{
    m_waker->wake = std::move(wake);
}

FeedSubscription::~FeedSubscription()
{
    m_space->unsubscribe(this);
    std::lock_guard lock(m_waker->mutex);
    m_waker->wake = nullptr;
}

qsizetype FeedSubscription::read(std::vector<Change> &out, qsizetype maxChanges)
{
    m_waker->pending.store(false, std::memory_order_release);
    const quint32 events = m_space->eventCount();
    qsizetype total = 0;
    for (quint32 k = 0; k < events && total < maxChanges; ++k) {
        const quint32 index = (m_nextEvent + k) % events;
        EventSpace *event = m_space->event(index);
        total += event->readFeed(m_id, maxChanges - total, out);
    }
    if (events)
        m_nextEvent = (m_nextEvent + 1) % events;
    if (total == maxChanges)
        m_waker->pending.store(true, std::memory_order_release); // more to read: caller loops
    return total;
}

Space::Space(Clock *clock)
    : m_clock(clock)
    , m_events(new std::atomic<EventSpace *>[kMaxEvents])
{
    for (quint32 i = 0; i < kMaxEvents; ++i)
        m_events[i].store(nullptr, std::memory_order_relaxed);
}

Space::~Space()
{
    Q_ASSERT(m_subscriptions.empty());
}

quint32 Space::addEvent(SpaceLayout layout)
{
    std::lock_guard lock(m_registryMutex);
    const quint32 index = m_eventCount.load(std::memory_order_relaxed);
    Q_ASSERT(index < kMaxEvents);
    auto event = std::make_unique<EventSpace>(index, std::move(layout), m_clock);
    for (FeedSubscription *sub : m_subscriptions)
        event->addSubscriber(sub->m_id, sub->m_waker, true);
    m_events[index].store(event.get(), std::memory_order_release);
    m_owned.push_back(std::move(event));
    m_eventCount.store(index + 1, std::memory_order_release);
    return index;
}

EventSpace *Space::event(quint32 index) const
{
    if (index >= kMaxEvents)
        return nullptr;
    return m_events[index].load(std::memory_order_acquire);
}

void Space::apply(std::span<const SpaceCommand> commands, std::span<SpaceResult> results)
{
    size_t begin = 0;
    while (begin < commands.size()) {
        const quint32 eventIndex = commands[begin].event;
        size_t end = begin + 1;
        while (end < commands.size() && commands[end].event == eventIndex)
            ++end;
        if (EventSpace *space = event(eventIndex)) {
            space->apply(commands.subspan(begin, end - begin), results.subspan(begin, end - begin));
        } else {
            for (size_t i = begin; i < end; ++i)
                results[i] = SpaceResult::failure(ErrorCode::NotFound);
        }
        begin = end;
    }
}

SpaceResult Space::apply(const SpaceCommand &command)
{
    SpaceResult result;
    apply(std::span(&command, 1), std::span(&result, 1));
    return result;
}

int Space::sweepExpired()
{
    const qint64 now = m_clock->nowMs();
    int expired = 0;
    const quint32 count = eventCount();
    for (quint32 i = 0; i < count; ++i) {
        EventSpace *space = event(i);
        const qint64 next = space->nextExpiryMs();
        if (next != 0 && next <= now)
            expired += space->sweepExpired();
    }
    return expired;
}

std::unique_ptr<FeedSubscription> Space::subscribe(std::function<void()> wake, bool fromStart)
{
    std::lock_guard lock(m_registryMutex);
    std::unique_ptr<FeedSubscription> sub(new FeedSubscription(this, m_nextSubscriberId++, std::move(wake)));
    for (const auto &event : m_owned)
        event->addSubscriber(sub->m_id, sub->m_waker, fromStart);
    m_subscriptions.push_back(sub.get());
    return sub;
}

void Space::unsubscribe(FeedSubscription *subscription)
{
    std::lock_guard lock(m_registryMutex);
    for (const auto &event : m_owned)
        event->removeSubscriber(subscription->m_id);
    std::erase(m_subscriptions, subscription);
}

quint64 FeedSubscription::backlog() const
{
    quint64 total = 0;
    const quint32 count = m_space->eventCount();
    for (quint32 i = 0; i < count; ++i)
        total += m_space->event(i)->unreadBy(m_id);
    return total;
}

quint64 Space::feedBacklog() const
{
    quint64 total = 0;
    const quint32 count = eventCount();
    for (quint32 i = 0; i < count; ++i)
        total += event(i)->feedBacklog();
    return total;
}

} // namespace tessera
