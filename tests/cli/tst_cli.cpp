#include "tests/cli/clirun.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

/// A time on the day a month from now, "T20:00:00Z" or " 19:30" appended to the date: events
/// made by the tests are always in the future, so they stay on sale whenever the tests run.
static QString eventTime(const char *timeOfDay)
{
    return QDateTime::currentDateTimeUtc().date().addDays(30).toString(Qt::ISODate)
           + QLatin1StringView(timeOfDay);
}

/// tessera-cli as a user runs it: the real binary on a temporary SQLite database.
class TestCli final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void helpAndVersion_data();
    void helpAndVersion();
    void usageErrors_data();
    void usageErrors();
    void unreachableDatabase_data();
    void unreachableDatabase();
    void missingDatabaseFileIsNotCreated();
    void createThenBookByName();
    void showGroupsSeatsByRow();
    void sameNameTwiceIsNotGuessed();
    void importAgainKeepsBlocksAndPrices();
    void invalidAndDuplicateSeatsChangeNothing_data();
    void invalidAndDuplicateSeatsChangeNothing();
    void labelOfSeveralSectionsIsRefused();
    void alreadyBookedSeat();
    void paymentIsRecorded();
    void cancelOfUnbookedSeat();
    void combinedFlagsInOneCall();
    void eventsListJson();
    void layoutRoundTrip();
    void simulateTurboReportsNoDoubleSales();

private:
    using Run = tessera::test::CliRun;
    Run cli(QStringList arguments, bool withDatabase = true);
    void createHall(const QString &name, int rows = 2, int seatsPerRow = 5);
    QJsonObject showJson(const QString &event);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_database;
};

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = QStringLiteral("sqlite://") + m_dir->filePath(QStringLiteral("tessera.db"));
}

TestCli::Run TestCli::cli(QStringList arguments, bool withDatabase)
{
    if (withDatabase)
        arguments.prepend(m_database), arguments.prepend(QStringLiteral("--database"));
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"),
               m_dir->filePath(QStringLiteral("xdg"))); // never the user's files
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(TESSERA_CLI_PATH), arguments);
    const bool finished = process.waitForFinished(120'000);
    return tessera::test::cliRunOf(process, finished);
}

void TestCli::createHall(const QString &name, int rows, int seatsPerRow)
{
    const Run run = cli({QStringLiteral("events"), QStringLiteral("create"), QStringLiteral("--name"), name,
                         QStringLiteral("--venue"), QStringLiteral("Town Hall"), QStringLiteral("--start"),
                         eventTime("T20:00:00Z"), QStringLiteral("--end"), eventTime("T23:00:00Z"),
                         QStringLiteral("--rows"), QString::number(rows), QStringLiteral("--seats-per-row"),
                         QString::number(seatsPerRow), QStringLiteral("--price"), QStringLiteral("25.00")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral(", at 25.00 each")), qPrintable(run.out)); // the price, said
}

