#pragma once

#include "core/domain/layout.h"

namespace tessera {

/// Ready-made layouts for the demo data a first start creates. Each passes validateLayout() and
/// validateForSave() without errors (no overlapping seats), has a stage or pitch rectangle, and
/// is the same every call apart from the random seat and area ids. Layout units: a seat is 10
/// wide and rows are 18 apart (about 5 cm per unit).
class DemoVenues final
{
public:
    /// "Theatre Royal", 1,512 seats and 150 standing: stalls (22 rows, two aisles), a dress
    /// circle numbered odd/even from the centre, a curved upper circle; categories premium,
    /// standard and economy; accessible and companion places at the ends of the last stalls row;
    /// six house seats and two press seats blocked; a standing area at the back of the stalls.
    static VenueLayout theatre();

    /// "City Arena", 19,200 seats in 20 sections on the four sides of a floor with 2,000 standing
    /// places and a stage at its west end; categories floor, lower, upper and side.
    static VenueLayout arena();

    /// "National Stadium", 99,120 seats: a round bowl of 56 sections (28 lower, 28 upper tier)
    /// with curved rows facing the pitch; categories lower front, lower back, upper front and
    /// upper back; accessible places in the front rows and press seats at the halfway line.
    static VenueLayout stadium();
};

} // namespace tessera
