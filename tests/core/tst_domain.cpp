#include "core/domain/event.h"
#include "core/domain/hold.h"
#include "core/domain/layout.h"
#include "core/domain/order.h"
#include "core/domain/queueentry.h"
#include "tests/core/domainfixtures.h"

#include <QTest>

#include <limits>

using namespace tessera;
using namespace tessera::fixtures;

namespace {

/// Adds a row holding `value` after `change` was applied to it, with the expected message
/// ("" when the value must be valid).
template<typename T, typename Change>
void addRow(const char *name, T value, Change change, const QString &error)
{
    change(value);
    QTest::newRow(name) << value << error;
}

void verifyStatus(const Status &status, const QString &error)
{
    if (error.isEmpty()) {
        QVERIFY2(status.hasValue(), errorText(status).constData());
        return;
    }
    QVERIFY2(!status.hasValue(), "invalid value accepted");
    QCOMPARE(status.errorCode(), ErrorCode::InvalidInput);
    QCOMPARE(status.error().message, error);
}

const auto unchanged = [](auto &) {};

} // namespace

class TestDomain final : public QObject
{
    Q_OBJECT

private slots:
    void validateEvent_data();
    void validateEvent();
    void eventHasSeats();
    void seatLabel_data();
    void seatLabel();
    void findCategory();
    void hexColour_data();
    void hexColour();
    void validateLayout_data();
    void validateLayout();
    void validateHold_data();
    void validateHold();
    void emailAddress_data();
    void emailAddress();
    void validateOrder_data();
    void validateOrder();
    void validateQueueEntry_data();
    void validateQueueEntry();
};

void TestDomain::validateEvent_data()
{
    QTest::addColumn<Event>("event");
    QTest::addColumn<QString>("error");
    const Event e = sampleEvent();
    addRow("sample", e, unchanged, {});
    addRow("no sales start", e, [](Event &x) { x.salesStart = {}; }, {});
    addRow("padded name", e, [](Event &x) { x.name = QStringLiteral("  Tosca  "); }, {});
    addRow("200 chars", e, [](Event &x) { x.name = QString(200, u'n'); }, {});
    addRow(
        "201 chars", e, [](Event &x) { x.name = QString(201, u'n'); },
        QStringLiteral("name: at most 200 characters"));
    addRow(
        "empty name", e, [](Event &x) { x.name.clear(); }, QStringLiteral("name: must not be empty"));
    addRow(
        "blank name", e, [](Event &x) { x.name = QStringLiteral(" \t "); },
        QStringLiteral("name: must not be empty"));
    addRow(
        "no start", e, [](Event &x) { x.startTime = {}; }, QStringLiteral("start_time: required"));
    addRow(
        "no end", e, [](Event &x) { x.endTime = {}; }, QStringLiteral("end_time: required"));
    addRow(
        "end before start", e, [](Event &x) { x.endTime = x.startTime.addSecs(-1); },
        QStringLiteral("end_time: must be after start_time"));
    addRow(
        "end equals start", e, [](Event &x) { x.endTime = x.startTime; },
        QStringLiteral("end_time: must be after start_time"));
    addRow("end one ms after", e, [](Event &x) { x.endTime = x.startTime.addMSecs(1); }, {});
    addRow(
        "sales start at end", e, [](Event &x) { x.salesStart = x.endTime; },
        QStringLiteral("sales_start: must be before end_time"));
    addRow("no tickets", e, [](Event &x) { x.totalTickets = x.availableTickets = 0; }, {});
    addRow(
        "negative total", e, [](Event &x) { x.totalTickets = -1; },
        QStringLiteral("total_tickets: must not be negative"));
    addRow(
        "available above total", e, [](Event &x) { x.availableTickets = x.totalTickets + 1; },
        QStringLiteral("available_tickets: must be from 0 to total_tickets"));
    addRow(
        "negative available", e, [](Event &x) { x.availableTickets = -1; },
        QStringLiteral("available_tickets: must be from 0 to total_tickets"));
    const QString holdError = QStringLiteral("hold_time_s: must be from 30 to 3600 seconds");
    addRow(
        "hold 29 s", e, [](Event &x) { x.holdTimeSeconds = 29; }, holdError);
    addRow("hold 30 s", e, [](Event &x) { x.holdTimeSeconds = 30; }, {});
    addRow("hold 3600 s", e, [](Event &x) { x.holdTimeSeconds = 3600; }, {});
    addRow(
        "hold 3601 s", e, [](Event &x) { x.holdTimeSeconds = 3601; }, holdError);
}

