#include "core/domain/json.h"
#include "tests/core/domainfixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace tessera;
using namespace tessera::fixtures;

namespace {

/// Serialises to compact JSON text and parses it back, as the wire does.
QJsonObject throughText(const QJsonObject &json)
{
    QJsonParseError error;
    const QJsonDocument document =
        QJsonDocument::fromJson(QJsonDocument(json).toJson(QJsonDocument::Compact), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("JSON did not parse back: %s", qPrintable(error.errorString()));
    return document.object();
}

template<typename T>
void verifyRoundTrip(const T &value, Result<T> (*decode)(const QJsonObject &))
{
    const QJsonObject json = toJson(value);
    const Result<T> back = decode(throughText(json));
    QVERIFY2(back.hasValue(), errorText(back).constData());
    QVERIFY2(*back == value, QJsonDocument(json).toJson().constData());
}

QJsonObject with(QJsonObject object, const char *key, const QJsonValue &value)
{
    object.insert(QLatin1StringView(key), value);
    return object;
}

QJsonObject without(QJsonObject object, const char *key)
{
    object.remove(QLatin1StringView(key));
    return object;
}

/// `object` with one field of the index-th object in its `list` array replaced (or removed when
/// value is undefined), or the element itself replaced when key is null.
QJsonObject withInList(const QJsonObject &object, const char *list, qsizetype index, const char *key,
                       const QJsonValue &value)
{
    QJsonArray array = object.value(QLatin1StringView(list)).toArray();
    if (!key)
        array[index] = value;
    else if (value.isUndefined())
        array[index] = without(array.at(index).toObject(), key);
    else
        array[index] = with(array.at(index).toObject(), key, value);
    return with(object, list, array);
}

/// The message of the error the decoder for `type` reports, or "" when it accepts the input.
QString decodeError(const QString &type, const QJsonObject &json)
{
    const auto message = [](const auto &result) {
        return result.hasValue() ? QString() : result.error().message;
    };
    if (type == u"event")
        return message(eventFromJson(json));
    if (type == u"layout")
        return message(venueLayoutFromJson(json));
    if (type == u"hold")
        return message(holdFromJson(json));
    if (type == u"ticket")
        return message(ticketFromJson(json));
    if (type == u"order")
        return message(orderFromJson(json));
    if (type == u"entry")
        return message(queueEntryFromJson(json));
    if (type == u"session")
        return message(queueSessionFromJson(json));
    qFatal("unknown type");
}

QString text(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

} // namespace

class TestJson final : public QObject
{
    Q_OBJECT

private slots:
    void rfc3339Parse_data();
    void rfc3339Parse();
    void rfc3339Format();
    void enumWireNames();
    void eventRoundTrip_data();
    void eventRoundTrip();
    void eventWireShape();
    void eventCreateRequest();
    void eventPatchApplies();
    void eventPatchRejects_data();
    void eventPatchRejects();
    void layoutRoundTrip();
    void layoutWireShape();
    void holdRoundTrip();
    void orderRoundTrip();
    void ticketRoundTrip_data();
    void ticketRoundTrip();
    void queueRoundTrip();
    void uuidInputForms();
    void rejections_data();
    void rejections();
};

void TestJson::rfc3339Parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QDateTime>("expected"); // invalid when the input must be rejected

    const QDateTime base = utc(2025, 3, 14, 19, 30);
    QTest::newRow("Z") << text("2025-03-14T19:30:00Z") << base;
    QTest::newRow("lower case t and z") << text("2025-03-14t19:30:00z") << base;
    QTest::newRow("milliseconds") << text("2025-03-14T19:30:00.123Z") << base.addMSecs(123);
    QTest::newRow("tenths") << text("2025-03-14T19:30:00.1Z") << base.addMSecs(100);
    QTest::newRow("nanoseconds truncated") << text("2025-03-14T19:30:00.987654321Z") << base.addMSecs(987);
    QTest::newRow("positive offset") << text("2025-03-14T21:30:00+02:00") << base;
    QTest::newRow("half-hour offset") << text("2025-03-15T01:00:00+05:30") << base;
    QTest::newRow("negative offset") << text("2025-03-14T14:30:00-05:00") << base;
    QTest::newRow("offset crosses date") << text("2025-03-14T23:30:00-05:00") << utc(2025, 3, 15, 4, 30);
    QTest::newRow("unknown local offset") << text("2025-03-14T19:30:00-00:00") << base;
    QTest::newRow("offset and fraction") << text("2025-03-14T20:30:00.5+01:00") << base.addMSecs(500);
    QTest::newRow("leap day") << text("2024-02-29T00:00:00Z") << utc(2024, 2, 29, 0, 0);

    const QDateTime rejected;
    QTest::newRow("no zone") << text("2025-03-14T19:30:00") << rejected;
    QTest::newRow("no zone with fraction") << text("2025-03-14T19:30:00.123") << rejected;
    QTest::newRow("space separator") << text("2025-03-14 19:30:00Z") << rejected;
    QTest::newRow("date only") << text("2025-03-14") << rejected;
    QTest::newRow("no seconds") << text("2025-03-14T19:30Z") << rejected;
    QTest::newRow("empty") << QString() << rejected;
    QTest::newRow("short month") << text("2025-3-14T19:30:00Z") << rejected;
    QTest::newRow("30 February") << text("2025-02-30T19:30:00Z") << rejected;
    QTest::newRow("29 February 2025") << text("2025-02-29T19:30:00Z") << rejected;
    QTest::newRow("hour 24") << text("2025-03-14T24:00:00Z") << rejected;
    QTest::newRow("minute 60") << text("2025-03-14T19:60:00Z") << rejected;
    QTest::newRow("leap second") << text("2016-12-31T23:59:60Z") << rejected;
    QTest::newRow("offset without colon") << text("2025-03-14T19:30:00+0200") << rejected;
    QTest::newRow("offset hours only") << text("2025-03-14T19:30:00+02") << rejected;
    QTest::newRow("offset hour 24") << text("2025-03-14T19:30:00+24:00") << rejected;
    QTest::newRow("offset minute 60") << text("2025-03-14T19:30:00+02:60") << rejected;
    QTest::newRow("empty fraction") << text("2025-03-14T19:30:00.Z") << rejected;
    QTest::newRow("trailing text") << text("2025-03-14T19:30:00Zjunk") << rejected;
    QTest::newRow("space before zone") << text("2025-03-14T19:30:00 Z") << rejected;
    QTest::newRow("letters in year") << text("20x5-03-14T19:30:00Z") << rejected;
    QTest::newRow("non-ASCII digit") << QStringLiteral("2025-03-14T19:30:0\u0665Z") << rejected;
}

void TestJson::rfc3339Parse()
{
    QFETCH(QString, input);
    QFETCH(QDateTime, expected);
    const std::optional<QDateTime> parsed = parseRfc3339(input);
    if (!expected.isValid()) {
        QVERIFY2(!parsed, "invalid time accepted");
        return;
    }
    QVERIFY(parsed);
    QCOMPARE(parsed->toMSecsSinceEpoch(), expected.toMSecsSinceEpoch());
    QCOMPARE(parsed->timeSpec(), Qt::UTC);
}

void TestJson::rfc3339Format()
{
    QCOMPARE(toRfc3339(utc(2025, 3, 14, 19, 30)), text("2025-03-14T19:30:00.000Z"));
    QCOMPARE(toRfc3339(utc(2025, 3, 14, 19, 30, 5, 7)), text("2025-03-14T19:30:05.007Z"));
    const QDateTime paris(QDate(2025, 3, 14), QTime(20, 30), Qt::OffsetFromUTC, 3600);
    QCOMPARE(toRfc3339(paris), text("2025-03-14T19:30:00.000Z"));
    QCOMPARE(toRfc3339(QDateTime()), QString());
    const QDateTime local = QDateTime::currentDateTime();
    QCOMPARE(parseRfc3339(toRfc3339(local))->toMSecsSinceEpoch(), local.toMSecsSinceEpoch());
    // The same text as Qt's ISO format, across leap years, centuries, the epoch and both ends
    // of the four-digit years.
    QCOMPARE(toRfc3339(utc(2024, 2, 29, 23, 59, 59, 999)), text("2024-02-29T23:59:59.999Z"));
    QCOMPARE(toRfc3339(utc(1969, 12, 31, 23, 59, 59, 1)), text("1969-12-31T23:59:59.001Z"));
    QCOMPARE(toRfc3339(utc(1, 1, 1, 0, 0)), text("0001-01-01T00:00:00.000Z"));
    QCOMPARE(toRfc3339(utc(9999, 12, 31, 23, 59, 59, 999)), text("9999-12-31T23:59:59.999Z"));
    quint64 state = 0x9e3779b97f4a7c15ULL;
    for (int i = 0; i < 20000; ++i) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        const qint64 ms = qint64(state >> 11) % 253'402'300'800'000LL - 62'135'596'800'000LL;
        const QDateTime time = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        QCOMPARE(toRfc3339(time), time.toString(Qt::ISODateWithMs));
    }
    const QDateTime late = QDateTime::fromMSecsSinceEpoch(253'402'300'800'000LL, Qt::UTC); // year 10000
    QCOMPARE(toRfc3339(late), late.toString(Qt::ISODateWithMs));
}

