#include "ui/seatmap/seatmapmodel.h"

#include <QHash>

#include <algorithm>

namespace tessera {

void SeatMapModel::rebuild()
{
    geometry = {};
    categoryColours.clear();
    accessibleSeats.clear();
    accessible.clear();
    sections.clear();
    rows.clear();
    sceneRect = {};
    seatCount = 0;
    focusSeat = SeatGeometry::kNoSeat;
    if (!entry || !space) {
        selection.reset(0);
        return;
    }
    const VenueLayout &layout = entry->layout;
    const SpaceLayout &arrays = space->layout();
    seatCount = std::min<qsizetype>(layout.seats.size(), space->seatCount());
    const auto n = static_cast<size_t>(seatCount);
    geometry = SeatGeometry(std::span(arrays.x.data(), n), std::span(arrays.y.data(), n));
    selection.reset(seatCount);

    for (const PriceCategory &category : layout.categories) {
        const QColor colour = QColor::fromString(category.colour);
        categoryColours.push_back((colour.isValid() ? colour : QColor(Qt::gray)).rgb());
    }
    if (categoryColours.empty())
        categoryColours.push_back(QColor(Qt::gray).rgb());

    accessible.assign(n, false);
    QHash<QString, qsizetype> sectionIndex;
    QHash<QString, qsizetype> rowIndex; // section and row
    std::vector<std::vector<quint32>> rowSeats;
    for (size_t i = 0; i < n; ++i) {
        const LayoutSeat &seat = layout.seats[static_cast<qsizetype>(i)];
        if (seat.flags.testFlag(SeatFlag::Accessible)) {
            accessible[i] = true;
            accessibleSeats.push_back(static_cast<quint32>(i));
        }
        if (!seat.row.isEmpty()) {
            const QString key = seat.section + u'\n' + seat.row;
            auto found = rowIndex.constFind(key);
            if (found == rowIndex.cend()) {
                found = rowIndex.insert(key, static_cast<qsizetype>(rowSeats.size()));
                rowSeats.emplace_back();
                rows.push_back({seat.row});
            }
            rowSeats[static_cast<size_t>(*found)].push_back(static_cast<quint32>(i));
        }
        if (seat.section.isEmpty())
            continue;
        const QPointF centre(arrays.x[i], arrays.y[i]);
        const auto it = sectionIndex.constFind(seat.section);
        if (it == sectionIndex.cend()) {
            sectionIndex.insert(seat.section, static_cast<qsizetype>(sections.size()));
            sections.push_back({seat.section, QRectF(centre, centre)});
        } else {
            QRectF &b = sections[static_cast<size_t>(*it)].bounds;
            b.setLeft(std::min(b.left(), centre.x()));
            b.setRight(std::max(b.right(), centre.x()));
            b.setTop(std::min(b.top(), centre.y()));
            b.setBottom(std::max(b.bottom(), centre.y()));
        }
    }

    // Each row's ends: the seat furthest from any of its seats, then the one furthest from that.
    for (size_t r = 0; r < rows.size(); ++r) {
        const std::vector<quint32> &seats = rowSeats[r];
        auto distance = [&](quint32 a, quint32 b) {
            const QPointF d = geometry.centre(a) - geometry.centre(b);
            return d.x() * d.x() + d.y() * d.y();
        };
        auto furthest = [&](quint32 from) {
            return *std::max_element(seats.begin(), seats.end(), [&](quint32 a, quint32 b) {
                return distance(from, a) < distance(from, b);
            });
        };
        auto nearest = [&](quint32 to) {
            quint32 best = to;
            for (quint32 seat : seats) {
                if (seat != to && (best == to || distance(to, seat) < distance(to, best)))
                    best = seat;
            }
            return best;
        };
        SeatMapRow &row = rows[r];
        row.first = furthest(seats.front());
        row.last = furthest(row.first);
        row.firstInner = nearest(row.first);
        row.lastInner = nearest(row.last);
    }

    const double pitch = geometry.pitch();
    QRectF scene = geometry.bounds();
    for (const StandingArea &area : layout.standingAreas)
        scene |= QRectF(area.x, area.y, area.width, area.height);
    if (layout.stageWidth > 0 && layout.stageHeight > 0)
        scene |= QRectF(layout.stageX, layout.stageY, layout.stageWidth, layout.stageHeight);
    if (scene.isNull())
        scene = QRectF(0, 0, std::max(layout.width, 1.0), std::max(layout.height, 1.0));
    const double margin = std::max(2 * pitch, 0.03 * std::max(scene.width(), scene.height()));
    sceneRect = scene.adjusted(-margin, -margin, margin, margin);
}

QRgb SeatMapModel::rgb(quint32 seat) const
{
    static const SeatMapPalette &palette = SeatMapPalette::standard();
    switch (look(seat)) {
    case SeatLook::Available: {
        const quint16 category = space->layout().category[seat];
        return categoryColours[category < categoryColours.size() ? category : 0];
    }
    case SeatLook::Selected:
        return palette.selected.rgb();
    case SeatLook::HeldByMe:
        return palette.heldByMe.rgb();
    case SeatLook::HeldByOthers:
        return palette.heldByOthers.rgb();
    case SeatLook::Sold:
        return palette.sold.rgb();
    case SeatLook::Blocked:
        return palette.blocked.rgb();
    }
    return palette.blocked.rgb();
}

} // namespace tessera
