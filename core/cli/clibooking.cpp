// tessera-cli booking EVENT --book ... --cancel ... --show [--json]

#include "core/cli/clicontext_p.h"
#include "core/common/ids.h"
#include "core/domain/json.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <array>
#include <vector>

namespace tessera::cli {

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("tessera::cli", text);
}

/// What happened to one seat of --book or --cancel.
struct SeatOutcome
{
    SeatName seat;
    bool ok = false;
    QString message;
    ErrorCode error = ErrorCode::Internal;
};

QString refusalFor(const CatalogEntry &entry, BoxOffice &office, const SeatName &seat, const Error &error)
{
    const EventSpace *space = office.seatSpace(entry.event.id);
    if (error.code == ErrorCode::SeatUnavailable && space) {
        switch (space->seatState(seat.index)) {
        case SeatState::Sold:
            return tr("seat %1 is already booked").arg(seat.text);
        case SeatState::Held:
            return tr("seat %1 is held by %2")
                .arg(seat.text, office.holderName(space->seatHolder(seat.index)));
        case SeatState::Blocked:
            return tr("seat %1 is blocked").arg(seat.text);
        case SeatState::Available:
            break;
        }
    }
    return tr("seat %1: %2").arg(seat.text, error.message);
}

QString seatText(const CatalogEntry &entry, quint32 index)
{
    return entry.layout.seats[index].label() + u", "_s + formatPrice(entry.seatPriceCents[index]);
}

/// Holds every seat at once, sells each hold as soon as it is there, and waits for all sales
/// (each acknowledged only after its commit).
std::vector<SeatOutcome> book(BoxOffice &office, const CatalogEntry &entry,
                              const std::vector<SeatName> &seats, const QString &holder,
                              PaymentMethod payment)
{
    std::vector<QFuture<Result<Hold>>> holds;
    for (const SeatName &seat : seats)
        holds.push_back(office.holdSeats({entry.event.id, {entry.layout.seats[seat.index].id}, holder}));
    std::vector<QFuture<Result<Order>>> sales(seats.size());
    std::vector<QUuid> holdIds(seats.size());
    std::vector<SeatOutcome> outcomes(seats.size());
    for (size_t i = 0; i < seats.size(); ++i) {
        outcomes[i].seat = seats[i];
        Result<Hold> hold = await(holds[i]);
        if (!hold) {
            outcomes[i].error = hold.errorCode();
            outcomes[i].message = refusalFor(entry, office, seats[i], hold.error());
            continue;
        }
        SaleRequest sale;
        sale.holder = holder;
        sale.payment = payment;
        holdIds[i] = hold->id;
        sales[i] = office.sell(hold->id, sale);
    }
    for (size_t i = 0; i < seats.size(); ++i) {
        if (!sales[i].isValid())
            continue;
        Result<Order> order = await(sales[i]);
        if (!order) {
            outcomes[i].error = order.errorCode();
            outcomes[i].message = refusalFor(entry, office, seats[i], order.error());
            // Not left held until it expires. Its answer does not matter: the hold is gone
            // already if the sale was undone.
            static_cast<void>(await(office.releaseHold(holdIds[i], holder)));
            continue;
        }
        outcomes[i].ok = true;
        outcomes[i].message = tr("seat %1 booked (%2)").arg(seats[i].text, seatText(entry, seats[i].index));
    }
    return outcomes;
}

/// Finds each seat's live ticket and cancels them all at once.
std::vector<SeatOutcome> cancel(BoxOffice &office, const CatalogEntry &entry,
                                const std::vector<SeatName> &seats, std::optional<Error> &failure)
{
    std::vector<SeatOutcome> outcomes(seats.size());
    Result<std::vector<std::pair<quint32, QUuid>>> tickets = await(office.liveSeatTickets(entry.event.id));
    if (!tickets) {
        failure = tickets.error();
        return {};
    }
    QHash<quint32, QUuid> ticketOfSeat;
    for (const auto &[seat, ticket] : *tickets)
        ticketOfSeat.insert(seat, ticket);
    std::vector<QFuture<Result<Order>>> cancellations(seats.size());
    for (size_t i = 0; i < seats.size(); ++i) {
        outcomes[i].seat = seats[i];
        const auto it = ticketOfSeat.constFind(seats[i].index);
        if (it == ticketOfSeat.cend()) {
            outcomes[i].error = ErrorCode::NotSold;
            outcomes[i].message = tr("seat %1 is not booked").arg(seats[i].text);
            continue;
        }
        cancellations[i] = office.cancelTickets({*it}, CancelKind::Cancel);
    }
    for (size_t i = 0; i < seats.size(); ++i) {
        if (!cancellations[i].isValid())
            continue;
        Result<Order> order = await(cancellations[i]);
        if (!order) {
            outcomes[i].error = order.errorCode();
            outcomes[i].message =
                order.errorCode() == ErrorCode::NotSold || order.errorCode() == ErrorCode::AlreadyCancelled
                    ? tr("seat %1 is not booked").arg(seats[i].text)
                    : tr("seat %1: %2").arg(seats[i].text, order.error().message);
            continue;
        }
        outcomes[i].ok = true;
        outcomes[i].message =
            tr("seat %1 cancelled (%2)").arg(seats[i].text, seatText(entry, seats[i].index));
    }
    return outcomes;
}

