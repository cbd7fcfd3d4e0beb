// Store: bulk inserts into PostgreSQL through libpq on the QPSQL driver's connection.
//
// The data pump's sales go by binary COPY ... FROM STDIN (copyRowsPostgres). Every other bulk
// insert makes each column of the rows one array parameter (text form, UTF-8, written straight
// from the domain values) of one `INSERT ... SELECT * FROM unnest($1::type[], ...)` statement,
// sent with PQexecParams. Either way: one round trip per table and batch, whatever the row
// count, and no QVariant or QString per value on the way.

#include "core/store/store_p.h"

#include <QSqlDriver>
#include <QtEndian>

#include <libpq-fe.h>

#include <algorithm>
#include <bit>
#include <charconv>
#include <cstdlib>
#include <memory>

namespace tessera {

namespace {

using namespace Qt::Literals::StringLiterals;

bool isAscii(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
}

/// Appends each value to its column's array literal ("{a,b,NULL}").
class ArrayEncoder final : public RowSink
{
public:
    explicit ArrayEncoder(qsizetype columns, qsizetype rows)
        : m_arrays(std::size_t(columns))
    {
        for (QByteArray &array : m_arrays) {
            array.reserve(rows * 12 + 2);
            array += '{';
        }
    }
    void startRow(bool first) { m_column = 0, m_first = first; }
    std::vector<QByteArray> &finish()
    {
        for (QByteArray &array : m_arrays)
            array += '}';
        return m_arrays;
    }

    void null() override { next() += "NULL"; }
    void integer(qint64 value) override
    {
        char buffer[24];
        const auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
        next().append(buffer, end - buffer);
    }
    void real(double value) override
    {
        char buffer[32];
        const auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
        next().append(buffer, end - buffer);
    }
    void boolean(bool value) override { next() += value ? 't' : 'f'; }
    void literal(QLatin1StringView text) override { quoted(QByteArrayView(text.data(), text.size())); }
    void text(QStringView text) override
    {
        if (!isAscii(text)) {
            quoted(text.toUtf8());
            return;
        }
        QByteArray &out = next();
        out += '"';
        for (QChar c : text) {
            if (c == u'"' || c == u'\\')
                out += '\\';
            out += char(c.unicode());
        }
        out += '"';
    }
    void utf8(QByteArrayView text) override { quoted(text); }
    void uuid(const QUuid &id) override
    {
        if (id.isNull()) {
            null();
            return;
        }
        QByteArray &out = next();
        const qsizetype at = out.size();
        out.resize(at + 36);
        writeUuidText(id, out.data() + at);
    }

private:
    QByteArray &next()
    {
        QByteArray &array = m_arrays[m_column++];
        if (!m_first)
            array += ',';
        return array;
    }
    void quoted(QByteArrayView text)
    {
        QByteArray &out = next();
        out += '"';
        for (char c : text) {
            if (c == '"' || c == '\\')
                out += '\\';
            out += c;
        }
        out += '"';
    }

    std::vector<QByteArray> m_arrays;
    std::size_t m_column = 0;
    bool m_first = true;
};

/// Encodes rows in COPY's binary format (a 16-bit field count per row, then each field as a
/// 32-bit length and its bytes in network order; -1 for NULL), by the columns' types.
class BinaryCopyEncoder final : public RowSink
{
public:
    BinaryCopyEncoder(std::span<const SqlColumn> columns, qsizetype rows)
        : m_columns(columns)
    {
        m_data.reserve(19 + rows * qsizetype(columns.size()) * 16 + 2);
        m_data.append("PGCOPY\n\377\r\n\0", 11);
        put32(0); // flags
        put32(0); // header extension length
    }
    void startRow()
    {
        m_column = 0;
        put16(quint16(m_columns.size()));
    }
    QByteArray finish()
    {
        put16(0xffff);
        return std::move(m_data);
    }

