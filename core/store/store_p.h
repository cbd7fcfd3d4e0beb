#pragma once

// Internal to core/store: the Store's connection, its statement helpers and the mapping between
// domain values and column values shared by store.cpp, storewrite.cpp and storeread.cpp.

#include "core/store/schema_p.h"
#include "core/store/store.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <bit>
#include <span>
#include <vector>

struct pg_conn;
struct pg_result;
using PGconn = pg_conn;
using PGresult = pg_result;
struct sqlite3_stmt;

namespace tessera {

class SqliteCheckpointer;
struct SeatCancelPlace;
struct CancelledTicket;
struct TouchedOrders;

/// One column of a bulk insert: its name and its PostgreSQL array element type.
struct SqlColumn
{
    QLatin1StringView name;
    QLatin1StringView pgType;
};

/// Receives the values of one row, in column order, for a bulk insert: sqlitebulk.cpp binds
/// them to a statement, pgbulk.cpp encodes them as PostgreSQL arrays. No QVariant per value.
class RowSink
{
public:
    virtual void null() = 0;
    virtual void integer(qint64 value) = 0;
    virtual void real(double value) = 0;
    virtual void boolean(bool value) = 0;
    /// Text that outlives the statement (a string literal: statuses, payment names).
    virtual void literal(QLatin1StringView text) = 0;
    /// Text; a null QString is stored as an empty string, never as SQL NULL.
    virtual void text(QStringView text) = 0;
    /// UTF-8 text, copied.
    virtual void utf8(QByteArrayView text) = 0;
    /// An id in the stored text form (uuidText); a null id is SQL NULL.
    virtual void uuid(const QUuid &id) = 0;

    void index(quint32 value) { value == kNoIndex ? null() : integer(qint64(value)); }
    void ms(const QDateTime &time) { time.isValid() ? integer(time.toMSecsSinceEpoch()) : null(); }

protected:
    ~RowSink() = default;
};

/// Rows for one bulk insert: `row(sink, r)` writes row r's values in column order.
struct RowSource
{
    QLatin1StringView table;
    std::span<const SqlColumn> columns;
    qsizetype rows = 0;
    std::function<void(RowSink &, qsizetype)> row;
};

/// Rows for one multi-row INSERT as QVariants, row-major: values.size() == rows * columns.size().
/// For the rarely written tables (layouts); the data pump's tables use RowSource directly.
struct BulkRows
{
    QLatin1StringView table;
    std::span<const SqlColumn> columns;
    QVariantList values;

    qsizetype rowCount() const { return columns.empty() ? 0 : values.size() / qsizetype(columns.size()); }
    void reserve(qsizetype rows) { values.reserve(rows * qsizetype(columns.size())); }
};

/// The id stored as text in `column` of the sqlite3 statement's current row; null for NULL.
QUuid sqliteUuidColumn(sqlite3_stmt *statement, int column);

/// Writes `id` as uuidText() does (36 lower-case characters with dashes) to `out`; returns the end.
char *writeUuidText(const QUuid &id, char *out);

struct Store::Private
{
    QSqlDatabase db;
    schema::Dialect dialect = schema::Dialect::Sqlite;
    QString where;                      ///< redacted URL, for messages
    QHash<QString, QSqlQuery> prepared; ///< statement cache (cleared on reconnect)
    QString lastState;                  ///< SQLSTATE / SQLite code of the last failure
    std::function<void(const QString &)> notify;
    QString claimedName; ///< claimName()'s, claimed again by reconnect()
    QString origin;      ///< change origin named in NOTIFY payloads
    QMetaObject::Connection notifyConnection;
    /// Store::write: sales go in behind a savepoint, so that one refused or failed sale can be
    /// taken back alone. Always on PostgreSQL (a failed COPY spoils the transaction). SQLite
    /// first writes a batch without one, because every statement inside a savepoint makes it
    /// walk its in-memory sub-journal, which grows with the batch (a third of a 50,000-change
    /// batch's write time); a refusal or failure there sets salesNeedSavepoint, and Store::write
    /// rolls the batch back and writes it again behind savepoints.
    bool salesBehindSavepoint = true;
    bool salesNeedSavepoint = false;

