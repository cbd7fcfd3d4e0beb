#pragma once

// Internal to core/store.

#include <QString>

#include <condition_variable>
#include <mutex>
#include <thread>

struct sqlite3;

namespace tessera {

/// Copies a SQLite database's write-ahead log back into the database file (a checkpoint) on a
/// thread of its own, with a connection of its own, instead of inside a commit.
///
/// SQLite's default is a checkpoint in the commit that brings the log past 1,000 pages, so every
/// few batches one commit (and every sale acknowledged by it) waits for the copy and two more
/// fsyncs. attach() replaces that hook on the writing connection: past kStartBytes of log (the
/// 1,000 pages of SQLite's default with 4 KiB pages) the checkpointer thread is woken and runs a PASSIVE
/// checkpoint (it never blocks the writer); past kBackstopBytes of log, if the thread falls behind, the
/// writer checkpoints itself as SQLite would, so the log stays bounded. Durability is unchanged: a commit is
/// durable once the log is synced.
class SqliteCheckpointer final
{
public:
    explicit SqliteCheckpointer(QString path);
    ~SqliteCheckpointer();
    Q_DISABLE_COPY_MOVE(SqliteCheckpointer)

    /// Takes over the checkpoints of `writer`, a connection to the same file.
    void attach(sqlite3 *writer);

    static constexpr qint64 kStartBytes = 4 * 1024 * 1024;
    static constexpr qint64 kBackstopBytes = 64 * 1024 * 1024;

private:
    static int walHook(void *self, sqlite3 *db, const char *name, int frames);
    void wake();
    void run();

    const QString m_path;
    // Set from the page size by attach().
    int m_startFrames = int(kStartBytes / 4096);
    int m_backstopFrames = int(kBackstopBytes / 4096);
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_wanted = false;
    bool m_stopping = false;
    std::thread m_thread; // started on the first wake()
};

} // namespace tessera