    void null() override
    {
        ++m_column;
        put32(0xffffffff);
    }
    void integer(qint64 value) override
    {
        const QLatin1StringView type = m_columns[m_column++].pgType;
        if (type == QLatin1StringView("integer")) {
            put32(4);
            put32(quint32(qint32(value)));
        } else if (type == QLatin1StringView("boolean")) {
            put32(1);
            m_data.append(char(value != 0));
        } else {
            put32(8);
            put64(quint64(value));
        }
    }
    void real(double value) override
    {
        ++m_column;
        put32(8);
        put64(std::bit_cast<quint64>(value));
    }
    void boolean(bool value) override
    {
        ++m_column;
        put32(1);
        m_data.append(char(value));
    }
    void literal(QLatin1StringView text) override { utf8(QByteArrayView(text.data(), text.size())); }
    void text(QStringView text) override
    {
        if (!isAscii(text)) {
            utf8(text.toUtf8());
            return;
        }
        ++m_column;
        put32(quint32(text.size()));
        const qsizetype at = m_data.size();
        m_data.resize(at + text.size());
        char *out = m_data.data() + at;
        for (QChar c : text)
            *out++ = char(c.unicode());
    }
    void utf8(QByteArrayView text) override
    {
        ++m_column;
        put32(quint32(text.size()));
        m_data.append(text.data(), text.size());
    }
    void uuid(const QUuid &id) override
    {
        if (id.isNull()) {
            null();
            return;
        }
        ++m_column;
        put32(16);
        put32(id.data1);
        put16(id.data2);
        put16(id.data3);
        m_data.append(reinterpret_cast<const char *>(id.data4), 8);
    }

private:
    void put16(quint16 value)
    {
        const quint16 big = qToBigEndian(value);
        m_data.append(reinterpret_cast<const char *>(&big), 2);
    }
    void put32(quint32 value)
    {
        const quint32 big = qToBigEndian(value);
        m_data.append(reinterpret_cast<const char *>(&big), 4);
    }
    void put64(quint64 value)
    {
        const quint64 big = qToBigEndian(value);
        m_data.append(reinterpret_cast<const char *>(&big), 8);
    }

