#include "ui/layouteditor/layoutcanvas.h"

#include "ui/layouteditor/layoutcommands.h"
#include "ui/layouteditor/layoutdocument.h"

#include <QHash>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QUndoStack>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace tessera {

namespace {

const QColor kBackground(0xf3, 0xf3, 0xef);
const QColor kSelected(0x11, 0x18, 0x27);
const QColor kBlocked(0xc9, 0xc9, 0xc2);
const QColor kNoCategory(0xd9, 0x1e, 0x63);
const QColor kStage(0x37, 0x41, 0x4f);
const QColor kHighlight(0xe6, 0x51, 0x00);
const QColor kAccessible(0x0b, 0x4f, 0xa8);

} // namespace

LayoutCanvas::LayoutCanvas(LayoutDocument &document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(320, 240);
    setToolTip(tr("Click a seat to select it, Ctrl+click to toggle, Shift+click to add, drag on "
                  "empty ground for a rubber band, drag the selection to move it (arrow keys: one "
                  "unit, Shift: ten). Wheel zooms, right button pans."));
    connect(&m_document, &LayoutDocument::structureChanged, this, [this] {
        m_geometryDirty = m_coloursDirty = true;
        if (m_document.seatCount() > 0 && m_geometry.isEmpty())
            m_fitPending = true;
        update();
    });
    connect(&m_document, &LayoutDocument::seatsEdited, this, [this](const QList<qsizetype> &, bool moved) {
        m_geometryDirty = m_geometryDirty || moved;
        m_coloursDirty = true;
        update();
    });
    connect(&m_document, &LayoutDocument::categoriesChanged, this, [this] {
        m_coloursDirty = true;
        update();
    });
    connect(&m_document, &LayoutDocument::standingAreasChanged, this, qOverload<>(&QWidget::update));
    connect(&m_document, &LayoutDocument::selectionChanged, this, qOverload<>(&QWidget::update));
}

const SeatGeometry &LayoutCanvas::geometry()
{
    if (m_geometryDirty) {
        const qsizetype n = m_document.seatCount();
        std::vector<float> x(static_cast<size_t>(n)), y(static_cast<size_t>(n));
        for (qsizetype i = 0; i < n; ++i) {
            x[size_t(i)] = float(m_document.seat(i).x);
            y[size_t(i)] = float(m_document.seat(i).y);
        }
        m_geometry = SeatGeometry(x, y);
        m_geometryDirty = false;
    }
    return m_geometry;
}

void LayoutCanvas::updateColours()
{
    if (!m_coloursDirty)
        return;
    QHash<QString, QRgb> colours;
    for (const PriceCategory &category : m_document.layout().categories)
        colours.insert(category.id, QColor::fromString(category.colour).rgba());
    const qsizetype n = m_document.seatCount();
    m_seatColour.resize(size_t(n));
    QString lastCategory;
    QRgb lastColour = kNoCategory.rgba();
    bool haveLast = false;
    for (qsizetype i = 0; i < n; ++i) {
        const LayoutSeat &seat = m_document.seat(i);
        if (seat.blocked) {
            m_seatColour[size_t(i)] = kBlocked.rgba();
            continue;
        }
        if (!haveLast || seat.category != lastCategory) {
            lastCategory = seat.category;
            lastColour = colours.value(seat.category, kNoCategory.rgba());
            haveLast = true;
        }
        m_seatColour[size_t(i)] = lastColour;
    }
    m_coloursDirty = false;
}

QRectF LayoutCanvas::contentBounds()
{
    const VenueLayout &layout = m_document.layout();
    QRectF bounds = geometry().bounds();
    if (layout.stageWidth > 0 && layout.stageHeight > 0)
        bounds = bounds.united(QRectF(layout.stageX, layout.stageY, layout.stageWidth, layout.stageHeight));
    for (const StandingArea &area : layout.standingAreas)
        bounds = bounds.united(QRectF(area.x, area.y, area.width, area.height));
    if (bounds.isEmpty() && layout.width > 0 && layout.height > 0)
        bounds = QRectF(0, 0, layout.width, layout.height);
    return bounds.isEmpty() ? QRectF(0, 0, 100, 100) : bounds;
}

void LayoutCanvas::fitAll()
{
    const QRectF bounds = contentBounds().adjusted(-20, -20, 20, 20);
    const double free = std::max(1, height() - m_topBand);
    m_scale = std::min(width() / bounds.width(), free / bounds.height());
    m_origin = bounds.center() - QPointF(width() / 2.0, m_topBand + free / 2) / m_scale;
    m_fitPending = false;
    update();
}

