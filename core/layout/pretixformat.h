#pragma once

// The pretix seating-plan JSON format (schema version 0.0.1, ../shared/data): zones hold rows,
// rows hold seats, and a position is relative to its parent (zone + row + seat).

#include "core/common/result.h"
#include "core/domain/layout.h"
#include "core/layout/importreport.h"

#include <QByteArray>

namespace tessera {

class LayoutProgress;

/// Reads and writes pretix seating plans.
///
/// Mapping: a zone is a section (its name), row_number is the row, seat_number the number,
/// seat_guid the seat id (a guid that is not a UUID becomes a name-based UUID, the same on every
/// import), a pretix category (name, color) is a PriceCategory with that name and colour and a
/// key made from the name. The format has no prices, seat flags or blocked seats: imported
/// categories cost 0 and the report says so. Zone areas whose text is "Stage" give the stage
/// rectangle; areas whose text reads "<name> (<capacity> standing)" become standing areas, in
/// the category of their colour. Positions are whole layout units (the schema's integers).
class PretixFormat final
{
public:
    /// Reads a plan. Keys the schema does not define are ignored and listed as warnings
    /// ("ignored key zones[0].rows[3].row_label"); so are areas that are neither stage nor
    /// standing. A broken plan (invalid JSON, a wrong type, a missing required key, an empty
    /// seat number, a seat in an undefined category, a seat_guid or seat label used twice)
    /// yields InvalidInput naming the place, for example
    /// `zones[1].rows[4].seats[7].category: "VIP" is not a defined category`, and nothing else.
    /// `progress` (may be null) is advanced while parsing and row by row; when it is cancelled
    /// the result is LayoutProgress::cancelledError().
    static Result<ImportReport> import(const QByteArray &json, LayoutProgress *progress = nullptr);

    /// Writes a plan that import() reads back with the same seats (ids, sections, rows, numbers,
    /// categories), positions rounded to whole units, categories by name and colour, the stage
    /// and the standing areas. Consecutive seats of one section form a zone, consecutive seats
    /// of one row within it a row; a last zone "Stage and standing" holds the areas (when there are any).
    /// `progress` (may be null) is advanced row by row; when it is cancelled the result is empty.
    static QByteArray exportLayout(const VenueLayout &layout, LayoutProgress *progress = nullptr);
};

} // namespace tessera
