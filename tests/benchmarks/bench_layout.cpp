// Layout editor speed on the 100,000-seat demo stadium: generating it, writing and reading it
// as a pretix plan and as CSV, and the checks before saving. Run by hand in a release build.

#include "core/layout/demovenues.h"
#include "core/layout/layoutcsv.h"
#include "core/layout/layoutgenerator.h"
#include "core/layout/layoutvalidation.h"
#include "core/layout/pretixformat.h"

#include <benchmark/benchmark.h>

using namespace tessera;

namespace {

const VenueLayout &stadium()
{
    static const VenueLayout layout = DemoVenues::stadium();
    return layout;
}

void generateStadium(benchmark::State &state)
{
    for (auto _ : state) {
        VenueLayout layout = DemoVenues::stadium();
        benchmark::DoNotOptimize(layout.seats.data());
    }
    state.counters["seats"] = double(stadium().seats.size());
}
BENCHMARK(generateStadium)->Unit(benchmark::kMillisecond);

void pretixExportStadium(benchmark::State &state)
{
    qsizetype bytes = 0;
    for (auto _ : state) {
        const QByteArray json = PretixFormat::exportLayout(stadium());
        bytes = json.size();
        benchmark::DoNotOptimize(json.data());
    }
    state.counters["MB"] = double(bytes) / 1e6;
}
BENCHMARK(pretixExportStadium)->Unit(benchmark::kMillisecond);

void pretixImportStadium(benchmark::State &state)
{
    const QByteArray json = PretixFormat::exportLayout(stadium());
    for (auto _ : state) {
        Result<ImportReport> report = PretixFormat::import(json);
        if (!report)
            state.SkipWithError("import failed");
        benchmark::DoNotOptimize(report);
    }
}
BENCHMARK(pretixImportStadium)->Unit(benchmark::kMillisecond);

void csvImportStadium(benchmark::State &state)
{
    const QByteArray csv = LayoutCsv::exportLayout(stadium());
    for (auto _ : state) {
        Result<ImportReport> report = LayoutCsv::import(csv);
        if (!report)
            state.SkipWithError("import failed");
        benchmark::DoNotOptimize(report);
    }
    state.counters["MB"] = double(csv.size()) / 1e6;
}
BENCHMARK(csvImportStadium)->Unit(benchmark::kMillisecond);

void validateStadium(benchmark::State &state)
{
    qsizetype problems = 0;
    for (auto _ : state) {
        const QList<LayoutProblem> list = validateForSave(stadium());
        problems = list.size();
        benchmark::DoNotOptimize(list.data());
    }
    state.counters["problems"] = double(problems);
}
BENCHMARK(validateStadium)->Unit(benchmark::kMillisecond);

void generateSection100k(benchmark::State &state)
{
    SectionSpec spec;
    spec.section = QStringLiteral("Bowl");
    spec.rows = 250;
    spec.seatsPerRow = 400;
    spec.numbering = SeatNumbering::OddLeftEvenRight;
    spec.curveRadius = 900;
    spec.rotationDegrees = 30;
    spec.aisleEvery = 20;
    spec.category = QStringLiteral("a");
    for (auto _ : state) {
        Result<QList<LayoutSeat>> seats = LayoutGenerator::generateSection(spec);
        if (!seats)
            state.SkipWithError("generate failed");
        benchmark::DoNotOptimize(seats);
    }
    state.counters["seats"] = 100000;
}
BENCHMARK(generateSection100k)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
