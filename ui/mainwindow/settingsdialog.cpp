#include "ui/mainwindow/settingsdialog.h"

#include "core/domain/event.h"
#include "core/store/databaseurl.h"
#include "ui/i18n/money.h"
#include "ui/mainwindow/appsettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPrinterInfo>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tessera {

SettingsDialog::SettingsDialog(const QString &inUse, QWidget *parent)
    : QDialog(parent)
    , m_terminal(new QLineEdit(this))
    , m_hold(new QSpinBox(this))
    , m_currency(new QComboBox(this))
    , m_printer(new QComboBox(this))
    , m_database(new QLineEdit(this))
    , m_databaseMessage(new QLabel(this))
{
    setWindowTitle(tr("Settings"));
    m_database->setMinimumWidth(420); // room for a whole database URL
    m_terminal->setText(AppSettings::terminalName());
    m_terminal->setPlaceholderText(AppSettings::defaultTerminalName()); // what an empty name means
    m_terminal->setToolTip(tr("Other terminals see seats you hold as held by this name"));
    m_hold->setRange(0, kMaxHoldTimeSeconds / 60);
    m_hold->setSpecialValueText(tr("the event's hold time"));
    m_hold->setSuffix(tr(" min"));
    m_hold->setValue(AppSettings::holdSeconds() / 60);
    const Currency locale = localeCurrency();
    m_currency->addItem(locale.code.isEmpty() ? tr("None (plain numbers)")
                                              : tr("The system's: %1 (%2)").arg(locale.code, locale.symbol),
                        QString());
    for (const Currency &currency : knownCurrencies()) {
        QString text = currency.code; // "EUR — euro (€)", "CVE"
        if (!currency.name.isEmpty())
            text = tr("%1 — %2").arg(text, currency.name);
        if (currency.symbol != currency.code)
            text = tr("%1 (%2)").arg(text, currency.symbol);
        m_currency->addItem(text, currency.code);
    }
    const int chosen = m_currency->findData(currencySetting().toUpper());
    m_currency->setCurrentIndex(chosen >= 0 ? chosen : 0);
    m_currency->setToolTip(tr("Prices, tickets and receipts show amounts in this currency; type a code "
                              "to find it. Amounts themselves are not converted."));
    m_printer->addItem(tr("System default"), QString());
    for (const QString &name : QPrinterInfo::availablePrinterNames())
        m_printer->addItem(name, name);
    const int printer = m_printer->findData(AppSettings::printerName());
    m_printer->setCurrentIndex(printer >= 0 ? printer : 0);
    m_database->setText(AppSettings::databaseUrl());
    m_database->setPlaceholderText(DatabaseUrl::defaultLocation().toString());
    m_database->setToolTip(
        tr("sqlite:///path/file.db or postgresql://user@host/db; used from the next start"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Terminal name:"), m_terminal);
    form->addRow(tr("&Hold seats for:"), m_hold);
    form->addRow(tr("&Currency:"), m_currency);
    form->addRow(tr("&Printer:"), m_printer);
    form->addRow(tr("&Database:"), m_database);
    m_databaseMessage->setObjectName(QStringLiteral("databaseMessage"));
    m_databaseMessage->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_databaseMessage->setWordWrap(true);
    m_databaseMessage->hide();
    form->addRow(QString(), m_databaseMessage);
    if (!inUse.isEmpty()) {
        auto *note = new QLabel(
            tr("In use now: %1. A change here is used from the next start (a --database option given "
               "at the start wins over it).")
                .arg(inUse),
            this);
        note->setTextFormat(Qt::PlainText);
        note->setWordWrap(true);
        note->setEnabled(false); // secondary text
        form->addRow(QString(), note);
    }
    connect(m_database, &QLineEdit::textEdited, this, [this] {
        m_databaseMessage->hide();
        m_databaseMessage->clear();
        m_database->setStyleSheet(QString());
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetMinimumSize); // grows with a wrapped message
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
}

void SettingsDialog::accept()
{
    const QString database = m_database->text().trimmed();
    if (!database.isEmpty()) {
        if (Result<DatabaseUrl> url = DatabaseUrl::parse(database); !url) {
            m_database->setFocus();
            m_database->setStyleSheet(QStringLiteral("border: 1px solid #b00020;"));
            QString message = url.error().message; // "invalid database URL: …"
            if (!message.isEmpty())
                message[0] = message[0].toUpper();
            m_databaseMessage->setText(message);
            m_databaseMessage->show();
            adjustSize();
            return;
        }
    }
    AppSettings::setTerminalName(m_terminal->text());
    AppSettings::setHoldSeconds(m_hold->value() * 60);
    setCurrencySetting(m_currency->currentData().toString()); // from the list: always known
    AppSettings::setPrinterName(m_printer->currentData().toString());
    AppSettings::setDatabaseUrl(database);
    Q_EMIT settingsChanged();
    QDialog::accept();
}

} // namespace tessera
