#pragma once

#include "core/waitingroom/waitingroom.h"
#include "ui/admin/queueroomsource.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <memory>

namespace tessera {

class Clock;

/// The active sessions of a waiting room (people admitted and allowed to buy), the soonest to
/// expire first, with a countdown: user, joined, session expires at, time left. Shows at most
/// kMaxSessions (the room says how many there are in all), from a QueueRoomSource (a room in this
/// process or on a server). refresh() takes them again: sessions
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
    ~QueueSessionModel() override;
    Q_DISABLE_COPY_MOVE(QueueSessionModel)

    /// Shows the sessions of `source` (may be null; not owned). Resets the model.
    void setSource(QueueRoomSource *source);
    QueueRoomSource *source() const { return m_source; }
    /// Shows a waiting room of this process (may be null; not owned, must outlive its use here).
    void setRoom(WaitingRoom *room);
    /// Takes the sessions the source read last.
    void refresh();
    const QList<QueueTicket> &sessions() const { return m_sessions; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Clock *m_clock;
    QPointer<QueueRoomSource> m_source;
    std::unique_ptr<QueueRoomSource> m_ownSource; ///< made by setRoom()
    QList<QueueTicket> m_sessions;
};

} // namespace tessera
