#pragma once

#include "core/common/result.h"

#include <QFlags>
#include <QList>
#include <QString>
#include <QUuid>

namespace tessera {

/// A price band of a layout, for example "Stalls" at 45.00. Seats and standing areas refer to it
/// by its short key `id`, which is unique within the layout.
struct PriceCategory
{
    QString id;     ///< short key: 1 to 32 of A-Z a-z 0-9 _ -
    QString name;   ///< shown to clerks; not empty
    QString colour; ///< "#rrggbb"
    qint64 priceCents = 0;

    friend bool operator==(const PriceCategory &, const PriceCategory &) = default;
};

/// Properties of a seat that matter when selling it. Wire names: accessible, companion,
/// restricted_view.
enum class SeatFlag {
    Accessible = 0x1,     ///< wheelchair place
    Companion = 0x2,      ///< next to an accessible place, for a companion
    RestrictedView = 0x4, ///< sold with a warning
};
Q_DECLARE_FLAGS(SeatFlags, SeatFlag)
Q_DECLARE_OPERATORS_FOR_FLAGS(SeatFlags)

/// One numbered seat of a layout, at (x, y) in layout units.
struct LayoutSeat
{
    QUuid id;
    QString section; ///< may be empty for venues without sections
    QString row;     ///< may be empty for venues without rows
    QString number;  ///< not empty
    double x = 0;
    double y = 0;
    QString category; ///< PriceCategory::id
    SeatFlags flags;
    bool blocked = false; ///< held back by the house (press, technical, house seats)
    QString blockReason;

    /// "Stalls B-7": section, row and number, leaving out the parts that are empty.
    QString label() const;

    friend bool operator==(const LayoutSeat &, const LayoutSeat &) = default;
};

/// A standing area: a number of interchangeable places, drawn as a rectangle.
struct StandingArea
{
    QUuid id;
    QString name;     ///< not empty
    QString category; ///< PriceCategory::id
    int capacity = 0;
    double x = 0;
    double y = 0;
    double width = 0;
    double height = 0;

    friend bool operator==(const StandingArea &, const StandingArea &) = default;
};

/// The seating plan of a venue: the price categories, every seat and every standing area.
/// Seats are one flat list in layout order (section, then row, then number) because the engine
/// turns them into flat arrays indexed by position.
struct VenueLayout
{
    QString name;
    double width = 0;
    double height = 0;
    double stageX = 0; ///< the stage marker, in layout units
    double stageY = 0;
    double stageWidth = 0;
    double stageHeight = 0;
    QList<PriceCategory> categories;
    QList<LayoutSeat> seats;
    QList<StandingArea> standingAreas;

    /// Seats plus the capacities of the standing areas (at most kMaxLayoutPlaces in a layout that
    /// validateLayout() accepts).
    qint64 placeCount() const;

    /// The label of seats[index], for example "Stalls B-7".
    QString seatLabel(qsizetype index) const { return seats.at(index).label(); }

    /// The category with key `id`, or nullptr. The pointer is valid until categories changes.
    const PriceCategory *findCategory(QStringView id) const;

    friend bool operator==(const VenueLayout &, const VenueLayout &) = default;
};

/// Checks one price category: a short key, a name, a "#rrggbb" colour and a non-negative price.
Status validatePriceCategory(const PriceCategory &category);

/// Bounds that validateLayout() enforces: coordinates and sizes within kMaxLayoutCoordinate of 0,
/// at most kMaxStandingCapacity places in one standing area and kMaxLayoutPlaces places (seats
/// and standing places) in one layout, so that every total fits the int of Event::totalTickets.
inline constexpr double kMaxLayoutCoordinate = 10'000'000.0;
inline constexpr int kMaxStandingCapacity = 1'000'000;
inline constexpr qint64 kMaxLayoutPlaces = 10'000'000;
/// The longest block reason ("Press", "Broken seat") a seat keeps.
inline constexpr int kMaxBlockReasonLength = 100;

/// Checks a whole layout: valid and unique price categories, a non-nil id used once for every
/// seat and standing area, no two seats with the same section, row and number, a number on every
/// seat, only defined categories, finite coordinates and sizes within the bounds above, no
/// negative sizes or capacities, no more places than the bounds above.
/// The message names the seat, area or category at fault, for example
/// `seat Stalls B-7: category "vip" is not defined`.
Status validateLayout(const VenueLayout &layout);

/// True when `text` is a colour of the form "#rrggbb" (hex digits in either case).
bool isHexColour(QStringView text);

} // namespace tessera
