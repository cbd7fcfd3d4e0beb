#include "ui/seatmap/seatgeometry.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <numbers>

using namespace tessera;

namespace {

constexpr quint32 kNone = SeatGeometry::kNoSeat;

struct Seats
{
    std::vector<float> x;
    std::vector<float> y;
    SeatGeometry geometry() const { return SeatGeometry(x, y); }
};

/// rows x columns seats at `pitch` spacing from (left, top), row by row.
Seats grid(int rows, int columns, double pitch = 1, double left = 0, double top = 0)
{
    Seats s;
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < columns; ++c) {
            s.x.push_back(static_cast<float>(left + c * pitch));
            s.y.push_back(static_cast<float>(top + r * pitch));
        }
    }
    return s;
}

/// Three curved rows of 20 seats around (0, 0), radius 10, 11 and 12, one seat pitch apart.
Seats arc()
{
    Seats s;
    for (int row = 0; row < 3; ++row) {
        const double radius = 10 + row;
        for (int i = 0; i < 20; ++i) {
            const double angle = (i - 9.5) / radius; // one unit of arc per seat
            s.x.push_back(static_cast<float>(radius * std::sin(angle)));
            s.y.push_back(static_cast<float>(radius * std::cos(angle)));
        }
    }
    return s;
}

/// A 4 x 4 block rotated by 30 degrees about its first seat.
Seats rotated()
{
    Seats s;
    const double a = std::numbers::pi / 6;
    for (int r = 0; r < 4; ++r) {
        for (int c = 0; c < 4; ++c) {
            s.x.push_back(static_cast<float>(c * std::cos(a) - r * std::sin(a)));
            s.y.push_back(static_cast<float>(c * std::sin(a) + r * std::cos(a)));
        }
    }
    return s;
}

Seats layoutNamed(const QByteArray &name)
{
    if (name == "grid")
        return grid(3, 4);
    if (name == "wide")
        return grid(2, 5, 2.5, -100, 40);
    if (name == "arc")
        return arc();
    if (name == "rotated")
        return rotated();
    if (name == "row")
        return grid(1, 50);
    if (name == "single")
        return grid(1, 1, 1, 7, 7);
    return {};
}

quint32 bruteNearest(const Seats &s, QPointF p, double radius)
{
    quint32 best = kNone;
    double bestD = radius * radius;
    for (quint32 i = 0; i < s.x.size(); ++i) {
        const double d = std::pow(s.x[i] - p.x(), 2) + std::pow(s.y[i] - p.y(), 2);
        if (d < bestD || (d == bestD && best == kNone)) {
            best = i;
            bestD = d;
        }
    }
    return best;
}

} // namespace

class TestSeatGeometry final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bounds_data();
    void bounds();
    void seatAt_data();
    void seatAt();
    void seatAtMatchesBruteForce_data();
    void seatAtMatchesBruteForce();
    void nearestSeat_data();
    void nearestSeat();
    void seatsIn_data();
    void seatsIn();
    void nextSeat_data();
    void nextSeat();
};

void TestSeatGeometry::bounds_data()
{
    QTest::addColumn<QByteArray>("layout");
    QTest::addColumn<double>("pitch");
    QTest::addColumn<QRectF>("bounds");
    QTest::newRow("grid") << QByteArray("grid") << 1.0 << QRectF(-0.5, -0.5, 4, 3);
    QTest::newRow("wide pitch") << QByteArray("wide") << 2.5 << QRectF(-101.25, 38.75, 12.5, 5);
    QTest::newRow("single seat") << QByteArray("single") << 1.0 << QRectF(6.5, 6.5, 1, 1);
    QTest::newRow("one row") << QByteArray("row") << 1.0 << QRectF(-0.5, -0.5, 50, 1);
    QTest::newRow("empty") << QByteArray("empty") << 1.0 << QRectF();
}

void TestSeatGeometry::bounds()
{
    QFETCH(QByteArray, layout);
    QFETCH(double, pitch);
    QFETCH(QRectF, bounds);
    const SeatGeometry g = layoutNamed(layout).geometry();
    QCOMPARE(g.pitch(), pitch);
    QCOMPARE(g.bounds(), bounds);
}