QJsonObject TestCli::showJson(const QString &event)
{
    const Run run =
        cli({QStringLiteral("booking"), event, QStringLiteral("--show"), QStringLiteral("--json")});
    if (run.exitCode != 0)
        qWarning() << run.err;
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

static int count(const QJsonObject &show, const char *state)
{
    return show.value(QStringLiteral("seats"))
        .toObject()
        .value(QStringLiteral("counts"))
        .toObject()
        .value(QLatin1StringView(state))
        .toInt(-1);
}

void TestCli::helpAndVersion_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("usage"); // the first line of a help text
    const QString prefix = QStringLiteral("Usage: tessera-cli [--database URL] ");
    QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << QStringLiteral("booking EVENT")
                            << prefix + QStringLiteral("COMMAND [options]");
    QTest::newRow("--version") << QStringList{QStringLiteral("--version")} << QStringLiteral("tessera-cli ")
                               << QString();
    QTest::newRow("events list") << QStringList{QStringLiteral("events"), QStringLiteral("list"),
                                                QStringLiteral("--help")}
                                 << QStringLiteral("--json")
                                 << prefix + QStringLiteral("events list [options]");
    QTest::newRow("events create") << QStringList{QStringLiteral("events"), QStringLiteral("create"),
                                                  QStringLiteral("--help")}
                                   << QStringLiteral("--seats-per-row")
                                   << prefix + QStringLiteral("events create [options]");
    QTest::newRow("booking") << QStringList{QStringLiteral("booking"), QStringLiteral("--help")}
                             << QStringLiteral("--cancel")
                             << prefix + QStringLiteral("booking EVENT [options]");
    QTest::newRow("layout import") << QStringList{QStringLiteral("layout"), QStringLiteral("import"),
                                                  QStringLiteral("--help")}
                                   << QStringLiteral("FILE")
                                   << prefix + QStringLiteral("layout import EVENT FILE [options]");
    QTest::newRow("layout export") << QStringList{QStringLiteral("layout"), QStringLiteral("export"),
                                                  QStringLiteral("--help")}
                                   << QStringLiteral("FILE")
                                   << prefix + QStringLiteral("layout export EVENT FILE [options]");
    QTest::newRow("simulate") << QStringList{QStringLiteral("simulate"), QStringLiteral("--help")}
                              << QStringLiteral("--think-ms")
                              << prefix + QStringLiteral("simulate [options]");
}

void TestCli::helpAndVersion()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    QFETCH(QString, usage);
    const Run run = cli(arguments, false);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(expected), qPrintable(run.out));
    if (!usage.isEmpty())
        QCOMPARE(run.out.section(u'\n', 0, 0), usage);
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no command") << QStringList{} << QStringLiteral("no command");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("dance")}
                                     << QStringLiteral("unknown command");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("events"), QStringLiteral("list"),
                                                   QStringLiteral("--fast")}
                                    << QStringLiteral("fast");
    QTest::newRow("remote mode") << QStringList{
        QStringLiteral("--server"), QStringLiteral("https://box.example"), QStringLiteral("events"),
        QStringLiteral("list")} << QStringLiteral("tessera-server");
    QTest::newRow("bad url") << QStringList{QStringLiteral("--database"), QStringLiteral("mysql://x"),
                                            QStringLiteral("events"), QStringLiteral("list")}
                             << QStringLiteral("mysql");
    QTest::newRow("unknown event") << QStringList{QStringLiteral("booking"), QStringLiteral("Nope"),
                                                  QStringLiteral("--show")}
                                   << QStringLiteral("no event");
    QTest::newRow("think time") << QStringList{QStringLiteral("simulate"), QStringLiteral("--think-ms"),
                                               QStringLiteral("500")}
                                << QStringLiteral("--think-ms");
    QTest::newRow("create without seats")
        << QStringList{QStringLiteral("events"),  QStringLiteral("create"),  QStringLiteral("--name"),
                       QStringLiteral("X"),       QStringLiteral("--venue"), QStringLiteral("Y"),
                       QStringLiteral("--start"), eventTime("T20:00:00Z"),   QStringLiteral("--end"),
                       eventTime("T22:00:00Z")}
        << QStringLiteral("needs seats");
    QTest::newRow("event already over")
        << QStringList{QStringLiteral("events"),          QStringLiteral("create"),
                       QStringLiteral("--name"),          QStringLiteral("X"),
                       QStringLiteral("--venue"),         QStringLiteral("Y"),
                       QStringLiteral("--start"),         QStringLiteral("2020-01-01T20:00:00Z"),
                       QStringLiteral("--end"),           QStringLiteral("2020-01-01T22:00:00Z"),
                       QStringLiteral("--rows"),          QStringLiteral("2"),
                       QStringLiteral("--seats-per-row"), QStringLiteral("2")}
        << QStringLiteral("--end is in the past");
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const bool ownDatabase = arguments.contains(QStringLiteral("--database"));
    if (!ownDatabase)
        createHall(QStringLiteral("Existing")); // the database file exists: only the usage is wrong
    const Run run = cli(arguments, !ownDatabase);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

