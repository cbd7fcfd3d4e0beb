#include "tests/cli/clirun.h"
#include "tests/server/serverfixture.h"

#include <QEventLoop>
#include <QProcess>
#include <QTest>
#include <QTimer>

using namespace tessera;
using namespace tessera::test;
using namespace Qt::StringLiterals;

/// tessera-cli --server URL --token T against a real server on loopback: the real binary books
/// and cancels seats over the API, with the same messages and exit codes as on a database.
class TestCliRemote final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void bookThenCancelOverTheApi();

private:
    using Run = tessera::test::CliRun;
    /// Runs the binary without blocking this thread's event loop: the server lives on it.
    Run cli(const QStringList &arguments);

    ServerFixture m_server;
    QString m_eventId;
};

void TestCliRemote::initTestCase()
{
    QVERIFY(m_server.start());
    m_eventId = m_server.createEvent(2, 5, 0, u"Remote Gala"_s).value(u"id"_s).toString();
    QVERIFY(!m_eventId.isEmpty());
}

TestCliRemote::Run TestCliRemote::cli(const QStringList &arguments)
{
    QProcess process;
    QEventLoop loop;
    connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(120'000, &loop, &QEventLoop::quit);
    process.start(QStringLiteral(TESSERA_CLI_PATH),
                  QStringList{u"--server"_s, m_server.url({}).toString(), u"--token"_s, m_server.clerkToken}
                      + arguments);
    loop.exec();
    return tessera::test::cliRunOf(process, process.state() == QProcess::NotRunning);
}

void TestCliRemote::bookThenCancelOverTheApi()
{
    const QUuid eventId = QUuid::fromString(m_eventId);
    Run run = cli({u"booking"_s, u"Remote Gala"_s, u"--book"_s, u"4,5"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
    QVERIFY2(run.out.contains(u"seat 4 booked"_s), qPrintable(run.out));
    QCOMPARE(m_server.office->seatSpace(eventId)->counts().sold, 2);

    // Seat 9 was never booked: the same refusal and exit code as on a database.
    run = cli({u"booking"_s, u"Remote Gala"_s, u"--cancel"_s, u"4,9"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"seat 9 is not booked"_s), qPrintable(run.err));
    QVERIFY2(run.out.contains(u"seat 4 cancelled"_s), qPrintable(run.out));
    QCOMPARE(m_server.office->seatSpace(eventId)->counts().sold, 1);
    const auto live = m_server.office->liveSeatTickets(eventId).result();
    QVERIFY(live);
    QCOMPARE(live->size(), size_t(1));
    QCOMPARE(live->front().first, 4u); // seat 5 (index 4) is still sold

    // Cancelling it again: it is not booked any more.
    run = cli({u"booking"_s, u"Remote Gala"_s, u"--cancel"_s, u"4"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"seat 4 is not booked"_s), qPrintable(run.err));
    run = cli({u"booking"_s, u"Remote Gala"_s, u"--cancel"_s, u"5"_s, u"--show"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
    QVERIFY2(run.out.contains(u"seat 5 cancelled"_s), qPrintable(run.out));
    QCOMPARE(m_server.office->seatSpace(eventId)->counts().sold, 0);
}

QTEST_MAIN(TestCliRemote)
#include "tst_cliremote.moc"
