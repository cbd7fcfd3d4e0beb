// The simulation window at work (issue 6): turbo mode (no think time) with N units on a demo
// event of a real LocalBoxOffice over a temporary SQLite file, while the window keeps repainting.
// The figures are the engine's operations per second over the run (and per 250 ms sample: the
// peak, the lowest, and the rate until the free-running backlog cap held the units back) and the
// time of each frame (p50/p95/p99), wall and CPU time of the GUI thread (on a shared machine the
// CPU time is the fair figure: wall time includes waiting for a core). Target: >= 1,000,000 ops/s
// while frames stay under 33 ms.
//
// render=0 shows the panel as a window (offscreen platform) and times every real repaint: Qt
// posts one UpdateRequest to the window when parts of it changed, and handling it paints the
// dirty regions (flashing seats, changed figures and lanes, charts on a new sample) into the
// backing store and flushes it; frame = that, gap = time between two repaints. render=1 redraws
// the whole panel with QWidget::grab() at most 60 times a second (every widget, every frame: the
// worst case, what a window costs when everything changed).
//
// Run a Release build; QT_QPA_PLATFORM=offscreen is set by default. db_pace=1 keeps the
// database's pace (the panel's default: units wait while the pump is behind); db_pace=0 lets the
// engine run free (up to SimulationSettingsForm::kFreeRunningBacklog unwritten changes) and the
// pump catch up after the run. Results are recorded in BENCHMARKS.md.

#include "core/boxoffice/localboxoffice.h"
#include "core/layout/demodata.h"
#include "ui/simulation/simulationpanel.h"
#include "ui/simulation/simulationsettingsform.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QImage>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTimer>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace tessera;

