#pragma once

#include "core/boxoffice/boxoffice.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace tessera {

/// The payment part of the cart: payment method (cash, card, complimentary), an optional
/// customer name and e-mail address checked as they are typed (a clear message under the fields,
/// never a dialog), and the Sell button. Emits sellRequested with a filled SaleRequest (without
/// the holder) only when the input is valid.
class SaleForm final : public QWidget
{
    Q_OBJECT

public:
    explicit SaleForm(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(SaleForm)

    /// The request the form describes, or the message saying what is wrong with it.
    Result<SaleRequest> request() const;
    /// Enables Sell (there is a live hold and no request in flight).
    void setSellable(bool sellable);
    void clear();

    QComboBox *paymentBox() const { return m_payment; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *emailEdit() const { return m_email; }
    QLabel *problemLabel() const { return m_problem; }
    QPushButton *sellButton() const { return m_sell; }

public Q_SLOTS:
    /// Checks the input; when it is valid emits sellRequested, else shows the problem.
    void submit();

Q_SIGNALS:
    void sellRequested(const tessera::SaleRequest &request);

private:
    void validate();

    QComboBox *m_payment;
    QLineEdit *m_name;
    QLineEdit *m_email;
    QLabel *m_problem;
    QPushButton *m_sell;
    bool m_sellable = false;
};

} // namespace tessera
