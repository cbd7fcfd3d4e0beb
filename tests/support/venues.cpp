#include "tests/support/venues.h"

#include "core/common/ids.h"

namespace tessera::test {

VenueLayout smallHall(int rows, int seatsPerRow, int standingCapacity)
{
    VenueLayout layout;
    layout.name = QStringLiteral("Small Hall");
    layout.width = seatsPerRow + 2;
    layout.height = rows + 4;
    layout.stageX = 1;
    layout.stageY = 0;
    layout.stageWidth = seatsPerRow;
    layout.stageHeight = 1;
    layout.categories = {
        PriceCategory{QStringLiteral("front"), QStringLiteral("Front"), QStringLiteral("#c0392b"), 5000},
        PriceCategory{QStringLiteral("rear"), QStringLiteral("Rear"), QStringLiteral("#2980b9"), 2500}};
    for (int r = 0; r < rows; ++r) {
        for (int n = 1; n <= seatsPerRow; ++n) {
            LayoutSeat seat;
            seat.id = newUuid();
            seat.section = QStringLiteral("Stalls");
            seat.row = QString(QChar(u'A' + r));
            seat.number = QString::number(n);
            seat.x = n;
            seat.y = r + 2;
            seat.category = r == 0 ? QStringLiteral("front") : QStringLiteral("rear");
            layout.seats.append(seat);
        }
    }
    if (standingCapacity > 0) {
        StandingArea floor;
        floor.id = newUuid();
        floor.name = QStringLiteral("Floor");
        floor.category = QStringLiteral("rear");
        floor.capacity = standingCapacity;
        floor.x = 0;
        floor.y = rows + 2.5;
        floor.width = seatsPerRow + 2;
        floor.height = 1.5;
        layout.standingAreas.append(floor);
    }
    return layout;
}

Event concert(const QString &name)
{
    Event event;
    event.name = name;
    event.venue = QStringLiteral("Small Hall");
    event.description = QStringLiteral("A test event");
    event.startTime = QDateTime(QDateTime::currentDateTimeUtc().date().addDays(7), QTime(20, 0), Qt::UTC);
    event.endTime = event.startTime.addSecs(3 * 3600);
    event.kind = EventKind::Mixed;
    event.holdTimeSeconds = 600;
    return event;
}

} // namespace tessera::test
