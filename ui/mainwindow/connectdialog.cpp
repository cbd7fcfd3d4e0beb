#include "ui/mainwindow/connectdialog.h"

#include "core/remote/remoteboxoffice.h"
#include "ui/mainwindow/uisupport.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tessera {

namespace {

const QString kServerKey = u"remote/server"_s;
const QString kUserKey = u"remote/user"_s;

} // namespace

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
    , m_server(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember server"), this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Connect to server"));
    setObjectName(u"connectDialog"_s);
    m_server->setObjectName(u"serverEdit"_s);
    m_server->setPlaceholderText(u"http://127.0.0.1:8080"_s);
    m_server->setToolTip(tr("The tessera-server to sell from: http:// or https://, host and port"));
    m_server->setText(rememberedServer());
    m_user->setObjectName(u"userEdit"_s);
    m_user->setText(rememberedUser());
    m_user->setToolTip(tr("Your clerk or admin account on the server"));
    m_password->setObjectName(u"passwordEdit"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setToolTip(tr("Not stored: asked at every connection"));
    m_remember->setChecked(!rememberedServer().isEmpty());
    m_remember->setToolTip(tr("Keep the server and the user (never the password) for next time"));
    m_message->setWordWrap(true);
    m_message->setObjectName(u"connectMessage"_s);
    m_message->setText(tr("The whole window then works on the server: seat maps follow it live."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_server);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_remember);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    setMinimumWidth(440);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);
    for (QLineEdit *edit : {m_server, m_user, m_password})
        connect(edit, &QLineEdit::textChanged, this, &ConnectDialog::updateButtons);
    updateButtons();
    (m_server->text().isEmpty() ? m_server : m_user->text().isEmpty() ? m_user : m_password)->setFocus();
}

ConnectDialog::~ConnectDialog() = default;

QString ConnectDialog::rememberedServer()
{
    return QSettings().value(kServerKey).toString();
}

QString ConnectDialog::rememberedUser()
{
    return QSettings().value(kUserKey).toString();
}

std::unique_ptr<RemoteBoxOffice> ConnectDialog::takeOffice()
{
    return std::move(m_office);
}

void ConnectDialog::updateButtons()
{
    const QUrl url = QUrl::fromUserInput(m_server->text().trimmed());
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_busy && url.isValid() && !url.host().isEmpty() && !m_user->text().trimmed().isEmpty()
                     && !m_password->text().isEmpty());
}

void ConnectDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *widget : {static_cast<QWidget *>(m_server), static_cast<QWidget *>(m_user),
                            static_cast<QWidget *>(m_password), static_cast<QWidget *>(m_remember)})
        widget->setEnabled(!busy);
    updateButtons();
}

void ConnectDialog::accept()
{
    if (m_busy)
        return;
    RemoteBoxOffice::Options options;
    options.server = QUrl::fromUserInput(m_server->text().trimmed());
    options.username = m_user->text().trimmed();
    options.password = m_password->text();
    if (m_remember->isChecked()) {
        QSettings().setValue(kServerKey, options.server.toString());
        QSettings().setValue(kUserKey, options.username);
    } else {
        QSettings().remove(kServerKey);
        QSettings().remove(kUserKey);
    }
    m_office = std::make_unique<RemoteBoxOffice>(options);
    m_message->setText(tr("Connecting to %1…").arg(options.server.toString()));
    setBusy(true);
    whenReady(this, m_office->connectToServer(), [this](const Status &connected) {
        setBusy(false);
        if (!connected) {
            m_office.reset();
            m_message->setText(u"<span style='color:#c0392b'>%1</span>"_s.arg(
                tr("Cannot connect: %1").arg(connected.error().message).toHtmlEscaped()));
            m_password->selectAll();
            m_password->setFocus();
            return;
        }
        QDialog::accept();
    });
}

} // namespace tessera