    std::span<const SqlColumn> m_columns;
    QByteArray m_data;
    std::size_t m_column = 0;
};

struct ResultDeleter
{
    void operator()(PGresult *result) const { PQclear(result); }
};

} // namespace

PGconn *Store::Private::pgConnection() const
{
    // PGconn is a typedef of struct pg_conn: Qt names the handle's type "pg_conn*" or "PGconn*".
    const QVariant handle = db.driver()->handle();
    const bool isConnection =
        qstrcmp(handle.typeName(), "pg_conn*") == 0 || qstrcmp(handle.typeName(), "PGconn*") == 0;
    return isConnection ? *static_cast<PGconn *const *>(handle.constData()) : nullptr;
}

Error Store::Private::pgFailure(PGconn *connection, const PGresult *result, QLatin1StringView table)
{
    const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    return failure(QSqlError(QStringLiteral("inserting into %1").arg(table),
                             QString::fromUtf8(PQerrorMessage(connection)).trimmed(),
                             QSqlError::StatementError, QString::fromLatin1(state ? state : "")),
                   QStringLiteral("inserting into %1").arg(table));
}

QByteArray Store::Private::encodeCopy(const RowSource &rows)
{
    BinaryCopyEncoder encoder(rows.columns, rows.rows);
    for (qsizetype r = 0; r < rows.rows; ++r) {
        encoder.startRow();
        rows.row(encoder, r);
    }
    return encoder.finish();
}

Status Store::Private::copyRowsPostgres(const RowSource &rows, qsizetype *changed, const QByteArray *encoded)
{
    if (changed)
        *changed = 0;
    if (rows.rows == 0)
        return {};
    PGconn *connection = pgConnection();
    if (!connection)
        return Error{ErrorCode::StoreUnavailable, QStringLiteral("%1: no PostgreSQL connection").arg(where)};
    QByteArray sql = "COPY " + QByteArray(rows.table.data(), rows.table.size()) + " (";
    for (std::size_t c = 0; c < rows.columns.size(); ++c) {
        if (c)
            sql += ", ";
        sql.append(rows.columns[c].name.data(), rows.columns[c].name.size());
    }
    sql += ") FROM STDIN (FORMAT binary)";
    const QByteArray data = encoded ? *encoded : encodeCopy(rows);

    const std::unique_ptr<PGresult, ResultDeleter> started(PQexec(connection, sql.constData()));
    if (!started || PQresultStatus(started.get()) != PGRES_COPY_IN)
        return pgFailure(connection, started.get(), rows.table);
    bool sent = true;
    constexpr qsizetype kChunk = 1 << 20;
    for (qsizetype at = 0; sent && at < data.size(); at += kChunk)
        sent = PQputCopyData(connection, data.constData() + at, int(std::min(kChunk, data.size() - at))) == 1;
    sent = PQputCopyEnd(connection, sent ? nullptr : "sending failed") == 1 && sent;
    // The COPY's result, then none: read until libpq says so, keeping the first failure.
    std::unique_ptr<PGresult, ResultDeleter> outcome;
    while (PGresult *next = PQgetResult(connection)) {
        if (PQresultStatus(next) == PGRES_COPY_IN) {
            // The end of the copy did not get through (a broken connection): the failure below
            // makes the caller reconnect.
            PQclear(next);
            break;
        }
        if (!outcome || PQresultStatus(outcome.get()) == PGRES_COMMAND_OK)
            outcome.reset(next);
        else
            PQclear(next);
    }
    if (!sent || !outcome || PQresultStatus(outcome.get()) != PGRES_COMMAND_OK)
        return pgFailure(connection, outcome.get(), rows.table);
    if (changed)
        *changed = std::atoll(PQcmdTuples(outcome.get()));
    return {};
}

Status Store::Private::insertRowsPostgres(const RowSource &rows, QLatin1StringView suffix,
                                          const std::function<void(const QUuid &)> &onRow, qsizetype *changed)
{
    PGconn *connection = pgConnection();
    if (!connection)
        return Error{ErrorCode::StoreUnavailable, QStringLiteral("%1: no PostgreSQL connection").arg(where)};
    const qsizetype columns = qsizetype(rows.columns.size());
    QByteArray sql = "INSERT INTO " + QByteArray(rows.table.data(), rows.table.size()) + " (";
    for (qsizetype c = 0; c < columns; ++c) {
        if (c)
            sql += ", ";
        sql.append(rows.columns[c].name.data(), rows.columns[c].name.size());
    }
    sql += ") SELECT * FROM unnest(";
    for (qsizetype c = 0; c < columns; ++c) {
        sql += (c ? ", $" : "$") + QByteArray::number(c + 1) + "::";
        sql.append(rows.columns[c].pgType.data(), rows.columns[c].pgType.size());
        sql += "[]";
    }
    sql += ')';
    if (!suffix.isEmpty())
        sql += ' ' + QByteArray(suffix.data(), suffix.size());

    constexpr qsizetype perStatement = 50'000;
    for (qsizetype first = 0; first < rows.rows; first += perStatement) {
        const qsizetype count = std::min(perStatement, rows.rows - first);
        ArrayEncoder encoder(columns, count);
        for (qsizetype r = 0; r < count; ++r) {
            encoder.startRow(r == 0);
            rows.row(encoder, first + r);
        }
        std::vector<QByteArray> &arrays = encoder.finish();
        std::vector<const char *> values(arrays.size());
        std::vector<int> lengths(arrays.size());
        for (std::size_t c = 0; c < arrays.size(); ++c) {
            values[c] = arrays[c].constData();
            lengths[c] = int(arrays[c].size());
        }
        const std::unique_ptr<PGresult, ResultDeleter> result(PQexecParams(
            connection, sql.constData(), int(columns), nullptr, values.data(), lengths.data(), nullptr, 0));
        const ExecStatusType status = result ? PQresultStatus(result.get()) : PGRES_FATAL_ERROR;
        if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
            return pgFailure(connection, result.get(), rows.table);
        }
        if (changed)
            *changed += std::atoll(PQcmdTuples(result.get()));
        if (onRow && status == PGRES_TUPLES_OK) {
            const int returned = PQntuples(result.get());
            for (int i = 0; i < returned; ++i)
                onRow(QUuid::fromString(
                    QLatin1StringView(PQgetvalue(result.get(), i, 0), PQgetlength(result.get(), i, 0))));
        }
    }
    return {};
}

} // namespace tessera
