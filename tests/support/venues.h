#pragma once

// Small venues and events for tests: hand-made so a test can name every seat.

#include "core/domain/event.h"
#include "core/domain/layout.h"

namespace tessera::test {

/// A hall with `rows` rows (A, B, ...) of `seatsPerRow` seats, two price categories (front row
/// "front" at 50.00, the rest "rear" at 25.00) and optionally a standing area "Floor".
VenueLayout smallHall(int rows = 3, int seatsPerRow = 6, int standingCapacity = 0);
/// An event at 20:00 UTC a week from today, lasting three hours: always in the future, so on sale.
Event concert(const QString &name = QStringLiteral("Evening Concert"));

} // namespace tessera::test