namespace {

/// The database lives in memory-backed /dev/shm where there is one: the figures are the engine and
/// the window, not the disk's fsync (the pump still commits every batch).
QString databaseFolder()
{
    return QDir(QStringLiteral("/dev/shm")).exists()
               ? QStringLiteral("/dev/shm/bench_simulationpanel-XXXXXX")
               : QDir::tempPath() + QStringLiteral("/bench_simulationpanel-XXXXXX");
}

struct Fixture
{
    QTemporaryDir dir{databaseFolder()};
    std::unique_ptr<LocalBoxOffice> office;
    QList<Event> events; ///< theatre, arena, stadium
};

Fixture *g_fixture = nullptr;

/// CPU time of the calling thread, or of the whole process, in milliseconds.
double cpuMs(clockid_t clock)
{
    timespec t{};
    clock_gettime(clock, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t i = std::min(values.size() - 1, static_cast<size_t>(p * static_cast<double>(values.size())));
    return values[i];
}

/// Frame times: wall and GUI-thread CPU per frame, and the start of each frame.
struct FrameLog
{
    std::vector<double> wallMs;
    std::vector<double> cpuTimeMs;
    std::vector<double> startMs;
    QElapsedTimer clock;

    void clear()
    {
        wallMs.clear();
        cpuTimeMs.clear();
        startMs.clear();
        clock.start();
    }
    /// Times `paint` as one frame.
    template<typename Paint>
    auto time(Paint paint)
    {
        const double start = static_cast<double>(clock.nsecsElapsed()) / 1e6;
        const double cpuBefore = ::cpuMs(CLOCK_THREAD_CPUTIME_ID);
        auto result = paint();
        wallMs.push_back(static_cast<double>(clock.nsecsElapsed()) / 1e6 - start);
        cpuTimeMs.push_back(::cpuMs(CLOCK_THREAD_CPUTIME_ID) - cpuBefore);
        startMs.push_back(start);
        return result;
    }
    std::vector<double> gaps() const
    {
        std::vector<double> g;
        for (size_t i = 1; i < startMs.size(); ++i)
            g.push_back(startMs[i] - startMs[i - 1]);
        return g;
    }
};

/// Times every repaint of one window: Qt posts QEvent::UpdateRequest to a top-level widget
/// when parts of it need repainting; handling it paints the dirty regions into the backing
/// store and flushes it.
class FrameTimingApplication final : public QApplication
{
public:
    using QApplication::QApplication;

    QWidget *window = nullptr; ///< the window whose repaints are timed, if any
    FrameLog *log = nullptr;

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (window == nullptr || log == nullptr || receiver != window
            || event->type() != QEvent::UpdateRequest)
            return QApplication::notify(receiver, event);
        return log->time([&] { return QApplication::notify(receiver, event); });
    }
};

FrameTimingApplication *g_app = nullptr;

/// What the run's time series says about the engine's pace.
struct Pace
{
    double peak = 0;        ///< best 250 ms sample, ops/s
    double lowest = 0;      ///< worst sample (the last, partial one left out), ops/s
    double beforeCap = 0;   ///< ops/s from the start until the changes waiting for the pump reached the cap
    double cappedAtMs = -1; ///< when the units were first held back (-1: never)
};

Pace paceOf(const Simulation &simulation)
{
    const std::vector<SimulationSample> samples = simulation.samples();
    const quint64 cap = simulation.config().maxPumpBacklog;
    Pace pace;
    const size_t full = samples.size() > 1 ? samples.size() - 1 : samples.size();
    for (size_t i = 0; i < full; ++i) {
        pace.peak = std::max(pace.peak, samples[i].opsPerSecond);
        pace.lowest = i == 0 ? samples[i].opsPerSecond : std::min(pace.lowest, samples[i].opsPerSecond);
    }
    for (const SimulationSample &s : samples) {
        // The units stop when more than `cap` changes wait for the pump, and the pump takes up
        // to a batch at a time: a sample near the cap counts.
        if (s.pumpWaiting >= cap - cap / 10 && s.elapsedMs > 0) {
            pace.cappedAtMs = static_cast<double>(s.elapsedMs);
            pace.beforeCap = static_cast<double>(s.operations) * 1000.0 / static_cast<double>(s.elapsedMs);
            break;
        }
    }
    return pace;
}

/// Runs the event loop until `done`, waking at least every `wakeMs`, without spinning.
template<typename Done>
void runUntil(Done done, int wakeMs)
{
    QTimer wake;
    wake.start(wakeMs);
    while (!done())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
}

void panelTurbo(benchmark::State &state)
{
    const int units = int(state.range(0));
    const int venue = int(state.range(1));
    const int seconds = int(state.range(2));
    const bool databasePace = state.range(3) != 0;
    const bool grabAll = state.range(4) != 0;
    SimulationStatistics last;
    Pace pace;
    FrameLog frames;
    double guiCpuMs = 0;
    double processCpuMs = 0;
    double runWallMs = 0;
    const PumpStatistics pumpBefore = g_fixture->office->pump().statistics();
    for (auto _ : state) {
        SimulationPanel panel(*g_fixture->office);
        if (!panel.setEvent(g_fixture->events[venue].id)) {
            state.SkipWithError("the event could not be shown");
            return;
        }
        panel.show();
        panel.settings()->unitsBox()->setValue(units);
        panel.settings()->thinkBox()->setValue(0);
        panel.settings()->durationBox()->setValue(seconds);
        panel.settings()->databasePaceBox()->setChecked(databasePace);
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(); // the first full repaint is not part of the run
        frames.clear();
        if (!grabAll) {
            g_app->window = &panel;
            g_app->log = &frames;
        }
        panel.start();
        if (panel.state() != SimulationState::Running) {
            state.SkipWithError("the run did not start");
            return;
        }
        // TESSERA_BENCH_SCREENSHOT=<ms> saves the panel that many milliseconds into the run (to
        // look at it; the grab costs the GUI thread one full redraw, so leave it off for figures).
        if (const int shotMs = qEnvironmentVariableIntValue("TESSERA_BENCH_SCREENSHOT"); shotMs > 0) {
            QTimer::singleShot(shotMs, &panel, [&panel] {
                panel.grab().save(QCoreApplication::applicationDirPath()
                                  + QStringLiteral("/simulation-panel-running.png"));
            });
        }
        QElapsedTimer run;
        run.start();
        const double guiStart = cpuMs(CLOCK_THREAD_CPUTIME_ID);
        const double processStart = cpuMs(CLOCK_PROCESS_CPUTIME_ID);
        if (grabAll) {
            // At most one full redraw per 16 ms (60 Hz), the event loop running in between.
            constexpr qint64 kFrameIntervalMs = 16;
            QTimer display;
            display.start(int(kFrameIntervalMs));
            QElapsedTimer since;
            while (panel.state() == SimulationState::Running) {
                if (since.isValid() && since.elapsed() < kFrameIntervalMs) {
                    QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
                    continue;
                }
                since.start();
                const QImage image = frames.time([&panel] { return panel.grab().toImage(); });
                benchmark::DoNotOptimize(image.constBits());
            }
        } else {
            runUntil([&panel] { return panel.state() != SimulationState::Running; }, 50);
        }
        // The GUI thread's share of the running part only.
        guiCpuMs = cpuMs(CLOCK_THREAD_CPUTIME_ID) - guiStart;
        processCpuMs = cpuMs(CLOCK_PROCESS_CPUTIME_ID) - processStart;
        runWallMs = static_cast<double>(run.nsecsElapsed()) / 1e6;
        g_app->window = nullptr;
        g_app->log = nullptr;
        // The pump writes the rest; then the database is compared with the space.
        runUntil([&panel] { return panel.databaseState() == InvariantPanel::DatabaseState::Checked; }, 50);

        last = panel.shownStatistics();
        pace = paceOf(*panel.simulation());
        state.SetIterationTime(static_cast<double>(last.elapsedMs) / 1000.0);
        if (last.seatsSoldTwice != 0 || !last.database.equal)
            state.SkipWithError("an invariant failed");
        if (venue == 0) {
            const QString out =
                QCoreApplication::applicationDirPath() + QStringLiteral("/simulation-panel-turbo.png");
            panel.grab().save(out);
        }
        // Put the event back for the next run.
        bool reset = false;
        QObject::connect(&panel, &SimulationPanel::resetFinished, &panel, [&reset] { reset = true; });
        panel.reset();
        runUntil([&reset] { return reset; }, 20);
    }
    state.counters["ops_per_s"] = last.opsPerSecond;
    state.counters["ops_per_s_peak"] = pace.peak;
    state.counters["ops_per_s_lowest"] = pace.lowest;
    state.counters["ops_per_s_before_cap"] = pace.beforeCap;
    state.counters["capped_at_ms"] = pace.cappedAtMs;
    state.counters["ops"] = static_cast<double>(last.operations);
    state.counters["conflict_share"] =
        last.operations ? static_cast<double>(last.conflicts) / static_cast<double>(last.operations) : 0.0;
    state.counters["sales"] = static_cast<double>(last.sales);
    state.counters["pump_rows"] = static_cast<double>(last.pumpRows);
    // The pump's transactions and feed records over every iteration (the run and its catch-up).
    const PumpStatistics pumpAfter = g_fixture->office->pump().statistics();
    state.counters["pump_batches"] = static_cast<double>(pumpAfter.batches - pumpBefore.batches);
    state.counters["pump_changes"] = static_cast<double>(pumpAfter.changes - pumpBefore.changes);
    state.counters["frames"] = static_cast<double>(frames.wallMs.size());
    state.counters["frame_p50_ms"] = percentile(frames.wallMs, 0.50);
    state.counters["frame_p95_ms"] = percentile(frames.wallMs, 0.95);
    state.counters["frame_p99_ms"] = percentile(frames.wallMs, 0.99);
    state.counters["frame_max_ms"] =
        frames.wallMs.empty() ? 0 : *std::max_element(frames.wallMs.begin(), frames.wallMs.end());
    state.counters["frame_cpu_p50_ms"] = percentile(frames.cpuTimeMs, 0.50);
    state.counters["frame_cpu_p95_ms"] = percentile(frames.cpuTimeMs, 0.95);
    // The frames while the units ran free (before the backlog cap held them back).
    std::vector<double> freeFrames;
    for (size_t i = 0; i < frames.wallMs.size(); ++i) {
        if (pace.cappedAtMs < 0 || frames.startMs[i] < pace.cappedAtMs)
            freeFrames.push_back(frames.wallMs[i]);
    }
    state.counters["frames_before_cap"] = static_cast<double>(freeFrames.size());
    state.counters["frame_p99_before_cap_ms"] = percentile(freeFrames, 0.99);
    state.counters["frame_gap_p50_ms"] = percentile(frames.gaps(), 0.50);
    state.counters["frame_gap_p99_ms"] = percentile(frames.gaps(), 0.99);
    // Everything the GUI thread did while the run went (frames, notifications, panel refresh),
    // per frame, and the process's CPU over the same time (cores busy on average).
    state.counters["gui_cpu_per_frame_ms"] =
        frames.wallMs.empty() ? 0 : guiCpuMs / static_cast<double>(frames.wallMs.size());
    state.counters["gui_cpu_share"] = runWallMs > 0 ? guiCpuMs / runWallMs : 0;
    state.counters["process_cores"] = runWallMs > 0 ? processCpuMs / runWallMs : 0;
}

} // namespace

