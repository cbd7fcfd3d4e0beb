// Store: bulk inserts into SQLite through the sqlite3 API.
//
// Qt's QSQLITE driver re-binds every parameter through QSqlResult (a QVariant copy and a
// placeholder lookup each) and executes row by row in execBatch; for the data pump's batches
// that costs more than SQLite's own insert work. Here a multi-row INSERT of up to
// kSqliteRowsPerStatement rows is prepared once per (table, suffix, row count) on the
// connection's sqlite3 handle, kept across batches, and bound with sqlite3_bind_* directly.

#include "core/store/store_p.h"

#include <QSqlDriver>

#include <sqlite3.h>

namespace tessera {

struct Store::Private::SqliteStatements
{
    sqlite3 *handle = nullptr;
    QHash<QString, sqlite3_stmt *> statements;

    ~SqliteStatements() { clear(); }
    void clear()
    {
        for (sqlite3_stmt *statement : std::as_const(statements))
            sqlite3_finalize(statement);
        statements.clear();
        handle = nullptr;
    }
};

Store::Private::~Private()
{
    clearSqliteStatements();
}

void Store::Private::clearSqliteStatements()
{
    if (sqliteStatements)
        sqliteStatements->clear();
}

namespace {

int bindValue(sqlite3_stmt *statement, int index, const QVariant &value)
{
    if (value.isNull())
        return sqlite3_bind_null(statement, index);
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return sqlite3_bind_int64(statement, index, value.toLongLong());
    case QMetaType::Double:
        return sqlite3_bind_double(statement, index, value.toDouble());
    case QMetaType::QByteArray: {
        const QByteArray &bytes = *static_cast<const QByteArray *>(value.constData());
        return sqlite3_bind_blob(statement, index, bytes.constData(), int(bytes.size()), SQLITE_STATIC);
    }
    case QMetaType::QString: {
        // The QVariant outlives the step: SQLite may use the UTF-16 text in place.
        const QString &text = *static_cast<const QString *>(value.constData());
        const void *data =
            text.isNull() ? static_cast<const void *>(u"") : static_cast<const void *>(text.utf16());
        return sqlite3_bind_text16(statement, index, data, int(text.size() * 2), SQLITE_STATIC);
    }
    default: {
        const QByteArray text = value.toString().toUtf8();
        return sqlite3_bind_text(statement, index, text.constData(), int(text.size()), SQLITE_TRANSIENT);
    }
    }
}

} // namespace

Status Store::Private::insertRowsSqlite(const BulkRows &rows, QLatin1StringView suffix,
                                        const std::function<void(const QVariant &)> &onRow)
{
    const qsizetype columns = qsizetype(rows.columns.size());
    const qsizetype total = rows.rowCount();
    if (total == 0)
        return {};
    if (!sqliteStatements)
        sqliteStatements = std::make_shared<SqliteStatements>();
    SqliteStatements &cache = *sqliteStatements;
    if (!cache.handle) {
        const QVariant handle = db.driver()->handle();
        if (qstrcmp(handle.typeName(), "sqlite3*") != 0
            || !*static_cast<sqlite3 *const *>(handle.constData()))
            return Error{ErrorCode::StoreUnavailable, QStringLiteral("%1: no SQLite connection").arg(where)};
        cache.handle = *static_cast<sqlite3 *const *>(handle.constData());
    }
    auto fail = [&](QStringView what) -> Error {
        const int code = sqlite3_extended_errcode(cache.handle);
        return failure(QSqlError(QStringLiteral("%1 (%2)").arg(what, rows.table),
                                 QString::fromUtf8(sqlite3_errmsg(cache.handle)), QSqlError::StatementError,
                                 QString::number(code)),
                       QStringLiteral("inserting into %1").arg(rows.table));
    };
    const qsizetype perStatement =
        std::max<qsizetype>(1, std::min(kSqliteRowsPerStatement, kSqliteParametersPerStatement / columns));
    for (qsizetype first = 0; first < total; first += perStatement) {
        const qsizetype count = std::min(perStatement, total - first);
        // Full chunks share one statement; the remainder gets its own (also kept: batches of
        // one size repeat).
        const QString key = rows.table + u'/' + suffix + u'/' + QString::number(count);
        sqlite3_stmt *statement = cache.statements.value(key);
        if (!statement) {
            QString sql = QStringLiteral("INSERT INTO ") + rows.table + QStringLiteral(" (");
            for (qsizetype c = 0; c < columns; ++c)
                sql += (c ? QStringLiteral(", ") : QString()) + rows.columns[c].name;
            sql += QStringLiteral(") VALUES ");
            QString tuple = QStringLiteral("(?");
            for (qsizetype c = 1; c < columns; ++c)
                tuple += QStringLiteral(",?");
            tuple += u')';
            for (qsizetype r = 0; r < count; ++r)
                sql += (r ? QStringLiteral(",") : QString()) + tuple;
            if (!suffix.isEmpty())
                sql += u' ' + suffix;
            const QByteArray utf8 = sql.toUtf8();
            if (sqlite3_prepare_v3(cache.handle, utf8.constData(), int(utf8.size()),
                                   SQLITE_PREPARE_PERSISTENT, &statement, nullptr)
                != SQLITE_OK) {
                return fail(u"preparing a bulk insert");
            }
            if (cache.statements.size() > 64) {
                for (sqlite3_stmt *old : std::as_const(cache.statements))
                    sqlite3_finalize(old);
                cache.statements.clear();
            }
            cache.statements.insert(key, statement);
        }
        const QVariant *values = rows.values.constData() + first * columns;
        for (int i = 0; i < int(count * columns); ++i) {
            if (bindValue(statement, i + 1, values[i]) != SQLITE_OK) {
                sqlite3_reset(statement);
                return fail(u"binding a bulk insert");
            }
        }
        int step;
        while ((step = sqlite3_step(statement)) == SQLITE_ROW) {
            if (onRow) {
                const auto *text = static_cast<const char16_t *>(sqlite3_column_text16(statement, 0));
                onRow(QVariant(QString::fromUtf16(text, sqlite3_column_bytes16(statement, 0) / 2)));
            }
        }
        if (step != SQLITE_DONE) {
            const Error error = fail(u"executing a bulk insert");
            sqlite3_reset(statement);
            sqlite3_clear_bindings(statement);
            return error;
        }
        sqlite3_reset(statement);
    }
    return {};
}

} // namespace tessera
