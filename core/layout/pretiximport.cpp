#include "core/common/ids.h"
#include "core/layout/layoutio_p.h"
#include "core/layout/layoutprogress.h"
#include "core/layout/pretixformat.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointF>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <vector>

namespace tessera {

namespace {

/// The namespace of the name-based ids given to seat_guids that are not UUIDs.
const QUuid kGuidNamespace(0x2f7c9a3e, 0x5d41, 0x4b8e, 0x9c, 0x0f, 0x61, 0xa2, 0xd3, 0x94, 0xe5, 0x06);

/// Progress of an import in LayoutProgress steps: parsing the JSON text ends at kParsedStep,
/// reading the seats row by row at kReadStep, the final check at the end.
constexpr int kParsedStep = 350;
constexpr int kReadStep = 900;

/// Where in the plan a value sits; turned into text ("zones[1].rows[4].seats[7].category") only
/// when there is something to report, so that reading 100,000 seats builds no paths.
struct Where
{
    qsizetype category = -1;
    qsizetype zone = -1;
    qsizetype row = -1;
    qsizetype seat = -1;
    qsizetype area = -1;
    const char *object = nullptr; ///< a nested object such as "position" or "size"

    QString text(QLatin1StringView key = {}) const
    {
        QString path;
        if (category >= 0)
            path += QStringLiteral("categories[%1]").arg(category);
        if (zone >= 0)
            path += QStringLiteral("zones[%1]").arg(zone);
        if (row >= 0)
            path += QStringLiteral(".rows[%1]").arg(row);
        if (seat >= 0)
            path += QStringLiteral(".seats[%1]").arg(seat);
        if (area >= 0)
            path += QStringLiteral(".areas[%1]").arg(area);
        for (QLatin1StringView part : {QLatin1StringView(object), key}) {
            if (part.isEmpty())
                continue;
            if (!path.isEmpty())
                path += u'.';
            path += part;
        }
        return path;
    }

    Where inside(const char *name) const
    {
        Where nested = *this;
        nested.object = name;
        return nested;
    }
};

enum class Need {
    Required,
    Optional,
};

using Keys = std::initializer_list<const char *>;

/// Pulls values out of the JSON tree with type checks. The read functions return false once the
/// plan is broken (the first error is kept), true otherwise, also when an optional key is absent.
class PlanReader
{
public:
    explicit PlanReader(LayoutProgress *progress)
        : m_progress(progress)
    {}
    Result<ImportReport> read(const QJsonObject &root);

private:
    bool fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
        return false;
    }
    bool fail(const Where &where, const char *key, const QString &problem)
    {
        return fail(where.text(QLatin1StringView(key)) + QStringLiteral(": ") + problem);
    }

    void ignoreUnknownKeys(const QJsonObject &object, const Where &where, Keys known);
    bool value(const QJsonObject &object, const char *key, const Where &where, Need need, QJsonValue &out);
    bool readString(const QJsonObject &object, const char *key, const Where &where, Need need, QString &out);
    bool readNumber(const QJsonObject &object, const char *key, const Where &where, Need need, double &out);
    bool readArray(const QJsonObject &object, const char *key, const Where &where, Need need,
                   QJsonArray &out);
    bool readObject(const QJsonValue &value, const Where &where, QJsonObject &out);
    bool readPosition(const QJsonObject &object, const Where &where, Need need, QPointF &out);

    bool readCategories(const QJsonArray &categories);
    bool readZone(const QJsonObject &zone, const Where &where);
    bool readRow(const QJsonObject &row, const Where &where, const QString &section, QPointF origin);
    bool readSeat(const QJsonObject &seat, const Where &where, const QString &section, const QString &rowName,
                  QPointF origin);
    bool readArea(const QJsonObject &area, const Where &where, QPointF origin);

    /// Advances the progress by one row; false (and the plan fails) when cancelled.
    bool rowDone();

