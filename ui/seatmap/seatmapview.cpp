#include "ui/seatmap/seatmapview.h"

#include "ui/i18n/money.h"
#include "ui/seatmap/seatmaprenderer.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace tessera {

namespace {

constexpr int kFrameIntervalMs = 16;
/// Beyond this many dirty seats on screen one bounding rectangle is repainted instead of a list.
constexpr size_t kMaxDirtyRects = 64;

} // namespace

SeatMapView::SeatMapView(QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_renderer(std::make_unique<SeatMapRenderer>(&m_model))
{
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    viewport()->setAttribute(Qt::WA_NoSystemBackground);
    viewport()->setMouseTracking(true);
    setStatusTip(controlsHint());
    setWhatsThis(controlsHelp());
    setAccessibleName(tr("Seat map"));
    m_frameTimer.setSingleShot(true);
    connect(&m_frameTimer, &QTimer::timeout, this, &SeatMapView::onFrameTick);
    m_sinceFrame.start();
    m_flashTimer.setInterval(33);
    connect(&m_flashTimer, &QTimer::timeout, this, &SeatMapView::onFlashTick);
    m_flashClock.start();
}

SeatMapView::~SeatMapView() = default;

QString SeatMapView::controlsHint()
{
    return tr("Click or drag to select seats, Ctrl+click to add or remove, wheel to zoom. F1: all keys.");
}

QString SeatMapView::controlsHelp()
{
    return tr("Click a seat to select it, Ctrl+click to add or remove, drag to select a block. "
              "Wheel or +/- zooms, 0 fits the venue; middle-drag, Space+drag or Ctrl+arrows pan. "
              "Zoomed in, arrows move the seat cursor and Space selects it. Esc clears the selection.");
}

void SeatMapView::setEvent(std::shared_ptr<const CatalogEntry> entry, const EventSpace *space)
{
    m_model.entry = std::move(entry);
    m_model.space = m_model.entry ? space : nullptr;
    m_model.rebuild();
    m_renderer->invalidate();
    m_dirtySeats.clear();
    m_dirtyMark.assign(static_cast<size_t>(m_model.seatCount), false);
    m_standingDirty = false;
    clearFlashes();
    m_drag = Drag::None;
    fitToView();
    viewport()->update();
    emitSelection();
}

void SeatMapView::setEntry(std::shared_ptr<const CatalogEntry> entry)
{
    if (!entry || !m_model.entry || entry->layout.seats.size() != m_model.entry->layout.seats.size()) {
        setEvent(std::move(entry), m_model.space);
        return;
    }
    const QList<quint32> selected = selectedSeats();
    const quint32 focus = m_model.focusSeat;
    m_model.entry = std::move(entry);
    m_model.rebuild();
    m_model.focusSeat = focus;
    for (const quint32 seat : selected)
        m_model.selection.insert(seat);
    m_renderer->invalidate();
    viewport()->update();
}

void SeatMapView::setOwnHolder(HolderId holder)
{
    if (holder == m_model.ownHolder)
        return;
    m_model.ownHolder = holder;
    m_renderer->invalidate();
    viewport()->update();
}

void SeatMapView::setHolderNameResolver(std::function<QString(HolderId)> resolver)
{
    m_holderName = std::move(resolver);
}

void SeatMapView::setClock(const Clock *clock)
{
    m_clock = clock ? clock : Clock::system();
}

qint64 SeatMapView::selectedTotalCents() const
{
    return m_model.entry ? m_model.selection.totalPriceCents(m_model.entry->seatPriceCents) : 0;
}

void SeatMapView::setSelectedSeats(const QList<quint32> &seats)
{
    std::vector<quint32> touched;
    m_model.selection.forEach([&touched](quint32 seat) { touched.push_back(seat); });
    m_model.selection.clear();
    for (const quint32 seat : seats) {
        if (seat < static_cast<quint32>(m_model.seatCount)
            && m_model.space->seatState(seat) == SeatState::Available && m_model.selection.insert(seat))
            touched.push_back(seat);
    }
    selectionEdited(touched);
}

void SeatMapView::clearSelection()
{
    setSelectedSeats({});
}

void SeatMapView::selectionEdited(const std::vector<quint32> &seats)
{
    m_renderer->patchSeats(seats);
    if (seats.size() > kMaxDirtyRects) {
        viewport()->update();
    } else {
        for (const quint32 seat : seats)
            viewport()->update(m_renderer->seatRectInView(seat, m_transform));
    }
    emitSelection();
}

void SeatMapView::emitSelection()
{
    Q_EMIT selectionChanged(static_cast<int>(m_model.selection.count()), selectedTotalCents());
}

// --- Zoom and scrolling ---------------------------------------------------------------------

QList<QRectF> SeatMapView::sectionLabelRects() const
{
    return m_renderer->sectionLabelRects(m_transform);
}

QList<SeatMapRowLabel> SeatMapView::rowLabels() const
{
    return m_renderer->rowLabels(m_transform, QRectF(viewport()->rect()));
}

SeatMapDetail SeatMapView::detail() const
{
    return SeatMapRenderer::detailFor(m_model.geometry.pitch() * m_transform.scale);
}

double SeatMapView::fitScale() const
{
    const QRectF scene = m_model.sceneRect;
    if (scene.isEmpty())
        return 1;
    const QSize size = viewport()->size();
    const int height = std::max(1, size.height() - m_topBand);
    return std::max(1e-6, std::min(size.width() / scene.width(), height / scene.height()));
}

double SeatMapView::centringY(double scale) const
{
    const double free = viewport()->height() - m_topBand - m_model.sceneRect.height() * scale;
    return m_topBand + std::max(0.0, free / 2);
}

void SeatMapView::setTopBand(int pixels)
{
    pixels = std::max(0, pixels);
    if (pixels == m_topBand)
        return;
    const QPointF centre = m_transform.toLayout(QRectF(viewport()->rect()).center());
    m_topBand = pixels;
    refit(centre);
    viewport()->update();
}

double SeatMapView::minimumScale() const
{
    return fitScale() * 0.5;
}

double SeatMapView::maximumScale() const
{
    return std::max(fitScale(), 64.0 / m_model.geometry.pitch());
}

void SeatMapView::setScale(double scale)
{
    setScale(scale, QRectF(viewport()->rect()).center());
}

void SeatMapView::setScale(double scale, QPointF anchor)
{
    m_followFit = false;
    const QPointF anchored = m_transform.toLayout(anchor);
    const double clamped = std::clamp(scale, minimumScale(), maximumScale());
    const bool changed = clamped != m_transform.scale;
    m_transform.scale = clamped;
    updateScrollBars();
    const QPointF origin = anchored - anchor / clamped;
    const QRectF scene = m_model.sceneRect;
    const QSize size = viewport()->size();
    const double centringX = std::max(0.0, (size.width() - scene.width() * clamped) / 2);
    horizontalScrollBar()->setValue(
        static_cast<int>(std::lround((origin.x() - scene.left()) * clamped + centringX)));
    verticalScrollBar()->setValue(
        static_cast<int>(std::lround((origin.y() - scene.top()) * clamped + centringY(clamped))));
    updateTransform();
    viewport()->update();
    if (changed)
        Q_EMIT scaleChanged(clamped);
}

void SeatMapView::zoomIn()
{
    setScale(m_transform.scale * 1.25);
}

void SeatMapView::zoomOut()
{
    setScale(m_transform.scale / 1.25);
}

void SeatMapView::fitToView()
{
    setScale(fitScale());
    centreOn(m_model.sceneRect.center());
    m_followFit = true;
}

void SeatMapView::centreOn(QPointF layoutPoint)
{
    const QPointF shift = m_transform.toView(layoutPoint) - QRectF(viewport()->rect()).center();
    panBy(shift);
}

void SeatMapView::panBy(QPointF pixels)
{
    m_followFit = false;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value()
                                    + static_cast<int>(std::lround(pixels.x())));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + static_cast<int>(std::lround(pixels.y())));
}

