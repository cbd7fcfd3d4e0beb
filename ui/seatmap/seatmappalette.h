#pragma once

#include "core/space/change.h"

#include <QColor>
#include <QRectF>
#include <QString>

class QPainter;

namespace tessera {

/// How one seat looks on the map: its state as a clerk needs to see it.
enum class SeatLook : quint8 {
    Available,
    Selected,
    HeldByMe,
    HeldByOthers,
    Sold,
    Blocked
};

/// The fixed colours of the seat map. Available seats take their price category's colour; every
/// other look has a colour of its own, chosen to stay apart from each other on the light
/// background and to read as "not for sale" (greys) or "yours" (blue, near black).
struct SeatMapPalette
{
    QColor background{0xf3, 0xf3, 0xef};
    QColor selected{0x11, 0x18, 0x27};
    QColor heldByMe{0x1a, 0x66, 0xe8};
    QColor heldByOthers{0xb4, 0xb8, 0xbf};
    QColor heldByOthersMark{0x80, 0x86, 0x90};
    QColor sold{0x6b, 0x70, 0x79};
    QColor blocked{0xe1, 0xe1, 0xdc};
    QColor blockedMark{0x9a, 0x9a, 0x94};
    QColor accessibleBadge{0x0b, 0x4f, 0xa8};
    QColor stage{0x37, 0x41, 0x4f};
    QColor text{0x20, 0x24, 0x2b};
    QColor rowName{0x6b, 0x70, 0x79};
    QColor focus{0xe6, 0x51, 0x00};

    /// The colour of a look other than Available; for Available returns `categoryColour`.
    QColor colour(SeatLook look, QColor categoryColour) const;

    static const SeatMapPalette &standard();
};

/// The look of a seat from its state, its holder and whether the clerk has selected it.
inline SeatLook seatLook(SeatState state, HolderId holder, HolderId ownHolder, bool selected)
{
    switch (state) {
    case SeatState::Available:
        return selected ? SeatLook::Selected : SeatLook::Available;
    case SeatState::Held:
        return holder != 0 && holder == ownHolder ? SeatLook::HeldByMe : SeatLook::HeldByOthers;
    case SeatState::Sold:
        return SeatLook::Sold;
    case SeatState::Blocked:
        return SeatLook::Blocked;
    }
    return SeatLook::Blocked;
}

/// The mark a look carries besides its colour, inside a seat drawn as the rounded rectangle
/// `body`: stripes for a seat held by someone else (for now: it may come back), a cross for a
/// blocked one. Nothing for the other looks. The map and the legend draw the same.
void paintSeatMark(QPainter &painter, SeatLook look, const QRectF &body, double radius);

/// "Available", "Held by you", ... for tooltips and the legend.
QString seatLookName(SeatLook look);

/// Text colour that reads well on `background` (near black or white).
QColor contrastingText(QColor background);

} // namespace tessera