void TestJson::enumWireNames()
{
    QCOMPARE(wireName(EventStatus::SoldOut), text("sold_out"));
    QCOMPARE(wireName(EventKind::Mixed), text("mixed"));
    QCOMPARE(wireName(SeatFlag::RestrictedView), text("restricted_view"));
    QCOMPARE(wireName(PaymentMethod::Complimentary), text("complimentary"));
    QCOMPARE(wireName(TicketStatus::Reserved), text("reserved"));
    QCOMPARE(wireName(OrderStatus::PartiallyCancelled), text("partially_cancelled"));
    QCOMPARE(wireName(QueueStatus::Expired), text("expired"));

    for (EventStatus v : {EventStatus::Active, EventStatus::Inactive, EventStatus::SoldOut})
        QCOMPARE(fromWireName<EventStatus>(wireName(v)), v);
    for (EventKind v : {EventKind::Seated, EventKind::Standing, EventKind::Mixed})
        QCOMPARE(fromWireName<EventKind>(wireName(v)), v);
    for (SeatFlag v : {SeatFlag::Accessible, SeatFlag::Companion, SeatFlag::RestrictedView})
        QCOMPARE(fromWireName<SeatFlag>(wireName(v)), v);
    for (PaymentMethod v : {PaymentMethod::Cash, PaymentMethod::Card, PaymentMethod::Complimentary})
        QCOMPARE(fromWireName<PaymentMethod>(wireName(v)), v);
    for (TicketStatus v : {TicketStatus::Reserved, TicketStatus::Confirmed, TicketStatus::Cancelled})
        QCOMPARE(fromWireName<TicketStatus>(wireName(v)), v);
    for (OrderStatus v : {OrderStatus::Completed, OrderStatus::Cancelled, OrderStatus::PartiallyCancelled})
        QCOMPARE(fromWireName<OrderStatus>(wireName(v)), v);
    for (QueueStatus v :
         {QueueStatus::Waiting, QueueStatus::Active, QueueStatus::Expired, QueueStatus::Completed})
        QCOMPARE(fromWireName<QueueStatus>(wireName(v)), v);

    QVERIFY(!fromWireName<EventStatus>(u"Active"));
    QVERIFY(!fromWireName<EventStatus>(u"sold-out"));
    QVERIFY(!fromWireName<EventStatus>(u""));
    QVERIFY(!fromWireName<QueueStatus>(u"active "));
    QVERIFY(!fromWireName<PaymentMethod>(u"cheque"));
}

