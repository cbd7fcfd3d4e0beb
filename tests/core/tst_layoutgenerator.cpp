#include "core/layout/demovenues.h"
#include "core/layout/layoutgenerator.h"
#include "core/layout/layoutvalidation.h"

#include <QTest>

#include <cmath>

using namespace tessera;

Q_DECLARE_METATYPE(tessera::SectionSpec)

namespace {

QStringList numbersOf(const QList<LayoutSeat> &seats, int from, int count)
{
    QStringList numbers;
    for (int i = from; i < from + count; ++i)
        numbers.append(seats.at(i).number);
    return numbers;
}

QStringList errorsOf(const QList<LayoutProblem> &problems)
{
    QStringList errors;
    for (const LayoutProblem &p : problems) {
        if (p.severity == LayoutProblem::Severity::Error)
            errors.append(p.message);
    }
    return errors;
}

VenueLayout layoutWithCategory()
{
    VenueLayout layout;
    layout.categories = {{QStringLiteral("a"), QStringLiteral("A"), QStringLiteral("#112233"), 100}};
    return layout;
}

} // namespace

class TestLayoutGenerator : public QObject
{
    Q_OBJECT

private slots:
    void rowLabels_data();
    void rowLabels();
    void seatNumbering_data();
    void seatNumbering();
    void sectionOrderAndLabels();
    void straightGeometry();
    void rotation();
    void curvedRows();
    void aisles();
    void categoriesFlagsAndHolds();
    void invalidSpecs_data();
    void invalidSpecs();
    void appendSection();
    void demoVenues_data();
    void demoVenues();
};

void TestLayoutGenerator::rowLabels_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<int>("labelling");
    QTest::addColumn<QString>("label");
    const int letters = int(RowLabelling::Letters);
    QTest::newRow("first") << 1 << letters << QStringLiteral("A");
    QTest::newRow("H") << 8 << letters << QStringLiteral("H");
    QTest::newRow("skips I") << 9 << letters << QStringLiteral("J");
    QTest::newRow("N") << 13 << letters << QStringLiteral("N");
    QTest::newRow("skips O") << 14 << letters << QStringLiteral("P");
    QTest::newRow("Z is the 24th") << 24 << letters << QStringLiteral("Z");
    QTest::newRow("AA") << 25 << letters << QStringLiteral("AA");
    QTest::newRow("AB") << 26 << letters << QStringLiteral("AB");
    QTest::newRow("AJ after AH") << 33 << letters << QStringLiteral("AJ");
    QTest::newRow("AZ") << 48 << letters << QStringLiteral("AZ");
    QTest::newRow("BA") << 49 << letters << QStringLiteral("BA");
    QTest::newRow("ZZ") << 24 * 25 << letters << QStringLiteral("ZZ");
    QTest::newRow("AAA") << 24 * 25 + 1 << letters << QStringLiteral("AAA");
    QTest::newRow("numbers") << 7 << int(RowLabelling::Numbers) << QStringLiteral("7");
}

void TestLayoutGenerator::rowLabels()
{
    QFETCH(int, index);
    QFETCH(int, labelling);
    QFETCH(QString, label);
    QCOMPARE(LayoutGenerator::rowLabel(index, RowLabelling(labelling)), label);
}

void TestLayoutGenerator::seatNumbering_data()
{
    QTest::addColumn<int>("numbering");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("first");
    QTest::addColumn<QList<int>>("numbers");
    QTest::newRow("left to right") << int(SeatNumbering::LeftToRight) << 5 << 1 << QList<int>{1, 2, 3, 4, 5};
    QTest::newRow("left to right from 101")
        << int(SeatNumbering::LeftToRight) << 3 << 101 << QList<int>{101, 102, 103};
    QTest::newRow("right to left") << int(SeatNumbering::RightToLeft) << 5 << 1 << QList<int>{5, 4, 3, 2, 1};
    QTest::newRow("odd left, even count")
        << int(SeatNumbering::OddLeftEvenRight) << 6 << 1 << QList<int>{5, 3, 1, 2, 4, 6};
    QTest::newRow("odd left, odd count")
        << int(SeatNumbering::OddLeftEvenRight) << 5 << 1 << QList<int>{5, 3, 1, 2, 4};
    QTest::newRow("even left, odd count")
        << int(SeatNumbering::EvenLeftOddRight) << 5 << 1 << QList<int>{4, 2, 1, 3, 5};
    QTest::newRow("even left, even count")
        << int(SeatNumbering::EvenLeftOddRight) << 4 << 1 << QList<int>{4, 2, 1, 3};
    QTest::newRow("one seat odd/even") << int(SeatNumbering::OddLeftEvenRight) << 1 << 1 << QList<int>{1};
    QTest::newRow("odd side from left")
        << int(SeatNumbering::OddFromLeft) << 4 << 1 << QList<int>{1, 3, 5, 7};
    QTest::newRow("odd side from right") << int(SeatNumbering::OddFromRight) << 3 << 2 << QList<int>{7, 5, 3};
    QTest::newRow("even side from left") << int(SeatNumbering::EvenFromLeft) << 3 << 1 << QList<int>{2, 4, 6};
    QTest::newRow("even side from right")
        << int(SeatNumbering::EvenFromRight) << 4 << 10 << QList<int>{16, 14, 12, 10};
}

