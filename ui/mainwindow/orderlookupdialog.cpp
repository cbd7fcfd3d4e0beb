#include "ui/mainwindow/orderlookupdialog.h"

#include "core/boxoffice/boxoffice.h"
#include "ui/mainwindow/appsettings.h"
#include "ui/mainwindow/orderdocuments.h"
#include "ui/mainwindow/prompter.h"
#include "ui/mainwindow/ticketprinter.h"
#include "ui/mainwindow/uisupport.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tessera {

namespace {

constexpr int kOrderRowRole = Qt::UserRole + 1; ///< int: index into m_orders
constexpr int kTicketIdRole = Qt::UserRole + 2; ///< QUuid, on ticket rows

} // namespace

OrderLookupDialog::OrderLookupDialog(BoxOffice &box, Prompter &prompter, QWidget *parent)
    : QDialog(parent)
    , m_box(box)
    , m_prompter(prompter)
    , m_search(new QLineEdit(this))
    , m_tree(new QTreeWidget(this))
    , m_message(new QLabel(this))
    , m_kind(new QComboBox(this))
    , m_cancelTickets(new QPushButton(this))
    , m_cancelOrder(new QPushButton(this))
    , m_reprint(new QPushButton(tr("Re&print tickets…"), this))
    , m_ticketsPdf(new QPushButton(tr("Tickets P&DF…"), this))
    , m_receipt(new QPushButton(tr("Re&ceipt…"), this))
{
    setObjectName(u"orderLookup"_s);
    setWindowTitle(tr("Find orders"));
    m_search->setObjectName(u"orderSearch"_s);
    m_search->setPlaceholderText(tr("Order or ticket number, customer, e-mail, seat (A-12) or event"));
    m_search->setClearButtonEnabled(true);
    auto *find = new QPushButton(tr("&Find"), this);
    find->setDefault(true);
    m_tree->setObjectName(u"orderResults"_s);
    m_tree->setColumnCount(4);
    m_tree->setHeaderLabels({tr("Order / ticket"), tr("Place or customer"), tr("Price"), tr("Status")});
    m_tree->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_message->setObjectName(u"orderMessage"_s);
    m_message->setWordWrap(true);
    m_kind->addItem(tr("Cancel (no money back)"), static_cast<int>(CancelKind::Cancel));
    m_kind->addItem(tr("Refund (money back)"), static_cast<int>(CancelKind::Refund));
    m_kind->setCurrentIndex(1);
    m_kind->setToolTip(tr("Whether the customer gets the money back; the places are free again either way"));
    m_cancelTickets->setToolTip(tr("Tick the tickets to give back, then press this"));
    // The buttons say what they do: "Refund …" while money goes back, "Cancel …" otherwise.
    auto nameButtons = [this] {
        const bool refund = static_cast<CancelKind>(m_kind->currentData().toInt()) == CancelKind::Refund;
        m_cancelTickets->setText(refund ? tr("Refund &ticked tickets") : tr("Cancel &ticked tickets"));
        m_cancelOrder->setText(refund ? tr("Refund whole &order") : tr("Cancel whole &order"));
    };
    nameButtons();
    connect(m_kind, &QComboBox::currentIndexChanged, this, nameButtons);

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(find);
    auto *actionRow = new QHBoxLayout;
    actionRow->addWidget(m_kind);
    actionRow->addWidget(m_cancelTickets);
    actionRow->addWidget(m_cancelOrder);
    actionRow->addStretch(1);
    actionRow->addWidget(m_reprint);
    actionRow->addWidget(m_ticketsPdf);
    actionRow->addWidget(m_receipt);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_message);
    layout->addLayout(actionRow);
    layout->addWidget(close);
    resize(820, 480);
    AppSettings::restoreGeometry(this, u"orderLookup"_s);

    connect(find, &QPushButton::clicked, this, &OrderLookupDialog::search);
    connect(m_search, &QLineEdit::returnPressed, this, &OrderLookupDialog::search);
    connect(m_cancelTickets, &QPushButton::clicked, this, &OrderLookupDialog::cancelCheckedTickets);
    connect(m_cancelOrder, &QPushButton::clicked, this, &OrderLookupDialog::cancelCurrentOrder);
    connect(m_reprint, &QPushButton::clicked, this, &OrderLookupDialog::reprintTickets);
    connect(m_ticketsPdf, &QPushButton::clicked, this, &OrderLookupDialog::saveTickets);
    connect(m_receipt, &QPushButton::clicked, this, &OrderLookupDialog::saveReceipt);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &OrderLookupDialog::updateButtons);
    connect(m_tree, &QTreeWidget::itemChanged, this, &OrderLookupDialog::updateButtons);
    connect(this, &QDialog::finished, this, [this] { AppSettings::saveGeometry(this, u"orderLookup"_s); });
    updateButtons();
}

