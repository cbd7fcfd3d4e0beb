#pragma once

#include "ui/seatmap/seatmapmodel.h"

#include <QHash>
#include <QImage>
#include <QPixmap>
#include <QPointF>
#include <QRectF>

#include <span>
#include <vector>

class QPainter;

namespace tessera {

/// Draws a SeatMapModel: seats at three levels of detail, standing areas with their remaining
/// places, the stage and the section labels. Keeps the caches that make that fast: the overview
/// image of the whole venue (patched seat by seat when seats change, never rebuilt for a change),
/// a frame buffer for the blocks level and the seat sprites. Used on the GUI thread only.
class SeatMapRenderer final
{
public:
    explicit SeatMapRenderer(const SeatMapModel *model);
    Q_DISABLE_COPY_MOVE(SeatMapRenderer)

    /// Seat pitch on screen (pixels) from which each level starts.
    static constexpr double kBlocksFromPitch = 5;
    static constexpr double kSeatsFromPitch = 16;
    static constexpr double kNumbersFromPitch = 22;
    static SeatMapDetail detailFor(double pixelPitch);

    /// Drops every cache; call when the model was rebuilt.
    void invalidate();
    /// Brings the overview image up to date for seats whose look changed.
    void patchSeats(std::span<const quint32> seats);
    /// Paints the part `exposed` (view pixels) of the map.
    void paint(QPainter &painter, const QRect &exposed, const SeatMapTransform &transform);
    /// The view rectangle a seat covers, for partial repaints, grown by a pixel for the borders.
    QRect seatRectInView(quint32 seat, const SeatMapTransform &transform) const;
    /// Where the section names go when the map is zoomed out (view pixels), one rectangle per
    /// section of the model, empty for a section too small to be named: next to the section
    /// (above, below, left or right, the first that covers no seats, stage, standing area or
    /// other name and stays in view), else over its middle. Close up, closeUpLabelRects().
    QList<QRectF> sectionLabelRects(const SeatMapTransform &transform);
    /// Where the section names go when seats are drawn close up: above each section's first row,
    /// kept in view (below the transform's top band) while any of the section is; empty for a
    /// section out of view.
    QList<QRectF> closeUpLabelRects(const SeatMapTransform &transform);
    /// Where the row names go once seat numbers are drawn: a pitch beyond both ends of each row
    /// (along the row, so curved rows too), in `area` (view pixels); none where a seat would be
    /// covered. Nothing zoomed out.
    QList<SeatMapRowLabel> rowLabels(const SeatMapTransform &transform, const QRectF &area);
    /// How many overview pixels were rebuilt from scratch / patched so far (for tests).
    int overviewRebuilds() const { return m_overviewRebuilds; }

private:
    struct RasterTarget;
    void paintOverview(QPainter &painter, const QRect &exposed, const SeatMapTransform &transform);
    void paintBlocks(QPainter &painter, const QRect &exposed, const SeatMapTransform &transform);
    void paintSprites(QPainter &painter, const QRect &exposed, const SeatMapTransform &transform);
    void paintStandingAreas(QPainter &painter, const QRect &exposed, const SeatMapTransform &transform);
    void paintStage(QPainter &painter, const QRect &exposed, const SeatMapTransform &transform);
    void paintSectionLabels(QPainter &painter, const QRect &exposed, const SeatMapTransform &transform);
    void paintRowLabels(QPainter &painter, const QRect &exposed, const SeatMapTransform &transform);
    void paintFocus(QPainter &painter, const SeatMapTransform &transform);
    bool ensureOverview(const SeatMapTransform &transform);
    int seatBoxSize(double devicePitch) const;
    void rasterSeat(QImage &image, quint32 seat, double originX, double originY, double scale, int box,
                    const QRect &clip) const;
    const QPixmap &sprite(SeatLook look, quint16 category, bool accessible, int size, qreal dpr);
    const QPixmap &numberLabel(const QString &number, bool lightText, int size, qreal dpr);
    /// The view rectangle a section's places cover (seat centres grown by half a pitch).
    QRectF sectionInView(const SeatMapSection &section, const SeatMapTransform &transform) const;
    /// A section name on its plate: light for the overview, dark close up; cached by name.
    const QPixmap &sectionPlate(const QString &name, bool close, qreal dpr);

    const SeatMapModel *m_model;
    // The overview: the scene rectangle at m_overviewScale device pixels per unit.
    QImage m_overview;
    double m_overviewScale = 0;
    int m_overviewBox = 1;
    int m_overviewRebuilds = 0;
    QImage m_frame; // blocks level frame buffer, device pixels
    QHash<quint64, QPixmap> m_sprites;
    QHash<QString, QPixmap> m_numbers[2]; // dark text, light text
    QHash<QString, QPixmap> m_plates[2];  // overview style, close-up style
    qreal m_plateDpr = 0;
    int m_spriteSize = 0;
    qreal m_spriteDpr = 0;
};

} // namespace tessera
