// Event, seat and layout routes of the API server.

#include "core/common/ids.h"
#include "core/domain/json.h"
#include "core/server/apiserver.h"
#include "core/server/apiserver_p.h"
#include "core/server/seatjson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace tessera {

using namespace api;

namespace {

constexpr int kMaxSeatsPerRequest = 100000;

/// The price category of `priceCents` in `layout`, added ("p4500", "45.00") when missing.
QString categoryForPrice(VenueLayout &layout, qint64 priceCents)
{
    for (const PriceCategory &category : std::as_const(layout.categories)) {
        if (category.priceCents == priceCents)
            return category.id;
    }
    static const QStringList palette = {u"#c0392b"_s, u"#2980b9"_s, u"#27ae60"_s, u"#8e44ad"_s,
                                        u"#d35400"_s, u"#16a085"_s, u"#7f8c8d"_s, u"#f39c12"_s};
    PriceCategory category;
    category.id = u"p"_s + QString::number(priceCents);
    category.name = QString::number(double(priceCents) / 100.0, 'f', 2);
    category.colour = palette.at(layout.categories.size() % palette.size());
    category.priceCents = priceCents;
    layout.categories.append(category);
    return category.id;
}

/// Decodes `{"seats": [{section, row, number, price}]}` and appends the seats to `layout`, one row
/// per (section, row) below what is there.
Result<int> appendSeats(VenueLayout &layout, const QJsonObject &body)
{
    if (Status ok = onlyFields(body, {u"seats"_s}); !ok)
        return ok.error();
    const QJsonValue seats = body.value(u"seats"_s);
    if (!seats.isArray() || seats.toArray().isEmpty())
        return Error{ErrorCode::InvalidInput, u"seats: a non-empty array of {section, row, number, price}"_s};
    const QJsonArray array = seats.toArray();
    if (array.size() > kMaxSeatsPerRequest)
        return Error{ErrorCode::InvalidInput, u"seats: at most %1 per request"_s.arg(kMaxSeatsPerRequest)};
    double maxY = 0;
    for (const LayoutSeat &seat : std::as_const(layout.seats))
        maxY = std::max(maxY, seat.y);
    QHash<QString, int> rowY;
    QHash<QString, int> rowCount;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString field = u"seats["_s + QString::number(i) + u']';
        if (!array[i].isObject())
            return Error{ErrorCode::InvalidInput, field + u": must be an object"_s};
        const QJsonObject object = array[i].toObject();
        if (Status ok = onlyFields(object, {u"section"_s, u"row"_s, u"number"_s, u"price"_s}); !ok)
            return Error{ErrorCode::InvalidInput, field + u'.' + ok.error().message};
        Result<std::optional<QString>> section = optionalString(object, u"section"_s, 100);
        Result<std::optional<QString>> row = optionalString(object, u"row"_s, 100);
        Result<QString> number = requiredString(object, u"number"_s, 100);
        Result<qint64> price = requiredInteger(object, u"price"_s, 0, 100'000'000'00LL);
        for (const Error *error : {section ? nullptr : &section.error(), row ? nullptr : &row.error(),
                                   number ? nullptr : &number.error(), price ? nullptr : &price.error()}) {
            if (error)
                return Error{ErrorCode::InvalidInput, field + u'.' + error->message};
        }
        LayoutSeat seat;
        seat.id = newUuid();
        seat.section = section->value_or(QString()).trimmed();
        seat.row = row->value_or(QString()).trimmed();
        seat.number = number->trimmed();
        seat.category = categoryForPrice(layout, *price);
        const QString rowKey = seat.section + u'\x1f' + seat.row;
        if (!rowY.contains(rowKey))
            rowY.insert(rowKey, int(maxY) + 1 + int(rowY.size()));
        seat.y = rowY.value(rowKey);
        seat.x = ++rowCount[rowKey];
        layout.width = std::max(layout.width, seat.x + 1);
        layout.height = std::max(layout.height, seat.y + 1);
        layout.seats.append(seat);
    }
    if (Status valid = validateLayout(layout); !valid)
        return valid.error();
    return int(array.size());
}

} // namespace

