// The simulation window at work (issue 6): turbo mode (no think time) with N units on a demo
// event of a real LocalBoxOffice over a temporary SQLite file, while the whole panel is rendered
// again and again offscreen (QWidget::grab: seat map with flashes, lanes, charts, figures). The
// figures are the engine's operations per second over the run and the time of each full
// repaint (p50/p95/p99), wall and CPU time of the GUI thread (on a shared machine the CPU time is
// the fair figure: wall time includes waiting for a core). Target: >= 1,000,000 ops/s while frames stay under
// 33 ms. Run a Release build; QT_QPA_PLATFORM=offscreen is set by default. db_pace=1 keeps the database's
// pace (the panel's default: units wait while the pump is behind); db_pace=0 lets the engine run free and the
// pump catch up after the run. Results are recorded in BENCHMARKS.md.

#include "core/boxoffice/localboxoffice.h"
#include "core/layout/demodata.h"
#include "ui/simulation/simulationpanel.h"
#include "ui/simulation/simulationsettingsform.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
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

void panelTurbo(benchmark::State &state)
{
    const int units = int(state.range(0));
    const int venue = int(state.range(1));
    const int seconds = int(state.range(2));
    const bool databasePace = state.range(3) != 0;
    SimulationStatistics last;
    std::vector<double> frames;
    std::vector<double> frameCpu;
    double guiCpuMs = 0;
    double processCpuMs = 0;
    double runWallMs = 0;
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
        panel.start();
        if (panel.state() != SimulationState::Running) {
            state.SkipWithError("the run did not start");
            return;
        }
        frames.clear();
        frameCpu.clear();
        QElapsedTimer frame;
        QElapsedTimer run;
        run.start();
        const double guiStart = cpuMs(CLOCK_THREAD_CPUTIME_ID);
        const double processStart = cpuMs(CLOCK_PROCESS_CPUTIME_ID);
        bool running = true;
        // A window repaints at most at the display's rate: one frame per 16 ms (60 Hz), the
        // event loop running in between. The timer keeps the loop waking at that rate.
        constexpr qint64 kFrameIntervalMs = 16;
        QTimer display;
        display.start(int(kFrameIntervalMs));
        QElapsedTimer pace;
        while (panel.state() == SimulationState::Running
               || panel.databaseState() != InvariantPanel::DatabaseState::Checked) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            if (panel.state() != SimulationState::Running) {
                if (running) { // the GUI thread's share of the running part only
                    guiCpuMs = cpuMs(CLOCK_THREAD_CPUTIME_ID) - guiStart;
                    processCpuMs = cpuMs(CLOCK_PROCESS_CPUTIME_ID) - processStart;
                    runWallMs = static_cast<double>(run.nsecsElapsed()) / 1e6;
                    running = false;
                }
                continue;
            }
            if (pace.isValid() && pace.elapsed() < kFrameIntervalMs) {
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
                continue;
            }
            pace.start();
            frame.start();
            const double cpuBefore = cpuMs(CLOCK_THREAD_CPUTIME_ID);
            const QImage image = panel.grab().toImage();
            frames.push_back(static_cast<double>(frame.nsecsElapsed()) / 1e6);
            frameCpu.push_back(cpuMs(CLOCK_THREAD_CPUTIME_ID) - cpuBefore);
            benchmark::DoNotOptimize(image.constBits());
        }
        last = panel.shownStatistics();
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
        while (!reset)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    state.counters["ops_per_s"] = last.opsPerSecond;
    state.counters["ops"] = static_cast<double>(last.operations);
    state.counters["conflict_share"] =
        last.operations ? static_cast<double>(last.conflicts) / static_cast<double>(last.operations) : 0.0;
    state.counters["sales"] = static_cast<double>(last.sales);
    state.counters["pump_rows"] = static_cast<double>(last.pumpRows);
    state.counters["frames"] = static_cast<double>(frames.size());
    state.counters["frame_p50_ms"] = percentile(frames, 0.50);
    state.counters["frame_p95_ms"] = percentile(frames, 0.95);
    state.counters["frame_p99_ms"] = percentile(frames, 0.99);
    state.counters["frame_max_ms"] = frames.empty() ? 0 : *std::max_element(frames.begin(), frames.end());
    state.counters["frame_cpu_p50_ms"] = percentile(frameCpu, 0.50);
    state.counters["frame_cpu_p95_ms"] = percentile(frameCpu, 0.95);
    // Everything the GUI thread did while the run went (grabs, notifications, panel refresh),
    // per frame, and the process's CPU over the same time (cores busy on average).
    state.counters["gui_cpu_per_frame_ms"] =
        frames.empty() ? 0 : guiCpuMs / static_cast<double>(frames.size());
    state.counters["gui_cpu_share"] = runWallMs > 0 ? guiCpuMs / runWallMs : 0;
    state.counters["process_cores"] = runWallMs > 0 ? processCpuMs / runWallMs : 0;
}

} // namespace

BENCHMARK(panelTurbo)
    ->ArgNames({"units", "venue", "seconds", "db_pace"})
    ->Args({8, 0, 5, 1})
    ->Args({8, 0, 3, 0})
    ->Args({8, 2, 3, 0})
    ->Iterations(1)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
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
