#pragma once

#include "core/engine/eventcatalog.h"
#include "core/space/eventspace.h"
#include "ui/seatmap/seatgeometry.h"
#include "ui/seatmap/seatmappalette.h"
#include "ui/seatmap/seatselection.h"

#include <QPointF>
#include <QRectF>
#include <QRgb>

#include <memory>
#include <vector>

namespace tessera {

/// The level of detail the seat map draws at, chosen by the on-screen seat pitch.
enum class SeatMapDetail {
    Overview, ///< the whole venue from a cached image, a pixel or a few per seat
    Blocks,   ///< seats as small filled squares, drawn straight into a frame buffer
    Seats,    ///< pre-rendered seat sprites, numbers when they are large enough to read
};

/// A named group of seats (a section, a stand) and the box around their centres.
struct SeatMapSection
{
    QString name;
    QRectF bounds;
};

/// A row of a section: its name, its two end seats (the two furthest apart) and each end's
/// nearest seat in the row, which gives the row's direction there (curved rows too).
struct SeatMapRow
{
    QString name;
    quint32 first = 0;
    quint32 firstInner = 0;
    quint32 last = 0;
    quint32 lastInner = 0;
};

/// A row's name and where it is drawn (view pixels).
struct SeatMapRowLabel
{
    QString name;
    QRectF rect;
};

/// What the seat map shows, shared by the view (which owns it) and the renderer.
struct SeatMapModel
{
    std::shared_ptr<const CatalogEntry> entry;
    const EventSpace *space = nullptr;
    SeatGeometry geometry;
    SeatSelection selection;
    HolderId ownHolder = 0;
    quint32 focusSeat = SeatGeometry::kNoSeat;
    qsizetype seatCount = 0;              ///< seats both the layout and the space know
    std::vector<QRgb> categoryColours;    ///< by category index, opaque
    std::vector<quint32> accessibleSeats; ///< seats flagged Accessible, ascending
    std::vector<bool> accessible;         ///< by seat
    std::vector<SeatMapSection> sections;
    std::vector<SeatMapRow> rows; ///< every named row, wherever its seats are in the layout's order
    QRectF sceneRect;             ///< seats, standing areas and stage, with a margin

    /// Fills everything but the entry/space pointers, the own holder and the selection's contents.
    void rebuild();
    SeatLook look(quint32 seat) const
    {
        return seatLook(space->seatState(seat), space->seatHolder(seat), ownHolder, selection.contains(seat));
    }
    QRgb rgb(quint32 seat) const;
};

/// Where the layout is on screen: view point = (layout point - origin) * scale.
struct SeatMapTransform
{
    double scale = 1; ///< pixels per layout unit
    QPointF origin;   ///< the layout point at the view's top-left corner
    qreal devicePixelRatio = 1;
    QSizeF viewport;    ///< the view's size in pixels; empty when not known (then the scene's)
    double topBand = 0; ///< pixels at the top of the view kept for a message (SeatMapView::setTopBand)

    QPointF toView(QPointF layout) const { return (layout - origin) * scale; }
    QPointF toLayout(QPointF view) const { return view / scale + origin; }
    QRectF toView(const QRectF &layout) const { return {toView(layout.topLeft()), layout.size() * scale}; }
    QRectF toLayout(const QRectF &view) const { return {toLayout(view.topLeft()), view.size() / scale}; }
};

} // namespace tessera
