#include "ui/seatmap/seatmaplegend.h"

#include "ui/i18n/money.h"
#include "ui/seatmap/seatmappalette.h"

#include <QGridLayout>
#include <QLabel>
#include <QPainter>

namespace tessera {

namespace {

QPixmap swatch(QColor fill, qreal dpr, bool accessibleMark = false, SeatLook look = SeatLook::Available)
{
    const int size = 14;
    QPixmap pixmap(QSize(size, size) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(fill.darker(150), 1));
    p.setBrush(fill);
    p.drawRoundedRect(QRectF(0.5, 0.5, size - 1.0, size - 1.0), 3, 3);
    paintSeatMark(p, look, QRectF(0.5, 0.5, size - 1.0, size - 1.0), 3);
    if (accessibleMark) {
        p.setPen(QPen(Qt::white, 1));
        p.setBrush(SeatMapPalette::standard().accessibleBadge);
        p.drawEllipse(QPointF(size / 2.0, size / 2.0), 4.5, 4.5);
    }
    return pixmap;
}

} // namespace

SeatMapLegend::SeatMapLegend(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(6, 6, 6, 6);
    m_grid->setHorizontalSpacing(6);
    m_grid->setVerticalSpacing(3);
    setToolTip(tr("Seat colours: available seats show their price category"));
    rebuild();
}

void SeatMapLegend::setEntry(std::shared_ptr<const CatalogEntry> entry)
{
    m_entry = std::move(entry);
    rebuild();
}

QStringList SeatMapLegend::entries() const
{
    return m_texts;
}

void SeatMapLegend::addRow(const QPixmap &pixmap, const QString &text, const QString &toolTip)
{
    const int row = m_grid->rowCount();
    auto *icon = new QLabel(this);
    icon->setPixmap(pixmap);
    auto *label = new QLabel(text, this);
    label->setToolTip(toolTip);
    icon->setToolTip(toolTip);
    m_grid->addWidget(icon, row, 0);
    m_grid->addWidget(label, row, 1);
    m_texts << text;
}

void SeatMapLegend::rebuild()
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_texts.clear();
    const qreal dpr = devicePixelRatioF();
    const SeatMapPalette &palette = SeatMapPalette::standard();
    if (m_entry) {
        for (const PriceCategory &category : m_entry->layout.categories) {
            addRow(swatch(QColor::fromString(category.colour), dpr),
                   tr("%1 %2").arg(category.name, formatPrice(category.priceCents)),
                   tr("Available seats in %1").arg(category.name));
        }
    }
    const SeatLook looks[] = {SeatLook::Selected, SeatLook::HeldByMe, SeatLook::HeldByOthers, SeatLook::Sold,
                              SeatLook::Blocked};
    for (const SeatLook look : looks)
        addRow(swatch(palette.colour(look, Qt::gray), dpr, false, look), seatLookName(look),
               seatLookName(look));
    addRow(swatch(palette.background, dpr, true), tr("Wheelchair place"), tr("Seat with wheelchair access"));
    m_grid->setRowStretch(m_grid->rowCount(), 1);
    m_grid->setColumnStretch(1, 1);
}

} // namespace tessera
