#include "ui/mainwindow/saleform.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tessera {

SaleForm::SaleForm(QWidget *parent)
    : QWidget(parent)
    , m_payment(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_sell(new QPushButton(tr("Se&ll"), this))
{
    m_payment->setObjectName(QStringLiteral("paymentMethod"));
    m_payment->addItem(tr("Cash"), QVariant::fromValue(static_cast<int>(PaymentMethod::Cash)));
    m_payment->addItem(tr("Card"), QVariant::fromValue(static_cast<int>(PaymentMethod::Card)));
    m_payment->addItem(tr("Complimentary"),
                       QVariant::fromValue(static_cast<int>(PaymentMethod::Complimentary)));
    m_payment->setToolTip(tr("How the customer pays"));
    m_name->setObjectName(QStringLiteral("customerName"));
    m_name->setPlaceholderText(tr("optional"));
    m_name->setMaxLength(kMaxCustomerNameLength + 1);
    m_name->setToolTip(tr("The customer's name, to find the order later"));
    m_email->setObjectName(QStringLiteral("customerEmail"));
    m_email->setPlaceholderText(tr("optional, e.g. ada@example.org"));
    m_email->setToolTip(tr("The customer's e-mail address"));
    m_problem->setObjectName(QStringLiteral("saleProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    // The message's two lines are kept free while it is hidden: the fields and the Sell button
    // stay where the clerk's mouse expects them when it comes and goes.
    m_problem->setMinimumHeight(2 * m_problem->fontMetrics().lineSpacing());
    m_problem->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    QSizePolicy keepSpace = m_problem->sizePolicy();
    keepSpace.setRetainSizeWhenHidden(true);
    m_problem->setSizePolicy(keepSpace);
    m_problem->hide();
    m_sell->setObjectName(QStringLiteral("sellButton"));
    m_sell->setToolTip(tr("Sell the held places (Ctrl+Return)"));
    m_sell->setEnabled(false);

    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Payment:"), m_payment);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("E-&mail:"), m_email);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_sell);

    connect(m_name, &QLineEdit::textChanged, this, &SaleForm::validate);
    connect(m_email, &QLineEdit::textChanged, this, &SaleForm::validate);
    connect(m_sell, &QPushButton::clicked, this, &SaleForm::submit);
    connect(m_email, &QLineEdit::returnPressed, this, &SaleForm::submit);
}

Result<SaleRequest> SaleForm::request() const
{
    SaleRequest sale;
    sale.payment = static_cast<PaymentMethod>(m_payment->currentData().toInt());
    sale.customerName = m_name->text().trimmed();
    sale.customerEmail = m_email->text().trimmed();
    if (sale.customerName.size() > kMaxCustomerNameLength)
        return Error{ErrorCode::InvalidInput,
                     tr("The name is too long: at most %1 characters.").arg(kMaxCustomerNameLength)};
    if (!sale.customerEmail.isEmpty() && !isEmailAddress(sale.customerEmail))
        return Error{
            ErrorCode::InvalidInput,
            tr("\"%1\" is not an e-mail address. Correct it or leave it empty.").arg(sale.customerEmail)};
    return sale;
}

void SaleForm::setSellable(bool sellable)
{
    m_sellable = sellable;
    validate();
}

void SaleForm::clear()
{
    m_name->clear();
    m_email->clear();
    m_payment->setCurrentIndex(0);
    m_problem->hide();
}

void SaleForm::submit()
{
    const Result<SaleRequest> sale = request();
    if (!sale) {
        m_problem->setText(sale.error().message);
        m_problem->show();
        return;
    }
    if (m_sellable)
        Q_EMIT sellRequested(*sale);
}

void SaleForm::validate()
{
    const Result<SaleRequest> sale = request();
    // An address being typed is not wrong yet: the e-mail is only judged once it has an '@'
    // and something after the last dot, or when Sell is pressed.
    const QString email = m_email->text().trimmed();
    const bool judgeEmail =
        email.contains(u'@') && !email.endsWith(u'.') && email.section(u'@', 1).contains(u'.');
    if (!sale && (judgeEmail || m_name->text().trimmed().size() > kMaxCustomerNameLength)) {
        m_problem->setText(sale.error().message);
        m_problem->show();
    } else {
        m_problem->hide();
    }
    m_sell->setEnabled(m_sellable);
}

} // namespace tessera