    LayoutProgress *m_progress;
    qint64 m_rows = 0;
    qint64 m_rowsRead = 0;
    bool m_cancelled = false;
    VenueLayout m_layout;
    QHash<QString, QString> m_categoryKeys; ///< pretix name -> PriceCategory::id
    QHash<QUuid, qsizetype> m_seatIds;
    QHash<QString, qsizetype> m_seatLabels;
    std::vector<Where> m_seatPlaces; ///< per seat, for naming the first of two clashing seats
    bool m_stageSeen = false;
    QString m_error;
    layoutio::MessageList m_ignoredKeys;
    layoutio::MessageList m_roundedNumbers;
    QStringList m_warnings;
};

void PlanReader::ignoreUnknownKeys(const QJsonObject &object, const Where &where, Keys known)
{
    qsizetype present = 0;
    for (const char *key : known)
        present += object.contains(QLatin1StringView(key)) ? 1 : 0;
    if (present == object.size())
        return;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString key = it.key();
        if (std::none_of(known.begin(), known.end(),
                         [&](const char *k) { return key == QLatin1StringView(k); }))
            m_ignoredKeys.add(QStringLiteral("ignored key ") + where.text(QLatin1StringView(key.toLatin1())));
    }
}

bool PlanReader::value(const QJsonObject &object, const char *key, const Where &where, Need need,
                       QJsonValue &out)
{
    out = object.value(QLatin1StringView(key));
    if (out.isUndefined() && need == Need::Required) {
        const QString path = where.text();
        return fail((path.isEmpty() ? QStringLiteral("plan") : path)
                    + QStringLiteral(": required key \"%1\" is missing").arg(QLatin1StringView(key)));
    }
    return true;
}

bool PlanReader::readString(const QJsonObject &object, const char *key, const Where &where, Need need,
                            QString &out)
{
    QJsonValue v;
    if (!value(object, key, where, need, v))
        return false;
    if (v.isUndefined())
        return true;
    if (!v.isString())
        return fail(where, key, QStringLiteral("must be a string"));
    out = v.toString();
    return true;
}

bool PlanReader::readNumber(const QJsonObject &object, const char *key, const Where &where, Need need,
                            double &out)
{
    QJsonValue v;
    if (!value(object, key, where, need, v))
        return false;
    if (v.isUndefined())
        return true;
    if (!v.isDouble() || !std::isfinite(v.toDouble()))
        return fail(where, key, QStringLiteral("must be a number"));
    out = v.toDouble();
    if (out != std::round(out))
        m_roundedNumbers.add(where.text(QLatin1StringView(key))
                             + QStringLiteral(": %1 is not a whole number; kept").arg(out));
    return true;
}

bool PlanReader::readArray(const QJsonObject &object, const char *key, const Where &where, Need need,
                           QJsonArray &out)
{
    QJsonValue v;
    if (!value(object, key, where, need, v))
        return false;
    if (v.isUndefined())
        return true;
    if (!v.isArray())
        return fail(where, key, QStringLiteral("must be an array"));
    out = v.toArray();
    return true;
}

bool PlanReader::readObject(const QJsonValue &value, const Where &where, QJsonObject &out)
{
    if (!value.isObject())
        return fail(where.text() + QStringLiteral(": must be an object"));
    out = value.toObject();
    return true;
}

bool PlanReader::readPosition(const QJsonObject &object, const Where &where, Need need, QPointF &out)
{
    QJsonValue v;
    if (!value(object, "position", where, need, v))
        return false;
    if (v.isUndefined())
        return true;
    const Where inner = where.inside("position");
    QJsonObject position;
    if (!readObject(v, inner, position))
        return false;
    ignoreUnknownKeys(position, inner, {"x", "y"});
    double x = 0;
    double y = 0;
    if (!readNumber(position, "x", inner, Need::Required, x)
        || !readNumber(position, "y", inner, Need::Required, y))
        return false;
    out = QPointF(x, y);
    return true;
}

/// "#rrggbb" for "#rrggbb" or "#rgb" (lower case), else an empty string.
QString normalColour(const QString &colour)
{
    if (isHexColour(colour))
        return colour.toLower();
    if (colour.size() == 4 && colour.front() == u'#') {
        QString wide = QStringLiteral("#");
        for (qsizetype i = 1; i < 4; ++i)
            wide += QString(colour.at(i)).repeated(2);
        if (isHexColour(wide))
            return wide.toLower();
    }
    return {};
}

