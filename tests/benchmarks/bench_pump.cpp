// The data pump end to end through LocalBoxOffice on a SQLite file (WAL, synchronous=FULL):
// - BM_PumpAckLatency: single-seat sales offered at a fixed rate (10,000 sales/s by default) on
//   the 99,120-seat stadium; each sale is a hold and a sell through the BoxOffice interface. The
//   latency is from sell() to its future completing, that is after the sale's transaction
//   committed (acknowledgement). Reports p50/p99/max and the pump's rows/s.
// - BM_PumpThroughput: sales offered as fast as the units take them; the pump's rows/s.
// - BM_Recover100k: LocalBoxOffice::open on a database holding the stadium with half its seats
//   sold (49,560 live tickets): the time until the space is back, with progress reports.
// Run the Release build by hand on a quiet machine and note the load average with the figures.

#include "core/boxoffice/localboxoffice.h"
#include "core/layout/demovenues.h"
#include "core/store/store.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <thread>

using namespace tessera;
using SteadyClock = std::chrono::steady_clock;

namespace {

DatabaseUrl freshSqlite(QTemporaryDir &dir)
{
    DatabaseUrl url;
    url.path = dir.filePath(QStringLiteral("pump.db"));
    return url;
}

Event stadiumEvent()
{
    Event event;
    event.name = QStringLiteral("Cup Final");
    event.venue = QStringLiteral("National Stadium");
    event.startTime = QDateTime::currentDateTimeUtc().addDays(30);
    event.endTime = event.startTime.addSecs(3 * 3600);
    event.kind = EventKind::Seated;
    event.holdTimeSeconds = 600;
    return event;
}

struct Run
{
    std::vector<qint64> latencyUs;
    double seconds = 0;
    quint64 rows = 0;
    qint64 failed = 0;
};

/// Sells `sales` single seats, `rate` per second (0: as fast as possible, at most `window` in
/// flight), and waits for every acknowledgement.
Run sell(LocalBoxOffice &office, const QUuid &eventId, int sales, int rate, int window)
{
    const auto entry = office.catalogEntry(eventId);
    const EventSpace *space = office.seatSpace(eventId);
    Run run;
    run.latencyUs.assign(std::size_t(sales), -1);
    std::atomic<int> done{0};
    std::atomic<int> inFlight{0};
    std::atomic<qint64> failed{0};
    const quint64 rowsBefore = office.pump().statistics().rows;
    const auto start = SteadyClock::now();
    quint32 seat = 0;
    for (int i = 0; i < sales; ++i) {
        while (seat < space->seatCount() && space->seatState(seat) != SeatState::Available)
            ++seat;
        if (seat >= space->seatCount())
            break;
        if (rate > 0)
            std::this_thread::sleep_until(start + std::chrono::microseconds(qint64(i) * 1'000'000 / rate));
        else
            while (inFlight.load() >= window)
                std::this_thread::yield();
        ++inFlight;
        const QUuid seatId = entry->layout.seats[seat++].id;
        office.holdSeats({eventId, {seatId}, QStringLiteral("bench")}).then([&, i](Result<Hold> hold) {
            if (!hold) {
                ++failed;
                --inFlight;
                ++done;
                return;
            }
            const auto sold = SteadyClock::now();
            office.sell(hold->id, {QStringLiteral("bench")}).then([&, i, sold](Result<Order> order) {
                if (order)
                    run.latencyUs[std::size_t(i)] =
                        std::chrono::duration_cast<std::chrono::microseconds>(SteadyClock::now() - sold)
                            .count();
                else
                    ++failed;
                --inFlight;
                ++done;
            });
        });
    }
    while (done.load() < sales)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    run.seconds = std::chrono::duration<double>(SteadyClock::now() - start).count();
    run.rows = office.pump().statistics().rows - rowsBefore;
    run.failed = failed;
    std::erase(run.latencyUs, -1);
    std::sort(run.latencyUs.begin(), run.latencyUs.end());
    return run;
}

double percentileMs(const std::vector<qint64> &sorted, double p)
{
    if (sorted.empty())
        return 0;
    return double(sorted[std::min(sorted.size() - 1, std::size_t(double(sorted.size()) * p))]) / 1000.0;
}

std::unique_ptr<LocalBoxOffice> openWithStadium(const DatabaseUrl &url, QUuid *eventId)
{
    LocalBoxOffice::Options options;
    options.url = url;
    options.units = 2;
    auto office = LocalBoxOffice::open(options);
    if (!office)
        qFatal("cannot open the box office: %s", qPrintable(office.error().message));
    const Result<Event> event = (*office)->createEvent(stadiumEvent(), DemoVenues::stadium()).result();
    if (!event)
        qFatal("cannot create the event: %s", qPrintable(event.error().message));
    *eventId = event->id;
    return std::move(office.value());
}

void report(benchmark::State &state, const Run &run, int sales)
{
    state.counters["sales"] = double(sales);
    state.counters["sales/s"] = double(sales) / run.seconds;
    state.counters["pump_rows/s"] = double(run.rows) / run.seconds;
    state.counters["ack_p50_ms"] = percentileMs(run.latencyUs, 0.50);
    state.counters["ack_p99_ms"] = percentileMs(run.latencyUs, 0.99);
    state.counters["ack_max_ms"] = run.latencyUs.empty() ? 0.0 : double(run.latencyUs.back()) / 1000.0;
    state.counters["failed"] = double(run.failed);
}

void BM_PumpAckLatency(benchmark::State &state)
{
    const int rate = int(state.range(0));
    const int sales = rate * 3; // three seconds of selling
    for (auto _ : state) {
        QTemporaryDir dir;
        QUuid eventId;
        auto office = openWithStadium(freshSqlite(dir), &eventId);
        const Run run = sell(*office, eventId, sales, rate, 0);
        report(state, run, sales);
        state.SetIterationTime(run.seconds);
    }
}

void BM_PumpThroughput(benchmark::State &state)
{
    const int sales = 60'000;
    for (auto _ : state) {
        QTemporaryDir dir;
        QUuid eventId;
        auto office = openWithStadium(freshSqlite(dir), &eventId);
        const Run run = sell(*office, eventId, sales, 0, int(state.range(0)));
        report(state, run, sales);
        state.SetIterationTime(run.seconds);
    }
}

void BM_Recover100k(benchmark::State &state)
{
    QTemporaryDir dir;
    const DatabaseUrl url = freshSqlite(dir);
    QUuid eventId;
    {
        auto office = openWithStadium(url, &eventId);
        const EventSpace *space = office->seatSpace(eventId);
        const Run run = sell(*office, eventId, int(space->seatCount() / 2), 0, 4096);
        if (run.failed)
            qFatal("selling half the stadium failed %lld time(s)", run.failed);
    }
    for (auto _ : state) {
        LocalBoxOffice::Options options;
        options.url = url;
        options.units = 2;
        qint64 reports = 0;
        options.progress = [&reports](const QString &, qint64, qint64) { ++reports; };
        const auto start = SteadyClock::now();
        auto office = LocalBoxOffice::open(options);
        const double seconds = std::chrono::duration<double>(SteadyClock::now() - start).count();
        if (!office)
            qFatal("recovery failed: %s", qPrintable(office.error().message));
        state.SetIterationTime(seconds);
        state.counters["seats"] = double((*office)->seatSpace(eventId)->seatCount());
        state.counters["sold"] = double((*office)->seatSpace(eventId)->counts().sold);
        state.counters["progress_reports"] = double(reports);
    }
}

} // namespace

BENCHMARK(BM_PumpAckLatency)->Arg(10'000)->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(1);
BENCHMARK(BM_PumpThroughput)->Arg(4096)->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(1);
BENCHMARK(BM_Recover100k)->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(3);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
