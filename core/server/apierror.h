#pragma once

#include "core/common/error.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QPair>

namespace tessera {

/// One HTTP answer of the API server, built off the server thread and written on it.
struct ApiReply
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QList<QPair<QByteArray, QByteArray>> headers;

    bool isError() const { return status >= 400; }
};

/// The HTTP status of a core error code (API.md "Errors"): the one place that maps them. A
/// business refusal is a 4xx, an unreachable store or a closing engine 503; only Internal is 500.
int httpStatusFor(ErrorCode code);

/// A JSON answer: compact UTF-8 of an object or array.
ApiReply jsonReply(int status, const QJsonValue &json);
/// 204 with no body.
ApiReply noContentReply();
/// `{"error": {"code": code, "message": message}}` with the given status, for refusals that are
/// not core errors (method_not_allowed, payload_too_large, rate_limited, idempotency_key_reused).
ApiReply errorReply(int status, const QString &code, const QString &message);
/// The error object of a core error, with its mapped status.
ApiReply errorReply(const Error &error);

} // namespace tessera
