#pragma once

#include "ui/seatmap/seatgeometry.h"

#include <QImage>
#include <QPointF>
#include <QRgb>
#include <QWidget>

#include <optional>
#include <vector>

class QUndoStack;

namespace tessera {

class LayoutDocument;

/// The editable map of the layout editor: draws every seat of the document in its category's
/// colour (culled to the screen, pixels written straight into the frame when seats are tiny, so
/// that a 100,000-seat stadium stays smooth), the stage and the standing areas. Click selects a
/// seat, Ctrl+click toggles, Shift+click adds, dragging on empty ground draws a rubber band,
/// dragging a selected seat moves the selection, arrow keys move it by one unit (Shift: ten),
/// Delete asks to delete it. The wheel zooms; the right or middle button pans. Every move is an
/// undo command on the stack given to setUndoStack().
class LayoutCanvas final : public QWidget
{
    Q_OBJECT

public:
    explicit LayoutCanvas(LayoutDocument &document, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(LayoutCanvas)

    void setUndoStack(QUndoStack *stack) { m_undo = stack; }

    /// Pixels per layout unit.
    double scale() const { return m_scale; }
    void setScale(double scale, QPointF anchorInView);
    /// Shows the whole layout, below the top band.
    void fitAll();
    /// Keeps the top `pixels` free when fitting and centring: a message floating over the
    /// canvas (LayoutEditor) then covers nothing of the fitted layout.
    void setTopBand(int pixels) { m_topBand = std::max(0, pixels); }
    int topBand() const { return m_topBand; }
    /// Puts `point` (layout units) in the middle of the view, zoomed in so seats are readable.
    void centreOn(QPointF point);
    /// Marks a place (a validation problem) with a ring until the next highlight.
    void highlight(std::optional<QPointF> point);
    std::optional<QPointF> highlightedPlace() const { return m_highlight; }

    QPointF toView(QPointF layoutPoint) const;
    QPointF toLayout(QPointF viewPoint) const;
    /// Where seat `index` is drawn, in widget coordinates (for tests and tooltips).
    QPointF seatCentreInView(qsizetype index) const;
    /// The seat under a widget point, or -1.
    qsizetype seatAtView(QPointF viewPoint);
    /// Moves the selected seats by (dx, dy) layout units as one undo command.
    void moveSelection(double dx, double dy);

    QSize sizeHint() const override { return {800, 600}; }

Q_SIGNALS:
    void deleteRequested();
    /// The pointer is over this seat (-1: none), for the status bar.
    void hovered(qsizetype seat);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    enum class Drag {
        None,
        Pending,
        Move,
        Band,
        Pan
    };

    const SeatGeometry &geometry();
    void updateColours();
    QRectF contentBounds();
    void paintSeats(QPainter &painter, const QRectF &visible);
    void paintSeatPixels(const QRectF &visible);
    void paintAreas(QPainter &painter);
    QPointF dragDelta() const;

    LayoutDocument &m_document;
    QUndoStack *m_undo = nullptr;
    SeatGeometry m_geometry;
    bool m_geometryDirty = true;
    bool m_coloursDirty = true;
    bool m_fitPending = true;
    int m_topBand = 0;
    std::vector<QRgb> m_seatColour;
    QImage m_frame;
    double m_scale = 1;
    QPointF m_origin; ///< the layout point at the widget's top-left corner
    std::optional<QPointF> m_highlight;

    Drag m_drag = Drag::None;
    QPoint m_pressPos;
    QPoint m_currentPos;
    QPointF m_panOrigin;
};

} // namespace tessera
