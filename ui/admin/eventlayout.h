#pragma once

// Seating plans an event can be created with from the event dialog: a generated hall of rows x
// seats (with an optional standing area), one of the demo venues, or a pretix / CSV file.
// Editing a plan seat by seat is the layout editor's job.

#include "core/common/result.h"
#include "core/domain/event.h"
#include "core/layout/importreport.h"

namespace tessera {

class LayoutProgress;

/// A rectangular hall: `rows` rows of `seatsPerRow` seats in one price category, row letters
/// from A (without I and O), seats numbered from 1 left to right, the stage at the top, and
/// a standing area of `standingCapacity` places behind the seats when it is not 0.
struct GeneratedHall
{
    int rows = 10;
    int seatsPerRow = 20;
    qint64 priceCents = 3000;
    int standingCapacity = 0;
    qint64 standingPriceCents = 2000;
};

/// The hall as a layout named `venue` (seat and area ids are left null: createEvent assigns
/// them). Seated events get no standing area and standing events no seats, whatever `hall` says.
VenueLayout generatedHallLayout(const QString &venue, const GeneratedHall &hall, EventKind kind);

/// The demo venues offered in the dialog, by index: theatre, arena, stadium.
QStringList demoVenueNames();
/// The demo venue of that index (as DemoVenues makes it). Builds up to 100,000 seats: call it off
/// the GUI thread for the stadium.
VenueLayout demoVenueLayout(int index);

/// Reads a seating plan from a file: pretix JSON (".json") or the seat CSV (anything else).
/// The error names the file and the problem. `progress` (may be null) is advanced while reading
/// and stops the work when cancelled (see LayoutProgress).
Result<ImportReport> importLayoutFile(const QString &path, LayoutProgress *progress = nullptr);

/// The layout with every seat and standing-area id cleared, for creating a copy of an event.
VenueLayout withNewIds(VenueLayout layout);

/// The event kind that fits a layout: Seated, Standing or Mixed.
EventKind kindOfLayout(const VenueLayout &layout);

} // namespace tessera