bool PlanReader::readCategories(const QJsonArray &categories)
{
    QSet<QString> keys;
    for (qsizetype i = 0; i < categories.size(); ++i) {
        Where where;
        where.category = i;
        QJsonObject object;
        if (!readObject(categories.at(i), where, object))
            return false;
        ignoreUnknownKeys(object, where, {"name", "color"});
        PriceCategory category;
        QString colour;
        if (!readString(object, "name", where, Need::Required, category.name)
            || !readString(object, "color", where, Need::Optional, colour)) {
            return false;
        }
        if (category.name.trimmed().isEmpty())
            return fail(where, "name", QStringLiteral("must not be empty"));
        if (m_categoryKeys.contains(category.name))
            return fail(where, "name", QStringLiteral("\"%1\" is defined twice").arg(category.name));
        category.colour = normalColour(colour);
        if (category.colour.isEmpty()) {
            category.colour = layoutio::paletteColour(i);
            if (!colour.isEmpty())
                m_warnings.append(
                    where.text(QLatin1StringView("color"))
                    + QStringLiteral(": \"%1\" is not #rrggbb; using %2").arg(colour, category.colour));
        }
        category.id = layoutio::categoryKey(category.name, keys);
        m_categoryKeys.insert(category.name, category.id);
        m_layout.categories.append(category);
    }
    if (!m_layout.categories.isEmpty())
        m_warnings.append(
            QStringLiteral("pretix plans carry no prices: the %1 categories cost 0.00 until prices are set")
                .arg(m_layout.categories.size()));
    return true;
}

bool PlanReader::readSeat(const QJsonObject &seat, const Where &where, const QString &section,
                          const QString &rowName, QPointF origin)
{
    ignoreUnknownKeys(seat, where, {"seat_guid", "seat_number", "position", "category"});
    QString guid;
    LayoutSeat s;
    QString category;
    QPointF position;
    if (!readString(seat, "seat_guid", where, Need::Required, guid)
        || !readString(seat, "seat_number", where, Need::Required, s.number)
        || !readPosition(seat, where, Need::Required, position)
        || !readString(seat, "category", where, Need::Required, category)) {
        return false;
    }
    if (guid.isEmpty())
        return fail(where, "seat_guid", QStringLiteral("must not be empty"));
    if (s.number.isEmpty())
        return fail(where, "seat_number", QStringLiteral("must not be empty"));
    const auto key = m_categoryKeys.constFind(category);
    if (key == m_categoryKeys.cend())
        return fail(where, "category", QStringLiteral("\"%1\" is not a defined category").arg(category));
    s.id = parseUuid(guid);
    if (s.id.isNull())
        s.id = QUuid::createUuidV5(kGuidNamespace, guid);
    const qsizetype index = m_layout.seats.size();
    if (const auto other = m_seatIds.constFind(s.id); other != m_seatIds.cend()) {
        return fail(where, "seat_guid",
                    QStringLiteral("\"%1\" is also the guid of %2")
                        .arg(guid, m_seatPlaces[std::size_t(*other)].text()));
    }
    m_seatIds.insert(s.id, index);
    s.section = section;
    s.row = rowName;
    s.category = *key;
    s.x = origin.x() + position.x();
    s.y = origin.y() + position.y();
    const QString label = section + QChar(0x1f) + rowName + QChar(0x1f) + s.number;
    if (const auto other = m_seatLabels.constFind(label); other != m_seatLabels.cend()) {
        return fail(where, "seat_number",
                    QStringLiteral("seat \"%1\" is also %2")
                        .arg(s.label(), m_seatPlaces[std::size_t(*other)].text()));
    }
    m_seatLabels.insert(label, index);
    m_seatPlaces.push_back(where);
    m_layout.seats.append(std::move(s));
    return true;
}

bool PlanReader::readRow(const QJsonObject &row, const Where &where, const QString &section, QPointF origin)
{
    ignoreUnknownKeys(row, where, {"row_number", "seats", "number_of_seats", "seats_spacing", "position"});
    QString rowName;
    QJsonArray seats;
    QPointF position;
    double unused = 0;
    if (!readString(row, "row_number", where, Need::Required, rowName)
        || !readArray(row, "seats", where, Need::Required, seats)
        || !readNumber(row, "number_of_seats", where, Need::Optional, unused)
        || !readNumber(row, "seats_spacing", where, Need::Optional, unused)
        || !readPosition(row, where, Need::Optional, position)) {
        return false;
    }
    for (qsizetype i = 0; i < seats.size(); ++i) {
        Where seatWhere = where;
        seatWhere.seat = i;
        QJsonObject seat;
        if (!readObject(seats.at(i), seatWhere, seat)
            || !readSeat(seat, seatWhere, section, rowName, origin + position))
            return false;
    }
    return rowDone();
}