void TestLayoutGenerator::seatNumbering()
{
    QFETCH(int, numbering);
    QFETCH(int, count);
    QFETCH(int, first);
    QFETCH(QList<int>, numbers);
    QCOMPARE(LayoutGenerator::seatNumbers(count, SeatNumbering(numbering), first), numbers);
}

void TestLayoutGenerator::sectionOrderAndLabels()
{
    SectionSpec spec;
    spec.section = QStringLiteral("Stalls");
    spec.rows = 10;
    spec.seatsPerRow = 4;
    spec.numbering = SeatNumbering::RightToLeft;
    spec.firstRow = 7;
    const Result<QList<LayoutSeat>> seats = LayoutGenerator::generateSection(spec);
    QVERIFY(seats);
    QCOMPARE(seats->size(), 40);
    // Rows front to back, G, H, J (no I), K...; seats left to right whatever the numbering.
    QCOMPARE(seats->at(0).row, QStringLiteral("G"));
    QCOMPARE(seats->at(4).row, QStringLiteral("H"));
    QCOMPARE(seats->at(8).row, QStringLiteral("J"));
    QCOMPARE(seats->at(0).label(), QStringLiteral("Stalls G-4"));
    QCOMPARE(numbersOf(*seats, 0, 4), (QStringList{QStringLiteral("4"), QStringLiteral("3"),
                                                   QStringLiteral("2"), QStringLiteral("1")}));
    for (int i = 1; i < 4; ++i)
        QVERIFY(seats->at(i).x > seats->at(i - 1).x);
    QSet<QUuid> ids;
    for (const LayoutSeat &seat : *seats)
        ids.insert(seat.id);
    QCOMPARE(ids.size(), 40);
}

void TestLayoutGenerator::straightGeometry()
{
    SectionSpec spec;
    spec.rows = 3;
    spec.seatsPerRow = 3;
    spec.seatPitch = 10;
    spec.rowSpacing = 20;
    spec.offsetX = 100;
    spec.offsetY = 50;
    const Result<QList<LayoutSeat>> seats = LayoutGenerator::generateSection(spec);
    QVERIFY(seats);
    QCOMPARE(seats->at(0).x, 100.0);
    QCOMPARE(seats->at(0).y, 50.0);
    QCOMPARE(seats->at(2).x, 120.0);
    QCOMPARE(seats->at(8).x, 120.0);
    QCOMPARE(seats->at(8).y, 90.0);
}

void TestLayoutGenerator::rotation()
{
    SectionSpec spec;
    spec.rows = 2;
    spec.seatsPerRow = 3;
    spec.seatPitch = 10;
    spec.rowSpacing = 20;
    spec.rotationDegrees = 90;
    spec.offsetX = 5;
    spec.offsetY = 7;
    const Result<QList<LayoutSeat>> seats = LayoutGenerator::generateSection(spec);
    QVERIFY(seats);
    // 90 degrees clockwise on screen (y down): the row runs down, rows step to the left.
    const QList<QPointF> expected = {{5, 7}, {5, 17}, {5, 27}, {-15, 7}, {-15, 17}, {-15, 27}};
    for (int i = 0; i < 6; ++i) {
        QVERIFY2(std::abs(seats->at(i).x - expected[i].x()) < 1e-9, qPrintable(QString::number(i)));
        QVERIFY2(std::abs(seats->at(i).y - expected[i].y()) < 1e-9, qPrintable(QString::number(i)));
    }
}

