// Idempotency records of the API server: the first answer to a request sent with an
// Idempotency-Key, so that a retry after a server restart gets it again.

#include "core/store/store_p.h"

namespace tessera {

Status Store::saveIdempotencyRecord(const IdempotencyRecord &record)
{
    if (record.key.isEmpty() || !record.createdAt.isValid())
        return Error{ErrorCode::InvalidInput, QStringLiteral("an idempotency record needs a key and a time")};
    Result<QSqlQuery *> query =
        d->run(QStringLiteral(
                   "INSERT INTO idempotency_keys (key, user_id, route, request_hash, status, content_type, "
                   "response_body, created_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                   "ON CONFLICT (key) DO NOTHING"),
               {record.key, idValue(record.userId), record.route, QString::fromLatin1(record.requestHash),
                record.status, QString::fromLatin1(record.contentType), record.responseBody,
                msValue(record.createdAt)});
    if (!query)
        return query.error();
    (*query)->finish();
    return {};
}

Result<std::optional<IdempotencyRecord>> Store::idempotencyRecord(const QString &key,
                                                                  const QDateTime &notBefore)
{
    Result<QSqlQuery> query =
        d->select(QStringLiteral("SELECT user_id, route, request_hash, status, content_type, response_body, "
                                 "created_ms FROM idempotency_keys WHERE key = ? AND created_ms >= ?"),
                  {key, msValue(notBefore)});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<IdempotencyRecord>();
    IdempotencyRecord record;
    record.key = key;
    record.userId = idFrom(query->value(0));
    record.route = query->value(1).toString();
    record.requestHash = query->value(2).toString().toLatin1();
    record.status = query->value(3).toInt();
    record.contentType = query->value(4).toString().toLatin1();
    record.responseBody = query->value(5).toByteArray();
    record.createdAt = timeFrom(query->value(6));
    return std::optional<IdempotencyRecord>(std::move(record));
}

Result<qint64> Store::deleteIdempotencyRecords(const QDateTime &before)
{
    Result<QSqlQuery *> query =
        d->run(QStringLiteral("DELETE FROM idempotency_keys WHERE created_ms < ?"), {msValue(before)});
    if (!query)
        return query.error();
    const qint64 deleted = (*query)->numRowsAffected();
    (*query)->finish();
    return deleted;
}

} // namespace tessera
