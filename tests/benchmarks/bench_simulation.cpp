// The simulation's engine path in turbo mode: N units racing for the seats of one event on a bare
// space (no database), each sending its commands to the space in batches. The figure is
// operations per second of wall time over a whole run, feed check included. Target: >= 1,000,000
// ops/s with 8 units. Results are recorded in BENCHMARKS.md.

#include "core/simulation/simulation.h"

#include <benchmark/benchmark.h>

using namespace tessera;

namespace {

void turbo(benchmark::State &state)
{
    const int units = int(state.range(0));
    const int batch = int(state.range(1));
    const int seats = int(state.range(2));
    SimulationStatistics last;
    for (auto _ : state) {
        Space space;
        const quint32 event = space.addEvent(SpaceLayout::grid(seats / 100, 100));
        Simulation simulation(&space, event);
        SimulationConfig config;
        config.units = units;
        config.thinkMs = 0;
        config.batchSize = batch;
        config.durationMs = 3000;
        if (!simulation.start(config)) {
            state.SkipWithError("the simulation did not start");
            return;
        }
        simulation.waitForFinished();
        last = simulation.statistics();
        state.SetIterationTime(double(last.elapsedMs) / 1000.0);
        if (last.seatsSoldTwice != 0 || last.invariantViolations != 0)
            state.SkipWithError("the feed check failed");
    }
    state.counters["ops_per_s"] = last.opsPerSecond;
    state.counters["ops"] = double(last.operations);
    state.counters["conflict_share"] =
        last.operations ? double(last.conflicts) / double(last.operations) : 0.0;
    state.counters["sales"] = double(last.sales);
}

} // namespace

BENCHMARK(turbo)
    ->ArgNames({"units", "batch", "seats"})
    ->Args({8, 512, 100'000})
    ->Args({8, 64, 100'000})
    ->Args({8, 512, 1'000})
    ->Args({1, 512, 100'000})
    ->Args({2, 512, 100'000})
    ->Args({64, 512, 100'000})
    ->Iterations(1)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
