// The Store on real SQLite files: the shared checks of StoreTests plus SQLite's own settings and
// failures.

#include "core/common/ids.h"
#include "core/store/schema_p.h"
#include "core/store/sqlitecheckpointer.h"
#include "core/store/store.h"
#include "core/store/store_p.h"
#include "tests/support/storetests.h"
#include "tests/support/storetests_p.h"

#include <QDir>
#include <QFileInfo>
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
    void pageSizeOfNewAndExistingFiles();
    void versionSixFileKeepsItsStandingCounts();
    void versionEightFileIndexesLiveOrdersBySale();
    void inMemory();
    void uuidTextIsTheStoredForm();
    void checkpointsRunWhileTheWriterKeepsWriting();
    void badLocationGivesClearError_data();
    void badLocationGivesClearError();

private:
    QTemporaryDir m_dir;
    int m_count = 0;
};

namespace {

/// Brings an empty SQLite file to schema `version` the way that version of Tessera did; the
/// first error, empty on success.
QString migrateTo(test::storefixtures::RawConnection &raw, int version)
{
    QString error =
        raw.exec(QStringLiteral(
                     "CREATE TABLE schema_version (version integer PRIMARY KEY, applied_ms bigint NOT NULL)"),
                 {});
    const QList<QStringList> &migrations = schema::migrations(schema::Dialect::Sqlite);
    if (migrations.size() <= version)
        return QStringLiteral("no migration after version %1").arg(version);
    for (int v = 0; v < version && error.isEmpty(); ++v) {
        for (const QString &statement : migrations.at(v)) {
            if (error.isEmpty())
                error = raw.exec(statement, {});
        }
        if (error.isEmpty())
            error = raw.exec(QStringLiteral("INSERT INTO schema_version VALUES (?, 0)"), {v + 1});
    }
    return error;
}

} // namespace

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

void TestStore::pageSizeOfNewAndExistingFiles()
{
    auto pageSize = [](const QString &path) {
        int size = 0;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("pages"));
            db.setDatabaseName(path);
            if (db.open()) {
                QSqlQuery query(db);
                if (query.exec(QStringLiteral("PRAGMA page_size")) && query.next())
                    size = query.value(0).toInt();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("pages"));
        return size;
    };
    // A new file gets 16 KiB pages.
    const DatabaseUrl fresh = freshDatabase();
    QVERIFY(Store::open(fresh));
    QCOMPARE(pageSize(fresh.path), 16384);

    // A file made with SQLite's default 4 KiB pages keeps them, and the store works on it.
    const DatabaseUrl old = freshDatabase();
    QVERIFY(QDir().mkpath(QFileInfo(old.path).path()));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        db.setDatabaseName(old.path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA page_size = 4096")));
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE made_before (x INTEGER)")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
    QCOMPARE(pageSize(old.path), 4096);
    Result<std::unique_ptr<Store>> store = Store::open(old);
    QVERIFY2(store, store ? "" : qPrintable(store.error().message));
    QCOMPARE(*(*store)->userCount(), 0);
    store->reset();
    QCOMPARE(pageSize(old.path), 4096);
}

