#pragma once

#include "core/store/databaseurl.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace tessera::test {

/// A PostgreSQL server for tests. Either the one tests/with-postgres.sh started (when
/// TESSERA_TEST_PG_URL is set, unless a private cluster is asked for), or a throwaway cluster
/// this object initialises in a temporary directory (as the `postgres` user when running as
/// root), listening on a Unix socket only, and stops and deletes when destroyed.
class PgCluster final
{
public:
    enum class Source {
        SharedIfAvailable,
        Private
    };
    enum class Durability {
        Fast,
        Durable
    }; ///< Fast: fsync off (throwaway data)

    PgCluster() = default;
    ~PgCluster();
    Q_DISABLE_COPY_MOVE(PgCluster)

    /// Where initdb and pg_ctl are: TESSERA_PG_BINDIR or PostgreSQL 15's folder.
    static QString binDir();
    /// True when the server binaries are installed.
    static bool binariesAvailable();

    /// Uses the shared server or starts a private one. False with errorString() on failure.
    bool start(Source source = Source::SharedIfAvailable, Durability durability = Durability::Fast);
    QString errorString() const { return m_error; }
    bool isPrivate() const { return m_dir != nullptr; }

    /// The URL of the server's maintenance database (for CREATE DATABASE).
    DatabaseUrl adminUrl() const { return m_admin; }
    /// Creates a new, empty database with a unique name and returns its URL (invalid on failure).
    DatabaseUrl createDatabase(QString *error = nullptr);

    /// Runs pg_ctl ACTION on a private cluster ("stop" / "start"), waiting for it to finish.
    bool control(const QString &action);

private:
    bool run(const QString &program, const QStringList &arguments, bool asOwner);

    std::unique_ptr<QTemporaryDir> m_dir;
    DatabaseUrl m_admin;
    QString m_error;
    QStringList m_serverOptions;
    bool m_running = false;
};

} // namespace tessera::test
