#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

/// The tessera executable itself: its command line, the first start on an empty database (demo
/// data, loaded on a worker behind a progress dialog) and the exit code on a database error.
class TestTesseraApp final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void printsVersion();
    void firstStartCreatesDemoDataAndRestartLoadsIt();
    void badDatabaseExitsWithThree();

private:
    static QProcessEnvironment environment(const QTemporaryDir &home);
};

QProcessEnvironment TestTesseraApp::environment(const QTemporaryDir &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    // Settings and the default database in a throwaway home, never the user's.
    env.insert(u"HOME"_s, home.path());
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    return env;
}

void TestTesseraApp::printsVersion()
{
    QProcess app;
    app.start(QStringLiteral(TESSERA_APP), {u"--version"_s});
    QVERIFY(app.waitForFinished(30'000));
    QCOMPARE(app.exitCode(), 0);
    QCOMPARE(app.readAllStandardOutput().trimmed(), QByteArray("tessera 0.1.0"));
}

void TestTesseraApp::firstStartCreatesDemoDataAndRestartLoadsIt()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString url = u"sqlite://"_s + home.filePath(u"demo.db"_s);
    for (int run = 0; run < 2; ++run) {
        QProcess app;
        app.setProcessEnvironment(environment(home));
        app.start(QStringLiteral(TESSERA_APP), {u"--database"_s, url, u"--quit-after-load"_s});
        QVERIFY(app.waitForFinished(240'000));
        const QByteArray err = app.readAllStandardError();
        QVERIFY2(app.exitStatus() == QProcess::NormalExit && app.exitCode() == 0, err.constData());
        QCOMPARE(app.readAllStandardOutput().trimmed(), QByteArray("tessera: loaded 3 events"));
    }
}

void TestTesseraApp::badDatabaseExitsWithThree()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    // A folder that cannot be made: its parent is a file.
    QFile blocker(home.filePath(u"blocker"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QProcess app;
    app.setProcessEnvironment(environment(home));
    app.start(QStringLiteral(TESSERA_APP),
              {u"--database"_s, u"sqlite://"_s + home.filePath(u"blocker/x.db"_s), u"--quit-after-load"_s});
    QVERIFY(app.waitForFinished(60'000));
    QCOMPARE(app.exitCode(), 3);
    QVERIFY(app.readAllStandardError().contains("Cannot open the database"));

    QProcess unparsable;
    unparsable.setProcessEnvironment(environment(home));
    unparsable.start(QStringLiteral(TESSERA_APP), {u"--database"_s, u"mysql://x"_s, u"--quit-after-load"_s});
    QVERIFY(unparsable.waitForFinished(60'000));
    QCOMPARE(unparsable.exitCode(), 3);
}

QTEST_GUILESS_MAIN(TestTesseraApp)
#include "tst_tesseraapp.moc"