void TestCli::unreachableDatabase_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("unwritable folder") << QStringLiteral("sqlite:///proc/tessera-test/tessera.db");
    // A port that was free a moment ago: nothing listens there.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const quint16 port = server.serverPort();
    server.close();
    QTest::newRow("closed port")
        << QStringLiteral("postgresql://tessera:secret@127.0.0.1:%1/tessera").arg(port);
}

void TestCli::unreachableDatabase()
{
    QFETCH(QString, url);
    const Run run =
        cli({QStringLiteral("--database"), url, QStringLiteral("events"), QStringLiteral("list")}, false);
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(QStringLiteral("cannot open the database"))
                 || run.err.contains(QStringLiteral("there is no database at")),
             qPrintable(run.err));
    QVERIFY(!run.err.contains(QStringLiteral("secret")));
}

void TestCli::missingDatabaseFileIsNotCreated()
{
    const QString path = m_dir->filePath(QStringLiteral("typo/tesera.db"));
    for (const QStringList &command :
         {QStringList{QStringLiteral("events"), QStringLiteral("list")},
          QStringList{QStringLiteral("booking"), QStringLiteral("Gala"), QStringLiteral("--show")}}) {
        const Run run = cli(
            QStringList{QStringLiteral("--database"), QStringLiteral("sqlite://") + path} + command, false);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(QStringLiteral("there is no database at ") + path), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!QFileInfo::exists(QFileInfo(path).path()));
    }
}

void TestCli::createThenBookByName()
{
    createHall(QStringLiteral("Gala Night"));
    Run run = cli({QStringLiteral("booking"), QStringLiteral("Gala Night"), QStringLiteral("--book"),
                   QStringLiteral("1,2,B-3")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("seat 1 booked")), qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("seat B-3 booked")));
    // The next call (a new process) sees the bookings.
    const QJsonObject show = showJson(QStringLiteral("gala night"));
    QCOMPARE(count(show, "sold"), 3);
    QCOMPARE(count(show, "available"), 7);
    const QJsonArray sold =
        show.value(QStringLiteral("seats")).toObject().value(QStringLiteral("sold")).toArray();
    QCOMPARE(sold.at(2).toObject().value(QStringLiteral("number")).toInt(), 8);
    QCOMPARE(sold.at(0).toObject().value(QStringLiteral("price")).toString(), QStringLiteral("25.00"));
}

