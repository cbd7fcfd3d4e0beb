#pragma once

#include "core/domain/order.h"
#include "core/engine/eventcatalog.h"

#include <QString>

#include <functional>
#include <memory>

class QWidget;

namespace tessera {

/// The clerk's ways to hand out an order: tickets as a PDF file or on a printer, and the receipt
/// as a PDF file. Each opens its dialog with open() (no nested event loop) and reports the
/// outcome as one sentence through `report(isError, text)`.
namespace OrderDocuments {

using Report = std::function<void(bool isError, const QString &text)>;

void saveTickets(QWidget *parent, const Order &order, std::shared_ptr<const CatalogEntry> entry,
                 Report report);
void saveReceipt(QWidget *parent, const Order &order, std::shared_ptr<const CatalogEntry> entry,
                 Report report);
/// Prints on the printer chosen in the settings, or the system default, after a print dialog.
void printTickets(QWidget *parent, const Order &order, std::shared_ptr<const CatalogEntry> entry,
                  Report report);

} // namespace OrderDocuments

} // namespace tessera
