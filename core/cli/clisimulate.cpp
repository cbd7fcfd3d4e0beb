// tessera-cli simulate: the classic demo, headless.

#include "core/cli/clicontext_p.h"
#include "core/common/ids.h"
#include "core/layout/layoutgenerator.h"
#include "core/simulation/simulation.h"
#include "core/simulation/simulationreport.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

namespace tessera::cli {

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("tessera::cli", text);
}

constexpr int kSeatsPerRow = 10;

/// `tickets` seats in rows of ten, the front half at 40.00 and the rest at 25.00.
VenueLayout demoLayout(int tickets)
{
    VenueLayout layout;
    layout.name = u"Demo hall"_s;
    layout.categories = {PriceCategory{u"front"_s, u"Front"_s, u"#e11d48"_s, 4000},
                         PriceCategory{u"rear"_s, u"Rear"_s, u"#0d9488"_s, 2500}};
    const int rows = (tickets + kSeatsPerRow - 1) / kSeatsPerRow;
    for (int i = 0; i < tickets; ++i) {
        const int row = i / kSeatsPerRow;
        LayoutSeat seat;
        seat.id = newUuid();
        seat.row = LayoutGenerator::rowLabel(row + 1, RowLabelling::Letters);
        seat.number = QString::number(i % kSeatsPerRow + 1);
        seat.x = 10.0 * (i % kSeatsPerRow) + 5;
        seat.y = 40.0 + 18.0 * row;
        seat.category = row < (rows + 1) / 2 ? u"front"_s : u"rear"_s;
        layout.seats.append(seat);
    }
    layout.width = 10.0 * kSeatsPerRow + 10;
    layout.height = 40.0 + 18.0 * rows + 20;
    layout.stageWidth = layout.width;
    layout.stageHeight = 20;
    return layout;
}

} // namespace

void addSimulateOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(u"simulate"_s,
                                 tr("Processing units race for the seats of an event; prints every ticket "
                                    "and the statistics."));
    parser.addOptions({
        {u"units"_s, tr("Processing units, 1 to 64 (default 5)."), u"N"_s},
        {u"tickets"_s, tr("Seats of the fresh demo event (default 100)."), u"N"_s},
        {u"seconds"_s, tr("Run length (default 10)."), u"S"_s},
        {u"think-ms"_s, tr("Think time per operation, 0 to 200 ms; 0 = turbo (default 100)."), u"MS"_s},
        {u"mix"_s, tr("Shares of hold,sell,release,cancel (default 40,30,15,15)."), u"H,S,R,C"_s},
        {u"arrival"_s, tr("steady or spike (default steady)."), u"CURVE"_s},
        {u"event"_s, tr("Run on this event of the database instead of a fresh one."), u"EVENT"_s},
        {u"reset"_s, tr("Puts the event back as it was after the report.")},
        {u"json"_s, tr("Prints one JSON document.")},
    });
}

