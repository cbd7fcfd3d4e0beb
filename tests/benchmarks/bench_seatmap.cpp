// Seat map drawing at stadium size (DESIGN.md section 3): frame times at three zoom levels while
// panning, 10,000 seat changes in one batch to the next painted frame, point hit-tests, and the
// same venue as one QGraphicsRectItem per seat for comparison. Run a Release build under
// QT_QPA_PLATFORM=offscreen (set by default below); figures go to BENCHMARKS.md.

#include "core/engine/eventcatalog.h"
#include "core/space/space.h"
#include "ui/seatmap/seatmapview.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QImage>
#include <QRandomGenerator>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <map>
#include <numbers>

using namespace tessera;

namespace {

constexpr QSize kFrame(1920, 1080);

/// A stadium bowl of 100,746 seats: two tiers of rows on ellipses around a pitch, 40
/// sections a tier, four price categories (sides and ends of each tier), aisles between sections,
/// wheelchair places along the front of the upper tier.
VenueLayout stadium()
{
    VenueLayout layout;
    layout.name = QStringLiteral("Stadium");
    layout.stageX = -55;
    layout.stageY = -36;
    layout.stageWidth = 110;
    layout.stageHeight = 72;
    layout.categories = {
        PriceCategory{QStringLiteral("c1"), QStringLiteral("Category 1"), QStringLiteral("#c62828"), 12000},
        PriceCategory{QStringLiteral("c2"), QStringLiteral("Category 2"), QStringLiteral("#6a1b9a"), 8500},
        PriceCategory{QStringLiteral("c3"), QStringLiteral("Category 3"), QStringLiteral("#2e7d32"), 6000},
        PriceCategory{QStringLiteral("c4"), QStringLiteral("Category 4"), QStringLiteral("#ef6c00"), 4000},
    };
    const double a = 68, b = 48; // inner ellipse, around the pitch
    const int sections = 40;
    const struct
    {
        int firstRow;
        int rows;
        int number;
    } tiers[] = {{0, 56, 100}, {64, 73, 200}}; // 100,746 seats
    uint id = 1;
    for (const auto &tier : tiers) {
        for (int s = 0; s < sections; ++s) {
            const double from = 2 * std::numbers::pi * s / sections;
            const double to = 2 * std::numbers::pi * (s + 1) / sections;
            const QString section = QString::number(tier.number + s + 1);
            // Sides (around 0 and pi on the long axis' normal) are the better category.
            const double mid = (from + to) / 2;
            const bool side = std::abs(std::sin(mid)) > 0.6;
            const QString category = layout.categories[(tier.number == 200 ? 2 : 0) + (side ? 0 : 1)].id;
            for (int r = 0; r < tier.rows; ++r) {
                const double d = (tier.firstRow + r) * 1.15;
                const double ra = a + d, rb = b + d;
                // Unit arc length between seats; an aisle of 1.5 at each end of the section.
                const auto speed = [&](double t) { return std::hypot(ra * std::sin(t), rb * std::cos(t)); };
                double t = from + 1.5 / speed(from);
                int number = 1;
                while (t < to - 1.0 / speed(to)) {
                    LayoutSeat seat;
                    seat.id = QUuid(0x5a000000 + id++, 0x1234, 0x4abc, 0x80, 1, 2, 3, 4, 5, 6, 7);
                    seat.section = section;
                    seat.row = QString::number(r + 1);
                    seat.number = QString::number(number++);
                    seat.x = ra * std::cos(t);
                    seat.y = rb * std::sin(t);
                    seat.category = category;
                    if (tier.number == 200 && r == 0 && number % 12 == 0)
                        seat.flags = SeatFlag::Accessible;
                    layout.seats << seat;
                    t += 1.0 / speed(t);
                }
            }
        }
    }
    return layout;
}

struct Fixture
{
    ManualClock clock;
    Space space{&clock};
    std::shared_ptr<const CatalogEntry> entry;
    EventSpace *event = nullptr;
    std::unique_ptr<SeatMapView> view;
    QImage frame{kFrame, QImage::Format_RGB32};

