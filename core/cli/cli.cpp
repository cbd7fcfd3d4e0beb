#include "core/cli/cli.h"

#include "core/cli/clicontext_p.h"
#include "core/common/ids.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace tessera {

namespace cli {

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("tessera::cli", text);
}
} // namespace

CliExit Context::fail(CliExit code, const QString &message) const
{
    err << "tessera-cli: " << message << Qt::endl;
    return code;
}

std::unique_ptr<LocalBoxOffice> Context::open(CliExit &exit, const DatabaseUrl &url) const
{
    LocalBoxOffice::Options options;
    options.url = url;
    options.units = 2;
    options.pump.stopTimeoutMs = 5'000;
    Result<std::unique_ptr<LocalBoxOffice>> office = LocalBoxOffice::open(options);
    if (!office) {
        exit = office.errorCode() == ErrorCode::InvalidInput ? CliExit::Usage : CliExit::Unreachable;
        fail(exit, tr("cannot open the database %1: %2")
                       .arg(url.redacted(), url.openFailureReason(office.error().message)));
        return nullptr;
    }
    return std::move(*office);
}

std::shared_ptr<const CatalogEntry> findEvent(const Context &context, BoxOffice &office,
                                              const QString &idOrName)
{
    std::shared_ptr<const CatalogEntry> entry;
    const QString wanted = idOrName.trimmed();
    if (const QUuid id = parseUuid(wanted); !id.isNull()) {
        entry = office.catalogEntry(id);
    } else if (Result<QList<Event>> events = await(office.events())) {
        QList<Event> named;
        for (const Event &event : *events) {
            if (event.name.compare(wanted, Qt::CaseInsensitive) == 0)
                named.append(event);
        }
        if (named.size() > 1) {
            // Never guess: booking on the wrong one of two "Hamlet"s sells the wrong seats.
            QStringList ids;
            for (const Event &event : std::as_const(named))
                ids << uuidText(event.id) + u" (" + event.startTime.toString(Qt::ISODate) + u')';
            context.fail(CliExit::Usage, tr("%1 events are named \"%2\"; name one by its id: %3")
                                             .arg(named.size())
                                             .arg(wanted, ids.join(u", "_s)));
            return nullptr;
        }
        if (named.size() == 1)
            entry = office.catalogEntry(named.front().id);
    }
    if (!entry)
        context.fail(CliExit::Usage, tr("no event with id or name \"%1\"").arg(idOrName));
    return entry;
}

std::vector<SeatName> parseSeatList(const QString &list, const CatalogEntry &entry, QStringList &problems)
{
    std::vector<SeatName> seats;
    QSet<quint32> seen;
    const auto count = quint32(entry.layout.seats.size());
    for (const QString &part : list.split(u',')) {
        SeatName seat{part.trimmed()};
        if (seat.text.isEmpty()) {
            problems << tr("an empty seat name in \"%1\"").arg(list);
            continue;
        }
        bool number = false;
        const qulonglong n = seat.text.toULongLong(&number);
        if (number)
            seat.index = n >= 1 && n <= count ? quint32(n - 1) : kNoIndex;
        else
            seat.index = entry.seatIndexByLabel.value(seat.text, kNoIndex);
        if (seat.index == kNoIndex && !number) {
            // "a-12" for "A-12": the label in any case, when only one seat has it.
            for (auto it = entry.seatIndexByLabel.cbegin(); it != entry.seatIndexByLabel.cend(); ++it) {
                if (it.key().compare(seat.text, Qt::CaseInsensitive) != 0)
                    continue;
                seat.index =
                    seat.index == kNoIndex || seat.index == *it ? *it : CatalogEntry::kAmbiguousLabel;
                if (seat.index == CatalogEntry::kAmbiguousLabel)
                    break;
            }
        }
        if (seat.index == CatalogEntry::kAmbiguousLabel) {
            QStringList sections;
            for (const LayoutSeat &s : entry.layout.seats) {
                if (QString(s.row + u'-' + s.number).compare(seat.text, Qt::CaseInsensitive) == 0
                    && !sections.contains(s.section))
                    sections << s.section;
            }
            problems
                << tr("seat %1 is ambiguous: there is one in %2; name it with its section, like \"%3 %1\", "
                      "or by its number")
                       .arg(seat.text, sections.join(u", "_s), sections.value(0));
            continue;
        }
        if (seat.index == kNoIndex) {
            problems << tr("seat %1 is invalid: %2 has seats 1 to %3%4")
                            .arg(seat.text, entry.event.name)
                            .arg(entry.layout.seats.size())
                            .arg(entry.layout.seats.isEmpty() ? QString()
                                                              : tr(", or labels like %1")
                                                                    .arg(entry.layout.seats[0].row + u'-'
                                                                         + entry.layout.seats[0].number));
            continue;
        }
        if (seen.contains(seat.index)) {
            problems << tr("seat %1 is named twice").arg(seat.text);
            continue;
        }
        seen.insert(seat.index);
        seats.push_back(seat);
    }
    return seats;
}

