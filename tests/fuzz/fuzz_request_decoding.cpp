// libFuzzer target: the request decoding of tessera-server. The first byte picks a decoder, the
// rest is the request body (or path parameter). Besides crashes and sanitizer reports it checks
// the codecs' promise (core/domain/json.h): every value a decoder accepts is valid and survives
// an encode/decode round trip unchanged.

#include "core/domain/json.h"
#include "core/server/apirequest.h"

#include <QJsonArray>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <limits>

using namespace tessera;
using namespace Qt::StringLiterals;

namespace {

template<typename T, typename Decode>
void roundTrip(const QJsonObject &json, Decode decode, const char *what)
{
    const Result<T> first = decode(json);
    if (!first)
        return;
    const Result<T> second = decode(toJson(*first));
    if (!second || !(*second == *first)) {
        std::fprintf(stderr, "%s: a decoded value does not survive the round trip: %s\n", what,
                     second ? "changed" : qPrintable(second.error().message));
        std::abort();
    }
}

void requestHelpers(const QJsonObject &json)
{
    // The field decoders the route handlers use, on whatever fields the input has.
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString &name = it.key();
        (void)optionalUuid(json, name);
        (void)requiredUuid(json, name);
        (void)optionalString(json, name, 64);
        (void)requiredString(json, name, 64);
        (void)optionalInteger(json, name, -1000, 1000);
        (void)requiredInteger(json, name, 0, std::numeric_limits<qint64>::max());
        (void)optionalBool(json, name);
        (void)requiredUuidList(json, name, 16);
        if (it.value().isString()) {
            (void)parseId(it.value().toString(), name);
            (void)parseRfc3339(it.value().toString());
        }
    }
    (void)onlyFields(json, {u"event_id"_s, u"seat_ids"_s, u"ttl_s"_s});
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const std::uint8_t selector = data[0];
    const QByteArray body(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    if (selector % 16 == 15) {
        // A path parameter or a time as text.
        const QString text = QString::fromUtf8(body);
        (void)parseId(text, u"id"_s);
        if (const auto time = parseRfc3339(text); time && !time->isValid())
            std::abort();
        return 0;
    }
    const Result<QJsonObject> parsed = parseJsonBody(body, selector & 0x80);
    if (!parsed)
        return 0;
    const QJsonObject &json = *parsed;
    switch (selector % 16) {
    case 0:
        roundTrip<Event>(json, eventFromJson, "event");
        break;
    case 1:
        if (const Result<Event> base = eventFromJson(QJsonObject{{u"name"_s, u"Base"_s},
                                                                 {u"start_time"_s, u"2026-12-01T20:00:00Z"_s},
                                                                 {u"end_time"_s, u"2026-12-01T23:00:00Z"_s},
                                                                 {u"total_tickets"_s, 100},
                                                                 {u"is_seated_event"_s, true}})) {
            if (const Result<Event> patched = applyEventPatch(*base, json);
                patched && !validateEvent(*patched))
                std::abort();
        }
        break;
    case 2:
        roundTrip<VenueLayout>(json, venueLayoutFromJson, "layout");
        break;
    case 3:
        roundTrip<Hold>(json, holdFromJson, "hold");
        break;
    case 4:
        roundTrip<Ticket>(json, ticketFromJson, "ticket");
        break;
    case 5:
        roundTrip<Order>(json, orderFromJson, "order");
        break;
    case 6:
        roundTrip<QueueEntry>(json, queueEntryFromJson, "queue entry");
        break;
    case 7:
        roundTrip<QueueSession>(json, queueSessionFromJson, "queue session");
        break;
    case 8:
        roundTrip<LayoutSeat>(json, layoutSeatFromJson, "seat");
        break;
    case 9:
        roundTrip<StandingArea>(json, standingAreaFromJson, "standing area");
        break;
    case 10:
        roundTrip<PriceCategory>(json, priceCategoryFromJson, "price category");
        break;
    default:
        requestHelpers(json);
        break;
    }
    return 0;
}
