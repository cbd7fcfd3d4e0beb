// Store: bulk inserts into SQLite through the sqlite3 API.
//
// Qt's QSQLITE driver re-binds every parameter through QSqlResult (a QVariant copy and a
// placeholder lookup each) and executes row by row in execBatch; for the data pump's batches
// that costs more than SQLite's own insert work. Here a multi-row INSERT of up to
// kSqliteRowsPerStatement rows (or a power of two below that) is prepared once per (table,
// suffix, row count) on the connection's sqlite3 handle, kept across batches, and bound with
// sqlite3_bind_* directly from the domain values (RowSink): text as UTF-8 in an arena kept
// across statements, ids written in their stored text form, literals (statuses, payment names)
// bound in place.

#include "core/store/sqlitecheckpointer.h"
#include "core/store/store_p.h"

#include <QSqlDriver>
#include <QStringEncoder>

#include <sqlite3.h>

#include <cstring>

namespace tessera {

char *writeUuidText(const QUuid &id, char *out)
{
    static constexpr char kHex[] = "0123456789abcdef";
    auto put = [&out](quint32 value, int digits) {
        for (int i = digits - 1; i >= 0; --i) {
            out[i] = kHex[value & 0xf];
            value >>= 4;
        }
        out += digits;
    };
    put(id.data1, 8);
    *out++ = '-';
    put(id.data2, 4);
    *out++ = '-';
    put(id.data3, 4);
    *out++ = '-';
    put(quint32(id.data4[0]) << 8 | id.data4[1], 4);
    *out++ = '-';
    for (int i = 2; i < 8; ++i)
        put(id.data4[i], 2);
    return out;
}

namespace {

/// Storage for the text bound to one statement execution: blocks kept across executions, so
/// binding allocates nothing in the steady state.
class TextArena
{
public:
    char *allocate(std::size_t size)
    {
        if (size > kBlock) {
            m_large.push_back(std::make_unique<char[]>(size));
            return m_large.back().get();
        }
        if (m_block >= m_blocks.size() || m_used + size > kBlock) {
            if (m_block < m_blocks.size())
                ++m_block;
            if (m_block == m_blocks.size())
                m_blocks.push_back(std::make_unique<char[]>(kBlock));
            m_used = 0;
        }
        char *out = m_blocks[m_block].get() + m_used;
        m_used += size;
        return out;
    }
    void reset()
    {
        m_block = 0;
        m_used = 0;
        m_large.clear();
    }

private:
    static constexpr std::size_t kBlock = 64 * 1024;
    std::vector<std::unique_ptr<char[]>> m_blocks;
    std::vector<std::unique_ptr<char[]>> m_large;
    std::size_t m_block = 0;
    std::size_t m_used = 0;
};

/// Binds a row's values to the next parameters of a statement (text as UTF-8, no copies by
/// SQLite: the arena and the literals outlive the step).
class SqliteBinder final : public RowSink
{
public:
    SqliteBinder(sqlite3_stmt *statement, TextArena &arena)
        : m_statement(statement)
        , m_arena(arena)
    {}
    int result() const { return m_result; }

    void null() override { check(sqlite3_bind_null(m_statement, m_next++)); }
    void integer(qint64 value) override { check(sqlite3_bind_int64(m_statement, m_next++, value)); }
    void real(double value) override { check(sqlite3_bind_double(m_statement, m_next++, value)); }
    void boolean(bool value) override { check(sqlite3_bind_int(m_statement, m_next++, value ? 1 : 0)); }
    void literal(QLatin1StringView text) override
    {
        check(sqlite3_bind_text(m_statement, m_next++, text.data(), int(text.size()), SQLITE_STATIC));
    }
    void text(QStringView text) override
    {
        const qsizetype size = text.size();
        char *out = m_arena.allocate(std::size_t(size) * 3 + 1);
        const char16_t *in = text.utf16();
        qsizetype i = 0;
        for (; i < size && in[i] < 0x80; ++i)
            out[i] = char(in[i]);
        qsizetype length = i;
        if (i < size) {
            QStringEncoder encoder(QStringEncoder::Utf8);
            length = encoder.appendToBuffer(out + i, text.sliced(i)) - out;
        }
        check(sqlite3_bind_text(m_statement, m_next++, out, int(length), SQLITE_STATIC));
    }
    void utf8(QByteArrayView text) override
    {
        char *out = m_arena.allocate(std::size_t(text.size()) + 1);
        std::memcpy(out, text.data(), std::size_t(text.size()));
        check(sqlite3_bind_text(m_statement, m_next++, out, int(text.size()), SQLITE_STATIC));
    }
    void uuid(const QUuid &id) override
    {
        if (id.isNull()) {
            null();
            return;
        }
        char *out = m_arena.allocate(36);
        writeUuidText(id, out);
        check(sqlite3_bind_text(m_statement, m_next++, out, 36, SQLITE_STATIC));
    }

private:
    void check(int code)
    {
        if (code != SQLITE_OK && m_result == SQLITE_OK)
            m_result = code;
    }

