#pragma once

#include "core/domain/layout.h"

#include <QStringList>

namespace tessera {

/// What an import produced: a layout that passes validateLayout() and what was noticed but not
/// fatal (ignored keys, colours replaced, data the format cannot carry), for the editor to show.
struct ImportReport
{
    VenueLayout layout;
    QStringList warnings;
};

/// Carries over to an imported layout what files often do not say, from the layout it replaces,
/// so that importing a file again (an export, edited) does not silently put house seats on sale
/// or make them free: the block (with its reason) and the accessibility flags of each seat with
/// the same section, row and number, and the price of each category of the same name that the
/// import priced at 0 (pretix plans carry no prices). Returns one sentence per kind of thing
/// kept, for the user; empty when nothing was.
QStringList keepFromCurrent(const VenueLayout &current, VenueLayout &imported);

} // namespace tessera
