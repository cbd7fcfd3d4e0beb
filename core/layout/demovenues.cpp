#include "core/layout/demovenues.h"

#include "core/common/ids.h"
#include "core/layout/layoutgenerator.h"

#include <QDebug>
#include <QRectF>

#include <cmath>
#include <numbers>

namespace tessera {

namespace {

PriceCategory category(const char *id, const char *name, const char *colour, qint64 priceCents)
{
    return PriceCategory{QLatin1StringView(id), QLatin1StringView(name), QLatin1StringView(colour),
                         priceCents};
}

/// Appends a section the demo code knows to be valid; a failure is a bug in this file.
void add(VenueLayout &layout, const SectionSpec &spec)
{
    if (const Status status = LayoutGenerator::appendSection(layout, spec); !status)
        qWarning("demo section %s: %s", qUtf8Printable(spec.section), qUtf8Printable(status.error().message));
}

StandingArea standing(const char *name, const char *category, int capacity, QRectF rect)
{
    return StandingArea{newUuid(),
                        QLatin1StringView(name),
                        QLatin1StringView(category),
                        capacity,
                        rect.x(),
                        rect.y(),
                        rect.width(),
                        rect.height()};
}

/// Places a curved section so that the focus of its rows lies on `centre` and its back rows
/// point away from it in the direction `degrees` (0 = +x, 90 = +y on screen).
void faceCentre(SectionSpec &spec, QPointF centre, double degrees)
{
    const double rowWidth = (spec.seatsPerRow - 1) * spec.seatPitch;
    spec.rotationDegrees = degrees - 90;
    const double a = spec.rotationDegrees * std::numbers::pi / 180.0;
    const double fx = rowWidth / 2;
    const double fy = -spec.curveRadius;
    spec.offsetX = centre.x() - (fx * std::cos(a) - fy * std::sin(a));
    spec.offsetY = centre.y() - (fx * std::sin(a) + fy * std::cos(a));
}

QString sectionName(const char *prefix, int number)
{
    return QLatin1StringView(prefix) + QStringLiteral("%1").arg(number, 2, 10, QLatin1Char('0'));
}

/// A stadium section with curved rows, numbered rows and "<tier>-front" prices in the front
/// half of the rows and "<tier>-back" behind.
SectionSpec tierSection(const QString &name, int rows, int seatsPerRow, double radius, const char *tier)
{
    SectionSpec spec;
    spec.section = name;
    spec.rows = rows;
    spec.seatsPerRow = seatsPerRow;
    spec.rowLabelling = RowLabelling::Numbers;
    spec.curveRadius = radius;
    spec.category = QLatin1StringView(tier) + QStringLiteral("-back");
    spec.rowCategories = {{0, rows / 2 - 1, QLatin1StringView(tier) + QStringLiteral("-front")}};
    return spec;
}

} // namespace

VenueLayout DemoVenues::theatre()
{
    VenueLayout layout;
    layout.name = QStringLiteral("Theatre Royal");
    layout.width = 440;
    layout.height = 960;
    layout.stageX = 20;
    layout.stageY = 0;
    layout.stageWidth = 400;
    layout.stageHeight = 60;
    // No blue among the demo's categories: the seat map shows the clerk's own held seats blue.
    layout.categories = {category("premium", "Premium", "#c0392b", 6500),
                         category("standard", "Standard", "#d68910", 4500),
                         category("economy", "Economy", "#229954", 2500)};
    layout.seats.reserve(1512);

    SectionSpec stalls;
    stalls.section = QStringLiteral("Stalls");
    stalls.rows = 22;
    stalls.seatsPerRow = 36;
    stalls.aisleAfterSeats = {8, 28};
    stalls.offsetX = 25;
    stalls.offsetY = 80;
    stalls.category = QStringLiteral("standard");
    stalls.rowCategories = {{0, 9, QStringLiteral("premium")}};
    stalls.marks = {{{21, 0}, SeatFlag::Accessible},
                    {{21, 1}, SeatFlag::Companion},
                    {{21, -2}, SeatFlag::Companion},
                    {{21, -1}, SeatFlag::Accessible}};
    for (int place = 16; place < 22; ++place)
        stalls.holds.append({{12, place}, QStringLiteral("House")});
    add(layout, stalls);

    SectionSpec dress;
    dress.section = QStringLiteral("Dress Circle");
    dress.rows = 12;
    dress.seatsPerRow = 40;
    dress.numbering = SeatNumbering::OddLeftEvenRight;
    dress.aisleAfterSeats = {20};
    dress.offsetX = 15;
    dress.offsetY = 570;
    dress.category = QStringLiteral("standard");
    dress.rowCategories = {{0, 2, QStringLiteral("premium")}};
    dress.holds = {{{0, 0}, QStringLiteral("Press")}, {{0, 1}, QStringLiteral("Press")}};
    add(layout, dress);

    SectionSpec upper;
    upper.section = QStringLiteral("Upper Circle");
    upper.rows = 8;
    upper.seatsPerRow = 30;
    upper.curveRadius = 600;
    upper.offsetX = 75;
    upper.offsetY = 810;
    upper.category = QStringLiteral("economy");
    upper.marks = {{{0, 0}, SeatFlag::RestrictedView}, {{0, -1}, SeatFlag::RestrictedView}};
    add(layout, upper);

    layout.standingAreas.append(standing("Stalls standing", "economy", 150, QRectF(20, 480, 400, 60)));
    return layout;
}

VenueLayout DemoVenues::arena()
{
    VenueLayout layout;
    layout.name = QStringLiteral("City Arena");
    layout.width = 3380;
    layout.height = 2920;
    layout.stageX = 900;
    layout.stageY = 940;
    layout.stageWidth = 200;
    layout.stageHeight = 1040;
    layout.categories = {
        category("floor", "Floor", "#8e44ad", 5500), category("lower", "Lower tier", "#c0392b", 7500),
        category("upper", "Upper tier", "#d68910", 4500), category("side", "Side", "#229954", 3500)};
    layout.seats.reserve(19200);

    // Front rows: north at y 900, south at y 2020, west at x 860, east at x 2520; sections are
    // 24 seats (230 units) wide and 270 apart.
    constexpr double step = 270;
    auto section = [](int number, double rotation, double x, double y, bool longSide) {
        SectionSpec spec;
        spec.section = QString::number(number);
        spec.rows = 40;
        spec.seatsPerRow = 24;
        spec.rowLabelling = RowLabelling::Numbers;
        spec.rotationDegrees = rotation;
        spec.offsetX = x;
        spec.offsetY = y;
        spec.category = longSide ? QStringLiteral("upper") : QStringLiteral("side");
        if (longSide)
            spec.rowCategories = {{0, 14, QStringLiteral("lower")}};
        return spec;
    };
    int number = 101;
    for (int k = 0; k < 6; ++k)
        add(layout, section(number++, 180, 2480 - k * step, 900, true));
    for (int k = 0; k < 4; ++k)
        add(layout, section(number++, -90, 2520, 1980 - k * step, false));
    for (int k = 0; k < 6; ++k)
        add(layout, section(number++, 0, 900 + k * step, 2020, true));
    for (int k = 0; k < 4; ++k)
        add(layout, section(number++, 90, 860, 940 + k * step, false));

    layout.standingAreas.append(standing("Floor", "floor", 2000, QRectF(1140, 940, 1340, 1040)));
    return layout;
}

VenueLayout DemoVenues::stadium()
{
    VenueLayout layout;
    layout.name = QStringLiteral("National Stadium");
    layout.width = 7200;
    layout.height = 7200;
    layout.stageX = 2550;
    layout.stageY = 2920;
    layout.stageWidth = 2100;
    layout.stageHeight = 1360;
    layout.categories = {category("lower-front", "Lower front", "#c0392b", 9000),
                         category("lower-back", "Lower back", "#d68910", 7000),
                         category("upper-front", "Upper front", "#8e44ad", 5000),
                         category("upper-back", "Upper back", "#229954", 3500)};
    layout.seats.reserve(99120);

    const QPointF centre(3600, 3600);
    constexpr int sectionsPerTier = 28;
    constexpr double stepDegrees = 360.0 / sectionsPerTier;
    constexpr int halfwayNorth = 21; // the lower section at 270 degrees, above the pitch
    for (int k = 0; k < sectionsPerTier; ++k) {
        SectionSpec lower = tierSection(sectionName("L", k + 1), 36, 40, 1980, "lower");
        lower.marks = {{{0, 0}, SeatFlag::Accessible},
                       {{0, 1}, SeatFlag::Companion},
                       {{0, -2}, SeatFlag::Companion},
                       {{0, -1}, SeatFlag::Accessible}};
        if (k == halfwayNorth) {
            for (int place = 10; place < 30; ++place)
                lower.holds.append({{5, place}, QStringLiteral("Press")});
        }
        faceCentre(lower, centre, k * stepDegrees);
        add(layout, lower);
    }
    for (int k = 0; k < sectionsPerTier; ++k) {
        SectionSpec upper = tierSection(sectionName("U", k + 1), 42, 50, 2760, "upper");
        faceCentre(upper, centre, (k + 0.5) * stepDegrees);
        add(layout, upper);
    }
    return layout;
}

} // namespace tessera