void TestDomain::validateEvent()
{
    QFETCH(Event, event);
    QFETCH(QString, error);
    verifyStatus(tessera::validateEvent(event), error);
}

void TestDomain::eventHasSeats()
{
    Event event;
    event.kind = EventKind::Seated;
    QVERIFY(event.hasSeats());
    event.kind = EventKind::Mixed;
    QVERIFY(event.hasSeats());
    event.kind = EventKind::Standing;
    QVERIFY(!event.hasSeats());
}

void TestDomain::seatLabel_data()
{
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("row");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("label");
    QTest::newRow("full") << QStringLiteral("Stalls") << QStringLiteral("B") << QStringLiteral("7")
                          << QStringLiteral("Stalls B-7");
    QTest::newRow("no section") << QString() << QStringLiteral("B") << QStringLiteral("7")
                                << QStringLiteral("B-7");
    QTest::newRow("no row") << QStringLiteral("Box 3") << QString() << QStringLiteral("2")
                            << QStringLiteral("Box 3 2");
    QTest::newRow("number only") << QString() << QString() << QStringLiteral("12") << QStringLiteral("12");
}

void TestDomain::seatLabel()
{
    QFETCH(QString, section);
    QFETCH(QString, row);
    QFETCH(QString, number);
    QFETCH(QString, label);
    LayoutSeat seat;
    seat.section = section;
    seat.row = row;
    seat.number = number;
    QCOMPARE(seat.label(), label);
    VenueLayout layout;
    layout.seats = {LayoutSeat{}, seat};
    QCOMPARE(layout.seatLabel(1), label);
}

void TestDomain::findCategory()
{
    const VenueLayout layout = sampleLayout();
    const PriceCategory *circle = layout.findCategory(u"circle-2");
    QVERIFY(circle);
    QCOMPARE(circle, &layout.categories.at(1));
    QCOMPARE(circle->name, QStringLiteral("Upper circle"));
    QVERIFY(!layout.findCategory(u"vip"));
    QVERIFY(!layout.findCategory(u"Stalls"));
    QVERIFY(!layout.findCategory(u""));
}

void TestDomain::hexColour_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("lower") << QStringLiteral("#1f77b4") << true;
    QTest::newRow("upper") << QStringLiteral("#FFAA00") << true;
    QTest::newRow("no hash") << QStringLiteral("1f77b4") << false;
    QTest::newRow("short") << QStringLiteral("#fff") << false;
    QTest::newRow("alpha") << QStringLiteral("#1f77b4ff") << false;
    QTest::newRow("not hex") << QStringLiteral("#1f77g4") << false;
    QTest::newRow("name") << QStringLiteral("red") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestDomain::hexColour()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QCOMPARE(isHexColour(text), valid);
}