void SeatMapView::ensureSeatVisible(quint32 seat)
{
    if (seat >= static_cast<quint32>(m_model.seatCount))
        return;
    const QPointF at = seatCentreInView(seat);
    const double margin = std::max(24.0, m_model.geometry.pitch() * m_transform.scale * 1.5);
    // Below the top band, where a message may lie over the map.
    QRectF inner = QRectF(viewport()->rect()).adjusted(margin, m_topBand + margin, -margin, -margin);
    inner.setTop(std::min(inner.top(), inner.bottom()));
    QPointF shift;
    if (at.x() < inner.left())
        shift.setX(at.x() - inner.left());
    else if (at.x() > inner.right())
        shift.setX(at.x() - inner.right());
    if (at.y() < inner.top())
        shift.setY(at.y() - inner.top());
    else if (at.y() > inner.bottom())
        shift.setY(at.y() - inner.bottom());
    if (!shift.isNull())
        panBy(shift);
}

void SeatMapView::showSeats(const QList<quint32> &seats)
{
    double left = 0, top = 0, right = 0, bottom = 0;
    bool any = false;
    for (quint32 seat : seats) {
        if (seat >= static_cast<quint32>(m_model.seatCount))
            continue;
        const QPointF c = m_model.geometry.centre(seat);
        left = any ? std::min(left, c.x()) : c.x();
        right = any ? std::max(right, c.x()) : c.x();
        top = any ? std::min(top, c.y()) : c.y();
        bottom = any ? std::max(bottom, c.y()) : c.y();
        any = true;
    }
    if (!any)
        return;
    const double pitch = m_model.geometry.pitch();
    const QRectF area =
        QRectF(QPointF(left, top), QPointF(right, bottom)).adjusted(-pitch, -pitch, pitch, pitch);
    QRectF free = QRectF(viewport()->rect()).adjusted(0, m_topBand, 0, 0);
    free.setTop(std::min(free.top(), free.bottom()));
    if (free.isEmpty())
        return;
    const bool seatsDrawn = detail() == SeatMapDetail::Seats;
    if (seatsDrawn && free.contains(m_transform.toView(area)))
        return;
    // Seats drawn one by one with room for their numbers, or the whole group when that is less.
    const double fits = std::min(free.width() / area.width(), free.height() / area.height());
    double scale = seatsDrawn ? m_transform.scale : 1.5 * SeatMapRenderer::kSeatsFromPitch / pitch;
    scale = std::min(scale, fits);
    if (scale != m_transform.scale)
        setScale(scale);
    panBy(m_transform.toView(area.center()) - free.center());
}