void TestSeatGeometry::seatAt_data()
{
    QTest::addColumn<QByteArray>("layout");
    QTest::addColumn<QPointF>("point");
    QTest::addColumn<double>("radius");
    QTest::addColumn<quint32>("seat");
    QTest::newRow("centre of the first seat") << QByteArray("grid") << QPointF(0, 0) << 0.5 << 0u;
    QTest::newRow("centre of the last seat") << QByteArray("grid") << QPointF(3, 2) << 0.5 << 11u;
    QTest::newRow("near a centre") << QByteArray("grid") << QPointF(1.2, 0.9) << 0.5 << 5u;
    QTest::newRow("between two seats") << QByteArray("grid") << QPointF(1.5, 1) << 0.4 << kNone;
    QTest::newRow("between four seats") << QByteArray("grid") << QPointF(0.5, 0.5) << 0.5 << kNone;
    QTest::newRow("on the radius") << QByteArray("grid") << QPointF(2, 1.5) << 0.5 << 6u;
    QTest::newRow("left of the venue") << QByteArray("grid") << QPointF(-0.45, 1) << 0.5 << 4u;
    QTest::newRow("outside, too far") << QByteArray("grid") << QPointF(-3, -3) << 0.5 << kNone;
    QTest::newRow("outside, far below") << QByteArray("grid") << QPointF(1, 1000) << 0.5 << kNone;
    QTest::newRow("wide pitch, centre") << QByteArray("wide") << QPointF(-95, 42.5) << 1.2 << 7u;
    QTest::newRow("wide pitch, gap") << QByteArray("wide") << QPointF(-96.25, 41.25) << 1.2 << kNone;
    QTest::newRow("arc, middle of the front row") << QByteArray("arc") << QPointF(0.5, 10) << 0.5 << 10u;
    QTest::newRow("arc, end of the back row")
        << QByteArray("arc") << QPointF(12 * std::sin(9.5 / 12), 12 * std::cos(9.5 / 12)) << 0.5 << 59u;
    QTest::newRow("arc, inside the curve") << QByteArray("arc") << QPointF(0, 0) << 0.5 << kNone;
    QTest::newRow("rotated, second row")
        << QByteArray("rotated") << QPointF(-std::sin(std::numbers::pi / 6), std::cos(std::numbers::pi / 6))
        << 0.3 << 4u;
    QTest::newRow("single seat") << QByteArray("single") << QPointF(7.1, 6.9) << 0.5 << 0u;
    QTest::newRow("empty layout") << QByteArray("empty") << QPointF(0, 0) << 100.0 << kNone;
    QTest::newRow("negative radius") << QByteArray("grid") << QPointF(0, 0) << -1.0 << kNone;
}

void TestSeatGeometry::seatAt()
{
    QFETCH(QByteArray, layout);
    QFETCH(QPointF, point);
    QFETCH(double, radius);
    QFETCH(quint32, seat);
    QCOMPARE(layoutNamed(layout).geometry().seatAt(point, radius), seat);
}

void TestSeatGeometry::seatAtMatchesBruteForce_data()
{
    QTest::addColumn<QByteArray>("layout");
    QTest::newRow("grid") << QByteArray("grid");
    QTest::newRow("arc") << QByteArray("arc");
    QTest::newRow("rotated") << QByteArray("rotated");
    QTest::newRow("row") << QByteArray("row");
}

void TestSeatGeometry::seatAtMatchesBruteForce()
{
    QFETCH(QByteArray, layout);
    const Seats seats = layoutNamed(layout);
    const SeatGeometry g = seats.geometry();
    QRandomGenerator random(42);
    const QRectF area = g.bounds().adjusted(-3, -3, 3, 3);
    for (int i = 0; i < 2000; ++i) {
        const QPointF p(area.left() + random.generateDouble() * area.width(),
                        area.top() + random.generateDouble() * area.height());
        QCOMPARE(g.seatAt(p, 0.45), bruteNearest(seats, p, 0.45));
        QCOMPARE(g.nearestSeat(p), bruteNearest(seats, p, 1e9));
    }
}

