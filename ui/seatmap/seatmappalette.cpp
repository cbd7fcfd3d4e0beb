#include "ui/seatmap/seatmappalette.h"

#include <QCoreApplication>

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
