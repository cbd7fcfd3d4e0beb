// The parts of the seat map drawn over the seats: stage, standing areas, section labels.

#include "ui/seatmap/seatmaprenderer.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <array>
#include <cmath>

namespace tessera {

namespace {

QFont labelFont(double pixelSize, bool bold)
{
    QFont font;
    font.setPixelSize(static_cast<int>(std::lround(std::clamp(pixelSize, 9.0, 22.0))));
    font.setBold(bold);
    return font;
}

/// Text on a light rounded plate so it stays legible over seats of any colour.
void drawPlate(QPainter &painter, QPointF centre, const QString &text, const QFont &font, QColor textColour,
               QColor plate)
{
    const QFontMetricsF metrics(font);
    const QSizeF size(metrics.horizontalAdvance(text) + 10, metrics.height() + 4);
    const QRectF box(centre.x() - size.width() / 2, centre.y() - size.height() / 2, size.width(),
                     size.height());
    painter.setPen(Qt::NoPen);
    painter.setBrush(plate);
    painter.drawRoundedRect(box, 4, 4);
    painter.setFont(font);
    painter.setPen(textColour);
    painter.drawText(box, Qt::AlignCenter, text);
}

} // namespace

void SeatMapRenderer::paintStage(QPainter &painter, const QRect &exposed, const SeatMapTransform &transform)
{
    if (!m_model->entry)
        return;
    const VenueLayout &layout = m_model->entry->layout;
    if (layout.stageWidth <= 0 || layout.stageHeight <= 0)
        return;
    const QRectF stage =
        transform.toView(QRectF(layout.stageX, layout.stageY, layout.stageWidth, layout.stageHeight));
    if (!stage.intersects(QRectF(exposed)))
        return;
    const SeatMapPalette &palette = SeatMapPalette::standard();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette.stage);
    const double radius = std::min(8.0, std::min(stage.width(), stage.height()) * 0.15);
    painter.drawRoundedRect(stage, radius, radius);
    const QString text = QCoreApplication::translate("SeatMap", "STAGE");
    const QFont font = labelFont(std::min(stage.height() * 0.4, stage.width() * 0.18), true);
    if (QFontMetricsF(font).horizontalAdvance(text) < stage.width() - 4 && stage.height() >= 10) {
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(stage, Qt::AlignCenter, text);
    }
    painter.restore();
}

void SeatMapRenderer::paintStandingAreas(QPainter &painter, const QRect &exposed,
                                         const SeatMapTransform &transform)
{
    if (!m_model->entry || !m_model->space)
        return;
    const QList<StandingArea> &areas = m_model->entry->layout.standingAreas;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    for (qsizetype i = 0; i < areas.size() && i < m_model->space->standingCount(); ++i) {
        const StandingArea &area = areas[i];
        const QRectF box = transform.toView(QRectF(area.x, area.y, area.width, area.height));
        if (!box.intersects(QRectF(exposed)))
            continue;
        const quint16 category = m_model->space->layout().standingCategory[static_cast<size_t>(i)];
        QColor colour = QColor::fromRgb(
            m_model->categoryColours[category < m_model->categoryColours.size() ? category : 0]);
        const quint32 left = m_model->space->standing(static_cast<quint32>(i)).available();
        if (left == 0)
            colour = SeatMapPalette::standard().sold;
        QColor fill = colour;
        fill.setAlpha(70);
        painter.setPen(QPen(colour.darker(130), 2, Qt::DashLine));
        painter.setBrush(fill);
        painter.drawRoundedRect(box.adjusted(1, 1, -1, -1), 6, 6);
        const QString text = left == 0 ? QCoreApplication::translate("SeatMap", "%1: sold out").arg(area.name)
                                       : QCoreApplication::translate("SeatMap", "%1: %2 left")
                                             .arg(area.name, QLocale().toString(left));
        const QFont font = labelFont(box.height() * 0.16, true);
        if (QFontMetricsF(font).horizontalAdvance(text) + 12 <= box.width() || box.width() > 60)
            drawPlate(painter, box.center(), text, font, SeatMapPalette::standard().text,
                      QColor(255, 255, 255, 215));
    }
    painter.restore();
}

const QPixmap &SeatMapRenderer::sectionPlate(const QString &name, bool close, qreal dpr)
{
    if (dpr != m_plateDpr) {
        m_plates[0].clear();
        m_plates[1].clear();
        m_plateDpr = dpr;
    }
    QHash<QString, QPixmap> &cache = m_plates[close ? 1 : 0];
    if (const auto it = cache.constFind(name); it != cache.cend())
        return *it;
    const QFont font = labelFont(close ? 14 : 12, true);
    const QFontMetricsF metrics(font);
    const QSizeF size(metrics.horizontalAdvance(name) + 10, metrics.height() + 4);
    QPixmap pixmap((size * dpr).toSize() + QSize(1, 1));
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    drawPlate(p, QPointF(size.width() / 2, size.height() / 2), name, font,
              close ? QColor(Qt::white) : SeatMapPalette::standard().text,
              close ? QColor(0x37, 0x41, 0x4f, 225) : QColor(255, 255, 255, 200));
    p.end();
    return *cache.insert(name, pixmap);
}

