#include "core/store/databaseurl.h"

#include <QDir>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

namespace tessera {

namespace {

Error badUrl(const QString &message)
{
    return Error{ErrorCode::InvalidInput, QStringLiteral("invalid database URL: ") + message};
}

const QString kMemory = QStringLiteral(":memory:");

Result<DatabaseUrl> parseSqlite(const QString &text, const QUrl &url)
{
    DatabaseUrl result;
    result.kind = DatabaseUrl::Kind::Sqlite;
    if (text == QLatin1StringView("sqlite::memory:")) {
        result.path = kMemory;
        return result;
    }
    if (!url.host().isEmpty())
        return badUrl(
            QStringLiteral("\"%1\": a SQLite URL has no host; write sqlite:///absolute/path/file.db")
                .arg(text));
    const QString path = url.path(QUrl::FullyDecoded);
    if (path.isEmpty())
        return badUrl(
            QStringLiteral("\"%1\": no file path; write sqlite:///absolute/path/file.db").arg(text));
    if (!QDir::isAbsolutePath(path))
        return badUrl(
            QStringLiteral("\"%1\": the file path must be absolute (sqlite:///absolute/path/file.db)")
                .arg(text));
    if (path.endsWith(u'/'))
        return badUrl(QStringLiteral("\"%1\": the path names a folder, not a file").arg(text));
    if (url.hasQuery() || url.hasFragment())
        return badUrl(QStringLiteral("\"%1\": a SQLite URL takes no query or fragment").arg(text));
    result.path = QDir::cleanPath(path);
    return result;
}

Result<DatabaseUrl> parsePostgres(const QString &text, const QUrl &url)
{
    DatabaseUrl result;
    result.kind = DatabaseUrl::Kind::Postgres;
    result.host = url.host(QUrl::FullyDecoded);
    result.user = url.userName(QUrl::FullyDecoded);
    result.password = url.password(QUrl::FullyDecoded);
    if (url.port() != -1)
        result.port = url.port();
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1StringView("host")) {
            result.host = value;
        } else if (key == QLatin1StringView("port")) {
            bool ok = false;
            const int port = value.toInt(&ok);
            if (!ok || port <= 0 || port > 65535)
                return badUrl(
                    QStringLiteral("\"%1\": port \"%2\" is not a number from 1 to 65535").arg(text, value));
            result.port = port;
        } else if (key == QLatin1StringView("user")) {
            result.user = value;
        } else if (key == QLatin1StringView("password")) {
            result.password = value;
        } else {
            return badUrl(
                QStringLiteral(
                    "\"%1\": unknown parameter \"%2\" (host, port, user and password are understood)")
                    .arg(text, key));
        }
    }
    QString database = url.path(QUrl::FullyDecoded);
    if (database.startsWith(u'/'))
        database.remove(0, 1);
    if (database.isEmpty())
        return badUrl(QStringLiteral("\"%1\": no database name (postgresql://user@host/database)").arg(text));
    if (database.contains(u'/'))
        return badUrl(QStringLiteral("\"%1\": the database name may not contain '/'").arg(text));
    result.database = database;
    return result;
}

} // namespace

Result<DatabaseUrl> DatabaseUrl::parse(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return badUrl(
            QStringLiteral("empty; expected sqlite:///path/file.db or postgresql://user@host/database"));
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return badUrl(QStringLiteral("\"%1\": %2").arg(text, url.errorString()));
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1StringView("sqlite"))
        return parseSqlite(text, url);
    if (scheme == QLatin1StringView("postgresql") || scheme == QLatin1StringView("postgres"))
        return parsePostgres(text, url);
    if (scheme.isEmpty())
        return badUrl(QStringLiteral("\"%1\": no scheme; expected sqlite:// or postgresql://").arg(text));
    return badUrl(QStringLiteral("unknown scheme \"%1\"; expected sqlite or postgresql").arg(url.scheme()));
}

DatabaseUrl DatabaseUrl::defaultLocation()
{
    DatabaseUrl url;
    url.kind = Kind::Sqlite;
    url.path = QDir::cleanPath(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                               + QStringLiteral("/tessera.db"));
    return url;
}

namespace {

QString format(const DatabaseUrl &url, const QString &password)
{
    if (url.kind == DatabaseUrl::Kind::Sqlite) {
        if (url.path == kMemory)
            return QStringLiteral("sqlite::memory:");
        return QStringLiteral("sqlite://") + QString::fromLatin1(QUrl::toPercentEncoding(url.path, "/"));
    }
    QUrl out;
    out.setScheme(QStringLiteral("postgresql"));
    out.setUserName(url.user);
    out.setPassword(password);
    const bool socket = url.host.startsWith(u'/');
    if (!socket)
        out.setHost(url.host);
    out.setPath(u'/' + url.database);
    QUrlQuery query;
    if (socket) {
        query.addQueryItem(QStringLiteral("host"), url.host);
        query.addQueryItem(QStringLiteral("port"), QString::number(url.port));
    } else if (url.port != 5432) {
        out.setPort(url.port);
    }
    out.setQuery(query);
    QString text = out.toString();
    // QUrl drops the "//" when there is no authority at all; libpq wants postgresql:///database.
    const QLatin1StringView scheme("postgresql:");
    if (!text.startsWith(QLatin1StringView("postgresql://")))
        text = QStringLiteral("postgresql://") + text.mid(scheme.size());
    return text;
}

} // namespace

QString DatabaseUrl::redacted() const
{
    return format(*this, password.isEmpty() ? QString() : QStringLiteral("***"));
}

QString DatabaseUrl::toString() const
{
    return format(*this, password);
}

QString DatabaseUrl::openFailureReason(const QString &message) const
{
    const QString lead = QStringLiteral("cannot open %1: ").arg(redacted());
    return message.startsWith(lead) ? message.mid(lead.size()) : message;
}

} // namespace tessera
