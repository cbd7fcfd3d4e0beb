#include "ui/mainwindow/statusbarwidgets.h"

#include "core/boxoffice/boxoffice.h"
#include "core/remote/remoteboxoffice.h"
#include "ui/mainwindow/uisupport.h"

#include <QFrame>
#include <QLabel>
#include <QLocale>
#include <QStatusBar>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace tessera {

StatusBarWidgets::StatusBarWidgets(BoxOffice &box, QStatusBar *bar)
    : QObject(bar)
    , m_box(box)
    , m_remote(qobject_cast<RemoteBoxOffice *>(&box))
    , m_database(new QLabel(bar))
    , m_selection(new QLabel(bar))
    , m_terminal(new QLabel(bar))
    , m_poll(new QTimer(this))
{
    m_database->setObjectName(u"databaseState"_s);
    m_selection->setObjectName(u"selectionSummary"_s);
    m_terminal->setObjectName(u"terminalName"_s);
    m_terminal->setToolTip(
        tr("Other terminals see the seats you hold as held by this name (File > Settings)"));
    // Thin rules between the three, so that they read as three things, not one sentence.
    auto rule = [bar] {
        auto *line = new QFrame(bar);
        line->setFrameShape(QFrame::VLine);
        line->setFrameShadow(QFrame::Sunken);
        return line;
    };
    bar->addPermanentWidget(m_terminal);
    bar->addPermanentWidget(rule());
    bar->addPermanentWidget(m_selection);
    bar->addPermanentWidget(rule());
    bar->addPermanentWidget(m_database);
    setSelection(0, 0);
    connect(&m_box, &BoxOffice::storeStateChanged, this, [this](PumpState state, const QString &message) {
        show(state, 0, message);
        refresh();
    });
    if (m_remote) {
        const QUrl url = m_remote->serverUrl();
        m_server = url.port() > 0 ? u"%1:%2"_s.arg(url.host()).arg(url.port()) : url.host();
        connect(m_remote, &RemoteBoxOffice::connectionStateChanged, this, &StatusBarWidgets::refresh);
    }
    m_poll->setInterval(2000);
    connect(m_poll, &QTimer::timeout, this, &StatusBarWidgets::refresh);
    m_poll->start();
    refresh();
}

void StatusBarWidgets::setSelection(int count, qint64 totalCents)
{
    if (count == 0)
        m_selection->setText(tr("No seats selected"));
    else if (totalCents < 0)
        m_selection->setText(count == 1 ? tr("1 seat selected") : tr("%1 seats selected").arg(count));
    else
        m_selection->setText((count == 1 ? tr("1 seat selected, %1") : tr("%1 seats selected, %2").arg(count))
                                 .arg(formatPrice(totalCents)));
}

void StatusBarWidgets::setTerminal(const QString &name)
{
    m_terminal->setText(tr("Selling as %1").arg(name));
}

void StatusBarWidgets::refresh()
{
    if (m_remote && m_remote->connectionState() != ConnectionState::Connected)
        return showConnection();
    if (m_polling)
        return;
    m_polling = true;
    whenReady(this, m_box.status(), [this](const Result<EngineStatus> &status) {
        m_polling = false;
        if (m_remote && m_remote->connectionState() != ConnectionState::Connected)
            showConnection();
        else if (status)
            show(status->pump.state, status->pump.backlog, status->pump.lastError);
        else if (m_remote)
            showConnection();
        else
            show(PumpState::DatabaseUnavailable, 0, status.error().message);
    });
}

void StatusBarWidgets::showConnection()
{
    switch (m_remote->connectionState()) {
    case ConnectionState::Connecting:
    case ConnectionState::Connected: // the status request failed: the connection is going
        m_database->setText(tr("Server %1: connecting…").arg(m_server));
        m_database->setStyleSheet(QString());
        break;
    case ConnectionState::Reconnecting:
        m_database->setText(tr("Server %1 unreachable — reconnecting…").arg(m_server));
        m_database->setStyleSheet(u"color: #b06000; font-weight: bold;"_s);
        break;
    case ConnectionState::Offline:
        m_database->setText(tr("Server %1: offline").arg(m_server));
        m_database->setStyleSheet(u"color: #b00020;"_s);
        break;
    }
    m_database->setToolTip(tr("The state of the server's database is shown once it answers again."));
}

void StatusBarWidgets::show(PumpState state, quint64 backlog, const QString &detail)
{
    m_state = state;
    const QString backlogText = QLocale().toString(backlog);
    if (m_remote) {
        switch (state) {
        case PumpState::Running:
            m_database->setText(tr("Server %1: database OK, backlog %2").arg(m_server, backlogText));
            m_database->setStyleSheet(QString());
            m_database->setToolTip(tr("Connected. The server writes every sale to its database before "
                                      "confirming it."));
            break;
        case PumpState::Starting:
            m_database->setText(tr("Server %1: database connecting…").arg(m_server));
            m_database->setStyleSheet(QString());
            break;
        case PumpState::DatabaseUnavailable:
            m_database->setText(
                tr("Server %1: database unavailable — sales wait until it returns").arg(m_server));
            m_database->setStyleSheet(u"color: #b00020; font-weight: bold;"_s);
            m_database->setToolTip(detail);
            break;
        case PumpState::Stopped:
            m_database->setText(tr("Server %1: stopped").arg(m_server));
            m_database->setStyleSheet(u"color: #b00020;"_s);
            break;
        }
        return;
    }
    switch (state) {
    case PumpState::Running:
        m_database->setText(tr("Database: OK, backlog %1").arg(backlogText));
        m_database->setStyleSheet(QString());
        m_database->setToolTip(tr("Every sale is written to the database before it is confirmed."));
        break;
    case PumpState::Starting:
        m_database->setText(tr("Database: connecting…"));
        m_database->setStyleSheet(QString());
        break;
    case PumpState::DatabaseUnavailable:
        m_database->setText(tr("Database unavailable — sales are kept and will be written when it returns"));
        m_database->setStyleSheet(u"color: #b00020; font-weight: bold;"_s);
        m_database->setToolTip(detail);
        break;
    case PumpState::Stopped:
        m_database->setText(tr("Database: stopped"));
        m_database->setStyleSheet(u"color: #b00020;"_s);
        break;
    }
}

} // namespace tessera
