#include "core/domain/json.h"
#include "core/remote/remotewire_p.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace tessera::remote {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tessera::RemoteBoxOffice", text);
}

} // namespace

Error answerError(int status, const QByteArray &body, const QString &networkError)
{
    if (status == 0)
        return Error{ErrorCode::StoreUnavailable, tr("The server cannot be reached: %1").arg(networkError)};
    const QJsonObject error = QJsonDocument::fromJson(body).object().value(u"error"_s).toObject();
    const QString code = error.value(u"code"_s).toString();
    QString message = error.value(u"message"_s).toString();
    if (message.isEmpty())
        message = tr("The server answered %1.").arg(status);
    // Refusals of the HTTP layer that are not core error codes.
    if (code == u"payload_too_large" || code == u"method_not_allowed")
        return Error{ErrorCode::InvalidInput, message};
    if (code == u"idempotency_key_reused")
        return Error{ErrorCode::Conflict, message};
    if (code == u"rate_limited")
        return Error{ErrorCode::StoreUnavailable, message};
    if (code.isEmpty())
        return Error{status >= 500 ? ErrorCode::Internal : ErrorCode::InvalidInput, message};
    return Error{errorCodeFromName(code), message};
}

Result<QJsonObject> objectBody(const QByteArray &body)
{
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parse);
    if (parse.error != QJsonParseError::NoError || !document.isObject())
        return Error{ErrorCode::Internal, tr("The server's answer is not a JSON object.")};
    return document.object();
}

Result<QJsonArray> arrayBody(const QByteArray &body)
{
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parse);
    if (parse.error != QJsonParseError::NoError || !document.isArray())
        return Error{ErrorCode::Internal, tr("The server's answer is not a JSON array.")};
    return document.array();
}

Result<Hold> holdAnswer(const QByteArray &body)
{
    Result<QJsonObject> object = objectBody(body);
    if (!object)
        return object.error();
    return holdFromJson(object->value(u"hold"_s).toObject());
}

SeatState seatStateFromName(QStringView name, bool *ok)
{
    *ok = true;
    if (name.compare(u"available", Qt::CaseInsensitive) == 0)
        return SeatState::Available;
    if (name.compare(u"held", Qt::CaseInsensitive) == 0)
        return SeatState::Held;
    if (name.compare(u"sold", Qt::CaseInsensitive) == 0)
        return SeatState::Sold;
    if (name.compare(u"blocked", Qt::CaseInsensitive) == 0)
        return SeatState::Blocked;
    *ok = false;
    return SeatState::Available;
}

Result<SeatInfo> seatInfoFromJson(const QJsonObject &json)
{
    SeatInfo seat;
    seat.seatId = QUuid::fromString(json.value(u"id"_s).toString());
    bool ok = false;
    seat.state = seatStateFromName(json.value(u"state"_s).toString(), &ok);
    if (seat.seatId.isNull() || !ok)
        return Error{ErrorCode::Internal, tr("The server sent a seat without id or state.")};
    seat.section = json.value(u"section"_s).toString();
    seat.row = json.value(u"row"_s).toString();
    seat.number = json.value(u"number"_s).toString();
    seat.categoryId = json.value(u"category"_s).toString();
    seat.priceCents = json.value(u"price"_s).toInteger();
    seat.x = json.value(u"x"_s).toDouble();
    seat.y = json.value(u"y"_s).toDouble();
    if (const auto expires = parseRfc3339(json.value(u"hold_expires_at"_s).toString()))
        seat.holdExpiresAt = *expires;
    return seat;
}

EngineStatus engineStatusFromJson(const QJsonObject &json)
{
    EngineStatus status;
    const QJsonObject units = json.value(u"units"_s).toObject();
    const QJsonObject space = json.value(u"space"_s).toObject();
    const QJsonObject pump = json.value(u"pump"_s).toObject();
    const QJsonObject queues = json.value(u"queues"_s).toObject();
    status.units = units.value(u"count"_s).toInt();
    status.totals.operations = quint64(units.value(u"operations"_s).toInteger());
    status.totals.conflicts = quint64(units.value(u"conflicts"_s).toInteger());
    status.events = space.value(u"events"_s).toInteger();
    status.seats = space.value(u"seats"_s).toInteger();
    status.seatCounts.available = space.value(u"available"_s).toInteger();
    status.seatCounts.held = space.value(u"held"_s).toInteger();
    status.seatCounts.sold = space.value(u"sold"_s).toInteger();
    status.seatCounts.blocked = space.value(u"blocked"_s).toInteger();
    status.liveHolds = space.value(u"live_holds"_s).toInteger();
    const QString state = pump.value(u"state"_s).toString();
    status.pump.state = state == u"running"                ? PumpState::Running
                        : state == u"database_unavailable" ? PumpState::DatabaseUnavailable
                        : state == u"starting"             ? PumpState::Starting
                                                           : PumpState::Stopped;
    status.pump.backlog = quint64(pump.value(u"backlog"_s).toInteger());
    status.pump.lagP50Ms = pump.value(u"lag_p50_ms"_s).toInteger();
    status.pump.lagP99Ms = pump.value(u"lag_p99_ms"_s).toInteger();
    status.pump.batches = quint64(pump.value(u"batches"_s).toInteger());
    status.pump.errors = quint64(pump.value(u"errors"_s).toInteger());
    status.pump.lastError = pump.value(u"last_error"_s).toString();
    status.queueWaiting = queues.value(u"waiting"_s).toInteger();
    status.queueActive = queues.value(u"active"_s).toInteger();
    return status;
}

QString cancelKindName(CancelKind kind)
{
    return kind == CancelKind::Refund ? u"refund"_s : u"cancel"_s;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QJsonArray idArray(const QList<QUuid> &ids)
{
    QJsonArray array;
    for (const QUuid &id : ids)
        array.append(idText(id));
    return array;
}

} // namespace tessera::remote
