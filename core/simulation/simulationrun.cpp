// Simulation: the run thread (feed check, samples, end of run), statistics, reset and the
// database comparison.

#include "core/boxoffice/localboxoffice.h"
#include "core/common/futuresync.h"
#include "core/engine/invariantchecker.h"
#include "core/simulation/simulation.h"
#include "core/simulation/simulationunit_p.h"

#include <QCoreApplication>
#include <QPromise>

#include <chrono>
#include <set>

namespace tessera {

namespace {} // namespace

bool Simulation::drainFeed(std::vector<Change> &buffer)
{
    m_feedPending.store(false, std::memory_order_release);
    // A bounded amount per call, so that the run thread still samples and ends the run while
    // the units publish faster than it reads (the units wait once the feed is far behind).
    for (int round = 0; round < 8; ++round) {
        buffer.clear();
        if (m_subscription->read(buffer, 65536) == 0)
            return true;
        // Only this event, and only what the starting snapshot did not contain already.
        const auto end = std::remove_if(buffer.begin(), buffer.end(), [this](const Change &c) {
            return c.event != m_event || c.sequence <= m_skipUpTo;
        });
        m_checker->consume(std::span<const Change>(buffer.data(), size_t(end - buffer.begin())));
    }
    return false;
}

void Simulation::takeSample(qint64 elapsed)
{
    SimulationSample s;
    s.elapsedMs = elapsed;
    std::lock_guard lock(m_mutex);
    for (const auto &unit : m_units) {
        s.operations += unit->operations.load(std::memory_order_relaxed);
        s.successes += unit->successes.load(std::memory_order_relaxed);
        s.conflicts += unit->conflicts.load(std::memory_order_relaxed);
    }
    if (m_office) {
        const PumpStatistics pump = m_office->pump().statistics();
        s.pumpRows = pump.rows - m_pumpRowsAtStart;
        s.pumpLagMs = pump.lagP99Ms;
        s.pumpBacklog = pump.backlog;
        s.pumpWaiting = m_office->pump().waitingChanges();
    }
    s.seatsSold = m_eventSpace->counts().sold;
    s.seatsSoldTwice = m_checker->doubleSales();
    if (m_room) {
        const QueueFigures queue = queueFigures();
        s.queueWaiting = queue.waiting;
        s.queueActive = queue.active;
    }
    const SimulationSample previous = m_samples.empty() ? SimulationSample() : m_samples.back();
    const double seconds = double(elapsed - previous.elapsedMs) / 1000.0;
    if (seconds > 0) {
        s.opsPerSecond = double(s.operations - previous.operations) / seconds;
        s.conflictsPerSecond = double(s.conflicts - previous.conflicts) / seconds;
    }
    // The pump commits in batches that can take longer than a sample interval: its rate is taken
    // over the last second (from the newest sample at least that old, else from the start), or
    // it would read zero between two commits.
    SimulationSample start; // the run's start: no rows at 0 ms
    for (auto it = m_samples.rbegin(); it != m_samples.rend(); ++it) {
        if (it->elapsedMs <= elapsed - kPumpRateWindowMs) {
            start = *it;
            break;
        }
    }
    if (elapsed > start.elapsedMs)
        s.pumpRowsPerSecond =
            double(s.pumpRows - start.pumpRows) * 1000.0 / double(elapsed - start.elapsedMs);
    m_samples.push_back(s);
    m_final.pumpRows = s.pumpRows;
    m_final.pumpLagMs = s.pumpLagMs;
    m_final.pumpBacklog = s.pumpBacklog;
    m_final.seatsSoldTwice = m_checker->doubleSales();
    m_final.invariantViolations = m_checker->violations();
    m_final.firstProblem = m_checker->firstProblem();
}

void Simulation::runLoop()
{
    std::vector<Change> buffer;
    qint64 nextSample = m_config.sampleIntervalMs;
    bool caughtUp = true;
    for (;;) {
        if (caughtUp) {
            std::unique_lock lock(m_runMutex);
            m_runWake.wait_for(lock, std::chrono::milliseconds(5), [this] {
                return m_feedPending.load(std::memory_order_acquire) || m_stopRequested.load();
            });
        }
        caughtUp = drainFeed(buffer);
        const qint64 elapsed = elapsedMs();
        serveQueue(elapsed);
        if (elapsed >= nextSample) {
            takeSample(elapsed);
            nextSample = elapsed - elapsed % m_config.sampleIntervalMs + m_config.sampleIntervalMs;
        }
        if (m_stopRequested.load())
            break;
        bool done = m_config.durationMs > 0 && elapsed >= m_config.durationMs;
        if (m_config.stopAfterSales > 0) {
            qint64 net = 0;
            std::lock_guard lock(m_mutex);
            for (const auto &unit : m_units)
                net += qint64(unit->sales.load()) - qint64(unit->cancellations.load());
            done = done || net >= m_config.stopAfterSales;
        }
        if (done) {
            std::lock_guard lock(m_mutex);
            m_stopRequested.store(true);
            m_changed.notify_all();
        }
    }
    for (auto &unit : m_units)
        unit->thread.join();
    emptyQueue();
    m_endNs.store(monotonicNs(), std::memory_order_release);
    if (const qint64 since = m_pauseStartedNs.exchange(0); since != 0)
        m_pausedNs.fetch_add(m_endNs.load() - since);
    while (!drainFeed(buffer)) { // every change of the units has been published by now
    }
    takeSample(elapsedMs());
    m_subscription.reset();
    std::lock_guard lock(m_mutex);
    m_paused.store(false);
    m_state.store(SimulationState::Finished, std::memory_order_release);
    m_changed.notify_all();
}

SimulationConfig Simulation::config() const
{
    std::lock_guard lock(m_mutex);
    return m_config;
}

std::vector<SimulationSample> Simulation::samples() const
{
    std::lock_guard lock(m_mutex);
    return m_samples;
}

SimulationStatistics Simulation::statistics() const
{
    const qint64 elapsed = elapsedMs();
    std::lock_guard lock(m_mutex);
    SimulationStatistics s = m_final;
    s.state = m_state.load();
    s.elapsedMs = elapsed;
    for (const auto &unit : m_units) {
        const UnitLane lane = unit->lane();
        s.operations += lane.operations;
        s.successes += lane.successes;
        s.conflicts += lane.conflicts;
        s.holds += lane.holds;
        s.sales += lane.sales;
        s.releases += lane.releases;
        s.cancellations += lane.cancellations;
        s.units.push_back(lane);
    }
    s.opsPerSecond = elapsed > 0 ? double(s.operations) * 1000.0 / double(elapsed) : 0.0;
    if (m_eventSpace)
        s.seats = m_eventSpace->counts();
    s.queue = queueFigures();
    return s;
}

void Simulation::keepUnitWork()
{
    // What finished units still hold and have sold stays with the simulation until reset().
    std::lock_guard lock(m_mutex);
    for (auto &unit : m_units) {
        for (const auto &[seat, hold] : unit->holds)
            m_leftHolds.emplace_back(unit->holder, hold);
        m_leftSales.insert(m_leftSales.end(), unit->sold.begin(), unit->sold.end());
        unit->holds.clear();
        unit->sold.clear();
    }
}

Result<ResetOutcome> Simulation::reset()
{
    stop();
    std::lock_guard control(m_controlMutex);
    if (!m_eventSpace)
        return Error{ErrorCode::NotFound,
                     QCoreApplication::translate("tessera::Simulation",
                                                 "The event of this simulation no longer exists.")};
    keepUnitWork();
    std::vector<SpaceCommand> commands;
    {
        std::lock_guard lock(m_mutex);
        for (const auto &[seat, sale] : m_leftSales) {
            SpaceCommand c;
            c.op = SpaceOp::Cancel;
            c.event = m_event;
            c.hold = sale; // refused when the seat has been sold again by someone else
            c.seats.append(seat);
            commands.push_back(std::move(c));
        }
        for (const auto &[holder, hold] : m_leftHolds) {
            SpaceCommand c;
            c.op = SpaceOp::Release;
            c.event = m_event;
            c.holder = holder;
            c.hold = hold;
            commands.push_back(std::move(c));
        }
        m_leftSales.clear();
        m_leftHolds.clear();
    }
    std::vector<SpaceResult> results(commands.size());
    m_space->apply(commands, results);
    ResetOutcome outcome;
    for (size_t i = 0; i < commands.size(); ++i) {
        if (results[i].ok)
            ++(commands[i].op == SpaceOp::Cancel ? outcome.salesCancelled : outcome.holdsReleased);
    }
    std::lock_guard lock(m_mutex);
    m_units.clear();
    m_samples.clear();
    m_final = SimulationStatistics();
    m_room = nullptr;
    m_startNs.store(0);
    m_endNs.store(0);
    m_state.store(SimulationState::Idle);
    m_changed.notify_all();
    return outcome;
}

QFuture<DatabaseCheck> Simulation::checkDatabase()
{
    auto promise = std::make_shared<QPromise<DatabaseCheck>>();
    promise->start();
    QFuture<DatabaseCheck> future = promise->future();
    auto finish = [target = m_checkTarget, promise](DatabaseCheck check) {
        {
            std::lock_guard targetLock(target->mutex);
            if (Simulation *simulation = target->simulation) {
                std::lock_guard lock(simulation->m_mutex);
                simulation->m_final.database = check;
            }
        }
        finishPromise(*promise, std::move(check));
    };
    if (!m_office || !m_eventSpace) {
        finish(DatabaseCheck());
        return future;
    }
    LocalBoxOffice *office = m_office;
    const QUuid eventId = m_eventId;
    const EventSpace *space = m_eventSpace;
    office->pump().whenCommitted(
        m_event, m_eventSpace->lastSequence(), [office, eventId, space, finish](Status committed) {
            if (!committed) {
                DatabaseCheck check;
                check.firstDifference = committed.error().message;
                finish(check);
                return;
            }
            thenSafely(
                office->liveSeatTickets(eventId),
                [space, finish](Result<std::vector<std::pair<quint32, QUuid>>> tickets) {
                    DatabaseCheck check;
                    if (!tickets) {
                        check.firstDifference = tickets.error().message;
                        finish(check);
                        return;
                    }
                    check.checked = true;
                    std::set<quint32> database;
                    for (const auto &[seat, ticket] : *tickets) {
                        if (!database.insert(seat).second && check.firstDifference.isEmpty())
                            check.firstDifference =
                                QStringLiteral("seat %1 has two live tickets").arg(seat + 1);
                    }
                    check.databaseSold = qint64(tickets->size());
                    for (quint32 s = 0; s < quint32(space->seatCount()); ++s) {
                        const bool sold = space->seatState(s) == SeatState::Sold;
                        check.spaceSold += sold;
                        if (sold != database.contains(s) && check.firstDifference.isEmpty())
                            check.firstDifference =
                                sold
                                    ? QStringLiteral("seat %1 is sold in the space but has no live ticket")
                                          .arg(s + 1)
                                    : QStringLiteral("seat %1 has a live ticket but is not sold in the space")
                                          .arg(s + 1);
                    }
                    check.equal = check.firstDifference.isEmpty();
                    finish(check);
                });
        });
    return future;
}

} // namespace tessera
