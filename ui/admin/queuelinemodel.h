#pragma once

#include "core/waitingroom/waitingroom.h"
#include "ui/admin/queueroomsource.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <memory>

namespace tessera {

class Clock;

/// "12 min 5 s", "1 h 3 min", "45 s": a wait or a countdown.
QString durationText(qint64 ms);

/// The waiting line of one waiting room, row r being the person at position r + 1: position,
/// user, when they joined, how long they have waited and their state. A view of the room, not a
/// copy: rows are read from its QueueRoomSource on demand, a window of kWindowRows at a time
/// (WaitingRoom::waitingWindow under one lock, or one request to a server), so a line of
/// 1,000,000 costs the memory of the window. A window that is still being fetched shows empty
/// rows until it arrives (then one dataChanged).
/// refresh() (called by a timer) turns what happened since the last call into at most two
/// signals: a change of length as one rowsInserted or rowsRemoved at the end, and one
/// dataChanged over all rows when people moved (admissions, joins, leaving, the pre-queue
/// opening), else over the waited column only, which changes with the clock. Rows therefore
/// keep their position, not their person: a view that wants a selection to follow a person
/// finds the person's row again with rowOfUser().
class QueueLineModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    /// The user comes first: it is what identifies a row while positions move (views show the
    /// position column first by moving its header section).
    enum Column {
        UserColumn,
        PositionColumn,
        JoinedColumn,
        WaitedColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role {
        UserIdRole = Qt::UserRole + 1, ///< QUuid
        EntryIdRole,                   ///< quint64, the arrival number
    };
    static constexpr int kWindowRows = 256;

    /// clock: for the waited column; null for the system clock.
    explicit QueueLineModel(Clock *clock = nullptr, QObject *parent = nullptr);
    ~QueueLineModel() override;
    Q_DISABLE_COPY_MOVE(QueueLineModel)

    /// Shows the room of `source` (may be null; not owned, must outlive its use here). Resets
    /// the model.
    void setSource(QueueRoomSource *source);
    QueueRoomSource *source() const { return m_source; }
    /// Shows a waiting room of this process (may be null; not owned, must outlive its use here).
    void setRoom(WaitingRoom *room);

    /// Catches up with the room (see the class comment).
    void refresh();
    /// The entry shown in a row, read from the room when not in the window.
    std::optional<QueueTicket> ticketAt(int row) const;
    /// The row of a waiting user (O(log n)), or -1 when the user is not waiting in the line.
    int rowOfUser(const QUuid &userId) const;
    /// How many times rows were read from the room (for tests and the benchmark).
    qint64 windowReads() const { return m_windowReads; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const QueueTicket *cached(int row) const;
    void forgetWindow();

    Clock *m_clock;
    QPointer<QueueRoomSource> m_source;
    std::unique_ptr<QueueRoomSource> m_ownSource; ///< made by setRoom()
    QMetaObject::Connection m_windowArrived;
    int m_rows = 0;
    WaitingRoomStatistics m_last;
    mutable QList<QueueTicket> m_window;
    mutable int m_windowFirst = 0;
    mutable qint64 m_windowReads = 0;
};

} // namespace tessera
