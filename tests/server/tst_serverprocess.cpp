#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>

using namespace Qt::StringLiterals;

/// The tessera-server binary itself: first start creates the admin from TESSERA_ADMIN_PASSWORD,
/// SIGTERM stops it cleanly with exit code 0, and what it stored is there after a restart.
class TestServerProcess final : public QObject
{
    Q_OBJECT

private slots:
    void sigtermStopsCleanlyAndDataSurvives();
    void badOptionsFailClearly();

private:
    quint16 start(QProcess &process, const QString &database);
    QJsonObject call(quint16 port, const QByteArray &method, const QString &path, const QJsonObject &body,
                     const QString &token, int *status);
};

quint16 TestServerProcess::start(QProcess &process, const QString &database)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"TESSERA_ADMIN_PASSWORD"_s, u"first-admin-pw"_s);
    env.insert(u"TESSERA_PBKDF2_ITERATIONS"_s, u"2000"_s);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(TESSERA_SERVER_BINARY),
                  {u"--listen"_s, u"127.0.0.1:0"_s, u"--database"_s, database, u"--units"_s, u"2"_s});
    if (!process.waitForStarted(10000))
        return 0;
    static const QRegularExpression listening(u"listening on [0-9.]+:(\\d+)"_s);
    QByteArray output;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 30000) {
        process.waitForReadyRead(1000);
        output += process.readAllStandardOutput();
        const auto match = listening.match(QString::fromUtf8(output));
        if (match.hasMatch())
            return quint16(match.captured(1).toUInt());
        if (process.state() != QProcess::Running)
            break;
    }
    qWarning() << output << process.readAllStandardError();
    return 0;
}

QJsonObject TestServerProcess::call(quint16 port, const QByteArray &method, const QString &path,
                                    const QJsonObject &body, const QString &token, int *status)
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(u"http://127.0.0.1:%1%2"_s.arg(port).arg(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    QNetworkReply *reply = network.sendCustomRequest(request, method, QJsonDocument(body).toJson());
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
    delete reply;
    return json;
}

void TestServerProcess::sigtermStopsCleanlyAndDataSurvives()
{
    QTemporaryDir dir;
    const QString database = u"sqlite://"_s + dir.filePath(u"tessera.db"_s);
    QString eventId;
    for (int run = 0; run < 2; ++run) {
        QProcess process;
        process.setProcessChannelMode(QProcess::SeparateChannels);
        const quint16 port = start(process, database);
        QVERIFY(port != 0);
        int status = 0;
        const QString token =
            call(port, "POST", u"/api/v1/auth/login"_s,
                 QJsonObject{{u"username"_s, u"admin"_s}, {u"password"_s, u"first-admin-pw"_s}}, {}, &status)
                .value(u"token"_s)
                .toString();
        QCOMPARE(status, 200);
        if (run == 0) {
            const QJsonObject created = call(port, "POST", u"/api/v1/events"_s,
                                             QJsonObject{{u"name"_s, u"Premiere"_s},
                                                         {u"start_time"_s, u"2031-01-01T19:00:00Z"_s},
                                                         {u"end_time"_s, u"2031-01-01T22:00:00Z"_s},
                                                         {u"total_tickets"_s, 0},
                                                         {u"is_seated_event"_s, true}},
                                             token, &status);
            QCOMPARE(status, 201);
            eventId = created.value(u"event"_s).toObject().value(u"id"_s).toString();
        } else {
            call(port, "GET", u"/api/v1/events/"_s + eventId, {}, token, &status);
            QCOMPARE(status, 200);
        }
        ::kill(pid_t(process.processId()), SIGTERM);
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(process.readAllStandardError().contains("stopped"));
    }
}

void TestServerProcess::badOptionsFailClearly()
{
    QProcess process;
    process.start(QStringLiteral(TESSERA_SERVER_BINARY), {u"--listen"_s, u"nowhere"_s});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardError().contains("--listen"));
}

QTEST_MAIN(TestServerProcess)
#include "tst_serverprocess.moc"
