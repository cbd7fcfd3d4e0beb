// Mouse and keyboard handling of SeatMapView.

#include "ui/seatmap/seatmaprenderer.h"
#include "ui/seatmap/seatmapview.h"

#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QWheelEvent>

#include <cmath>

namespace tessera {

bool SeatMapView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        showToolTip(help->pos(), help->globalPos());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void SeatMapView::mousePressEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    m_lastPos = pos;
    m_pressPos = pos;
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld)) {
        m_drag = Drag::Pan;
        m_spacePanned = m_spaceHeld;
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    if (event->button() == Qt::LeftButton) {
        m_drag = Drag::Pending;
        m_pressCtrl = event->modifiers().testFlag(Qt::ControlModifier);
        event->accept();
        return;
    }
    QAbstractScrollArea::mousePressEvent(event);
}

void SeatMapView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    switch (m_drag) {
    case Drag::Pan:
        panBy(m_lastPos - pos);
        break;
    case Drag::Pending:
        if ((pos - m_pressPos).manhattanLength() < QApplication::startDragDistance())
            break;
        m_drag = Drag::RubberBand;
        [[fallthrough]];
    case Drag::RubberBand: {
        const QRect old = m_rubberBand;
        m_rubberBand = QRect(m_pressPos, pos).normalized();
        viewport()->update((old | m_rubberBand).adjusted(-2, -2, 2, 2));
        break;
    }
    case Drag::None:
        break;
    }
    m_lastPos = pos;
    event->accept();
}

void SeatMapView::mouseReleaseEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    const Drag drag = m_drag;
    m_drag = Drag::None;
    event->accept();
    if (drag == Drag::Pan) {
        viewport()->unsetCursor();
        return;
    }
    if (drag == Drag::RubberBand) {
        m_rubberBand = QRect(m_pressPos, pos).normalized();
        finishRubberBand(m_pressCtrl || event->modifiers().testFlag(Qt::ControlModifier));
        return;
    }
    if (drag != Drag::Pending || !m_model.space)
        return;

    const bool ctrl = m_pressCtrl || event->modifiers().testFlag(Qt::ControlModifier);
    const quint32 seat = seatAt(pos);
    if (seat != SeatGeometry::kNoSeat) {
        setFocusSeat(seat);
        if (m_model.space->seatState(seat) != SeatState::Available)
            return; // only available seats are selectable; keep what is selected
        if (ctrl) {
            m_model.selection.toggle(seat);
            selectionEdited({seat});
        } else if (m_model.selection.count() != 1 || !m_model.selection.contains(seat)) {
            setSelectedSeats({seat});
        }
        return;
    }
    if (const quint32 area = standingAreaAt(pos); area != kNoIndex) {
        Q_EMIT standingAreaActivated(area);
        return;
    }
    if (!ctrl && !m_model.selection.isEmpty())
        clearSelection();
}

void SeatMapView::finishRubberBand(bool add)
{
    const QRect band = m_rubberBand;
    m_rubberBand = QRect();
    viewport()->update(band.adjusted(-2, -2, 2, 2));
    if (!m_model.space)
        return;
    std::vector<quint32> touched;
    if (!add) {
        m_model.selection.forEach([&touched](quint32 seat) { touched.push_back(seat); });
        m_model.selection.clear();
    }
    m_model.geometry.forEachSeatIn(m_transform.toLayout(QRectF(band)), [&](quint32 seat) {
        if (m_model.space->seatState(seat) == SeatState::Available && m_model.selection.insert(seat))
            touched.push_back(seat);
    });
    selectionEdited(touched);
}

void SeatMapView::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    if (delta.y() != 0 && !event->modifiers().testFlag(Qt::ShiftModifier)) {
        setScale(m_transform.scale * std::pow(1.25, delta.y() / 120.0), event->position());
    } else {
        // Shift+wheel or a sideways wheel pans.
        const int dx = delta.x() != 0 ? delta.x() : delta.y();
        panBy(QPointF(-dx / 2.0, 0));
    }
    event->accept();
}

void SeatMapView::moveFocus(QPointF direction)
{
    if (m_model.seatCount == 0)
        return;
    quint32 next = SeatGeometry::kNoSeat;
    const quint32 focus = m_model.focusSeat;
    const QRect shown = viewport()->rect().adjusted(0, m_topBand, 0, 0); // not under the top band
    if (focus == SeatGeometry::kNoSeat || !shown.contains(seatCentreInView(focus).toPoint()))
        next = m_model.geometry.nearestSeat(m_transform.toLayout(QRectF(shown).center()));
    else
        next = m_model.geometry.nextSeat(focus, direction);
    if (next != SeatGeometry::kNoSeat)
        setFocusSeat(next);
}

void SeatMapView::keyPressEvent(QKeyEvent *event)
{
    const bool ctrl = event->modifiers().testFlag(Qt::ControlModifier);
    QPointF direction;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    case Qt::Key_0:
        fitToView();
        return;
    case Qt::Key_Escape:
        clearSelection();
        return;
    case Qt::Key_Space:
        if (!event->isAutoRepeat()) {
            m_spaceHeld = true;
            m_spacePanned = false;
        }
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_model.focusSeat == SeatGeometry::kNoSeat) {
            const quint32 area = standingAreaAt(QRectF(viewport()->rect()).center());
            if (area != kNoIndex)
                Q_EMIT standingAreaActivated(area);
        }
        return;
    case Qt::Key_Left:
        direction = {-1, 0};
        break;
    case Qt::Key_Right:
        direction = {1, 0};
        break;
    case Qt::Key_Up:
        direction = {0, -1};
        break;
    case Qt::Key_Down:
        direction = {0, 1};
        break;
    default:
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    if (ctrl || detail() != SeatMapDetail::Seats)
        panBy(direction * std::max(40, viewport()->width() / 10));
    else
        moveFocus(direction);
}

void SeatMapView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() != Qt::Key_Space || event->isAutoRepeat()) {
        QAbstractScrollArea::keyReleaseEvent(event);
        return;
    }
    const bool panned = m_spacePanned;
    m_spaceHeld = false;
    m_spacePanned = false;
    const quint32 seat = m_model.focusSeat;
    if (panned || seat == SeatGeometry::kNoSeat || !m_model.space)
        return;
    if (m_model.space->seatState(seat) != SeatState::Available && !m_model.selection.contains(seat))
        return;
    m_model.selection.toggle(seat);
    selectionEdited({seat});
}

void SeatMapView::focusOutEvent(QFocusEvent *event)
{
    m_spaceHeld = false;
    QAbstractScrollArea::focusOutEvent(event);
}

} // namespace tessera
