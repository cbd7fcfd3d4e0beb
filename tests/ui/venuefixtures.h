#pragma once

// Venues for the seat-map tests: a small hall whose seats sit on a unit grid, a curved theatre of
// about 1,500 seats and plain grids of any size, each put live in a Space.

#include "core/common/clock.h"
#include "core/domain/event.h"
#include "core/domain/layout.h"
#include "core/engine/eventcatalog.h"
#include "core/space/space.h"

#include <QRectF>
#include <QUuid>

#include <cmath>
#include <memory>

namespace tessera::fixtures {

inline QUuid seatUuid(uint n)
{
    return QUuid(0x5eea0000 + n, 0x1b2c, 0x4d3e, 0x8f, 0x40, 0x51, 0x62, 0x73, 0x84, 0x95, 0xa6);
}

inline QList<PriceCategory> threeCategories()
{
    return {
        PriceCategory{QStringLiteral("stalls"), QStringLiteral("Stalls"), QStringLiteral("#2e7d32"), 4500},
        PriceCategory{QStringLiteral("circle"), QStringLiteral("Circle"), QStringLiteral("#f9a825"), 3200},
        PriceCategory{QStringLiteral("gallery"), QStringLiteral("Gallery"), QStringLiteral("#8e24aa"), 1800},
    };
}

inline LayoutSeat makeSeat(uint id, const QString &section, const QString &row, int number, double x,
                           double y, const QString &category)
{
    LayoutSeat seat;
    seat.id = seatUuid(id);
    seat.section = section;
    seat.row = row;
    seat.number = QString::number(number);
    seat.x = x;
    seat.y = y;
    seat.category = category;
    return seat;
}

inline StandingArea makeStanding(const QString &name, const QString &category, int capacity, QRectF box)
{
    StandingArea area;
    area.id = seatUuid(900000);
    area.name = name;
    area.category = category;
    area.capacity = capacity;
    area.x = box.x();
    area.y = box.y();
    area.width = box.width();
    area.height = box.height();
    return area;
}

/// Stalls rows A-D (y 4-7), Circle rows A-B (y 10-11), Gallery row A (y 13), 12 seats a row at
/// x 0-11: 84 seats; seat index = row index * 12 + x. Stalls A-1 is a wheelchair place. A stage
/// in front and a "Floor" standing area of 300 to the right.
inline VenueLayout smallHall()
{
    VenueLayout layout;
    layout.name = QStringLiteral("Small hall");
    layout.width = 22;
    layout.height = 15;
    layout.stageX = 0;
    layout.stageY = 0;
    layout.stageWidth = 12;
    layout.stageHeight = 2;
    layout.categories = threeCategories();
    const struct
    {
        const char *section;
        const char *category;
        int rows;
        int y;
    } blocks[] = {{"Stalls", "stalls", 4, 4}, {"Circle", "circle", 2, 10}, {"Gallery", "gallery", 1, 13}};
    uint id = 1;
    for (const auto &block : blocks) {
        for (int r = 0; r < block.rows; ++r) {
            for (int n = 0; n < 12; ++n)
                layout.seats << makeSeat(id++, QString::fromLatin1(block.section),
                                         QString(QLatin1Char('A' + r)), n + 1, n, block.y + r,
                                         QString::fromLatin1(block.category));
        }
    }
    layout.seats[0].flags = SeatFlag::Accessible;
    layout.standingAreas << makeStanding(QStringLiteral("Floor"), QStringLiteral("stalls"), 300,
                                         QRectF(14, 4, 6, 6));
    return layout;
}

/// A theatre of about 1,500 seats on curved rows around the stage: Stalls (20 rows), Circle (10)
/// and Gallery (6), each row in three blocks with aisles, wheelchair places at the back of the
/// stalls, a few house seats blocked, and a standing promenade.
inline VenueLayout theatre()
{
    VenueLayout layout;
    layout.name = QStringLiteral("Theatre");
    layout.stageX = -10;
    layout.stageY = 0;
    layout.stageWidth = 20;
    layout.stageHeight = 4;
    layout.categories = threeCategories();
    const struct
    {
        const char *section;
        const char *category;
        int rows;
        int seats;
        double firstRadius;
    } blocks[] = {{"Stalls", "stalls", 20, 40, 20},
                  {"Circle", "circle", 10, 44, 44},
                  {"Gallery", "gallery", 6, 44, 56}};
    uint id = 1;
    for (const auto &block : blocks) {
        for (int r = 0; r < block.rows; ++r) {
            const double radius = block.firstRadius + r * 1.05;
            const int third = block.seats / 3;
            for (int n = 0; n < block.seats; ++n) {
                // Unit pitch along the arc, two aisles 1.6 wide.
                const double along = n - (block.seats - 1) / 2.0 + (n >= third ? 1.6 : 0)
                                     + (n >= block.seats - third ? 1.6 : 0) - 1.6;
                const double angle = along / radius;
                layout.seats << makeSeat(id++, QString::fromLatin1(block.section),
                                         QString(QLatin1Char('A' + r)), n + 1, radius * std::sin(angle),
                                         radius * std::cos(angle) - 12, QString::fromLatin1(block.category));
            }
        }
    }
    // Wheelchair places and companions at both ends of the last stalls row.
    const qsizetype lastRow = 19 * 40;
    for (const qsizetype i : {lastRow, lastRow + 1, lastRow + 38, lastRow + 39})
        layout.seats[i].flags = SeatFlag::Accessible;
    for (const qsizetype i : {lastRow + 2, lastRow + 37})
        layout.seats[i].flags = SeatFlag::Companion;
    for (const qsizetype i : {qsizetype(40 * 10 + 19), qsizetype(40 * 10 + 20)}) {
        layout.seats[i].blocked = true;
        layout.seats[i].blockReason = QStringLiteral("House seats");
    }
    layout.standingAreas << makeStanding(QStringLiteral("Promenade"), QStringLiteral("gallery"), 120,
                                         QRectF(-12, 52, 24, 5));
    return layout;
}

/// rows x columns seats at unit pitch, one category per third of the rows, no stage.
inline VenueLayout grid(int rows, int columns)
{
    VenueLayout layout;
    layout.name = QStringLiteral("Grid");
    layout.categories = threeCategories();
    uint id = 1;
    for (int r = 0; r < rows; ++r) {
        const QString category = layout.categories[std::min(2, r * 3 / rows)].id;
        for (int c = 0; c < columns; ++c)
            layout.seats << makeSeat(id++, QStringLiteral("Block"), QString::number(r + 1), c + 1, c, r,
                                     category);
    }
    return layout;
}

/// A layout put live: a Space on a manual clock, the event in it and its catalog entry.
struct LiveVenue
{
    ManualClock clock;
    Space space{&clock};
    std::shared_ptr<const CatalogEntry> entry;
    EventSpace *event = nullptr;
};

inline std::unique_ptr<LiveVenue> makeLive(VenueLayout layout)
{
    auto live = std::make_unique<LiveVenue>();
    const quint32 index = live->space.addEvent(toSpaceLayout(layout));
    Event event;
    event.id = seatUuid(800000);
    event.name = layout.name + QStringLiteral(" night");
    live->entry = makeCatalogEntry(index, event, std::move(layout));
    live->event = live->space.event(index);
    return live;
}

} // namespace tessera::fixtures