QString formatPrice(qint64 cents)
{
    const QString sign = cents < 0 ? u"-"_s : QString();
    cents = std::abs(cents);
    return sign + QString::number(cents / 100) + u'.'
           + QStringLiteral("%1").arg(cents % 100, 2, 10, QLatin1Char('0'));
}

std::optional<qint64> parsePrice(const QString &text)
{
    static const QRegularExpression amount(u"^(\\d{1,9})(?:\\.(\\d{1,2}))?$"_s);
    const auto match = amount.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    qint64 cents = match.captured(1).toLongLong() * 100;
    if (const QString fraction = match.captured(2); !fraction.isEmpty())
        cents += fraction.size() == 1 ? fraction.toLongLong() * 10 : fraction.toLongLong();
    return cents;
}

std::optional<qint64> intOption(const Context &context, const QString &name, qint64 fallback, qint64 min,
                                qint64 max)
{
    if (!context.parser.isSet(name))
        return fallback;
    bool ok = false;
    const qint64 value = context.parser.value(name).toLongLong(&ok);
    if (!ok || value < min || value > max) {
        context.fail(CliExit::Usage,
                     tr("--%1 must be a whole number from %2 to %3").arg(name).arg(min).arg(max));
        return std::nullopt;
    }
    return value;
}

QString seatStateName(SeatState state)
{
    switch (state) {
    case SeatState::Available:
        return u"available"_s;
    case SeatState::Held:
        return u"held"_s;
    case SeatState::Sold:
        return u"sold"_s;
    case SeatState::Blocked:
        return u"blocked"_s;
    }
    return {};
}

CliExit exitFor(const Error &error)
{
    switch (error.code) {
    case ErrorCode::StoreUnavailable:
        return CliExit::Unreachable;
    case ErrorCode::InvalidInput:
        return CliExit::Usage;
    default:
        return CliExit::Refused;
    }
}

namespace {

struct CommandWords
{
    QString command;
    QString sub;
};

/// The command words are the first arguments that are neither options nor option values.
CommandWords commandWords(const QStringList &arguments)
{
    static const QStringList withValue{u"--database"_s, u"--server"_s, u"--token"_s};
    QStringList words;
    for (qsizetype i = 1; i < arguments.size() && words.size() < 2; ++i) {
        const QString &a = arguments[i];
        if (a == u"--"_s)
            break;
        if (a.startsWith(u'-')) {
            if (withValue.contains(a))
                ++i;
            continue;
        }
        words << a;
    }
    CommandWords w;
    w.command = words.value(0);
    if (w.command == u"events"_s || w.command == u"layout"_s)
        w.sub = words.value(1);
    return w;
}

const char *kOverview = QT_TRANSLATE_NOOP(
    "tessera::cli",
    "Commands:\n"
    "  events list [--json]                      list the events\n"
    "  events create --name N --venue V --start T --end T\n"
    "        [--rows R --seats-per-row S | --layout FILE] [--standing CAPACITY]\n"
    "  booking EVENT [--book 1,2,A-7] [--cancel 4,5] [--show] [--json]\n"
    "  layout import EVENT FILE                  pretix JSON or CSV\n"
    "  layout export EVENT FILE\n"
    "  simulate [--units 5] [--tickets 100] [--seconds 10] [--think-ms 100] [--json] [--event EVENT]\n"
    "\n"
    "EVENT is an event id or its exact name. `tessera-cli COMMAND --help` explains a command.\n"
    "Exit codes: 0 done, 1 some operations refused, 2 usage or input error, 3 database unreachable.");

} // namespace

} // namespace cli

