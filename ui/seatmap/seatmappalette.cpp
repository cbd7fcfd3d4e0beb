#include "ui/seatmap/seatmappalette.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace tessera {

QColor SeatMapPalette::colour(SeatLook look, QColor categoryColour) const
{
    switch (look) {
    case SeatLook::Available:
        return categoryColour;
    case SeatLook::Selected:
        return selected;
    case SeatLook::HeldByMe:
        return heldByMe;
    case SeatLook::HeldByOthers:
        return heldByOthers;
    case SeatLook::Sold:
        return sold;
    case SeatLook::Blocked:
        return blocked;
    }
    return blocked;
}

const SeatMapPalette &SeatMapPalette::standard()
{
    static const SeatMapPalette palette;
    return palette;
}

void paintSeatMark(QPainter &painter, SeatLook look, const QRectF &body, double radius)
{
    const SeatMapPalette &palette = SeatMapPalette::standard();
    const double size = std::min(body.width(), body.height());
    if (look == SeatLook::Blocked) {
        painter.save();
        painter.setPen(QPen(palette.blockedMark, std::max(1.0, size * 0.08)));
        const double inset = size * 0.28;
        painter.drawLine(body.topLeft() + QPointF(inset, inset), body.bottomRight() - QPointF(inset, inset));
        painter.drawLine(body.topRight() + QPointF(-inset, inset),
                         body.bottomLeft() + QPointF(inset, -inset));
        painter.restore();
    } else if (look == SeatLook::HeldByOthers && size >= 6) {
        painter.save();
        QPainterPath clip;
        clip.addRoundedRect(body.adjusted(1, 1, -1, -1), radius, radius);
        painter.setClipPath(clip);
        painter.setPen(QPen(palette.heldByOthersMark, std::max(1.0, size * 0.09)));
        const double step = std::max(3.5, size * 0.26);
        for (double x = body.left() - body.height(); x < body.right(); x += step)
            painter.drawLine(QPointF(x, body.bottom()), QPointF(x + body.height(), body.top()));
        painter.restore();
    }
}

QString seatLookName(SeatLook look)
{
    switch (look) {
    case SeatLook::Available:
        return QCoreApplication::translate("SeatMap", "Available");
    case SeatLook::Selected:
        return QCoreApplication::translate("SeatMap", "Selected");
    case SeatLook::HeldByMe:
        return QCoreApplication::translate("SeatMap", "Held by you");
    case SeatLook::HeldByOthers:
        return QCoreApplication::translate("SeatMap", "Held by someone else");
    case SeatLook::Sold:
        return QCoreApplication::translate("SeatMap", "Sold");
    case SeatLook::Blocked:
        return QCoreApplication::translate("SeatMap", "Blocked");
    }
    return {};
}

QColor contrastingText(QColor background)
{
    const double luminance =
        0.299 * background.redF() + 0.587 * background.greenF() + 0.114 * background.blueF();
    return luminance > 0.6 ? QColor(0x1b, 0x1b, 0x1b) : QColor(Qt::white);
}

} // namespace tessera