void TestSeatGeometry::nearestSeat_data()
{
    QTest::addColumn<QByteArray>("layout");
    QTest::addColumn<QPointF>("point");
    QTest::addColumn<quint32>("seat");
    QTest::newRow("far top-left") << QByteArray("grid") << QPointF(-50, -50) << 0u;
    QTest::newRow("far bottom-right") << QByteArray("grid") << QPointF(50, 50) << 11u;
    QTest::newRow("far right, middle row") << QByteArray("grid") << QPointF(90, 1) << 7u;
    QTest::newRow("inside the arc") << QByteArray("arc") << QPointF(0.4, 5) << 10u;
    QTest::newRow("single") << QByteArray("single") << QPointF(-1000, 1000) << 0u;
    QTest::newRow("empty") << QByteArray("empty") << QPointF(0, 0) << kNone;
}

void TestSeatGeometry::nearestSeat()
{
    QFETCH(QByteArray, layout);
    QFETCH(QPointF, point);
    QFETCH(quint32, seat);
    QCOMPARE(layoutNamed(layout).geometry().nearestSeat(point), seat);
}

void TestSeatGeometry::seatsIn_data()
{
    QTest::addColumn<QByteArray>("layout");
    QTest::addColumn<QRectF>("rect");
    QTest::addColumn<QList<quint32>>("seats");
    QTest::newRow("whole venue") << QByteArray("grid") << QRectF(-1, -1, 10, 10)
                                 << QList<quint32>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    QTest::newRow("a block") << QByteArray("grid") << QRectF(0.5, 0.5, 2, 2) << QList<quint32>{5, 6, 9, 10};
    QTest::newRow("edges included") << QByteArray("grid") << QRectF(1, 0, 1, 1) << QList<quint32>{1, 2, 5, 6};
    QTest::newRow("dragged up and left")
        << QByteArray("grid") << QRectF(3.2, 2.2, -1.4, -1.4) << QList<quint32>{6, 7, 10, 11};
    QTest::newRow("between rows") << QByteArray("grid") << QRectF(-1, 0.2, 10, 0.6) << QList<quint32>{};
    QTest::newRow("outside") << QByteArray("grid") << QRectF(20, 20, 5, 5) << QList<quint32>{};
    QTest::newRow("arc, front row middle")
        << QByteArray("arc") << QRectF(-1.2, 9.5, 2.4, 0.8) << QList<quint32>{9, 10};
    QTest::newRow("empty layout") << QByteArray("empty") << QRectF(-10, -10, 20, 20) << QList<quint32>{};
}

void TestSeatGeometry::seatsIn()
{
    QFETCH(QByteArray, layout);
    QFETCH(QRectF, rect);
    QFETCH(QList<quint32>, seats);
    const std::vector<quint32> found = layoutNamed(layout).geometry().seatsIn(rect);
    QCOMPARE(QList<quint32>(found.begin(), found.end()), seats);
}

void TestSeatGeometry::nextSeat_data()
{
    QTest::addColumn<QByteArray>("layout");
    QTest::addColumn<quint32>("from");
    QTest::addColumn<QPointF>("direction");
    QTest::addColumn<quint32>("seat");
    QTest::newRow("right") << QByteArray("grid") << 5u << QPointF(1, 0) << 6u;
    QTest::newRow("left") << QByteArray("grid") << 5u << QPointF(-1, 0) << 4u;
    QTest::newRow("down") << QByteArray("grid") << 5u << QPointF(0, 1) << 9u;
    QTest::newRow("up") << QByteArray("grid") << 5u << QPointF(0, -1) << 1u;
    QTest::newRow("off the edge") << QByteArray("grid") << 3u << QPointF(1, 0) << kNone;
    QTest::newRow("across a gap") << QByteArray("wide") << 0u << QPointF(1, 0) << 1u;
    QTest::newRow("along the arc") << QByteArray("arc") << 10u << QPointF(1, 0) << 11u;
    QTest::newRow("arc, to the row behind") << QByteArray("arc") << 10u << QPointF(0, 1) << 30u;
    QTest::newRow("no direction") << QByteArray("grid") << 5u << QPointF(0, 0) << kNone;
    QTest::newRow("unknown seat") << QByteArray("grid") << 99u << QPointF(1, 0) << kNone;
}

void TestSeatGeometry::nextSeat()
{
    QFETCH(QByteArray, layout);
    QFETCH(quint32, from);
    QFETCH(QPointF, direction);
    QFETCH(quint32, seat);
    QCOMPARE(layoutNamed(layout).geometry().nextSeat(from, direction), seat);
}

QTEST_APPLESS_MAIN(TestSeatGeometry)
#include "tst_seatgeometry.moc"
