#pragma once

#include "core/common/result.h"

#include <QString>

namespace tessera {

/// Where the data lives: `sqlite:///absolute/path/file.db` (or `sqlite::memory:` for a private
/// in-memory database) or `postgresql://user:password@host:port/database` where host may be
/// omitted and given as `?host=/unix/socket/dir` instead. Parsing never touches the network.
struct DatabaseUrl
{
    enum class Kind {
        Sqlite,
        Postgres
    };
    Kind kind = Kind::Sqlite;
    QString path; ///< SQLite file (":memory:" for in-memory)
    QString host; ///< PostgreSQL host name or unix socket directory
    int port = 5432;
    QString user;
    QString password;
    QString database;

    /// Parses a URL; a clear InvalidInput error names what is wrong ("unknown scheme \"mysql\"").
    static Result<DatabaseUrl> parse(const QString &text);
    /// The default embedded database: tessera.db in QStandardPaths::AppDataLocation.
    static DatabaseUrl defaultLocation();
    /// The URL with the password replaced by "***", for messages and logs.
    QString redacted() const;
    QString toString() const;
    /// Store::open's message without its "cannot open URL: " lead, for a front end that names
    /// the database itself ("Cannot open the database URL: <reason>").
    QString openFailureReason(const QString &message) const;
};

} // namespace tessera