    Fixture()
    {
        VenueLayout layout = stadium();
        const quint32 index = space.addEvent(toSpaceLayout(layout));
        Event e;
        e.name = QStringLiteral("Cup final");
        entry = makeCatalogEntry(index, e, std::move(layout));
        event = space.event(index);
        // A quarter of the house sold, in runs, so every colour is on screen.
        QRandomGenerator random(7);
        std::vector<SpaceCommand> commands;
        for (quint32 seat = 0; seat + 8 < static_cast<quint32>(event->seatCount()); seat += 8) {
            const quint32 draw = random.bounded(8u);
            if (draw > 2)
                continue;
            SpaceCommand c;
            c.op = SpaceOp::Hold;
            c.event = index;
            c.holder = draw == 1 ? 4 : 2; // 4 keeps a hold, 2 buys
            c.ttlMs = 3'600'000;
            for (quint32 k = 0; k < 4; ++k)
                c.seats.append(seat + k);
            commands.push_back(c);
        }
        std::vector<SpaceResult> results(commands.size());
        space.apply(commands, results);
        std::vector<SpaceCommand> sells;
        for (size_t i = 0; i < commands.size(); ++i) {
            if (commands[i].holder == 4 || !results[i].ok)
                continue;
            SpaceCommand s;
            s.op = SpaceOp::Sell;
            s.event = index;
            s.holder = commands[i].holder;
            s.hold = results[i].hold;
            sells.push_back(s);
        }
        results.assign(sells.size(), {});
        space.apply(sells, results);
        // This terminal holds a few seats of its own.
        SpaceCommand mine;
        mine.op = SpaceOp::HoldBest;
        mine.event = index;
        mine.holder = 3;
        mine.quantity = 6;
        mine.ttlMs = 600'000;
        space.apply(mine);

        view = std::make_unique<SeatMapView>();
        view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        view->resize(kFrame);
        view->setOwnHolder(3);
        view->show();
        QCoreApplication::processEvents();
        view->setEvent(entry, event);
    }

    void render() { view->viewport()->render(&frame); }
};

Fixture *g_fixture = nullptr;

/// Seat pitch in pixels for each zoom level; 0 = fit the whole stadium.
double pitchFor(int zoom)
{
    return zoom == 0 ? 0 : zoom == 1 ? 8 : 28;
}

const char *zoomName(int zoom)
{
    return zoom == 0 ? "overview" : zoom == 1 ? "section" : "close";
}

std::map<std::string, double> g_p95;

/// CPU time of this thread in milliseconds: what a frame costs, whatever else the machine runs.
double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

/// Wall-clock and thread CPU time of each frame.
struct FrameTimes
{
    std::vector<double> wall;
    std::vector<double> cpu;
    QElapsedTimer timer;
    double cpuStart = 0;

    void start()
    {
        cpuStart = threadCpuMs();
        timer.start();
    }
    double stop()
    {
        const double elapsed = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        cpu.push_back(threadCpuMs() - cpuStart);
        wall.push_back(elapsed);
        return elapsed;
    }
};

double percentile(std::vector<double> ms, double q)
{
    std::sort(ms.begin(), ms.end());
    return ms[std::min(ms.size() - 1, static_cast<size_t>(q * static_cast<double>(ms.size())))];
}

void reportPercentiles(benchmark::State &state, const FrameTimes &times, const std::string &key)
{
    state.counters["p50_ms"] = percentile(times.wall, 0.5);
    state.counters["p95_ms"] = percentile(times.wall, 0.95);
    state.counters["cpu_p50_ms"] = percentile(times.cpu, 0.5);
    state.counters["cpu_p95_ms"] = percentile(times.cpu, 0.95);
    g_p95[key] = percentile(times.wall, 0.95);
    g_p95["cpu:" + key] = percentile(times.cpu, 0.95);
}

/// A point on a loop through the venue for frame i of n, so that panning covers seats, aisles
/// and the empty pitch.
QPointF panPoint(const QRectF &area, int i, int n)
{
    const double t = 2 * std::numbers::pi * i / n;
    return {area.center().x() + 0.35 * area.width() * std::cos(t),
            area.center().y() + 0.35 * area.height() * std::sin(2 * t)};
}

void BM_SeatMapPan(benchmark::State &state)
{
    const int zoom = static_cast<int>(state.range(0));
    SeatMapView &view = *g_fixture->view;
    view.fitToView();
    if (zoom > 0)
        view.setScale(pitchFor(zoom) / view.geometry().pitch());
    const QRectF area = view.geometry().bounds();
    FrameTimes times;
    int i = 0;
    for (auto _ : state) {
        if (zoom > 0)
            view.centreOn(panPoint(area, i, 120));
        else
            view.centreOn(area.center() + QPointF(i % 2 ? 30 : -30, 0)); // overview: a small pan
        ++i;
        times.start();
        g_fixture->render();
        state.SetIterationTime(times.stop() / 1e3);
    }
    state.counters["detail"] = static_cast<double>(view.detail());
    reportPercentiles(state, times, std::string("tessera/") + zoomName(zoom));
}
BENCHMARK(BM_SeatMapPan)
    ->Arg(0)
    ->Arg(1)
    ->Arg(2)
    ->Iterations(240)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);