void OrderLookupDialog::search()
{
    const QString text = m_search->text().trimmed();
    if (text.isEmpty()) {
        showMessage(true, tr("Type a ticket id, an order id, or part of a customer's name or e-mail."));
        return;
    }
    if (m_searching)
        return;
    m_searching = true;
    showMessage(false, tr("Searching…"));
    whenReady(this, m_box.findOrders(text), [this](const Result<QList<Order>> &found) {
        m_searching = false;
        if (!found) {
            showMessage(true, found.error().message);
            showOrders({});
            Q_EMIT searchFinished(0);
            return;
        }
        showOrders(*found);
        showMessage(false, found->isEmpty()
                               ? tr("No orders found.")
                               : (found->size() == 1 ? tr("1 order found.")
                                                     : tr("%1 orders found.").arg(found->size())));
        Q_EMIT searchFinished(static_cast<int>(found->size()));
    });
}

void OrderLookupDialog::showOrders(const QList<Order> &orders)
{
    const QUuid keep = currentOrder() ? currentOrder()->id : QUuid();
    m_orders = orders;
    m_tree->clear();
    const QLocale locale;
    QTreeWidgetItem *current = nullptr;
    for (qsizetype i = 0; i < m_orders.size(); ++i) {
        const Order &order = m_orders[i];
        const auto entry = m_box.catalogEntry(order.eventId);
        const QString eventName = entry ? entry->event.name : tr("(deleted event)");
        QString customer = order.customerName.isEmpty() ? tr("no name") : order.customerName;
        if (!order.customerEmail.isEmpty())
            customer += u" <"_s + order.customerEmail + u'>';
        auto *orderItem = new QTreeWidgetItem(
            m_tree,
            {tr("Order %1").arg(tessera::shortId(order.id)),
             u"%1 — %2 — %3"_s.arg(eventName, customer,
                                   locale.toString(order.createdAt.toLocalTime(), QLocale::ShortFormat)),
             formatPrice(order.totalCents), orderStatusText(order) + u", "_s + paymentText(order.payment)});
        orderItem->setData(0, kOrderRowRole, static_cast<int>(i));
        orderItem->setToolTip(0, order.id.toString(QUuid::WithoutBraces));
        for (const Ticket &ticket : order.tickets) {
            auto *ticketItem = new QTreeWidgetItem(
                orderItem, {tessera::shortId(ticket.id),
                            entry ? TicketPrinter::placeText(ticket, *entry) : ticket.seatLabel,
                            formatPrice(ticket.priceCents), ticketStatusText(ticket)});
            ticketItem->setData(0, kOrderRowRole, static_cast<int>(i));
            ticketItem->setData(0, kTicketIdRole, ticket.id);
            ticketItem->setToolTip(0, ticket.id.toString(QUuid::WithoutBraces));
            if (ticket.status == TicketStatus::Confirmed)
                ticketItem->setCheckState(0, Qt::Unchecked);
            else
                ticketItem->setDisabled(true);
        }
        orderItem->setExpanded(true);
        if (order.id == keep || !current)
            current = orderItem;
    }
    m_tree->resizeColumnToContents(0);
    if (current)
        m_tree->setCurrentItem(current);
    updateButtons();
}

const Order *OrderLookupDialog::currentOrder() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return nullptr;
    const int row = item->data(0, kOrderRowRole).toInt();
    return row >= 0 && row < m_orders.size() ? &m_orders[row] : nullptr;
}

