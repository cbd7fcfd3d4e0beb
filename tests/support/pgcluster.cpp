#include "tests/support/pgcluster.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <unistd.h>

namespace tessera::test {

namespace {

QAtomicInteger<quint64> g_counter;

bool isRoot()
{
    return ::geteuid() == 0;
}

} // namespace

PgCluster::~PgCluster()
{
    if (m_dir && m_running)
        control(QStringLiteral("stop"));
}

QString PgCluster::binDir()
{
    const QString dir = qEnvironmentVariable("TESSERA_PG_BINDIR");
    return dir.isEmpty() ? QStringLiteral("/usr/lib/postgresql/15/bin") : dir;
}

bool PgCluster::binariesAvailable()
{
    return QFileInfo(binDir() + QStringLiteral("/initdb")).isExecutable()
           && QFileInfo(binDir() + QStringLiteral("/pg_ctl")).isExecutable();
}

bool PgCluster::run(const QString &program, const QStringList &arguments, bool asOwner)
{
    QProcess process;
    process.setWorkingDirectory(QStringLiteral("/"));
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (asOwner && isRoot()) {
        process.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                                             QStringLiteral("--"), program}
                                                     + arguments);
    } else {
        process.start(program, arguments);
    }
    if (!process.waitForFinished(120'000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        m_error =
            QStringLiteral("%1 failed: %2")
                .arg(QFileInfo(program).fileName(), QString::fromLocal8Bit(process.readAll()).trimmed());
        return false;
    }
    return true;
}

bool PgCluster::start(Source source, Durability durability)
{
    const QString shared = qEnvironmentVariable("TESSERA_TEST_PG_URL");
    if (source == Source::SharedIfAvailable && !shared.isEmpty()) {
        Result<DatabaseUrl> url = DatabaseUrl::parse(shared);
        if (!url) {
            m_error = url.error().message;
            return false;
        }
        m_admin = *url;
        return true;
    }
    if (!binariesAvailable()) {
        m_error = QStringLiteral("no PostgreSQL server binaries in %1").arg(binDir());
        return false;
    }
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/tessera-pgtest-XXXXXX"));
    if (!m_dir->isValid()) {
        m_error = QStringLiteral("cannot create a temporary folder");
        return false;
    }
    const QString base = m_dir->path();
    QDir().mkpath(base + QStringLiteral("/sock"));
    if (isRoot()
        && !run(QStringLiteral("chown"), {QStringLiteral("-R"), QStringLiteral("postgres:"), base}, false))
        return false;
    QFile::setPermissions(base, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeGroup
                                    | QFile::ExeOther);
    if (!run(binDir() + QStringLiteral("/initdb"),
             {QStringLiteral("-D"), base + QStringLiteral("/data"), QStringLiteral("-U"),
              QStringLiteral("postgres"), QStringLiteral("--auth=trust"), QStringLiteral("-E"),
              QStringLiteral("UTF8"), QStringLiteral("--no-sync"), QStringLiteral("--no-instructions")},
             true)) {
        return false;
    }
    const int port = 20000 + int(QRandomGenerator::global()->bounded(40000));
    m_serverOptions = {QStringLiteral("-k"), base + QStringLiteral("/sock"),
                       QStringLiteral("-p"), QString::number(port),
                       QStringLiteral("-c"), QStringLiteral("listen_addresses=''")};
    if (durability == Durability::Fast)
        m_serverOptions << QStringLiteral("-c") << QStringLiteral("fsync=off") << QStringLiteral("-c")
                        << QStringLiteral("full_page_writes=off");
    if (!control(QStringLiteral("start")))
        return false;
    m_admin.kind = DatabaseUrl::Kind::Postgres;
    m_admin.host = base + QStringLiteral("/sock");
    m_admin.port = port;
    m_admin.user = QStringLiteral("postgres");
    m_admin.database = QStringLiteral("postgres");
    return true;
}

bool PgCluster::control(const QString &action)
{
    if (!m_dir)
        return false;
    const QString base = m_dir->path();
    QStringList arguments{QStringLiteral("-D"),      base + QStringLiteral("/data"),
                          QStringLiteral("-l"),      base + QStringLiteral("/postgres.log"),
                          QStringLiteral("-w"),      QStringLiteral("-o"),
                          m_serverOptions.join(u' ')};
    if (action == QLatin1StringView("stop"))
        arguments << QStringLiteral("-m") << QStringLiteral("fast");
    arguments << action;
    const bool ok = run(binDir() + QStringLiteral("/pg_ctl"), arguments, true);
    if (ok)
        m_running = action != QLatin1StringView("stop");
    return ok;
}

DatabaseUrl PgCluster::createDatabase(QString *error)
{
    DatabaseUrl url = m_admin;
    const QString name =
        QStringLiteral("tessera_t%1_%2").arg(QCoreApplication::applicationPid()).arg(++g_counter);
    const QString connection = QStringLiteral("pgcluster-admin-") + name;
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(m_admin.host);
        db.setPort(m_admin.port);
        db.setUserName(m_admin.user);
        db.setPassword(m_admin.password);
        db.setDatabaseName(m_admin.database);
        if (!db.open()) {
            failure = db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("CREATE DATABASE ") + name))
                failure = query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    if (!failure.isEmpty()) {
        if (error)
            *error = failure;
        return DatabaseUrl{};
    }
    url.database = name;
    return url;
}

} // namespace tessera::test
