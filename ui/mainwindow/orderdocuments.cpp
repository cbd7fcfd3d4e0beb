#include "ui/mainwindow/orderdocuments.h"

#include "ui/mainwindow/appsettings.h"
#include "ui/mainwindow/filedialogs.h"
#include "ui/mainwindow/ticketprinter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPrintDialog>
#include <QPrinter>

#include <algorithm>

namespace tessera::OrderDocuments {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tessera::OrderDocuments", text);
}

void savePdf(QWidget *parent, const QString &caption, const QString &fileName,
             std::function<Status(const QString &path)> write, Report report)
{
    QFileDialog *dialog = newFileDialog(
        parent, caption, QDir(AppSettings::documentFolder()).filePath(fileName), tr("PDF files (*.pdf)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    QObject::connect(dialog, &QFileDialog::fileSelected, dialog,
                     [write = std::move(write), report = std::move(report)](const QString &path) {
                         AppSettings::setDocumentFolder(QFileInfo(path).absolutePath());
                         if (Status written = write(path); !written)
                             report(true, written.error().message);
                         else
                             report(false, tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
                     });
    dialog->open();
}

/// True when some ticket of `order` is valid; otherwise says through `report` that there is
/// nothing to hand out (a refunded order gives no ticket, not even an empty page).
bool hasValidTickets(const Order &order, const Report &report)
{
    if (std::any_of(order.tickets.cbegin(), order.tickets.cend(),
                    [](const Ticket &t) { return t.status == TicketStatus::Confirmed; }))
        return true;
    report(true,
           tr("Every ticket of order %1 is cancelled: there is nothing to hand out.").arg(shortId(order.id)));
    return false;
}

} // namespace

void saveTickets(QWidget *parent, const Order &order, std::shared_ptr<const CatalogEntry> entry,
                 Report report)
{
    if (!hasValidTickets(order, report))
        return;
    savePdf(
        parent, tr("Save tickets"), TicketPrinter::ticketsFileName(order),
        [order, entry](const QString &path) { return TicketPrinter::writeTicketsPdf(path, order, *entry); },
        std::move(report));
}

void saveReceipt(QWidget *parent, const Order &order, std::shared_ptr<const CatalogEntry> entry,
                 Report report)
{
    savePdf(
        parent, tr("Save receipt"), TicketPrinter::receiptFileName(order),
        [order, entry](const QString &path) { return TicketPrinter::writeReceiptPdf(path, order, *entry); },
        std::move(report));
}

void printTickets(QWidget *parent, const Order &order, std::shared_ptr<const CatalogEntry> entry,
                  Report report)
{
    if (!hasValidTickets(order, report))
        return;
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    if (const QString name = AppSettings::printerName(); !name.isEmpty())
        printer->setPrinterName(name);
    auto *dialog = new QPrintDialog(printer.get(), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Print tickets"));
    QObject::connect(dialog, &QDialog::accepted, dialog, [printer, order, entry, report = std::move(report)] {
        if (!printer->isValid()) {
            report(true, tr("The printer is not available."));
            return;
        }
        TicketPrinter::paintTickets(*printer, order, *entry);
        report(false, tr("Sent the tickets to %1.").arg(printer->printerName()));
    });
    dialog->open();
}

} // namespace tessera::OrderDocuments
