#include "core/simulation/simulation.h"

#include "core/boxoffice/localboxoffice.h"
#include "core/engine/invariantchecker.h"
#include "core/simulation/simulationunit_p.h"
#include "core/waitingroom/waitingroom.h"

#include <QCoreApplication>
#include <QPromise>
#include <QRandomGenerator>

#include <algorithm>
#include <chrono>
#include <cmath>

#if defined(Q_OS_LINUX)
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace tessera {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tessera::Simulation", text);
}

/// splitmix64: a fast generator per unit (no shared state, no locks on the hot path).
quint64 nextRandom(quint64 &state)
{
    quint64 z = (state += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

/// Unread changes of the event beyond which units wait for the run's feed check.
constexpr quint64 kMaxFeedBacklog = 1'000'000;

/// Operations a waiting-room customer makes with one session before completing or leaving.
constexpr int kOperationsPerCustomer = 6;

quint64 below(quint64 &state, quint64 bound)
{
    return bound == 0 ? 0 : nextRandom(state) % bound;
}

/// Lowers the calling thread's scheduling priority (SimulationConfig::backgroundUnits). Linux
/// schedules threads individually: nice +10 gives the thread about a tenth of the weight of a
/// normal one. Elsewhere the units keep the normal priority.
void lowerThreadPriority()
{
#if defined(Q_OS_LINUX)
    setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), 10);
#endif
}

} // namespace

