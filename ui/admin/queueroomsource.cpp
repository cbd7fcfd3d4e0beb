#include "ui/admin/queueroomsource.h"

#include "core/boxoffice/boxoffice.h"
#include "core/remote/remoteboxoffice.h"
#include "ui/mainwindow/uisupport.h"

namespace tessera {

LocalQueueRoomSource::LocalQueueRoomSource(WaitingRoom &room, QObject *parent)
    : QueueRoomSource(parent)
    , m_room(room)
{}

QueueRoomSnapshot LocalQueueRoomSource::snapshot() const
{
    return readQueueRoom(m_room, 0); // sessions() reads them
}

std::optional<QList<QueueTicket>> LocalQueueRoomSource::waitingWindow(qint64 firstPosition, int count)
{
    return m_room.waitingWindow(firstPosition, count);
}

void LocalQueueRoomSource::update()
{
    Q_EMIT updated();
}

RemoteQueueRoomSource::RemoteQueueRoomSource(RemoteBoxOffice &office, const QUuid &eventId, QObject *parent)
    : QueueRoomSource(parent)
    , m_office(office)
    , m_eventId(eventId)
{}

void RemoteQueueRoomSource::update()
{
    if (m_updating) {
        m_updateAgain = true;
        return;
    }
    m_updating = true;
    whenReady(this, m_office.queueRoom(m_eventId, kMaxSessions),
              [this](const Result<QueueRoomSnapshot> &room) {
                  m_updating = false;
                  if (!room) {
                      m_lastError = room.error().message;
                      Q_EMIT failed(m_lastError);
                  } else {
                      m_lastError.clear();
                      m_snapshot = *room;
                      m_hasSnapshot = true;
                      for (Window &window : m_windows) // the line may have moved: read again when asked
                          window.stale = true;
                      Q_EMIT updated();
                  }
                  if (m_updateAgain) {
                      m_updateAgain = false;
                      update();
                  }
              });
}

std::optional<QList<QueueTicket>> RemoteQueueRoomSource::waitingWindow(qint64 firstPosition, int count)
{
    for (const Window &window : std::as_const(m_windows)) {
        if (firstPosition < window.first || firstPosition + count > window.first + window.count)
            continue;
        if (window.stale)
            fetchWindow(window.first, window.count); // until it arrives, the last one stands in
        const qsizetype offset = firstPosition - window.first;
        return offset < window.tickets.size() ? window.tickets.mid(offset, count) : QList<QueueTicket>();
    }
    fetchWindow(firstPosition, count);
    return std::nullopt;
}

void RemoteQueueRoomSource::fetchWindow(qint64 firstPosition, int count)
{
    if (m_fetchingFirst != 0)
        return; // one at a time: the view asks again after windowArrived()
    m_fetchingFirst = firstPosition;
    m_fetchingCount = count;
    whenReady(this, m_office.queueLine(m_eventId, firstPosition, count),
              [this](const Result<QList<QueueTicket>> &line) {
                  const qint64 first = m_fetchingFirst;
                  const int count = m_fetchingCount;
                  m_fetchingFirst = 0;
                  m_fetchingCount = 0;
                  if (!line) {
                      m_lastError = line.error().message;
                      Q_EMIT failed(m_lastError);
                      return;
                  }
                  m_windows.removeIf(
                      [first, count](const Window &w) { return w.first == first && w.count == count; });
                  m_windows.prepend(Window{first, count, *line, false});
                  if (m_windows.size() > kWindows)
                      m_windows.removeLast();
                  Q_EMIT windowArrived();
              });
}

std::unique_ptr<QueueRoomSource> makeQueueRoomSource(BoxOffice &box, const QUuid &eventId)
{
    if (eventId.isNull())
        return nullptr;
    if (WaitingRoom *room = box.waitingRoom(eventId))
        return std::make_unique<LocalQueueRoomSource>(*room);
    if (auto *remote = qobject_cast<RemoteBoxOffice *>(&box))
        return std::make_unique<RemoteQueueRoomSource>(*remote, eventId);
    return nullptr;
}

} // namespace tessera
