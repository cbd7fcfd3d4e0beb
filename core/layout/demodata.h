#pragma once

#include "core/common/result.h"
#include "core/domain/event.h"
#include "core/domain/layout.h"

#include <QDateTime>

#include <functional>

namespace tessera {

class BoxOffice;

/// One event of the demo data with the layout it is sold on.
struct DemoEvent
{
    Event event;
    VenueLayout layout;
};

/// The demo data a first start creates so that a new user sees a working box office at once:
/// "Hamlet" at the Theatre Royal (DemoVenues::theatre), "Winter Lights Tour" at the City Arena
/// and "Cup Final" at the National Stadium, starting on evenings one, two and three weeks after
/// `now`, in that order. The events are active and pass validateEvent().
QList<DemoEvent> demoEvents(const QDateTime &now);

/// Creates demoEvents(now) through `office`, one after the other, calling
/// progress(stage, done, total) before each ("Creating National Stadium (99,120 seats)", 2, 3).
/// Waits for each event's future, so it must run on a worker thread, never on the GUI thread.
/// Stops at the first error and returns it; the events created before it stay.
Result<QList<Event>>
createDemoData(BoxOffice &office, const QDateTime &now,
               const std::function<void(const QString &stage, int done, int total)> &progress = {});

} // namespace tessera