void TestJson::eventRoundTrip_data()
{
    QTest::addColumn<Event>("event");
    const Event e = sampleEvent();
    QTest::newRow("sample") << e;
    Event bare = e;
    bare.id = QUuid();
    bare.salesStart = bare.createdAt = bare.updatedAt = QDateTime();
    bare.description.clear();
    bare.venue.clear();
    QTest::newRow("optional fields unset") << bare;
    for (EventKind kind : {EventKind::Seated, EventKind::Standing, EventKind::Mixed}) {
        Event k = e;
        k.kind = kind;
        QTest::newRow(qPrintable(wireName(kind))) << k;
    }
    for (EventStatus status : {EventStatus::Inactive, EventStatus::SoldOut}) {
        Event s = e;
        s.status = status;
        s.availableTickets = 0;
        s.queueEnabled = false;
        QTest::newRow(qPrintable(wireName(status))) << s;
    }
    Event unicode = e;
    unicode.name = QStringLiteral("Götterdämmerung \u2013 \U0001F3AD");
    QTest::newRow("unicode") << unicode;
}

void TestJson::eventRoundTrip()
{
    QFETCH(Event, event);
    verifyRoundTrip(event, eventFromJson);
}

void TestJson::eventWireShape()
{
    const QJsonObject json = toJson(sampleEvent());
    QCOMPARE(json.value(u"id").toString(), text("5e5e0001-a1b2-4c3d-8e4f-5061728394a5"));
    QCOMPARE(json.value(u"start_time").toString(), text("2025-03-14T19:30:00.000Z"));
    QCOMPARE(json.value(u"created_at").toString(), text("2024-11-02T08:15:04.123Z"));
    QCOMPARE(json.value(u"status").toString(), text("active"));
    QCOMPARE(json.value(u"kind").toString(), text("mixed"));
    QCOMPARE(json.value(u"is_seated_event").toBool(), true);
    QCOMPARE(json.value(u"total_tickets").toInteger(), 1200);
    QCOMPARE(json.value(u"available_tickets").toInteger(), 1150);
    QCOMPARE(json.value(u"hold_time_s").toInteger(), 900);
    QCOMPARE(json.value(u"queue_enabled").toBool(), true);
    QCOMPARE(json.value(u"sales_start").toString(), text("2025-01-10T09:00:00.000Z"));

    Event standing = sampleEvent();
    standing.kind = EventKind::Standing;
    standing.salesStart = QDateTime();
    const QJsonObject standingJson = toJson(standing);
    QCOMPARE(standingJson.value(u"is_seated_event").toBool(true), false);
    QVERIFY(!standingJson.contains(u"sales_start"));
}