void TestDomain::validateLayout_data()
{
    QTest::addColumn<VenueLayout>("layout");
    QTest::addColumn<QString>("error");
    const VenueLayout l = sampleLayout();
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    addRow("sample", l, unchanged, {});
    addRow("empty", VenueLayout{}, unchanged, {});
    addRow(
        "unknown category", l, [](VenueLayout &x) { x.seats[2].category = QStringLiteral("vip"); },
        QStringLiteral("seat Stalls B-7: category \"vip\" is not defined"));
    addRow(
        "category case matters", l, [](VenueLayout &x) { x.seats[0].category = QStringLiteral("Stalls"); },
        QStringLiteral("seat Stalls A-1: category \"Stalls\" is not defined"));
    addRow(
        "duplicate seat id", l, [](VenueLayout &x) { x.seats[3].id = x.seats[1].id; },
        QStringLiteral("seat Circle A-1: id 5e5e0066-a1b2-4c3d-8e4f-5061728394a5 is used twice"));
    addRow(
        "area reuses seat id", l, [](VenueLayout &x) { x.standingAreas[0].id = x.seats[0].id; },
        QStringLiteral("standing area Floor: id 5e5e0065-a1b2-4c3d-8e4f-5061728394a5 is used twice"));
    addRow(
        "nil seat id", l, [](VenueLayout &x) { x.seats[1].id = QUuid(); },
        QStringLiteral("seat Stalls A-2: id is missing"));
    addRow(
        "duplicate place", l, [](VenueLayout &x) { x.seats[1].number = QStringLiteral("1"); },
        QStringLiteral("seat Stalls A-1: another seat has the same section, row and number"));
    addRow("same number other row", l, [](VenueLayout &x) { x.seats[2].number = QStringLiteral("1"); }, {});
    addRow(
        "no number", l, [](VenueLayout &x) { x.seats[2].number.clear(); },
        QStringLiteral("seat #3: number must not be empty"));
    addRow(
        "NaN x", l, [nan](VenueLayout &x) { x.seats[2].x = nan; },
        QStringLiteral("seat Stalls B-7: x is not a finite number"));
    addRow(
        "infinite y", l, [inf](VenueLayout &x) { x.seats[0].y = -inf; },
        QStringLiteral("seat Stalls A-1: y is not a finite number"));
    addRow("negative coordinates", l, [](VenueLayout &x) { x.seats[0].x = -50; }, {});
    addRow(
        "negative capacity", l, [](VenueLayout &x) { x.standingAreas[0].capacity = -1; },
        QStringLiteral("standing area Floor: capacity must not be negative"));
    addRow("zero capacity", l, [](VenueLayout &x) { x.standingAreas[0].capacity = 0; }, {});
    addRow("largest capacity", l, [](VenueLayout &x) { x.standingAreas[0].capacity = 1'000'000; }, {});
    addRow(
        "capacity too large", l, [](VenueLayout &x) { x.standingAreas[0].capacity = 1'000'001; },
        QStringLiteral(
            "standing area Floor: capacity 1000001 is more than the 1000000 places an area may have"));
    addRow(
        "too many places in all", l,
        [](VenueLayout &x) {
            const StandingArea floor = x.standingAreas[0];
            x.standingAreas.clear();
            for (int i = 0; i < 10; ++i) {
                StandingArea area = floor;
                area.id =
                    QUuid::fromString(QStringLiteral("00000000-0000-4000-8000-0000000000%1").arg(10 + i));
                area.name = QStringLiteral("Floor %1").arg(i);
                area.capacity = 1'000'000;
                x.standingAreas.append(area);
            }
        },
        QStringLiteral("layout: 10000004 places in all, more than the 10000000 a layout may have"));
    addRow(
        "huge x", l, [](VenueLayout &x) { x.seats[0].x = 1e308; },
        QStringLiteral("seat Stalls A-1: x is 1e+308, beyond the 10000000 a layout may measure"));
    addRow(
        "huge venue", l, [](VenueLayout &x) { x.height = 2e7; },
        QStringLiteral("layout: height is 2e+07, beyond the 10000000 a layout may measure"));
    addRow("far but in bounds", l, [](VenueLayout &x) { x.seats[0].x = -9'999'999; }, {});
    addRow(
        "area unknown category", l,
        [](VenueLayout &x) { x.standingAreas[0].category = QStringLiteral("pit"); },
        QStringLiteral("standing area Floor: category \"pit\" is not defined"));
    addRow(
        "area negative width", l, [](VenueLayout &x) { x.standingAreas[0].width = -1; },
        QStringLiteral("standing area Floor: width must not be negative"));
    addRow(
        "area NaN height", l, [nan](VenueLayout &x) { x.standingAreas[0].height = nan; },
        QStringLiteral("standing area Floor: height is not a finite number"));
    addRow(
        "area without name", l, [](VenueLayout &x) { x.standingAreas[0].name = QStringLiteral(" "); },
        QStringLiteral("standing area #1: name must not be empty"));
    addRow(
        "negative venue width", l, [](VenueLayout &x) { x.width = -1; },
        QStringLiteral("layout: width must not be negative"));
    addRow(
        "infinite stage", l, [inf](VenueLayout &x) { x.stageWidth = inf; },
        QStringLiteral("layout: stage width is not a finite number"));
    addRow(
        "duplicate category", l, [](VenueLayout &x) { x.categories.append(x.categories.first()); },
        QStringLiteral("category \"stalls\": defined twice"));
    addRow(
        "bad colour", l, [](VenueLayout &x) { x.categories[1].colour = QStringLiteral("orange"); },
        QStringLiteral("category \"circle-2\": colour: must be #rrggbb"));
    addRow(
        "negative price", l, [](VenueLayout &x) { x.categories[0].priceCents = -1; },
        QStringLiteral("category \"stalls\": price: must be a non-negative integer number of cents"));
    addRow(
        "bad category key", l, [](VenueLayout &x) { x.categories[0].id = QStringLiteral("front row"); },
        QStringLiteral("category \"front row\": id: must be 1 to 32 letters, digits, _ or -"));
    addRow(
        "long category key", l, [](VenueLayout &x) { x.categories[0].id = QString(33, u'k'); },
        QStringLiteral("category \"%1\": id: must be 1 to 32 letters, digits, _ or -")
            .arg(QString(33, u'k')));
    addRow(
        "unnamed category", l, [](VenueLayout &x) { x.categories[0].name.clear(); },
        QStringLiteral("category \"stalls\": name: must not be empty"));
}