void LayoutCanvas::setScale(double scale, QPointF anchorInView)
{
    const QPointF anchor = toLayout(anchorInView);
    m_scale = std::clamp(scale, 0.002, 200.0);
    m_origin = anchor - anchorInView / m_scale;
    m_fitPending = false;
    update();
}

void LayoutCanvas::centreOn(QPointF point)
{
    const double readable = 24 / std::max(geometry().pitch(), 0.1);
    m_scale = std::max(m_scale, readable);
    m_origin = point - QPointF(width() / 2.0, (height() + m_topBand) / 2.0) / m_scale;
    m_fitPending = false;
    update();
}

void LayoutCanvas::highlight(std::optional<QPointF> point)
{
    m_highlight = point;
    update();
}

QPointF LayoutCanvas::toView(QPointF layoutPoint) const
{
    return (layoutPoint - m_origin) * m_scale;
}

QPointF LayoutCanvas::toLayout(QPointF viewPoint) const
{
    return m_origin + viewPoint / m_scale;
}

QPointF LayoutCanvas::seatCentreInView(qsizetype index) const
{
    const LayoutSeat &seat = m_document.seat(index);
    return toView(QPointF(seat.x, seat.y));
}

qsizetype LayoutCanvas::seatAtView(QPointF viewPoint)
{
    const SeatGeometry &g = geometry();
    const quint32 seat = g.seatAt(toLayout(viewPoint), std::max(g.pitch() * 0.6, 3 / m_scale));
    return seat == SeatGeometry::kNoSeat ? -1 : qsizetype(seat);
}

void LayoutCanvas::moveSelection(double dx, double dy)
{
    const QList<qsizetype> selected = m_document.selectedSeats();
    if (selected.isEmpty() || !m_undo || (dx == 0 && dy == 0))
        return;
    QList<LayoutSeat> moved;
    moved.reserve(selected.size());
    for (qsizetype index : selected) {
        LayoutSeat seat = m_document.seat(index);
        seat.x = std::round((seat.x + dx) * 10) / 10;
        seat.y = std::round((seat.y + dy) * 10) / 10;
        moved.append(std::move(seat));
    }
    m_undo->push(new EditSeatsCommand(m_document, tr("Move %n seat(s)", nullptr, int(selected.size())),
                                      selected, std::move(moved)));
}

void LayoutCanvas::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_fitPending)
        fitAll();
}