void TestJson::eventCreateRequest()
{
    // The body of POST /events from API.md: no id, status, counts or Tessera extras.
    const QJsonObject body = QJsonDocument::fromJson(R"({
        "name": "  Summer Gala ", "description": "Open air", "venue": "Park",
        "start_time": "2025-07-01T18:00:00+02:00", "end_time": "2025-07-01T23:00:00+02:00",
        "total_tickets": 500, "is_seated_event": false})")
                                 .object();
    const Result<Event> event = eventFromJson(body);
    QVERIFY2(event.hasValue(), errorText(event).constData());
    QVERIFY(event->id.isNull());
    QCOMPARE(event->name, text("Summer Gala"));
    QCOMPARE(event->startTime, utc(2025, 7, 1, 16, 0));
    QCOMPARE(event->status, EventStatus::Active);
    QCOMPARE(event->kind, EventKind::Standing);
    QCOMPARE(event->totalTickets, 500);
    QCOMPARE(event->availableTickets, 500);
    QCOMPARE(event->holdTimeSeconds, 600);
    QCOMPARE(event->queueEnabled, false);
    QVERIFY(event->salesStart.isNull());

    QCOMPARE(eventFromJson(with(body, "is_seated_event", true))->kind, EventKind::Seated);
    const QJsonObject mixed = with(body, "kind", text("mixed"));
    QCOMPARE(decodeError(text("event"), mixed), text("is_seated_event: contradicts kind \"mixed\""));
    QCOMPARE(eventFromJson(without(mixed, "is_seated_event"))->kind, EventKind::Mixed);
}

void TestJson::eventPatchApplies()
{
    const Event original = sampleEvent(); // 1200 total, 1150 available: 50 sold
    const Event same = *applyEventPatch(original, {});
    QVERIFY(same == original);

    const QJsonObject patch = QJsonDocument::fromJson(R"({
        "name": " Tosca (revival) ", "total_tickets": 1000, "sales_start": null,
        "status": "inactive", "hold_time_s": 120,
        "available_tickets": 3, "created_at": "2000-01-01T00:00:00Z",
        "id": "5E5E0001-A1B2-4C3D-8E4F-5061728394A5"})")
                                  .object();
    const Result<Event> updated = applyEventPatch(original, patch);
    QVERIFY2(updated.hasValue(), errorText(updated).constData());
    QCOMPARE(updated->name, text("Tosca (revival)"));
    QCOMPARE(updated->totalTickets, 1000);
    QCOMPARE(updated->availableTickets, 950); // still 50 sold; the client's 3 is ignored
    QVERIFY(updated->salesStart.isNull());
    QCOMPARE(updated->status, EventStatus::Inactive);
    QCOMPARE(updated->holdTimeSeconds, 120);
    QCOMPARE(updated->createdAt, original.createdAt);
    QCOMPARE(updated->description, original.description);
    QCOMPARE(updated->startTime, original.startTime);

    const QJsonObject seated = with({}, "is_seated_event", true);
    QCOMPARE(applyEventPatch(original, seated)->kind, EventKind::Mixed); // already has seats
    QCOMPARE(applyEventPatch(original, with({}, "is_seated_event", false))->kind, EventKind::Standing);
    Event standing = original;
    standing.kind = EventKind::Standing;
    QCOMPARE(applyEventPatch(standing, seated)->kind, EventKind::Seated);
    QCOMPARE(applyEventPatch(original, with({}, "total_tickets", 50))->availableTickets, 0);
}

