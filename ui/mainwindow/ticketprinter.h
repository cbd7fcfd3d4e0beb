#pragma once

#include "core/common/result.h"
#include "core/domain/order.h"
#include "core/engine/eventcatalog.h"

#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

class QPagedPaintDevice;
class QPainter;

namespace tessera {

/// A QR code as a square of modules: modules[y * size + x] is true for a dark module.
struct QrCode
{
    int size = 0;
    QList<bool> modules;
    bool isDark(int x, int y) const { return modules[y * size + x]; }
};

/// Tickets and receipts on paper and as PDF. A ticket shows the event, date, venue, the place
/// (section, row and seat, or the standing area), the price, the ticket id and a QR code of the
/// ticket id for the door scanner. One ticket per page; cancelled tickets are left out.
class TicketPrinter final
{
public:
    /// Encodes `text` (libqrencode, error correction M); an empty code when it cannot.
    static QrCode encodeQr(const QString &text);
    /// Draws the code's dark modules as rectangles filling `target` (with a quiet zone).
    static void drawQr(QPainter &painter, const QrCode &code, const QRectF &target);

    /// "Stalls · Row B · Seat 7", or "Standing · Floor" for a standing place.
    static QString placeText(const Ticket &ticket, const CatalogEntry &entry);

    /// Paints one ticket on a page of `page` logical units (tenths of a millimetre; the painter
    /// is already mapped to them).
    static void paintTicket(QPainter &painter, const QSizeF &page, const Ticket &ticket, const Order &order,
                            const CatalogEntry &entry);
    /// Paints the order's live tickets onto a PDF writer or a printer.
    static void paintTickets(QPagedPaintDevice &device, const Order &order, const CatalogEntry &entry);
    /// Paints the order's receipt: every ticket with its price and status, the total, payment.
    static void paintReceipt(QPagedPaintDevice &device, const Order &order, const CatalogEntry &entry);

    /// Writes the tickets to a PDF file; an error names the file when it cannot be written.
    static Status writeTicketsPdf(const QString &path, const Order &order, const CatalogEntry &entry);
    static Status writeReceiptPdf(const QString &path, const Order &order, const CatalogEntry &entry);
    /// "tickets-1a2b3c4d.pdf" and "receipt-1a2b3c4d.pdf": names for the save dialog.
    static QString ticketsFileName(const Order &order);
    static QString receiptFileName(const Order &order);
};

} // namespace tessera
