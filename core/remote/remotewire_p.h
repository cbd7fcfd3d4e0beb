#pragma once

// Decoding the server's answers for RemoteBoxOffice: API error objects back into typed errors,
// and the JSON bodies into domain values.

#include "core/boxoffice/boxoffice.h"

#include <QJsonArray>
#include <QJsonObject>

namespace tessera::remote {

/// The typed error of an error answer ({"error": {code, message}}), or of a failed exchange
/// (status 0: the server could not be reached).
Error answerError(int status, const QByteArray &body, const QString &networkError);
/// The body as a JSON object or array; InvalidInput-free: a malformed answer is Internal.
Result<QJsonObject> objectBody(const QByteArray &body);
Result<QJsonArray> arrayBody(const QByteArray &body);
/// Decodes every element of `array` with `decode`.
template<typename T, typename F>
Result<QList<T>> decodeList(const QJsonArray &array, F decode)
{
    QList<T> values;
    values.reserve(array.size());
    for (const QJsonValue &value : array) {
        Result<T> decoded = decode(value.toObject());
        if (!decoded)
            return decoded.error();
        values.append(std::move(decoded.value()));
    }
    return values;
}
/// The "hold" member of a hold answer.
Result<Hold> holdAnswer(const QByteArray &body);
/// A Seat of GET /events/{id}/seats (index and holder are filled in by the caller).
Result<SeatInfo> seatInfoFromJson(const QJsonObject &json);
/// GET /api/v1/status as EngineStatus.
EngineStatus engineStatusFromJson(const QJsonObject &json);
/// "cancel" or "refund".
QString cancelKindName(CancelKind kind);
/// A compact JSON document of an object.
QByteArray compact(const QJsonObject &object);
/// UUIDs as lower-case strings without braces.
QString idText(const QUuid &id);
QJsonArray idArray(const QList<QUuid> &ids);
SeatState seatStateFromName(QStringView name, bool *ok);

} // namespace tessera::remote