void TestDomain::validateLayout()
{
    QFETCH(VenueLayout, layout);
    QFETCH(QString, error);
    verifyStatus(tessera::validateLayout(layout), error);
}

void TestDomain::validateHold_data()
{
    QTest::addColumn<Hold>("hold");
    QTest::addColumn<QString>("error");
    const Hold seats = sampleSeatHold();
    const Hold standing = sampleStandingHold();
    addRow("seats", seats, unchanged, {});
    addRow("standing", standing, unchanged, {});
    addRow(
        "no event", seats, [](Hold &x) { x.eventId = QUuid(); }, QStringLiteral("event_id: required"));
    addRow(
        "no holder", seats, [](Hold &x) { x.holder = QStringLiteral(" "); },
        QStringLiteral("holder: must not be empty"));
    addRow(
        "no expiry", seats, [](Hold &x) { x.expiresAt = {}; }, QStringLiteral("expires_at: required"));
    addRow(
        "nothing held", seats, [](Hold &x) { x.seatIds.clear(); },
        QStringLiteral("seat_ids: a hold needs seats or a standing area"));
    addRow(
        "seat listed twice", seats, [](Hold &x) { x.seatIds.append(x.seatIds.first()); },
        QStringLiteral("seat_ids[2]: listed twice"));
    addRow(
        "nil seat", seats, [](Hold &x) { x.seatIds[1] = QUuid(); },
        QStringLiteral("seat_ids[1]: must not be the nil UUID"));
    addRow(
        "seat hold with quantity", seats, [](Hold &x) { x.quantity = 2; },
        QStringLiteral("quantity: only for standing holds"));
    addRow(
        "standing without quantity", standing, [](Hold &x) { x.quantity = 0; },
        QStringLiteral("quantity: must be at least 1"));
    addRow(
        "standing and seats", standing, [](Hold &x) { x.seatIds = {uuid(101)}; },
        QStringLiteral("seat_ids: a standing hold holds no seats"));
    QCOMPARE(seats.placeCount(), 2);
    QCOMPARE(standing.placeCount(), 4);
}

void TestDomain::validateHold()
{
    QFETCH(Hold, hold);
    QFETCH(QString, error);
    verifyStatus(tessera::validateHold(hold), error);
}

void TestDomain::emailAddress_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << QStringLiteral("zoe@example.org") << true;
    QTest::newRow("plus and subdomain") << QStringLiteral("a.b+box@mail.example.co.uk") << true;
    QTest::newRow("unicode") << QStringLiteral("zoë@exämple.de") << true;
    QTest::newRow("no at") << QStringLiteral("zoe.example.org") << false;
    QTest::newRow("two ats") << QStringLiteral("zoe@home@example.org") << false;
    QTest::newRow("no local part") << QStringLiteral("@example.org") << false;
    QTest::newRow("no dot in domain") << QStringLiteral("zoe@localhost") << false;
    QTest::newRow("dot first") << QStringLiteral("zoe@.example.org") << false;
    QTest::newRow("dot last") << QStringLiteral("zoe@example.") << false;
    QTest::newRow("double dot") << QStringLiteral("zoe@example..org") << false;
    QTest::newRow("space") << QStringLiteral("zoe m@example.org") << false;
    QTest::newRow("newline") << QStringLiteral("zoe@example.org\n") << false;
    QTest::newRow("too long") << (QString(250, u'z') + QStringLiteral("@a.bc")) << false;
}

void TestDomain::emailAddress()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QCOMPARE(isEmailAddress(text), valid);
}

