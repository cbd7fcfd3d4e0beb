#pragma once

#include "core/domain/order.h"
#include "core/engine/eventcatalog.h"

#include <QDialog>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace tessera {

class BoxOffice;
class Prompter;

/// Finds orders by ticket id, order id, customer name or e-mail, and acts on them: cancel or
/// refund the ticked tickets or the whole order (after a confirmation through the Prompter; the
/// places are free at once on every map), reprint the tickets, save the receipt. Not modal: the
/// clerk can keep the seat map in view.
class OrderLookupDialog final : public QDialog
{
    Q_OBJECT

public:
    OrderLookupDialog(BoxOffice &box, Prompter &prompter, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(OrderLookupDialog)

    QLineEdit *searchEdit() const { return m_search; }
    QTreeWidget *resultTree() const { return m_tree; }
    QLabel *messageLabel() const { return m_message; }
    QComboBox *kindBox() const { return m_kind; }
    QPushButton *cancelTicketsButton() const { return m_cancelTickets; }
    QPushButton *cancelOrderButton() const { return m_cancelOrder; }
    const QList<Order> &orders() const { return m_orders; }
    bool isSearching() const { return m_searching; }

public Q_SLOTS:
    /// Looks up the text in the search field.
    void search();
    /// Cancels (or refunds) the ticked tickets of the current order.
    void cancelCheckedTickets();
    /// Cancels (or refunds) every live ticket of the current order.
    void cancelCurrentOrder();
    void reprintTickets();
    void saveTickets();
    void saveReceipt();

Q_SIGNALS:
    /// An order was cancelled or refunded, in part or whole.
    void orderChanged(const tessera::Order &order);
    void searchFinished(int found);

private:
    void showOrders(const QList<Order> &orders);
    /// The order of the current row (an order row or one of its tickets), or nullptr.
    const Order *currentOrder() const;
    using DocumentAction = void (*)(QWidget *, const Order &, std::shared_ptr<const CatalogEntry>,
                                    std::function<void(bool, const QString &)>);
    /// Hands the current order with its event to an OrderDocuments function.
    void withCurrentOrder(DocumentAction action);
    void runCancel(const Order &order, const QList<QUuid> &ticketIds);
    void showMessage(bool isError, const QString &text);
    void updateButtons();

    BoxOffice &m_box;
    Prompter &m_prompter;
    QLineEdit *m_search;
    QTreeWidget *m_tree;
    QLabel *m_message;
    QComboBox *m_kind;
    QPushButton *m_cancelTickets;
    QPushButton *m_cancelOrder;
    QPushButton *m_reprint;
    QPushButton *m_ticketsPdf;
    QPushButton *m_receipt;
    QList<Order> m_orders;
    bool m_searching = false;
};

} // namespace tessera
