#include "core/domain/layout.h"

#include "core/domain/invalid_p.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <initializer_list>

namespace tessera {

namespace {

constexpr qsizetype kMaxCategoryIdLength = 32;

bool isKeyCharacter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_'
           || c == u'-';
}

bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

QString quoted(const QString &text)
{
    return u'"' + text + u'"';
}

/// A coordinate (which may be negative) or a size (which may not), for geometry checks.
struct Measure
{
    const char *name;
    double value;
    bool isSize;
};

Measure position(const char *name, double value)
{
    return {name, value, false};
}

Measure size(const char *name, double value)
{
    return {name, value, true};
}

/// The first problem among the measures ("x is not a finite number"), or an empty string.
QString geometryProblem(std::initializer_list<Measure> measures)
{
    for (const Measure &m : measures) {
        if (!std::isfinite(m.value))
            return QLatin1StringView(m.name) + QLatin1StringView(" is not a finite number");
        if (m.isSize && m.value < 0)
            return QLatin1StringView(m.name) + QLatin1StringView(" must not be negative");
        if (std::abs(m.value) > kMaxLayoutCoordinate)
            return QLatin1StringView(m.name)
                   + QStringLiteral(" is %1, beyond the %2 a layout may measure")
                         .arg(m.value, 0, 'g', 6)
                         .arg(qint64(kMaxLayoutCoordinate));
    }
    return {};
}

/// Checks what seats and standing areas share: a non-nil id not seen before, a defined category.
QString placeProblem(const VenueLayout &layout, QSet<QUuid> &ids, const QUuid &id, const QString &category)
{
    if (id.isNull())
        return QStringLiteral("id is missing");
    if (ids.contains(id))
        return QStringLiteral("id %1 is used twice").arg(id.toString(QUuid::WithoutBraces));
    ids.insert(id);
    if (!layout.findCategory(category))
        return QStringLiteral("category %1 is not defined").arg(quoted(category));
    return {};
}

/// What is wrong with a seat, or an empty string. Adds its id and place to the seen sets.
QString seatProblem(const VenueLayout &layout, QSet<QUuid> &ids, QSet<QString> &places,
                    const LayoutSeat &seat)
{
    if (seat.number.isEmpty())
        return QStringLiteral("number must not be empty");
    if (QString problem = placeProblem(layout, ids, seat.id, seat.category); !problem.isEmpty())
        return problem;
    if (QString problem = geometryProblem({position("x", seat.x), position("y", seat.y)});
        !problem.isEmpty()) {
        return problem;
    }
    const QString place = seat.section + QChar(0x1f) + seat.row + QChar(0x1f) + seat.number;
    if (places.contains(place))
        return QStringLiteral("another seat has the same section, row and number");
    places.insert(place);
    return {};
}

/// What is wrong with a standing area, or an empty string. Adds its id to the seen ids.
QString areaProblem(const VenueLayout &layout, QSet<QUuid> &ids, const StandingArea &area)
{
    if (area.name.trimmed().isEmpty())
        return QStringLiteral("name must not be empty");
    if (QString problem = placeProblem(layout, ids, area.id, area.category); !problem.isEmpty())
        return problem;
    if (area.capacity < 0)
        return QStringLiteral("capacity must not be negative");
    if (area.capacity > kMaxStandingCapacity)
        return QStringLiteral("capacity %1 is more than the %2 places an area may have")
            .arg(area.capacity)
            .arg(kMaxStandingCapacity);
    return geometryProblem({position("x", area.x), position("y", area.y), size("width", area.width),
                            size("height", area.height)});
}

} // namespace

QString LayoutSeat::label() const
{
    QString text;
    if (!section.isEmpty())
        text += section + u' ';
    if (!row.isEmpty())
        text += row + u'-';
    return text + number;
}

qint64 VenueLayout::placeCount() const
{
    qint64 places = seats.size();
    for (const StandingArea &area : standingAreas)
        places += area.capacity;
    return places;
}

const PriceCategory *VenueLayout::findCategory(QStringView id) const
{
    for (const PriceCategory &category : categories) {
        if (category.id == id)
            return &category;
    }
    return nullptr;
}

bool isHexColour(QStringView text)
{
    if (text.size() != 7 || text.front() != u'#')
        return false;
    return std::all_of(text.begin() + 1, text.end(), isHexDigit);
}

Status validatePriceCategory(const PriceCategory &category)
{
    if (category.id.isEmpty() || category.id.size() > kMaxCategoryIdLength
        || !std::all_of(category.id.begin(), category.id.end(), isKeyCharacter)) {
        return invalidInput(
            QStringLiteral("id: must be 1 to %1 letters, digits, _ or -").arg(kMaxCategoryIdLength));
    }
    if (category.name.trimmed().isEmpty())
        return invalidInput(QStringLiteral("name: must not be empty"));
    if (!isHexColour(category.colour))
        return invalidInput(QStringLiteral("colour: must be #rrggbb"));
    if (category.priceCents < 0)
        return invalidInput(QStringLiteral("price: must be a non-negative integer number of cents"));
    return {};
}

Status validateLayout(const VenueLayout &layout)
{
    const QString venueProblem =
        geometryProblem({size("width", layout.width), size("height", layout.height),
                         position("stage x", layout.stageX), position("stage y", layout.stageY),
                         size("stage width", layout.stageWidth), size("stage height", layout.stageHeight)});
    if (!venueProblem.isEmpty())
        return invalidInput(QStringLiteral("layout: ") + venueProblem);

    QSet<QString> categoryIds;
    for (const PriceCategory &category : layout.categories) {
        const QString name = QStringLiteral("category ") + quoted(category.id) + QStringLiteral(": ");
        if (Status status = validatePriceCategory(category); !status)
            return invalidInput(name + status.error().message);
        if (categoryIds.contains(category.id))
            return invalidInput(name + QStringLiteral("defined twice"));
        categoryIds.insert(category.id);
    }

    QSet<QUuid> ids;
    ids.reserve(layout.seats.size() + layout.standingAreas.size());
    QSet<QString> places;
    places.reserve(layout.seats.size());
    for (qsizetype i = 0; i < layout.seats.size(); ++i) {
        const LayoutSeat &seat = layout.seats.at(i);
        if (const QString problem = seatProblem(layout, ids, places, seat); !problem.isEmpty()) {
            const QString name = seat.number.isEmpty() ? QStringLiteral("seat #%1").arg(i + 1)
                                                       : QStringLiteral("seat ") + seat.label();
            return invalidInput(name + QStringLiteral(": ") + problem);
        }
    }
    for (qsizetype i = 0; i < layout.standingAreas.size(); ++i) {
        const StandingArea &area = layout.standingAreas.at(i);
        if (const QString problem = areaProblem(layout, ids, area); !problem.isEmpty()) {
            const QString name = area.name.trimmed().isEmpty()
                                     ? QStringLiteral("standing area #%1").arg(i + 1)
                                     : QStringLiteral("standing area ") + area.name;
            return invalidInput(name + QStringLiteral(": ") + problem);
        }
    }
    if (const qint64 placeCount = layout.placeCount(); placeCount > kMaxLayoutPlaces)
        return invalidInput(QStringLiteral("layout: %1 places in all, more than the %2 a layout may have")
                                .arg(placeCount)
                                .arg(kMaxLayoutPlaces));
    return {};
}

} // namespace tessera
