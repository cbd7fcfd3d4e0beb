#pragma once

// Internal to core/domain: the field reader and writer helpers shared by the JSON codecs
// (json.cpp, jsonlayout.cpp, jsonorder.cpp). Not part of the public API.

#include "core/common/result.h"
#include "core/domain/json.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace tessera {

/// Whether a missing field is an error.
enum class Need {
    Required,
    Optional
};

/// Reads typed fields out of one JSON object into existing variables and remembers the first
/// problem as an InvalidInput error "field: reason". Once a read has failed, later reads do
/// nothing, so a decoder can read every field and check ok() once at the end.
///
/// An absent optional field leaves its variable unchanged. JSON null counts as absent for UUIDs
/// and times (it sets them to null) and as a wrong type for everything else.
class JsonReader final
{
public:
    explicit JsonReader(const QJsonObject &object)
        : m_object(object)
    {}

    bool ok() const { return !m_error.has_value(); }
    const Error &error() const { return *m_error; }
    bool contains(QLatin1StringView key) const { return m_object.contains(key); }

    /// Records "path: reason" unless an earlier problem is recorded already.
    void fail(const QString &path, const QString &reason);
    /// Records a nested decoder's error under a prefix, e.g. "seats[3]." + "x: must be a number".
    void failNested(const QString &prefix, const Error &error);

    void read(QLatin1StringView key, QString &out, Need need);
    void read(QLatin1StringView key, QUuid &out, Need need);
    void read(QLatin1StringView key, QDateTime &out, Need need);
    void read(QLatin1StringView key, bool &out, Need need);
    void read(QLatin1StringView key, double &out, Need need);       ///< finite numbers only
    void read(QLatin1StringView key, int &out, Need need);          ///< integers in int range
    void read(QLatin1StringView key, qint64 &out, Need need);       ///< integers in qint64 range
    void read(QLatin1StringView key, QList<QUuid> &out, Need need); ///< an array of UUID strings
    void readCents(QLatin1StringView key, qint64 &out, Need need);  ///< integer 0..kMaxCents
    /// An object field; false (and out untouched) when absent or on error.
    bool readObject(QLatin1StringView key, QJsonObject &out, Need need);
    /// An array field; false (and out untouched) when absent or on error.
    bool readArray(QLatin1StringView key, QJsonArray &out, Need need);

    /// A string field holding one of the wire names of E (see fromWireName).
    template<typename E>
    void readEnum(QLatin1StringView key, E &out, Need need)
    {
        QString name;
        read(key, name, need);
        if (!ok() || !contains(key))
            return;
        if (const std::optional<E> value = fromWireName<E>(name))
            out = *value;
        else
            fail(key, QStringLiteral("unknown value \"%1\"").arg(name));
    }

    /// An array field whose elements `element(value, index)` turns into T. On a bad element the
    /// callback records the problem (under elementPath(key, index)) and returns nothing.
    template<typename T, typename Element>
    void readEach(QLatin1StringView key, QList<T> &out, Need need, Element element)
    {
        QJsonArray array;
        if (!readArray(key, array, need))
            return;
        QList<T> list;
        list.reserve(array.size());
        for (qsizetype i = 0; i < array.size(); ++i) {
            std::optional<T> item = element(array.at(i), i);
            if (!item)
                return;
            list.append(std::move(*item));
        }
        out = std::move(list);
    }

    /// An array of objects, each turned into a T by `decode`; errors are reported as
    /// "key[i].field: reason".
    template<typename T>
    void readList(QLatin1StringView key, QList<T> &out, Need need, Result<T> (*decode)(const QJsonObject &))
    {
        readEach(key, out, need, [&](const QJsonValue &value, qsizetype i) -> std::optional<T> {
            if (!value.isObject()) {
                fail(elementPath(key, i), QStringLiteral("must be an object"));
                return std::nullopt;
            }
            Result<T> item = decode(value.toObject());
            if (!item) {
                failNested(elementPath(key, i) + u'.', item.error());
                return std::nullopt;
            }
            return std::move(item).value();
        });
    }

    /// "key[index]"
    static QString elementPath(QLatin1StringView key, qsizetype index)
    {
        return key + QStringLiteral("[%1]").arg(index);
    }

private:
    /// The field's value when present (null included); records "required" when it is missing.
    std::optional<QJsonValue> take(QLatin1StringView key, Need need);
    /// For UUIDs and times: the value unless absent or null; null clears out.
    /// An integer field's value; records an error for anything but an integral number.
    std::optional<qint64> takeInteger(QLatin1StringView key, Need need);
    template<typename T>
    std::optional<QJsonValue> takeNullable(QLatin1StringView key, T &out, Need need);

    QJsonObject m_object;
    std::optional<Error> m_error;
};

/// The end of a decoder: the reader's first error, else the validator's, else the value.
template<typename T>
Result<T> decoded(const JsonReader &reader, T value, Status (*validate)(const T &) = nullptr)
{
    if (!reader.ok())
        return reader.error();
    if (validate) {
        if (Status status = validate(value); !status)
            return status.error();
    }
    return value;
}

/// Writes a UUID in wire form, or leaves the key out when the UUID is null.
void insertOptional(QJsonObject &object, QLatin1StringView key, const QUuid &id);
/// Writes a time in RFC 3339, or leaves the key out when the time is null.
void insertOptional(QJsonObject &object, QLatin1StringView key, const QDateTime &time);

/// Largest accepted amount of money: 2^53 - 1 cents, exact in every JSON implementation.
inline constexpr qint64 kMaxCents = (qint64(1) << 53) - 1;

} // namespace tessera
