#pragma once

#include "core/common/result.h"
#include "core/space/eventspace.h"

#include <QString>

#include <vector>

namespace tessera {

/// Relative weights of the operations a simulated unit picks from (shares, not percentages).
/// An operation that has nothing to work on (a sell without a live hold of the unit, a cancel
/// when the run has sold nothing) becomes a hold.
struct OperationMix
{
    int hold = 40;
    int sell = 30;
    int release = 15;
    int cancel = 15;

    int total() const { return hold + sell + release + cancel; }
    friend bool operator==(const OperationMix &, const OperationMix &) = default;
};

/// How demand arrives over a run.
enum class ArrivalCurve {
    Steady,      ///< every unit works from start to end
    OnSaleSpike, ///< a trickle, the rush when sales open (all units), then a slow tail
};

/// What a simulation run does. validate() names the first bad field.
struct SimulationConfig
{
    static constexpr int kMaxUnits = 64;
    static constexpr int kMaxThinkMs = 200;

    int units = 5; ///< processing units racing for seats, 1..64
    OperationMix mix;
    int thinkMs = 100; ///< pause after each operation, 0..200; 0 = turbo (batches)
    ArrivalCurve arrival = ArrivalCurve::Steady;
    qint64 durationMs = 10'000; ///< run length without pauses; 0 = until stopped or stopAfterSales
    qint64 stopAfterSales = 0;  ///< end once the run holds this many sold seats; 0 = no limit
    int holdSeconds = 60;       ///< lifetime of the run's holds
    int batchSize = 512;        ///< turbo: commands per space call
    quint64 seed = 0;           ///< 0 = a random seed
    int sampleIntervalMs = 250; ///< period of the time series
    /// Units wait while more changes than this wait for the data pump to take them into a batch:
    /// a run on a database goes at the database's pace, and the end-of-run check does not wait
    /// long for the pump. The batches the pump is writing are not counted, so the units go on
    /// working while it writes (about one batch at the default: the pump's batches hold up to
    /// 50,000 changes). Measured in BENCHMARKS.md (bench_simulationpanel, db_pace=1).
    quint64 maxPumpBacklog = 20'000;
    /// Units run at a lower scheduling priority than the rest of the process (Linux: nice +10),
    /// so that a window showing the run keeps repainting while they take every core.
    bool backgroundUnits = false;
    /// Events with a waiting room: customers joining the queue per second at the height of the
    /// arrival curve (1..100,000). Units serve only admitted customers.
    int customersPerSecond = 100;
    /// Events whose room has no admission rate of its own: customers the run admits per second
    /// with admit-next-N (1..100,000). A room with a rate admits at that rate.
    int admitPerSecond = 40;

    Status validate() const;
};

enum class SimulationState {
    Idle,
    Running,
    Paused,
    Finished
};

/// One unit's lane: its totals and what it is doing now.
struct UnitLane
{
    int unit = 0;
    quint64 operations = 0;
    quint64 successes = 0;
    quint64 conflicts = 0;
    quint64 holds = 0;
    quint64 sales = 0;
    quint64 releases = 0;
    quint64 cancellations = 0;
    int currentOperation = -1; ///< a SpaceOp, or -1 when idle or thinking
};

/// The window of SimulationSample::pumpRowsPerSecond.
inline constexpr qint64 kPumpRateWindowMs = 1000;

/// One point of the time series, taken every SimulationConfig::sampleIntervalMs.
struct SimulationSample
{
    qint64 elapsedMs = 0;
    quint64 operations = 0;
    quint64 successes = 0;
    quint64 conflicts = 0;
    double opsPerSecond = 0; ///< over the last interval
    double conflictsPerSecond = 0;
    quint64 pumpRows = 0;
    double pumpRowsPerSecond = 0; ///< over the last second (kPumpRateWindowMs)
    qint64 pumpLagMs = 0;         ///< change-to-commit time, p99
    quint64 pumpBacklog = 0;      ///< changes not yet committed
    quint64 pumpWaiting = 0;      ///< changes the pump has not yet taken into a batch (units pace on it)
    qint64 seatsSold = 0;         ///< sold seats of the event now
    quint64 seatsSoldTwice = 0;
    qint64 queueWaiting = 0; ///< waiting room: people in the queue (0 without a room)
    qint64 queueActive = 0;  ///< waiting room: admitted sessions
};

/// The event's waiting room during a run, when the event has its queue enabled: simulated
/// customers join, are admitted (at the room's rate or by the run's admit-next-N), buy with
/// their active session and leave.
struct QueueFigures
{
    bool used = false;           ///< the run's customers go through the event's waiting room
    qint64 waiting = 0;          ///< people in the queue now (the pre-queue included)
    qint64 active = 0;           ///< admitted sessions now
    qint64 estimatedWaitMs = -1; ///< for a new arrival; -1 while unknown
    qint64 joined = 0;           ///< the run's customers that joined
    qint64 admitted = 0;         ///< of those, admitted
    qint64 completed = 0;        ///< bought and completed their session
    qint64 left = 0;             ///< left without buying, or their session ran out
};

/// The end-of-run comparison of the space with the database.
struct DatabaseCheck
{
    bool checked = false; ///< false without a database (a bare space)
    bool equal = false;
    qint64 spaceSold = 0;
    qint64 databaseSold = 0;
    QString firstDifference;
};

/// Everything the live view and the report show.
struct SimulationStatistics
{
    SimulationState state = SimulationState::Idle;
    qint64 elapsedMs = 0;
    quint64 operations = 0;
    quint64 successes = 0;
    quint64 conflicts = 0;
    quint64 holds = 0;
    quint64 sales = 0;
    quint64 releases = 0;
    quint64 cancellations = 0;
    double opsPerSecond = 0; ///< average over the run so far
    std::vector<UnitLane> units;
    quint64 pumpRows = 0; ///< rows the data pump wrote during the run
    qint64 pumpLagMs = 0;
    quint64 pumpBacklog = 0;
    quint64 seatsSoldTwice = 0;      ///< from the change feed; must stay 0
    quint64 invariantViolations = 0; ///< other impossible feed sequences; must stay 0
    QString firstProblem;
    SeatCounts seats; ///< the event's seats now
    DatabaseCheck database;
    QueueFigures queue;
};

/// What reset() undid.
struct ResetOutcome
{
    qint64 salesCancelled = 0;
    qint64 holdsReleased = 0;
};

QString simulationStateName(SimulationState state);
QString arrivalCurveName(ArrivalCurve curve);
/// "steady" or "spike" (also "on-sale-spike"); nullopt for anything else.
std::optional<ArrivalCurve> arrivalCurveFromName(QStringView name);

} // namespace tessera