void TestCli::showGroupsSeatsByRow()
{
    createHall(QStringLiteral("Matinee"), 3, 5);
    Run run = cli({QStringLiteral("booking"), QStringLiteral("Matinee"), QStringLiteral("--book"),
                   QStringLiteral("1,2,3,5,B-1"), QStringLiteral("--show")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    // One line per row, neighbouring seats as a run, each run with the numbers --book takes.
    const QString expected = QStringLiteral("Matinee: 15 seats\n"
                                            "available (10):\n"
                                            "  Hall A-4 (4)\n"
                                            "  Hall B-2..B-5 (7-10)\n"
                                            "  Hall C-1..C-5 (11-15)\n"
                                            "held (0)\n"
                                            "sold (5):\n"
                                            "  Hall A-1..A-3 (1-3), A-5 (5)\n"
                                            "  Hall B-1 (6)\n");
    QVERIFY2(run.out.endsWith(expected), qPrintable(run.out));
}

void TestCli::sameNameTwiceIsNotGuessed()
{
    // The CLI refuses a second event of the same name, but another front end (or an older
    // version) may have made one.
    createHall(QStringLiteral("Gala"));
    createHall(QStringLiteral("Gala two"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("rename"));
        db.setDatabaseName(m_dir->filePath(QStringLiteral("tessera.db")));
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("UPDATE events SET name = 'Gala' WHERE name = 'Gala two'")));
        QCOMPARE(query.numRowsAffected(), 1);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("rename"));
    const Run run = cli(
        {QStringLiteral("booking"), QStringLiteral("gala"), QStringLiteral("--book"), QStringLiteral("1")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("2 events are named \"gala\"; name one by its id")),
             qPrintable(run.err));
    // Nothing was booked on either.
    const Run list = cli({QStringLiteral("events"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(list.exitCode, 0);
    const QJsonArray events = QJsonDocument::fromJson(list.out.toUtf8()).array();
    QCOMPARE(events.size(), 2);
    for (const QJsonValue event : events) {
        const QJsonObject show = showJson(event.toObject().value(QStringLiteral("id")).toString());
        QCOMPARE(count(show, "sold"), 0);
    }
}

void TestCli::importAgainKeepsBlocksAndPrices()
{
    createHall(QStringLiteral("Keep"));
    {
        // A house seat: A-1 blocked (the layout editor or the server's block route do this).
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("block"));
        db.setDatabaseName(m_dir->filePath(QStringLiteral("tessera.db")));
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("UPDATE seats SET blocked = 1, block_reason = 'house' "
                                          "WHERE seat_index = 0")));
        QCOMPARE(query.numRowsAffected(), 1);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("block"));
    const QString plan = m_dir->filePath(QStringLiteral("keep.json"));
    QCOMPARE(cli({QStringLiteral("layout"), QStringLiteral("export"), QStringLiteral("Keep"), plan}).exitCode,
             0);

    // The exported plan (pretix: no prices, no blocks) comes back with both kept.
    Run run = cli({QStringLiteral("layout"), QStringLiteral("import"), QStringLiteral("Keep"), plan});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("kept 1 blocked seat(s) blocked")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("kept the price of 1 category")), qPrintable(run.out));
    QVERIFY2(!run.err.contains(QStringLiteral("cost 0.00")), qPrintable(run.err));
    run = cli(
        {QStringLiteral("booking"), QStringLiteral("Keep"), QStringLiteral("--book"), QStringLiteral("A-1")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("seat A-1 is blocked"))
                 || run.out.contains(QStringLiteral("seat A-1 is blocked")),
             qPrintable(run.out + run.err));
    run = cli(
        {QStringLiteral("booking"), QStringLiteral("Keep"), QStringLiteral("--book"), QStringLiteral("A-2")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("25.00")), qPrintable(run.out));

    // A file without places is refused and changes nothing.
    const QString empty = m_dir->filePath(QStringLiteral("empty.csv"));
    {
        QFile file(empty);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("section,row,number,category,price,x,y\n");
    }
    run = cli({QStringLiteral("layout"), QStringLiteral("import"), QStringLiteral("Keep"), empty});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("has no seats and no standing areas; nothing was imported")),
             qPrintable(run.err));
    const QJsonObject show = showJson(QStringLiteral("Keep"));
    QCOMPARE(count(show, "sold"), 1);
    QCOMPARE(count(show, "available"), 8);
    run = cli({QStringLiteral("events"), QStringLiteral("create"), QStringLiteral("--name"),
               QStringLiteral("Empty"), QStringLiteral("--venue"), QStringLiteral("V"),
               QStringLiteral("--start"), eventTime("T20:00:00Z"), QStringLiteral("--end"),
               eventTime("T23:00:00Z"), QStringLiteral("--layout"), empty});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("an event needs places to sell")), qPrintable(run.err));
    // An end before the start is named by its options; a hall without --price says it is free.
    run = cli({QStringLiteral("events"), QStringLiteral("create"), QStringLiteral("--name"),
               QStringLiteral("Backwards"), QStringLiteral("--venue"), QStringLiteral("V"),
               QStringLiteral("--start"), eventTime("T23:00:00Z"), QStringLiteral("--end"),
               eventTime("T20:00:00Z"), QStringLiteral("--rows"), QStringLiteral("1"),
               QStringLiteral("--seats-per-row"), QStringLiteral("2")});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err.trimmed(), QStringLiteral("tessera-cli: --end must be after --start"));
    run = cli({QStringLiteral("events"), QStringLiteral("create"), QStringLiteral("--name"),
               QStringLiteral("Free"), QStringLiteral("--venue"), QStringLiteral("V"),
               QStringLiteral("--start"), eventTime("T20:00:00Z"), QStringLiteral("--end"),
               eventTime("T23:00:00Z"), QStringLiteral("--rows"), QStringLiteral("1"),
               QStringLiteral("--seats-per-row"), QStringLiteral("2")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("2 seats, 0 standing, free (no --price given)")),
             qPrintable(run.out));
}