void TestJson::eventPatchRejects_data()
{
    QTest::addColumn<QJsonObject>("patch");
    QTest::addColumn<QString>("error");
    QTest::newRow("unknown field") << with({}, "nmae", text("x")) << text("nmae: unknown field");
    QTest::newRow("other id") << with({}, "id", uuid(2).toString(QUuid::WithoutBraces))
                              << text("id: cannot be changed");
    QTest::newRow("end before start")
        << with({}, "end_time", text("2025-03-14T19:00:00Z")) << text("end_time: must be after start_time");
    QTest::newRow("below sold") << with({}, "total_tickets", 49)
                                << text("total_tickets: 50 tickets are sold already");
    QTest::newRow("name not a string") << with({}, "name", 5) << text("name: must be a string");
    QTest::newRow("blank name") << with({}, "name", text("   ")) << text("name: must not be empty");
    QTest::newRow("name null") << with({}, "name", QJsonValue()) << text("name: must be a string");
    QTest::newRow("kind contradiction") << with(with({}, "kind", text("standing")), "is_seated_event", true)
                                        << text("is_seated_event: contradicts kind \"standing\"");
    QTest::newRow("bad status") << with({}, "status", text("closed"))
                                << text("status: unknown value \"closed\"");
    QTest::newRow("hold too short") << with({}, "hold_time_s", 5)
                                    << text("hold_time_s: must be from 30 to 3600 seconds");
    QTest::newRow("start without zone") << with({}, "start_time", text("2025-03-14T18:00:00"))
                                        << text("start_time: not an RFC 3339 time with a zone");
}

void TestJson::eventPatchRejects()
{
    QFETCH(QJsonObject, patch);
    QFETCH(QString, error);
    const Result<Event> result = applyEventPatch(sampleEvent(), patch);
    QVERIFY(!result);
    QCOMPARE(result.errorCode(), ErrorCode::InvalidInput);
    QCOMPARE(result.error().message, error);
}

void TestJson::layoutRoundTrip()
{
    verifyRoundTrip(sampleLayout(), venueLayoutFromJson);
    verifyRoundTrip(VenueLayout{}, venueLayoutFromJson);
    PriceCategory priciest{text("top"), text("Top"), text("#000000"), (qint64(1) << 53) - 1};
    verifyRoundTrip(priciest, priceCategoryFromJson);
    for (const LayoutSeat &seat : sampleLayout().seats)
        verifyRoundTrip(seat, layoutSeatFromJson);
    verifyRoundTrip(sampleLayout().standingAreas.first(), standingAreaFromJson);
}

void TestJson::layoutWireShape()
{
    const QJsonObject json = toJson(sampleLayout());
    const QJsonArray seats = json.value(u"seats").toArray();
    QCOMPARE(seats.size(), 4);
    QVERIFY(!seats.at(0).toObject().contains(u"flags"));
    QVERIFY(!seats.at(0).toObject().contains(u"blocked"));
    QCOMPARE(seats.at(2).toObject().value(u"flags").toArray(),
             QJsonArray({text("accessible"), text("restricted_view")}));
    QCOMPARE(seats.at(3).toObject().value(u"blocked").toBool(), true);
    QCOMPARE(seats.at(3).toObject().value(u"block_reason").toString(), text("Press"));
    QCOMPARE(json.value(u"stage").toObject().value(u"y").toDouble(), -20.25);
    const QByteArray wire = QJsonDocument(json).toJson(QJsonDocument::Compact);
    QVERIFY2(wire.contains(R"("price":4500)"), wire.constData());
    QVERIFY(toJson(VenueLayout{}).value(u"seats").isArray());
    QVERIFY(toJson(VenueLayout{}).value(u"standing_areas").isArray());
}

void TestJson::holdRoundTrip()
{
    verifyRoundTrip(sampleSeatHold(), holdFromJson);
    verifyRoundTrip(sampleStandingHold(), holdFromJson);
    Hold unstamped = sampleSeatHold();
    unstamped.createdAt = QDateTime();
    verifyRoundTrip(unstamped, holdFromJson);
    QVERIFY(!toJson(sampleSeatHold()).contains(u"standing_area_id"));
    QCOMPARE(toJson(sampleStandingHold()).value(u"seat_ids").toArray(), QJsonArray());
}

void TestJson::orderRoundTrip()
{
    verifyRoundTrip(sampleOrder(), orderFromJson);
    Order walkIn = sampleOrder();
    walkIn.customerName.clear();
    walkIn.customerEmail.clear();
    walkIn.tickets.clear();
    walkIn.payment = PaymentMethod::Complimentary;
    walkIn.status = OrderStatus::Cancelled;
    walkIn.totalCents = 0;
    verifyRoundTrip(walkIn, orderFromJson);
    QCOMPARE(toJson(walkIn).value(u"tickets").toArray(), QJsonArray());
}

