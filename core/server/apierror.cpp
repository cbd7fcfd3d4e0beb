#include "core/server/apierror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace tessera {

int httpStatusFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput:
        return 400;
    case ErrorCode::Unauthorized:
        return 401;
    case ErrorCode::Forbidden:
        return 403;
    case ErrorCode::NotFound:
        return 404;
    case ErrorCode::SeatUnavailable:
    case ErrorCode::SoldOut:
    case ErrorCode::NotHolder:
    case ErrorCode::HoldExpired:
    case ErrorCode::NotSold:
    case ErrorCode::AlreadyCancelled:
    case ErrorCode::SessionNotActive:
    case ErrorCode::QueueClosed:
    case ErrorCode::Conflict:
        return 409;
    case ErrorCode::StoreUnavailable:
    case ErrorCode::ShuttingDown:
        return 503;
    case ErrorCode::Internal:
        break;
    }
    return 500;
}

ApiReply jsonReply(int status, const QJsonValue &json)
{
    ApiReply reply;
    reply.status = status;
    const QJsonDocument document =
        json.isArray() ? QJsonDocument(json.toArray()) : QJsonDocument(json.toObject());
    reply.body = document.toJson(QJsonDocument::Compact);
    return reply;
}

ApiReply noContentReply()
{
    ApiReply reply;
    reply.status = 204;
    reply.contentType.clear();
    return reply;
}

ApiReply errorReply(int status, const QString &code, const QString &message)
{
    return jsonReply(status,
                     QJsonObject{{u"error"_s, QJsonObject{{u"code"_s, code}, {u"message"_s, message}}}});
}

ApiReply errorReply(const Error &error)
{
    return errorReply(httpStatusFor(error.code), errorCodeName(error.code), error.message);
}

} // namespace tessera
