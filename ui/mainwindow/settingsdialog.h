#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace tessera {

/// The terminal's settings: its name (who holds seats), the default hold time, the currency
/// prices are shown in, the printer tickets go to, and the database used at the next start.
/// Saved to QSettings on OK.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    /// `inUse` names the database this window works on now (shown under the setting).
    explicit SettingsDialog(const QString &inUse = {}, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(SettingsDialog)

    QLineEdit *terminalEdit() const { return m_terminal; }
    QLineEdit *databaseEdit() const { return m_database; }
    /// What is wrong with the database URL typed (empty and hidden when nothing is).
    QLabel *databaseMessage() const { return m_databaseMessage; }
    QSpinBox *holdBox() const { return m_hold; }
    /// The first item is the locale's currency (data: empty), then every known ISO code.
    QComboBox *currencyBox() const { return m_currency; }

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    void settingsChanged();

private:
    QLineEdit *m_terminal;
    QSpinBox *m_hold;
    QComboBox *m_currency;
    QComboBox *m_printer;
    QLineEdit *m_database;
    QLabel *m_databaseMessage;
};

} // namespace tessera