void TestJson::ticketRoundTrip_data()
{
    QTest::addColumn<Ticket>("ticket");
    const Ticket t = sampleTicket(411, uuid(101));
    QTest::newRow("seat") << t;
    Ticket standing = t;
    standing.seatId = QUuid();
    standing.standingAreaId = uuid(201);
    standing.seatLabel = text("Floor");
    QTest::newRow("standing") << standing;
    Ticket queued = t;
    queued.orderId = QUuid();
    queued.status = TicketStatus::Reserved;
    queued.expiresAt = t.issuedAt.addSecs(600);
    QTest::newRow("reserved through the queue") << queued;
    Ticket anonymous = t;
    anonymous.userId = QUuid();
    anonymous.seatLabel.clear();
    anonymous.createdAt = anonymous.updatedAt = QDateTime();
    anonymous.priceCents = 0;
    QTest::newRow("anonymous free") << anonymous;
    Ticket refunded = t;
    refunded.status = TicketStatus::Cancelled;
    refunded.refunded = true;
    QTest::newRow("refunded") << refunded;
}

void TestJson::ticketRoundTrip()
{
    QFETCH(Ticket, ticket);
    verifyRoundTrip(ticket, ticketFromJson);
    const QJsonObject json = toJson(ticket);
    QCOMPARE(json.contains(u"seat_id"), !ticket.seatId.isNull());
    QCOMPARE(json.contains(u"user_id"), !ticket.userId.isNull());
    QCOMPARE(json.contains(u"expires_at"), ticket.expiresAt.isValid());
    QCOMPARE(json.contains(u"refunded"), ticket.refunded); // only on refunded tickets
}

void TestJson::queueRoundTrip()
{
    verifyRoundTrip(sampleQueueEntry(), queueEntryFromJson);
    QueueEntry waiting = sampleQueueEntry();
    waiting.status = QueueStatus::Waiting;
    waiting.position = 3'000'000'000LL;
    waiting.expiresAt = QDateTime();
    verifyRoundTrip(waiting, queueEntryFromJson);
    verifyRoundTrip(sampleQueueSession(), queueSessionFromJson);
    QueueSession lapsed = sampleQueueSession();
    lapsed.active = false;
    verifyRoundTrip(lapsed, queueSessionFromJson);
}

void TestJson::uuidInputForms()
{
    const QJsonObject json = toJson(sampleQueueSession());
    for (const char *form :
         {"{5E5E025A-A1B2-4C3D-8E4F-5061728394A5}", "5E5E025A-a1b2-4c3d-8e4f-5061728394a5"}) {
        const Result<QueueSession> session = queueSessionFromJson(with(json, "id", text(form)));
        QVERIFY2(session.hasValue(), form);
        QCOMPARE(session->id, uuid(602));
        QCOMPARE(toJson(*session).value(u"id").toString(), text("5e5e025a-a1b2-4c3d-8e4f-5061728394a5"));
    }
}

