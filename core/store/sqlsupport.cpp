#include "core/common/ids.h"
#include "core/store/store_p.h"

namespace tessera {

namespace {

/// SQLite primary result code of a Qt SQLite error (Qt reports the number as text).
int sqlitePrimaryCode(const QString &code)
{
    return code.toInt() & 0xff;
}

bool isSqliteUnavailable(int primary)
{
    switch (primary) {
    case 5:  // SQLITE_BUSY: another writer kept the lock past busy_timeout
    case 6:  // SQLITE_LOCKED
    case 8:  // SQLITE_READONLY
    case 10: // SQLITE_IOERR
    case 11: // SQLITE_CORRUPT
    case 13: // SQLITE_FULL
    case 14: // SQLITE_CANTOPEN
    case 26: // SQLITE_NOTADB
        return true;
    default:
        return false;
    }
}

void appendArrayElement(QString &out, const QVariant &value)
{
    if (value.isNull()) {
        out += QLatin1StringView("NULL");
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
        out += value.toBool() ? u't' : u'f';
        return;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        out += value.toString();
        return;
    case QMetaType::Double:
        out += QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
        return;
    default:
        break;
    }
    const QString text = value.toString();
    out += u'"';
    for (QChar c : text) {
        if (c == u'"' || c == u'\\')
            out += u'\\';
        out += c;
    }
    out += u'"';
}

/// Binds positional parameters. Qt binds a null QString as SQL NULL: text is never null here
/// (nullable columns get an invalid QVariant), so an empty string stays an empty string.
void bindAll(QSqlQuery &query, const QVariantList &binds)
{
    static const QString empty = QStringLiteral("");
    for (qsizetype i = 0; i < binds.size(); ++i) {
        const QVariant &value = binds.at(i);
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.bindValue(int(i), empty);
        else
            query.bindValue(int(i), value);
    }
}

} // namespace

Error Store::Private::failure(const QSqlError &error, QStringView what)
{
    lastState = error.nativeErrorCode();
    QString text = error.text().trimmed();
    if (text.isEmpty())
        text = QStringLiteral("unknown database error");
    bool unavailable = error.type() == QSqlError::ConnectionError || !db.isOpen();
    if (isPostgres()) {
        unavailable = unavailable || lastState.isEmpty() || lastState.startsWith(QLatin1StringView("08"))
                      || lastState.startsWith(QLatin1StringView("57P"))
                      || lastState.startsWith(QLatin1StringView("53"))
                      || lastState.startsWith(QLatin1StringView("58"))
                      // A cancelled statement (statement timeout) and a read-only transaction
                      // (connected to a standby after a failover) pass: retried after backoff.
                      || lastState == QLatin1StringView("57014") || lastState == QLatin1StringView("25006");
    } else {
        unavailable = unavailable || isSqliteUnavailable(sqlitePrimaryCode(lastState));
    }
    return Error{unavailable ? ErrorCode::StoreUnavailable : ErrorCode::Internal,
                 QStringLiteral("%1 on %2: %3").arg(what, where, text)};
}

bool Store::Private::lastWasNotADatabase() const
{
    return !isPostgres() && sqlitePrimaryCode(lastState) == 26; // SQLITE_NOTADB
}

bool Store::Private::lastWasConstraint() const
{
    if (isPostgres())
        return lastState.startsWith(QLatin1StringView("23"));
    return sqlitePrimaryCode(lastState) == 19; // SQLITE_CONSTRAINT
}

bool Store::Private::lastWasRetryable() const
{
    return isPostgres()
           && (lastState == QLatin1StringView("40001") || lastState == QLatin1StringView("40P01"));
}

Status Store::Private::exec(const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return failure(query.lastError(), QStringView(sql).left(60));
    return {};
}

Result<QSqlQuery *> Store::Private::run(const QString &sql, const QVariantList &binds)
{
    auto it = prepared.find(sql);
    if (it == prepared.end()) {
        if (prepared.size() > 200)
            prepared.clear();
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            return failure(query.lastError(), QStringLiteral("preparing a statement"));
        it = prepared.insert(sql, query);
    }
    QSqlQuery &query = *it;
    bindAll(query, binds);
    if (!query.exec())
        return failure(query.lastError(), QStringView(sql).left(60));
    return &query;
}

Result<QSqlQuery> Store::Private::select(const QString &sql, const QVariantList &binds)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return failure(query.lastError(), QStringLiteral("preparing a query"));
    bindAll(query, binds);
    if (!query.exec())
        return failure(query.lastError(), QStringView(sql).left(60));
    return query;
}

