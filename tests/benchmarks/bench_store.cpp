// Rows/s of Store::write (multi-row statements, one transaction per batch) into SQLite
// (WAL, synchronous=FULL) and PostgreSQL (a private cluster started here, fsync on), side by side
// with a baseline: the same rows as one prepared INSERT executed per row, all rows of a batch in
// one transaction. A row is an order or a ticket (each sale: one order, one ticket); the
// store also writes one audit row per sale, not counted. Run the Release build by hand.

#include "core/common/ids.h"
#include "core/store/store.h"
#include "tests/support/pgcluster.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <memory>

using namespace tessera;

namespace {

std::unique_ptr<QTemporaryDir> g_dir;
std::unique_ptr<test::PgCluster> g_cluster;

DatabaseUrl sqliteUrl(const char *name)
{
    if (!g_dir)
        g_dir = std::make_unique<QTemporaryDir>();
    DatabaseUrl url;
    url.path = g_dir->filePath(QString::fromLatin1(name));
    return url;
}

DatabaseUrl postgresUrl()
{
    if (!g_cluster) {
        g_cluster = std::make_unique<test::PgCluster>();
        if (!g_cluster->start(test::PgCluster::Source::Private, test::PgCluster::Durability::Durable))
            qFatal("cannot start PostgreSQL: %s", qPrintable(g_cluster->errorString()));
    }
    return g_cluster->createDatabase();
}

/// `count` one-ticket sales of a fresh event (so no seat is ever sold twice).
PumpBatch makeBatch(int count)
{
    PumpBatch batch;
    const QUuid event = newUuid();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    batch.sales.reserve(std::size_t(count));
    for (int i = 0; i < count; ++i) {
        SaleRow sale;
        Order &order = sale.order;
        order.id = newTimeOrderedUuid(); // as the box office and the pump make them
        order.eventId = event;
        order.payment = PaymentMethod::Card;
        order.customerName = QStringLiteral("Customer %1").arg(i);
        order.totalCents = 4500;
        order.createdAt = now;
        order.updatedAt = now;
        Ticket ticket;
        ticket.id = newTimeOrderedUuid();
        ticket.orderId = order.id;
        ticket.eventId = event;
        ticket.seatId = newUuid();
        ticket.seatLabel = QStringLiteral("Stalls A-%1").arg(i);
        ticket.priceCents = 4500;
        ticket.status = TicketStatus::Confirmed;
        ticket.issuedAt = now;
        ticket.createdAt = now;
        ticket.updatedAt = now;
        order.tickets.append(ticket);
        sale.seatIndex.push_back(quint32(i));
        sale.engineSaleId = HoldId(i + 1);
        batch.sales.push_back(std::move(sale));
    }
    return batch;
}

void runStore(benchmark::State &state, const DatabaseUrl &url)
{
    Result<std::unique_ptr<Store>> store = Store::open(url);
    if (!store) {
        state.SkipWithError(qPrintable(store.error().message));
        return;
    }
    qint64 rows = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const PumpBatch batch = makeBatch(int(state.range(0)));
        state.ResumeTiming();
        Result<BatchOutcome> outcome = (*store)->write(batch);
        if (!outcome || !outcome->refusedSales.empty()) {
            state.SkipWithError("write failed");
            return;
        }
        rows += batch.rowCount();
    }
    state.counters["rows/s"] = benchmark::Counter(double(rows), benchmark::Counter::kIsRate);
}