void TestJson::rejections_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("error");
    const auto row = [](const char *name, const char *type, const QJsonObject &json,
                        const QByteArray &error) {
        QTest::newRow(name) << text(type) << json << QString::fromUtf8(error);
    };
    const char *cents = "must be a non-negative integer number of cents";
    const auto centsError = [cents](const char *path) { return QByteArray(path + QByteArray(": ") + cents); };

    const QJsonObject event = toJson(sampleEvent());
    row("event: valid", "event", event, "");
    row("event: null sales start", "event", with(event, "sales_start", QJsonValue()), "");
    row("event: start without zone", "event", with(event, "start_time", text("2025-03-14T19:30:00")),
        "start_time: not an RFC 3339 time with a zone");
    row("event: start as number", "event", with(event, "start_time", 1741980600),
        "start_time: not an RFC 3339 time with a zone");
    row("event: start null", "event", with(event, "start_time", QJsonValue()), "start_time: required");
    row("event: created_at with space", "event", with(event, "created_at", text("2024-11-02 08:15:04Z")),
        "created_at: not an RFC 3339 time with a zone");
    row("event: no name", "event", without(event, "name"), "name: required");
    row("event: name not a string", "event", with(event, "name", true), "name: must be a string");
    row("event: blank name", "event", with(event, "name", text("  ")), "name: must not be empty");
    row("event: no end", "event", without(event, "end_time"), "end_time: required");
    row("event: end before start", "event", with(event, "end_time", text("2025-03-14T19:29:59.999Z")),
        "end_time: must be after start_time");
    row("event: tickets as string", "event", with(event, "total_tickets", text("1200")),
        "total_tickets: must be an integer");
    row("event: fractional tickets", "event", with(event, "total_tickets", 1200.5),
        "total_tickets: must be an integer");
    row("event: tickets beyond int", "event", with(event, "total_tickets", 3e9),
        "total_tickets: out of range");
    row("event: tickets beyond int64", "event", with(event, "total_tickets", 1e20),
        "total_tickets: must be an integer");
    row("event: negative tickets", "event", with(without(event, "available_tickets"), "total_tickets", -1),
        "total_tickets: must not be negative");
    row("event: no ticket count", "event", without(event, "total_tickets"), "total_tickets: required");
    row("event: integral double", "event", with(event, "total_tickets", 1200.0), "");
    row("event: unknown status", "event", with(event, "status", text("open")),
        "status: unknown value \"open\"");
    row("event: status in capitals", "event", with(event, "status", text("ACTIVE")),
        "status: unknown value \"ACTIVE\"");
    row("event: unknown kind", "event", with(event, "kind", text("virtual")),
        "kind: unknown value \"virtual\"");
    row("event: no kind", "event", without(without(event, "kind"), "is_seated_event"),
        "kind: required (or is_seated_event)");
    row("event: kind contradiction", "event", with(event, "is_seated_event", false),
        "is_seated_event: contradicts kind \"mixed\"");
    row("event: seated as string", "event", with(event, "is_seated_event", text("yes")),
        "is_seated_event: must be true or false");
    row("event: bad id", "event", with(event, "id", text("not-a-uuid")), "id: not a UUID");
    row("event: nil id", "event", with(event, "id", text("00000000-0000-0000-0000-000000000000")),
        "id: must not be the nil UUID");
    row("event: hold too long", "event", with(event, "hold_time_s", 3601),
        "hold_time_s: must be from 30 to 3600 seconds");
    row("event: more available than total", "event", with(event, "available_tickets", 1201),
        "available_tickets: must be from 0 to total_tickets");

    const QJsonObject layout = toJson(sampleLayout());
    row("layout: valid", "layout", layout, "");
    row("layout: no width", "layout", without(layout, "width"), "width: required");
    row("layout: stage not an object", "layout", with(layout, "stage", 3), "stage: must be an object");
    row("layout: stage without width", "layout",
        with(layout, "stage", without(layout.value(u"stage").toObject(), "width")), "stage.width: required");
    row("layout: seats null", "layout", with(layout, "seats", QJsonValue()), "seats: must be an array");
    row("layout: seat not an object", "layout", withInList(layout, "seats", 1, nullptr, 7),
        "seats[1]: must be an object");
    row("layout: seat x as string", "layout", withInList(layout, "seats", 3, "x", text("4")),
        "seats[3].x: must be a number");
    row("layout: seat without id", "layout", withInList(layout, "seats", 0, "id", QJsonValue::Undefined),
        "seats[0].id: required");
    row("layout: seat number as integer", "layout", withInList(layout, "seats", 0, "number", 1),
        "seats[0].number: must be a string");
    row("layout: empty seat number", "layout", withInList(layout, "seats", 0, "number", text("")),
        "seats[0].number: must not be empty");
    row("layout: unknown flag", "layout", withInList(layout, "seats", 2, "flags", QJsonArray({text("vip")})),
        "seats[2].flags[0]: unknown value \"vip\"");
    row("layout: flag not a string", "layout",
        withInList(layout, "seats", 2, "flags", QJsonArray({text("accessible"), 1})),
        "seats[2].flags[1]: must be a string");
    row("layout: flags not an array", "layout", withInList(layout, "seats", 2, "flags", text("accessible")),
        "seats[2].flags: must be an array");
    row("layout: undefined category", "layout", withInList(layout, "seats", 2, "category", text("vip")),
        "seat Stalls B-7: category \"vip\" is not defined");
    row("layout: duplicate place", "layout", withInList(layout, "seats", 1, "number", text("1")),
        "seat Stalls A-1: another seat has the same section, row and number");
    row("layout: fractional price", "layout", withInList(layout, "categories", 1, "price", 12.5),
        centsError("categories[1].price"));
    row("layout: negative price", "layout", withInList(layout, "categories", 0, "price", -100),
        centsError("categories[0].price"));
    row("layout: price as string", "layout", withInList(layout, "categories", 0, "price", text("4500")),
        centsError("categories[0].price"));
    row("layout: price beyond 2^53", "layout",
        withInList(layout, "categories", 0, "price", QJsonValue(qint64(1) << 53)),
        centsError("categories[0].price"));
    row("layout: bad colour", "layout", withInList(layout, "categories", 0, "colour", text("red")),
        "categories[0].colour: must be #rrggbb");
    row("layout: fractional capacity", "layout", withInList(layout, "standing_areas", 0, "capacity", 2.5),
        "standing_areas[0].capacity: must be an integer");
    row("layout: negative capacity", "layout", withInList(layout, "standing_areas", 0, "capacity", -2),
        "standing area Floor: capacity must not be negative");

    const QJsonObject hold = toJson(sampleSeatHold());
    row("hold: valid", "hold", hold, "");
    row("hold: bad seat id", "hold", with(hold, "seat_ids", QJsonArray({uuid(1).toString(), text("x")})),
        "seat_ids[1]: not a UUID");
    row("hold: seat ids not an array", "hold", with(hold, "seat_ids", text("a,b")),
        "seat_ids: must be an array");
    row("hold: no expiry", "hold", without(hold, "expires_at"), "expires_at: required");
    row("hold: null expiry", "hold", with(hold, "expires_at", QJsonValue()), "expires_at: required");
    row("hold: no holder", "hold", without(hold, "holder"), "holder: required");
    row("hold: quantity with seats", "hold", with(hold, "quantity", 2), "quantity: only for standing holds");
    row("hold: standing without quantity", "hold",
        with(with(hold, "seat_ids", QJsonArray()), "standing_area_id", uuid(201).toString()),
        "quantity: must be at least 1");

    const QJsonObject ticket = toJson(sampleTicket(411, uuid(101)));
    row("ticket: valid", "ticket", ticket, "");
    row("ticket: seat id as number", "ticket", with(ticket, "seat_id", 42), "seat_id: not a UUID");
    row("ticket: issued without zone", "ticket", with(ticket, "issued_at", text("2025-02-01T12:03:09")),
        "issued_at: not an RFC 3339 time with a zone");
    row("ticket: fractional price", "ticket", with(ticket, "price", 45.5), centsError("price"));
    row("ticket: no price", "ticket", without(ticket, "price"), "price: required");
    row("ticket: unknown status", "ticket", with(ticket, "status", text("sold")),
        "status: unknown value \"sold\"");
    row("ticket: reserved without expiry", "ticket", with(ticket, "status", text("reserved")),
        "expires_at: required for a reserved ticket");
    row("ticket: refunded but valid", "ticket", with(ticket, "refunded", true),
        "refunded: only a cancelled ticket is refunded");

    const QJsonObject order = toJson(sampleOrder());
    row("order: valid", "order", order, "");
    row("order: bad e-mail", "order", with(order, "customer_email", text("zoe(at)example.org")),
        "customer_email: not an e-mail address");
    row("order: unknown payment", "order", with(order, "payment_method", text("bitcoin")),
        "payment_method: unknown value \"bitcoin\"");
    row("order: fractional total", "order", with(order, "total_price", 90.5), centsError("total_price"));
    row("order: tickets not an array", "order", with(order, "tickets", QJsonObject()),
        "tickets: must be an array");
    row("order: ticket price as string", "order", withInList(order, "tickets", 1, "price", text("45")),
        centsError("tickets[1].price"));
    row("order: ticket without status", "order",
        withInList(order, "tickets", 0, "status", QJsonValue::Undefined), "tickets[0].status: required");
    row("order: ticket of another order", "order",
        withInList(order, "tickets", 1, "order_id", uuid(9).toString()),
        "tickets[1].order_id: differs from the order's id");

    const QJsonObject entry = toJson(sampleQueueEntry());
    row("entry: valid", "entry", entry, "");
    row("entry: fractional position", "entry", with(entry, "position", 1.5), "position: must be an integer");
    row("entry: negative position", "entry", with(entry, "position", -3), "position: must not be negative");
    row("entry: unknown status", "entry", with(entry, "status", text("done")),
        "status: unknown value \"done\"");
    row("entry: no session", "entry", without(entry, "session_id"), "session_id: required");
    row("entry: active without expiry", "entry", without(entry, "expires_at"),
        "expires_at: required for an active entry");

    const QJsonObject session = toJson(sampleQueueSession());
    row("session: valid", "session", session, "");
    row("session: active as string", "session", with(session, "active", text("true")),
        "active: must be true or false");
    row("session: no expiry", "session", without(session, "expires_at"), "expires_at: required");
    row("session: no user", "session", without(session, "user_id"), "user_id: required");
}

void TestJson::rejections()
{
    QFETCH(QString, type);
    QFETCH(QJsonObject, json);
    QFETCH(QString, error);
    QCOMPARE(decodeError(type, throughText(json)), error);
}

QTEST_GUILESS_MAIN(TestJson)
#include "tst_json.moc"
