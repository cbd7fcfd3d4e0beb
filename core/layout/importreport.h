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

} // namespace tessera
