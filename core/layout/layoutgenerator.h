#pragma once

// Section builder of the layout editor: turns "rows x seats per row" plus a numbering scheme,
// geometry and marks (categories, flags, blocked seats) into LayoutSeats.

#include "core/common/result.h"
#include "core/domain/layout.h"

#include <QList>
#include <QString>

namespace tessera {

class LayoutProgress;

/// How seats are numbered along a row, seen in the section's own frame (x grows to the right).
enum class SeatNumbering {
    LeftToRight,      ///< first, first+1, ... from the left end
    RightToLeft,      ///< first, first+1, ... from the right end
    OddLeftEvenRight, ///< centre-out: odd numbers on the left half, even on the right half
    EvenLeftOddRight, ///< centre-out: even numbers on the left half, odd on the right half
    OddFromLeft,      ///< one side of the house, odd numbers only: first, first+2, ... from the
                      ///< left end (an even `first` is raised to the next odd number)
    OddFromRight,     ///< odd numbers only, counted from the right end
    EvenFromLeft,     ///< the other side, even numbers only, from the left end (an odd `first`
                      ///< is raised to the next even number)
    EvenFromRight,    ///< even numbers only, counted from the right end
};

/// How rows are labelled, starting at SectionSpec::firstRow.
enum class RowLabelling {
    Letters, ///< A..Z without I and O, then AA, AB, ... (1 = "A", 24 = "Z", 25 = "AA")
    Numbers, ///< 1, 2, 3, ...
};

/// A seat of a section by row (0 = front row) and place in the row counted from the left end
/// (0 = leftmost). A negative place counts from the right end: -1 is the rightmost seat.
struct SeatRef
{
    int row = 0;
    int place = 0;
};

/// A price category for the rows [firstRow, lastRow] (0-based, inclusive) of a section.
struct RowCategory
{
    int firstRow = 0;
    int lastRow = 0;
    QString category; ///< PriceCategory::id
};

/// Flags (accessible, companion, restricted view) for one seat of a section.
struct SeatMark
{
    SeatRef seat;
    SeatFlags flags;
};

/// A seat the house holds back (house seats, press, technical), with the reason shown to clerks.
struct SeatHold
{
    SeatRef seat;
    QString reason;
};

/// Everything that describes one generated section. Geometry is in layout units. In the section's
/// own frame the front row lies on y = 0 (rows grow towards +y, away from the stage) and seats run
/// from x = 0 towards +x. Curved rows bend around a focus point at (rowWidth / 2, -curveRadius):
/// row r lies on the arc of radius curveRadius + r * rowSpacing and keeps seatPitch as arc length
/// between seats. The frame is then rotated by `rotationDegrees` (clockwise on screen, y down)
/// around its origin and moved by (offsetX, offsetY).
struct SectionSpec
{
    QString section; ///< the section name every seat gets; may be empty
    int rows = 1;
    int seatsPerRow = 1;
    SeatNumbering numbering = SeatNumbering::LeftToRight;
    RowLabelling rowLabelling = RowLabelling::Letters;
    int firstRow = 1;  ///< label of the front row: 1 = "A" or "1"
    int firstSeat = 1; ///< first seat number
    double seatPitch = 10;
    double rowSpacing = 18;
    double rotationDegrees = 0;
    double curveRadius = 0; ///< 0 = straight rows
    double offsetX = 0;
    double offsetY = 0;
    int aisleEvery = 0;         ///< a gap after every k seats from the left (0 = none)
    QList<int> aisleAfterSeats; ///< gaps after these places from the left, 1-based; for
                                ///< LeftToRight numbering from 1 these are the seat numbers
    double aisleWidth = 20;     ///< extra space an aisle adds between two seats
    QString category;           ///< for rows that no RowCategory covers
    QList<RowCategory> rowCategories;
    QList<SeatMark> marks;
    QList<SeatHold> holds;
};

/// Generates sections. Deterministic apart from the seat ids (newUuid()); seats come in layout
/// order: rows front to back, seats left to right within a row (the physical order best-available
/// needs), whatever the numbering.
class LayoutGenerator final
{
public:
    /// The label of the index-th row (1-based): "A".."H", "J".."N", "P".."Z", "AA", ... or "7".
    static QString rowLabel(int index, RowLabelling labelling);

    /// The numbers of a row of `count` seats from left to right, for example {5, 3, 1, 2, 4, 6} for
    /// six seats numbered OddLeftEvenRight from 1. With an odd count the odd side has one more.
    static QList<int> seatNumbers(int count, SeatNumbering numbering, int first = 1);

    /// The seats of one section, or InvalidInput naming the bad field ("seatsPerRow: must be at
    /// least 1", "marks[2]: row 40 is outside the section"). Does not check categories.
    /// `progress` (may be null) is advanced row by row; when it is cancelled the result is
    /// LayoutProgress::cancelledError().
    static Result<QList<LayoutSeat>> generateSection(const SectionSpec &spec,
                                                     LayoutProgress *progress = nullptr);

    /// Generates a section and appends its seats to `layout`, keeping layout order. Fails without
    /// changing the layout when the spec is invalid, a category it names is not defined in the
    /// layout, or the layout already has seats of a section with that name.
    static Status appendSection(VenueLayout &layout, const SectionSpec &spec);
};

} // namespace tessera