Status Store::Private::begin()
{
    // BEGIN IMMEDIATE takes SQLite's write lock now (waiting up to busy_timeout), so a write
    // transaction never fails halfway with SQLITE_BUSY when it upgrades from reading.
    return exec(isPostgres() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"));
}

Status Store::Private::beginSnapshot()
{
    return exec(isPostgres() ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                             : QStringLiteral("BEGIN"));
}

void Store::Private::endSnapshot()
{
    if (!commit())
        rollback(); // a read transaction: nothing to lose
}

Status Store::Private::commit()
{
    for (QSqlQuery &query : prepared)
        query.finish();
    return exec(QStringLiteral("COMMIT"));
}

void Store::Private::rollback()
{
    for (QSqlQuery &query : prepared)
        query.finish();
    QSqlQuery query(db);
    query.exec(QStringLiteral("ROLLBACK"));
}

Status Store::Private::savepoint(QLatin1StringView name)
{
    return exec(QStringLiteral("SAVEPOINT ") + name);
}

Status Store::Private::releaseSavepoint(QLatin1StringView name)
{
    return exec(QStringLiteral("RELEASE SAVEPOINT ") + name);
}

Status Store::Private::rollbackToSavepoint(QLatin1StringView name)
{
    for (QSqlQuery &query : prepared)
        query.finish();
    return exec(QStringLiteral("ROLLBACK TO SAVEPOINT ") + name);
}

Status Store::Private::insertRows(const RowSource &rows, QLatin1StringView suffix,
                                  const std::function<void(const QUuid &)> &onRow, qsizetype *changed)
{
    if (changed)
        *changed = 0;
    if (rows.rows == 0)
        return {};
    return isPostgres() ? insertRowsPostgres(rows, suffix, onRow, changed)
                        : insertRowsSqlite(rows, suffix, onRow, changed);
}

Status Store::Private::insertRows(const BulkRows &rows, QLatin1StringView suffix)
{
    const qsizetype columns = qsizetype(rows.columns.size());
    RowSource source{rows.table, rows.columns, rows.rowCount(), [&rows, columns](RowSink &sink, qsizetype r) {
                         for (qsizetype c = 0; c < columns; ++c) {
                             const QVariant &value = rows.values.at(r * columns + c);
                             if (value.isNull()) {
                                 sink.null();
                                 continue;
                             }
                             switch (value.typeId()) {
                             case QMetaType::Bool:
                                 sink.boolean(value.toBool());
                                 break;
                             case QMetaType::Int:
                             case QMetaType::UInt:
                             case QMetaType::LongLong:
                             case QMetaType::ULongLong:
                                 sink.integer(value.toLongLong());
                                 break;
                             case QMetaType::Double:
                                 sink.real(value.toDouble());
                                 break;
                             case QMetaType::QString:
                                 sink.text(*static_cast<const QString *>(value.constData()));
                                 break;
                             default:
                                 sink.text(value.toString());
                                 break;
                             }
                         }
                     }};
    return insertRows(source, suffix);
}

QString Store::Private::inList(QLatin1StringView column, QLatin1StringView pgType, const QVariantList &values,
                               QVariantList &binds) const
{
    if (isPostgres()) {
        QString array = QStringLiteral("{");
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (i)
                array += u',';
            appendArrayElement(array, values.at(i));
        }
        array += u'}';
        binds.append(array);
        return column + QStringLiteral(" = ANY(?::") + pgType + QStringLiteral("[])");
    }
    QString sql = column + QStringLiteral(" IN (");
    for (qsizetype i = 0; i < values.size(); ++i) {
        sql += i ? QStringLiteral(",?") : QStringLiteral("?");
        binds.append(values.at(i));
    }
    if (values.isEmpty())
        sql += QStringLiteral("NULL");
    return sql + u')';
}