void OrderLookupDialog::cancelCheckedTickets()
{
    const Order *order = currentOrder();
    if (!order)
        return;
    QList<QUuid> ticketIds;
    QTreeWidgetItem *orderItem = m_tree->topLevelItem(static_cast<int>(order - m_orders.constData()));
    for (int c = 0; orderItem && c < orderItem->childCount(); ++c) {
        if (orderItem->child(c)->checkState(0) == Qt::Checked)
            ticketIds << orderItem->child(c)->data(0, kTicketIdRole).toUuid();
    }
    if (ticketIds.isEmpty()) {
        showMessage(true, tr("Tick the tickets to cancel first."));
        return;
    }
    runCancel(*order, ticketIds);
}

void OrderLookupDialog::cancelCurrentOrder()
{
    if (const Order *order = currentOrder())
        runCancel(*order, {});
}

void OrderLookupDialog::runCancel(const Order &order, const QList<QUuid> &ticketIds)
{
    const auto kind = static_cast<CancelKind>(m_kind->currentData().toInt());
    const bool refund = kind == CancelKind::Refund;
    const QString shortId = tessera::shortId(order.id);
    const QString what =
        ticketIds.isEmpty()
            ? tr("all tickets of order %1").arg(shortId)
            : (ticketIds.size() == 1 ? tr("1 ticket of order %1").arg(shortId)
                                     : tr("%1 tickets of order %2").arg(ticketIds.size()).arg(shortId));
    // What the customer gets back: the valid tickets among those chosen, paid this way.
    qint64 cents = 0;
    for (const Ticket &ticket : order.tickets) {
        if (ticket.status == TicketStatus::Confirmed
            && (ticketIds.isEmpty() || ticketIds.contains(ticket.id)))
            cents += ticket.priceCents;
    }
    const QString question =
        refund ? tr("Refund %1: %2 back to the customer (%3)? The places are free for sale again at once.")
                     .arg(what, formatPrice(cents), paymentText(order.payment))
               : tr("Cancel %1 without refund? The customer paid %2 (%3) and gets nothing back. The places "
                    "are free for sale again at once.")
                     .arg(what, formatPrice(cents), paymentText(order.payment));
    const QUuid orderId = order.id;
    m_prompter.confirm(this, refund ? tr("Refund tickets") : tr("Cancel tickets"), question,
                       refund ? tr("Refund") : tr("Cancel tickets"), [this, orderId, ticketIds, kind, what] {
                           QFuture<Result<Order>> future = ticketIds.isEmpty()
                                                               ? m_box.cancelOrder(orderId, kind)
                                                               : m_box.cancelTickets(ticketIds, kind);
                           whenReady(this, future, [this, what, kind](const Result<Order> &changed) {
                               if (!changed) {
                                   showMessage(true, changed.error().message);
                                   return;
                               }
                               QList<Order> orders = m_orders;
                               for (Order &o : orders) {
                                   if (o.id == changed->id)
                                       o = *changed;
                               }
                               showOrders(orders);
                               showMessage(false, kind == CancelKind::Refund ? tr("Refunded %1.").arg(what)
                                                                             : tr("Cancelled %1.").arg(what));
                               Q_EMIT orderChanged(*changed);
                           });
                       });
}

void OrderLookupDialog::reprintTickets()
{
    withCurrentOrder(&OrderDocuments::printTickets);
}

void OrderLookupDialog::saveTickets()
{
    withCurrentOrder(&OrderDocuments::saveTickets);
}

void OrderLookupDialog::saveReceipt()
{
    withCurrentOrder(&OrderDocuments::saveReceipt);
}

void OrderLookupDialog::withCurrentOrder(DocumentAction action)
{
    const Order *order = currentOrder();
    const auto entry = order ? m_box.catalogEntry(order->eventId) : nullptr;
    if (!entry) {
        showMessage(true, tr("Choose an order of an event that still exists."));
        return;
    }
    action(this, *order, entry, [this](bool isError, const QString &text) { showMessage(isError, text); });
}

void OrderLookupDialog::showMessage(bool isError, const QString &text)
{
    m_message->setText(text);
    m_message->setStyleSheet(isError ? u"color: #b00020;"_s : QString());
}

void OrderLookupDialog::updateButtons()
{
    const Order *order = currentOrder();
    const bool live = order && order->status != OrderStatus::Cancelled;
    m_cancelTickets->setEnabled(live);
    m_cancelOrder->setEnabled(live);
    m_reprint->setEnabled(live);
    m_ticketsPdf->setEnabled(live);
    m_receipt->setEnabled(order != nullptr);
}

} // namespace tessera
