#include "ui/mainwindow/ticketprinter.h"

#include "core/domain/json.h"
#include "ui/mainwindow/uisupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

#include <qrencode.h>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace tessera {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tessera::TicketPrinter", text);
}

/// Maps the painter to a page of `width` x `height` logical units (tenths of a millimetre),
/// whatever the device's resolution.
void mapToPage(QPainter &painter, QPagedPaintDevice &device, double &width, double &height)
{
    const QRectF paint = device.pageLayout().paintRect(QPageLayout::Millimeter);
    width = paint.width() * 10;
    height = paint.height() * 10;
    painter.setWindow(QRectF(0, 0, width, height).toRect());
    painter.setViewport(0, 0, device.width(), device.height());
}

QFont fontOf(double tenthsOfMm, bool bold = false)
{
    QFont font(u"Sans"_s);
    font.setPixelSize(std::max(1, qRound(tenthsOfMm)));
    font.setBold(bold);
    return font;
}

} // namespace

QrCode TicketPrinter::encodeQr(const QString &text)
{
    QrCode code;
    const QByteArray utf8 = text.toUtf8();
    QRcode *qr = QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!qr)
        return code;
    code.size = qr->width;
    code.modules.resize(qsizetype(qr->width) * qr->width);
    for (int i = 0; i < qr->width * qr->width; ++i)
        code.modules[i] = (qr->data[i] & 1u) != 0;
    QRcode_free(qr);
    return code;
}

void TicketPrinter::drawQr(QPainter &painter, const QrCode &code, const QRectF &target)
{
    if (code.size == 0)
        return;
    constexpr int kQuiet = 2;
    const double module = std::min(target.width(), target.height()) / (code.size + 2 * kQuiet);
    painter.save();
    painter.fillRect(target, Qt::white);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    for (int y = 0; y < code.size; ++y) {
        for (int x = 0; x < code.size; ++x) {
            if (code.isDark(x, y))
                painter.drawRect(QRectF(target.left() + (x + kQuiet) * module,
                                        target.top() + (y + kQuiet) * module, module, module));
        }
    }
    painter.restore();
}

QString TicketPrinter::placeText(const Ticket &ticket, const CatalogEntry &entry)
{
    if (!ticket.seatId.isNull()) {
        const auto it = entry.seatIndexById.constFind(ticket.seatId);
        if (it != entry.seatIndexById.constEnd()) {
            const LayoutSeat &seat = entry.layout.seats[*it];
            QStringList parts;
            if (!seat.section.isEmpty())
                parts << seat.section;
            if (!seat.row.isEmpty())
                parts << tr("Row %1").arg(seat.row);
            parts << tr("Seat %1").arg(seat.number);
            return parts.join(u" · "_s);
        }
        return ticket.seatLabel;
    }
    for (const StandingArea &area : entry.layout.standingAreas) {
        if (area.id == ticket.standingAreaId)
            return tr("Standing · %1").arg(area.name);
    }
    return ticket.seatLabel.isEmpty() ? tr("Standing") : ticket.seatLabel;
}

void TicketPrinter::paintTicket(QPainter &painter, const QSizeF &page, const Ticket &ticket,
                                const Order &order, const CatalogEntry &entry)
{
    const double w = page.width();
    const double h = page.height();
    const QRectF frame(0, 0, w, h);
    painter.setPen(QPen(Qt::black, 4));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(frame.adjusted(4, 4, -4, -4), 30, 30);
    const double qrSide = std::min(h * 0.62, w * 0.36);
    const QRectF qrRect(w - qrSide - 60, 60, qrSide, qrSide);
    drawQr(painter, encodeQr(ticket.id.toString(QUuid::WithoutBraces)), qrRect);

    const double left = 70;
    const double textWidth = qrRect.left() - left - 40;
    painter.setPen(Qt::black);
    painter.setFont(fontOf(60, true));
    painter.drawText(QRectF(left, 60, textWidth, 150), Qt::AlignLeft | Qt::TextWordWrap, entry.event.name);
    painter.setFont(fontOf(36));
    painter.drawText(QRectF(left, 220, textWidth, 50), entry.event.venue);
    painter.drawText(QRectF(left, 270, textWidth, 50), eventStartText(entry.event.startTime));
    painter.setFont(fontOf(48, true));
    painter.drawText(QRectF(left, 350, textWidth, 130), Qt::AlignLeft | Qt::TextWordWrap,
                     placeText(ticket, entry));
    painter.setFont(fontOf(36));
    painter.drawText(QRectF(left, 490, textWidth, 50), tr("Price %1").arg(formatPrice(ticket.priceCents)));
    painter.setFont(fontOf(26));
    painter.drawText(QRectF(left, h - 140, w - 2 * left, 40),
                     tr("Ticket %1").arg(ticket.id.toString(QUuid::WithoutBraces)));
    painter.drawText(QRectF(left, h - 100, w - 2 * left, 40),
                     tr("Order %1 · %2").arg(shortId(order.id), paymentText(order.payment)));
}

