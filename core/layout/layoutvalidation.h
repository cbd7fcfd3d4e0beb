#pragma once

// The checks the layout editor runs before saving. Unlike validateLayout(), which stops at the
// first fault, these list every problem with the place on the map it concerns.

#include "core/domain/layout.h"

#include <QList>
#include <QPointF>
#include <QString>

#include <optional>

namespace tessera {

/// One thing wrong with a layout, pointing at a seat or standing area and a place on the map.
struct LayoutProblem
{
    enum class Severity {
        Error,   ///< the layout must not be saved like this
        Warning, ///< worth a look, saving is allowed
    };

    Severity severity = Severity::Error;
    QString message;         ///< "Stalls B-7 at (12.0, 4.5) overlaps Stalls B-8"
    qsizetype seat = -1;     ///< index into VenueLayout::seats, or -1
    qsizetype standing = -1; ///< index into VenueLayout::standingAreas, or -1
    QPointF where;           ///< the place on the map to show

    friend bool operator==(const LayoutProblem &, const LayoutProblem &) = default;
};

/// What validateForSave() checks beyond the layout itself.
struct LayoutCheckOptions
{
    /// The capacity the venue declares; when set, seats plus standing places must add up to it.
    std::optional<qint64> declaredCapacity;
    /// Seats closer than this overlap; 0 means half the usual distance between neighbouring
    /// seats of a row (the median over the layout).
    double minimumSeatDistance = 0;
};

/// Every problem that should stop (errors) or give pause (warnings) before saving: invalid or
/// duplicate categories, nil or duplicate seat ids, duplicate labels (section, row, number),
/// seats without a number, seats without a category or with an unknown one, non-finite
/// positions, overlapping seats (found with a grid index, O(n log n)), standing areas with a
/// non-positive capacity, an unknown category or overlapping another, unused categories
/// (warning), and the capacity total when options.declaredCapacity is set. Problems come in
/// that order; the list is empty for a layout that is fine.
QList<LayoutProblem> validateForSave(const VenueLayout &layout, const LayoutCheckOptions &options = {});

/// True when the list holds at least one error (warnings alone do not stop saving).
bool hasErrors(const QList<LayoutProblem> &problems);

} // namespace tessera