bool PlanReader::rowDone()
{
    if (reportProgress(m_progress, ++m_rowsRead, m_rows, kParsedStep, kReadStep))
        return true;
    m_cancelled = true;
    return fail(QStringLiteral("cancelled"));
}

bool PlanReader::readArea(const QJsonObject &area, const Where &where, QPointF origin)
{
    ignoreUnknownKeys(area, where,
                      {"color", "border_color", "width", "height", "position", "rotation", "text"});
    QString colour;
    QString borderColour;
    QString text;
    double width = 0;
    double height = 0;
    double rotation = 0;
    QPointF position;
    if (!readString(area, "color", where, Need::Optional, colour)
        || !readString(area, "border_color", where, Need::Optional, borderColour)
        || !readNumber(area, "width", where, Need::Required, width)
        || !readNumber(area, "height", where, Need::Required, height)
        || !readPosition(area, where, Need::Required, position)
        || !readNumber(area, "rotation", where, Need::Optional, rotation)
        || !readString(area, "text", where, Need::Optional, text)) {
        return false;
    }
    const QPointF topLeft = origin + position;
    if (text.trimmed().compare(QLatin1StringView("stage"), Qt::CaseInsensitive) == 0 && !m_stageSeen) {
        m_stageSeen = true;
        m_layout.stageX = topLeft.x();
        m_layout.stageY = topLeft.y();
        m_layout.stageWidth = std::abs(width);
        m_layout.stageHeight = std::abs(height);
        return true;
    }
    static const QRegularExpression standingText(QStringLiteral("^(.+) \\((\\d+) standing\\)$"));
    const QRegularExpressionMatch match = standingText.match(text.trimmed());
    if (!match.hasMatch()) {
        m_warnings.append(
            where.text()
            + QStringLiteral(": area \"%1\" is neither the stage nor a standing area; ignored").arg(text));
        return true;
    }
    const QString wanted = normalColour(colour);
    const auto category = std::find_if(m_layout.categories.cbegin(), m_layout.categories.cend(),
                                       [&](const PriceCategory &c) { return c.colour == wanted; });
    if (category == m_layout.categories.cend()) {
        m_warnings.append(where.text()
                          + QStringLiteral(": standing area \"%1\" has no category of colour \"%2\"; ignored")
                                .arg(text, colour));
        return true;
    }
    bool numeric = false;
    const qint64 capacity = match.captured(2).toLongLong(&numeric);
    if (!numeric || capacity > kMaxStandingCapacity) {
        return fail(where, "text",
                    QStringLiteral("standing area \"%1\" has %2 places, more than the %3 an area may have")
                        .arg(match.captured(1), match.captured(2))
                        .arg(kMaxStandingCapacity));
    }
    if (rotation != 0)
        m_warnings.append(where.text(QLatin1StringView("rotation"))
                          + QStringLiteral(": standing areas are not rotated; ignored"));
    m_layout.standingAreas.append(StandingArea{newUuid(), match.captured(1), category->id, int(capacity),
                                               topLeft.x(), topLeft.y(), std::abs(width), std::abs(height)});
    return true;
}

bool PlanReader::readZone(const QJsonObject &zone, const Where &where)
{
    ignoreUnknownKeys(zone, where, {"name", "displayed", "position", "rows", "areas"});
    QString name;
    QPointF position;
    QJsonArray rows;
    QJsonArray areas;
    QJsonValue displayed;
    if (!readString(zone, "name", where, Need::Optional, name)
        || !value(zone, "displayed", where, Need::Optional, displayed)
        || !readPosition(zone, where, Need::Required, position)
        || !readArray(zone, "rows", where, Need::Required, rows)
        || !readArray(zone, "areas", where, Need::Optional, areas)) {
        return false;
    }
    if (!displayed.isUndefined() && !displayed.isBool())
        return fail(where, "displayed", QStringLiteral("must be true or false"));
    for (qsizetype i = 0; i < rows.size(); ++i) {
        Where rowWhere = where;
        rowWhere.row = i;
        QJsonObject row;
        if (!readObject(rows.at(i), rowWhere, row) || !readRow(row, rowWhere, name, position))
            return false;
    }
    for (qsizetype i = 0; i < areas.size(); ++i) {
        Where areaWhere = where;
        areaWhere.area = i;
        QJsonObject area;
        if (!readObject(areas.at(i), areaWhere, area) || !readArea(area, areaWhere, position))
            return false;
    }
    return true;
}

