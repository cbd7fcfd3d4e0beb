#include "core/domain/json.h"

#include "core/common/ids.h"
#include "core/domain/invalid_p.h"
#include "core/domain/jsoncodec_p.h"

#include <algorithm>
#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace tessera {

// ---------------------------------------------------------------------------------------------
// RFC 3339

namespace {

/// The value of `count` ASCII digits at `pos`, or -1.
int digitsAt(QStringView text, qsizetype pos, qsizetype count)
{
    if (pos + count > text.size())
        return -1;
    int value = 0;
    for (qsizetype i = pos; i < pos + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

/// Seconds east of UTC of a zone designator "Z", "+HH:MM" or "-HH:MM" that ends the text.
std::optional<int> zoneOffsetSeconds(QStringView zone)
{
    if (zone == u"Z" || zone == u"z")
        return 0;
    if (zone.size() != 6 || (zone[0] != u'+' && zone[0] != u'-') || zone[3] != u':')
        return std::nullopt;
    const int hours = digitsAt(zone, 1, 2);
    const int minutes = digitsAt(zone, 4, 2);
    if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59)
        return std::nullopt;
    const int seconds = hours * 3600 + minutes * 60;
    return zone[0] == u'-' ? -seconds : seconds;
}

} // namespace

QString toRfc3339(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    // Years 1 to 9999 are written here, without QDateTime's calendar and zone machinery (a
    // reply carries several times, on the hot paths of the server); others as Qt writes them.
    constexpr qint64 kDayMs = 86'400'000;
    constexpr qint64 kFirstMs = -62'135'596'800'000; // 0001-01-01T00:00:00Z
    constexpr qint64 kLastMs = 253'402'300'799'999;  // 9999-12-31T23:59:59.999Z
    const qint64 ms = time.toMSecsSinceEpoch();
    if (ms < kFirstMs || ms > kLastMs)
        return time.toUTC().toString(Qt::ISODateWithMs);
    qint64 days = ms / kDayMs;
    qint64 msOfDay = ms % kDayMs;
    if (msOfDay < 0) {
        msOfDay += kDayMs;
        --days;
    }
    // Civil date of a day count (proleptic Gregorian; H. Hinnant's days-to-civil).
    const qint64 z = days + 719'468;
    const qint64 era = (z >= 0 ? z : z - 146'096) / 146'097;
    const qint64 dayOfEra = z - era * 146'097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36'524 - dayOfEra / 146'096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 mp = (5 * dayOfYear + 2) / 153;
    const int day = int(dayOfYear - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    const int year = int(yearOfEra + era * 400 + (month <= 2 ? 1 : 0));
    char text[24] = {};
    auto put = [&text](int pos, int width, qint64 value) {
        for (int i = pos + width - 1; i >= pos; --i, value /= 10)
            text[i] = char('0' + value % 10);
    };
    put(0, 4, year);
    text[4] = '-';
    put(5, 2, month);
    text[7] = '-';
    put(8, 2, day);
    text[10] = 'T';
    put(11, 2, msOfDay / 3'600'000);
    text[13] = ':';
    put(14, 2, msOfDay / 60'000 % 60);
    text[16] = ':';
    put(17, 2, msOfDay / 1000 % 60);
    text[19] = '.';
    put(20, 3, msOfDay % 1000);
    text[23] = 'Z';
    return QString::fromLatin1(text, 24);
}

std::optional<QDateTime> parseRfc3339(QStringView text)
{
    // 0123456789012345678
    // YYYY-MM-DDTHH:MM:SS
    constexpr qsizetype kSecondsEnd = 19;
    if (text.size() <= kSecondsEnd || text[4] != u'-' || text[7] != u'-' || text[13] != u':'
        || text[16] != u':' || (text[10] != u'T' && text[10] != u't')) {
        return std::nullopt;
    }
    const int year = digitsAt(text, 0, 4);
    const int month = digitsAt(text, 5, 2);
    const int day = digitsAt(text, 8, 2);
    const int hour = digitsAt(text, 11, 2);
    const int minute = digitsAt(text, 14, 2);
    const int second = digitsAt(text, 17, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0)
        return std::nullopt;

    qsizetype pos = kSecondsEnd;
    int milliseconds = 0;
    if (text[pos] == u'.') {
        const qsizetype first = ++pos;
        while (pos < text.size() && digitsAt(text, pos, 1) >= 0)
            ++pos;
        if (pos == first)
            return std::nullopt;
        const qsizetype kept = std::min<qsizetype>(pos - first, 3);
        milliseconds = digitsAt(text, first, kept);
        for (qsizetype i = kept; i < 3; ++i)
            milliseconds *= 10;
    }
    const std::optional<int> offset = zoneOffsetSeconds(text.sliced(pos));
    const QDate date(year, month, day);
    const QTime time(hour, minute, second, milliseconds);
    if (!offset || !date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC).addSecs(-*offset);
}

// ---------------------------------------------------------------------------------------------
// Enumerations

namespace {

template<typename E>
using NameTable = std::initializer_list<std::pair<E, const char *>>;

template<typename E>
QString nameIn(NameTable<E> table, E value)
{
    for (const auto &[enumerator, name] : table) {
        if (enumerator == value)
            return QString::fromLatin1(name);
    }
    Q_UNREACHABLE();
    return {};
}

template<typename E>
std::optional<E> valueIn(NameTable<E> table, QStringView name)
{
    for (const auto &[enumerator, text] : table) {
        if (name == QLatin1StringView(text))
            return enumerator;
    }
    return std::nullopt;
}

const NameTable<EventStatus> kEventStatusNames = {
    {EventStatus::Active, "active"},
    {EventStatus::Inactive, "inactive"},
    {EventStatus::SoldOut, "sold_out"},
};
const NameTable<EventKind> kEventKindNames = {
    {EventKind::Seated, "seated"},
    {EventKind::Standing, "standing"},
    {EventKind::Mixed, "mixed"},
};
const NameTable<SeatFlag> kSeatFlagNames = {
    {SeatFlag::Accessible, "accessible"},
    {SeatFlag::Companion, "companion"},
    {SeatFlag::RestrictedView, "restricted_view"},
};
const NameTable<PaymentMethod> kPaymentMethodNames = {
    {PaymentMethod::Cash, "cash"},
    {PaymentMethod::Card, "card"},
    {PaymentMethod::Complimentary, "complimentary"},
};
const NameTable<TicketStatus> kTicketStatusNames = {
    {TicketStatus::Reserved, "reserved"},
    {TicketStatus::Confirmed, "confirmed"},
    {TicketStatus::Cancelled, "cancelled"},
};
const NameTable<OrderStatus> kOrderStatusNames = {
    {OrderStatus::Completed, "completed"},
    {OrderStatus::Cancelled, "cancelled"},
    {OrderStatus::PartiallyCancelled, "partially_cancelled"},
};
const NameTable<QueueStatus> kQueueStatusNames = {
    {QueueStatus::Waiting, "waiting"},
    {QueueStatus::Active, "active"},
    {QueueStatus::Expired, "expired"},
    {QueueStatus::Completed, "completed"},
};

} // namespace

QString wireName(EventStatus status)
{
    return nameIn(kEventStatusNames, status);
}
QString wireName(EventKind kind)
{
    return nameIn(kEventKindNames, kind);
}
QString wireName(SeatFlag flag)
{
    return nameIn(kSeatFlagNames, flag);
}
QString wireName(PaymentMethod method)
{
    return nameIn(kPaymentMethodNames, method);
}
QString wireName(TicketStatus status)
{
    return nameIn(kTicketStatusNames, status);
}
QString wireName(OrderStatus status)
{
    return nameIn(kOrderStatusNames, status);
}
QString wireName(QueueStatus status)
{
    return nameIn(kQueueStatusNames, status);
}

template<>
std::optional<EventStatus> fromWireName<EventStatus>(QStringView name)
{
    return valueIn(kEventStatusNames, name);
}
template<>
std::optional<EventKind> fromWireName<EventKind>(QStringView name)
{
    return valueIn(kEventKindNames, name);
}
template<>
std::optional<SeatFlag> fromWireName<SeatFlag>(QStringView name)
{
    return valueIn(kSeatFlagNames, name);
}
template<>
std::optional<PaymentMethod> fromWireName<PaymentMethod>(QStringView name)
{
    return valueIn(kPaymentMethodNames, name);
}
template<>
std::optional<TicketStatus> fromWireName<TicketStatus>(QStringView name)
{
    return valueIn(kTicketStatusNames, name);
}
template<>
std::optional<OrderStatus> fromWireName<OrderStatus>(QStringView name)
{
    return valueIn(kOrderStatusNames, name);
}
template<>
std::optional<QueueStatus> fromWireName<QueueStatus>(QStringView name)
{
    return valueIn(kQueueStatusNames, name);
}

// ---------------------------------------------------------------------------------------------
// Event

namespace {

/// Reads kind and is_seated_event, which must agree when both are given.
void readEventKind(JsonReader &reader, Event &event, Need need)
{
    const bool hasKind = reader.contains("kind"_L1);
    const bool hasSeated = reader.contains("is_seated_event"_L1);
    if (!hasKind && !hasSeated) {
        if (need == Need::Required)
            reader.fail(QStringLiteral("kind"), QStringLiteral("required (or is_seated_event)"));
        return;
    }
    reader.readEnum("kind"_L1, event.kind, Need::Optional);
    bool seated = event.hasSeats();
    reader.read("is_seated_event"_L1, seated, Need::Optional);
    if (!reader.ok() || seated == event.hasSeats())
        return;
    if (hasKind)
        reader.fail(QStringLiteral("is_seated_event"),
                    QStringLiteral("contradicts kind \"%1\"").arg(wireName(event.kind)));
    else
        event.kind = seated ? EventKind::Seated : EventKind::Standing;
}

/// The fields a create request and a partial update may set.
void readWritableEventFields(JsonReader &reader, Event &event, Need need)
{
    reader.read("name"_L1, event.name, need);
    reader.read("description"_L1, event.description, Need::Optional);
    reader.read("venue"_L1, event.venue, Need::Optional);
    reader.read("start_time"_L1, event.startTime, need);
    reader.read("end_time"_L1, event.endTime, need);
    reader.readEnum("status"_L1, event.status, Need::Optional);
    reader.read("total_tickets"_L1, event.totalTickets, need);
    readEventKind(reader, event, need);
    reader.read("sales_start"_L1, event.salesStart, Need::Optional);
    reader.read("hold_time_s"_L1, event.holdTimeSeconds, Need::Optional);
    reader.read("queue_enabled"_L1, event.queueEnabled, Need::Optional);
    event.name = event.name.trimmed();
}

} // namespace

QJsonObject toJson(const Event &event)
{
    QJsonObject json;
    insertOptional(json, "id"_L1, event.id);
    json.insert("name"_L1, event.name);
    json.insert("description"_L1, event.description);
    json.insert("venue"_L1, event.venue);
    json.insert("start_time"_L1, toRfc3339(event.startTime));
    json.insert("end_time"_L1, toRfc3339(event.endTime));
    json.insert("status"_L1, wireName(event.status));
    json.insert("total_tickets"_L1, event.totalTickets);
    json.insert("available_tickets"_L1, event.availableTickets);
    json.insert("is_seated_event"_L1, event.hasSeats());
    json.insert("kind"_L1, wireName(event.kind));
    insertOptional(json, "sales_start"_L1, event.salesStart);
    json.insert("hold_time_s"_L1, event.holdTimeSeconds);
    json.insert("queue_enabled"_L1, event.queueEnabled);
    insertOptional(json, "created_at"_L1, event.createdAt);
    insertOptional(json, "updated_at"_L1, event.updatedAt);
    return json;
}

Result<Event> eventFromJson(const QJsonObject &json)
{
    Event event;
    JsonReader reader(json);
    reader.read("id"_L1, event.id, Need::Optional);
    readWritableEventFields(reader, event, Need::Required);
    event.availableTickets = event.totalTickets;
    reader.read("available_tickets"_L1, event.availableTickets, Need::Optional);
    reader.read("created_at"_L1, event.createdAt, Need::Optional);
    reader.read("updated_at"_L1, event.updatedAt, Need::Optional);
    return decoded(reader, std::move(event), validateEvent);
}

Result<Event> applyEventPatch(const Event &event, const QJsonObject &patch)
{
    static constexpr std::array known = {
        "id"_L1,
        "name"_L1,
        "description"_L1,
        "venue"_L1,
        "start_time"_L1,
        "end_time"_L1,
        "status"_L1,
        "total_tickets"_L1,
        "available_tickets"_L1,
        "is_seated_event"_L1,
        "kind"_L1,
        "sales_start"_L1,
        "hold_time_s"_L1,
        "queue_enabled"_L1,
        "created_at"_L1,
        "updated_at"_L1,
    };
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        if (std::find(known.begin(), known.end(), it.key()) == known.end())
            return invalidInput(it.key() + QStringLiteral(": unknown field"));
    }
    JsonReader reader(patch);
    QUuid id = event.id;
    reader.read("id"_L1, id, Need::Optional);
    if (reader.ok() && id != event.id)
        reader.fail(QStringLiteral("id"), QStringLiteral("cannot be changed"));
    Event updated = event;
    readWritableEventFields(reader, updated, Need::Optional);
    const int sold = event.totalTickets - event.availableTickets;
    if (reader.ok() && updated.totalTickets < sold)
        reader.fail(QStringLiteral("total_tickets"), QStringLiteral("%1 tickets are sold already").arg(sold));
    updated.availableTickets = updated.totalTickets - sold;
    return decoded(reader, std::move(updated), validateEvent);
}

// ---------------------------------------------------------------------------------------------
// Hold

QJsonObject toJson(const Hold &hold)
{
    QJsonObject json;
    json.insert("id"_L1, uuidText(hold.id));
    json.insert("event_id"_L1, uuidText(hold.eventId));
    QJsonArray seats;
    for (const QUuid &seat : hold.seatIds)
        seats.append(uuidText(seat));
    json.insert("seat_ids"_L1, seats);
    insertOptional(json, "standing_area_id"_L1, hold.standingAreaId);
    json.insert("quantity"_L1, hold.quantity);
    json.insert("holder"_L1, hold.holder);
    json.insert("expires_at"_L1, toRfc3339(hold.expiresAt));
    insertOptional(json, "created_at"_L1, hold.createdAt);
    return json;
}

Result<Hold> holdFromJson(const QJsonObject &json)
{
    Hold hold;
    JsonReader reader(json);
    reader.read("id"_L1, hold.id, Need::Required);
    reader.read("event_id"_L1, hold.eventId, Need::Required);
    reader.read("seat_ids"_L1, hold.seatIds, Need::Optional);
    reader.read("standing_area_id"_L1, hold.standingAreaId, Need::Optional);
    reader.read("quantity"_L1, hold.quantity, Need::Optional);
    reader.read("holder"_L1, hold.holder, Need::Required);
    reader.read("expires_at"_L1, hold.expiresAt, Need::Required);
    reader.read("created_at"_L1, hold.createdAt, Need::Optional);
    return decoded(reader, std::move(hold), validateHold);
}

// ---------------------------------------------------------------------------------------------
// Waiting room

QJsonObject toJson(const QueueEntry &entry)
{
    QJsonObject json;
    json.insert("id"_L1, uuidText(entry.id));
    json.insert("event_id"_L1, uuidText(entry.eventId));
    json.insert("user_id"_L1, uuidText(entry.userId));
    json.insert("session_id"_L1, uuidText(entry.sessionId));
    json.insert("position"_L1, entry.position);
    json.insert("status"_L1, wireName(entry.status));
    json.insert("entered_at"_L1, toRfc3339(entry.enteredAt));
    insertOptional(json, "expires_at"_L1, entry.expiresAt);
    insertOptional(json, "created_at"_L1, entry.createdAt);
    insertOptional(json, "updated_at"_L1, entry.updatedAt);
    return json;
}

Result<QueueEntry> queueEntryFromJson(const QJsonObject &json)
{
    QueueEntry entry;
    JsonReader reader(json);
    reader.read("id"_L1, entry.id, Need::Required);
    reader.read("event_id"_L1, entry.eventId, Need::Required);
    reader.read("user_id"_L1, entry.userId, Need::Required);
    reader.read("session_id"_L1, entry.sessionId, Need::Required);
    reader.read("position"_L1, entry.position, Need::Required);
    reader.readEnum("status"_L1, entry.status, Need::Required);
    reader.read("entered_at"_L1, entry.enteredAt, Need::Required);
    reader.read("expires_at"_L1, entry.expiresAt, Need::Optional);
    reader.read("created_at"_L1, entry.createdAt, Need::Optional);
    reader.read("updated_at"_L1, entry.updatedAt, Need::Optional);
    return decoded(reader, std::move(entry), validateQueueEntry);
}

QJsonObject toJson(const QueueSession &session)
{
    QJsonObject json;
    json.insert("id"_L1, uuidText(session.id));
    json.insert("event_id"_L1, uuidText(session.eventId));
    json.insert("user_id"_L1, uuidText(session.userId));
    json.insert("expires_at"_L1, toRfc3339(session.expiresAt));
    json.insert("active"_L1, session.active);
    return json;
}

Result<QueueSession> queueSessionFromJson(const QJsonObject &json)
{
    QueueSession session;
    JsonReader reader(json);
    reader.read("id"_L1, session.id, Need::Required);
    reader.read("event_id"_L1, session.eventId, Need::Required);
    reader.read("user_id"_L1, session.userId, Need::Required);
    reader.read("expires_at"_L1, session.expiresAt, Need::Required);
    reader.read("active"_L1, session.active, Need::Required);
    return decoded(reader, std::move(session));
}

} // namespace tessera
