#include "core/common/ids.h"
#include "core/domain/json.h"
#include "core/domain/jsoncodec_p.h"

#include <array>

using namespace Qt::StringLiterals;

namespace tessera {

namespace {

constexpr std::array kSeatFlags = {SeatFlag::Accessible, SeatFlag::Companion, SeatFlag::RestrictedView};

QJsonArray flagsToJson(SeatFlags flags)
{
    QJsonArray names;
    for (SeatFlag flag : kSeatFlags) {
        if (flags.testFlag(flag))
            names.append(wireName(flag));
    }
    return names;
}

void readSeatFlags(JsonReader &reader, SeatFlags &out)
{
    constexpr QLatin1StringView key("flags");
    if (!reader.contains(key))
        return;
    QList<SeatFlag> list;
    reader.readEach(key, list, Need::Optional,
                    [&](const QJsonValue &value, qsizetype i) -> std::optional<SeatFlag> {
                        if (!value.isString()) {
                            reader.fail(JsonReader::elementPath(key, i), QStringLiteral("must be a string"));
                            return std::nullopt;
                        }
                        const std::optional<SeatFlag> flag = fromWireName<SeatFlag>(value.toString());
                        if (!flag) {
                            reader.fail(JsonReader::elementPath(key, i),
                                        QStringLiteral("unknown value \"%1\"").arg(value.toString()));
                        }
                        return flag;
                    });
    if (!reader.ok())
        return;
    SeatFlags flags;
    for (SeatFlag flag : list)
        flags |= flag;
    out = flags;
}

template<typename T>
QJsonArray listToJson(const QList<T> &values)
{
    QJsonArray array;
    for (const T &value : values)
        array.append(toJson(value));
    return array;
}

} // namespace

QJsonObject toJson(const PriceCategory &category)
{
    QJsonObject json;
    json.insert("id"_L1, category.id);
    json.insert("name"_L1, category.name);
    json.insert("colour"_L1, category.colour);
    json.insert("price"_L1, category.priceCents);
    return json;
}

Result<PriceCategory> priceCategoryFromJson(const QJsonObject &json)
{
    PriceCategory category;
    JsonReader reader(json);
    reader.read("id"_L1, category.id, Need::Required);
    reader.read("name"_L1, category.name, Need::Required);
    reader.read("colour"_L1, category.colour, Need::Required);
    reader.readCents("price"_L1, category.priceCents, Need::Required);
    return decoded(reader, std::move(category), validatePriceCategory);
}

QJsonObject toJson(const LayoutSeat &seat)
{
    QJsonObject json;
    json.insert("id"_L1, uuidText(seat.id));
    json.insert("section"_L1, seat.section);
    json.insert("row"_L1, seat.row);
    json.insert("number"_L1, seat.number);
    json.insert("x"_L1, seat.x);
    json.insert("y"_L1, seat.y);
    json.insert("category"_L1, seat.category);
    if (seat.flags)
        json.insert("flags"_L1, flagsToJson(seat.flags));
    if (seat.blocked)
        json.insert("blocked"_L1, true);
    if (!seat.blockReason.isEmpty())
        json.insert("block_reason"_L1, seat.blockReason);
    return json;
}

Result<LayoutSeat> layoutSeatFromJson(const QJsonObject &json)
{
    LayoutSeat seat;
    JsonReader reader(json);
    reader.read("id"_L1, seat.id, Need::Required);
    reader.read("section"_L1, seat.section, Need::Optional);
    reader.read("row"_L1, seat.row, Need::Optional);
    reader.read("number"_L1, seat.number, Need::Required);
    reader.read("x"_L1, seat.x, Need::Required);
    reader.read("y"_L1, seat.y, Need::Required);
    reader.read("category"_L1, seat.category, Need::Required);
    readSeatFlags(reader, seat.flags);
    reader.read("blocked"_L1, seat.blocked, Need::Optional);
    reader.read("block_reason"_L1, seat.blockReason, Need::Optional);
    if (reader.ok() && seat.number.isEmpty())
        reader.fail(QStringLiteral("number"), QStringLiteral("must not be empty"));
    return decoded(reader, std::move(seat));
}

QJsonObject toJson(const StandingArea &area)
{
    QJsonObject json;
    json.insert("id"_L1, uuidText(area.id));
    json.insert("name"_L1, area.name);
    json.insert("category"_L1, area.category);
    json.insert("capacity"_L1, area.capacity);
    json.insert("x"_L1, area.x);
    json.insert("y"_L1, area.y);
    json.insert("width"_L1, area.width);
    json.insert("height"_L1, area.height);
    return json;
}

Result<StandingArea> standingAreaFromJson(const QJsonObject &json)
{
    StandingArea area;
    JsonReader reader(json);
    reader.read("id"_L1, area.id, Need::Required);
    reader.read("name"_L1, area.name, Need::Required);
    reader.read("category"_L1, area.category, Need::Required);
    reader.read("capacity"_L1, area.capacity, Need::Required);
    reader.read("x"_L1, area.x, Need::Required);
    reader.read("y"_L1, area.y, Need::Required);
    reader.read("width"_L1, area.width, Need::Required);
    reader.read("height"_L1, area.height, Need::Required);
    return decoded(reader, std::move(area));
}

QJsonObject toJson(const VenueLayout &layout)
{
    QJsonObject stage;
    stage.insert("x"_L1, layout.stageX);
    stage.insert("y"_L1, layout.stageY);
    stage.insert("width"_L1, layout.stageWidth);
    stage.insert("height"_L1, layout.stageHeight);

    QJsonObject json;
    json.insert("name"_L1, layout.name);
    json.insert("width"_L1, layout.width);
    json.insert("height"_L1, layout.height);
    json.insert("stage"_L1, stage);
    json.insert("categories"_L1, listToJson(layout.categories));
    json.insert("seats"_L1, listToJson(layout.seats));
    json.insert("standing_areas"_L1, listToJson(layout.standingAreas));
    return json;
}

Result<VenueLayout> venueLayoutFromJson(const QJsonObject &json)
{
    VenueLayout layout;
    JsonReader reader(json);
    reader.read("name"_L1, layout.name, Need::Optional);
    reader.read("width"_L1, layout.width, Need::Required);
    reader.read("height"_L1, layout.height, Need::Required);
    if (QJsonObject stage; reader.readObject("stage"_L1, stage, Need::Optional)) {
        JsonReader stageReader(stage);
        stageReader.read("x"_L1, layout.stageX, Need::Required);
        stageReader.read("y"_L1, layout.stageY, Need::Required);
        stageReader.read("width"_L1, layout.stageWidth, Need::Required);
        stageReader.read("height"_L1, layout.stageHeight, Need::Required);
        if (!stageReader.ok())
            reader.failNested(QStringLiteral("stage."), stageReader.error());
    }
    reader.readList("categories"_L1, layout.categories, Need::Optional, priceCategoryFromJson);
    reader.readList("seats"_L1, layout.seats, Need::Optional, layoutSeatFromJson);
    reader.readList("standing_areas"_L1, layout.standingAreas, Need::Optional, standingAreaFromJson);
    return decoded(reader, std::move(layout), validateLayout);
}

} // namespace tessera
