// tessera-cli events list | events create

#include "core/cli/clicontext_p.h"
#include "core/cli/clilayoutfile_p.h"
#include "core/common/ids.h"
#include "core/domain/json.h"
#include "core/layout/layoutgenerator.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace tessera::cli {

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("tessera::cli", text);
}

std::optional<QDateTime> parseTime(const QString &text)
{
    if (auto rfc = parseRfc3339(text))
        return rfc;
    for (const QString &format : {u"yyyy-MM-dd HH:mm"_s, u"yyyy-MM-ddTHH:mm"_s, u"yyyy-MM-dd HH:mm:ss"_s}) {
        QDateTime t = QDateTime::fromString(text.trimmed(), format);
        if (t.isValid())
            return t.toUTC();
    }
    return std::nullopt;
}

CliExit listEvents(Context &c)
{
    CliExit exit = CliExit::Done;
    auto office = c.openAny(exit);
    if (!office)
        return exit;
    Result<QList<Event>> events = await(office->box().events());
    if (!events)
        return c.fail(exitFor(events.error()), events.error().message);
    if (c.parser.isSet(u"json"_s)) {
        QJsonArray array;
        for (const Event &e : *events)
            array.append(toJson(e));
        c.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return CliExit::Done;
    }
    if (events->isEmpty()) {
        c.out << tr("No events.") << Qt::endl;
        return CliExit::Done;
    }
    for (const Event &e : *events) {
        c.out << uuidText(e.id) << "  " << e.name << "  " << e.venue << "  "
              << e.startTime.toUTC().toString(u"yyyy-MM-dd HH:mm"_s) << " UTC  "
              << tr("%1 of %2 available").arg(e.availableTickets).arg(e.totalTickets) << "  "
              << wireName(e.status) << Qt::endl;
    }
    return CliExit::Done;
}

/// rows x seats per row in one section "Hall", one category at `price`.
VenueLayout generatedLayout(int rows, int seatsPerRow, qint64 price, const QString &venue)
{
    VenueLayout layout;
    layout.name = venue;
    layout.categories.append(PriceCategory{u"standard"_s, u"Standard"_s, u"#0d9488"_s, price});
    if (rows > 0) {
        SectionSpec spec;
        spec.section = u"Hall"_s;
        spec.rows = rows;
        spec.seatsPerRow = seatsPerRow;
        spec.category = u"standard"_s;
        spec.offsetY = 40;
        static_cast<void>(LayoutGenerator::appendSection(layout, spec));
        layout.width = seatsPerRow * spec.seatPitch + 20;
        layout.height = 40 + rows * spec.rowSpacing + 20;
        layout.stageWidth = layout.width;
        layout.stageHeight = 20;
    }
    return layout;
}

