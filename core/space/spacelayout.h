#pragma once

#include <QString>
#include <QtGlobal>

#include <vector>

namespace tessera {

/// A run of seats that sit side by side in one row with no aisle between them: seat indices
/// [first, first + count). Best-available picks seats "together" inside one block.
struct SeatBlock
{
    quint32 first = 0;
    quint32 count = 0;
    quint32 row = 0; ///< row index (rows are numbered across the whole venue)
};

/// The static shape of one event's seating as the space needs it: flat arrays indexed by seat
/// index (layout order) and by standing-area index. Built from a VenueLayout by the BoxOffice.
struct SpaceLayout
{
    std::vector<float> x; ///< seat centre, layout units
    std::vector<float> y;
    std::vector<quint16> category; ///< price-category index per seat
    std::vector<float> rank;       ///< lower is better; empty = derived from distance to stage
    std::vector<bool> initiallyBlocked;
    std::vector<SeatBlock> blocks; ///< empty = derived from rows of equal y and x gaps
    std::vector<quint32> standingCapacity;
    std::vector<quint16> standingCategory;
    float stageX = 0; ///< where the best seats look at
    float stageY = 0;

    qsizetype seatCount() const { return static_cast<qsizetype>(x.size()); }
    qsizetype standingCount() const { return static_cast<qsizetype>(standingCapacity.size()); }

    /// Fills rank and blocks when empty and checks that every array has the seat count; returns an
    /// empty string when the layout is usable, else what is wrong.
    QString complete();

    /// A rectangular house for tests, benchmarks and the headless simulation: rows x seatsPerRow,
    /// one category per third of the rows, unit spacing, stage in front of row 0.
    static SpaceLayout grid(int rows, int seatsPerRow, int categories = 1);
};

} // namespace tessera
