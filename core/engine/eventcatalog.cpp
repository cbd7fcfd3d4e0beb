#include "core/engine/eventcatalog.h"

#include "core/common/ids.h"

#include <algorithm>
#include <cmath>

namespace tessera {

QString CatalogEntry::seatDescription(quint32 seat) const
{
    if (seat >= static_cast<quint32>(layout.seats.size()))
        return QStringLiteral("seat #%1").arg(seat);
    const LayoutSeat &s = layout.seats[seat];
    return QStringLiteral("%1, row %2, seat %3").arg(s.section, s.row, s.number);
}

std::vector<SeatBlock> seatBlocks(const VenueLayout &layout)
{
    // A row is a run of seats with the same section and row label (rows may be rotated or
    // curved, so positions alone cannot tell). Inside a row, a gap much wider than the usual
    // distance between neighbours is an aisle and ends the block.
    std::vector<SeatBlock> blocks;
    const auto n = static_cast<quint32>(layout.seats.size());
    quint32 row = 0;
    quint32 rowStart = 0;
    for (quint32 i = 1; i <= n; ++i) {
        if (i < n && layout.seats[i].section == layout.seats[rowStart].section
            && layout.seats[i].row == layout.seats[rowStart].row)
            continue;
        // Seats rowStart..i-1 form one row.
        std::vector<double> gaps;
        for (quint32 k = rowStart + 1; k < i; ++k)
            gaps.push_back(std::hypot(layout.seats[k].x - layout.seats[k - 1].x,
                                      layout.seats[k].y - layout.seats[k - 1].y));
        double usual = 0;
        if (!gaps.empty()) {
            std::vector<double> sorted = gaps;
            std::nth_element(sorted.begin(), sorted.begin() + static_cast<qsizetype>(sorted.size() / 2),
                             sorted.end());
            usual = sorted[sorted.size() / 2];
        }
        quint32 start = rowStart;
        for (quint32 k = rowStart + 1; k < i; ++k) {
            if (gaps[k - rowStart - 1] > usual * 1.6) {
                blocks.push_back(SeatBlock{start, k - start, row});
                start = k;
            }
        }
        blocks.push_back(SeatBlock{start, i - start, row});
        ++row;
        rowStart = i;
    }
    return blocks;
}

SpaceLayout toSpaceLayout(const VenueLayout &layout)
{
    SpaceLayout space;
    const auto n = static_cast<size_t>(layout.seats.size());
    space.x.reserve(n);
    space.y.reserve(n);
    space.category.reserve(n);
    space.initiallyBlocked.reserve(n);
    QHash<QString, quint16> categoryIndex;
    for (qsizetype i = 0; i < layout.categories.size(); ++i)
        categoryIndex.insert(layout.categories[i].id, static_cast<quint16>(i));
    for (const LayoutSeat &seat : layout.seats) {
        space.x.push_back(static_cast<float>(seat.x));
        space.y.push_back(static_cast<float>(seat.y));
        space.category.push_back(categoryIndex.value(seat.category, 0));
        space.initiallyBlocked.push_back(seat.blocked);
    }
    for (const StandingArea &area : layout.standingAreas) {
        space.standingCapacity.push_back(static_cast<quint32>(std::max(0, area.capacity)));
        space.standingCategory.push_back(categoryIndex.value(area.category, 0));
    }
    space.stageX = static_cast<float>(layout.stageX + layout.stageWidth / 2);
    space.stageY = static_cast<float>(layout.stageY + layout.stageHeight / 2);
    space.blocks = seatBlocks(layout);
    space.complete();
    return space;
}

std::shared_ptr<CatalogEntry> makeCatalogEntry(quint32 index, Event event, VenueLayout layout)
{
    auto entry = std::make_shared<CatalogEntry>();
    entry->index = index;
    entry->event = std::move(event);
    entry->layout = std::move(layout);
    const VenueLayout &l = entry->layout;
    QHash<QString, qint64> price;
    for (const PriceCategory &c : l.categories)
        price.insert(c.id, c.priceCents);
    entry->seatIndexById.reserve(l.seats.size());
    entry->seatPriceCents.reserve(static_cast<size_t>(l.seats.size()));
    entry->seatLabels.reserve(static_cast<size_t>(l.seats.size()));
    for (qsizetype i = 0; i < l.seats.size(); ++i) {
        const LayoutSeat &s = l.seats[i];
        const auto seat = static_cast<quint32>(i);
        entry->seatIndexById.insert(s.id, seat);
        const QString shortLabel = s.row + QLatin1Char('-') + s.number;
        if (const auto known = entry->seatIndexByLabel.constFind(shortLabel);
            known != entry->seatIndexByLabel.cend() && *known != seat)
            entry->seatIndexByLabel.insert(shortLabel, CatalogEntry::kAmbiguousLabel);
        else
            entry->seatIndexByLabel.insert(shortLabel, seat);
        entry->seatIndexByLabel.insert(s.section + QLatin1Char(' ') + s.row + QLatin1Char('-') + s.number,
                                       seat);
        entry->seatPriceCents.push_back(price.value(s.category, 0));
        entry->seatLabels.push_back(s.label());
    }
    for (qsizetype a = 0; a < l.standingAreas.size(); ++a) {
        entry->standingIndexById.insert(l.standingAreas[a].id, static_cast<quint32>(a));
        entry->standingPriceCents.push_back(price.value(l.standingAreas[a].category, 0));
    }
    return entry;
}

void EventCatalog::publish(std::shared_ptr<const CatalogEntry> entry)
{
    QWriteLocker lock(&m_lock);
    if (m_byIndex.size() <= entry->index)
        m_byIndex.resize(entry->index + 1);
    m_byIndex[entry->index] = entry;
    m_byId.insert(entry->event.id, std::move(entry));
}

void EventCatalog::remove(const QUuid &eventId)
{
    QWriteLocker lock(&m_lock);
    const auto entry = m_byId.take(eventId);
    if (entry && entry->index < m_byIndex.size())
        m_byIndex[entry->index].reset();
}

std::shared_ptr<const CatalogEntry> EventCatalog::byId(const QUuid &id) const
{
    QReadLocker lock(&m_lock);
    return m_byId.value(id);
}

std::shared_ptr<const CatalogEntry> EventCatalog::byIndex(quint32 index) const
{
    QReadLocker lock(&m_lock);
    return index < m_byIndex.size() ? m_byIndex[index] : nullptr;
}

std::shared_ptr<const CatalogEntry> EventCatalog::find(const QString &idOrName) const
{
    const QUuid id = parseUuid(idOrName.trimmed());
    QReadLocker lock(&m_lock);
    if (!id.isNull())
        return m_byId.value(id);
    for (const auto &entry : m_byId) {
        if (entry->event.name.compare(idOrName.trimmed(), Qt::CaseInsensitive) == 0)
            return entry;
    }
    return nullptr;
}

EventCatalog::EventCatalog()
    : m_instance(newUuid())
{}

QUuid EventCatalog::holdId(quint32 eventIndex, const QUuid &eventId, HoldId hold) const
{
    {
        QReadLocker lock(&m_lock);
        if (!m_adoptedHoldIds.isEmpty()) {
            if (const auto it = m_adoptedHoldIds.constFind({eventIndex, hold}); it != m_adoptedHoldIds.cend())
                return *it;
        }
    }
    return holdPublicId(eventId, hold, m_instance);
}

void EventCatalog::adoptHoldId(quint32 eventIndex, HoldId hold, const QUuid &publicId)
{
    QWriteLocker lock(&m_lock);
    m_adoptedHoldIds.insert({eventIndex, hold}, publicId);
}

bool EventCatalog::isCurrentLocked(const std::shared_ptr<const CatalogEntry> &entry) const
{
    // An event whose layout was replaced keeps its old entry at its old index (changes of the
    // old space may still be on their way to the database), but only one is current.
    return entry && m_byId.value(entry->event.id) == entry;
}

std::shared_ptr<const CatalogEntry> EventCatalog::currentByIndex(quint32 index) const
{
    QReadLocker lock(&m_lock);
    return index < m_byIndex.size() && isCurrentLocked(m_byIndex[index]) ? m_byIndex[index] : nullptr;
}

QList<std::shared_ptr<const CatalogEntry>> EventCatalog::all() const
{
    QReadLocker lock(&m_lock);
    QList<std::shared_ptr<const CatalogEntry>> list;
    for (const auto &entry : m_byIndex) {
        if (isCurrentLocked(entry))
            list.append(entry);
    }
    return list;
}

} // namespace tessera

namespace tessera {

QUuid holdPublicId(const QUuid &eventId, HoldId hold)
{
    return QUuid::createUuidV5(eventId, QString::number(hold));
}

QUuid holdPublicId(const QUuid &eventId, HoldId hold, const QUuid &instance)
{
    return QUuid::createUuidV5(eventId, uuidText(instance) + u'/' + QString::number(hold));
}

} // namespace tessera