void LayoutCanvas::paintEvent(QPaintEvent *)
{
    if (m_fitPending && width() > 0)
        fitAll();
    updateColours();
    const qreal dpr = devicePixelRatioF();
    const QSize pixels = (QSizeF(size()) * dpr).toSize();
    if (m_frame.size() != pixels) {
        m_frame = QImage(pixels, QImage::Format_ARGB32_Premultiplied);
        m_frame.setDevicePixelRatio(dpr);
    }
    m_frame.fill(kBackground);
    const QRectF visible(toLayout(QPointF(0, 0)), toLayout(QPointF(width(), height())));
    const double seatPixels = geometry().pitch() * 0.8 * m_scale;
    {
        QPainter painter(&m_frame);
        paintAreas(painter);
        if (seatPixels >= 3) {
            painter.setRenderHint(QPainter::Antialiasing, seatPixels >= 6);
            paintSeats(painter, visible);
        }
    }
    if (seatPixels < 3)
        paintSeatPixels(visible);

    QPainter painter(this);
    painter.drawImage(QPointF(0, 0), m_frame);
    painter.setRenderHint(QPainter::Antialiasing);
    if (m_drag == Drag::Move) {
        const QPointF delta = dragDelta() * m_scale;
        painter.setPen(QPen(kSelected, 1, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        const double r = std::max(seatPixels / 2, 1.5);
        const QList<qsizetype> selected = m_document.selectedSeats();
        for (qsizetype index : selected.mid(0, 20000))
            painter.drawEllipse(seatCentreInView(index) + delta, r, r);
    }
    if (m_drag == Drag::Band) {
        painter.setPen(QPen(kHighlight, 1));
        painter.setBrush(QColor(0xe6, 0x51, 0x00, 40));
        painter.drawRect(QRect(m_pressPos, m_currentPos).normalized());
    }
    if (m_highlight) {
        const QPointF at = toView(*m_highlight);
        painter.setPen(QPen(kHighlight, 3));
        painter.setBrush(Qt::NoBrush);
        const double r = std::max(14.0, geometry().pitch() * m_scale);
        painter.drawEllipse(at, r, r);
    }
    if (hasFocus()) {
        painter.setPen(QPen(palette().highlight().color(), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(rect().adjusted(1, 1, -1, -1));
    }
}

void LayoutCanvas::paintAreas(QPainter &painter)
{
    const VenueLayout &layout = m_document.layout();
    painter.setRenderHint(QPainter::Antialiasing);
    if (layout.stageWidth > 0 && layout.stageHeight > 0) {
        const QRectF stage(
            toView(QPointF(layout.stageX, layout.stageY)),
            toView(QPointF(layout.stageX + layout.stageWidth, layout.stageY + layout.stageHeight)));
        painter.setPen(Qt::NoPen);
        painter.setBrush(kStage);
        painter.drawRoundedRect(stage, 4, 4);
        painter.setPen(Qt::white);
        painter.drawText(stage, Qt::AlignCenter, tr("Stage"));
    }
    QHash<QString, QColor> colours;
    for (const PriceCategory &category : layout.categories)
        colours.insert(category.id, QColor::fromString(category.colour));
    for (const StandingArea &area : layout.standingAreas) {
        const QRectF box(toView(QPointF(area.x, area.y)),
                         toView(QPointF(area.x + area.width, area.y + area.height)));
        QColor fill = colours.value(area.category, kNoCategory);
        fill.setAlpha(70);
        painter.setBrush(fill);
        painter.setPen(QPen(colours.value(area.category, kNoCategory).darker(130), 1.5, Qt::DashLine));
        painter.drawRect(box);
        painter.setPen(QColor(0x20, 0x24, 0x2b));
        painter.drawText(box, Qt::AlignCenter | Qt::TextWordWrap,
                         tr("%1\n%n standing", nullptr, area.capacity).arg(area.name));
    }
}

void LayoutCanvas::paintSeats(QPainter &painter, const QRectF &visible)
{
    const SeatGeometry &g = geometry();
    const double size = g.pitch() * 0.8 * m_scale;
    const double half = size / 2;
    const QRectF grown = visible.adjusted(-g.pitch(), -g.pitch(), g.pitch(), g.pitch());
    QHash<QRgb, QList<QRectF>> batches;
    QList<QRectF> selected;
    QList<QPointF> accessible;
    g.forEachSeatIn(grown, [&](quint32 seat) {
        const QPointF c = toView(g.centre(seat));
        const QRectF box(c.x() - half, c.y() - half, size, size);
        if (m_document.isSelected(seat))
            selected.append(box);
        else
            batches[m_seatColour[seat]].append(box);
        if (m_document.seat(seat).flags.testFlag(SeatFlag::Accessible))
            accessible.append(c);
    });
    painter.setPen(Qt::NoPen);
    const double radius = size >= 6 ? size * 0.25 : 0;
    for (auto it = batches.cbegin(); it != batches.cend(); ++it) {
        painter.setBrush(QColor::fromRgba(it.key()));
        if (radius > 0) {
            for (const QRectF &box : it.value())
                painter.drawRoundedRect(box, radius, radius);
        } else {
            painter.drawRects(it.value().constData(), int(it.value().size()));
        }
    }
    painter.setBrush(kSelected);
    for (const QRectF &box : std::as_const(selected))
        painter.drawRoundedRect(box, radius, radius);
    if (size >= 8) {
        // A dot in the middle of a small seat; once numbers are shown, a badge in the top-right
        // corner (as on the seat map), so that it does not hide the number.
        const bool badge = size >= 16;
        const double r = size * (badge ? 0.2 : 0.18);
        const QPointF offset = badge ? QPointF(half - r, r - half) : QPointF();
        painter.setBrush(kAccessible);
        painter.setPen(badge ? QPen(Qt::white, 1) : QPen(Qt::NoPen));
        for (const QPointF &c : std::as_const(accessible))
            painter.drawEllipse(c + offset, r, r);
        painter.setPen(Qt::NoPen);
    }
    if (size >= 16) {
        QFont font = painter.font();
        font.setPixelSize(int(size * 0.42));
        painter.setFont(font);
        g.forEachSeatIn(visible, [&](quint32 seat) {
            const QPointF c = toView(g.centre(seat));
            const QColor fill =
                m_document.isSelected(seat) ? kSelected : QColor::fromRgba(m_seatColour[seat]);
            painter.setPen(fill.lightness() > 140 ? QColor(0x20, 0x24, 0x2b) : QColor(Qt::white));
            painter.drawText(QRectF(c.x() - half, c.y() - half, size, size), Qt::AlignCenter,
                             m_document.seat(seat).number);
        });
    }
}

void LayoutCanvas::paintSeatPixels(const QRectF &visible)
{
    const SeatGeometry &g = geometry();
    const qreal dpr = m_frame.devicePixelRatio();
    const int w = m_frame.width(), h = m_frame.height();
    const int dot = std::max(1, int(std::lround(g.pitch() * 0.8 * m_scale * dpr)));
    const QRgb selected = kSelected.rgba();
    g.forEachSeatIn(visible, [&](quint32 seat) {
        const QPointF c = toView(g.centre(seat)) * dpr;
        const int x0 = int(c.x()) - dot / 2, y0 = int(c.y()) - dot / 2;
        const QRgb colour = m_document.isSelected(seat) ? selected : m_seatColour[seat];
        for (int y = std::max(0, y0); y < std::min(h, y0 + dot); ++y) {
            auto *line = reinterpret_cast<QRgb *>(m_frame.scanLine(y));
            for (int x = std::max(0, x0); x < std::min(w, x0 + dot); ++x)
                line[x] = colour;
        }
    });
}

QPointF LayoutCanvas::dragDelta() const
{
    return QPointF(m_currentPos - m_pressPos) / m_scale;
}

void LayoutCanvas::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = m_currentPos = event->position().toPoint();
    if (event->button() == Qt::RightButton || event->button() == Qt::MiddleButton) {
        m_drag = Drag::Pan;
        m_panOrigin = m_origin;
        setCursor(Qt::ClosedHandCursor);
        return;
    }
    if (event->button() != Qt::LeftButton)
        return;
    const qsizetype seat = seatAtView(event->position());
    const Qt::KeyboardModifiers mods = event->modifiers();
    if (seat < 0) {
        m_drag = Drag::Band;
        return;
    }
    if (mods & Qt::ControlModifier) {
        m_document.toggleSelected(seat);
        m_drag = Drag::None;
        return;
    }
    if (mods & Qt::ShiftModifier)
        m_document.addToSelection({seat});
    else if (!m_document.isSelected(seat))
        m_document.setSelection({seat});
    m_drag = Drag::Pending;
}

void LayoutCanvas::mouseMoveEvent(QMouseEvent *event)
{
    m_currentPos = event->position().toPoint();
    switch (m_drag) {
    case Drag::None:
        emit hovered(seatAtView(event->position()));
        return;
    case Drag::Pan:
        m_origin = m_panOrigin - QPointF(m_currentPos - m_pressPos) / m_scale;
        break;
    case Drag::Pending:
        if ((m_currentPos - m_pressPos).manhattanLength() < 4)
            return;
        m_drag = Drag::Move;
        break;
    case Drag::Move:
    case Drag::Band:
        break;
    }
    update();
}

void LayoutCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    m_currentPos = event->position().toPoint();
    const Drag drag = std::exchange(m_drag, Drag::None);
    unsetCursor();
    if (drag == Drag::Move) {
        const QPointF delta = dragDelta();
        moveSelection(delta.x(), delta.y());
    } else if (drag == Drag::Band) {
        const QRect band = QRect(m_pressPos, m_currentPos).normalized();
        QList<qsizetype> inside;
        if (band.width() > 2 || band.height() > 2) {
            for (quint32 seat :
                 geometry().seatsIn(QRectF(toLayout(band.topLeft()), toLayout(band.bottomRight()))))
                inside.append(qsizetype(seat));
        }
        if (event->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier))
            m_document.addToSelection(inside);
        else
            m_document.setSelection(inside);
    }
    update();
}

void LayoutCanvas::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    setScale(m_scale * std::pow(1.25, steps), event->position());
    event->accept();
}

void LayoutCanvas::keyPressEvent(QKeyEvent *event)
{
    const double step = event->modifiers() & Qt::ShiftModifier ? 10 : 1;
    switch (event->key()) {
    case Qt::Key_Left:
        moveSelection(-step, 0);
        return;
    case Qt::Key_Right:
        moveSelection(step, 0);
        return;
    case Qt::Key_Up:
        moveSelection(0, -step);
        return;
    case Qt::Key_Down:
        moveSelection(0, step);
        return;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        emit deleteRequested();
        return;
    case Qt::Key_Escape:
        m_document.clearSelection();
        return;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        setScale(m_scale * 1.25, QPointF(width() / 2.0, height() / 2.0));
        return;
    case Qt::Key_Minus:
        setScale(m_scale / 1.25, QPointF(width() / 2.0, height() / 2.0));
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

} // namespace tessera