void TestDomain::validateOrder_data()
{
    QTest::addColumn<Order>("order");
    QTest::addColumn<QString>("error");
    const Order o = sampleOrder();
    addRow("sample", o, unchanged, {});
    addRow("anonymous", o,
           [](Order &x) {
               x.customerName.clear();
               x.customerEmail.clear();
           },
           {});
    addRow("no tickets", o, [](Order &x) { x.tickets.clear(); }, {});
    addRow(
        "no id", o, [](Order &x) { x.id = QUuid(); }, QStringLiteral("id: required"));
    addRow(
        "no event", o, [](Order &x) { x.eventId = QUuid(); }, QStringLiteral("event_id: required"));
    addRow(
        "bad e-mail", o, [](Order &x) { x.customerEmail = QStringLiteral("zoe at example.org"); },
        QStringLiteral("customer_email: not an e-mail address"));
    addRow(
        "long name", o, [](Order &x) { x.customerName = QString(201, u'z'); },
        QStringLiteral("customer_name: at most 200 characters"));
    addRow(
        "negative total", o, [](Order &x) { x.totalCents = -5; },
        QStringLiteral("total_price: must be a non-negative integer number of cents"));
    addRow(
        "ticket of another order", o, [](Order &x) { x.tickets[1].orderId = uuid(999); },
        QStringLiteral("tickets[1].order_id: differs from the order's id"));
    addRow(
        "ticket of another event", o, [](Order &x) { x.tickets[0].eventId = uuid(2); },
        QStringLiteral("tickets[0].event_id: differs from the order's event_id"));
    addRow(
        "ticket negative price", o, [](Order &x) { x.tickets[1].priceCents = -1; },
        QStringLiteral("tickets[1].price: must be a non-negative integer number of cents"));
    addRow(
        "ticket seat and area", o, [](Order &x) { x.tickets[0].standingAreaId = uuid(201); },
        QStringLiteral("tickets[0].standing_area_id: a ticket has a seat or a standing area, not both"));
    addRow("standing ticket", o,
           [](Order &x) {
               x.tickets[0].seatId = QUuid();
               x.tickets[0].standingAreaId = uuid(201);
           },
           {});
    addRow(
        "ticket not issued", o, [](Order &x) { x.tickets[0].issuedAt = {}; },
        QStringLiteral("tickets[0].issued_at: required"));
    addRow(
        "reserved without expiry", o, [](Order &x) { x.tickets[0].status = TicketStatus::Reserved; },
        QStringLiteral("tickets[0].expires_at: required for a reserved ticket"));
    addRow("reserved with expiry", o,
           [](Order &x) {
               x.tickets[0].status = TicketStatus::Reserved;
               x.tickets[0].expiresAt = x.tickets[0].issuedAt.addSecs(600);
           },
           {});
    addRow(
        "ticket without id", o, [](Order &x) { x.tickets[1].id = QUuid(); },
        QStringLiteral("tickets[1].id: required"));
}

void TestDomain::validateOrder()
{
    QFETCH(Order, order);
    QFETCH(QString, error);
    verifyStatus(tessera::validateOrder(order), error);
}

void TestDomain::validateQueueEntry_data()
{
    QTest::addColumn<QueueEntry>("entry");
    QTest::addColumn<QString>("error");
    const QueueEntry e = sampleQueueEntry();
    addRow("active", e, unchanged, {});
    addRow("waiting", e,
           [](QueueEntry &x) {
               x.status = QueueStatus::Waiting;
               x.position = 17;
               x.expiresAt = {};
           },
           {});
    addRow(
        "active without expiry", e, [](QueueEntry &x) { x.expiresAt = {}; },
        QStringLiteral("expires_at: required for an active entry"));
    addRow(
        "negative position", e, [](QueueEntry &x) { x.position = -1; },
        QStringLiteral("position: must not be negative"));
    addRow(
        "no user", e, [](QueueEntry &x) { x.userId = QUuid(); }, QStringLiteral("user_id: required"));
    addRow(
        "no session", e, [](QueueEntry &x) { x.sessionId = QUuid(); },
        QStringLiteral("session_id: required"));
    addRow(
        "never entered", e, [](QueueEntry &x) { x.enteredAt = {}; }, QStringLiteral("entered_at: required"));
}

void TestDomain::validateQueueEntry()
{
    QFETCH(QueueEntry, entry);
    QFETCH(QString, error);
    verifyStatus(tessera::validateQueueEntry(entry), error);
}

QTEST_GUILESS_MAIN(TestDomain)
#include "tst_domain.moc"