QJsonArray outcomesJson(const CatalogEntry &entry, const std::vector<SeatOutcome> &outcomes)
{
    QJsonArray array;
    for (const SeatOutcome &o : outcomes) {
        QJsonObject item{{u"seat"_s, o.seat.text},
                         {u"number"_s, int(o.seat.index + 1)},
                         {u"label"_s, entry.layout.seats[o.seat.index].label()},
                         {u"ok"_s, o.ok},
                         {u"message"_s, o.message}};
        if (!o.ok)
            item.insert(u"error"_s, errorCodeName(o.error));
        array.append(item);
    }
    return array;
}

/// The seats of one state as lines a clerk can read: one line per section and row, runs of
/// neighbouring seats shortened to "A-4..A-9", each run followed by the numbers --book takes
/// ("(4-9)"), for example "  Stalls A-1..A-3 (1-3), A-7 (7)".
QStringList seatLines(const VenueLayout &layout, const std::vector<quint32> &indexes)
{
    QStringList lines;
    const LayoutSeat *lineSeat = nullptr; // the first seat of the current line
    QStringList runs;
    auto flush = [&] {
        if (!runs.isEmpty()) {
            const QString &section = lineSeat->section;
            lines << u"  "_s + (section.isEmpty() ? QString() : section + u' ') + runs.join(u", "_s);
        }
        runs.clear();
    };
    auto rowLabel = [](const LayoutSeat &seat) {
        return seat.row.isEmpty() ? seat.number : seat.row + u'-' + seat.number;
    };
    for (size_t i = 0; i < indexes.size();) {
        const LayoutSeat &first = layout.seats[indexes[i]];
        // A run: the next seat in layout order, in the same row, with the next whole number.
        size_t end = i + 1;
        for (bool ok = true; end < indexes.size() && ok; ++end) {
            const LayoutSeat &previous = layout.seats[indexes[end - 1]];
            const LayoutSeat &next = layout.seats[indexes[end]];
            bool previousNumber = false;
            bool nextNumber = false;
            const int p = previous.number.toInt(&previousNumber);
            const int n = next.number.toInt(&nextNumber);
            ok = indexes[end] == indexes[end - 1] + 1 && next.section == first.section
                 && next.row == first.row && previousNumber && nextNumber && n == p + 1;
            if (!ok)
                --end;
        }
        if (!lineSeat || lineSeat->section != first.section || lineSeat->row != first.row) {
            flush();
            lineSeat = &first;
        }
        const LayoutSeat &last = layout.seats[indexes[end - 1]];
        if (end - i == 1)
            runs << QStringLiteral("%1 (%2)").arg(rowLabel(first)).arg(indexes[i] + 1);
        else
            runs << QStringLiteral("%1..%2 (%3-%4)")
                        .arg(rowLabel(first), rowLabel(last))
                        .arg(indexes[i] + 1)
                        .arg(indexes[end - 1] + 1);
        i = end;
    }
    flush();
    return lines;
}

void show(Context &c, const CatalogEntry &entry, const EventSpace &space, QJsonObject *json)
{
    static constexpr SeatState kStates[] = {SeatState::Available, SeatState::Held, SeatState::Sold,
                                            SeatState::Blocked};
    std::array<std::vector<quint32>, 4> lists;
    std::array<QJsonArray, 4> arrays;
    for (quint32 s = 0; s < quint32(space.seatCount()); ++s) {
        const auto state = size_t(space.seatState(s));
        lists[state].push_back(s);
        if (json)
            arrays[state].append(QJsonObject{{u"number"_s, int(s + 1)},
                                             {u"label"_s, entry.layout.seats[s].label()},
                                             {u"price"_s, formatPrice(entry.seatPriceCents[s])}});
    }
    if (json) {
        QJsonObject seats;
        QJsonObject counts;
        for (SeatState state : kStates) {
            seats.insert(seatStateName(state), arrays[size_t(state)]);
            counts.insert(seatStateName(state), int(lists[size_t(state)].size()));
        }
        seats.insert(u"counts"_s, counts);
        QJsonArray standing;
        for (qsizetype a = 0; a < entry.layout.standingAreas.size(); ++a) {
            const StandingCounts n = space.standing(quint32(a));
            standing.append(QJsonObject{{u"name"_s, entry.layout.standingAreas[a].name},
                                        {u"capacity"_s, int(n.capacity)},
                                        {u"available"_s, int(n.available())},
                                        {u"held"_s, int(n.held)},
                                        {u"sold"_s, int(n.sold)}});
        }
        seats.insert(u"standing"_s, standing);
        json->insert(u"seats"_s, seats);
        return;
    }
    c.out << tr("%1: %2 seats").arg(entry.event.name).arg(space.seatCount()) << Qt::endl;
    for (SeatState state : kStates) {
        const std::vector<quint32> &list = lists[size_t(state)];
        if (state == SeatState::Blocked && list.empty())
            continue;
        c.out << seatStateName(state) << " (" << list.size() << ")" << (list.empty() ? "" : ":") << Qt::endl;
        for (const QString &line : seatLines(entry.layout, list))
            c.out << line << Qt::endl;
    }
    for (qsizetype a = 0; a < entry.layout.standingAreas.size(); ++a) {
        const StandingCounts n = space.standing(quint32(a));
        c.out << tr("standing %1: %2 of %3 available, %4 held, %5 sold")
                     .arg(entry.layout.standingAreas[a].name)
                     .arg(n.available())
                     .arg(n.capacity)
                     .arg(n.held)
                     .arg(n.sold)
              << Qt::endl;
    }
}
} // namespace

void addBookingOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(u"booking"_s,
                                 tr("Books, cancels and shows seats of an event, in that order."));
    parser.addOptions({
        {u"book"_s, tr("Seats to book: numbers 1..N in layout order or labels like A-12, comma separated."),
         u"SEATS"_s},
        {u"cancel"_s, tr("Booked seats to cancel."), u"SEATS"_s},
        {u"payment"_s, tr("How the booked seats are paid: cash (the default), card or complimentary."),
         u"METHOD"_s, u"cash"_s},
        {u"show"_s, tr("Lists the available, held and sold seats with counts.")},
        {u"json"_s, tr("Prints one JSON document.")},
    });
}

CliExit runBooking(Context &c)
{
    if (c.positional.size() != 1)
        return c.fail(CliExit::Usage, tr("booking needs exactly one EVENT (an id or the exact name)"));
    const bool json = c.parser.isSet(u"json"_s);
    const bool showSeats = c.parser.isSet(u"show"_s);
    if (!c.parser.isSet(u"book"_s) && !c.parser.isSet(u"cancel"_s) && !showSeats)
        return c.fail(CliExit::Usage, tr("booking needs --book, --cancel or --show"));
    CliExit exit = CliExit::Done;
    auto office = c.openAny(exit);
    if (!office)
        return exit;
    const auto entry = findEvent(c, office->box(), c.positional.front());
    if (!entry)
        return CliExit::Usage;

    // Every seat name is checked before anything changes.
    QStringList problems;
    std::vector<SeatName> toBook;
    std::vector<SeatName> toCancel;
    if (c.parser.isSet(u"book"_s))
        toBook = parseSeatList(c.parser.value(u"book"_s), *entry, problems);
    if (c.parser.isSet(u"cancel"_s))
        toCancel = parseSeatList(c.parser.value(u"cancel"_s), *entry, problems);
    const std::optional<PaymentMethod> payment = fromWireName<PaymentMethod>(c.parser.value(u"payment"_s));
    if (!payment)
        problems << tr("--payment must be cash, card or complimentary, not \"%1\"")
                        .arg(c.parser.value(u"payment"_s));
    if (!problems.isEmpty()) {
        if (json) {
            c.out << QJsonDocument(QJsonObject{{u"errors"_s, QJsonArray::fromStringList(problems)}}).toJson();
            return CliExit::Usage;
        }
        for (const QString &p : problems)
            c.err << p << Qt::endl;
        c.err << tr("nothing was booked or cancelled") << Qt::endl;
        return CliExit::Usage;
    }

    const QString holder = u"cli@"_s + QHostInfo::localHostName();
    QJsonObject document{
        {u"event"_s, QJsonObject{{u"id"_s, uuidText(entry->event.id)}, {u"name"_s, entry->event.name}}}};
    CliExit worst = CliExit::Done;
    auto note = [&worst](CliExit e) { worst = std::max(worst, e); };
    auto report = [&](const QString &key, const std::vector<SeatOutcome> &outcomes) {
        for (const SeatOutcome &o : outcomes) {
            if (!o.ok)
                note(o.error == ErrorCode::StoreUnavailable ? CliExit::Unreachable : CliExit::Refused);
            if (!json)
                (o.ok ? c.out : c.err) << o.message << Qt::endl;
        }
        if (json)
            document.insert(key, outcomesJson(*entry, outcomes));
    };
    if (!toBook.empty())
        report(u"book"_s, book(office->box(), *entry, toBook, holder, *payment));
    if (!toCancel.empty()) {
        std::optional<Error> failure;
        const std::vector<SeatOutcome> outcomes = cancel(office->box(), *entry, toCancel, failure);
        if (failure) {
            // What was booked above is still reported.
            note(exitFor(*failure));
            if (json)
                document.insert(u"cancel_error"_s, failure->message);
            else
                c.err << failure->message << Qt::endl;
        } else {
            report(u"cancel"_s, outcomes);
        }
    }
    if (showSeats)
        show(c, *entry, *office->box().seatSpace(entry->event.id), json ? &document : nullptr);
    if (json)
        c.out << QJsonDocument(document).toJson(QJsonDocument::Indented);
    office->shutdown();
    return worst;
}

} // namespace tessera::cli