Status SimulationConfig::validate() const
{
    if (units < 1 || units > kMaxUnits)
        return Status(ErrorCode::InvalidInput, tr("units: between 1 and %1").arg(kMaxUnits));
    if (thinkMs < 0 || thinkMs > kMaxThinkMs)
        return Status(ErrorCode::InvalidInput, tr("think time: between 0 and %1 ms").arg(kMaxThinkMs));
    if (mix.hold < 0 || mix.sell < 0 || mix.release < 0 || mix.cancel < 0 || mix.total() <= 0)
        return Status(ErrorCode::InvalidInput,
                      tr("operation mix: shares must not be negative and not all zero"));
    if (durationMs < 0 || stopAfterSales < 0)
        return Status(ErrorCode::InvalidInput, tr("duration and sales limit must not be negative"));
    if (holdSeconds < 1 || holdSeconds > 3600)
        return Status(ErrorCode::InvalidInput, tr("hold time: between 1 and 3600 seconds"));
    if (batchSize < 1 || batchSize > 65536)
        return Status(ErrorCode::InvalidInput, tr("batch size: between 1 and 65536"));
    if (customersPerSecond < 1 || customersPerSecond > 100'000 || admitPerSecond < 1
        || admitPerSecond > 100'000)
        return Status(ErrorCode::InvalidInput,
                      tr("waiting room: arrivals and admissions between 1 and 100000 a second"));
    if (sampleIntervalMs < 10)
        return Status(ErrorCode::InvalidInput, tr("sample interval: at least 10 ms"));
    return {};
}

QString simulationStateName(SimulationState state)
{
    switch (state) {
    case SimulationState::Idle:
        return QStringLiteral("idle");
    case SimulationState::Running:
        return QStringLiteral("running");
    case SimulationState::Paused:
        return QStringLiteral("paused");
    case SimulationState::Finished:
        return QStringLiteral("finished");
    }
    return {};
}

QString arrivalCurveName(ArrivalCurve curve)
{
    return curve == ArrivalCurve::Steady ? QStringLiteral("steady") : QStringLiteral("spike");
}

std::optional<ArrivalCurve> arrivalCurveFromName(QStringView name)
{
    if (name == QLatin1StringView("steady"))
        return ArrivalCurve::Steady;
    if (name == QLatin1StringView("spike") || name == QLatin1StringView("on-sale-spike"))
        return ArrivalCurve::OnSaleSpike;
    return std::nullopt;
}

Simulation::Simulation(LocalBoxOffice *office, const QUuid &eventId)
    : m_office(office)
    , m_eventId(eventId)
    , m_space(&office->space())
{
    if (const auto entry = office->catalogEntry(eventId)) {
        m_event = entry->index;
        m_eventSpace = m_space->event(m_event);
    }
    init();
}

Simulation::Simulation(Space *space, quint32 event)
    : m_space(space)
    , m_event(event)
    , m_eventSpace(space->event(event))
{
    init();
}

void Simulation::init()
{
    m_checkTarget->simulation = this;
    m_token = QString::number(QRandomGenerator::global()->generate64() & 0xffffffffull, 16);
}

Simulation::~Simulation()
{
    stop();
    std::lock_guard lock(m_checkTarget->mutex);
    m_checkTarget->simulation = nullptr;
}

HolderId Simulation::holderOf(int unit)
{
    const QString name = QStringLiteral("sim-%1-unit-%2").arg(m_token).arg(unit + 1);
    return m_office ? m_office->holderId(name) : m_ownHolders.intern(name);
}

qint64 Simulation::elapsedMs() const
{
    const qint64 start = m_startNs.load(std::memory_order_acquire);
    if (start == 0)
        return 0;
    qint64 now = m_endNs.load(std::memory_order_acquire);
    if (now == 0)
        now = monotonicNs();
    qint64 paused = m_pausedNs.load(std::memory_order_acquire);
    if (const qint64 since = m_pauseStartedNs.load(std::memory_order_acquire); since != 0)
        paused += now - since;
    return std::max<qint64>(0, (now - start - paused) / 1'000'000);
}

int Simulation::activeUnits(qint64 elapsed) const
{
    const int units = m_config.units;
    if (m_config.arrival == ArrivalCurve::Steady)
        return units;
    // On-sale spike over the run (10 s when the run has no fixed length): a trickle of 20 % of
    // the units, everyone from 10 % to 30 % of the run, then a tail falling towards 30 %.
    const double length = m_config.durationMs > 0 ? double(m_config.durationMs) : 10'000.0;
    const double t = double(elapsed) / length;
    double share = 0.2;
    if (t >= 0.1 && t < 0.3)
        share = 1.0;
    else if (t >= 0.3)
        share = 0.3 + 0.7 * std::exp(-(t - 0.3) * 6.0);
    return std::clamp(int(std::ceil(share * units)), 1, units);
}

Status Simulation::start(const SimulationConfig &config)
{
    std::lock_guard control(m_controlMutex);
    if (Status valid = config.validate(); !valid)
        return valid;
    if (!m_eventSpace)
        return Status(ErrorCode::NotFound, tr("The event of this simulation no longer exists."));
    if (m_eventSpace->seatCount() == 0)
        return Status(ErrorCode::InvalidInput, tr("The event has no numbered seats to race for."));
    const SimulationState current = state();
    if (current == SimulationState::Running || current == SimulationState::Paused)
        return Status(ErrorCode::Conflict, tr("A simulation is running already."));
    if (m_runThread.joinable())
        m_runThread.join();
    keepUnitWork();

    std::vector<std::unique_ptr<Unit>> units;
    quint64 seed = config.seed != 0 ? config.seed : QRandomGenerator::global()->generate64();
    for (int i = 0; i < config.units; ++i) {
        auto unit = std::make_unique<Unit>();
        unit->id = i;
        unit->holder = holderOf(i);
        unit->random = seed + quint64(i) * 0x632be59bd9b4e019ull;
        units.push_back(std::move(unit));
    }
    m_checker = std::make_unique<InvariantChecker>();
    m_subscription = m_space->subscribe([this] {
        m_feedPending.store(true, std::memory_order_release);
        m_runWake.notify_one();
    });
    // The checker starts from the event as it is: seats sold before the run count as sold. The
    // snapshot is retried until no change was published while it was taken.
    std::vector<quint32> sold;
    quint64 before = 0;
    do {
        before = m_eventSpace->lastSequence();
        sold.clear();
        for (quint32 s = 0; s < quint32(m_eventSpace->seatCount()); ++s) {
            if (m_eventSpace->seatState(s) == SeatState::Sold)
                sold.push_back(s);
        }
    } while (before != m_eventSpace->lastSequence());
    std::vector<quint32> capacity;
    std::vector<quint32> standingSold;
    for (quint32 a = 0; a < quint32(m_eventSpace->standingCount()); ++a) {
        capacity.push_back(m_eventSpace->standing(a).capacity);
        standingSold.push_back(m_eventSpace->standing(a).sold);
    }
    m_checker->addEvent(m_event, m_eventSpace->seatCount(), capacity);
    m_checker->setInitialSales(m_event, sold, standingSold);
    m_skipUpTo = before;

    // A queued event's customers go through its waiting room.
    WaitingRoom *room = nullptr;
    if (m_office) {
        const auto entry = m_office->catalogEntry(m_eventId);
        if (entry && entry->event.queueEnabled)
            room = m_office->waitingRoom(m_eventId);
    }
    m_queued.clear();
    m_arrivalCredit = 0;
    m_admitCredit = 0;
    m_lastQueueMs = 0;
    m_customersJoined.store(0);
    m_customersAdmitted.store(0);
    m_customersCompleted.store(0);
    m_customersLeft.store(0);
    {
        std::lock_guard lock(m_mutex);
        m_room = room;
        m_config = config;
        m_units = std::move(units);
        m_samples.clear();
        m_final = SimulationStatistics();
        m_pumpRowsAtStart = m_office ? m_office->pump().statistics().rows : 0;
    }
    m_stopRequested.store(false);
    m_paused.store(false);
    m_pausedNs.store(0);
    m_pauseStartedNs.store(0);
    m_endNs.store(0);
    m_startNs.store(monotonicNs(), std::memory_order_release);
    m_state.store(SimulationState::Running, std::memory_order_release);
    for (auto &unit : m_units) {
        Unit *u = unit.get();
        u->thread = std::thread([this, u] { unitLoop(*u); });
    }
    m_runThread = std::thread([this] { runLoop(); });
    return {};
}

void Simulation::pause()
{
    std::lock_guard lock(m_mutex);
    if (m_state.load() != SimulationState::Running)
        return;
    m_pauseStartedNs.store(monotonicNs());
    m_paused.store(true);
    m_state.store(SimulationState::Paused);
    m_changed.notify_all();
}

void Simulation::resume()
{
    std::lock_guard lock(m_mutex);
    if (m_state.load() != SimulationState::Paused)
        return;
    m_pausedNs.fetch_add(monotonicNs() - m_pauseStartedNs.load());
    m_pauseStartedNs.store(0);
    m_paused.store(false);
    m_state.store(SimulationState::Running);
    m_changed.notify_all();
}

void Simulation::stop()
{
    std::lock_guard control(m_controlMutex);
    {
        std::lock_guard lock(m_mutex);
        m_stopRequested.store(true);
        m_changed.notify_all();
    }
    m_runWake.notify_all();
    if (m_runThread.joinable())
        m_runThread.join();
}

bool Simulation::waitForFinished(int timeoutMs)
{
    std::unique_lock lock(m_mutex);
    auto done = [this] {
        const SimulationState s = m_state.load();
        return s == SimulationState::Finished || s == SimulationState::Idle;
    };
    if (timeoutMs < 0) {
        m_changed.wait(lock, done);
        return true;
    }
    return m_changed.wait_for(lock, std::chrono::milliseconds(timeoutMs), done);
}

bool Simulation::sleepUnit(int ms)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait_for(lock, std::chrono::milliseconds(ms), [this] { return m_stopRequested.load(); });
    return !m_stopRequested.load();
}