void ApiServer::registerEventRoutes()
{
    const QString base = u"/api/v1/events"_s;
    addRoute("GET", base, Access::Customer, [this](const ApiRequest &) {
        return answer(m_office.events(), [](QList<Event> events) {
            return jsonReply(200, QJsonObject{{u"events"_s, jsonArray(events)}});
        });
    });
    addRoute("GET", base + u"/active"_s, Access::Customer, [this](const ApiRequest &) {
        return answer(m_office.events(), [](QList<Event> events) {
            QList<Event> active;
            for (const Event &event : std::as_const(events)) {
                if (event.status == EventStatus::Active)
                    active.append(event);
            }
            return jsonReply(200, QJsonObject{{u"events"_s, jsonArray(active)}});
        });
    });
    addRoute("POST", base, Access::Admin, [this](const ApiRequest &request) {
        Result<QJsonObject> body = jsonBody(request);
        if (!body)
            return ready(body.error());
        VenueLayout layout;
        if (body->contains(u"layout"_s)) {
            if (!body->value(u"layout"_s).isObject())
                return ready(Error{ErrorCode::InvalidInput, u"layout: must be an object"_s});
            Result<VenueLayout> decoded = venueLayoutFromJson(body->value(u"layout"_s).toObject());
            if (!decoded)
                return ready(Error{ErrorCode::InvalidInput, u"layout."_s + decoded.error().message});
            layout = *decoded;
            body->remove(u"layout"_s);
        }
        Result<Event> event = eventFromJson(*body);
        if (!event)
            return ready(event.error());
        if (layout.name.isEmpty())
            layout.name = event->venue.isEmpty() ? event->name : event->venue;
        return answer(m_office.createEvent(*event, layout), [](Event created) {
            return jsonReply(201, QJsonObject{{u"event"_s, toJson(created)}});
        });
    });
    addRoute("GET", base + u"/{id}"_s, Access::Customer, [this](const ApiRequest &request) {
        Result<QUuid> id = idParam(request, 0, u"id"_s);
        if (!id)
            return ready(id.error());
        return answer(m_office.event(*id), [](Event event) { return jsonReply(200, toJson(event)); });
    });
    addRoute("PUT", base + u"/{id}"_s, Access::Admin, [this](const ApiRequest &request) {
        Result<QUuid> id = idParam(request, 0, u"id"_s);
        if (!id)
            return ready(id.error());
        Result<QJsonObject> body = jsonBody(request);
        if (!body)
            return ready(body.error());
        const QJsonObject patch = *body;
        return thenSafelyUnwrapped(m_office.event(*id), QtFuture::Launch::Sync,
                                   [this, patch](Result<Event> current) -> QFuture<ApiReply> {
                                       if (!current)
                                           return ready(current.error());
                                       Result<Event> patched = applyEventPatch(*current, patch);
                                       if (!patched)
                                           return ready(patched.error());
                                       return answer(m_office.updateEvent(*patched), [](Event event) {
                                           return jsonReply(200, toJson(event));
                                       });
                                   });
    });
    addRoute("DELETE", base + u"/{id}"_s, Access::Admin, [this](const ApiRequest &request) {
        Result<QUuid> id = idParam(request, 0, u"id"_s);
        if (!id)
            return ready(id.error());
        return answer(m_office.deleteEvent(*id), noContentReply());
    });
    addRoute("POST", base + u"/{id}/seats"_s, Access::Admin,
             [this](const ApiRequest &r) { return addSeats(r); });
    addRoute("GET", base + u"/{id}/seats"_s, Access::Customer,
             [this](const ApiRequest &r) { return seatList(r, SeatFilter::All); });
    addRoute("GET", base + u"/{id}/seats/available"_s, Access::Customer,
             [this](const ApiRequest &r) { return seatList(r, SeatFilter::Available); });
    addRoute("GET", base + u"/{id}/layout"_s, Access::Customer, [this](const ApiRequest &request) {
        Result<QUuid> id = idParam(request, 0, u"id"_s);
        if (!id)
            return ready(id.error());
        return answer(m_office.layout(*id),
                      [](VenueLayout layout) { return jsonReply(200, toJson(layout)); });
    });
    addRoute("PUT", base + u"/{id}/layout"_s, Access::Admin, [this](const ApiRequest &request) {
        Result<QUuid> id = idParam(request, 0, u"id"_s);
        if (!id)
            return ready(id.error());
        Result<QJsonObject> body = jsonBody(request);
        if (!body)
            return ready(body.error());
        Result<VenueLayout> layout = venueLayoutFromJson(*body);
        if (!layout)
            return ready(layout.error());
        return answer(m_office.replaceLayout(*id, *layout),
                      [](Event event) { return jsonReply(200, toJson(event)); });
    });
}

QFuture<ApiReply> ApiServer::seatList(const ApiRequest &request, SeatFilter filter)
{
    Result<QUuid> id = idParam(request, 0, u"id"_s);
    if (!id)
        return ready(id.error());
    const auto entry = m_office.catalogEntry(*id);
    if (!entry)
        return ready(Error{ErrorCode::NotFound, tr("No event %1.").arg(request.params.value(0))});
    return answer(m_office.seats(*id), [entry, filter](QList<SeatInfo> seats) {
        QJsonArray array;
        for (const SeatInfo &seat : std::as_const(seats)) {
            if (filter == SeatFilter::All || seat.state == SeatState::Available)
                array.append(seatJson(seat, entry->event));
        }
        return jsonReply(200, array);
    });
}

QFuture<ApiReply> ApiServer::addSeats(const ApiRequest &request)
{
    Result<QUuid> id = idParam(request, 0, u"id"_s);
    if (!id)
        return ready(id.error());
    Result<QJsonObject> body = jsonBody(request);
    if (!body)
        return ready(body.error());
    const QJsonObject json = *body;
    const QUuid eventId = *id;
    return thenSafelyUnwrapped(
        m_office.layout(eventId), QtFuture::Launch::Sync,
        [this, json, eventId](Result<VenueLayout> layout) -> QFuture<ApiReply> {
            if (!layout)
                return ready(layout.error());
            Result<int> added = appendSeats(*layout, json);
            if (!added)
                return ready(added.error());
            const int count = *added;
            return answer(m_office.replaceLayout(eventId, *layout), [count](Event) {
                return jsonReply(201, QJsonObject{{u"message"_s, u"seats added"_s}, {u"count"_s, count}});
            });
        });
}

} // namespace tessera
