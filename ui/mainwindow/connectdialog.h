#pragma once

#include <QDialog>

#include <memory>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace tessera {

class RemoteBoxOffice;

/// File > Connect to server…: the server's URL, the user and the password. Connect logs in and
/// loads the server's events with their seat maps without blocking the window (progress in the
/// dialog); on success the connected RemoteBoxOffice is handed over through takeOffice() and the
/// dialog closes. "Remember server" keeps the URL and the user (never the password) in QSettings.
class ConnectDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(QWidget *parent = nullptr);
    ~ConnectDialog() override;
    Q_DISABLE_COPY_MOVE(ConnectDialog)

    QLineEdit *serverEdit() const { return m_server; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QCheckBox *rememberBox() const { return m_remember; }
    QLabel *messageLabel() const { return m_message; }

    /// The connected office after accepted(); the caller owns it.
    std::unique_ptr<RemoteBoxOffice> takeOffice();

    /// The remembered server URL and user (empty when none).
    static QString rememberedServer();
    static QString rememberedUser();

public Q_SLOTS:
    void accept() override;

private:
    void updateButtons();
    void setBusy(bool busy);

    QLineEdit *m_server;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    std::unique_ptr<RemoteBoxOffice> m_office;
    bool m_busy = false;
};

} // namespace tessera