void SeatMapView::updateScrollBars()
{
    const QRectF scene = m_model.sceneRect;
    const QSize size = viewport()->size();
    const int contentWidth = static_cast<int>(std::ceil(scene.width() * m_transform.scale));
    const int contentHeight = static_cast<int>(std::ceil(scene.height() * m_transform.scale)) + m_topBand;
    QScrollBar *h = horizontalScrollBar();
    QScrollBar *v = verticalScrollBar();
    h->setRange(0, std::max(0, contentWidth - size.width()));
    h->setPageStep(size.width());
    h->setSingleStep(std::max(1, size.width() / 20));
    v->setRange(0, std::max(0, contentHeight - size.height()));
    v->setPageStep(size.height());
    v->setSingleStep(std::max(1, size.height() / 20));
}

void SeatMapView::updateTransform()
{
    const QRectF scene = m_model.sceneRect;
    const QSize size = viewport()->size();
    const double scale = m_transform.scale;
    const double centringX = std::max(0.0, (size.width() - scene.width() * scale) / 2);
    m_transform.origin = QPointF(scene.left() + (horizontalScrollBar()->value() - centringX) / scale,
                                 scene.top() + (verticalScrollBar()->value() - centringY(scale)) / scale);
    m_transform.viewport = QSizeF(size);
    m_transform.topBand = m_topBand;
}

void SeatMapView::scrollContentsBy(int, int)
{
    updateTransform();
    viewport()->update();
}

void SeatMapView::resizeEvent(QResizeEvent *event)
{
    const QPointF centre = m_transform.toLayout(QRectF(viewport()->rect()).center());
    QAbstractScrollArea::resizeEvent(event);
    refit(centre);
}

void SeatMapView::refit(QPointF centre)
{
    if (m_followFit) {
        fitToView();
        return;
    }
    // Keep at least the whole venue reachable: never zoomed out beyond half the fit.
    m_transform.scale = std::clamp(m_transform.scale, minimumScale(), maximumScale());
    updateScrollBars();
    updateTransform();
    centreOn(centre);
    m_followFit = false;
}

