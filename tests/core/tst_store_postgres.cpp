// The Store on a real PostgreSQL server: the shared checks of StoreTests (each on its own fresh
// database), plus notifications between connections, connection failures and an outage. Uses the
// server of tests/with-postgres.sh (TESSERA_TEST_PG_URL) or starts a throwaway cluster.

#include "core/common/ids.h"
#include "core/store/store.h"
#include "tests/support/pgcluster.h"
#include "tests/support/storetests.h"

#include <QSqlDatabase>
#include <QTest>

using namespace tessera;

class TestStorePostgres final : public test::StoreTests
{
    Q_OBJECT

protected:
    DatabaseUrl freshDatabase() override
    {
        QString error;
        DatabaseUrl url = m_cluster.createDatabase(&error);
        if (url.database.isEmpty())
            qFatal("cannot create a test database: %s", qPrintable(error));
        return url;
    }

private slots:
    void initTestCase();
    void notificationsReachOtherConnections();
    void badServerGivesClearError_data();
    void badServerGivesClearError();
    void outageIsReportedAndRecovered();

private:
    test::PgCluster m_cluster;
};

void TestStorePostgres::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("TESSERA_TEST_PG_URL") && !test::PgCluster::binariesAvailable()) {
        QSKIP(qPrintable(QStringLiteral("PostgreSQL server binaries are not installed in %1 and "
                                        "TESSERA_TEST_PG_URL is not set")
                             .arg(test::PgCluster::binDir())));
    }
    QVERIFY2(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")), "the Qt QPSQL driver is missing");
    QVERIFY2(m_cluster.start(), qPrintable(m_cluster.errorString()));
}

void TestStorePostgres::notificationsReachOtherConnections()
{
    const DatabaseUrl url = freshDatabase();
    std::unique_ptr<Store> listener = openStore(url);
    std::unique_ptr<Store> writer = openStore(url);
    QVERIFY(listener && writer);
    QStringList payloads;
    QVERIFY(listener->listenForChanges([&payloads](const QString &payload) { payloads.append(payload); }));
    const QUuid event = newUuid();
    PumpBatch batch;
    batch.holdsStarted.push_back(
        HoldRow{event, newUuid(), 1, 1, QStringLiteral("clerk"), 1'000, {3}, kNoIndex, 0});
    QVERIFY(writer->write(batch));
    QTRY_COMPARE_WITH_TIMEOUT(payloads.size(), 1, 1000);
    QVERIFY2(payloads.first().contains(uuidText(event)), qPrintable(payloads.first()));
}

void TestStorePostgres::badServerGivesClearError_data()
{
    QTest::addColumn<QString>("change");
    QTest::newRow("no such database") << QStringLiteral("database");
    QTest::newRow("no server on the port") << QStringLiteral("port");
    QTest::newRow("no such host") << QStringLiteral("host");
}

void TestStorePostgres::badServerGivesClearError()
{
    QFETCH(QString, change);
    DatabaseUrl url = m_cluster.adminUrl();
    url.password = QStringLiteral("secret-password");
    if (change == QLatin1StringView("database"))
        url.database = QStringLiteral("no_such_database");
    else if (change == QLatin1StringView("port"))
        url.port = 1;
    else
        url.host = QStringLiteral("no-such-host.invalid");
    Result<std::unique_ptr<Store>> store = Store::open(url);
    QVERIFY(!store);
    QCOMPARE(store.errorCode(), ErrorCode::StoreUnavailable);
    const QString message = store.error().message;
    QVERIFY2(message.contains(url.redacted()), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1StringView("secret-password")), qPrintable(message));
}

void TestStorePostgres::outageIsReportedAndRecovered()
{
    // Stopping a shared server would break tests running next to this one: use a private one.
    test::PgCluster cluster;
    QVERIFY2(cluster.start(test::PgCluster::Source::Private), qPrintable(cluster.errorString()));
    QString error;
    const DatabaseUrl url = cluster.createDatabase(&error);
    QVERIFY2(!url.database.isEmpty(), qPrintable(error));
    std::unique_ptr<Store> store = openStore(url);
    QVERIFY(store);
    const QUuid event = newUuid();
    PumpBatch batch;
    batch.holdsStarted.push_back(
        HoldRow{event, newUuid(), 1, 1, QStringLiteral("clerk"), 1'000, {3}, kNoIndex, 0});

    QVERIFY(cluster.control(QStringLiteral("stop")));
    QVERIFY(!store->isAlive());
    Result<BatchOutcome> outcome = store->write(batch);
    QVERIFY(!outcome);
    QCOMPARE(outcome.errorCode(), ErrorCode::StoreUnavailable);
    QCOMPARE(store->reconnect().errorCode(), ErrorCode::StoreUnavailable);

    QVERIFY(cluster.control(QStringLiteral("start")));
    QVERIFY(store->reconnect());
    QVERIFY(store->isAlive());
    QVERIFY(store->write(batch));
}

QTEST_GUILESS_MAIN(TestStorePostgres)
#include "tst_store_postgres.moc"