void Simulation::unitLoop(Unit &u)
{
    const SimulationConfig &config = m_config; // not changed while units run
    const bool turbo = config.thinkMs == 0;
    const size_t batch = turbo ? size_t(config.batchSize) : 1;
    const quint64 seats = quint64(m_eventSpace->seatCount());
    const int total = config.mix.total();
    const qint64 ttlMs = qint64(config.holdSeconds) * 1000;
    std::vector<SpaceCommand> commands;
    std::vector<SpaceResult> results(batch);
    std::vector<quint32> seatOf(batch);
    commands.reserve(batch);
    quint64 round = 0;
    bool active = true;
    if (config.backgroundUnits)
        lowerThreadPriority();

    while (!m_stopRequested.load(std::memory_order_relaxed)) {
        if (m_paused.load(std::memory_order_acquire)) {
            u.current.store(-1, std::memory_order_relaxed);
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_paused.load() || m_stopRequested.load(); });
            continue;
        }
        // Arrival curve and pump back-pressure are checked every few batches in turbo mode.
        if (!turbo || round % 16 == 0) {
            active = u.id < activeUnits(elapsedMs());
            if (active && m_office && m_office->pump().waitingChanges() > config.maxPumpBacklog)
                active = false;
            // The run's feed check must keep up too, or the feed would grow without bound.
            if (active && m_eventSpace->feedBacklog() > kMaxFeedBacklog)
                active = false;
        }
        ++round;
        size_t count = batch;
        bool working = active;
        if (working && m_room) {
            // Only an admitted customer with a live session may shop; a few operations each.
            if ((u.customerSession.isNull() || u.customerOperations >= kOperationsPerCustomer)
                && !nextCustomer(u)) {
                working = false;
            } else if (!m_room->checkPurchaseAllowed(u.customerSession)) {
                finishCustomer(u); // the session ran out: the customer leaves
                continue;
            } else {
                count = std::min(batch, size_t(kOperationsPerCustomer - u.customerOperations));
            }
        }
        if (!working) {
            u.current.store(-1, std::memory_order_relaxed);
            sleepUnit(turbo ? 2 : std::max(2, config.thinkMs / 2));
            continue;
        }

        commands.clear();
        size_t pendingHolds = u.holds.size();
        size_t pendingSales = u.sold.size();
        for (size_t i = 0; i < count; ++i) {
            SpaceCommand c;
            c.event = m_event;
            c.holder = u.holder;
            const int pick = int(below(u.random, quint64(total)));
            if (pick >= config.mix.hold && pick < config.mix.hold + config.mix.sell + config.mix.release
                && pendingHolds > 0) {
                // Sell or release one of the unit's holds, taken from the back after a swap.
                const size_t k = size_t(below(u.random, pendingHolds));
                std::swap(u.holds[k], u.holds[pendingHolds - 1]);
                std::tie(seatOf[i], c.hold) = u.holds[--pendingHolds];
                c.op = pick < config.mix.hold + config.mix.sell ? SpaceOp::Sell : SpaceOp::Release;
            } else if (pick >= config.mix.hold + config.mix.sell + config.mix.release && pendingSales > 0) {
                const size_t k = size_t(below(u.random, pendingSales));
                std::swap(u.sold[k], u.sold[pendingSales - 1]);
                const auto &[seat, sale] = u.sold[--pendingSales];
                c.op = SpaceOp::Cancel;
                c.seats.append(seat);
                c.hold = sale;
                seatOf[i] = seat;
            } else {
                c.op = SpaceOp::Hold;
                c.ttlMs = ttlMs;
                seatOf[i] = quint32(below(u.random, seats));
                c.seats.append(seatOf[i]);
            }
            commands.push_back(std::move(c));
        }
        u.current.store(int(commands.front().op), std::memory_order_relaxed);
        m_space->apply(commands, std::span<SpaceResult>(results.data(), commands.size()));

        // The holds and sales taken out above are at the back of the lists: drop them and add
        // what this batch created.
        u.holds.resize(pendingHolds);
        u.sold.resize(pendingSales);
        quint64 ok = 0;
        quint64 holds = 0;
        quint64 sales = 0;
        quint64 releases = 0;
        quint64 cancels = 0;
        for (size_t i = 0; i < commands.size(); ++i) {
            const SpaceCommand &c = commands[i];
            const SpaceResult &r = results[i];
            if (!r.ok)
                continue;
            ++ok;
            switch (c.op) {
            case SpaceOp::Hold:
                ++holds;
                u.holds.emplace_back(seatOf[i], r.hold);
                break;
            case SpaceOp::Sell:
                ++sales;
                u.sold.emplace_back(seatOf[i], r.hold); // the hold id becomes the sale id
                break;
            case SpaceOp::Release:
                ++releases;
                break;
            case SpaceOp::Cancel:
                ++cancels;
                break;
            default:
                break;
            }
        }
        const quint64 n = commands.size();
        u.operations.fetch_add(n, std::memory_order_relaxed);
        u.successes.fetch_add(ok, std::memory_order_relaxed);
        u.conflicts.fetch_add(n - ok, std::memory_order_relaxed);
        u.holdCount.fetch_add(holds, std::memory_order_relaxed);
        u.sales.fetch_add(sales, std::memory_order_relaxed);
        u.releases.fetch_add(releases, std::memory_order_relaxed);
        u.cancellations.fetch_add(cancels, std::memory_order_relaxed);
        if (m_room) {
            u.customerOperations += int(n);
            u.customerBought = u.customerBought || sales > 0;
        }
        if (!turbo) {
            u.current.store(-1, std::memory_order_relaxed);
            // Think time varies between half and one and a half times the setting.
            const int think = config.thinkMs / 2 + int(below(u.random, quint64(config.thinkMs) + 1));
            sleepUnit(think);
        }
    }
    if (m_room)
        finishCustomer(u);
    u.current.store(-1, std::memory_order_relaxed);
}

} // namespace tessera