void TicketPrinter::paintTickets(QPagedPaintDevice &device, const Order &order, const CatalogEntry &entry)
{
    QPainter painter(&device);
    double w = 0;
    double h = 0;
    mapToPage(painter, device, w, h);
    bool first = true;
    for (const Ticket &ticket : order.tickets) {
        if (ticket.status == TicketStatus::Cancelled)
            continue;
        if (!first)
            device.newPage();
        first = false;
        paintTicket(painter, QSizeF(w, h), ticket, order, entry);
    }
    if (first) {
        painter.setFont(fontOf(40));
        painter.drawText(QRectF(0, 0, w, h), Qt::AlignCenter, tr("This order has no valid tickets."));
    }
}

void TicketPrinter::paintReceipt(QPagedPaintDevice &device, const Order &order, const CatalogEntry &entry)
{
    QPainter painter(&device);
    double w = 0;
    double h = 0;
    mapToPage(painter, device, w, h);
    const QLocale locale;
    double y = 0;
    auto line = [&](const QString &left, const QString &right, double size, bool bold = false) {
        if (y + size * 1.6 > h) {
            device.newPage();
            y = 0;
        }
        painter.setFont(fontOf(size, bold));
        painter.drawText(QRectF(0, y, w * 0.75, size * 1.5), Qt::AlignLeft | Qt::AlignVCenter, left);
        if (!right.isEmpty())
            painter.drawText(QRectF(w * 0.75, y, w * 0.25, size * 1.5), Qt::AlignRight | Qt::AlignVCenter,
                             right);
        y += size * 1.6;
    };
    painter.setPen(Qt::black);
    line(tr("Receipt"), QString(), 70, true);
    line(tr("Order %1").arg(order.id.toString(QUuid::WithoutBraces)), QString(), 32);
    line(locale.toString(order.createdAt.toLocalTime(), QLocale::LongFormat), QString(), 32);
    y += 30;
    line(entry.event.name, QString(), 44, true);
    line(tr("%1, %2").arg(entry.event.venue, eventStartText(entry.event.startTime)), QString(), 32);
    if (!order.customerName.isEmpty() || !order.customerEmail.isEmpty())
        line(tr("Customer: %1")
                 .arg(QStringList{order.customerName, order.customerEmail}.join(u"  "_s).trimmed()),
             QString(), 32);
    y += 30;
    for (const Ticket &ticket : order.tickets) {
        QString text = placeText(ticket, entry);
        if (ticket.status != TicketStatus::Confirmed)
            text += u" ("_s + ticketStatusText(ticket) + u')';
        line(text, formatPrice(ticket.priceCents), 34);
    }
    y += 20;
    painter.drawLine(QPointF(w * 0.5, y), QPointF(w, y));
    y += 10;
    line(tr("Total"), formatPrice(order.totalCents), 40, true);
    line(tr("Paid by"), paymentText(order.payment), 34);
}

namespace {

Status writePdf(const QString &path, const QPageSize &size, QPageLayout::Orientation orientation,
                const std::function<void(QPagedPaintDevice &)> &paint)
{
    {
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly))
            return Status(ErrorCode::InvalidInput,
                          QCoreApplication::translate("tessera::TicketPrinter", "Cannot write %1: %2")
                              .arg(QDir::toNativeSeparators(path), probe.errorString()));
    }
    QPdfWriter writer(path);
    writer.setResolution(300);
    writer.setPageSize(size);
    writer.setPageOrientation(orientation);
    writer.setPageMargins(QMarginsF(8, 8, 8, 8), QPageLayout::Millimeter);
    writer.setCreator(u"Tessera"_s);
    paint(writer);
    return {};
}

} // namespace

Status TicketPrinter::writeTicketsPdf(const QString &path, const Order &order, const CatalogEntry &entry)
{
    return writePdf(path, QPageSize(QPageSize::A6), QPageLayout::Landscape,
                    [&](QPagedPaintDevice &device) { paintTickets(device, order, entry); });
}

Status TicketPrinter::writeReceiptPdf(const QString &path, const Order &order, const CatalogEntry &entry)
{
    return writePdf(path, QPageSize(QPageSize::A5), QPageLayout::Portrait,
                    [&](QPagedPaintDevice &device) { paintReceipt(device, order, entry); });
}

QString TicketPrinter::ticketsFileName(const Order &order)
{
    return u"tickets-%1.pdf"_s.arg(shortId(order.id));
}

QString TicketPrinter::receiptFileName(const Order &order)
{
    return u"receipt-%1.pdf"_s.arg(shortId(order.id));
}

} // namespace tessera
