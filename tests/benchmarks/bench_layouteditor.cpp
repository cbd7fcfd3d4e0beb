// Layout editor speed at stadium size (100,000 seats), the steps a person waits for: generating
// a section on the worker and adding it as an undo step, importing a pretix stadium plan into the
// editor, the first paint of the map after that, moving every seat and undoing it, deleting
// seats and undoing it; and the worker side of the editor's long work with its progress counter:
// generating, importing and exporting the stadium as pretix JSON and CSV, with a second thread
// reading the progress as the editor's strip does. Run with QT_QPA_PLATFORM=offscreen (set by
// default below).

#include "core/layout/demovenues.h"
#include "core/layout/layoutcsv.h"
#include "core/layout/layoutgenerator.h"
#include "core/layout/layoutprogress.h"
#include "core/layout/pretixformat.h"
#include "ui/layouteditor/layoutcanvas.h"
#include "ui/layouteditor/layoutcommands.h"
#include "ui/layouteditor/layoutdocument.h"

#include <QApplication>
#include <QUndoStack>

#include <benchmark/benchmark.h>

#include <atomic>
#include <chrono>
#include <numeric>
#include <thread>

using namespace tessera;

namespace {

SectionSpec stadiumSection()
{
    SectionSpec spec;
    spec.section = QStringLiteral("Bowl");
    spec.rows = 250;
    spec.seatsPerRow = 400;
    spec.numbering = SeatNumbering::OddLeftEvenRight;
    spec.curveRadius = 900;
    spec.aisleEvery = 20;
    spec.category = QStringLiteral("a");
    return spec;
}

VenueLayout oneCategory()
{
    VenueLayout layout;
    layout.name = QStringLiteral("Bench");
    layout.categories = {
        PriceCategory{QStringLiteral("a"), QStringLiteral("A"), QStringLiteral("#336699"), 1000}};
    return layout;
}

/// Generate 100,000 seats and add them to the document as one undo step (what the editor does
/// when the worker is done), then paint the whole venue once.
void generateIntoEditor(benchmark::State &state)
{
    for (auto _ : state) {
        LayoutDocument document;
        document.setLayout(oneCategory());
        QUndoStack undo;
        LayoutCanvas canvas(document);
        canvas.resize(1200, 800);
        Result<QList<LayoutSeat>> seats = LayoutGenerator::generateSection(stadiumSection());
        undo.push(new AddSeatsCommand(document, QStringLiteral("Generate"), std::move(*seats)));
        canvas.fitAll();
        const QImage frame = canvas.grab().toImage();
        benchmark::DoNotOptimize(frame.constBits());
    }
    state.counters["seats"] = 100000;
}
BENCHMARK(generateIntoEditor)->Unit(benchmark::kMillisecond)->UseRealTime();

/// Import the 99,120-seat demo stadium as a pretix plan into the editor and paint it once.
void importStadiumIntoEditor(benchmark::State &state)
{
    const QByteArray json = PretixFormat::exportLayout(DemoVenues::stadium());
    for (auto _ : state) {
        LayoutDocument document;
        QUndoStack undo;
        LayoutCanvas canvas(document);
        canvas.resize(1200, 800);
        Result<ImportReport> report = PretixFormat::import(json);
        undo.push(new ReplaceLayoutCommand(document, QStringLiteral("Import"), std::move(report->layout)));
        canvas.fitAll();
        const QImage frame = canvas.grab().toImage();
        benchmark::DoNotOptimize(frame.constBits());
    }
    state.counters["MB"] = double(json.size()) / 1e6;
}
BENCHMARK(importStadiumIntoEditor)->Unit(benchmark::kMillisecond)->UseRealTime();

struct Loaded
{
    LayoutDocument document;
    QUndoStack undo;
    LayoutCanvas canvas{document};
    Loaded()
    {
        VenueLayout layout = oneCategory();
        layout.seats = *LayoutGenerator::generateSection(stadiumSection());
        document.setLayout(layout);
        canvas.resize(1200, 800);
        canvas.fitAll();
        canvas.grab();
    }
};

/// One frame of the whole 100,000-seat venue (the overview a person pans and zooms).
void paintOverview(benchmark::State &state)
{
    Loaded loaded;
    QImage frame(loaded.canvas.size(), QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state) {
        loaded.canvas.render(&frame);
        benchmark::DoNotOptimize(frame.constBits());
    }
}
BENCHMARK(paintOverview)->Unit(benchmark::kMillisecond)->UseRealTime();

/// Select all, move by one unit (arrow key), undo; the map repaints after each.
void moveAllAndUndo(benchmark::State &state)
{
    Loaded loaded;
    QList<qsizetype> all(loaded.document.seatCount());
    std::iota(all.begin(), all.end(), 0);
    loaded.document.setSelection(all);
    QImage frame(loaded.canvas.size(), QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state) {
        loaded.canvas.moveSelection(1, 0);
        loaded.canvas.render(&frame);
        loaded.undo.undo();
        loaded.canvas.render(&frame);
    }
}
BENCHMARK(moveAllAndUndo)->Unit(benchmark::kMillisecond)->UseRealTime();

/// Delete 1,000 seats spread over the venue and undo it.
void deleteAndUndo(benchmark::State &state)
{
    Loaded loaded;
    QList<qsizetype> some;
    for (qsizetype s = 0; s < loaded.document.seatCount(); s += 100)
        some << s;
    for (auto _ : state) {
        loaded.undo.push(new RemoveSeatsCommand(loaded.document, some));
        loaded.undo.undo();
    }
}
BENCHMARK(deleteAndUndo)->Unit(benchmark::kMillisecond)->UseRealTime();

/// Runs work(progress) while another thread polls the progress every 50 ms, as the editor's
/// progress strip does; checks that it ended at 100 %.
template<typename Work>
void withProgress(benchmark::State &state, Work work)
{
    LayoutProgress progress;
    std::atomic<bool> done{false};
    int polls = 0;
    std::thread reader([&] {
        while (!done.load()) {
            benchmark::DoNotOptimize(progress.percent());
            ++polls;
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
    });
    work(&progress);
    done.store(true);
    reader.join();
    if (progress.percent() != 100)
        state.SkipWithError("progress did not reach 100 %");
    state.counters["polls"] = polls;
}

/// The 100,000-seat section the editor's Generate dialog makes, with progress.
void generateWithProgress(benchmark::State &state)
{
    for (auto _ : state) {
        withProgress(state, [](LayoutProgress *progress) {
            Result<QList<LayoutSeat>> seats = LayoutGenerator::generateSection(stadiumSection(), progress);
            benchmark::DoNotOptimize(seats->size());
        });
    }
}
BENCHMARK(generateWithProgress)->Unit(benchmark::kMillisecond)->UseRealTime();

/// Importing the 99,120-seat demo stadium from pretix JSON (arg 0) or CSV (arg 1), with progress.
void importWithProgress(benchmark::State &state)
{
    const bool csv = state.range(0) == 1;
    const VenueLayout stadium = DemoVenues::stadium();
    const QByteArray text = csv ? LayoutCsv::exportLayout(stadium) : PretixFormat::exportLayout(stadium);
    for (auto _ : state) {
        withProgress(state, [&](LayoutProgress *progress) {
            Result<ImportReport> report = csv ? LayoutCsv::import(text, QStringLiteral("Stadium"), progress)
                                              : PretixFormat::import(text, progress);
            benchmark::DoNotOptimize(report->layout.seats.size());
        });
    }
    state.counters["MB"] = double(text.size()) / 1e6;
    state.SetLabel(csv ? "csv" : "pretix");
}
BENCHMARK(importWithProgress)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->UseRealTime();

/// Exporting the demo stadium as pretix JSON (arg 0) or CSV (arg 1), with progress.
void exportWithProgress(benchmark::State &state)
{
    const bool csv = state.range(0) == 1;
    const VenueLayout stadium = DemoVenues::stadium();
    qsizetype bytes = 0;
    for (auto _ : state) {
        withProgress(state, [&](LayoutProgress *progress) {
            const QByteArray text = csv ? LayoutCsv::exportLayout(stadium, progress)
                                        : PretixFormat::exportLayout(stadium, progress);
            bytes = text.size();
        });
    }
    state.counters["MB"] = double(bytes) / 1e6;
    state.SetLabel(csv ? "csv" : "pretix");
}
BENCHMARK(exportWithProgress)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
