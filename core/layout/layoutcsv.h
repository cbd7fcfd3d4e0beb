#pragma once

// Seats as CSV: one line per seat with the columns section,row,number,category,price,x,y.

#include "core/common/result.h"
#include "core/domain/layout.h"
#include "core/layout/importreport.h"

#include <QByteArray>
#include <QString>

namespace tessera {

class LayoutProgress;

/// Reads and writes the seat CSV of the layout editor (RFC 4180: comma separated, fields with a
/// comma, quote or line break in double quotes, quotes doubled; CRLF or LF line ends; UTF-8).
/// The first line names the columns section,row,number,category,price,x,y in any order; other
/// columns are ignored with a warning. price is a whole number of cents, x and y are numbers
/// with a '.' decimal point.
class LayoutCsv final
{
public:
    /// Reads seats in file order. Each distinct (category, price) pair becomes a PriceCategory
    /// named after the category (with the price added when one name comes with several prices)
    /// and a colour from a palette; seats get new ids. Any bad line fails the whole import with
    /// InvalidInput listing the problems one per line, for example
    /// `line 14: price "12,50" is not a number of cents`, and nothing is imported.
    /// `progress` (may be null) is advanced every few hundred lines; when it is cancelled the
    /// result is LayoutProgress::cancelledError().
    static Result<ImportReport> import(const QByteArray &csv, const QString &layoutName = {},
                                       LayoutProgress *progress = nullptr);

    /// Writes the header and one line per seat in layout order: the category column holds the
    /// category name, price its price in cents, x and y the shortest exact decimal form.
    /// Standing areas, flags and blocks are not part of the format. `progress` (may be null) is
    /// advanced every few hundred seats; when it is cancelled the result is empty.
    static QByteArray exportLayout(const VenueLayout &layout, LayoutProgress *progress = nullptr);
};

} // namespace tessera
