// Store: bulk inserts into PostgreSQL through libpq on the QPSQL driver's connection.
//
// Each column of the rows becomes one array parameter (text form, UTF-8, written straight from
// the domain values) of one `INSERT ... SELECT * FROM unnest($1::type[], ...)` statement, sent
// with PQexecParams: one round trip per table and batch, whatever the row count, and no
// QVariant or QString per value on the way.

#include "core/store/store_p.h"

#include <QSqlDriver>

#include <libpq-fe.h>

#include <charconv>
#include <cstdlib>
#include <memory>

namespace tessera {

namespace {

using namespace Qt::Literals::StringLiterals;

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
        bool plain = true;
        for (QChar c : text)
            plain = plain && c.unicode() < 0x80;
        if (!plain) {
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

struct ResultDeleter
{
    void operator()(PGresult *result) const { PQclear(result); }
};

} // namespace

Status Store::Private::insertRowsPostgres(const RowSource &rows, QLatin1StringView suffix,
                                          const std::function<void(const QUuid &)> &onRow, qsizetype *changed)
{
    const QVariant handle = db.driver()->handle();
    // PGconn is a typedef of struct pg_conn: Qt names the handle's type "pg_conn*" or "PGconn*".
    const bool isConnection =
        qstrcmp(handle.typeName(), "pg_conn*") == 0 || qstrcmp(handle.typeName(), "PGconn*") == 0;
    PGconn *connection = isConnection ? *static_cast<PGconn *const *>(handle.constData()) : nullptr;
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
            const char *state = result ? PQresultErrorField(result.get(), PG_DIAG_SQLSTATE) : nullptr;
            return failure(QSqlError(QStringLiteral("inserting into %1").arg(rows.table),
                                     QString::fromUtf8(PQerrorMessage(connection)).trimmed(),
                                     QSqlError::StatementError, QString::fromLatin1(state ? state : "")),
                           QStringLiteral("inserting into %1").arg(rows.table));
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