CliExit createEvent(Context &c)
{
    const QString name = c.parser.value(u"name"_s).trimmed();
    const QString venue = c.parser.value(u"venue"_s).trimmed();
    if (name.isEmpty() || venue.isEmpty() || !c.parser.isSet(u"start"_s) || !c.parser.isSet(u"end"_s))
        return c.fail(CliExit::Usage, tr("events create needs --name, --venue, --start and --end"));
    const auto start = parseTime(c.parser.value(u"start"_s));
    const auto end = parseTime(c.parser.value(u"end"_s));
    if (!start || !end)
        return c.fail(CliExit::Usage,
                      tr("--start and --end take a time like 2027-03-12T20:00:00Z or \"2027-03-12 20:00\""));
    if (*end <= QDateTime::currentDateTimeUtc())
        return c.fail(CliExit::Usage, tr("--end is in the past: an event that has ended cannot be sold"));
    if (*end <= *start)
        return c.fail(CliExit::Usage, tr("--end must be after --start"));
    const bool rowsGiven = c.parser.isSet(u"rows"_s) || c.parser.isSet(u"seats-per-row"_s);
    const bool layoutGiven = c.parser.isSet(u"layout"_s);
    if (rowsGiven && layoutGiven)
        return c.fail(CliExit::Usage, tr("give either --rows and --seats-per-row or --layout, not both"));
    if (rowsGiven && !(c.parser.isSet(u"rows"_s) && c.parser.isSet(u"seats-per-row"_s)))
        return c.fail(CliExit::Usage, tr("--rows and --seats-per-row go together"));
    const auto rows = intOption(c, u"rows"_s, 0, 1, 500);
    const auto perRow = intOption(c, u"seats-per-row"_s, 0, 1, 500);
    const auto standing = intOption(c, u"standing"_s, 0, 0, 1'000'000);
    if (!rows || !perRow || !standing)
        return CliExit::Usage;
    std::optional<qint64> price = 0;
    if (c.parser.isSet(u"price"_s) && !(price = parsePrice(c.parser.value(u"price"_s))))
        return c.fail(CliExit::Usage, tr("--price takes an amount like 25 or 25.50"));
    if (!rowsGiven && !layoutGiven && *standing == 0)
        return c.fail(CliExit::Usage,
                      tr("an event needs seats (--rows and --seats-per-row, or --layout) or --standing"));

    VenueLayout layout;
    if (layoutGiven) {
        Result<ImportReport> imported = readLayoutFile(c.parser.value(u"layout"_s));
        if (!imported)
            return c.fail(CliExit::Usage, imported.error().message);
        for (const QString &warning : imported->warnings)
            c.err << tr("warning: %1").arg(warning) << Qt::endl;
        layout = imported->layout;
    } else {
        layout = generatedLayout(int(*rows), int(*perRow), *price, venue);
    }
    if (*standing > 0) {
        if (layout.categories.isEmpty())
            layout.categories.append(PriceCategory{u"standard"_s, u"Standard"_s, u"#0d9488"_s, *price});
        StandingArea area;
        area.id = newUuid();
        area.name = tr("Standing");
        area.category = layout.categories.front().id;
        area.capacity = int(*standing);
        area.y = layout.height;
        area.width = std::max(100.0, layout.width);
        area.height = 60;
        layout.height += 80;
        layout.standingAreas.append(area);
    }
    if (layout.seats.isEmpty() && layout.standingAreas.isEmpty())
        return c.fail(CliExit::Usage,
                      tr("%1 has no seats and no standing areas; an event needs places to sell")
                          .arg(c.parser.value(u"layout"_s)));

    Event event;
    event.name = name;
    event.venue = venue;
    event.startTime = *start;
    event.endTime = *end;
    event.description = c.parser.value(u"description"_s);
    event.kind = layout.seats.isEmpty()           ? EventKind::Standing
                 : layout.standingAreas.isEmpty() ? EventKind::Seated
                                                  : EventKind::Mixed;

    CliExit exit = CliExit::Done;
    auto office = c.open(exit);
    if (!office)
        return exit;
    if (office->catalog().find(name))
        return c.fail(CliExit::Usage,
                      tr("an event named \"%1\" exists already; EVENT names must stay unique").arg(name));
    Result<Event> created = await(office->createEvent(event, layout));
    if (!created)
        return c.fail(exitFor(created.error()), created.error().message);
    if (c.parser.isSet(u"json"_s))
        c.out << QJsonDocument(toJson(*created)).toJson(QJsonDocument::Indented);
    else {
        // The price of generated places, said (a hall made without --price sells for nothing).
        QString priceText;
        if (!layoutGiven || *standing > 0)
            priceText =
                *price == 0 ? tr(", free (no --price given)") : tr(", at %1 each").arg(formatPrice(*price));
        c.out << tr("created %1 (%2): %3 seats, %4 standing%5")
                     .arg(created->name, uuidText(created->id))
                     .arg(layout.seats.size())
                     .arg(*standing)
                     .arg(priceText)
              << Qt::endl;
    }
    return CliExit::Done;
}
} // namespace

void addEventsOptions(QCommandLineParser &parser, const QString &sub)
{
    parser.addPositionalArgument(u"events"_s, tr("events list | events create"));
    parser.addOption({u"json"_s, tr("Prints JSON.")});
    if (sub != u"create"_s)
        return;
    parser.addOptions({
        {u"name"_s, tr("The event's name (unique: commands find events by it)."), u"NAME"_s},
        {u"venue"_s, tr("The venue."), u"VENUE"_s},
        {u"start"_s, tr("Start, e.g. 2027-03-12T20:00:00Z or \"2027-03-12 20:00\" (UTC)."), u"TIME"_s},
        {u"end"_s, tr("End, after the start and not yet passed."), u"TIME"_s},
        {u"description"_s, tr("A description."), u"TEXT"_s},
        {u"rows"_s, tr("Rows of a generated hall."), u"R"_s},
        {u"seats-per-row"_s, tr("Seats per row of a generated hall."), u"S"_s},
        {u"price"_s, tr("Price of a generated hall's seats and of standing places, e.g. 25.00."),
         u"AMOUNT"_s},
        {u"layout"_s, tr("A seating plan: pretix JSON (.json) or seat CSV (.csv)."), u"FILE"_s},
        {u"standing"_s, tr("Adds a standing area with this capacity."), u"CAPACITY"_s},
    });
}

CliExit runEvents(Context &context, const QString &sub)
{
    if (!context.positional.isEmpty())
        return context.fail(CliExit::Usage, tr("unexpected argument \"%1\"").arg(context.positional.front()));
    return sub == u"list"_s ? listEvents(context) : createEvent(context);
}

} // namespace tessera::cli