/// 10,000 seats change in the space (held, then released on the next iteration); the clock
/// runs from seatsChanged to the end of the next painted frame.
void BM_SeatMapTenThousandChanges(benchmark::State &state)
{
    const int zoom = static_cast<int>(state.range(0));
    SeatMapView &view = *g_fixture->view;
    EventSpace &event = *g_fixture->event;
    view.fitToView();
    if (zoom > 0)
        view.setScale(pitchFor(zoom) / view.geometry().pitch());
    view.centreOn(view.geometry().bounds().center() + QPointF(0, -100));
    QRandomGenerator random(11);
    QList<quint32> seats;
    std::vector<SpaceCommand> holds;
    while (seats.size() < 10'000) {
        const quint32 seat = random.bounded(static_cast<quint32>(event.seatCount()));
        if (event.seatState(seat) != SeatState::Available || seats.contains(seat))
            continue;
        seats << seat;
    }
    FrameTimes times;
    bool held = false;
    std::vector<HoldId> holdIds;
    for (auto _ : state) {
        // Not timed: the space changes (that is the engine's benchmark).
        std::vector<SpaceCommand> commands;
        for (qsizetype k = 0; k < seats.size(); ++k) {
            SpaceCommand c;
            c.event = event.index();
            c.holder = 9;
            if (!held) {
                c.op = SpaceOp::Hold;
                c.ttlMs = 3'600'000;
                c.seats.append(seats[k]);
            } else {
                c.op = SpaceOp::Release;
                c.hold = holdIds[static_cast<size_t>(k)];
            }
            commands.push_back(c);
        }
        std::vector<SpaceResult> results(commands.size());
        event.apply(commands, results);
        if (!held) {
            holdIds.clear();
            for (const SpaceResult &r : results)
                holdIds.push_back(r.hold);
        }
        held = !held;

        times.start();
        view.seatsChanged(seats);
        view.flushChanges();
        g_fixture->render();
        state.SetIterationTime(times.stop() / 1e3);
    }
    reportPercentiles(state, times, std::string("changes/") + zoomName(zoom));
}
BENCHMARK(BM_SeatMapTenThousandChanges)
    ->Arg(0)
    ->Arg(1)
    ->Iterations(60)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);

/// 4,096 points spread evenly over `area`.
std::vector<QPointF> randomPoints(const QRectF &area, quint32 seed)
{
    QRandomGenerator random(seed);
    std::vector<QPointF> points(4096);
    for (QPointF &p : points)
        p = QPointF(area.left() + random.generateDouble() * area.width(),
                    area.top() + random.generateDouble() * area.height());
    return points;
}

void BM_SeatHitTest(benchmark::State &state)
{
    const SeatGeometry &geometry = g_fixture->view->geometry();
    const std::vector<QPointF> points = randomPoints(geometry.bounds(), 5);
    size_t i = 0;
    qint64 hits = 0;
    for (auto _ : state) {
        const quint32 seat = geometry.seatAt(points[i++ & 4095], geometry.pitch() / 2);
        hits += seat != SeatGeometry::kNoSeat;
        benchmark::DoNotOptimize(seat);
    }
    state.counters["hit_share"] = static_cast<double>(hits) / static_cast<double>(state.iterations());
}
BENCHMARK(BM_SeatHitTest)->Unit(benchmark::kNanosecond);

void BM_SeatNearest(benchmark::State &state)
{
    const SeatGeometry &geometry = g_fixture->view->geometry();
    const std::vector<QPointF> points = randomPoints(geometry.bounds(), 6);
    size_t i = 0;
    for (auto _ : state)
        benchmark::DoNotOptimize(geometry.nearestSeat(points[i++ & 4095]));
}
BENCHMARK(BM_SeatNearest)->Unit(benchmark::kNanosecond);

// Built on first use, destroyed before the application object.
std::unique_ptr<QGraphicsScene> g_naiveScene;
std::unique_ptr<QGraphicsView> g_naiveView;

