#pragma once

#include "core/engine/holderregistry.h"
#include "core/simulation/simulationtypes.h"
#include "core/space/space.h"

#include <QFuture>
#include <QUuid>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace tessera {

class LocalBoxOffice;
class InvariantChecker;
class WaitingRoom;

/// The classic demo, headless: N processing units race for the seats of one event with a mix of
/// holds, sales, releases and cancellations. Each unit is a thread of its own that sends its
/// commands straight to the space in batches (one space call per batch in turbo mode, one
/// command per call with think time), so the space is measured, not a thread pool.
///
/// Every change goes through the space and out through the change feed: on a LocalBoxOffice the
/// data pump writes the run to the database like any other sale, and the simulation's own feed
/// subscription proves that no seat is sold twice. Units only cancel sales and release holds
/// made by the run (holders "sim-<run>-unit-<n>"), so reset() can put the event back exactly as it
/// was before the run. Units wait while more than maxPumpBacklog changes wait for the pump to take them.
///
/// On an event with its queue enabled, the units serve simulated customers who go through the
/// event's real WaitingRoom: they join (customersPerSecond, following the arrival curve), are
/// admitted at the room's rate or by the run's admit-next-N (admitPerSecond), shop a few
/// operations with their active session (a unit checks the session before every batch), then
/// complete their session after a sale or leave. Customers still in the room at the end leave.
///
/// Thread-safe: control and statistics may be called from any thread; statistics() never
/// blocks on the units.
class Simulation final
{
public:
    /// A run on an event of a box office; its pump writes what the run does.
    Simulation(LocalBoxOffice *office, const QUuid &eventId);
    /// A run on a bare space event (no database): the engine path alone.
    Simulation(Space *space, quint32 event);
    ~Simulation();
    Q_DISABLE_COPY_MOVE(Simulation)

    /// Starts a run (from Idle or Finished; a finished run's figures are cleared, its seats kept).
    /// InvalidInput for a bad config, Conflict while running, NotFound for a missing event.
    Status start(const SimulationConfig &config);
    /// Units stop after their current batch; the clock stops.
    void pause();
    void resume();
    /// Ends the run and waits for the units; the feed is checked to its end.
    void stop();
    /// Blocks until the run has finished (duration or sales reached, or stop()); false on timeout.
    bool waitForFinished(int timeoutMs = -1);
    /// Stops the run if needed, cancels every sale and releases every hold the run made, through
    /// the space (so the pump writes it), and clears the figures. The event is as it was.
    Result<ResetOutcome> reset();

    SimulationState state() const { return m_state.load(std::memory_order_acquire); }
    SimulationConfig config() const;
    SimulationStatistics statistics() const;
    /// The time series of the current (or last) run.
    std::vector<SimulationSample> samples() const;

    /// After a run on a box office: waits (without blocking the caller) until the pump has
    /// committed the event up to now, then compares the database's live tickets per seat with
    /// the space's sold seats. The result is also kept in statistics().database. The check may
    /// outlive this object (it waits for the pump, which waits for the database): its future
    /// still finishes, and nobody has to wait for it before destroying the simulation.
    QFuture<DatabaseCheck> checkDatabase();

    quint32 eventIndex() const { return m_event; }
    const EventSpace *eventSpace() const { return m_eventSpace; }

private:
    struct Unit;
    struct Customer
    {
        QUuid user;
        QUuid session;
    };
    void init();
    HolderId holderOf(int unit);
    void runLoop();
    void unitLoop(Unit &unit);
    /// Sleeps up to ms unless the run is stopped; false once stopping.
    bool sleepUnit(int ms);
    int activeUnits(qint64 elapsedMs) const;
    qint64 elapsedMs() const;
    /// Feeds unread changes to the checker; true once the feed has been read to its end.
    bool drainFeed(std::vector<Change> &buffer);
    void takeSample(qint64 elapsed);
    void keepUnitWork();

    // simulationqueue.cpp: the waiting room of a queued event.
    /// Run thread: arrivals, admit-next-N, and admitted customers handed to the units.
    void serveQueue(qint64 elapsed);
    /// A unit's next admitted customer (ending its current one); false when nobody is admitted.
    bool nextCustomer(Unit &unit);
    /// Completes the unit's customer's session after a sale, else the customer leaves.
    void finishCustomer(Unit &unit);
    /// End of a run: customers still waiting or admitted leave the room.
    void emptyQueue();
    QueueFigures queueFigures() const;

    LocalBoxOffice *const m_office = nullptr;
    const QUuid m_eventId;
    Space *const m_space;
    quint32 m_event = 0;
    EventSpace *m_eventSpace = nullptr;
    HolderRegistry m_ownHolders; ///< holder names on a bare space
    QString m_token;             ///< makes this object's holder names unique

    /// Where a database check reports: this object, until its destructor clears it.
    struct CheckTarget
    {
        std::mutex mutex;
        Simulation *simulation = nullptr;
    };
    std::shared_ptr<CheckTarget> m_checkTarget = std::make_shared<CheckTarget>();

    std::mutex m_controlMutex;         ///< serialises start, stop and reset
    mutable std::mutex m_mutex;        // guards the members below up to the atomics
    std::condition_variable m_changed; ///< state changes, pause and stop (with m_mutex)
    SimulationConfig m_config;
    std::vector<std::unique_ptr<Unit>> m_units;
    std::vector<SimulationSample> m_samples;
    SimulationStatistics m_final; ///< feed, pump and database figures of the run
    quint64 m_pumpRowsAtStart = 0;
    std::vector<std::pair<HolderId, HoldId>> m_leftHolds; ///< holds of finished runs
    std::vector<std::pair<quint32, HoldId>> m_leftSales;  ///< (seat, sale) of finished runs

    // Used by the run thread only (set up by start() before it starts).
    std::unique_ptr<InvariantChecker> m_checker;
    std::unique_ptr<FeedSubscription> m_subscription;
    quint64 m_skipUpTo = 0;
    std::thread m_runThread;
    std::mutex m_runMutex;
    std::condition_variable m_runWake;

    // Waiting room (queued events only). m_room is set by start() under m_mutex before the
    // threads start; m_queued and the credits belong to the run thread.
    WaitingRoom *m_room = nullptr;
    std::deque<Customer> m_queued; ///< joined, not yet seen admitted, in join order
    double m_arrivalCredit = 0;
    double m_admitCredit = 0;
    qint64 m_lastQueueMs = 0;
    std::mutex m_poolMutex;
    std::deque<Customer> m_admittedPool; ///< admitted, not yet served (guarded by m_poolMutex)
    std::atomic<qint64> m_customersJoined{0};
    std::atomic<qint64> m_customersAdmitted{0};
    std::atomic<qint64> m_customersCompleted{0};
    std::atomic<qint64> m_customersLeft{0};

    std::atomic<SimulationState> m_state{SimulationState::Idle};
    std::atomic<bool> m_stopRequested{false};
    std::atomic<bool> m_paused{false};
    std::atomic<bool> m_feedPending{false};
    std::atomic<qint64> m_startNs{0};
    std::atomic<qint64> m_endNs{0};
    std::atomic<qint64> m_pausedNs{0};
    std::atomic<qint64> m_pauseStartedNs{0};
};

} // namespace tessera