    bool isPostgres() const { return dialect == schema::Dialect::Postgres; }

    /// The error for a failed statement: StoreUnavailable when the connection or the database
    /// file is the problem (the caller may retry), Internal otherwise. Remembers the code.
    Error failure(const QSqlError &error, QStringView what);
    /// SQLite: the file is not a database (SQLITE_NOTADB).
    bool lastWasNotADatabase() const;
    bool lastWasConstraint() const; ///< unique, check or trigger refusal
    bool lastWasRetryable() const;  ///< serialization failure or deadlock (PostgreSQL)

    /// Executes a statement without parameters (DDL, transaction control, pragmas).
    Status exec(const QString &sql);
    /// A prepared, cached statement with its positional parameters bound and executed.
    /// The query stays valid until the next call with the same text.
    Result<QSqlQuery *> run(const QString &sql, const QVariantList &binds = {});
    /// A fresh forward-only query for reading many rows.
    Result<QSqlQuery> select(const QString &sql, const QVariantList &binds = {});

    Status begin();
    /// Starts a read-only transaction whose statements all see one snapshot of the database
    /// (SQLite: a read transaction; PostgreSQL: REPEATABLE READ, whose default READ COMMITTED
    /// gives each statement a snapshot of its own). endSnapshot() ends it.
    Status beginSnapshot();
    void endSnapshot();
    /// Runs `read` between beginSnapshot() and endSnapshot().
    template<typename T>
    Result<T> inSnapshot(const std::function<Result<T>()> &read)
    {
        if (Status status = beginSnapshot(); !status)
            return status.error();
        Result<T> result = read();
        endSnapshot();
        return result;
    }
    Status commit();
    void rollback();
    Status savepoint(QLatin1StringView name);
    Status releaseSavepoint(QLatin1StringView name);
    Status rollbackToSavepoint(QLatin1StringView name);

    /// Inserts the rows with multi-row statements: SQLite `VALUES (...),(...)` statements kept
    /// prepared across batches and bound through the sqlite3 API, PostgreSQL one
    /// `SELECT * FROM unnest($1::type[], ...)` per 50,000 rows. `suffix` follows the rows
    /// (ON CONFLICT ..., RETURNING id); onRow sees the id of each returned row.
    /// `changed`, when given, gets the number of rows inserted (ON CONFLICT DO NOTHING skips some).
    Status insertRows(const RowSource &rows, QLatin1StringView suffix = {},
                      const std::function<void(const QUuid &)> &onRow = {}, qsizetype *changed = nullptr);
    Status insertRows(const BulkRows &rows, QLatin1StringView suffix = {});
    Status insertRowsSqlite(const RowSource &rows, QLatin1StringView suffix,
                            const std::function<void(const QUuid &)> &onRow, qsizetype *changed);
    /// PostgreSQL: COPY ... FROM STDIN in binary form, straight into the table (bulk heap
    /// inserts; no ON CONFLICT: a unique violation fails the whole COPY). `encoded`: the rows
    /// as encodeCopy() gave them, or null to encode them here.
    Status copyRowsPostgres(const RowSource &rows, qsizetype *changed, const QByteArray *encoded = nullptr);
    /// The COPY data of `rows` (binary format). Touches no connection: any thread.
    static QByteArray encodeCopy(const RowSource &rows);
    PGconn *pgConnection() const;
    Error pgFailure(PGconn *connection, const PGresult *result, QLatin1StringView table);
    Status insertRowsPostgres(const RowSource &rows, QLatin1StringView suffix,
                              const std::function<void(const QUuid &)> &onRow, qsizetype *changed);
    /// SQLite: the statement kept under `key` on the connection's sqlite3 handle, prepared from
    /// sql() the first time. Valid until the next call (the cache may then be emptied).
    Result<sqlite3_stmt *> sqliteStatement(const QString &key, const std::function<QString()> &sql,
                                           QLatin1StringView table);
    /// SQLite: the error for the sqlite3 call that just failed on `table`.
    Error sqliteFailure(QStringView what, QLatin1StringView table);
    /// Finalises the sqlite3 statements (before the connection closes or reconnects).
    void clearSqliteStatements();
    struct SqliteStatements;
    std::shared_ptr<SqliteStatements> sqliteStatements; // shared_ptr: the type is private to sqlitebulk.cpp
    /// SQLite files: runs the checkpoints off the commit path (sqlitecheckpointer.h).
    std::shared_ptr<SqliteCheckpointer> checkpointer;
    /// SQLite: hands the checkpoints of the (re)opened connection to `checkpointer`.
    void attachCheckpointer(const QString &path);
    ~Private();