/// The same stadium as one QGraphicsRectItem per seat, at the same zoom levels and pans.
void BM_NaiveGraphicsScene(benchmark::State &state)
{
    const int zoom = static_cast<int>(state.range(0));
    std::unique_ptr<QGraphicsScene> &scene = g_naiveScene;
    std::unique_ptr<QGraphicsView> &gview = g_naiveView;
    const SeatGeometry &geometry = g_fixture->view->geometry();
    if (!scene) {
        scene = std::make_unique<QGraphicsScene>();
        const EventSpace &event = *g_fixture->event;
        const std::vector<QBrush> brushes = [&] {
            std::vector<QBrush> b;
            for (const PriceCategory &c : g_fixture->entry->layout.categories)
                b.emplace_back(QColor::fromString(c.colour));
            return b;
        }();
        const double size = geometry.pitch() * 0.8;
        for (quint32 seat = 0; seat < static_cast<quint32>(event.seatCount()); ++seat) {
            auto *item = scene->addRect(geometry.x(seat) - size / 2, geometry.y(seat) - size / 2, size, size,
                                        Qt::NoPen, brushes[event.layout().category[seat]]);
            item->setFlag(QGraphicsItem::ItemIsSelectable);
        }
        gview = std::make_unique<QGraphicsView>(scene.get());
        gview->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        gview->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        gview->setFrameShape(QFrame::NoFrame);
        gview->resize(kFrame);
        gview->show();
        QCoreApplication::processEvents();
    }
    SeatMapView &view = *g_fixture->view;
    view.fitToView();
    if (zoom > 0)
        view.setScale(pitchFor(zoom) / geometry.pitch());
    gview->setTransform(QTransform::fromScale(view.scale(), view.scale()));
    const QRectF area = geometry.bounds();
    QImage frame(kFrame, QImage::Format_RGB32);
    FrameTimes times;
    int i = 0;
    for (auto _ : state) {
        gview->centerOn(zoom > 0 ? panPoint(area, i, 120) : area.center() + QPointF(i % 2 ? 30 : -30, 0));
        ++i;
        times.start();
        gview->viewport()->render(&frame);
        state.SetIterationTime(times.stop() / 1e3);
    }
    reportPercentiles(state, times, std::string("naive/") + zoomName(zoom));
}
BENCHMARK(BM_NaiveGraphicsScene)
    ->Arg(0)
    ->Arg(1)
    ->Arg(2)
    ->Iterations(20)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);

void saveScreenshots(const QString &dir)
{
    SeatMapView &view = *g_fixture->view;
    view.fitToView();
    view.setSelectedSeats({});
    g_fixture->render();
    g_fixture->frame.save(dir + QStringLiteral("/seatmap-stadium-overview.png"));
    view.setScale(pitchFor(1) / view.geometry().pitch());
    view.centreOn(view.geometry().bounds().center() + QPointF(0, -110));
    g_fixture->render();
    g_fixture->frame.save(dir + QStringLiteral("/seatmap-stadium-section.png"));
    view.setScale(pitchFor(2) / view.geometry().pitch());
    view.centreOn(view.geometry().centre(static_cast<quint32>(g_fixture->event->seatCount() / 3)));
    g_fixture->render();
    g_fixture->frame.save(dir + QStringLiteral("/seatmap-stadium-close.png"));
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    Fixture fixture;
    g_fixture = &fixture;
    std::printf("stadium: %lld seats\n", static_cast<long long>(fixture.event->seatCount()));
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    g_naiveView.reset();
    g_naiveScene.reset();

    std::printf("\np95 frame time, Tessera seat map vs one QGraphicsRectItem per seat:\n");
    for (const std::string prefix : {"", "cpu:"}) {
        for (const char *zoom : {"overview", "section", "close"}) {
            const auto mine = g_p95.find(prefix + "tessera/" + zoom);
            const auto naive = g_p95.find(prefix + "naive/" + zoom);
            if (mine != g_p95.end() && naive != g_p95.end())
                std::printf("  %-4s %-8s %8.2f ms vs %8.2f ms: %.1fx\n", prefix.empty() ? "wall" : "cpu",
                            zoom, mine->second, naive->second, naive->second / mine->second);
        }
    }
    const QString dir = QCoreApplication::applicationDirPath();
    saveScreenshots(dir);
    std::printf("screenshots in %s\n", qPrintable(QDir::toNativeSeparators(dir)));
    return 0;
}