QPointF SeatMapView::seatCentreInView(quint32 seat) const
{
    if (seat >= static_cast<quint32>(m_model.seatCount))
        return {};
    return m_transform.toView(m_model.geometry.centre(seat));
}

quint32 SeatMapView::seatAt(QPointF viewPoint) const
{
    // Half a pitch, but never less than a few pixels so that tiny seats can still be hit.
    const double radius = std::max(m_model.geometry.pitch() * 0.5, 4.0 / m_transform.scale);
    return m_model.geometry.seatAt(m_transform.toLayout(viewPoint), radius);
}

quint32 SeatMapView::standingAreaAt(QPointF viewPoint) const
{
    if (!m_model.entry)
        return kNoIndex;
    const QPointF at = m_transform.toLayout(viewPoint);
    const QList<StandingArea> &areas = m_model.entry->layout.standingAreas;
    for (qsizetype i = 0; i < areas.size(); ++i) {
        if (QRectF(areas[i].x, areas[i].y, areas[i].width, areas[i].height).contains(at))
            return static_cast<quint32>(i);
    }
    return kNoIndex;
}

void SeatMapView::setFocusSeat(quint32 seat)
{
    if (seat != SeatGeometry::kNoSeat && seat >= static_cast<quint32>(m_model.seatCount))
        return;
    if (m_model.focusSeat != SeatGeometry::kNoSeat)
        viewport()->update(m_renderer->seatRectInView(m_model.focusSeat, m_transform));
    m_model.focusSeat = seat;
    if (seat != SeatGeometry::kNoSeat) {
        ensureSeatVisible(seat);
        viewport()->update(m_renderer->seatRectInView(seat, m_transform));
    }
}

// --- Painting and live changes -----------------------------------------------------------------

void SeatMapView::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    m_transform.devicePixelRatio = painter.device()->devicePixelRatioF();
    m_renderer->paint(painter, event->rect(), m_transform);
    if (!m_flashes.empty())
        paintFlashes(painter, event->rect());
    if (m_drag == Drag::RubberBand && !m_rubberBand.isEmpty()) {
        QColor fill = palette().highlight().color();
        fill.setAlpha(50);
        painter.setPen(QPen(palette().highlight().color(), 1));
        painter.setBrush(fill);
        painter.drawRect(m_rubberBand.adjusted(0, 0, -1, -1));
    }
}

void SeatMapView::seatsChanged(const QList<quint32> &seats)
{
    for (const quint32 seat : seats) {
        if (seat < m_dirtyMark.size() && !m_dirtyMark[seat]) {
            m_dirtyMark[seat] = true;
            m_dirtySeats.push_back(seat);
        }
    }
    if (!m_dirtySeats.empty() && !m_frameTimer.isActive())
        m_frameTimer.start(static_cast<int>(std::max<qint64>(0, kFrameIntervalMs - m_sinceFrame.elapsed())));
}

void SeatMapView::standingAreasChanged(const QList<quint32> &areas)
{
    if (areas.isEmpty())
        return;
    m_standingDirty = true;
    if (!m_frameTimer.isActive())
        m_frameTimer.start(static_cast<int>(std::max<qint64>(0, kFrameIntervalMs - m_sinceFrame.elapsed())));
}

void SeatMapView::applyChanges(std::span<const Change> changes)
{
    if (!m_model.space)
        return;
    QList<quint32> seats;
    QList<quint32> areas;
    for (const Change &change : changes) {
        if (change.event != m_model.space->index())
            continue;
        (change.standing ? areas : seats).append(change.target);
    }
    seatsChanged(seats);
    standingAreasChanged(areas);
}

void SeatMapView::flushChanges()
{
    m_frameTimer.stop();
    onFrameTick();
}