void TestCli::invalidAndDuplicateSeatsChangeNothing_data()
{
    QTest::addColumn<QString>("flag");
    QTest::addColumn<QString>("seats");
    QTest::addColumn<QString>("message");
    QTest::newRow("seat 0") << QStringLiteral("--book") << QStringLiteral("1,0")
                            << QStringLiteral("seat 0 is invalid");
    QTest::newRow("beyond the hall") << QStringLiteral("--book") << QStringLiteral("2,11")
                                     << QStringLiteral("seat 11 is invalid");
    QTest::newRow("unknown label") << QStringLiteral("--book") << QStringLiteral("Z-9")
                                   << QStringLiteral("seat Z-9 is invalid");
    QTest::newRow("duplicate") << QStringLiteral("--book") << QStringLiteral("3,4,3")
                               << QStringLiteral("seat 3 is named twice");
    QTest::newRow("same seat twice by label")
        << QStringLiteral("--book") << QStringLiteral("1,A-1") << QStringLiteral("seat A-1 is named twice");
    QTest::newRow("cancel seat 0") << QStringLiteral("--cancel") << QStringLiteral("0")
                                   << QStringLiteral("seat 0 is invalid");
}

void TestCli::invalidAndDuplicateSeatsChangeNothing()
{
    QFETCH(QString, flag);
    QFETCH(QString, seats);
    QFETCH(QString, message);
    createHall(QStringLiteral("Matinee"));
    const Run run = cli({QStringLiteral("booking"), QStringLiteral("Matinee"), flag, seats});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("nothing was booked or cancelled")), qPrintable(run.err));
    if (message.endsWith(QStringLiteral("is invalid")))
        QVERIFY2(
            run.err.contains(message + QStringLiteral(": Matinee has seats 1 to 10, or labels like A-1")),
            qPrintable(run.err));
    QCOMPARE(count(showJson(QStringLiteral("Matinee")), "sold"), 0);
}

