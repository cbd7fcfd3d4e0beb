#include "core/common/ids.h"
#include "core/layout/layoutprogress.h"
#include "core/layout/pretixformat.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>

namespace tessera {

namespace {

/// Appends `text` as a JSON string literal.
void appendString(QByteArray &out, QStringView text)
{
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (char c : utf8) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(c));
                out += escaped;
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

qint64 whole(double value)
{
    return qint64(std::llround(value));
}

void appendPosition(QByteArray &out, qint64 x, qint64 y)
{
    out += "\"position\": {\"x\": ";
    out += QByteArray::number(x);
    out += ", \"y\": ";
    out += QByteArray::number(y);
    out += '}';
}

/// pretix names of the categories by PriceCategory::id: the category name, made unique with the
/// key in brackets (and a number, if that is taken as well) when two categories share a name.
QHash<QString, QString> pretixNames(const VenueLayout &layout)
{
    QHash<QString, QString> names;
    QSet<QString> used;
    for (const PriceCategory &category : layout.categories) {
        QString name = category.name;
        if (used.contains(name)) {
            name = QStringLiteral("%1 (%2)").arg(category.name, category.id);
            for (int n = 2; used.contains(name); ++n)
                name = QStringLiteral("%1 (%2 %3)").arg(category.name, category.id).arg(n);
        }
        used.insert(name);
        names.insert(category.id, name);
    }
    return names;
}

/// Writes the seats [first, end) of one section as a zone; false when `progress` was cancelled.
bool appendZone(QByteArray &out, const VenueLayout &layout, qsizetype first, qsizetype end,
                const QHash<QString, QString> &categoryNames, LayoutProgress *progress)
{
    qint64 zoneX = std::numeric_limits<qint64>::max();
    qint64 zoneY = std::numeric_limits<qint64>::max();
    for (qsizetype i = first; i < end; ++i) {
        zoneX = std::min(zoneX, whole(layout.seats.at(i).x));
        zoneY = std::min(zoneY, whole(layout.seats.at(i).y));
    }
    out += "    {\"name\": ";
    appendString(out, layout.seats.at(first).section);
    out += ", ";
    appendPosition(out, zoneX, zoneY);
    out += ", \"rows\": [";
    for (qsizetype rowStart = first; rowStart < end;) {
        const QString &row = layout.seats.at(rowStart).row;
        qsizetype rowEnd = rowStart;
        while (rowEnd < end && layout.seats.at(rowEnd).row == row)
            ++rowEnd;
        const qint64 rowX = whole(layout.seats.at(rowStart).x) - zoneX;
        const qint64 rowY = whole(layout.seats.at(rowStart).y) - zoneY;
        out += rowStart == first ? "\n      {\"row_number\": " : ",\n      {\"row_number\": ";
        appendString(out, row);
        out += ", ";
        appendPosition(out, rowX, rowY);
        out += ", \"seats\": [";
        for (qsizetype i = rowStart; i < rowEnd; ++i) {
            const LayoutSeat &seat = layout.seats.at(i);
            out += i == rowStart ? "\n        {\"seat_guid\": " : ",\n        {\"seat_guid\": ";
            appendString(out, uuidText(seat.id));
            out += ", \"seat_number\": ";
            appendString(out, seat.number);
            out += ", ";
            appendPosition(out, whole(seat.x) - zoneX - rowX, whole(seat.y) - zoneY - rowY);
            out += ", \"category\": ";
            appendString(out, categoryNames.value(seat.category, seat.category));
            out += '}';
        }
        out += "]}";
        rowStart = rowEnd;
        if (!reportProgress(progress, rowEnd, layout.seats.size()))
            return false;
    }
    out += "]}";
    return true;
}

void appendArea(QByteArray &out, bool first, double x, double y, double width, double height,
                QStringView colour, const QString &text)
{
    out += first ? "\n      {" : ",\n      {";
    appendPosition(out, whole(x), whole(y));
    out += ", \"width\": ";
    out += QByteArray::number(std::max<qint64>(1, whole(width)));
    out += ", \"height\": ";
    out += QByteArray::number(std::max<qint64>(1, whole(height)));
    out += ", \"color\": ";
    appendString(out, colour);
    out += ", \"text\": ";
    appendString(out, text);
    out += '}';
}

/// The zone that holds the stage and the standing areas, with absolute positions.
void appendAreaZone(QByteArray &out, const VenueLayout &layout)
{
    out += "    {\"name\": \"Stage and standing\", \"position\": {\"x\": 0, \"y\": 0}, \"rows\": [], "
           "\"areas\": [";
    bool first = true;
    if (layout.stageWidth > 0 && layout.stageHeight > 0) {
        appendArea(out, first, layout.stageX, layout.stageY, layout.stageWidth, layout.stageHeight,
                   u"#555555", QStringLiteral("Stage"));
        first = false;
    }
    for (const StandingArea &area : layout.standingAreas) {
        const PriceCategory *category = layout.findCategory(area.category);
        appendArea(out, first, area.x, area.y, area.width, area.height,
                   category ? QStringView(category->colour) : QStringView(u"#999999"),
                   QStringLiteral("%1 (%2 standing)").arg(area.name).arg(area.capacity));
        first = false;
    }
    out += "]}";
}

} // namespace

QByteArray PretixFormat::exportLayout(const VenueLayout &layout, LayoutProgress *progress)
{
    QByteArray out;
    out.reserve(200 + layout.seats.size() * 150);
    out += "{\n  \"name\": ";
    appendString(out, layout.name);
    out += ",\n  \"size\": {\"width\": ";
    out += QByteArray::number(qint64(std::ceil(layout.width)));
    out += ", \"height\": ";
    out += QByteArray::number(qint64(std::ceil(layout.height)));
    out += "},\n  \"categories\": [";
    const QHash<QString, QString> names = pretixNames(layout);
    for (qsizetype i = 0; i < layout.categories.size(); ++i) {
        const PriceCategory &category = layout.categories.at(i);
        out += i == 0 ? "\n    {\"name\": " : ",\n    {\"name\": ";
        appendString(out, names.value(category.id));
        out += ", \"color\": ";
        appendString(out, category.colour);
        out += '}';
    }
    out += "\n  ],\n  \"zones\": [\n";
    for (qsizetype first = 0; first < layout.seats.size();) {
        const QString &section = layout.seats.at(first).section;
        qsizetype end = first;
        while (end < layout.seats.size() && layout.seats.at(end).section == section)
            ++end;
        if (first > 0)
            out += ",\n";
        if (!appendZone(out, layout, first, end, names, progress))
            return {};
        first = end;
    }
    const bool hasStage = layout.stageWidth > 0 && layout.stageHeight > 0;
    if (hasStage || !layout.standingAreas.isEmpty()) {
        if (!layout.seats.isEmpty())
            out += ",\n";
        appendAreaZone(out, layout);
    }
    out += "\n  ]\n}\n";
    if (progress)
        progress->finish();
    return out;
}

} // namespace tessera
