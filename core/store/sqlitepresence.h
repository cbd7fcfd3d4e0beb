#pragma once

#include <QString>
#include <QtGlobal>

namespace tessera {

/// Which processes have a SQLite database open right now.
///
/// Every process that opens the database holds a shared lock on the file "<database>-presence"
/// for as long as it keeps the database open: an open file description lock (F_OFD_SETLK), which
/// the kernel drops when the file is closed or the process ends, however it ends (a crash,
/// SIGKILL, a power cut). A process that finds no other lock there when it joins knows that
/// every hold in the database was made by a process that is gone, for example this terminal
/// before it crashed; a process that finds one must leave the live holds to their owners.
///
/// Locks on one file description conflict with those of every other, also within one process:
/// two box offices on one file in a test see each other as they would in two processes.
class SqlitePresence final
{
public:
    /// Joins the processes of the database file `path` (the file itself; the presence file is
    /// made next to it). Never fails: when the presence file cannot be made or locked (a
    /// read-only folder, a file system without locks), othersPresent() answers true, the careful
    /// answer.
    explicit SqlitePresence(const QString &path);
    ~SqlitePresence();
    Q_DISABLE_COPY_MOVE(SqlitePresence)

    /// Whether another process had the database open when this one joined.
    bool othersPresentAtJoin() const { return m_othersAtJoin; }
    /// Whether another process has the database open now.
    bool othersPresent() const;

    /// The presence file of the database file `path`.
    static QString presencePath(const QString &path);

private:
    int m_fd = -1;
    bool m_othersAtJoin = true;
};

} // namespace tessera
