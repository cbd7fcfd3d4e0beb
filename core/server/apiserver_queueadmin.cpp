// The queue admin's routes (admin role): a waiting room's settings, counters and sessions, and
// windows of its waiting line by position, so that the desktop's waiting-room window works on a
// server as it does on a local engine.

#include "core/server/apiserver.h"
#include "core/server/apiserver_p.h"
#include "core/waitingroom/queueroomsnapshot.h"

#include <QJsonArray>

#include <limits>

using namespace Qt::StringLiterals;

namespace tessera {

using namespace api;

namespace {

constexpr qint64 kMaxLineWindow = 1000;
constexpr qint64 kMaxSessions = 5000;

/// The integer query parameter `name` in [min, max], or `fallback` when absent.
Result<qint64> queryInteger(const QUrlQuery &query, const QString &name, qint64 min, qint64 max,
                            qint64 fallback)
{
    if (!query.hasQueryItem(name))
        return fallback;
    bool ok = false;
    const qint64 value = query.queryItemValue(name).toLongLong(&ok);
    if (!ok || value < min || value > max)
        return Error{ErrorCode::InvalidInput, u"%1: an integer from %2 to %3"_s.arg(name).arg(min).arg(max)};
    return value;
}

} // namespace

void ApiServer::registerQueueAdminRoutes()
{
    // Both read the engine's waiting room directly: its reads are short and take its own lock.
    auto roomOf = [this](const ApiRequest &request) -> Result<WaitingRoom *> {
        Result<QUuid> id = idParam(request, 0, u"id"_s);
        if (!id)
            return id.error();
        WaitingRoom *room = m_office.waitingRoom(*id);
        if (!room)
            return Error{ErrorCode::NotFound,
                         tr("No waiting room for event %1.").arg(request.params.value(0))};
        return room;
    };
    addRoute("GET", u"/api/v1/events/{id}/queue"_s, Access::Admin, [roomOf](const ApiRequest &request) {
        Result<WaitingRoom *> room = roomOf(request);
        if (!room)
            return ready(room.error());
        Result<qint64> sessions = queryInteger(request.query, u"sessions"_s, 0, kMaxSessions, 100);
        if (!sessions)
            return ready(sessions.error());
        return ready(jsonReply(200, queueRoomToJson(readQueueRoom(**room, int(*sessions)))));
    });
    addRoute("GET", u"/api/v1/events/{id}/queue/line"_s, Access::Admin, [roomOf](const ApiRequest &request) {
        Result<WaitingRoom *> room = roomOf(request);
        if (!room)
            return ready(room.error());
        Result<qint64> from = queryInteger(request.query, u"from"_s, 1, std::numeric_limits<int>::max(), 1);
        Result<qint64> count = queryInteger(request.query, u"count"_s, 1, kMaxLineWindow, 100);
        if (!from)
            return ready(from.error());
        if (!count)
            return ready(count.error());
        QJsonArray line;
        const QList<QueueTicket> window = (*room)->waitingWindow(*from, int(*count));
        for (const QueueTicket &ticket : window)
            line.append(queueTicketToJson(ticket, false));
        return ready(jsonReply(200, line));
    });
}

} // namespace tessera