/// The size of the plan when it does not say: the seats and areas with a seat's margin.
void fitSize(VenueLayout &layout)
{
    double right = layout.stageX + layout.stageWidth;
    double bottom = layout.stageY + layout.stageHeight;
    for (const LayoutSeat &seat : layout.seats) {
        right = std::max(right, seat.x + 10);
        bottom = std::max(bottom, seat.y + 10);
    }
    for (const StandingArea &area : layout.standingAreas) {
        right = std::max(right, area.x + area.width);
        bottom = std::max(bottom, area.y + area.height);
    }
    layout.width = std::max(0.0, right);
    layout.height = std::max(0.0, bottom);
}

Result<ImportReport> PlanReader::read(const QJsonObject &root)
{
    const Where top;
    ignoreUnknownKeys(root, top, {"name", "zones", "categories", "size"});
    QJsonArray categories;
    QJsonArray zones;
    QJsonValue size;
    if (!readString(root, "name", top, Need::Required, m_layout.name)
        || !readArray(root, "categories", top, Need::Required, categories)
        || !readArray(root, "zones", top, Need::Required, zones)
        || !value(root, "size", top, Need::Optional, size) || !readCategories(categories)) {
        return Error{ErrorCode::InvalidInput, m_error};
    }
    if (!size.isUndefined()) {
        const Where sizeWhere = top.inside("size");
        QJsonObject object;
        if (!readObject(size, sizeWhere, object)
            || !readNumber(object, "width", sizeWhere, Need::Required, m_layout.width)
            || !readNumber(object, "height", sizeWhere, Need::Required, m_layout.height)) {
            return Error{ErrorCode::InvalidInput, m_error};
        }
        ignoreUnknownKeys(object, sizeWhere, {"width", "height"});
    }
    for (const QJsonValue &zone : std::as_const(zones))
        m_rows += zone.toObject().value(QLatin1StringView("rows")).toArray().size();
    for (qsizetype i = 0; i < zones.size(); ++i) {
        Where where;
        where.zone = i;
        QJsonObject zone;
        if (!readObject(zones.at(i), where, zone) || !readZone(zone, where))
            return m_cancelled ? LayoutProgress::cancelledError() : Error{ErrorCode::InvalidInput, m_error};
    }
    if (size.isUndefined())
        fitSize(m_layout);
    if (m_layout.width < 0 || m_layout.height < 0)
        return Error{ErrorCode::InvalidInput, QStringLiteral("size: width and height must not be negative")};
    if (!reportProgress(m_progress, 1, 1, kParsedStep, kReadStep))
        return LayoutProgress::cancelledError();
    if (Status status = validateLayout(m_layout); !status)
        return status.error();
    ImportReport report{std::move(m_layout), m_ignoredKeys.take(QStringLiteral("ignored keys"))};
    report.warnings += m_roundedNumbers.take(QStringLiteral("numbers that are not whole"));
    report.warnings += m_warnings;
    return report;
}

/// "line 3, column 14" for a byte offset into the text.
QString lineAndColumn(const QByteArray &text, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    const qsizetype line = std::count(text.cbegin(), text.cbegin() + offset, '\n') + 1;
    const qsizetype lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    return QStringLiteral("line %1, column %2").arg(line).arg(offset - lineStart + 1);
}

} // namespace

Result<ImportReport> PretixFormat::import(const QByteArray &json, LayoutProgress *progress)
{
    if (!reportProgress(progress, 0, 1))
        return LayoutProgress::cancelledError();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error{ErrorCode::InvalidInput,
                     QStringLiteral("not valid JSON at %1: %2")
                         .arg(lineAndColumn(json, parseError.offset), parseError.errorString())};
    }
    if (!document.isObject())
        return Error{ErrorCode::InvalidInput, QStringLiteral("plan: must be a JSON object")};
    if (!reportProgress(progress, kParsedStep, LayoutProgress::kSteps))
        return LayoutProgress::cancelledError();
    PlanReader reader(progress);
    Result<ImportReport> report = reader.read(document.object());
    if (report && progress)
        progress->finish();
    return report;
}

} // namespace tessera
