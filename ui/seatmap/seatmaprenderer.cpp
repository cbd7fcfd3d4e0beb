#include "ui/seatmap/seatmaprenderer.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace tessera {

namespace {

/// The overview image is kept only while the whole venue fits in this many device pixels a side.
constexpr int kMaxOverviewSide = 4096;

} // namespace

SeatMapRenderer::SeatMapRenderer(const SeatMapModel *model)
    : m_model(model)
{}

SeatMapDetail SeatMapRenderer::detailFor(double pixelPitch)
{
    if (pixelPitch < kBlocksFromPitch)
        return SeatMapDetail::Overview;
    return pixelPitch < kSeatsFromPitch ? SeatMapDetail::Blocks : SeatMapDetail::Seats;
}

void SeatMapRenderer::invalidate()
{
    m_overview = {};
    m_overviewScale = 0;
    m_sprites.clear();
    m_numbers[0].clear();
    m_numbers[1].clear();
    m_plates[0].clear();
    m_plates[1].clear();
    m_spriteSize = 0;
}

int SeatMapRenderer::seatBoxSize(double devicePitch) const
{
    // Leave a gap between neighbours once there is room for one.
    if (devicePitch < 2)
        return 1;
    if (devicePitch < 3)
        return 2;
    return std::max(2, static_cast<int>(std::lround(devicePitch * 0.8)));
}

void SeatMapRenderer::rasterSeat(QImage &image, quint32 seat, double originX, double originY, double scale,
                                 int box, const QRect &clip) const
{
    const double cx = (m_model->geometry.x(seat) - originX) * scale;
    const double cy = (m_model->geometry.y(seat) - originY) * scale;
    const int left = static_cast<int>(std::floor(cx - box * 0.5 + 0.5));
    const int top = static_cast<int>(std::floor(cy - box * 0.5 + 0.5));
    const int x0 = std::max(left, clip.left()), x1 = std::min(left + box - 1, clip.right());
    const int y0 = std::max(top, clip.top()), y1 = std::min(top + box - 1, clip.bottom());
    if (x0 > x1 || y0 > y1)
        return;
    const QRgb colour = m_model->rgb(seat);
    const qsizetype stride = image.bytesPerLine() / 4;
    auto *bits = reinterpret_cast<QRgb *>(image.bits());
    for (int y = y0; y <= y1; ++y)
        std::fill_n(bits + y * stride + x0, x1 - x0 + 1, colour);
}

bool SeatMapRenderer::ensureOverview(const SeatMapTransform &transform)
{
    const double scale = transform.scale * transform.devicePixelRatio;
    const QRectF scene = m_model->sceneRect;
    const double width = std::ceil(scene.width() * scale), height = std::ceil(scene.height() * scale);
    if (width > kMaxOverviewSide || height > kMaxOverviewSide || width < 1 || height < 1)
        return false;
    if (!m_overview.isNull() && m_overviewScale == scale)
        return true;
    m_overview = QImage(static_cast<int>(width), static_cast<int>(height), QImage::Format_RGB32);
    m_overview.fill(SeatMapPalette::standard().background);
    m_overviewScale = scale;
    m_overviewBox = seatBoxSize(m_model->geometry.pitch() * scale);
    const QRect clip = m_overview.rect();
    for (quint32 seat = 0; seat < static_cast<quint32>(m_model->seatCount); ++seat)
        rasterSeat(m_overview, seat, scene.left(), scene.top(), scale, m_overviewBox, clip);
    ++m_overviewRebuilds;
    return true;
}

void SeatMapRenderer::patchSeats(std::span<const quint32> seats)
{
    if (m_overview.isNull())
        return;
    const QRect clip = m_overview.rect();
    const QPointF topLeft = m_model->sceneRect.topLeft();
    for (const quint32 seat : seats) {
        if (seat < static_cast<quint32>(m_model->seatCount))
            rasterSeat(m_overview, seat, topLeft.x(), topLeft.y(), m_overviewScale, m_overviewBox, clip);
    }
}

QRect SeatMapRenderer::seatRectInView(quint32 seat, const SeatMapTransform &transform) const
{
    const QPointF centre = transform.toView(m_model->geometry.centre(seat));
    const double half = std::max(m_model->geometry.pitch() * transform.scale * 0.5, 1.0) + 3;
    return QRectF(centre.x() - half, centre.y() - half, 2 * half, 2 * half).toAlignedRect();
}

void SeatMapRenderer::paint(QPainter &painter, const QRect &exposed, const SeatMapTransform &transform)
{
    if (!m_model->space || m_model->seatCount == 0) {
        painter.fillRect(exposed, SeatMapPalette::standard().background);
        paintStage(painter, exposed, transform);
        paintStandingAreas(painter, exposed, transform);
        return;
    }
    switch (detailFor(m_model->geometry.pitch() * transform.scale)) {
    case SeatMapDetail::Overview:
        paintOverview(painter, exposed, transform);
        break;
    case SeatMapDetail::Blocks:
        paintBlocks(painter, exposed, transform);
        break;
    case SeatMapDetail::Seats:
        painter.fillRect(exposed, SeatMapPalette::standard().background);
        paintSprites(painter, exposed, transform);
        break;
    }
    paintStage(painter, exposed, transform);
    paintStandingAreas(painter, exposed, transform);
    paintRowLabels(painter, exposed, transform);
    paintSectionLabels(painter, exposed, transform);
    paintFocus(painter, transform);
}

