#pragma once

// Helpers of the route handlers: turning core futures into API answers.

#include "core/common/futuresync.h"
#include "core/common/result.h"
#include "core/server/apierror.h"
#include "core/server/apirequest.h"

#include <QFuture>
#include <QJsonArray>
#include <QJsonObject>

namespace tessera::api {

inline QFuture<ApiReply> ready(ApiReply reply)
{
    return QtFuture::makeReadyFuture(std::move(reply));
}

inline QFuture<ApiReply> ready(const Error &error)
{
    return ready(errorReply(error));
}

/// The answer of a core future: its error, or toReply(value).
template<typename T, typename F>
QFuture<ApiReply> answer(QFuture<Result<T>> future, F toReply)
{
    return thenSafely(std::move(future), QtFuture::Launch::Sync,
                      [toReply = std::move(toReply)](Result<T> result) mutable -> ApiReply {
                          if (!result)
                              return errorReply(result.error());
                          return toReply(std::move(result.value()));
                      });
}

/// The answer of a core future without a value: its error or `onSuccess`.
inline QFuture<ApiReply> answer(QFuture<Status> future, ApiReply onSuccess)
{
    return thenSafely(std::move(future), QtFuture::Launch::Sync, [onSuccess](Status status) -> ApiReply {
        return status ? onSuccess : errorReply(status.error());
    });
}

/// The request's body as a JSON object that has no fields but `allowed` (any field when
/// `allowed` is empty), or the documented error for a malformed body or an unknown field.
/// `emptyIsObject` as for parseJsonBody: an empty body reads as {}.
inline Result<QJsonObject> jsonBody(const ApiRequest &request, const QStringList &allowed = {},
                                    bool emptyIsObject = false)
{
    Result<QJsonObject> body = parseJsonBody(request.body, emptyIsObject);
    if (body && !allowed.isEmpty()) {
        if (Status ok = onlyFields(*body, allowed); !ok)
            return ok.error();
    }
    return body;
}

/// The request's path parameter `index` as a UUID.
inline Result<QUuid> idParam(const ApiRequest &request, int index, const QString &name)
{
    return parseId(request.params.value(index), name);
}

template<typename T>
QJsonArray jsonArray(const QList<T> &values)
{
    QJsonArray array;
    for (const T &value : values)
        array.append(toJson(value));
    return array;
}

} // namespace tessera::api