QVariant idValue(const QUuid &id)
{
    return id.isNull() ? QVariant() : QVariant(uuidText(id));
}

QVariant msValue(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant();
}

QUuid idFrom(const QVariant &value)
{
    return value.isNull() ? QUuid() : parseUuid(value.toString());
}

QDateTime timeFrom(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QVariant indexValue(quint32 index)
{
    return index == kNoIndex ? QVariant() : QVariant(qint64(index));
}

quint32 indexFrom(const QVariant &value)
{
    return value.isNull() ? kNoIndex : quint32(value.toLongLong());
}

namespace {

template<typename E, std::size_t N>
QLatin1StringView nameOf(E value, const std::array<std::pair<E, QLatin1StringView>, N> &names)
{
    for (const auto &[v, name] : names) {
        if (v == value)
            return name;
    }
    return names.front().second;
}

template<typename E, std::size_t N>
E valueOf(const QString &text, const std::array<std::pair<E, QLatin1StringView>, N> &names)
{
    for (const auto &[v, name] : names) {
        if (text == name)
            return v;
    }
    return names.front().first;
}

using namespace Qt::Literals::StringLiterals;

constexpr std::array kEventStatus{std::pair{EventStatus::Active, "active"_L1},
                                  std::pair{EventStatus::Inactive, "inactive"_L1},
                                  std::pair{EventStatus::SoldOut, "sold_out"_L1}};
constexpr std::array kEventKind{std::pair{EventKind::Seated, "seated"_L1},
                                std::pair{EventKind::Standing, "standing"_L1},
                                std::pair{EventKind::Mixed, "mixed"_L1}};
constexpr std::array kPayment{std::pair{PaymentMethod::Cash, "cash"_L1},
                              std::pair{PaymentMethod::Card, "card"_L1},
                              std::pair{PaymentMethod::Complimentary, "complimentary"_L1}};
constexpr std::array kTicketStatus{std::pair{TicketStatus::Reserved, "reserved"_L1},
                                   std::pair{TicketStatus::Confirmed, "confirmed"_L1},
                                   std::pair{TicketStatus::Cancelled, "cancelled"_L1}};
constexpr std::array kOrderStatus{std::pair{OrderStatus::Completed, "completed"_L1},
                                  std::pair{OrderStatus::Cancelled, "cancelled"_L1},
                                  std::pair{OrderStatus::PartiallyCancelled, "partially_cancelled"_L1}};

} // namespace

QString eventStatusName(EventStatus status)
{
    return nameOf(status, kEventStatus);
}
EventStatus eventStatusFrom(const QString &name)
{
    return valueOf(name, kEventStatus);
}
QString eventKindName(EventKind kind)
{
    return nameOf(kind, kEventKind);
}
EventKind eventKindFrom(const QString &name)
{
    return valueOf(name, kEventKind);
}
QLatin1StringView paymentLiteral(PaymentMethod payment)
{
    return nameOf(payment, kPayment);
}
QLatin1StringView ticketStatusLiteral(TicketStatus status)
{
    return nameOf(status, kTicketStatus);
}
QLatin1StringView orderStatusLiteral(OrderStatus status)
{
    return nameOf(status, kOrderStatus);
}
QString paymentName(PaymentMethod payment)
{
    return nameOf(payment, kPayment);
}
PaymentMethod paymentFrom(const QString &name)
{
    return valueOf(name, kPayment);
}
QString ticketStatusName(TicketStatus status)
{
    return nameOf(status, kTicketStatus);
}
TicketStatus ticketStatusFrom(const QString &name)
{
    return valueOf(name, kTicketStatus);
}
void setTicketStatus(Ticket &ticket, const QString &stored)
{
    ticket.refunded = stored == "refunded"_L1;
    ticket.status = ticket.refunded ? TicketStatus::Cancelled : ticketStatusFrom(stored);
}
QString orderStatusName(OrderStatus status)
{
    return nameOf(status, kOrderStatus);
}
OrderStatus orderStatusFrom(const QString &name)
{
    return valueOf(name, kOrderStatus);
}

} // namespace tessera
