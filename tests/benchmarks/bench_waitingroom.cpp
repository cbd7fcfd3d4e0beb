// Waiting-room speed and memory: 1M joins, position lookups from 1k to 1M entries (should be
// flat), resident memory of 1M waiting entries. Results and targets are in BENCHMARKS.md.

#include "core/common/clock.h"
#include "core/common/ids.h"
#include "core/waitingroom/waitingroom.h"

#include <QFile>

#include <benchmark/benchmark.h>
#include <malloc.h>

#include <memory>
#include <vector>

using namespace tessera;

namespace {

constexpr int kMillion = 1'000'000;

// Generated once, before any measurement, so that neither time nor memory figures include them.
const std::vector<QUuid> &users()
{
    static const std::vector<QUuid> ids = [] {
        std::vector<QUuid> v;
        v.reserve(kMillion);
        for (int i = 0; i < kMillion; ++i)
            v.push_back(newUuid());
        return v;
    }();
    return ids;
}

qint64 residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

std::unique_ptr<WaitingRoom> filledRoom(int count)
{
    auto room = std::make_unique<WaitingRoom>(newUuid(), Clock::system());
    const std::vector<QUuid> &ids = users();
    for (int i = 0; i < count; ++i)
        benchmark::DoNotOptimize(room->join(ids[std::size_t(i)]));
    return room;
}

// A fixed pseudo-random walk over [0, count) so that lookups miss the cache like real ones.
std::vector<int> lookupOrder(int count)
{
    std::vector<int> order(4096);
    quint64 x = 0x9e3779b97f4a7c15ull;
    for (int &i : order) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        i = int(x % quint64(count));
    }
    return order;
}

void residentMemoryOfOneMillion(benchmark::State &state)
{
    const std::vector<QUuid> &ids = users();
    for (auto _ : state) {
        malloc_trim(0);
        const qint64 before = residentKb();
        const std::unique_ptr<WaitingRoom> room = filledRoom(kMillion);
        const qint64 after = residentKb();
        state.counters["rss_MB"] = double(after - before) / 1024.0;
        state.counters["bytes_per_entry"] = double(after - before) * 1024.0 / kMillion;
        benchmark::DoNotOptimize(room->position(ids.back()));
    }
}

void joinOneMillion(benchmark::State &state)
{
    const std::vector<QUuid> &ids = users();
    for (auto _ : state) {
        auto room = std::make_unique<WaitingRoom>(newUuid(), Clock::system());
        for (const QUuid &user : ids)
            benchmark::DoNotOptimize(room->join(user));
        state.PauseTiming();
        room.reset();
        state.ResumeTiming();
    }
    state.SetItemsProcessed(state.iterations() * kMillion);
}

void positionByUser(benchmark::State &state)
{
    const int count = int(state.range(0));
    const std::unique_ptr<WaitingRoom> room = filledRoom(count);
    const std::vector<int> order = lookupOrder(count);
    const std::vector<QUuid> &ids = users();
    std::size_t next = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(room->position(ids[std::size_t(order[next])]));
        next = (next + 1) % order.size();
    }
}

void statusBySession(benchmark::State &state)
{
    const int count = int(state.range(0));
    const std::unique_ptr<WaitingRoom> room = filledRoom(count);
    std::vector<QUuid> sessions;
    for (int i : lookupOrder(count))
        sessions.push_back(room->position(users()[std::size_t(i)])->sessionId);
    std::size_t next = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(room->statusBySession(sessions[next]));
        next = (next + 1) % sessions.size();
    }
}

void entryAtPosition(benchmark::State &state)
{
    const int count = int(state.range(0));
    const std::unique_ptr<WaitingRoom> room = filledRoom(count);
    const std::vector<int> order = lookupOrder(count);
    std::size_t next = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(room->entryAtPosition(order[next] + 1));
        next = (next + 1) % order.size();
    }
}

} // namespace

// Memory first, while the heap holds nothing freed by earlier benchmarks.
BENCHMARK(residentMemoryOfOneMillion)->Iterations(1)->Unit(benchmark::kMillisecond);
BENCHMARK(joinOneMillion)->Iterations(5)->Unit(benchmark::kMillisecond);
BENCHMARK(positionByUser)->RangeMultiplier(10)->Range(1000, kMillion);
BENCHMARK(statusBySession)->RangeMultiplier(10)->Range(1000, kMillion);
BENCHMARK(entryAtPosition)->RangeMultiplier(10)->Range(1000, kMillion);

BENCHMARK_MAIN();
