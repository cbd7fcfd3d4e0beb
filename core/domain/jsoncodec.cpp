#include "core/common/ids.h"
#include "core/domain/invalid_p.h"
#include "core/domain/jsoncodec_p.h"

#include <QVariant>

#include <cmath>
#include <limits>

namespace tessera {

namespace {

/// The integer a JSON number holds exactly, or nothing for fractions and out-of-range values.
std::optional<qint64> integerOf(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    // Qt keeps integer literals that fit in 64 bits as integers: take them without rounding.
    const QVariant variant = value.toVariant();
    if (variant.typeId() == QMetaType::LongLong)
        return variant.toLongLong();
    const double number = value.toDouble();
    constexpr double limit = 9223372036854775808.0; // 2^63
    if (!std::isfinite(number) || std::trunc(number) != number || number < -limit || number >= limit)
        return std::nullopt;
    return static_cast<qint64>(number);
}

} // namespace

void JsonReader::fail(const QString &path, const QString &reason)
{
    if (ok())
        m_error = invalidInput(path + QStringLiteral(": ") + reason);
}

void JsonReader::failNested(const QString &prefix, const Error &error)
{
    if (ok())
        m_error = invalidInput(prefix + error.message);
}

std::optional<QJsonValue> JsonReader::take(QLatin1StringView key, Need need)
{
    if (!ok())
        return std::nullopt;
    const QJsonValue value = m_object.value(key);
    if (!value.isUndefined())
        return value;
    if (need == Need::Required)
        fail(key, QStringLiteral("required"));
    return std::nullopt;
}

template<typename T>
std::optional<QJsonValue> JsonReader::takeNullable(QLatin1StringView key, T &out, Need need)
{
    std::optional<QJsonValue> value = take(key, need);
    if (!value || !value->isNull())
        return value;
    if (need == Need::Required)
        fail(key, QStringLiteral("required"));
    else
        out = T();
    return std::nullopt;
}

void JsonReader::read(QLatin1StringView key, QString &out, Need need)
{
    if (const std::optional<QJsonValue> value = take(key, need)) {
        if (value->isString())
            out = value->toString();
        else
            fail(key, QStringLiteral("must be a string"));
    }
}

void JsonReader::read(QLatin1StringView key, QUuid &out, Need need)
{
    const std::optional<QJsonValue> value = takeNullable(key, out, need);
    if (!value)
        return;
    const QUuid id = value->isString() ? parseUuid(value->toString()) : QUuid();
    if (!id.isNull())
        out = id;
    else if (value->toString() == QLatin1StringView("00000000-0000-0000-0000-000000000000"))
        fail(key, QStringLiteral("must not be the nil UUID"));
    else
        fail(key, QStringLiteral("not a UUID"));
}

void JsonReader::read(QLatin1StringView key, QDateTime &out, Need need)
{
    const std::optional<QJsonValue> value = takeNullable(key, out, need);
    if (!value)
        return;
    const std::optional<QDateTime> time = value->isString() ? parseRfc3339(value->toString()) : std::nullopt;
    if (time)
        out = *time;
    else
        fail(key, QStringLiteral("not an RFC 3339 time with a zone"));
}

void JsonReader::read(QLatin1StringView key, bool &out, Need need)
{
    if (const std::optional<QJsonValue> value = take(key, need)) {
        if (value->isBool())
            out = value->toBool();
        else
            fail(key, QStringLiteral("must be true or false"));
    }
}

void JsonReader::read(QLatin1StringView key, double &out, Need need)
{
    if (const std::optional<QJsonValue> value = take(key, need)) {
        if (value->isDouble() && std::isfinite(value->toDouble()))
            out = value->toDouble();
        else
            fail(key, QStringLiteral("must be a number"));
    }
}

std::optional<qint64> JsonReader::takeInteger(QLatin1StringView key, Need need)
{
    const std::optional<QJsonValue> value = take(key, need);
    if (!value)
        return std::nullopt;
    const std::optional<qint64> number = integerOf(*value);
    if (!number)
        fail(key, QStringLiteral("must be an integer"));
    return number;
}

void JsonReader::read(QLatin1StringView key, int &out, Need need)
{
    const std::optional<qint64> number = takeInteger(key, need);
    if (!number)
        return;
    if (*number < std::numeric_limits<int>::min() || *number > std::numeric_limits<int>::max())
        fail(key, QStringLiteral("out of range"));
    else
        out = static_cast<int>(*number);
}

void JsonReader::read(QLatin1StringView key, qint64 &out, Need need)
{
    if (const std::optional<qint64> number = takeInteger(key, need))
        out = *number;
}

void JsonReader::read(QLatin1StringView key, QList<QUuid> &out, Need need)
{
    readEach(key, out, need, [&](const QJsonValue &value, qsizetype i) -> std::optional<QUuid> {
        const QUuid id = parseUuid(value.toString());
        if (!id.isNull())
            return id;
        fail(elementPath(key, i), QStringLiteral("not a UUID"));
        return std::nullopt;
    });
}

void JsonReader::readCents(QLatin1StringView key, qint64 &out, Need need)
{
    if (const std::optional<QJsonValue> value = take(key, need)) {
        const std::optional<qint64> cents = integerOf(*value);
        if (cents && *cents >= 0 && *cents <= kMaxCents)
            out = *cents;
        else
            fail(key, QStringLiteral("must be a non-negative integer number of cents"));
    }
}

bool JsonReader::readObject(QLatin1StringView key, QJsonObject &out, Need need)
{
    const std::optional<QJsonValue> value = take(key, need);
    if (!value)
        return false;
    if (!value->isObject()) {
        fail(key, QStringLiteral("must be an object"));
        return false;
    }
    out = value->toObject();
    return true;
}

bool JsonReader::readArray(QLatin1StringView key, QJsonArray &out, Need need)
{
    const std::optional<QJsonValue> value = take(key, need);
    if (!value)
        return false;
    if (!value->isArray()) {
        fail(key, QStringLiteral("must be an array"));
        return false;
    }
    out = value->toArray();
    return true;
}

void insertOptional(QJsonObject &object, QLatin1StringView key, const QUuid &id)
{
    if (!id.isNull())
        object.insert(key, uuidText(id));
}

void insertOptional(QJsonObject &object, QLatin1StringView key, const QDateTime &time)
{
    if (time.isValid())
        object.insert(key, toRfc3339(time));
}

} // namespace tessera