void SeatMapRenderer::paintOverview(QPainter &painter, const QRect &exposed,
                                    const SeatMapTransform &transform)
{
    if (!ensureOverview(transform)) {
        paintBlocks(painter, exposed, transform);
        return;
    }
    const QColor background = SeatMapPalette::standard().background;
    const qreal dpr = transform.devicePixelRatio;
    // Whole device pixels between the view and the image, so the blit is a plain copy.
    const QPointF shift = (m_model->sceneRect.topLeft() - transform.origin) * m_overviewScale;
    const QPoint offset(static_cast<int>(std::lround(shift.x())), static_cast<int>(std::lround(shift.y())));
    const QRectF source(exposed.x() * dpr - offset.x(), exposed.y() * dpr - offset.y(), exposed.width() * dpr,
                        exposed.height() * dpr);
    const QRectF clipped = source & QRectF(m_overview.rect());
    if (clipped.isEmpty()) {
        painter.fillRect(exposed, background);
        return;
    }
    const QRectF target((clipped.topLeft() + offset) / dpr, clipped.size() / dpr);
    // Only the margins around the image need the background.
    const QRegion margins = QRegion(exposed) - QRegion(target.toAlignedRect());
    for (const QRect &rect : margins)
        painter.fillRect(rect, background);
    painter.drawImage(target, m_overview, clipped);
}

void SeatMapRenderer::paintBlocks(QPainter &painter, const QRect &exposed, const SeatMapTransform &transform)
{
    const qreal dpr = transform.devicePixelRatio;
    const QRect device(QPoint(static_cast<int>(exposed.x() * dpr), static_cast<int>(exposed.y() * dpr)),
                       QSize(static_cast<int>(std::ceil(exposed.width() * dpr)),
                             static_cast<int>(std::ceil(exposed.height() * dpr))));
    if (m_frame.width() <= device.right() || m_frame.height() <= device.bottom())
        m_frame = QImage(std::max(m_frame.width(), device.right() + 1),
                         std::max(m_frame.height(), device.bottom() + 1), QImage::Format_RGB32);
    const QRgb background = SeatMapPalette::standard().background.rgb();
    const qsizetype stride = m_frame.bytesPerLine() / 4;
    auto *bits = reinterpret_cast<QRgb *>(m_frame.bits());
    for (int y = device.top(); y <= device.bottom(); ++y)
        std::fill_n(bits + y * stride + device.left(), device.width(), background);

    const double scale = transform.scale * dpr;
    const double pitch = m_model->geometry.pitch();
    const int box = seatBoxSize(pitch * scale);
    const QRectF area = transform.toLayout(QRectF(exposed)).adjusted(-pitch, -pitch, pitch, pitch);
    m_model->geometry.forEachSeatIn(area, [&](quint32 seat) {
        rasterSeat(m_frame, seat, transform.origin.x(), transform.origin.y(), scale, box, device);
    });
    painter.drawImage(QRectF(exposed), m_frame, QRectF(device));

    // Accessible places as a dot once there is room for one.
    if (pitch * transform.scale < 8)
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::white);
    const double radius = pitch * transform.scale * 0.16;
    for (const quint32 seat : m_model->accessibleSeats) {
        const QPointF centre = transform.toView(m_model->geometry.centre(seat));
        if (exposed.adjusted(-4, -4, 4, 4).contains(centre.toPoint()))
            painter.drawEllipse(centre, radius, radius);
    }
    painter.restore();
}

void SeatMapRenderer::paintSprites(QPainter &painter, const QRect &exposed, const SeatMapTransform &transform)
{
    const double pixelPitch = m_model->geometry.pitch() * transform.scale;
    const int size = std::max(4, static_cast<int>(std::lround(pixelPitch * 0.82)));
    const qreal dpr = transform.devicePixelRatio;
    if (size != m_spriteSize || dpr != m_spriteDpr) {
        m_sprites.clear();
        m_numbers[0].clear();
        m_numbers[1].clear();
        m_spriteSize = size;
        m_spriteDpr = dpr;
    }
    const bool numbers = pixelPitch >= kNumbersFromPitch;
    const std::vector<quint16> &categories = m_model->space->layout().category;
    const QList<LayoutSeat> &seats = m_model->entry->layout.seats;
    const double pitch = m_model->geometry.pitch();
    const QRectF area = transform.toLayout(QRectF(exposed)).adjusted(-pitch, -pitch, pitch, pitch);
    m_model->geometry.forEachSeatIn(area, [&](quint32 seat) {
        const SeatLook look = m_model->look(seat);
        const QPointF centre = transform.toView(m_model->geometry.centre(seat));
        const QPoint topLeft(static_cast<int>(std::lround(centre.x() - size / 2.0)),
                             static_cast<int>(std::lround(centre.y() - size / 2.0)));
        painter.drawPixmap(topLeft, sprite(look, categories[seat], m_model->accessible[seat], size, dpr));
        if (!numbers)
            return;
        const QPixmap &label = numberLabel(
            seats[seat].number, contrastingText(QColor::fromRgb(m_model->rgb(seat))) == Qt::white, size, dpr);
        const QSizeF labelSize = label.deviceIndependentSize();
        painter.drawPixmap(QPoint(static_cast<int>(std::lround(centre.x() - labelSize.width() / 2)),
                                  static_cast<int>(std::lround(centre.y() - labelSize.height() / 2))),
                           label);
    });
}

