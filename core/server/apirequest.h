#pragma once

#include "core/common/result.h"
#include "core/server/authservice.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>
#include <QUrlQuery>
#include <QUuid>

#include <optional>

namespace tessera {

/// One decoded API request as a route handler sees it: its path parameters, query, body and the
/// authenticated caller. Plain data, safe to copy into continuations on other threads.
struct ApiRequest
{
    QByteArray method;
    QString route;      ///< the route's path template, "/api/v1/events/{id}"
    QStringList params; ///< the values of the template's {placeholders}, in order
    QUrlQuery query;
    QByteArray body;
    Principal principal;
    QString idempotencyKey;
};

// Request decoding: every function checks the type and range of one thing and answers with an
// InvalidInput error whose message starts with the field name, e.g. "seat_id: not a UUID".

/// The body as a JSON object; an empty body is an empty object when `emptyIsObject`.
Result<QJsonObject> parseJsonBody(const QByteArray &body, bool emptyIsObject = false);
/// A UUID in text (with or without braces); NotFound-free: a malformed id is InvalidInput.
Result<QUuid> parseId(const QString &text, const QString &what);
/// Refuses fields that are not in `allowed`.
Status onlyFields(const QJsonObject &json, const QStringList &allowed);

Result<std::optional<QUuid>> optionalUuid(const QJsonObject &json, const QString &name);
Result<QUuid> requiredUuid(const QJsonObject &json, const QString &name);
Result<std::optional<QString>> optionalString(const QJsonObject &json, const QString &name,
                                              int maxLength = 1000);
Result<QString> requiredString(const QJsonObject &json, const QString &name, int maxLength = 1000);
/// An integral JSON number in [min, max] (doubles with a fraction are refused).
Result<std::optional<qint64>> optionalInteger(const QJsonObject &json, const QString &name, qint64 min,
                                              qint64 max);
Result<qint64> requiredInteger(const QJsonObject &json, const QString &name, qint64 min, qint64 max);
Result<std::optional<bool>> optionalBool(const QJsonObject &json, const QString &name);
/// A non-empty array of UUID strings, at most `maxCount`, without duplicates.
Result<QList<QUuid>> requiredUuidList(const QJsonObject &json, const QString &name, int maxCount);

} // namespace tessera