void SeatMapView::onFrameTick()
{
    m_sinceFrame.restart();
    if (m_dirtySeats.empty() && !m_standingDirty)
        return;
    // Seats that stopped being available leave the selection.
    bool selectionChanged = false;
    for (const quint32 seat : m_dirtySeats) {
        m_dirtyMark[seat] = false;
        if (m_model.selection.contains(seat) && m_model.space->seatState(seat) != SeatState::Available)
            selectionChanged |= m_model.selection.remove(seat);
    }
    m_renderer->patchSeats(m_dirtySeats);

    const QRect view = viewport()->rect();
    QRect bounding;
    std::vector<QRect> rects;
    for (const quint32 seat : m_dirtySeats) {
        const QRect rect = m_renderer->seatRectInView(seat, m_transform) & view;
        if (rect.isEmpty())
            continue;
        bounding |= rect;
        if (rects.size() <= kMaxDirtyRects)
            rects.push_back(rect);
    }
    if (rects.size() > kMaxDirtyRects) {
        viewport()->update(bounding);
    } else {
        for (const QRect &rect : rects)
            viewport()->update(rect);
    }
    m_dirtySeats.clear();

    if (m_standingDirty && m_model.entry) {
        for (const StandingArea &area : m_model.entry->layout.standingAreas)
            viewport()->update(m_transform.toView(QRectF(area.x, area.y, area.width, area.height))
                                   .toAlignedRect()
                                   .adjusted(-2, -2, 2, 2));
        m_standingDirty = false;
    }
    if (selectionChanged)
        emitSelection();
}

// --- Tooltip ---------------------------------------------------------------------------------

QString SeatMapView::seatToolTip(quint32 seat) const
{
    if (seat >= static_cast<quint32>(m_model.seatCount))
        return {};
    const LayoutSeat &s = m_model.entry->layout.seats[seat];
    QStringList lines;
    QStringList where;
    if (!s.section.isEmpty())
        where << s.section;
    if (!s.row.isEmpty())
        where << tr("row %1").arg(s.row);
    where << tr("seat %1").arg(s.number);
    lines << where.join(QLatin1String(", "));
    if (const PriceCategory *category = m_model.entry->layout.findCategory(s.category))
        lines << tr("%1, %2").arg(category->name, formatPrice(category->priceCents));

    const SeatLook look = m_model.look(seat);
    const HolderId holder = m_model.space->seatHolder(seat);
    const QString holderName = holder == 0    ? QString()
                               : m_holderName ? m_holderName(holder)
                                              : tr("holder %1").arg(holder);
    QString state = seatLookName(look);
    if (look == SeatLook::HeldByOthers || look == SeatLook::HeldByMe) {
        const HoldInfo hold = m_model.space->holdInfo(m_model.space->seatHold(seat));
        if (look == SeatLook::HeldByOthers)
            state = tr("Held by %1").arg(holderName);
        if (hold.live) {
            const qint64 seconds = std::max<qint64>(0, (hold.expiresAtMs - m_clock->nowMs() + 999) / 1000);
            state += tr(", %1:%2 left").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
        }
    } else if (look == SeatLook::Sold && !holderName.isEmpty()) {
        state = tr("Sold (%1)").arg(holderName);
    } else if (look == SeatLook::Blocked && !s.blockReason.isEmpty()) {
        state = tr("Blocked: %1").arg(s.blockReason);
    }
    lines << state;
    if (s.flags.testFlag(SeatFlag::Accessible))
        lines << tr("Wheelchair place");
    if (s.flags.testFlag(SeatFlag::Companion))
        lines << tr("Companion seat");
    if (s.flags.testFlag(SeatFlag::RestrictedView))
        lines << tr("Restricted view");
    return lines.join(QLatin1Char('\n'));
}

void SeatMapView::showToolTip(QPoint viewPoint, QPoint globalPoint)
{
    const quint32 seat = seatAt(viewPoint);
    QString text;
    QRect area;
    if (seat != SeatGeometry::kNoSeat) {
        text = seatToolTip(seat);
        area = m_renderer->seatRectInView(seat, m_transform);
    } else if (const quint32 standing = standingAreaAt(viewPoint); standing != kNoIndex) {
        const StandingArea &a = m_model.entry->layout.standingAreas[standing];
        const StandingCounts counts = m_model.space->standing(standing);
        const QLocale locale;
        text = tr("%1\n%2 of %3 places left, %4 held, %5 sold\nClick to sell places")
                   .arg(a.name, locale.toString(counts.available()), locale.toString(counts.capacity),
                        locale.toString(counts.held), locale.toString(counts.sold));
    } else {
        text = controlsHelp();
    }
    QToolTip::showText(globalPoint, text, viewport(), area);
}

} // namespace tessera
