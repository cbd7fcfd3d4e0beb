// SeatMapView: seats flashing in a colour over their state (the simulation's units at work).

#include "ui/seatmap/seatmaprenderer.h"
#include "ui/seatmap/seatmapview.h"

#include <QPainter>

#include <cmath>

namespace tessera {

namespace {

/// Beyond this many flashing seats on screen one bounding rectangle is repainted.
constexpr size_t kMaxFlashRects = 64;

/// Fade steps of a flash (opacity in steps of 1/kFlashLevels).
constexpr int kFlashLevels = 32;

} // namespace

void SeatMapView::flashSeats(std::span<const std::pair<quint32, QRgb>> flashes)
{
    if (m_model.seatCount == 0 || flashes.empty())
        return;
    if (m_flashSlot.size() != static_cast<size_t>(m_model.seatCount))
        m_flashSlot.assign(static_cast<size_t>(m_model.seatCount), -1);
    const qint64 now = m_flashClock.elapsed();
    // Only the newest flashes matter when more arrive than are kept.
    if (flashes.size() > kMaxFlashes)
        flashes = flashes.subspan(flashes.size() - kMaxFlashes);
    for (const auto &[seat, colour] : flashes) {
        if (seat >= m_flashSlot.size())
            continue;
        if (const qint32 slot = m_flashSlot[seat]; slot >= 0) {
            m_flashes[static_cast<size_t>(slot)].colour = colour;
            m_flashes[static_cast<size_t>(slot)].startMs = now;
            continue;
        }
        m_flashSlot[seat] = static_cast<qint32>(m_flashes.size());
        m_flashes.push_back({seat, colour, now});
    }
    if (m_flashes.size() > kMaxFlashes) {
        // Drop the oldest (smallest start time) to stay within the cap.
        std::nth_element(
            m_flashes.begin(), m_flashes.begin() + static_cast<qsizetype>(m_flashes.size() - kMaxFlashes),
            m_flashes.end(), [](const Flash &a, const Flash &b) { return a.startMs < b.startMs; });
        const auto keepFrom = m_flashes.begin() + static_cast<qsizetype>(m_flashes.size() - kMaxFlashes);
        for (auto it = m_flashes.begin(); it != keepFrom; ++it)
            m_flashSlot[it->seat] = -1;
        m_flashes.erase(m_flashes.begin(), keepFrom);
        for (size_t i = 0; i < m_flashes.size(); ++i)
            m_flashSlot[m_flashes[i].seat] = static_cast<qint32>(i);
    }
    if (!m_flashTimer.isActive())
        m_flashTimer.start();
}

void SeatMapView::clearFlashes()
{
    for (const Flash &flash : m_flashes) {
        if (flash.seat < m_flashSlot.size())
            m_flashSlot[flash.seat] = -1;
    }
    const bool had = !m_flashes.empty();
    m_flashes.clear();
    m_flashTimer.stop();
    if (had)
        viewport()->update();
}

void SeatMapView::onFlashTick()
{
    const qint64 now = m_flashClock.elapsed();
    const QRect view = viewport()->rect();
    QRect bounding;
    std::vector<QRect> rects;
    size_t kept = 0;
    for (size_t i = 0; i < m_flashes.size(); ++i) {
        const Flash flash = m_flashes[i];
        // Every flash is repainted once more after it ended, to take its last colour away.
        const QRect rect = m_renderer->seatRectInView(flash.seat, m_transform) & view;
        if (!rect.isEmpty()) {
            bounding |= rect;
            if (rects.size() <= kMaxFlashRects)
                rects.push_back(rect);
        }
        if (now - flash.startMs >= m_flashFadeMs) {
            m_flashSlot[flash.seat] = -1;
            continue;
        }
        m_flashSlot[flash.seat] = static_cast<qint32>(kept);
        m_flashes[kept++] = flash;
    }
    m_flashes.resize(kept);
    if (rects.size() > kMaxFlashRects) {
        viewport()->update(bounding);
    } else {
        for (const QRect &rect : rects)
            viewport()->update(rect);
    }
    if (m_flashes.empty())
        m_flashTimer.stop();
}

const QPixmap &SeatMapView::flashSprite(QRgb colour, int level, double radius, bool antialiased, qreal dpr)
{
    if (radius != m_flashSpriteRadius || dpr != m_flashSpriteDpr) {
        m_flashSprites.clear();
        m_flashSpriteRadius = radius;
        m_flashSpriteDpr = dpr;
    }
    const quint64 key = (quint64(level) << 32) | colour;
    auto found = m_flashSprites.find(key);
    if (found != m_flashSprites.end())
        return found.value();
    // One device pixel of margin around the disc for its antialiased edge.
    const int side = static_cast<int>(std::ceil(2 * radius * dpr)) + 2;
    QPixmap sprite(side, side);
    sprite.setDevicePixelRatio(dpr);
    sprite.fill(Qt::transparent);
    {
        QPainter painter(&sprite);
        painter.setRenderHint(QPainter::Antialiasing, antialiased);
        painter.setPen(Qt::NoPen);
        QColor fill = QColor::fromRgb(colour);
        fill.setAlphaF(static_cast<float>(level) / kFlashLevels);
        painter.setBrush(fill);
        const double margin = 1 / dpr;
        painter.drawEllipse(QRectF(margin, margin, 2 * radius, 2 * radius));
    }
    return m_flashSprites.insert(key, sprite).value();
}

void SeatMapView::paintFlashes(QPainter &painter, const QRect &exposed)
{
    const qint64 now = m_flashClock.elapsed();
    const double pitch = m_model.geometry.pitch() * m_transform.scale;
    // A disc a little larger than the seat, so that a flash reads even when seats are tiny.
    const double radius = std::max(pitch * 0.62, 2.5);
    const qreal dpr = painter.device()->devicePixelRatioF();
    const double margin = 1 / dpr;
    // Each disc is a sprite drawn once per colour and fade step: thousands of flashes a frame
    // cost a pixmap blit each instead of an antialiased ellipse each.
    for (const Flash &flash : m_flashes) {
        const double t = static_cast<double>(now - flash.startMs) / m_flashFadeMs;
        if (t >= 1)
            continue;
        const QPointF centre = m_transform.toView(m_model.geometry.centre(flash.seat));
        const QRectF disc(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius);
        if (!exposed.intersects(disc.toAlignedRect()))
            continue;
        const int level = static_cast<int>(std::lround(0.9 * (1 - t * t) * kFlashLevels));
        if (level <= 0)
            continue;
        painter.drawPixmap(QPointF(disc.x() - margin, disc.y() - margin),
                           flashSprite(flash.colour, level, radius, pitch >= 6, dpr));
    }
}

} // namespace tessera