BENCHMARK(panelTurbo)
    ->ArgNames({"units", "venue", "seconds", "db_pace", "render"})
    ->Args({8, 0, 5, 1, 0})
    ->Args({8, 0, 20, 1, 0})
    ->Args({8, 0, 3, 0, 0})
    ->Args({8, 0, 3, 0, 1})
    ->Args({8, 2, 3, 0, 0})
    ->Args({8, 1, 5, 1, 0})
    ->Args({8, 2, 5, 1, 0})
    ->Iterations(1)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    FrameTimingApplication app(argc, argv);
    g_app = &app;
    Fixture fixture;
    LocalBoxOffice::Options options;
    options.url =
        *DatabaseUrl::parse(QStringLiteral("sqlite://") + fixture.dir.filePath(QStringLiteral("bench.db")));
    auto office = LocalBoxOffice::open(options);
    if (!office) {
        std::fprintf(stderr, "%s\n", qPrintable(office.error().message));
        return 1;
    }
    fixture.office = std::move(office.value());
    for (const DemoEvent &demo : demoEvents(QDateTime::currentDateTimeUtc())) {
        const Result<Event> created = fixture.office->createEvent(demo.event, demo.layout).result();
        if (!created) {
            std::fprintf(stderr, "%s\n", qPrintable(created.error().message));
            return 1;
        }
        fixture.events << *created;
        std::printf("%s: %lld seats\n", qPrintable(created->name),
                    static_cast<long long>(demo.layout.seats.size()));
    }
    g_fixture = &fixture;
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    fixture.office->shutdown();
    return 0;
}