/// The baseline: one prepared INSERT executed per row, one transaction per batch.
void runBaseline(benchmark::State &state, const DatabaseUrl &url)
{
    {
        Result<std::unique_ptr<Store>> store = Store::open(url); // creates the schema
        if (!store) {
            state.SkipWithError(qPrintable(store.error().message));
            return;
        }
    }
    const bool postgres = url.kind == DatabaseUrl::Kind::Postgres;
    const QString name = QStringLiteral("baseline");
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), name);
        if (postgres) {
            db.setHostName(url.host);
            db.setPort(url.port);
            db.setUserName(url.user);
            db.setDatabaseName(url.database);
        } else {
            db.setDatabaseName(url.path);
        }
        db.open();
        QSqlQuery setup(db);
        if (!postgres) {
            setup.exec(QStringLiteral("PRAGMA synchronous = FULL"));
            setup.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        }
        QSqlQuery order(db), ticket(db);
        order.prepare(QStringLiteral(
            "INSERT INTO orders (id, event_id, payment, customer_name, customer_email, total_cents, "
            "status, engine_sale_id, created_ms, updated_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        ticket.prepare(QStringLiteral(
            "INSERT INTO tickets (id, order_id, position, event_id, seat_id, seat_index, standing_area_id, "
            "standing_area_index, user_id, seat_label, price_cents, status, issued_ms, expires_ms, "
            "created_ms, updated_ms) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        qint64 rows = 0;
        for (auto _ : state) {
            state.PauseTiming();
            const PumpBatch batch = makeBatch(int(state.range(0)));
            state.ResumeTiming();
            setup.exec(postgres ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"));
            for (const SaleRow &sale : batch.sales) {
                const Order &o = sale.order;
                const QVariantList orderValues{uuidText(o.id),
                                               uuidText(o.eventId),
                                               QStringLiteral("card"),
                                               o.customerName,
                                               QStringLiteral(""),
                                               o.totalCents,
                                               QStringLiteral("completed"),
                                               qint64(sale.engineSaleId),
                                               o.createdAt.toMSecsSinceEpoch(),
                                               o.updatedAt.toMSecsSinceEpoch()};
                for (int i = 0; i < orderValues.size(); ++i)
                    order.bindValue(i, orderValues.at(i));
                if (!order.exec()) {
                    state.SkipWithError(qPrintable(order.lastError().text()));
                    return;
                }
                const Ticket &t = o.tickets.first();
                const QVariantList ticketValues{uuidText(t.id),
                                                uuidText(o.id),
                                                0,
                                                uuidText(t.eventId),
                                                uuidText(t.seatId),
                                                qint64(sale.seatIndex[0]),
                                                QVariant(),
                                                QVariant(),
                                                QVariant(),
                                                t.seatLabel,
                                                t.priceCents,
                                                QStringLiteral("confirmed"),
                                                t.issuedAt.toMSecsSinceEpoch(),
                                                QVariant(),
                                                t.createdAt.toMSecsSinceEpoch(),
                                                t.updatedAt.toMSecsSinceEpoch()};
                for (int i = 0; i < ticketValues.size(); ++i)
                    ticket.bindValue(i, ticketValues.at(i));
                if (!ticket.exec()) {
                    state.SkipWithError(qPrintable(ticket.lastError().text()));
                    return;
                }
            }
            setup.exec(QStringLiteral("COMMIT"));
            rows += batch.rowCount();
        }
        state.counters["rows/s"] = benchmark::Counter(double(rows), benchmark::Counter::kIsRate);
    }
    QSqlDatabase::removeDatabase(name);
}

void BM_SqliteStoreWrite(benchmark::State &state)
{
    runStore(state, sqliteUrl("store.db"));
}
void BM_SqlitePerRowBaseline(benchmark::State &state)
{
    runBaseline(state, sqliteUrl("baseline.db"));
}
void BM_PostgresStoreWrite(benchmark::State &state)
{
    runStore(state, postgresUrl());
}
void BM_PostgresPerRowBaseline(benchmark::State &state)
{
    runBaseline(state, postgresUrl());
}

} // namespace

BENCHMARK(BM_SqliteStoreWrite)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_SqlitePerRowBaseline)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_PostgresStoreWrite)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_PostgresPerRowBaseline)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond)->UseRealTime();

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    g_cluster.reset();
    return 0;
}
