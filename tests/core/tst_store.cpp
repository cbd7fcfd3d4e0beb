// The Store on real SQLite files: the shared checks of StoreTests plus SQLite's own settings and
// failures.

#include "core/store/store.h"
#include "tests/support/storetests.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tessera;

class TestStore final : public test::StoreTests
{
    Q_OBJECT

protected:
    DatabaseUrl freshDatabase() override
    {
        DatabaseUrl url;
        url.kind = DatabaseUrl::Kind::Sqlite;
        url.path = m_dir.filePath(QStringLiteral("db%1/tessera.db").arg(++m_count)); // the folder is created
        return url;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void walAndFullSync();
    void inMemory();
    void badLocationGivesClearError_data();
    void badLocationGivesClearError();

private:
    QTemporaryDir m_dir;
    int m_count = 0;
};

void TestStore::walAndFullSync()
{
    const DatabaseUrl url = freshDatabase();
    Result<std::unique_ptr<Store>> store = Store::open(url);
    QVERIFY(store);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
    db.setDatabaseName(url.path);
    QVERIFY(db.open());
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(query.exec(QStringLiteral("SELECT sqlite_version()")) && query.next());
    qInfo("SQLite %s", qPrintable(query.value(0).toString()));
    query.finish();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}

void TestStore::inMemory()
{
    Result<DatabaseUrl> url = DatabaseUrl::parse(QStringLiteral("sqlite::memory:"));
    QVERIFY(url);
    Result<std::unique_ptr<Store>> store = Store::open(*url);
    QVERIFY(store);
    QCOMPARE(*(*store)->userCount(), 0);
    // Listening on SQLite succeeds and does nothing.
    QVERIFY((*store)->listenForChanges([](const QString &) {}));
}

void TestStore::badLocationGivesClearError_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");
    QTest::newRow("below a file") << QStringLiteral("/dev/null/tessera.db")
                                  << QStringLiteral("cannot create the folder");
    QTest::newRow("a folder") << QStringLiteral("/tmp") << QStringLiteral("is a folder");
    QTest::newRow("not a database") << QStringLiteral("@notadb") << QStringLiteral("cannot open");
}

void TestStore::badLocationGivesClearError()
{
    QFETCH(QString, path);
    QFETCH(QString, expected);
    if (path == QLatin1StringView("@notadb")) {
        path = m_dir.filePath(QStringLiteral("garbage.db"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
    }
    DatabaseUrl url;
    url.path = path;
    Result<std::unique_ptr<Store>> store = Store::open(url);
    QVERIFY(!store);
    QCOMPARE(store.errorCode(), ErrorCode::StoreUnavailable);
    QVERIFY2(store.error().message.contains(expected), qPrintable(store.error().message));
    QVERIFY2(store.error().message.contains(url.redacted()), qPrintable(store.error().message));
    // The connection is gone: no Qt connection left behind.
    for (const QString &name : QSqlDatabase::connectionNames())
        QVERIFY2(!name.startsWith(QLatin1StringView("tessera-store-")), qPrintable(name));
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
