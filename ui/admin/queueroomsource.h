#pragma once

#include "core/waitingroom/queueroomsnapshot.h"

#include <QObject>
#include <QUuid>

#include <memory>
#include <optional>

namespace tessera {

class BoxOffice;
class RemoteBoxOffice;

/// Where the queue admin's models read one waiting room from: the engine's WaitingRoom in this
/// process, or a tessera-server over HTTP. update() asks for fresh counters and sessions and
/// updated() says they are there (at once for a local room); waitingWindow() gives a stretch of
/// the line when it is at hand and otherwise fetches it, never blocking, and windowArrived()
/// says when to ask again.
class QueueRoomSource : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~QueueRoomSource() override = default;
    Q_DISABLE_COPY_MOVE(QueueRoomSource)

    /// How many active sessions the snapshot lists at most.
    static constexpr int kMaxSessions = 5000;

    /// True once the first snapshot is there.
    virtual bool hasSnapshot() const = 0;
    /// The room's settings, counters, seed and expected wait as last read (empty before the
    /// first); its sessions may be left out: sessions() has them.
    virtual QueueRoomSnapshot snapshot() const = 0;
    /// The counters as last read.
    virtual WaitingRoomStatistics statistics() const = 0;
    /// The active sessions as last read, the soonest to expire first (at most kMaxSessions).
    virtual QList<QueueTicket> sessions() const = 0;
    /// The people at positions firstPosition.. (at most `count`; fewer at the end of the line),
    /// or nothing while they are being fetched.
    virtual std::optional<QList<QueueTicket>> waitingWindow(qint64 firstPosition, int count) = 0;
    /// Reads the room again; updated() follows (possibly before this returns).
    virtual void update() = 0;

Q_SIGNALS:
    /// A fresh snapshot is there.
    void updated();
    /// A window asked for by waitingWindow() has arrived.
    void windowArrived();
};

/// A waiting room of the engine in this process: every read is live.
class LocalQueueRoomSource final : public QueueRoomSource
{
    Q_OBJECT

public:
    /// `room` is not owned and must outlive this source.
    explicit LocalQueueRoomSource(WaitingRoom &room, QObject *parent = nullptr);

    bool hasSnapshot() const override { return true; }
    QueueRoomSnapshot snapshot() const override;
    WaitingRoomStatistics statistics() const override { return m_room.statistics(); }
    QList<QueueTicket> sessions() const override { return m_room.activeSessions(kMaxSessions); }
    std::optional<QList<QueueTicket>> waitingWindow(qint64 firstPosition, int count) override;
    void update() override;
    WaitingRoom &room() const { return m_room; }

private:
    WaitingRoom &m_room;
};

/// A waiting room on a tessera-server, read through RemoteBoxOffice (admin role). Keeps the last
/// snapshot and the last few windows of the line; one request of each kind at a time.
class RemoteQueueRoomSource final : public QueueRoomSource
{
    Q_OBJECT

public:
    RemoteQueueRoomSource(RemoteBoxOffice &office, const QUuid &eventId, QObject *parent = nullptr);

    bool hasSnapshot() const override { return m_hasSnapshot; }
    QueueRoomSnapshot snapshot() const override { return m_snapshot; }
    WaitingRoomStatistics statistics() const override { return m_snapshot.statistics; }
    QList<QueueTicket> sessions() const override { return m_snapshot.sessions; }
    std::optional<QList<QueueTicket>> waitingWindow(qint64 firstPosition, int count) override;
    void update() override;
    /// The last request failed: why (empty when it did not).
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    /// A request failed (the server refused or is unreachable).
    void failed(const QString &message);

private:
    void fetchWindow(qint64 firstPosition, int count);

    RemoteBoxOffice &m_office;
    QUuid m_eventId;
    QueueRoomSnapshot m_snapshot;
    bool m_hasSnapshot = false;
    bool m_updating = false;
    bool m_updateAgain = false;
    QString m_lastError;
    /// A stretch of the line as fetched: positions first..first + count - 1.
    struct Window
    {
        qint64 first = 0;
        int count = 0;
        QList<QueueTicket> tickets;
        bool stale = false;
    };
    static constexpr int kWindows = 4; ///< kept at once (a view and its neighbours read different rows)
    QList<Window> m_windows;           ///< the most recently fetched first
    qint64 m_fetchingFirst = 0;        ///< the window being fetched (0: none)
    int m_fetchingCount = 0;
};

/// The source for an event's waiting room on `box`: local when the box office exposes its rooms,
/// remote on a RemoteBoxOffice, else null.
std::unique_ptr<QueueRoomSource> makeQueueRoomSource(BoxOffice &box, const QUuid &eventId);

} // namespace tessera
