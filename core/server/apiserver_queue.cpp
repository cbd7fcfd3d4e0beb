// Waiting-room routes of the API server.

#include "core/domain/json.h"
#include "core/server/apiserver.h"
#include "core/server/apiserver_p.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace tessera {

using namespace api;

namespace {

Status mayQueueFor(const Principal &principal, const QUuid &userId)
{
    if (principal.role == Role::Customer && principal.userId != userId)
        return Error{
            ErrorCode::Forbidden,
            QCoreApplication::translate("tessera::ApiServer", "A customer may queue only for themselves.")};
    return {};
}

/// "4m30s", "45s", "1h2m0s": the format of Go's time.Duration, as the original API wrote it.
QString durationText(qint64 seconds)
{
    const qint64 h = seconds / 3600;
    const qint64 m = (seconds % 3600) / 60;
    const qint64 s = seconds % 60;
    if (h > 0)
        return u"%1h%2m%3s"_s.arg(h).arg(m).arg(s);
    if (m > 0)
        return u"%1m%2s"_s.arg(m).arg(s);
    return u"%1s"_s.arg(s);
}

} // namespace

void ApiServer::registerQueueRoutes()
{
    addRoute("POST", u"/api/v1/queue/join"_s, Access::Customer, [this](const ApiRequest &request) {
        Result<QJsonObject> body = jsonBody(request, {u"event_id"_s, u"user_id"_s, u"session_id"_s});
        if (!body)
            return ready(body.error());
        Result<QUuid> eventId = requiredUuid(*body, u"event_id"_s);
        Result<QUuid> userId = requiredUuid(*body, u"user_id"_s);
        Result<std::optional<QUuid>> sessionId = optionalUuid(*body, u"session_id"_s);
        for (const Error *error : {eventId ? nullptr : &eventId.error(), userId ? nullptr : &userId.error(),
                                   sessionId ? nullptr : &sessionId.error()}) {
            if (error)
                return ready(*error);
        }
        if (Status ok = mayQueueFor(request.principal, *userId); !ok)
            return ready(ok.error());
        return answer(m_office.joinQueue(*eventId, *userId),
                      [](QueueEntry entry) { return jsonReply(201, toJson(entry)); });
    });
    addRoute("GET", u"/api/v1/queue/position/{event_id}/{user_id}"_s, Access::Customer,
             [this](const ApiRequest &request) {
                 Result<QUuid> eventId = idParam(request, 0, u"event_id"_s);
                 Result<QUuid> userId = idParam(request, 1, u"user_id"_s);
                 if (!eventId)
                     return ready(eventId.error());
                 if (!userId)
                     return ready(userId.error());
                 if (Status ok = mayQueueFor(request.principal, *userId); !ok)
                     return ready(ok.error());
                 return answer(m_office.queuePosition(*eventId, *userId),
                               [](QueueEntry entry) { return jsonReply(200, toJson(entry)); });
             });
    addRoute("GET", u"/api/v1/queue/status/{session_id}"_s, Access::Customer,
             [this](const ApiRequest &request) {
                 Result<QUuid> sessionId = idParam(request, 0, u"session_id"_s);
                 if (!sessionId)
                     return ready(sessionId.error());
                 const Principal principal = request.principal;
                 return thenSafely(
                     m_office.queueSession(*sessionId), QtFuture::Launch::Sync,
                     [this, principal](Result<QueueEntry> entry) {
                         if (!entry)
                             return errorReply(entry.error());
                         if (!mayQueueFor(principal, entry->userId))
                             return errorReply(Error{ErrorCode::NotFound, tr("No such queue session.")});
                         // Estimate from the configured admission rate (a minute per place when admits are
                         // manual).
                         int perMinute = 0;
                         if (WaitingRoom *room = m_office.waitingRoom(entry->eventId))
                             perMinute = room->config().admissionsPerMinute;
                         const qint64 wait =
                             entry->status == QueueStatus::Waiting
                                 ? (perMinute > 0 ? (entry->position * 60 + perMinute - 1) / perMinute
                                                  : entry->position * 60)
                                 : 0;
                         return jsonReply(200, QJsonObject{{u"entry"_s, toJson(*entry)},
                                                           {u"estimated_wait_time"_s, durationText(wait)}});
                     });
             });
    addRoute("GET", u"/api/v1/queue/length/{event_id}"_s, Access::Customer,
             [this](const ApiRequest &request) {
                 Result<QUuid> eventId = idParam(request, 0, u"event_id"_s);
                 if (!eventId)
                     return ready(eventId.error());
                 const QString id = eventId->toString(QUuid::WithoutBraces);
                 return answer(m_office.queueLength(*eventId), [id](qint64 length) {
                     return jsonReply(200, QJsonObject{{u"event_id"_s, id}, {u"length"_s, length}});
                 });
             });
    addRoute("POST", u"/api/v1/queue/process/{event_id}"_s, Access::Admin, [this](const ApiRequest &request) {
        Result<QUuid> eventId = idParam(request, 0, u"event_id"_s);
        if (!eventId)
            return ready(eventId.error());
        return answer(m_office.admitNext(*eventId, 1), [this](QList<QueueEntry> admitted) {
            if (admitted.isEmpty())
                return errorReply(Error{ErrorCode::QueueClosed, tr("Nobody is waiting in this queue.")});
            return jsonReply(200, toJson(admitted.front()));
        });
    });
    addRoute("POST", u"/api/v1/queue/refresh"_s, Access::Customer, [this](const ApiRequest &request) {
        Result<QJsonObject> body = jsonBody(request, {u"session_id"_s});
        if (!body)
            return ready(body.error());
        Result<QUuid> sessionId = requiredUuid(*body, u"session_id"_s);
        if (!sessionId)
            return ready(sessionId.error());
        const auto refresh = [this, sessionId = *sessionId] {
            return answer(m_office.refreshSession(sessionId),
                          [](QueueEntry entry) { return jsonReply(200, toJson(entry)); });
        };
        if (request.principal.role != Role::Customer)
            return refresh();
        // A customer refreshes only their own session; another's is answered as unknown.
        const QUuid userId = request.principal.userId;
        return thenSafelyOn(m_office.queueSession(*sessionId), this,
                            [refresh, userId](Result<QueueEntry> entry) -> QFuture<ApiReply> {
                                if (!entry)
                                    return ready(entry.error());
                                if (entry->userId != userId)
                                    return ready(Error{ErrorCode::NotFound, tr("No such queue session.")});
                                return refresh();
                            });
    });
}

} // namespace tessera
