#pragma once

#include "core/waitingroom/waitingroom.h"

#include <QAbstractTableModel>

namespace tessera {

class Clock;

/// The active sessions of a waiting room (people admitted and allowed to buy), the soonest to
/// expire first, with a countdown: user, joined, session expires at, time left. Shows at most
/// kMaxSessions (the room says how many there are in all). refresh() reads them again: sessions
/// that ended leave from the top and new admissions arrive at the bottom as row removals and
/// insertions; any other change resets the model.
class QueueSessionModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        UserColumn,
        JoinedColumn,
        ExpiresColumn,
        TimeLeftColumn,
        ColumnCount
    };
    enum Role {
        UserIdRole = Qt::UserRole + 1, ///< QUuid
        SessionIdRole,                 ///< QUuid
    };
    static constexpr int kMaxSessions = 5000;

    explicit QueueSessionModel(Clock *clock = nullptr, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(QueueSessionModel)

    void setRoom(WaitingRoom *room);
    WaitingRoom *room() const { return m_room; }
    void refresh();
    const QList<QueueTicket> &sessions() const { return m_sessions; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Clock *m_clock;
    WaitingRoom *m_room = nullptr;
    QList<QueueTicket> m_sessions;
};

} // namespace tessera