QRectF SeatMapRenderer::sectionInView(const SeatMapSection &section, const SeatMapTransform &transform) const
{
    const double pixelPitch = m_model->geometry.pitch() * transform.scale;
    return transform.toView(section.bounds)
        .adjusted(-pixelPitch / 2, -pixelPitch / 2, pixelPitch / 2, pixelPitch / 2);
}

QList<QRectF> SeatMapRenderer::sectionLabelRects(const SeatMapTransform &transform)
{
    const double pixelPitch = m_model->geometry.pitch() * transform.scale;
    if (detailFor(pixelPitch) == SeatMapDetail::Seats)
        return closeUpLabelRects(transform);
    auto sectionBox = [&](const SeatMapSection &section) { return sectionInView(section, transform); };
    // What a name must not cover: the sections' places, the stage and the standing areas.
    std::vector<QRectF> taken;
    for (const SeatMapSection &section : m_model->sections)
        taken.push_back(sectionBox(section));
    if (m_model->entry) {
        const VenueLayout &layout = m_model->entry->layout;
        if (layout.stageWidth > 0 && layout.stageHeight > 0)
            taken.push_back(transform.toView(
                QRectF(layout.stageX, layout.stageY, layout.stageWidth, layout.stageHeight)));
        for (const StandingArea &area : layout.standingAreas)
            taken.push_back(transform.toView(QRectF(area.x, area.y, area.width, area.height)));
    }
    const QRectF view = transform.viewport.isEmpty() ? transform.toView(m_model->sceneRect)
                                                     : QRectF(QPointF(0, 0), transform.viewport);
    auto isFree = [&](const QRectF &plate) {
        if (!view.contains(plate))
            return false;
        const QRectF spaced = plate.adjusted(-1, -1, 1, 1);
        return std::none_of(taken.begin(), taken.end(),
                            [&](const QRectF &r) { return r.intersects(spaced); });
    };
    // Candidate places of a name: above, below, left and right of its section. One side for
    // all where possible (the side that suits the most sections), so the names line up.
    const double gap = 3;
    auto candidates = [&](const QRectF &box, const QSizeF &size) {
        auto around = [&size](QPointF centre) {
            return QRectF(centre - QPointF(size.width(), size.height()) / 2, size);
        };
        return std::array<QRectF, 4>{
            around({box.center().x(), box.top() - gap - size.height() / 2}),
            around({box.center().x(), box.bottom() + gap + size.height() / 2}),
            around({box.left() - gap - size.width() / 2, box.center().y()}),
            around({box.right() + gap + size.width() / 2, box.center().y()}),
        };
    };
    std::vector<QSizeF> sizes;
    std::array<int, 4> suits{};
    for (const SeatMapSection &section : m_model->sections) {
        sizes.push_back(
            sectionPlate(section.name, false, transform.devicePixelRatio).deviceIndependentSize());
        const auto places = candidates(sectionBox(section), sizes.back());
        for (std::size_t side = 0; side < places.size(); ++side)
            suits[side] += isFree(places[side]) ? 1 : 0;
    }
    std::array<std::size_t, 4> order{0, 1, 2, 3};
    std::stable_sort(order.begin(), order.end(),
                     [&suits](std::size_t a, std::size_t b) { return suits[a] > suits[b]; });

    QList<QRectF> plates;
    for (std::size_t i = 0; i < m_model->sections.size(); ++i) {
        const QRectF box = sectionBox(m_model->sections[i]);
        const QSizeF size = sizes[i];
        // Named once the section is about as wide as its name.
        if (std::max(box.width(), box.height()) < size.width() * 0.9) {
            plates.append(QRectF());
            continue;
        }
        const auto places = candidates(box, size);
        QRectF plate(box.center() - QPointF(size.width(), size.height()) / 2, size); // over the middle
        for (std::size_t side : order) {
            if (isFree(places[side])) {
                plate = places[side];
                break;
            }
        }
        plates.append(plate);
        taken.push_back(plate); // the next names keep clear of this one
    }
    return plates;
}

void SeatMapRenderer::paintSectionLabels(QPainter &painter, const QRect &exposed,
                                         const SeatMapTransform &transform)
{
    // Zoomed out: next to each section where there is room, so that the name hides none of its
    // seats. Close up: above each section's first row, following the scroll.
    const bool close = detailFor(m_model->geometry.pitch() * transform.scale) == SeatMapDetail::Seats;
    const QRectF view(exposed);
    const QList<QRectF> plates = sectionLabelRects(transform);
    for (qsizetype i = 0; i < plates.size(); ++i) {
        if (plates[i].isEmpty() || !plates[i].intersects(view))
            continue;
        const QPixmap &plate =
            sectionPlate(m_model->sections[std::size_t(i)].name, close, transform.devicePixelRatio);
        painter.drawPixmap(plates[i].topLeft().toPoint(), plate);
    }
}

