#include "core/store/sqlitecheckpointer.h"

#include <sqlite3.h>

#include <algorithm>

namespace tessera {

SqliteCheckpointer::SqliteCheckpointer(QString path)
    : m_path(std::move(path))
{}

SqliteCheckpointer::~SqliteCheckpointer()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    if (m_thread.joinable())
        m_thread.join();
}

void SqliteCheckpointer::attach(sqlite3 *writer)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(writer, "PRAGMA page_size", -1, &statement, nullptr) == SQLITE_OK
        && sqlite3_step(statement) == SQLITE_ROW) {
        const qint64 pageSize = sqlite3_column_int64(statement, 0);
        if (pageSize > 0) {
            m_startFrames = int(std::max<qint64>(1, kStartBytes / pageSize));
            m_backstopFrames = int(std::max<qint64>(m_startFrames, kBackstopBytes / pageSize));
        }
    }
    sqlite3_finalize(statement);
    sqlite3_wal_hook(writer, &SqliteCheckpointer::walHook, this);
}

int SqliteCheckpointer::walHook(void *self, sqlite3 *db, const char *name, int frames)
{
    auto *checkpointer = static_cast<SqliteCheckpointer *>(self);
    if (frames >= checkpointer->m_backstopFrames)
        sqlite3_wal_checkpoint_v2(db, name, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    else if (frames >= checkpointer->m_startFrames)
        checkpointer->wake();
    return SQLITE_OK;
}

void SqliteCheckpointer::wake()
{
    {
        std::lock_guard lock(m_mutex);
        if (m_wanted || m_stopping)
            return;
        m_wanted = true;
        if (!m_thread.joinable())
            m_thread = std::thread([this] { run(); });
    }
    m_wake.notify_one();
}

void SqliteCheckpointer::run()
{
    sqlite3 *db = nullptr;
    const QByteArray path = m_path.toUtf8();
    if (sqlite3_open_v2(path.constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr)
        != SQLITE_OK) {
        sqlite3_close(db);
        db = nullptr;
    }
    if (db) {
        // The checkpoint syncs the log before and the database file after the copy, as the
        // writer's own checkpoints do with synchronous = FULL.
        sqlite3_exec(db, "PRAGMA synchronous = FULL", nullptr, nullptr, nullptr);
        sqlite3_busy_timeout(db, 5000);
        sqlite3_wal_autocheckpoint(db, 0);
        // Reading the schema opens the log: a connection that has read nothing does not know
        // the file is in WAL mode and its checkpoints do nothing.
        sqlite3_exec(db, "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr);
    }
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_wanted || m_stopping; });
        if (m_stopping)
            break;
        lock.unlock();
        if (db)
            sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        lock.lock();
        m_wanted = false;
    }
    lock.unlock();
    sqlite3_close(db);
}

} // namespace tessera
