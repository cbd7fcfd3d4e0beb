#pragma once

#include "core/space/spacelayout.h"

#include <atomic>
#include <vector>

namespace tessera {

/// Chooses `quantity` available seats for a "best available" request, in `category` unless it is
/// kAnyCategory (0xffff). Prefers seats side by side inside one block (a row without an aisle),
/// the block window with the lowest summed rank winning, and never picks a window that would
/// leave one isolated free seat next to it when another window of the same request avoids that.
/// When no block has enough seats together, it takes the best free seat and the free seats
/// nearest to it (the nearest block). Returns an empty list when fewer seats are free. Pure
/// function of the layout and the state array; the caller holds the event's lock.
std::vector<quint32> findBestAvailable(const SpaceLayout &layout, const std::atomic<quint8> *state,
                                       quint32 quantity, quint16 category);

} // namespace tessera