QList<QRectF> SeatMapRenderer::closeUpLabelRects(const SeatMapTransform &transform)
{
    // Placed in the whole view, whatever part of it is being repainted: a name placed in the
    // exposed part only would land over the seats of a partial repaint (a seat that changed).
    const QRectF shown = transform.viewport.isEmpty() ? transform.toView(m_model->sceneRect)
                                                      : QRectF(QPointF(0, 0), transform.viewport);
    // Below the band where a message may float (at most half the view).
    const double top = shown.top() + std::min(transform.topBand, shown.height() / 2);
    QList<QRectF> plates;
    plates.reserve(qsizetype(m_model->sections.size()));
    for (const SeatMapSection &section : m_model->sections) {
        // Above the section's first row, kept on screen while any of the section is.
        const QRectF box = sectionInView(section, transform);
        const QRectF visible = box & shown;
        if (visible.isEmpty()) {
            plates.append(QRectF());
            continue;
        }
        const QSizeF size =
            sectionPlate(section.name, true, transform.devicePixelRatio).deviceIndependentSize();
        QPointF at = box.center();
        at.setY(std::max(box.top() - size.height() / 2 - 2, top + size.height() / 2 + 2));
        at.setX(std::clamp(at.x(), visible.left() + size.width() / 2,
                           std::max(visible.left() + size.width() / 2, visible.right() - size.width() / 2)));
        plates.append(QRectF(at - QPointF(size.width(), size.height()) / 2, size));
    }
    return plates;
}

namespace {

/// The row names' font for seats `pixels` apart.
QFont rowFont(double pixels)
{
    QFont font;
    font.setPixelSize(std::max(9, int(pixels * 0.42)));
    font.setBold(true);
    return font;
}

} // namespace

QList<SeatMapRowLabel> SeatMapRenderer::rowLabels(const SeatMapTransform &transform, const QRectF &area)
{
    QList<SeatMapRowLabel> labels;
    const SeatGeometry &g = m_model->geometry;
    const double pixels = g.pitch() * transform.scale;
    if (pixels < kNumbersFromPitch)
        return labels;
    const QFontMetricsF metrics(rowFont(pixels));
    // One end of a row: beyond `end`, away from its neighbour `inner`, with a gap of a fifth of
    // a pitch between the seat and the name.
    auto place = [&](const QString &name, quint32 end, quint32 inner) {
        QPointF out = end == inner ? QPointF(-1, 0) : g.centre(end) - g.centre(inner);
        const double length = std::hypot(out.x(), out.y());
        out = length > 0 ? out / length : QPointF(-1, 0);
        const QSizeF size(metrics.horizontalAdvance(name) + 4, metrics.height());
        const QSizeF half = size / transform.scale / 2; // in layout units
        const double reach = std::abs(out.x()) * half.width() + std::abs(out.y()) * half.height();
        const QPointF at = transform.toView(g.centre(end) + out * (0.6 * g.pitch() + reach));
        const QRectF rect(at - QPointF(size.width(), size.height()) / 2, size);
        if (!rect.intersects(area))
            return;
        // Over no seat: no seat centre within a seat's half side (and a little) of the name.
        const double margin = 0.45 * g.pitch();
        const QRectF clear = transform.toLayout(rect).adjusted(-margin, -margin, margin, margin);
        bool covers = false;
        g.forEachSeatIn(clear, [&](quint32) { covers = true; });
        if (!covers)
            labels.append({name, rect});
    };
    const QRectF grown =
        transform.toLayout(area).adjusted(-2 * g.pitch(), -2 * g.pitch(), 2 * g.pitch(), 2 * g.pitch());
    const auto count = quint32(m_model->seatCount);
    for (const SeatMapRow &row : m_model->rows) {
        if (row.first >= count || row.last >= count || row.firstInner >= count || row.lastInner >= count)
            continue;
        if (grown.contains(g.centre(row.first)))
            place(row.name, row.first, row.firstInner);
        if (row.last != row.first && grown.contains(g.centre(row.last)))
            place(row.name, row.last, row.lastInner);
    }
    return labels;
}

void SeatMapRenderer::paintRowLabels(QPainter &painter, const QRect &exposed,
                                     const SeatMapTransform &transform)
{
    const QList<SeatMapRowLabel> labels = rowLabels(transform, QRectF(exposed));
    if (labels.isEmpty())
        return;
    painter.save();
    painter.setFont(rowFont(m_model->geometry.pitch() * transform.scale));
    painter.setPen(SeatMapPalette::standard().rowName);
    for (const SeatMapRowLabel &label : labels)
        painter.drawText(label.rect, Qt::AlignCenter, label.name);
    painter.restore();
}

} // namespace tessera
