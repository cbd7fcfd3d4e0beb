#include "core/server/apirequest.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace tessera {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tessera::ApiRequest", text);
}

Error invalid(const QString &field, const QString &message)
{
    return Error{ErrorCode::InvalidInput, field.isEmpty() ? message : field + u": "_s + message};
}

} // namespace

Result<QJsonObject> parseJsonBody(const QByteArray &body, bool emptyIsObject)
{
    if (body.trimmed().isEmpty()) {
        if (emptyIsObject)
            return QJsonObject();
        return invalid(u"body"_s, tr("a JSON object is required"));
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return invalid(u"body"_s,
                       tr("malformed JSON at offset %1: %2").arg(error.offset).arg(error.errorString()));
    if (!document.isObject())
        return invalid(u"body"_s, tr("must be a JSON object"));
    return document.object();
}

Result<QUuid> parseId(const QString &text, const QString &what)
{
    const QUuid id = QUuid::fromString(text);
    if (id.isNull())
        return invalid(what, tr("not a UUID"));
    return id;
}

Status onlyFields(const QJsonObject &json, const QStringList &allowed)
{
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!allowed.contains(it.key()))
            return invalid(it.key(), tr("unknown field"));
    }
    return {};
}

Result<std::optional<QUuid>> optionalUuid(const QJsonObject &json, const QString &name)
{
    const QJsonValue value = json.value(name);
    if (value.isUndefined() || value.isNull())
        return std::optional<QUuid>();
    if (!value.isString())
        return invalid(name, tr("must be a UUID string"));
    Result<QUuid> id = parseId(value.toString(), name);
    if (!id)
        return id.error();
    return std::optional<QUuid>(*id);
}

Result<QUuid> requiredUuid(const QJsonObject &json, const QString &name)
{
    Result<std::optional<QUuid>> id = optionalUuid(json, name);
    if (!id)
        return id.error();
    if (!id->has_value())
        return invalid(name, tr("is required"));
    return **id;
}

Result<std::optional<QString>> optionalString(const QJsonObject &json, const QString &name, int maxLength)
{
    const QJsonValue value = json.value(name);
    if (value.isUndefined() || value.isNull())
        return std::optional<QString>();
    if (!value.isString())
        return invalid(name, tr("must be a string"));
    if (value.toString().size() > maxLength)
        return invalid(name, tr("longer than %1 characters").arg(maxLength));
    return std::optional<QString>(value.toString());
}

Result<QString> requiredString(const QJsonObject &json, const QString &name, int maxLength)
{
    Result<std::optional<QString>> text = optionalString(json, name, maxLength);
    if (!text)
        return text.error();
    if (!text->has_value() || (*text)->trimmed().isEmpty())
        return invalid(name, tr("is required"));
    return **text;
}

Result<std::optional<qint64>> optionalInteger(const QJsonObject &json, const QString &name, qint64 min,
                                              qint64 max)
{
    const QJsonValue value = json.value(name);
    if (value.isUndefined() || value.isNull())
        return std::optional<qint64>();
    if (!value.isDouble())
        return invalid(name, tr("must be a number"));
    const double number = value.toDouble();
    if (!std::isfinite(number) || std::floor(number) != number)
        return invalid(name, tr("must be a whole number"));
    if (number < double(min) || number > double(max))
        return invalid(name, tr("must be from %1 to %2").arg(min).arg(max));
    return std::optional<qint64>(qint64(number));
}

Result<qint64> requiredInteger(const QJsonObject &json, const QString &name, qint64 min, qint64 max)
{
    Result<std::optional<qint64>> number = optionalInteger(json, name, min, max);
    if (!number)
        return number.error();
    if (!number->has_value())
        return invalid(name, tr("is required"));
    return **number;
}

Result<std::optional<bool>> optionalBool(const QJsonObject &json, const QString &name)
{
    const QJsonValue value = json.value(name);
    if (value.isUndefined() || value.isNull())
        return std::optional<bool>();
    if (!value.isBool())
        return invalid(name, tr("must be true or false"));
    return std::optional<bool>(value.toBool());
}

Result<QList<QUuid>> requiredUuidList(const QJsonObject &json, const QString &name, int maxCount)
{
    const QJsonValue value = json.value(name);
    if (value.isUndefined() || value.isNull())
        return invalid(name, tr("is required"));
    if (!value.isArray())
        return invalid(name, tr("must be an array of UUID strings"));
    const QJsonArray array = value.toArray();
    if (array.isEmpty())
        return invalid(name, tr("must not be empty"));
    if (array.size() > maxCount)
        return invalid(name, tr("at most %1 entries").arg(maxCount));
    QList<QUuid> ids;
    QSet<QUuid> seen;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString field = name + u'[' + QString::number(i) + u']';
        if (!array[i].isString())
            return invalid(field, tr("must be a UUID string"));
        Result<QUuid> id = parseId(array[i].toString(), field);
        if (!id)
            return id.error();
        if (seen.contains(*id))
            return invalid(field, tr("listed twice"));
        seen.insert(*id);
        ids.append(*id);
    }
    return ids;
}

} // namespace tessera
