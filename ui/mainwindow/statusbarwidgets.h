#pragma once

#include "core/pump/datapump.h"

#include <QObject>

class QLabel;
class QStatusBar;
class QTimer;

namespace tessera {

class BoxOffice;
class RemoteBoxOffice;

/// The permanent fields of the main window's status bar: the terminal's name, the database writer's state and
/// backlog ("Database: OK, backlog 0", or "Database unavailable — sales are kept and will be
/// written when it returns"), and the selection's count and total. Follows storeStateChanged
/// and polls BoxOffice::status() every two seconds for the backlog. In remote mode the database
/// field shows the server: its connection state, and once connected the state of the server's
/// database writer from /status ("Server host:port: database OK, backlog 0").
class StatusBarWidgets final : public QObject
{
    Q_OBJECT

public:
    StatusBarWidgets(BoxOffice &box, QStatusBar *bar);
    Q_DISABLE_COPY_MOVE(StatusBarWidgets)

    QLabel *databaseLabel() const { return m_database; }
    QLabel *selectionLabel() const { return m_selection; }
    QLabel *terminalLabel() const { return m_terminal; }
    PumpState pumpState() const { return m_state; }

public Q_SLOTS:
    /// "2 seats selected, 150.00"; without the value when totalCents is negative (an ended
    /// event's seats have nothing left to sell).
    void setSelection(int count, qint64 totalCents);
    /// Shows who this terminal sells as.
    void setTerminal(const QString &name);
    void refresh();

private:
    void show(PumpState state, quint64 backlog, const QString &detail);
    /// Remote mode: the connection is not up; says so instead of the database state.
    void showConnection();

    BoxOffice &m_box;
    RemoteBoxOffice *m_remote; ///< m_box in remote mode, else null
    QString m_server;          ///< "host:port" in remote mode
    QLabel *m_database;
    QLabel *m_selection;
    QLabel *m_terminal;
    QTimer *m_poll;
    PumpState m_state = PumpState::Starting;
    bool m_polling = false;
};

} // namespace tessera