void TestCli::paymentIsRecorded()
{
    createHall(QStringLiteral("Matinee"));
    Run run = cli({QStringLiteral("booking"), QStringLiteral("Matinee"), QStringLiteral("--book"),
                   QStringLiteral("1"), QStringLiteral("--payment"), QStringLiteral("cheque")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(
        run.err.contains(QStringLiteral("--payment must be cash, card or complimentary, not \"cheque\"")),
        qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("nothing was booked or cancelled")), qPrintable(run.err));
    QCOMPARE(count(showJson(QStringLiteral("Matinee")), "sold"), 0);

    run = cli({QStringLiteral("booking"), QStringLiteral("Matinee"), QStringLiteral("--book"),
               QStringLiteral("1,2"), QStringLiteral("--payment"), QStringLiteral("complimentary")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = cli({QStringLiteral("booking"), QStringLiteral("Matinee"), QStringLiteral("--book"),
               QStringLiteral("3")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QStringList payments;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("payments"));
        db.setDatabaseName(m_dir->filePath(QStringLiteral("tessera.db")));
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT payment, total_cents FROM orders ORDER BY payment")));
        while (query.next())
            payments << query.value(0).toString() + u' ' + query.value(1).toString();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("payments"));
    // Complimentary tickets cost nothing; cash is the default.
    QCOMPARE(payments, (QStringList{QStringLiteral("cash 2500"), QStringLiteral("complimentary 0"),
                                    QStringLiteral("complimentary 0")}));
}

void TestCli::labelOfSeveralSectionsIsRefused()
{
    // Row A seat 1 in the stalls and in the circle: "A-1" alone could book the wrong one.
    const QString plan = m_dir->filePath(QStringLiteral("two-sections.csv"));
    {
        QFile file(plan);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("section,row,number,category,price,x,y\n"
                   "Stalls,A,1,Stalls,3000,0,0\nStalls,A,2,Stalls,3000,30,0\n"
                   "Circle,A,1,Circle,2000,0,100\nCircle,A,2,Circle,2000,30,100\n");
    }
    Run run = cli({QStringLiteral("events"), QStringLiteral("create"), QStringLiteral("--name"),
                   QStringLiteral("Sections"), QStringLiteral("--venue"), QStringLiteral("V"),
                   QStringLiteral("--start"), eventTime("T20:00:00Z"), QStringLiteral("--end"),
                   eventTime("T23:00:00Z"), QStringLiteral("--layout"), plan});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = cli({QStringLiteral("booking"), QStringLiteral("Sections"), QStringLiteral("--book"),
               QStringLiteral("A-1")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("seat A-1 is ambiguous: there is one in Stalls, Circle")),
             qPrintable(run.err));
    QCOMPARE(count(showJson(QStringLiteral("Sections")), "sold"), 0);
    run = cli({QStringLiteral("booking"), QStringLiteral("Sections"), QStringLiteral("--book"),
               QStringLiteral("Circle A-1")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("20.00")), qPrintable(run.out));
    // Labels in any case: one seat is "stalls a-2"; "a-2" alone is still two seats.
    run = cli({QStringLiteral("booking"), QStringLiteral("Sections"), QStringLiteral("--book"),
               QStringLiteral("a-2")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("is ambiguous: there is one in Stalls, Circle")),
             qPrintable(run.err));
    run = cli({QStringLiteral("booking"), QStringLiteral("Sections"), QStringLiteral("--book"),
               QStringLiteral("stalls a-2")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("Stalls A-2")), qPrintable(run.out));
    QCOMPARE(count(showJson(QStringLiteral("Sections")), "sold"), 2);
}

void TestCli::alreadyBookedSeat()
{
    createHall(QStringLiteral("Recital"));
    QCOMPARE(cli({QStringLiteral("booking"), QStringLiteral("Recital"), QStringLiteral("--book"),
                  QStringLiteral("7")})
                 .exitCode,
             0);
    const Run run = cli({QStringLiteral("booking"), QStringLiteral("Recital"), QStringLiteral("--book"),
                         QStringLiteral("6,7")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("seat 7 is already booked")), qPrintable(run.err));
    QVERIFY(run.out.contains(QStringLiteral("seat 6 booked")));
    QCOMPARE(count(showJson(QStringLiteral("Recital")), "sold"), 2);
}

void TestCli::cancelOfUnbookedSeat()
{
    createHall(QStringLiteral("Opera"));
    QCOMPARE(cli({QStringLiteral("booking"), QStringLiteral("Opera"), QStringLiteral("--book"),
                  QStringLiteral("4")})
                 .exitCode,
             0);
    const Run run = cli({QStringLiteral("booking"), QStringLiteral("Opera"), QStringLiteral("--cancel"),
                         QStringLiteral("4,9")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("seat 9 is not booked")), qPrintable(run.err));
    QVERIFY(run.out.contains(QStringLiteral("seat 4 cancelled")));
    QCOMPARE(count(showJson(QStringLiteral("Opera")), "sold"), 0);
}

void TestCli::combinedFlagsInOneCall()
{
    createHall(QStringLiteral("Ballet"));
    QCOMPARE(cli({QStringLiteral("booking"), QStringLiteral("Ballet"), QStringLiteral("--book"),
                  QStringLiteral("1,2")})
                 .exitCode,
             0);
    // Book, then cancel (including a seat booked in this very call), then show.
    const Run run = cli({QStringLiteral("booking"), QStringLiteral("Ballet"), QStringLiteral("--book"),
                         QStringLiteral("5,6,7"), QStringLiteral("--cancel"), QStringLiteral("1,7"),
                         QStringLiteral("--show"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray book = json.value(QStringLiteral("book")).toArray();
    const QJsonArray cancel = json.value(QStringLiteral("cancel")).toArray();
    QCOMPARE(int(book.size()), 3);
    QCOMPARE(int(cancel.size()), 2);
    for (const QJsonValue &v : book)
        QVERIFY(v.toObject().value(QStringLiteral("ok")).toBool());
    for (const QJsonValue &v : cancel)
        QVERIFY(v.toObject().value(QStringLiteral("ok")).toBool());
    QCOMPARE(count(json, "sold"), 3); // 2, 5, 6
    QCOMPARE(count(json, "available"), 7);
    QCOMPARE(json.value(QStringLiteral("event")).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("Ballet"));
}

void TestCli::eventsListJson()
{
    createHall(QStringLiteral("First"));
    createHall(QStringLiteral("Second"), 1, 4);
    const Run run = cli({QStringLiteral("events"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QJsonParseError error;
    const QJsonArray events = QJsonDocument::fromJson(run.out.toUtf8(), &error).array();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(int(events.size()), 2);
    QStringList names;
    for (const QJsonValue &v : events)
        names << v.toObject().value(QStringLiteral("name")).toString();
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("First"), QStringLiteral("Second")}));
    // The plain list names them too, and a second event of the same name is refused.
    QVERIFY(cli({QStringLiteral("events"), QStringLiteral("list")}).out.contains(QStringLiteral("Second")));
    const Run twice = cli({QStringLiteral("events"), QStringLiteral("create"), QStringLiteral("--name"),
                           QStringLiteral("First"), QStringLiteral("--venue"), QStringLiteral("V"),
                           QStringLiteral("--start"), eventTime("T20:00:00Z"), QStringLiteral("--end"),
                           eventTime("T22:00:00Z"), QStringLiteral("--standing"), QStringLiteral("50")});
    QCOMPARE(twice.exitCode, 2);
}

void TestCli::layoutRoundTrip()
{
    const QString source = QStringLiteral(TESSERA_TEST_DATA "/little-theatre.pretix.json");
    Run run = cli({QStringLiteral("events"), QStringLiteral("create"), QStringLiteral("--name"),
                   QStringLiteral("Little Theatre"), QStringLiteral("--venue"),
                   QStringLiteral("Little Theatre"), QStringLiteral("--start"), eventTime(" 19:30"),
                   QStringLiteral("--end"), eventTime(" 22:00"), QStringLiteral("--layout"), source});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString exported = m_dir->filePath(QStringLiteral("exported.json"));
    run =
        cli({QStringLiteral("layout"), QStringLiteral("export"), QStringLiteral("Little Theatre"), exported});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));

    // Into another event, and out again: the same plan.
    createHall(QStringLiteral("Studio"));
    run = cli({QStringLiteral("layout"), QStringLiteral("import"), QStringLiteral("Studio"), exported});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString again = m_dir->filePath(QStringLiteral("again.json"));
    QCOMPARE(
        cli({QStringLiteral("layout"), QStringLiteral("export"), QStringLiteral("Studio"), again}).exitCode,
        0);
    QFile a(exported);
    QFile b(again);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(b.readAll()), QJsonDocument::fromJson(a.readAll()));
    const QJsonObject theatre = showJson(QStringLiteral("Little Theatre"));
    QCOMPARE(count(showJson(QStringLiteral("Studio")), "available"), count(theatre, "available"));
    QVERIFY(count(theatre, "available") > 10);

    // CSV works as well; a file of another kind is refused as input error.
    const QString csv = m_dir->filePath(QStringLiteral("seats.csv"));
    QCOMPARE(
        cli({QStringLiteral("layout"), QStringLiteral("export"), QStringLiteral("Studio"), csv}).exitCode, 0);
    QCOMPARE(
        cli({QStringLiteral("layout"), QStringLiteral("import"), QStringLiteral("Studio"), csv}).exitCode, 0);
    QCOMPARE(cli({QStringLiteral("layout"), QStringLiteral("export"), QStringLiteral("Studio"),
                  m_dir->filePath(QStringLiteral("x.txt"))})
                 .exitCode,
             2);
    // A plan under another name, with a UTF-8 byte order mark, is still read as a plan.
    const QString marked = m_dir->filePath(QStringLiteral("studio.plan.layout"));
    {
        QFile in(exported);
        QFile out(marked);
        QVERIFY(in.open(QIODevice::ReadOnly) && out.open(QIODevice::WriteOnly));
        out.write("\xef\xbb\xbf" + in.readAll());
    }
    run = cli({QStringLiteral("layout"), QStringLiteral("import"), QStringLiteral("Studio"), marked});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    // The layout of an event with sold seats cannot be replaced: refused, not an input error.
    QCOMPARE(cli({QStringLiteral("booking"), QStringLiteral("Studio"), QStringLiteral("--book"),
                  QStringLiteral("1")})
                 .exitCode,
             0);
    run = cli({QStringLiteral("layout"), QStringLiteral("import"), QStringLiteral("Studio"), exported});
    QCOMPARE(run.exitCode, 1);
}

void TestCli::simulateTurboReportsNoDoubleSales()
{
    const Run run = cli({QStringLiteral("simulate"), QStringLiteral("--seconds"), QStringLiteral("1"),
                         QStringLiteral("--think-ms"), QStringLiteral("0"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject invariants = json.value(QStringLiteral("invariants")).toObject();
    QCOMPARE(invariants.value(QStringLiteral("seats_sold_twice")).toInt(-1), 0);
    QCOMPARE(invariants.value(QStringLiteral("space_equals_database")).toBool(), true);
    const QJsonObject totals = json.value(QStringLiteral("totals")).toObject();
    QVERIFY(totals.value(QStringLiteral("ops")).toDouble() > 0);
    QVERIFY(totals.value(QStringLiteral("sales")).toDouble() > 0);
    const QJsonArray tickets = json.value(QStringLiteral("tickets")).toArray();
    QCOMPARE(int(tickets.size()), 100);
    QCOMPARE(int(json.value(QStringLiteral("units")).toArray().size()), 5);
    for (const QJsonValue &t : tickets)
        QVERIFY(!t.toObject().value(QStringLiteral("price")).toString().isEmpty());

    // The text form names the statistics a clerk looks for.
    const Run text = cli({QStringLiteral("simulate"), QStringLiteral("--seconds"), QStringLiteral("1"),
                          QStringLiteral("--think-ms"), QStringLiteral("5"), QStringLiteral("--tickets"),
                          QStringLiteral("20"), QStringLiteral("--units"), QStringLiteral("3")});
    QCOMPARE(text.exitCode, 0);
    for (const char *line : {"ops: ", "holds: ", "sales: ", "conflicts: ", "ops/s: ", "pump rows: ",
                             "seats sold twice: 0", "space equals database: yes"})
        QVERIFY2(text.out.contains(QLatin1StringView(line)), line);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