void TestLayoutGenerator::curvedRows()
{
    SectionSpec spec;
    spec.rows = 3;
    spec.seatsPerRow = 9;
    spec.seatPitch = 10;
    spec.rowSpacing = 20;
    spec.curveRadius = 100;
    const Result<QList<LayoutSeat>> seats = LayoutGenerator::generateSection(spec);
    QVERIFY(seats);
    const QPointF focus(40, -100); // (row width / 2, -radius)
    for (int row = 0; row < 3; ++row) {
        const double radius = 100 + 20 * row;
        for (int place = 0; place < 9; ++place) {
            const LayoutSeat &seat = seats->at(row * 9 + place);
            QVERIFY(std::abs(std::hypot(seat.x - focus.x(), seat.y - focus.y()) - radius) < 1e-9);
            if (place > 0) {
                const LayoutSeat &previous = seats->at(row * 9 + place - 1);
                const double chord = std::hypot(seat.x - previous.x, seat.y - previous.y);
                const double arc = 2 * radius * std::asin(chord / (2 * radius));
                QVERIFY(std::abs(arc - 10) < 1e-9); // the pitch is kept along the arc
            }
        }
        // The middle seat sits straight behind the focus; the ends curve towards it.
        QVERIFY(std::abs(seats->at(row * 9 + 4).x - 40) < 1e-9);
        QVERIFY(seats->at(row * 9).y < seats->at(row * 9 + 4).y);
        QCOMPARE(seats->at(row * 9).y, seats->at(row * 9 + 8).y);
    }
}

void TestLayoutGenerator::aisles()
{
    SectionSpec spec;
    spec.seatsPerRow = 10;
    spec.seatPitch = 10;
    spec.aisleWidth = 15;
    spec.aisleEvery = 4;
    spec.aisleAfterSeats = {6};
    const Result<QList<LayoutSeat>> seats = LayoutGenerator::generateSection(spec);
    QVERIFY(seats);
    QList<double> gaps;
    for (int i = 1; i < 10; ++i)
        gaps.append(seats->at(i).x - seats->at(i - 1).x);
    QCOMPARE(gaps, (QList<double>{10, 10, 10, 25, 10, 25, 10, 25, 10}));
}

void TestLayoutGenerator::categoriesFlagsAndHolds()
{
    SectionSpec spec;
    spec.rows = 4;
    spec.seatsPerRow = 5;
    spec.category = QStringLiteral("back");
    spec.rowCategories = {{0, 1, QStringLiteral("front")}};
    spec.marks = {{{3, 0}, SeatFlag::Accessible}, {{3, -1}, SeatFlag::Accessible | SeatFlag::Companion}};
    spec.holds = {{{2, 2}, QStringLiteral("Press")}};
    const Result<QList<LayoutSeat>> seats = LayoutGenerator::generateSection(spec);
    QVERIFY(seats);
    QCOMPARE(seats->at(9).category, QStringLiteral("front"));
    QCOMPARE(seats->at(10).category, QStringLiteral("back"));
    QCOMPARE(seats->at(15).flags, SeatFlags(SeatFlag::Accessible));
    QCOMPARE(seats->at(19).flags, SeatFlag::Accessible | SeatFlag::Companion);
    QCOMPARE(seats->at(16).flags, SeatFlags());
    QVERIFY(seats->at(12).blocked);
    QCOMPARE(seats->at(12).blockReason, QStringLiteral("Press"));
    QCOMPARE(std::count_if(seats->cbegin(), seats->cend(), [](const LayoutSeat &s) { return s.blocked; }), 1);
}

void TestLayoutGenerator::invalidSpecs_data()
{
    QTest::addColumn<SectionSpec>("spec");
    QTest::addColumn<QString>("error");
    SectionSpec spec;
    spec.rows = 3;
    spec.seatsPerRow = 5;
    auto row = [&](const char *name, auto change, const char *error) {
        SectionSpec s = spec;
        change(s);
        QTest::newRow(name) << s << QString::fromUtf8(error);
    };
    row(
        "no rows", [](SectionSpec &s) { s.rows = 0; }, "rows: must be at least 1");
    row(
        "no seats", [](SectionSpec &s) { s.seatsPerRow = 0; }, "seatsPerRow: must be at least 1");
    row(
        "zero pitch", [](SectionSpec &s) { s.seatPitch = 0; }, "seatPitch: must be positive");
    row(
        "aisle past the row", [](SectionSpec &s) { s.aisleAfterSeats = {5}; },
        "aisleAfterSeats[0]: 5 is not between two seats");
    row(
        "category rows",
        [](SectionSpec &s) {
            s.rowCategories = {{1, 3, QStringLiteral("x")}};
        },
        "rowCategories[0]: rows 1 to 3 are not rows of the section");
    row(
        "mark outside",
        [](SectionSpec &s) {
            s.marks = {{{0, -6}, SeatFlag::Accessible}};
        },
        "marks[0]: place -6 is outside the row");
    row(
        "hold outside",
        [](SectionSpec &s) {
            s.holds = {{{3, 0}, QStringLiteral("House")}};
        },
        "holds[0]: row 3 is outside the section");
}