int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    using namespace cli;
    const CommandWords words = commandWords(arguments);

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setApplicationDescription(tr("Tessera box office on the command line."));
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Shows this help."));
    const QCommandLineOption version({u"v"_s, u"version"_s}, tr("Shows the version."));
    const QCommandLineOption database(u"database"_s, tr("The database (default: the desktop's file)."),
                                      tr("URL"));
    const QCommandLineOption server(
        u"server"_s, tr("Work against a tessera-server (http://host:port) instead of a database."),
        tr("URL"));
    const QCommandLineOption token(
        u"token"_s, tr("The bearer token for --server (from POST /api/v1/auth/login)."), tr("TOKEN"));
    parser.addOptions({help, version, database, server, token});

    QString usage = u"tessera-cli [--database URL] "_s;
    if (words.command == u"events"_s && (words.sub == u"list"_s || words.sub == u"create"_s)) {
        addEventsOptions(parser, words.sub);
        usage += u"events "_s + words.sub;
    } else if (words.command == u"booking"_s) {
        addBookingOptions(parser);
        parser.addPositionalArgument(u"EVENT"_s, tr("Event id or exact name."));
        usage += u"booking EVENT"_s;
    } else if (words.command == u"layout"_s && (words.sub == u"import"_s || words.sub == u"export"_s)) {
        addLayoutOptions(parser, words.sub);
        usage += u"layout "_s + words.sub + u" EVENT FILE"_s;
    } else if (words.command == u"simulate"_s) {
        addSimulateOptions(parser);
        usage += u"simulate"_s;
    } else {
        usage += u"COMMAND"_s;
    }
    // Qt's usage line names the program by its path and appends the positional arguments after
    // "[options]"; the command's own usage line replaces it.
    QString helpText = parser.helpText();
    helpText.replace(0, helpText.indexOf(u'\n'), u"Usage: "_s + usage + u" [options]"_s);

    Context context{parser, {}, out, err, {}};
    if (!parser.parse(arguments))
        return int(
            context.fail(CliExit::Usage, parser.errorText() + u"\n"_s + tr("See tessera-cli --help.")));
    if (parser.isSet(version)) {
        out << "tessera-cli " << TESSERA_VERSION << Qt::endl;
        return int(CliExit::Done);
    }
    if (parser.isSet(help)) {
        out << helpText;
        if (words.command.isEmpty() || usage.endsWith(u"COMMAND"_s))
            out << '\n' << tr(kOverview) << '\n';
        return int(CliExit::Done);
    }
    if (parser.isSet(server) != parser.isSet(token))
        return int(context.fail(
            CliExit::Usage, tr("--server and --token go together (a login token of the tessera-server)")));
    if (parser.isSet(server)) {
        context.server = QUrl::fromUserInput(parser.value(server));
        context.token = parser.value(token);
        const bool remoteCommand =
            (words.command == u"events"_s && words.sub == u"list"_s) || words.command == u"booking"_s;
        if (!remoteCommand && !words.command.isEmpty())
            return int(context.fail(CliExit::Usage, tr("with --server only \"events list\" and \"booking\" "
                                                       "work; the other commands need --database")));
    }
    if (words.command.isEmpty())
        return int(context.fail(CliExit::Usage, tr("no command given.") + u"\n"_s + tr(kOverview)));
    if (usage.endsWith(u"COMMAND"_s)) {
        const QString what =
            words.sub.isEmpty() && (words.command == u"events"_s || words.command == u"layout"_s)
                ? tr("\"%1\" needs a subcommand").arg(words.command)
                : tr("unknown command \"%1\"").arg(QString(words.command + u' ' + words.sub).trimmed());
        return int(context.fail(CliExit::Usage, what + u"\n"_s + tr(kOverview)));
    }
    if (parser.isSet(database)) {
        Result<DatabaseUrl> url = DatabaseUrl::parse(parser.value(database));
        if (!url)
            return int(context.fail(CliExit::Usage, url.error().message));
        context.database = *url;
    } else {
        context.database = DatabaseUrl::defaultLocation();
    }
    context.positional = parser.positionalArguments().mid(words.sub.isEmpty() ? 1 : 2);

    // Only `events create` makes a new SQLite file (and `simulate` without --event, which works
    // on a scratch database): a mistyped path must not become an empty database.
    const bool makesDatabase = (words.command == u"events"_s && words.sub == u"create"_s)
                               || (words.command == u"simulate"_s && !parser.isSet(u"event"_s));
    if (!parser.isSet(server) && context.database.kind == DatabaseUrl::Kind::Sqlite
        && context.database.path != u":memory:"_s && !makesDatabase
        && !QFileInfo::exists(context.database.path)) {
        return int(context.fail(CliExit::Unreachable,
                                tr("there is no database at %1; check --database (\"events create\" or the "
                                   "desktop application makes a new one)")
                                    .arg(context.database.path)));
    }

    if (words.command == u"events"_s)
        return int(runEvents(context, words.sub));
    if (words.command == u"booking"_s)
        return int(runBooking(context));
    if (words.command == u"layout"_s)
        return int(runLayout(context, words.sub));
    return int(runSimulate(context));
}

} // namespace tessera