    sqlite3_stmt *m_statement;
    TextArena &m_arena;
    int m_next = 1;
    int m_result = SQLITE_OK;
};

} // namespace

struct Store::Private::SqliteStatements
{
    sqlite3 *handle = nullptr;
    QHash<QString, sqlite3_stmt *> statements;
    TextArena arena;

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

void Store::Private::attachCheckpointer(const QString &path)
{
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0 || !*static_cast<sqlite3 *const *>(handle.constData()))
        return;
    if (!checkpointer)
        checkpointer = std::make_shared<SqliteCheckpointer>(path);
    checkpointer->attach(*static_cast<sqlite3 *const *>(handle.constData()));
}

void Store::Private::clearSqliteStatements()
{
    if (sqliteStatements)
        sqliteStatements->clear();
}

QUuid sqliteUuidColumn(sqlite3_stmt *statement, int column)
{
    if (sqlite3_column_type(statement, column) == SQLITE_NULL)
        return {};
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
    return QUuid::fromString(QLatin1StringView(text, sqlite3_column_bytes(statement, column)));
}

Error Store::Private::sqliteFailure(QStringView what, QLatin1StringView table)
{
    sqlite3 *handle = sqliteStatements ? sqliteStatements->handle : nullptr;
    const int code = handle ? sqlite3_extended_errcode(handle) : SQLITE_MISUSE;
    return failure(QSqlError(QStringLiteral("%1 (%2)").arg(what, table),
                             handle ? QString::fromUtf8(sqlite3_errmsg(handle)) : QString(),
                             QSqlError::StatementError, QString::number(code)),
                   QStringLiteral("writing to %1").arg(table));
}

Result<sqlite3_stmt *> Store::Private::sqliteStatement(const QString &key,
                                                       const std::function<QString()> &sql,
                                                       QLatin1StringView table)
{
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
    if (sqlite3_stmt *statement = cache.statements.value(key))
        return statement;
    const QByteArray utf8 = sql().toUtf8();
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v3(cache.handle, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT,
                           &statement, nullptr)
        != SQLITE_OK) {
        return sqliteFailure(u"preparing a statement", table);
    }
    if (cache.statements.size() > 256) {
        for (sqlite3_stmt *old : std::as_const(cache.statements))
            sqlite3_finalize(old);
        cache.statements.clear();
    }
    cache.statements.insert(key, statement);
    return statement;
}

Status Store::Private::insertRowsSqlite(const RowSource &rows, QLatin1StringView suffix,
                                        const std::function<void(const QUuid &)> &onRow, qsizetype *changed)
{
    const qsizetype columns = qsizetype(rows.columns.size());
    const qsizetype total = rows.rows;
    if (total == 0)
        return {};
    auto fail = [&](QStringView what) { return sqliteFailure(what, rows.table); };
    const qsizetype perStatement =
        std::max<qsizetype>(1, std::min(kSqliteRowsPerStatement, kSqliteParametersPerStatement / columns));
    for (qsizetype first = 0, count = 0; first < total; first += count) {
        // Full chunks share one statement; a remainder goes in power-of-two chunks (23 rows:
        // 16 + 4 + 2 + 1), so that a few statements per table serve every batch size and the
        // small batches of a busy server are not parsed again each time.
        const qsizetype left = total - first;
        count = sqliteChunkRows(left, perStatement);
        const QString key = rows.table + u'/' + suffix + u'/' + QString::number(count);
        const Result<sqlite3_stmt *> prepared = sqliteStatement(
            key,
            [&] {
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
                return sql;
            },
            rows.table);
        if (!prepared)
            return prepared.error();
        sqlite3_stmt *statement = *prepared;
        SqliteStatements &cache = *sqliteStatements;
        cache.arena.reset();
        SqliteBinder binder(statement, cache.arena);
        for (qsizetype r = first; r < first + count; ++r)
            rows.row(binder, r);
        if (binder.result() != SQLITE_OK) {
            sqlite3_reset(statement);
            return fail(u"binding a bulk insert");
        }
        int step;
        while ((step = sqlite3_step(statement)) == SQLITE_ROW) {
            if (onRow) {
                onRow(sqliteUuidColumn(statement, 0));
            }
        }
        if (step != SQLITE_DONE) {
            const Error error = fail(u"executing a bulk insert");
            sqlite3_reset(statement);
            sqlite3_clear_bindings(statement);
            return error;
        }
        if (changed)
            *changed += sqlite3_changes(cache.handle);
        sqlite3_reset(statement);
    }
    return {};
}

} // namespace tessera
