// Raw space transitions/s and processing-unit ops/s against the classic one-map-one-lock design,
// side by side in one run. Each "transition" is one successful state change: hold, sell, cancel
// cycles through 100,000 seats. Results are recorded in BENCHMARKS.md.

#include "baselinespace.h"
#include "core/engine/loadbalancer.h"
#include "core/space/space.h"

#include <QFuture>

#include <benchmark/benchmark.h>

#include <memory>

using namespace tessera;

namespace {

constexpr int kSeats = 100'000;
constexpr int kBatch = 256;

std::unique_ptr<Space> g_space;
std::unique_ptr<bench::BaselineTicketSpace> g_baseline;
std::vector<quint32> g_events;

/// The hold -> sell -> cancel cycle of one client over its own range of seats. Every iteration of
/// a benchmark moves kBatch seats through the three phases: 3 * kBatch transitions.
struct Cycle
{
    quint32 event = 0;
    quint32 firstSeat = 0;
    quint32 seats = kSeats;
    HolderId holder = 1;
    quint32 cursor = 0;
    std::vector<HoldId> holdOf = std::vector<HoldId>(kSeats, 0);

    /// Command of `phase` (0 hold, 1 sell, 2 cancel) for the i-th seat of the current window.
    SpaceCommand command(int phase, int i) const
    {
        SpaceCommand c;
        fill(c, phase, i);
        return c;
    }
    /// The same, rewriting an existing command in place (no allocation, no construction).
    void fill(SpaceCommand &c, int phase, int i) const
    {
        const quint32 k = (cursor + static_cast<quint32>(i)) % seats;
        c.event = event;
        c.holder = holder;
        c.ttlMs = 600'000;
        c.op = phase == 0 ? SpaceOp::Hold : phase == 1 ? SpaceOp::Sell : SpaceOp::Cancel;
        c.hold = phase == 1 ? holdOf[k] : 0;
        const qsizetype seatCount = phase == 1 ? 0 : 1;
        if (c.seats.size() != seatCount) // QVarLengthArray::resize always calls out of line
            c.seats.resize(seatCount);
        if (phase != 1)
            c.seats[0] = firstSeat + k;
    }
    void record(int phase, int i, const SpaceResult &r)
    {
        if (phase == 0)
            holdOf[(cursor + static_cast<quint32>(i)) % seats] = r.hold;
    }
    void advance() { cursor = (cursor + kBatch) % seats; }
};

/// Threads share one event (partitioned=false: each thread owns half its seats) or each thread
/// has an event of its own (partitioned=true: the LoadBalancer's ByEvent routing in miniature).
void setUpSpace(int threads, bool partitioned)
{
    g_space = std::make_unique<Space>();
    g_events.clear();
    if (partitioned) {
        for (int t = 0; t < threads; ++t)
            g_events.push_back(g_space->addEvent(SpaceLayout::grid(kSeats / threads / 100, 100)));
    } else {
        g_events.push_back(g_space->addEvent(SpaceLayout::grid(kSeats / 100, 100)));
    }
}

Cycle cycleFor(const benchmark::State &state, bool partitioned)
{
    Cycle cycle;
    const int threads = state.threads();
    const int t = state.thread_index();
    cycle.seats = static_cast<quint32>(kSeats / threads);
    cycle.event = partitioned ? g_events[static_cast<size_t>(t)] : g_events.front();
    cycle.firstSeat = partitioned ? 0 : static_cast<quint32>(t) * cycle.seats;
    cycle.holder = static_cast<HolderId>(t + 1);
    return cycle;
}

void spaceSingle(benchmark::State &state, bool partitioned)
{
    if (state.thread_index() == 0)
        setUpSpace(state.threads(), partitioned);
    Cycle cycle;
    bool started = false;
    std::int64_t done = 0;
    for (auto _ : state) {
        if (!started) { // thread 0's set-up is complete once every thread is inside the loop
            cycle = cycleFor(state, partitioned);
            started = true;
        }
        for (int i = 0; i < kBatch; ++i) {
            for (int phase = 0; phase < 3; ++phase) {
                const SpaceResult r = g_space->apply(cycle.command(phase, i));
                cycle.record(phase, i, r);
                done += r.ok;
            }
        }
        cycle.advance();
    }
    state.SetItemsProcessed(done);
    if (done != state.iterations() * kBatch * 3)
        state.SkipWithError("a transition failed");
}

void spaceBatched(benchmark::State &state, bool partitioned)
{
    if (state.thread_index() == 0)
        setUpSpace(state.threads(), partitioned);
    Cycle cycle;
    bool started = false;
    std::vector<SpaceCommand> commands(kBatch);
    std::vector<SpaceResult> results(kBatch);
    std::int64_t done = 0;
    for (auto _ : state) {
        if (!started) {
            cycle = cycleFor(state, partitioned);
            started = true;
        }
        for (int phase = 0; phase < 3; ++phase) {
            for (int i = 0; i < kBatch; ++i)
                cycle.fill(commands[static_cast<size_t>(i)], phase, i);
            g_space->apply(commands, results);
            for (int i = 0; i < kBatch; ++i) {
                cycle.record(phase, i, results[static_cast<size_t>(i)]);
                done += results[static_cast<size_t>(i)].ok;
            }
        }
        cycle.advance();
    }
    state.SetItemsProcessed(done);
    if (done != state.iterations() * kBatch * 3)
        state.SkipWithError("a transition failed");
}

void baseline(benchmark::State &state)
{
    if (state.thread_index() == 0)
        g_baseline = std::make_unique<bench::BaselineTicketSpace>(kSeats);
    const int threads = state.threads();
    const int per = kSeats / threads;
    const int first = state.thread_index() * per;
    const QString holder = QStringLiteral("clerk-%1").arg(state.thread_index());
    std::int64_t done = 0;
    int k = 0;
    for (auto _ : state) {
        for (int i = 0; i < kBatch; ++i) {
            const QString id = bench::BaselineTicketSpace::ticketId(first + k);
            done += g_baseline->reserve(id, holder, 600'000);
            done += g_baseline->sell(id, holder);
            done += g_baseline->cancel(id);
            k = (k + 1) % per;
        }
    }
    state.SetItemsProcessed(done);
}

void unitPath(benchmark::State &state, bool partitioned)
{
    static std::unique_ptr<LoadBalancer> balancer;
    const int units = state.threads();
    if (state.thread_index() == 0) {
        balancer.reset();
        setUpSpace(units, partitioned);
        balancer = std::make_unique<LoadBalancer>(g_space.get(), units,
                                                  partitioned ? Routing::ByEvent : Routing::RoundRobin);
    }
    // Each benchmark thread drives kInFlight clients, each cycling through its own part of the
    // thread's seats, and keeps one batch of every client in flight: a unit has the next batch
    // queued while the client side waits for and reads the results of the previous one, as with
    // many terminals at once. (One synchronous client would measure the thread hand-off latency,
    // not the units' throughput.)
    constexpr int kInFlight = 16;
    std::vector<Cycle> clients;
    bool started = false;
    std::int64_t done = 0;
    for (auto _ : state) {
        if (!started) { // thread 0's set-up is complete once every thread is inside the loop
            const Cycle whole = cycleFor(state, partitioned);
            for (int k = 0; k < kInFlight; ++k) {
                Cycle client = whole;
                client.seats = whole.seats / kInFlight;
                client.firstSeat = whole.firstSeat + static_cast<quint32>(k) * client.seats;
                client.holdOf.assign(client.seats, 0);
                clients.push_back(std::move(client));
            }
            started = true;
        }
        // Every client: a batch of holds, then the sells of those holds, then the cancels.
        for (int phase = 0; phase < 3; ++phase) {
            QFuture<std::vector<SpaceResult>> pending[kInFlight];
            for (int k = 0; k < kInFlight; ++k) {
                std::vector<SpaceCommand> commands(kBatch);
                for (int i = 0; i < kBatch; ++i)
                    clients[static_cast<size_t>(k)].fill(commands[static_cast<size_t>(i)], phase, i);
                pending[k] = balancer->submit(std::move(commands));
            }
            for (int k = 0; k < kInFlight; ++k) {
                const std::vector<SpaceResult> results = pending[k].takeResult();
                for (int i = 0; i < kBatch; ++i) {
                    clients[static_cast<size_t>(k)].record(phase, i, results[static_cast<size_t>(i)]);
                    done += results[static_cast<size_t>(i)].ok;
                }
            }
        }
        for (Cycle &client : clients)
            client.advance();
    }
    state.SetItemsProcessed(done);
    if (done != state.iterations() * kBatch * 3 * kInFlight)
        state.SkipWithError("an operation failed");
}

} // namespace

BENCHMARK(baseline)->Name("baseline_map_rwlock")->Threads(1)->Threads(2)->UseRealTime();
BENCHMARK_CAPTURE(spaceSingle, shared_event, false)
    ->Name("space_single/shared_event")
    ->Threads(1)
    ->Threads(2)
    ->UseRealTime();
BENCHMARK_CAPTURE(spaceSingle, event_per_thread, true)
    ->Name("space_single/event_per_thread")
    ->Threads(2)
    ->UseRealTime();
BENCHMARK_CAPTURE(spaceBatched, shared_event, false)
    ->Name("space_batched/shared_event")
    ->Threads(1)
    ->Threads(2)
    ->UseRealTime();
BENCHMARK_CAPTURE(spaceBatched, event_per_thread, true)
    ->Name("space_batched/event_per_thread")
    ->Threads(2)
    ->UseRealTime();
BENCHMARK_CAPTURE(unitPath, round_robin, false)
    ->Name("unit_path/round_robin")
    ->Threads(1)
    ->Threads(2)
    ->UseRealTime();
BENCHMARK_CAPTURE(unitPath, by_event, true)->Name("unit_path/by_event")->Threads(2)->UseRealTime();

BENCHMARK_MAIN();