void TestStore::versionSixFileKeepsItsStandingCounts()
{
    // A file of schema version 6 counted standing tickets with an insert trigger; version 7 drops
    // it and the store counts them itself. What was counted before stays, nothing is counted twice.
    const DatabaseUrl url = freshDatabase();
    QVERIFY(QDir().mkpath(QFileInfo(url.path).path()));
    const QString event = uuidText(test::storefixtures::sampleEvent().id);
    {
        test::storefixtures::RawConnection raw(url);
        QCOMPARE(migrateTo(raw, 6), QString());
        QCOMPARE(
            raw.exec(QStringLiteral("INSERT INTO standing_areas (event_id, area_index, id, name, category, "
                                    "capacity, x, y, width, height) VALUES (?, 0, ?, 'Floor', 'a', 5, 0, 0, "
                                    "1, 1)"),
                     {event, uuidText(newUuid())}),
            QString());
        QCOMPARE(raw.exec(QStringLiteral("INSERT INTO tickets (id, position, event_id, standing_area_index, "
                                         "seat_label, price_cents, status) VALUES (?, 0, ?, 0, 'Floor', 0, "
                                         "'confirmed')"),
                          {uuidText(newUuid()), event}),
                 QString());
        QCOMPARE(raw.column(QStringLiteral("SELECT sold FROM standing_areas"), {}),
                 QStringList{QStringLiteral("1")});
    }

    Result<std::unique_ptr<Store>> store = Store::open(url);
    QVERIFY2(store, store ? "" : qPrintable(store.error().message));
    QCOMPARE((*store)->schemaVersion(), schema::latestVersion());
    PumpBatch batch;
    const VenueLayout layout = test::storefixtures::sampleLayout();
    const QUuid eventId = test::storefixtures::sampleEvent().id;
    batch.sales.push_back(test::storefixtures::makeSale(eventId, layout, {}, 1, 0, 3));
    batch.sales.push_back(test::storefixtures::makeSale(eventId, layout, {}, 2, 0, 2)); // 6 of 5
    Result<BatchOutcome> outcome = (*store)->write(batch);
    QVERIFY2(outcome, outcome ? "" : qPrintable(outcome.error().message));
    QCOMPARE(outcome->refusedSales, std::vector<qsizetype>{1});

    test::storefixtures::RawConnection raw(url);
    QCOMPARE(
        raw.column(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name"), {}),
        (QStringList{QStringLiteral("tickets_standing_delete"), QStringLiteral("tickets_standing_update")}));
    QCOMPARE(raw.column(QStringLiteral("SELECT sold FROM standing_areas"), {}),
             QStringList{QStringLiteral("4")});
}

void TestStore::versionEightFileIndexesLiveOrdersBySale()
{
    // Version 9 rebuilds orders_by_sale without the cancelled orders: an existing file keeps its
    // orders, a live sale is still cancelled by its engine sale id, a cancelled one is left out.
    const DatabaseUrl url = freshDatabase();
    QVERIFY(QDir().mkpath(QFileInfo(url.path).path()));
    const QString event = uuidText(test::storefixtures::sampleEvent().id);
    const QString live = uuidText(newTimeOrderedUuid());
    const QString ticket = uuidText(newTimeOrderedUuid());
    {
        test::storefixtures::RawConnection raw(url);
        QCOMPARE(migrateTo(raw, 8), QString());
        const QString order = QStringLiteral(
            "INSERT INTO orders (id, event_id, payment, customer_name, customer_email, total_cents, "
            "status, engine_sale_id) VALUES (?, ?, 'cash', '', '', 100, ?, ?)");
        QCOMPARE(raw.exec(order, {live, event, QStringLiteral("completed"), 22}), QString());
        QCOMPARE(raw.exec(order, {uuidText(newTimeOrderedUuid()), event, QStringLiteral("cancelled"), 23}),
                 QString());
        QCOMPARE(
            raw.exec(QStringLiteral("INSERT INTO tickets (id, order_id, position, event_id, seat_index, "
                                    "seat_label, price_cents, status) VALUES (?, ?, 0, ?, 2, 'A-3', 100, "
                                    "'confirmed')"),
                     {ticket, live, event}),
            QString());
    }

    Result<std::unique_ptr<Store>> store = Store::open(url);
    QVERIFY2(store, store ? "" : qPrintable(store.error().message));
    QCOMPARE((*store)->schemaVersion(), schema::latestVersion());
    {
        test::storefixtures::RawConnection raw(url);
        const QStringList index =
            raw.column(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'orders_by_sale'"), {});
        QCOMPARE(index.size(), 1);
        QVERIFY2(index.first().contains(QStringLiteral("WHERE status <> 'cancelled'")),
                 qPrintable(index.first()));
        QCOMPARE(raw.column(QStringLiteral("SELECT engine_sale_id FROM orders INDEXED BY orders_by_sale "
                                           "WHERE event_id = ? AND status <> 'cancelled'"),
                            {event}),
                 QStringList{QStringLiteral("22")});
    }
    PumpBatch batch;
    CancelRow cancel;
    cancel.eventId = test::storefixtures::sampleEvent().id;
    cancel.seatIndices = {2};
    cancel.engineSaleId = 22;
    batch.cancels.push_back(cancel);
    Result<BatchOutcome> outcome = (*store)->write(batch);
    QVERIFY2(outcome, outcome ? "" : qPrintable(outcome.error().message));
    Result<Order> order = (*store)->order(parseUuid(live));
    QVERIFY(order);
    QCOMPARE(order->status, OrderStatus::Cancelled);
    QCOMPARE(order->tickets.size(), 1);
    QCOMPARE(order->tickets[0].status, TicketStatus::Cancelled);
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

void TestStore::uuidTextIsTheStoredForm()
{
    // Bulk inserts write ids with writeUuidText; every other statement binds uuidText().
    QList<QUuid> ids{QUuid(), QUuid::fromString(u"ffffffff-ffff-ffff-ffff-ffffffffffff"),
                     QUuid::fromString(u"00000000-0000-0000-0000-000000000001")};
    for (int i = 0; i < 1000; ++i)
        ids.append(i % 2 ? newUuid() : newTimeOrderedUuid());
    for (const QUuid &id : std::as_const(ids)) {
        char text[36];
        // Pointers, not strings (QCOMPARE would strcmp two char pointers).
        QVERIFY(writeUuidText(id, text) == text + 36);
        QCOMPARE(QString::fromLatin1(text, 36), uuidText(id));
    }
}

void TestStore::checkpointsRunWhileTheWriterKeepsWriting()
{
    // The log is copied into the database file by the checkpointer thread while the store stays
    // open and keeps its connection (SQLite alone would only do it in a commit or at close).
    const DatabaseUrl url = freshDatabase();
    Result<std::unique_ptr<Store>> store = Store::open(url);
    QVERIFY(store);
    const qint64 before = QFileInfo(url.path).size();
    const QUuid event = newUuid();
    // Write until the log is past the size at which the checkpointer starts.
    const QString log = url.path + QStringLiteral("-wal");
    int batches = 0;
    for (int batchNumber = 0; QFileInfo(log).size() <= SqliteCheckpointer::kStartBytes; ++batchNumber) {
        QVERIFY(batchNumber < 100);
        ++batches;
        PumpBatch batch;
        for (int i = 0; i < 2000; ++i) {
            SaleRow sale;
            sale.order.id = newTimeOrderedUuid();
            sale.order.eventId = event;
            sale.order.customerName = QStringLiteral("Customer %1").arg(i);
            Ticket ticket;
            ticket.id = newTimeOrderedUuid();
            ticket.eventId = event;
            ticket.seatLabel = QStringLiteral("A-%1").arg(i);
            ticket.status = TicketStatus::Confirmed;
            sale.order.tickets.append(ticket);
            sale.seatIndex.push_back(quint32(batchNumber * 2000 + i));
            sale.engineSaleId = HoldId(batchNumber * 2000 + i + 1);
            batch.sales.push_back(std::move(sale));
        }
        Result<BatchOutcome> outcome = (*store)->write(batch);
        QVERIFY(outcome);
        QVERIFY(outcome->refusedSales.empty());
    }
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(url.path).size() > before + 1'000'000, 60'000);
    QCOMPARE(*(*store)->liveTickets(event), batches * 2000);
}

void TestStore::badLocationGivesClearError_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");
    QTest::newRow("below a file") << QStringLiteral("/dev/null/tessera.db")
                                  << QStringLiteral("cannot create the folder");
    QTest::newRow("a folder") << QStringLiteral("/tmp") << QStringLiteral("is a folder");
    QTest::newRow("not a database") << QStringLiteral("@notadb") << QStringLiteral("is not a database file");
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