void TestLayoutGenerator::invalidSpecs()
{
    QFETCH(SectionSpec, spec);
    QFETCH(QString, error);
    const Result<QList<LayoutSeat>> seats = LayoutGenerator::generateSection(spec);
    QVERIFY(!seats);
    QCOMPARE(seats.error().message, error);
}

void TestLayoutGenerator::appendSection()
{
    VenueLayout layout = layoutWithCategory();
    SectionSpec spec;
    spec.section = QStringLiteral("A");
    spec.rows = 2;
    spec.seatsPerRow = 3;
    spec.category = QStringLiteral("a");
    QVERIFY(LayoutGenerator::appendSection(layout, spec));
    spec.section = QStringLiteral("B");
    spec.offsetY = 100;
    QVERIFY(LayoutGenerator::appendSection(layout, spec));
    QCOMPARE(layout.seats.size(), 12);
    QCOMPARE(layout.seats.at(5).section, QStringLiteral("A"));
    QCOMPARE(layout.seats.at(6).section, QStringLiteral("B"));
    QVERIFY(validateLayout(layout));

    const Status again = LayoutGenerator::appendSection(layout, spec);
    QVERIFY(!again);
    QCOMPARE(again.error().message, QStringLiteral("section \"B\" already exists"));
    spec.section = QStringLiteral("C");
    spec.category = QStringLiteral("vip");
    const Status unknown = LayoutGenerator::appendSection(layout, spec);
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().message, QStringLiteral("category \"vip\" is not defined in the layout"));
    QCOMPARE(layout.seats.size(), 12);
}

void TestLayoutGenerator::demoVenues_data()
{
    QTest::addColumn<int>("venue");
    QTest::addColumn<int>("minSeats");
    QTest::addColumn<int>("maxSeats");
    QTest::addColumn<int>("standing");
    QTest::newRow("theatre") << 0 << 1400 << 1600 << 150;
    QTest::newRow("arena") << 1 << 18000 << 22000 << 2000;
    QTest::newRow("stadium") << 2 << 95000 << 105000 << 0;
}

void TestLayoutGenerator::demoVenues()
{
    QFETCH(int, venue);
    QFETCH(int, minSeats);
    QFETCH(int, maxSeats);
    QFETCH(int, standing);
    const VenueLayout layout = venue == 0   ? DemoVenues::theatre()
                               : venue == 1 ? DemoVenues::arena()
                                            : DemoVenues::stadium();
    QVERIFY(layout.seats.size() >= minSeats);
    QVERIFY(layout.seats.size() <= maxSeats);
    int places = 0;
    for (const StandingArea &area : layout.standingAreas)
        places += area.capacity;
    QCOMPARE(places, standing);
    QVERIFY(layout.stageWidth > 0 && layout.stageHeight > 0);
    QVERIFY(layout.categories.size() >= 3);
    const Status valid = validateLayout(layout);
    QVERIFY2(valid, valid ? "" : qPrintable(valid.error().message));
    const QStringList errors = errorsOf(validateForSave(layout));
    QVERIFY2(errors.isEmpty(), qPrintable(errors.mid(0, 5).join(u'\n')));
    for (const LayoutSeat &seat : layout.seats) {
        QVERIFY(seat.x >= 0 && seat.x <= layout.width);
        QVERIFY(seat.y >= 0 && seat.y <= layout.height);
    }
    if (venue == 0) {
        QVERIFY(std::any_of(layout.seats.cbegin(), layout.seats.cend(),
                            [](const LayoutSeat &s) { return s.flags.testFlag(SeatFlag::Accessible); }));
        QVERIFY(std::any_of(layout.seats.cbegin(), layout.seats.cend(),
                            [](const LayoutSeat &s) { return s.blocked && s.blockReason == u"House"; }));
    }
}

QTEST_GUILESS_MAIN(TestLayoutGenerator)
#include "tst_layoutgenerator.moc"
