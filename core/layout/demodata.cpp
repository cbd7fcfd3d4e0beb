#include "core/layout/demodata.h"

#include "core/boxoffice/boxoffice.h"
#include "core/layout/demovenues.h"

#include <QCoreApplication>
#include <QLocale>

namespace tessera {

namespace {

DemoEvent makeDemo(VenueLayout layout, const QString &name, const QString &description,
                   const QDateTime &start, int hours)
{
    DemoEvent demo;
    demo.event.name = name;
    demo.event.description = description;
    demo.event.venue = layout.name;
    demo.event.startTime = start;
    demo.event.endTime = start.addSecs(hours * 3600);
    demo.event.kind = layout.standingAreas.isEmpty() ? EventKind::Seated : EventKind::Mixed;
    demo.event.status = EventStatus::Active;
    demo.layout = std::move(layout);
    return demo;
}

/// An evening `days` after `now`, at 19:30 local time, as UTC.
QDateTime eveningAfter(const QDateTime &now, int days)
{
    const QDate date = now.toLocalTime().date().addDays(days);
    return QDateTime(date, QTime(19, 30)).toUTC();
}

} // namespace

QList<DemoEvent> demoEvents(const QDateTime &now)
{
    return {
        makeDemo(DemoVenues::theatre(), QStringLiteral("Hamlet"),
                 QStringLiteral("Shakespeare's tragedy in a new production."), eveningAfter(now, 7), 3),
        makeDemo(DemoVenues::arena(), QStringLiteral("Winter Lights Tour"),
                 QStringLiteral("An evening of songs under the arena lights."), eveningAfter(now, 14), 3),
        makeDemo(DemoVenues::stadium(), QStringLiteral("Cup Final"),
                 QStringLiteral("The last match of the season."), eveningAfter(now, 21), 2),
    };
}

Result<QList<Event>> createDemoData(BoxOffice &office, const QDateTime &now,
                                    const std::function<void(const QString &, int, int)> &progress)
{
    const QList<DemoEvent> demos = demoEvents(now);
    QList<Event> created;
    const QLocale locale;
    for (const DemoEvent &demo : demos) {
        if (progress) {
            const qsizetype places = demo.layout.seats.size();
            progress(QCoreApplication::translate("tessera::DemoData", "Creating %1 (%2 seats)")
                         .arg(demo.layout.name, locale.toString(places)),
                     static_cast<int>(created.size()), static_cast<int>(demos.size()));
        }
        Result<Event> event = office.createEvent(demo.event, demo.layout).result();
        if (!event)
            return event.error();
        created.append(*event);
    }
    if (progress)
        progress(QCoreApplication::translate("tessera::DemoData", "Demo data ready"),
                 static_cast<int>(created.size()), static_cast<int>(demos.size()));
    return created;
}

} // namespace tessera