const QPixmap &SeatMapRenderer::sprite(SeatLook look, quint16 category, bool accessible, int size, qreal dpr)
{
    const quint64 key =
        quint64(static_cast<quint8>(look)) | quint64(category) << 8 | quint64(accessible) << 24;
    if (const auto it = m_sprites.constFind(key); it != m_sprites.cend())
        return *it;
    const SeatMapPalette &palette = SeatMapPalette::standard();
    const QColor categoryColour =
        QColor::fromRgb(m_model->categoryColours[category < m_model->categoryColours.size() ? category : 0]);
    const QColor fill = palette.colour(look, categoryColour);

    QPixmap pixmap(QSize(size, size) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF body(0.5, 0.5, size - 1.0, size - 1.0);
    const double radius = size * 0.24;
    p.setPen(QPen(fill.darker(150), 1));
    p.setBrush(fill);
    p.drawRoundedRect(body, radius, radius);
    // The backrest: a darker band at the top, so a seat reads as a seat and not a tile.
    if (size >= 10) {
        p.setPen(Qt::NoPen);
        p.setBrush(fill.darker(118));
        p.drawRoundedRect(QRectF(1.5, 1.5, size - 3.0, size * 0.22), radius * 0.5, radius * 0.5);
    }
    if (look == SeatLook::Selected || look == SeatLook::HeldByMe) {
        // A ring inside: the category colour on a selected seat, white on one held by this terminal.
        p.setPen(
            QPen(look == SeatLook::Selected ? categoryColour : QColor(Qt::white), std::max(1.5, size * 0.1)));
        p.setBrush(Qt::NoBrush);
        const double inset = std::max(2.0, size * 0.12);
        p.drawRoundedRect(body.adjusted(inset, inset, -inset, -inset), radius * 0.6, radius * 0.6);
    } else {
        paintSeatMark(p, look, body, radius);
    }
    if (accessible) {
        // A small round badge in the top-right corner with a wheel and a head in it.
        const double r = std::max(3.0, size * 0.22);
        const QPointF c(size - r - 0.5, r + 0.5);
        p.setPen(QPen(Qt::white, 1));
        p.setBrush(palette.accessibleBadge);
        p.drawEllipse(c, r, r);
        if (r >= 5) {
            p.setPen(QPen(Qt::white, std::max(1.0, r * 0.18)));
            p.setBrush(Qt::NoBrush);
            p.drawArc(QRectF(c.x() - r * 0.55, c.y() - r * 0.25, r * 0.9, r * 0.9), 60 * 16, 260 * 16);
            p.setBrush(Qt::white);
            p.setPen(Qt::NoPen);
            p.drawEllipse(QPointF(c.x() + r * 0.05, c.y() - r * 0.55), r * 0.17, r * 0.17);
        }
    }
    p.end();
    return *m_sprites.insert(key, pixmap);
}

const QPixmap &SeatMapRenderer::numberLabel(const QString &number, bool lightText, int size, qreal dpr)
{
    QHash<QString, QPixmap> &cache = m_numbers[lightText ? 1 : 0];
    if (const auto it = cache.constFind(number); it != cache.cend())
        return *it;
    QFont font;
    font.setPixelSize(std::max(7, static_cast<int>(size * (number.size() > 2 ? 0.36 : 0.44))));
    const QFontMetrics metrics(font);
    const QSize textSize(metrics.horizontalAdvance(number) + 2, metrics.height());
    QPixmap pixmap(textSize * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setFont(font);
    p.setPen(lightText ? QColor(Qt::white) : QColor(0x1b, 0x1b, 0x1b));
    p.drawText(QRect(QPoint(0, 0), textSize), Qt::AlignCenter, number);
    p.end();
    return *cache.insert(number, pixmap);
}

void SeatMapRenderer::paintFocus(QPainter &painter, const SeatMapTransform &transform)
{
    const quint32 seat = m_model->focusSeat;
    if (seat >= static_cast<quint32>(m_model->seatCount))
        return;
    const QPointF centre = transform.toView(m_model->geometry.centre(seat));
    const double half = std::max(m_model->geometry.pitch() * transform.scale * 0.5, 3.0);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(SeatMapPalette::standard().focus, 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(QRectF(centre.x() - half, centre.y() - half, 2 * half, 2 * half), 3, 3);
    painter.restore();
}

} // namespace tessera