    /// "column IN (?, ?...)" (SQLite) or "column = ANY(?::type[])" (PostgreSQL) for `values`,
    /// appending the parameters to binds. SQLite callers keep values at most 500 long.
    QString inList(QLatin1StringView column, QLatin1StringView pgType, const QVariantList &values,
                   QVariantList &binds) const;

    Status applyConnectionSettings();

    /// The layout of an event; progress(done, total) every 5,000 seats. NotFound without one.
    Result<VenueLayout> readLayout(const QUuid &eventId, const std::function<void(qint64, qint64)> &progress);
    /// Orders with their tickets, in the order of `ids`.
    Result<QList<Order>> readOrders(const QList<QUuid> &ids);

    // storewrite.cpp: the parts of Store::write, inside its transaction.
    Result<BatchOutcome> writeBatch(const PumpBatch &batch, qint64 nowMs);
    Status writeHolds(const PumpBatch &batch);
    Status writeSales(const PumpBatch &batch, const std::vector<qsizetype> &which, qint64 nowMs,
                      BatchOutcome &outcome);
    /// Inserts the sales; returns the ones the database refused (seat already live). With
    /// `exact` false it only counts the rows inserted and returns no list when the database
    /// skipped any (a refusal, or an order already written): the caller then rolls back and
    /// calls again with `exact` true, which asks for the inserted ids (RETURNING) to tell which.
    Result<std::optional<std::vector<qsizetype>>>
    insertSales(const PumpBatch &batch, std::span<const qsizetype> which, qint64 nowMs, bool exact);
    Status writeCancel(const CancelRow &cancel, qint64 nowMs);
    /// Writes `cancels` (which cancel different sales): whole-seat cancels of one event many to
    /// a statement, the rest through writeCancel() (storecancel.cpp).
    Status writeCancels(std::span<const CancelRow *const> cancels, qint64 nowMs);
    Status writeSeatCancels(const QUuid &eventId, const std::vector<const CancelRow *> &group, qint64 nowMs);
    /// The places' live tickets, if still their cancelled sale's, cancelled; then their orders.
    Status cancelSeatsPostgres(const QUuid &eventId, const std::vector<SeatCancelPlace> &places,
                               std::vector<CancelledTicket> &cancelled, TouchedOrders &orders);
    Status cancelSeatsSqlite(const QUuid &eventId, const std::vector<SeatCancelPlace> &places,
                             std::vector<CancelledTicket> &cancelled, TouchedOrders &orders);
    Status writeBlocks(const PumpBatch &batch);
    Status notifyChanges(const PumpBatch &batch, const BatchOutcome &outcome);
    /// SQLite: counts the batch in change_counts for this writer's origin and each event it touched.
    Status countChanges(const PumpBatch &batch);
    Status countChanges(const QSet<QUuid> &events);
    /// Tells the other processes on the database to re-read the event's live state, in the
    /// transaction under way (PostgreSQL: a notice {"origin", "reload": [id]} sent when it
    /// commits; SQLite: one more change count for this writer's origin, which they poll).
    Status announceReload(const QUuid &eventId);
    /// PostgreSQL: NOTIFY tessera_changes with `payload` (sent when the transaction under way
    /// commits, at once outside one).
    Status sendNotice(const QByteArray &payload);
    /// Sold seats, standing counts and unexpired holds of an event (recover() and liveState()).
    Status readLiveState(const QUuid &eventId, RecoveredEvent &state);
};

// Column values. Nulls (null QUuid, invalid QDateTime) become SQL NULL and come back as nulls.
QVariant idValue(const QUuid &id);
QVariant msValue(const QDateTime &time);
QUuid idFrom(const QVariant &value);
QDateTime timeFrom(const QVariant &value);
QVariant indexValue(quint32 index); ///< kNoIndex -> NULL
quint32 indexFrom(const QVariant &value);

// Wire names of the domain enums, as stored.
QString eventStatusName(EventStatus status);
EventStatus eventStatusFrom(const QString &name);
QString eventKindName(EventKind kind);
EventKind eventKindFrom(const QString &name);
QString paymentName(PaymentMethod payment);
PaymentMethod paymentFrom(const QString &name);
QString ticketStatusName(TicketStatus status);
TicketStatus ticketStatusFrom(const QString &name);
/// Sets the ticket's status (and refunded flag) from the stored status: the database keeps a
/// refunded ticket as "refunded", which the domain and the wire call cancelled.
void setTicketStatus(Ticket &ticket, const QString &stored);
QString orderStatusName(OrderStatus status);
QLatin1StringView paymentLiteral(PaymentMethod payment);
QLatin1StringView ticketStatusLiteral(TicketStatus status);
QLatin1StringView orderStatusLiteral(OrderStatus status);
OrderStatus orderStatusFrom(const QString &name);

/// The SQLite dialect's limit of rows per multi-row statement.
inline constexpr qsizetype kSqliteRowsPerStatement = 500;
/// Parameters per SQLite bulk insert (SQLite allows 32766). Parameters are bound by position
/// through the sqlite3 API, so a long statement costs nothing extra per value, and fewer
/// statements per batch mean fewer statement journals (each copies the pages it first changes).
inline constexpr qsizetype kSqliteParametersPerStatement = 8000;

/// The columns of the audit log's rows.
inline constexpr SqlColumn kAuditColumns[] = {
    {QLatin1StringView("at_ms"), QLatin1StringView("bigint")},
    {QLatin1StringView("kind"), QLatin1StringView("text")},
    {QLatin1StringView("event_id"), QLatin1StringView("uuid")},
    {QLatin1StringView("order_id"), QLatin1StringView("uuid")},
    {QLatin1StringView("ticket_id"), QLatin1StringView("uuid")},
    {QLatin1StringView("detail"), QLatin1StringView("text")},
};

/// Rows of the next SQLite statement when `left` rows remain and a full one takes `full`: a
/// full statement, else the largest power of two in `left` (23 rows: 16 + 4 + 2 + 1), so that a
/// few prepared statements serve every batch size.
inline qsizetype sqliteChunkRows(qsizetype left, qsizetype full)
{
    return left >= full ? full : qsizetype(std::bit_floor(quint64(left)));
}

/// Splits `values` into chunks the SQLite dialect accepts in one IN list. With `powersOfTwo`
/// (SQLite, where an IN list has one placeholder per value) a remainder goes in power-of-two
/// chunks, so that a few prepared statements serve every batch size.
template<typename F>
Status forChunks(const QVariantList &values, bool powersOfTwo, F &&f)
{
    for (qsizetype first = 0, count = 0; first < values.size(); first += count) {
        const qsizetype left = values.size() - first;
        count = powersOfTwo ? sqliteChunkRows(left, kSqliteRowsPerStatement)
                            : std::min(left, kSqliteRowsPerStatement);
        if (Status status = f(values.mid(first, count)); !status)
            return status;
    }
    return {};
}

} // namespace tessera

namespace tessera {

/// The columns readEvent() expects, in order.
inline constexpr QLatin1StringView kEventColumns{
    "id, name, description, venue, start_ms, end_ms, status, kind, total_tickets, available_tickets, "
    "sales_start_ms, hold_time_seconds, queue_enabled, created_ms, updated_ms"};
Event readEvent(const QSqlQuery &query);

} // namespace tessera