CliExit runSimulate(Context &c)
{
    if (!c.positional.isEmpty())
        return c.fail(CliExit::Usage, tr("unexpected argument \"%1\"").arg(c.positional.front()));
    const auto units = intOption(c, u"units"_s, 5, 1, SimulationConfig::kMaxUnits);
    const auto tickets = intOption(c, u"tickets"_s, 100, 1, 200'000);
    const auto seconds = intOption(c, u"seconds"_s, 10, 1, 3600);
    const auto think = intOption(c, u"think-ms"_s, 100, 0, SimulationConfig::kMaxThinkMs);
    if (!units || !tickets || !seconds || !think)
        return CliExit::Usage;
    if (c.parser.isSet(u"event"_s) && c.parser.isSet(u"tickets"_s))
        return c.fail(CliExit::Usage,
                      tr("--tickets sizes the fresh demo event; it cannot be combined with --event"));
    SimulationConfig config;
    config.units = int(*units);
    config.durationMs = *seconds * 1000;
    config.thinkMs = int(*think);
    if (c.parser.isSet(u"mix"_s)) {
        const QStringList parts = c.parser.value(u"mix"_s).split(u',');
        std::array<int, 4> shares{};
        bool ok = parts.size() == 4;
        for (qsizetype i = 0; ok && i < 4; ++i)
            shares[size_t(i)] = parts[i].trimmed().toInt(&ok);
        config.mix = OperationMix{shares[0], shares[1], shares[2], shares[3]};
        if (!ok || !config.validate())
            return c.fail(CliExit::Usage,
                          tr("--mix takes four shares, hold,sell,release,cancel, e.g. 40,30,15,15"));
    }
    if (c.parser.isSet(u"arrival"_s)) {
        const auto curve = arrivalCurveFromName(c.parser.value(u"arrival"_s));
        if (!curve)
            return c.fail(CliExit::Usage, tr("--arrival is steady or spike"));
        config.arrival = *curve;
    }

    // A fresh event lives in a database of its own that is removed afterwards.
    QTemporaryDir scratch;
    DatabaseUrl url = c.database;
    if (!c.parser.isSet(u"event"_s)) {
        if (!scratch.isValid())
            return c.fail(CliExit::Unreachable,
                          tr("cannot create a temporary database: %1").arg(scratch.errorString()));
        url = *DatabaseUrl::parse(u"sqlite://"_s + QDir(scratch.path()).absoluteFilePath(u"simulation.db"_s));
    }
    CliExit exit = CliExit::Done;
    auto office = c.open(exit, url);
    if (!office)
        return exit;
    std::shared_ptr<const CatalogEntry> entry;
    if (c.parser.isSet(u"event"_s)) {
        entry = findEvent(c, *office, c.parser.value(u"event"_s));
        if (!entry)
            return CliExit::Usage;
    } else {
        Event event;
        event.name = tr("Simulation");
        event.venue = tr("Demo hall");
        event.startTime = QDateTime::currentDateTimeUtc().addDays(7);
        event.endTime = event.startTime.addSecs(3 * 3600);
        Result<Event> created = await(office->createEvent(event, demoLayout(int(*tickets))));
        if (!created)
            return c.fail(exitFor(created.error()), created.error().message);
        entry = office->catalogEntry(created->id);
    }

    Simulation simulation(office.get(), entry->event.id);
    if (Status started = simulation.start(config); !started)
        return c.fail(exitFor(started.error()), started.error().message);
    simulation.waitForFinished();
    const DatabaseCheck database = await(simulation.checkDatabase());
    SimulationReport report{config, simulation.statistics(), simulation.samples()};
    const SimulationStatistics &s = report.statistics;

    const EventSpace &space = *simulation.eventSpace();
    QJsonArray ticketList;
    for (quint32 i = 0; i < quint32(space.seatCount()); ++i) {
        const QString status = seatStateName(space.seatState(i));
        const QString label = entry->layout.seats[i].label();
        const QString price = formatPrice(entry->seatPriceCents[i]);
        if (c.parser.isSet(u"json"_s))
            ticketList.append(QJsonObject{
                {u"seat"_s, int(i + 1)}, {u"label"_s, label}, {u"status"_s, status}, {u"price"_s, price}});
        else
            c.out << QStringLiteral("%1 %2 %3 %4").arg(i + 1, 6).arg(label, -12).arg(status, -9).arg(price, 9)
                  << Qt::endl;
    }
    if (c.parser.isSet(u"json"_s)) {
        QJsonObject document = report.toJson();
        document.insert(u"tickets"_s, ticketList);
        c.out << QJsonDocument(document).toJson(QJsonDocument::Indented);
    } else {
        c.out << Qt::endl
              << tr("units: %1, think time: %2 ms, %3 s")
                     .arg(config.units)
                     .arg(config.thinkMs)
                     .arg(double(s.elapsedMs) / 1000.0, 0, 'f', 1)
              << Qt::endl
              << tr("ops: %1").arg(s.operations) << Qt::endl
              << tr("holds: %1").arg(s.holds) << Qt::endl
              << tr("sales: %1").arg(s.sales) << Qt::endl
              << tr("releases: %1").arg(s.releases) << Qt::endl
              << tr("cancellations: %1").arg(s.cancellations) << Qt::endl
              << tr("conflicts: %1").arg(s.conflicts) << Qt::endl
              << tr("ops/s: %1").arg(s.opsPerSecond, 0, 'f', 0) << Qt::endl
              << tr("pump rows: %1").arg(s.pumpRows) << Qt::endl
              << tr("seats sold twice: %1").arg(s.seatsSoldTwice) << Qt::endl;
        if (s.queue.used)
            c.out << tr("waiting room: %1 joined, %2 admitted, %3 bought, %4 left")
                         .arg(s.queue.joined)
                         .arg(s.queue.admitted)
                         .arg(s.queue.completed)
                         .arg(s.queue.left)
                  << Qt::endl;
        c.out << tr("space equals database: %1")
                     .arg(database.equal ? tr("yes") : tr("no") + u" ("_s + database.firstDifference + u')')
              << Qt::endl;
    }
    if (c.parser.isSet(u"reset"_s)) {
        Result<ResetOutcome> reset = simulation.reset();
        if (!reset)
            return c.fail(CliExit::Refused, reset.error().message);
        if (!c.parser.isSet(u"json"_s))
            c.out << tr("reset: %1 sales cancelled, %2 holds released")
                         .arg(reset->salesCancelled)
                         .arg(reset->holdsReleased)
                  << Qt::endl;
    }
    office->shutdown();
    const bool sound = s.seatsSoldTwice == 0 && s.invariantViolations == 0 && database.equal;
    return sound ? CliExit::Done : CliExit::Refused;
}

} // namespace tessera::cli
