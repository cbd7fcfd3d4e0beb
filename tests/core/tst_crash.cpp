#include "core/boxoffice/localboxoffice.h"
#include "core/common/ids.h"
#include "core/store/store.h"
#include "tests/support/sellerprocess.h"
#include "tests/support/venues.h"
#ifdef TESSERA_CRASH_POSTGRES
#include "tests/support/pgcluster.h"
#endif

#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>

using namespace tessera;
using namespace tessera::test;

/// Crash safety: a child process sells continuously and reports every acknowledged sale; it is
/// killed with SIGKILL after a random 50-400 ms of selling. After each kill the database holds
/// every acknowledged sale, no seat is sold twice, and a LocalBoxOffice opened on the database
/// recovers exactly the seats the database has sold. Built twice: on a real SQLite file
/// (tst_crash) and on a real PostgreSQL server (tst_crash_postgres).
class TestCrash final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void acknowledgedSalesSurviveSigkill();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
#ifdef TESSERA_CRASH_POSTGRES
    PgCluster m_cluster;
#endif
    DatabaseUrl m_url;
};

void TestCrash::initTestCase()
{
#ifdef TESSERA_CRASH_POSTGRES
    if (!m_cluster.start())
        QSKIP(qPrintable(m_cluster.errorString()));
    QString error;
    m_url = m_cluster.createDatabase(&error);
    QVERIFY2(!m_url.database.isEmpty(), qPrintable(error));
#else
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_url = *DatabaseUrl::parse(QStringLiteral("sqlite://") + m_dir->filePath(QStringLiteral("crash.db")));
#endif
}

void TestCrash::acknowledgedSalesSurviveSigkill()
{
#ifdef TESSERA_CRASH_POSTGRES
    const int runs = 10;
#else
    const int runs = 20;
#endif
    QUuid eventId;
    {
        LocalBoxOffice::Options options;
        options.url = m_url;
        options.units = 1;
        auto office = LocalBoxOffice::open(options);
        QVERIFY2(office, qPrintable(office ? QString() : office.error().message));
        const Result<Event> event = (*office)->createEvent(concert(), smallHall(60, 1000)).result();
        QVERIFY2(event, qPrintable(event ? QString() : event.error().message));
        eventId = event->id;
    }
    QHash<QUuid, AckedSale> acknowledged; // by order id, over all runs
    QRandomGenerator random(QRandomGenerator::global()->generate());
    for (int run = 0; run < runs; ++run) {
        auto child = startSeller(m_url, eventId, SellerMode::Continuous);
        QVERIFY2(child->waitForStarted(), qPrintable(child->errorString()));
        QByteArray output;
        while (!output.contains("READY\n")) {
            QVERIFY2(child->state() == QProcess::Running || child->bytesAvailable(),
                     qPrintable(QString::fromUtf8(output + child->readAllStandardError())));
            child->waitForReadyRead(100);
            output += child->readAllStandardOutput();
        }
        QThread::msleep(50 + random.bounded(351));
        ::kill(pid_t(child->processId()), SIGKILL);
        QVERIFY(child->waitForFinished(10'000));
        output += child->readAllStandardOutput();
        QVERIFY2(!output.contains("SOLDOUT"), "the venue is too small for this many runs");
        QCOMPARE(child->exitStatus(), QProcess::CrashExit);
        const QList<AckedSale> sales = parseAckedSales(output);
        for (const AckedSale &sale : sales)
            acknowledged.insert(sale.orderId, sale);

        // Every acknowledged sale is in the database, with its seats.
        auto opened = Store::open(m_url);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        Store &store = **opened;
        const Result<RecoveredEvent> recovered = store.recover(eventId);
        QVERIFY(recovered);
        QHash<quint32, HoldId> soldInDatabase;
        for (const auto &[seat, sale] : recovered->soldSeats) {
            QVERIFY2(!soldInDatabase.contains(seat),
                     qPrintable(QStringLiteral("seat %1 sold twice").arg(seat)));
            soldInDatabase.insert(seat, sale);
        }
        const Result<qint64> live = store.liveTickets(eventId);
        QVERIFY(live);
        QCOMPARE(*live, qint64(soldInDatabase.size()));
        QHash<QUuid, quint32> seatIndex;
        for (qsizetype i = 0; i < recovered->layout.seats.size(); ++i)
            seatIndex.insert(recovered->layout.seats.at(i).id, quint32(i));
        for (const AckedSale &sale : std::as_const(acknowledged)) {
            const Result<Order> order = store.order(sale.orderId);
            QVERIFY2(order, qPrintable(QStringLiteral("acknowledged order %1 lost in run %2")
                                           .arg(uuidText(sale.orderId))
                                           .arg(run)));
            QCOMPARE(order->tickets.size(), sale.seatIds.size());
            for (const QUuid &seat : sale.seatIds)
                QVERIFY(soldInDatabase.contains(seatIndex.value(seat)));
        }
        opened->reset();

        // The recovered space equals the database.
        LocalBoxOffice::Options options;
        options.url = m_url;
        options.units = 1;
        auto office = LocalBoxOffice::open(options);
        QVERIFY2(office, qPrintable(office ? QString() : office.error().message));
        const EventSpace *space = (*office)->seatSpace(eventId);
        QVERIFY(space);
        QCOMPARE(space->counts().sold, qint64(soldInDatabase.size()));
        for (quint32 seat = 0; seat < quint32(space->seatCount()); ++seat)
            QCOMPARE(space->seatState(seat) == SeatState::Sold, soldInDatabase.contains(seat));
        qInfo("run %d: %lld sale(s) acknowledged, %lld seat(s) sold in the database", run,
              qint64(sales.size()), qint64(soldInDatabase.size()));
    }
    QVERIFY2(acknowledged.size() >= runs, "the children acknowledged too few sales to mean anything");
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (const int code = runSellerIfAsked(app.arguments()); code >= 0)
        return code;
    TestCrash test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_crash.moc"
