#include "core/store/store.h"

#include "core/common/ids.h"
#include "core/store/store_p.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>

#include <atomic>

namespace tessera {

namespace {

std::atomic<quint64> g_connectionCounter{0};

const QString kChannel = QStringLiteral("tessera_changes");

} // namespace

Store::Store(DatabaseUrl url, QString connectionName)
    : m_url(std::move(url))
    , m_connectionName(std::move(connectionName))
    , d(std::make_unique<Private>())
{
    d->where = m_url.redacted();
    d->dialect =
        m_url.kind == DatabaseUrl::Kind::Postgres ? schema::Dialect::Postgres : schema::Dialect::Sqlite;
}

Store::~Store()
{
    if (d) {
        QObject::disconnect(d->notifyConnection);
        d->prepared.clear();
        d->clearSqliteStatements();
        if (d->db.isOpen())
            d->db.close();
        d->db = QSqlDatabase();
        d.reset();
    }
    if (QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Store>> Store::open(const DatabaseUrl &url)
{
    const bool postgres = url.kind == DatabaseUrl::Kind::Postgres;
    const QString driver = postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE");
    if (!QSqlDatabase::isDriverAvailable(driver)) {
        return Error{ErrorCode::StoreUnavailable,
                     QStringLiteral("cannot open %1: the Qt SQL driver %2 is not installed")
                         .arg(url.redacted(), driver)};
    }
    if (!postgres && url.path != QLatin1StringView(":memory:")) {
        const QString folder = QFileInfo(url.path).absolutePath();
        if (!QDir().mkpath(folder)) {
            return Error{
                ErrorCode::StoreUnavailable,
                QStringLiteral("cannot open %1: cannot create the folder %2").arg(url.redacted(), folder)};
        }
        if (QFileInfo(url.path).isDir()) {
            return Error{ErrorCode::StoreUnavailable,
                         QStringLiteral("cannot open %1: %2 is a folder, not a database file")
                             .arg(url.redacted(), url.path)};
        }
    }
    const QString name = QStringLiteral("tessera-store-%1").arg(g_connectionCounter.fetch_add(1) + 1);
    std::unique_ptr<Store> store(new Store(url, name));
    QSqlDatabase &db = store->d->db;
    db = QSqlDatabase::addDatabase(driver, name);
    if (postgres) {
        if (!url.host.isEmpty())
            db.setHostName(url.host);
        db.setPort(url.port);
        db.setUserName(url.user);
        db.setPassword(url.password);
        db.setDatabaseName(url.database);
        db.setConnectOptions(QStringLiteral("connect_timeout=5;application_name=tessera"));
    } else {
        db.setDatabaseName(url.path);
    }
    if (!db.open()) {
        return Error{
            ErrorCode::StoreUnavailable,
            QStringLiteral("cannot open %1: %2").arg(url.redacted(), db.lastError().text().trimmed())};
    }
    if (Status status = store->d->applyConnectionSettings(); !status) {
        // SQLITE_NOTADB: the file holds something else (a document, a damaged database).
        const bool notADatabase = store->d->lastWasNotADatabase();
        return Error{ErrorCode::StoreUnavailable,
                     notADatabase
                         ? QStringLiteral("cannot open %1: %2 is not a database file (it holds something "
                                          "else, or is damaged); choose another file")
                               .arg(url.redacted(), url.path)
                         : QStringLiteral("cannot open %1: %2").arg(url.redacted(), status.error().message)};
    }
    if (Status status = store->migrate(); !status)
        return status.error();
    return store;
}

Status Store::Private::applyConnectionSettings()
{
    if (isPostgres())
        return exec(QStringLiteral("SET client_min_messages = warning"));
    const QLatin1StringView pragmas[] = {
        // 16 KiB pages instead of 4 KiB, for a new file only (an existing one keeps its size; it
        // cannot change in WAL mode): a batch of sales touches a quarter of the pages, so the
        // commit writes and syncs fewer log frames and the B-trees are shallower. Measured with
        // bench_store and bench_pump (BENCHMARKS.md): 10,000-sale batches 18 % faster, the pump's
        // throughput 15 % higher, acknowledgement latency within the same few milliseconds.
        QLatin1StringView("PRAGMA page_size = 16384"),
        QLatin1StringView("PRAGMA busy_timeout = 5000"),
        QLatin1StringView("PRAGMA journal_mode = WAL"),
        // FULL syncs the WAL at every commit. With NORMAL, WAL mode syncs only at checkpoints: a
        // power loss or OS crash can then lose the last committed transactions, that is sales
        // that were already acknowledged to a clerk or a customer. The database stays
        // consistent either way; FULL is what makes an acknowledged sale durable.
        QLatin1StringView("PRAGMA synchronous = FULL"),
        QLatin1StringView("PRAGMA foreign_keys = ON"),
        // 64 MiB of page cache: a big batch's index pages stay in memory instead of spilling
        // into the WAL again and again before the commit.
        QLatin1StringView("PRAGMA cache_size = -65536"),
        // Statement journals (the undo of a multi-row INSERT that fails half way) in memory:
        // by default they spill to a temporary file beyond 64 KiB, which every bulk insert of a
        // batch did, writing more pages to that file than to the WAL.
        QLatin1StringView("PRAGMA temp_store = MEMORY"),
    };
    for (QLatin1StringView pragma : pragmas) {
        if (Status status = exec(pragma); !status)
            return status;
    }
    if (db.databaseName() != QLatin1StringView(":memory:"))
        attachCheckpointer(db.databaseName());
    return {};
}

Status Store::migrate()
{
    const auto &migrations = schema::migrations(d->dialect);
    if (Status status = d->begin(); !status)
        return status;
    auto fail = [this](const Error &error) -> Status {
        d->rollback();
        return Error{error.code, QStringLiteral("migrating the schema: ") + error.message};
    };
    // Concurrent processes starting on one PostgreSQL database migrate one after the other.
    if (d->isPostgres()) {
        if (Status status = d->exec(QStringLiteral("SELECT pg_advisory_xact_lock(7477826)")); !status)
            return fail(status.error());
    }
    if (Status status = d->exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version integer "
                                               "PRIMARY KEY, applied_ms bigint NOT NULL)"));
        !status) {
        return fail(status.error());
    }
    Result<QSqlQuery> current =
        d->select(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_version"));
    if (!current)
        return fail(current.error());
    const int version = current->next() ? current->value(0).toInt() : 0;
    current->finish();
    if (version > migrations.size()) {
        d->rollback();
        return Error{
            ErrorCode::StoreUnavailable,
            QStringLiteral("%1 has schema version %2, newer than this Tessera knows (%3); upgrade Tessera")
                .arg(d->where)
                .arg(version)
                .arg(migrations.size())};
    }
    for (qsizetype v = version; v < migrations.size(); ++v) {
        for (const QString &statement : migrations.at(v)) {
            if (Status status = d->exec(statement); !status)
                return fail(status.error());
        }
        Result<QSqlQuery *> insert =
            d->run(QStringLiteral("INSERT INTO schema_version (version, applied_ms) VALUES (?, ?)"),
                   {int(v + 1), QDateTime::currentMSecsSinceEpoch()});
        if (!insert)
            return fail(insert.error());
    }
    if (Status status = d->commit(); !status)
        return fail(status.error());
    return {};
}

int Store::schemaVersion() const
{
    QSqlQuery query(d->db);
    if (!query.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_version")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

bool Store::isAlive()
{
    if (!d->db.isOpen())
        return false;
    QSqlQuery query(d->db);
    return query.exec(QStringLiteral("SELECT 1")) && query.next();
}

Status Store::reconnect()
{
    d->prepared.clear();
    d->clearSqliteStatements();
    d->db.close();
    if (!d->db.open()) {
        return Error{
            ErrorCode::StoreUnavailable,
            QStringLiteral("cannot reconnect to %1: %2").arg(d->where, d->db.lastError().text().trimmed())};
    }
    if (Status status = d->applyConnectionSettings(); !status)
        return status;
    if (!d->claimedName.isEmpty()) {
        // Best effort: another process may have claimed the name meanwhile, and this one then
        // simply goes on without it.
        [[maybe_unused]] const Result<bool> claimed = claimName(d->claimedName);
    }
    if (d->notify)
        return listenForChanges(d->notify);
    return {};
}

Result<bool> Store::claimName(const QString &name)
{
    if (!d->isPostgres())
        return true;
    d->claimedName = name;
    Result<QSqlQuery *> query = d->run(QStringLiteral("SELECT pg_try_advisory_lock(hashtextextended(?, 0))"),
                                       {QVariant(QStringLiteral("tessera terminal:") + name)});
    if (!query)
        return query.error();
    if (!(*query)->next())
        return Error{ErrorCode::StoreUnavailable, QStringLiteral("%1: no answer to a claim").arg(d->where)};
    return (*query)->value(0).toBool();
}

Event readEvent(const QSqlQuery &query)
{
    Event event;
    event.id = idFrom(query.value(0));
    event.name = query.value(1).toString();
    event.description = query.value(2).toString();
    event.venue = query.value(3).toString();
    event.startTime = timeFrom(query.value(4));
    event.endTime = timeFrom(query.value(5));
    event.status = eventStatusFrom(query.value(6).toString());
    event.kind = eventKindFrom(query.value(7).toString());
    event.totalTickets = query.value(8).toInt();
    event.availableTickets = query.value(9).toInt();
    event.salesStart = timeFrom(query.value(10));
    event.holdTimeSeconds = query.value(11).toInt();
    event.queueEnabled = query.value(12).toBool();
    event.createdAt = timeFrom(query.value(13));
    event.updatedAt = timeFrom(query.value(14));
    return event;
}

Result<QList<Event>> Store::loadEvents()
{
    Result<QSqlQuery> query = d->select(QStringLiteral("SELECT ") + kEventColumns
                                        + QStringLiteral(" FROM events ORDER BY start_ms, id"));
    if (!query)
        return query.error();
    QList<Event> events;
    while (query->next())
        events.append(readEvent(*query));
    return events;
}

Status Store::saveEvent(const Event &event)
{
    if (Status status = validateEvent(event); !status)
        return status;
    Result<QSqlQuery *> query = d->run(
        QStringLiteral("INSERT INTO events (") + kEventColumns
            + QStringLiteral(
                ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                "name = excluded.name, description = excluded.description, venue = excluded.venue, "
                "start_ms = excluded.start_ms, end_ms = excluded.end_ms, status = excluded.status, "
                "kind = excluded.kind, total_tickets = excluded.total_tickets, "
                "available_tickets = excluded.available_tickets, sales_start_ms = excluded.sales_start_ms, "
                "hold_time_seconds = excluded.hold_time_seconds, queue_enabled = excluded.queue_enabled, "
                "created_ms = excluded.created_ms, updated_ms = excluded.updated_ms"),
        {idValue(event.id), event.name, event.description, event.venue, msValue(event.startTime),
         msValue(event.endTime), eventStatusName(event.status), eventKindName(event.kind), event.totalTickets,
         event.availableTickets, msValue(event.salesStart), event.holdTimeSeconds, event.queueEnabled,
         msValue(event.createdAt), msValue(event.updatedAt)});
    if (!query)
        return query.error();
    (*query)->finish();
    return {};
}

Status Store::saveUser(const UserRow &user)
{
    if (user.id.isNull() || user.username.trimmed().isEmpty())
        return Error{ErrorCode::InvalidInput, QStringLiteral("a user needs an id and a username")};
    Result<QSqlQuery *> query = d->run(
        QStringLiteral("INSERT INTO users (id, username, role, password_hash) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (id) DO UPDATE SET username = excluded.username, role = excluded.role, "
                       "password_hash = excluded.password_hash"),
        {idValue(user.id), user.username, user.role, QString::fromLatin1(user.passwordHash)});
    if (!query) {
        if (d->lastWasConstraint())
            return Error{ErrorCode::Conflict,
                         QStringLiteral("the username \"%1\" is taken").arg(user.username)};
        return query.error();
    }
    (*query)->finish();
    return {};
}

Result<UserRow> Store::user(const QString &username)
{
    Result<QSqlQuery> query = d->select(
        QStringLiteral("SELECT id, username, role, password_hash FROM users WHERE username = ?"), {username});
    if (!query)
        return query.error();
    if (!query->next())
        return Error{ErrorCode::NotFound, QStringLiteral("no user \"%1\"").arg(username)};
    UserRow row;
    row.id = idFrom(query->value(0));
    row.username = query->value(1).toString();
    row.role = query->value(2).toString();
    row.passwordHash = query->value(3).toString().toLatin1();
    return row;
}

Result<qint64> Store::userCount()
{
    Result<QSqlQuery> query = d->select(QStringLiteral("SELECT count(*) FROM users"));
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toLongLong() : 0;
}

void Store::announceCatalogChange()
{
    if (!d->isPostgres())
        return;
    // Not telling is no error: the others find out at their next periodic check.
    [[maybe_unused]] const Status told = d->sendNotice(QByteArrayLiteral(R"({"catalog":true})"));
}

Status Store::Private::sendNotice(const QByteArray &payload)
{
    Result<QSqlQuery *> query =
        run(QStringLiteral("SELECT pg_notify(?, ?)"), {kChannel, QString::fromUtf8(payload)});
    if (!query)
        return query.error();
    (*query)->finish();
    return {};
}

void Store::setChangeOrigin(const QString &origin)
{
    d->origin = origin;
}

Status Store::listenForChanges(std::function<void(const QString &payload)> callback)
{
    // SQLite has no notifications (processes sharing a file poll peerChangeCounts() instead).
    // Listening succeeds and the callback is never called.
    if (!d->isPostgres())
        return {};
    d->notify = std::move(callback);
    QSqlDriver *driver = d->db.driver();
    if (!driver->subscribedToNotifications().contains(kChannel)
        && !driver->subscribeToNotification(kChannel)) {
        return Error{ErrorCode::StoreUnavailable, QStringLiteral("cannot listen for changes on %1: %2")
                                                      .arg(d->where, driver->lastError().text().trimmed())};
    }
    QObject::disconnect(d->notifyConnection);
    Private *p = d.get();
    d->notifyConnection =
        QObject::connect(driver, &QSqlDriver::notification, driver,
                         [p](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                             if (name == kChannel && p->notify)
                                 p->notify(payload.toString());
                         });
    return {};
}

} // namespace tessera
