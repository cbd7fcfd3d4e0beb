// DatabaseUrl: parsing of good and bad URLs, redaction and the text form.

#include "core/store/databaseurl.h"

#include <QTest>

using namespace tessera;

Q_DECLARE_METATYPE(DatabaseUrl::Kind)

class TestDatabaseUrl final : public QObject
{
    Q_OBJECT

private slots:
    void parsesGoodUrls_data();
    void parsesGoodUrls();
    void refusesBadUrls_data();
    void refusesBadUrls();
    void redactsThePassword();
    void defaultLocationIsAnAbsoluteSqliteFile();
};

void TestDatabaseUrl::parsesGoodUrls_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<DatabaseUrl::Kind>("kind");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("canonical");

    using K = DatabaseUrl::Kind;
    QTest::newRow("sqlite file") << "sqlite:///var/lib/tessera/box.db" << K::Sqlite
                                 << "/var/lib/tessera/box.db"
                                 << "" << 5432 << ""
                                 << ""
                                 << ""
                                 << "sqlite:///var/lib/tessera/box.db";
    QTest::newRow("sqlite spaces") << "sqlite:///home/a%20b/t.db" << K::Sqlite << "/home/a b/t.db"
                                   << "" << 5432 << ""
                                   << ""
                                   << ""
                                   << "sqlite:///home/a%20b/t.db";
    QTest::newRow("sqlite memory") << "sqlite::memory:" << K::Sqlite << ":memory:"
                                   << "" << 5432 << ""
                                   << ""
                                   << ""
                                   << "sqlite::memory:";
    QTest::newRow("postgresql full") << "postgresql://box:s3cret@db.example.org:6543/tessera" << K::Postgres
                                     << ""
                                     << "db.example.org" << 6543 << "box"
                                     << "s3cret"
                                     << "tessera"
                                     << "postgresql://box:s3cret@db.example.org:6543/tessera";
    QTest::newRow("postgres alias") << "postgres://box@localhost/tessera" << K::Postgres << ""
                                    << "localhost" << 5432 << "box"
                                    << ""
                                    << "tessera"
                                    << "postgresql://box@localhost/tessera";
    QTest::newRow("socket dir") << "postgresql://postgres@/tessera_test?host=/tmp/pg.Ab12/sock&port=41234"
                                << K::Postgres << ""
                                << "/tmp/pg.Ab12/sock" << 41234 << "postgres"
                                << ""
                                << "tessera_test"
                                << "postgresql://postgres@/tessera_test?host=/tmp/pg.Ab12/sock&port=41234";
    QTest::newRow("encoded password") << "postgresql://box:p%40ss%2Fw@h/db" << K::Postgres << ""
                                      << "h" << 5432 << "box"
                                      << "p@ss/w"
                                      << "db"
                                      << "postgresql://box:p%40ss%2Fw@h/db";
    QTest::newRow("no user") << "postgresql:///db?host=/run/postgresql" << K::Postgres << ""
                             << "/run/postgresql" << 5432 << ""
                             << ""
                             << "db"
                             << "postgresql:///db?host=/run/postgresql&port=5432";
}

void TestDatabaseUrl::parsesGoodUrls()
{
    QFETCH(QString, text);
    Result<DatabaseUrl> url = DatabaseUrl::parse(text);
    QVERIFY2(url, qPrintable(url ? QString() : url.error().message));
    QTEST(url->kind, "kind");
    QTEST(url->path, "path");
    QTEST(url->host, "host");
    QTEST(url->port, "port");
    QTEST(url->user, "user");
    QTEST(url->password, "password");
    QTEST(url->database, "database");
    QTEST(url->toString(), "canonical");
    // The text form parses back to the same URL.
    Result<DatabaseUrl> again = DatabaseUrl::parse(url->toString());
    QVERIFY(again);
    QCOMPARE(again->toString(), url->toString());
    QCOMPARE(again->host, url->host);
    QCOMPARE(again->password, url->password);
}

void TestDatabaseUrl::refusesBadUrls_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << ""
                           << "empty";
    QTest::newRow("blank") << "   "
                           << "empty";
    QTest::newRow("mysql") << "mysql://root@localhost/db"
                           << "unknown scheme \"mysql\"";
    QTest::newRow("no scheme") << "/var/lib/tessera.db"
                               << "no scheme";
    QTest::newRow("sqlite relative") << "sqlite:tessera.db"
                                     << "absolute";
    QTest::newRow("sqlite host") << "sqlite://server/tessera.db"
                                 << "no host";
    QTest::newRow("sqlite no path") << "sqlite://"
                                    << "no file path";
    QTest::newRow("sqlite folder") << "sqlite:///var/lib/"
                                   << "folder";
    QTest::newRow("sqlite query") << "sqlite:///var/t.db?mode=ro"
                                  << "no query";
    QTest::newRow("pg no database") << "postgresql://box@localhost"
                                    << "no database name";
    QTest::newRow("pg slash only") << "postgresql://box@localhost/"
                                   << "no database name";
    QTest::newRow("pg bad port") << "postgresql://box@localhost:99999/db"
                                 << "invalid database URL";
    QTest::newRow("pg bad query port") << "postgresql://box@/db?host=/tmp&port=abc"
                                       << "port \"abc\"";
    QTest::newRow("pg unknown parameter") << "postgresql://box@h/db?sslmode=require"
                                          << "unknown parameter \"sslmode\"";
    QTest::newRow("pg nested path") << "postgresql://box@h/db/x"
                                    << "may not contain";
}

void TestDatabaseUrl::refusesBadUrls()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    Result<DatabaseUrl> url = DatabaseUrl::parse(text);
    QVERIFY(!url);
    QCOMPARE(url.errorCode(), ErrorCode::InvalidInput);
    QVERIFY2(url.error().message.contains(expected), qPrintable(url.error().message));
}

void TestDatabaseUrl::redactsThePassword()
{
    Result<DatabaseUrl> url = DatabaseUrl::parse(QStringLiteral("postgresql://box:s3cret@db:5433/tessera"));
    QVERIFY(url);
    QCOMPARE(url->redacted(), QStringLiteral("postgresql://box:***@db:5433/tessera"));
    QVERIFY(!url->redacted().contains(QLatin1StringView("s3cret")));
    url->password.clear();
    QCOMPARE(url->redacted(), QStringLiteral("postgresql://box@db:5433/tessera"));
}

void TestDatabaseUrl::defaultLocationIsAnAbsoluteSqliteFile()
{
    const DatabaseUrl url = DatabaseUrl::defaultLocation();
    QCOMPARE(url.kind, DatabaseUrl::Kind::Sqlite);
    QVERIFY(url.path.startsWith(u'/'));
    QVERIFY(url.path.endsWith(QLatin1StringView("/tessera.db")));
    QVERIFY(DatabaseUrl::parse(url.toString()));
}

QTEST_GUILESS_MAIN(TestDatabaseUrl)
#include "tst_databaseurl.moc"
