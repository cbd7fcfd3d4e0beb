#pragma once

#include "core/remote/remoteboxoffice.h"

#include <QLabel>

namespace tessera {

/// The status bar's connection state in remote mode: "● Connected to host:port" in green,
/// "Reconnecting…" in amber (with the attempt), "Offline" in red; the tooltip has the details.
class ConnectionIndicator final : public QLabel
{
    Q_OBJECT

public:
    explicit ConnectionIndicator(RemoteBoxOffice &office, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ConnectionIndicator)

    ConnectionState state() const { return m_state; }

private:
    void display(ConnectionState state, const QString &message);

    RemoteBoxOffice &m_office;
    ConnectionState m_state = ConnectionState::Offline;
};

} // namespace tessera
