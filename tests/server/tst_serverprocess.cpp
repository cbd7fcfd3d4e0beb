#include "core/store/store.h"
#include "tests/support/dates.h"

#include <QEventLoop>
#include <QJsonArray>
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

using namespace tessera;
using namespace Qt::StringLiterals;

/// The tessera-server binary itself: first start creates the admin from TESSERA_ADMIN_PASSWORD,
/// SIGTERM stops it cleanly with exit code 0, and what it stored is there after a restart.
class TestServerProcess final : public QObject
{
    Q_OBJECT

private slots:
    void sigtermStopsCleanlyAndDataSurvives();
    void badOptionsFailClearly();
    void idempotentSaleSurvivesRestart();
    void purchasedTicketsSurviveRestart();

private:
    /// Creates a seated event with two seats; returns its id and puts the seats' ids in `seatIds`.
    QString createEvent(quint16 port, const QString &token, QStringList *seatIds);
    /// A GET whose answer is a JSON array.
    QJsonArray getArray(quint16 port, const QString &path, const QString &token);
    quint16 start(QProcess &process, const QString &database);
    QJsonObject call(quint16 port, const QByteArray &method, const QString &path, const QJsonObject &body,
                     const QString &token, int *status, const QByteArray &idempotencyKey = {},
                     QByteArray *replayedHeader = nullptr);
    static bool stop(QProcess &process);
    /// Logs in as the admin created on first start; empty on failure.
    QString adminToken(quint16 port);
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
                                    const QJsonObject &body, const QString &token, int *status,
                                    const QByteArray &idempotencyKey, QByteArray *replayedHeader)
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(u"http://127.0.0.1:%1%2"_s.arg(port).arg(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    if (!idempotencyKey.isEmpty())
        request.setRawHeader("Idempotency-Key", idempotencyKey);
    QNetworkReply *reply = network.sendCustomRequest(request, method, QJsonDocument(body).toJson());
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (replayedHeader)
        *replayedHeader = reply->rawHeader("Idempotent-Replayed");
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
                                                         {u"start_time"_s, test::utcInDays(40, 19)},
                                                         {u"end_time"_s, test::utcInDays(40, 22)},
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

QString TestServerProcess::adminToken(quint16 port)
{
    int status = 0;
    const QJsonObject login{{u"username"_s, u"admin"_s}, {u"password"_s, u"first-admin-pw"_s}};
    const QString token =
        call(port, "POST", u"/api/v1/auth/login"_s, login, {}, &status).value(u"token"_s).toString();
    return status == 200 ? token : QString();
}

bool TestServerProcess::stop(QProcess &process)
{
    ::kill(pid_t(process.processId()), SIGTERM);
    return process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit
           && process.exitCode() == 0;
}

/// A sale sent with an Idempotency-Key whose answer is lost: the server stops, starts again on
/// the same database, and the retry with the same key gets the first order; nothing is sold
/// twice. The same key with a different body is still refused.
QString TestServerProcess::createEvent(quint16 port, const QString &token, QStringList *seatIds)
{
    int status = 0;
    const QString eventId = call(port, "POST", u"/api/v1/events"_s,
                                 QJsonObject{{u"name"_s, u"Matinee"_s},
                                             {u"start_time"_s, test::utcInDays(70, 15)},
                                             {u"end_time"_s, test::utcInDays(70, 17)},
                                             {u"total_tickets"_s, 2},
                                             {u"is_seated_event"_s, true}},
                                 token, &status)
                                .value(u"event"_s)
                                .toObject()
                                .value(u"id"_s)
                                .toString();
    if (status != 201)
        return {};
    const QJsonArray seats{
        QJsonObject{
            {u"section"_s, u"Stalls"_s}, {u"row"_s, u"A"_s}, {u"number"_s, u"1"_s}, {u"price"_s, 4000}},
        QJsonObject{
            {u"section"_s, u"Stalls"_s}, {u"row"_s, u"A"_s}, {u"number"_s, u"2"_s}, {u"price"_s, 4000}}};
    call(port, "POST", u"/api/v1/events/%1/seats"_s.arg(eventId), QJsonObject{{u"seats"_s, seats}}, token,
         &status);
    if (status != 201)
        return {};
    for (const QJsonValue &seat : getArray(port, u"/api/v1/events/%1/seats"_s.arg(eventId), token))
        seatIds->append(seat.toObject().value(u"id"_s).toString());
    return eventId;
}

QJsonArray TestServerProcess::getArray(quint16 port, const QString &path, const QString &token)
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(u"http://127.0.0.1:%1%2"_s.arg(port).arg(path)));
    request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    const QJsonArray list = QJsonDocument::fromJson(reply->readAll()).array();
    delete reply;
    return list;
}

void TestServerProcess::idempotentSaleSurvivesRestart()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"tessera.db"_s);
    const QString database = u"sqlite://"_s + file;
    const QByteArray key = "sale-after-restart-1";
    const QJsonObject sale{
        {u"payment_method"_s, u"card"_s},
        {u"customer"_s, QJsonObject{{u"name"_s, u"Ada"_s}, {u"email"_s, u"ada@example.org"_s}}}};
    QString eventId;
    QString holdId;
    QJsonObject firstOrder;
    {
        QProcess process;
        const quint16 port = start(process, database);
        QVERIFY(port != 0);
        const QString token = adminToken(port);
        QVERIFY(!token.isEmpty());
        int status = 0;
        QStringList seats;
        eventId = createEvent(port, token, &seats);
        QCOMPARE(seats.size(), 2);
        const QString firstSeat = seats.first();
        holdId = call(port, "POST", u"/api/v1/events/%1/holds"_s.arg(eventId),
                      QJsonObject{{u"seat_ids"_s, QJsonArray{firstSeat}}}, token, &status)
                     .value(u"hold_id"_s)
                     .toString();
        QCOMPARE(status, 201);
        firstOrder = call(port, "POST", u"/api/v1/holds/%1/sell"_s.arg(holdId), sale, token, &status, key)
                         .value(u"order"_s)
                         .toObject();
        QCOMPARE(status, 201);
        QVERIFY(!firstOrder.value(u"id"_s).toString().isEmpty());
        QVERIFY(stop(process)); // the client never saw the answer; the server goes away
    }
    {
        QProcess process;
        const quint16 port = start(process, database);
        QVERIFY(port != 0);
        const QString token = adminToken(port);
        QVERIFY(!token.isEmpty());
        int status = 0;
        QByteArray replayed;
        const QJsonObject again =
            call(port, "POST", u"/api/v1/holds/%1/sell"_s.arg(holdId), sale, token, &status, key, &replayed);
        QCOMPARE(status, 201);
        QCOMPARE(replayed, QByteArray("true"));
        QCOMPARE(again.value(u"order"_s).toObject(), firstOrder);
        QCOMPARE(again.value(u"tickets"_s).toArray().size(), 1);

        QJsonObject other = sale;
        other.insert(u"payment_method"_s, u"cash"_s);
        const QJsonObject refused =
            call(port, "POST", u"/api/v1/holds/%1/sell"_s.arg(holdId), other, token, &status, key);
        QCOMPARE(status, 422);
        QCOMPARE(refused.value(u"error"_s).toObject().value(u"code"_s).toString(),
                 u"idempotency_key_reused"_s);
        QVERIFY(stop(process));
    }
    Result<std::unique_ptr<Store>> store = Store::open(*DatabaseUrl::parse(database));
    QVERIFY(store);
    const Result<qint64> tickets = (*store)->liveTickets(QUuid::fromString(eventId));
    QVERIFY(tickets);
    QCOMPARE(*tickets, 1);
}

void TestServerProcess::purchasedTicketsSurviveRestart()
{
    // Tickets bought through POST /tickets/purchase: a reservation, one confirmed and one
    // cancelled, each seen the same way by a restarted server.
    QTemporaryDir dir;
    const QString database = u"sqlite://"_s + dir.filePath(u"tessera.db"_s);
    const QString userId = u"6f1c1a5e-3a5d-4d0e-9a59-2b0f6c7d8e91"_s;
    QString reservedId;
    QString confirmedId;
    QString releasedId;
    QString eventId;
    QStringList seats;
    auto purchase = [this, &userId](quint16 port, const QString &token, const QString &event,
                                    const QString &seat) {
        int status = 0;
        const QJsonObject ticket =
            call(port, "POST", u"/api/v1/tickets/purchase"_s,
                 QJsonObject{{u"event_id"_s, event}, {u"user_id"_s, userId}, {u"seat_id"_s, seat}}, token,
                 &status);
        return status == 201 ? ticket.value(u"id"_s).toString() : QString();
    };
    {
        QProcess process;
        const quint16 port = start(process, database);
        QVERIFY(port != 0);
        const QString token = adminToken(port);
        QVERIFY(!token.isEmpty());
        eventId = createEvent(port, token, &seats);
        QCOMPARE(seats.size(), 2);
        reservedId = purchase(port, token, eventId, seats.at(0));
        QVERIFY(!reservedId.isEmpty());
        QVERIFY(stop(process));
    }
    {
        // The reservation is known after a restart: listed, then confirmed.
        QProcess process;
        const quint16 port = start(process, database);
        QVERIFY(port != 0);
        const QString token = adminToken(port);
        int status = 0;
        QCOMPARE(call(port, "GET", u"/api/v1/tickets/"_s + reservedId, {}, token, &status)
                     .value(u"status"_s)
                     .toString(),
                 u"reserved"_s);
        QCOMPARE(status, 200);
        const QJsonArray mine = getArray(port, u"/api/v1/tickets/user/"_s + userId, token);
        QCOMPARE(mine.size(), 1);
        QCOMPARE(mine.at(0).toObject().value(u"id"_s).toString(), reservedId);
        const QJsonObject confirmed =
            call(port, "POST", u"/api/v1/tickets/%1/confirm"_s.arg(reservedId), {}, token, &status);
        QCOMPARE(status, 200);
        QCOMPARE(confirmed.value(u"status"_s).toString(), u"confirmed"_s);
        confirmedId = reservedId;
        // A second reservation, cancelled before the restart.
        releasedId = purchase(port, token, eventId, seats.at(1));
        QVERIFY(!releasedId.isEmpty());
        call(port, "POST", u"/api/v1/tickets/%1/cancel"_s.arg(releasedId), {}, token, &status);
        QCOMPARE(status, 200);
        QVERIFY(stop(process));
    }
    {
        QProcess process;
        const quint16 port = start(process, database);
        QVERIFY(port != 0);
        const QString token = adminToken(port);
        int status = 0;
        QCOMPARE(call(port, "GET", u"/api/v1/tickets/"_s + confirmedId, {}, token, &status)
                     .value(u"status"_s)
                     .toString(),
                 u"confirmed"_s);
        QCOMPARE(call(port, "GET", u"/api/v1/tickets/"_s + releasedId, {}, token, &status)
                     .value(u"status"_s)
                     .toString(),
                 u"cancelled"_s);
        QCOMPARE(status, 200);
        const QJsonArray mine = getArray(port, u"/api/v1/tickets/user/"_s + userId, token);
        QCOMPARE(mine.size(), 2);
        QStringList states;
        for (const QJsonValue &ticket : mine)
            states.append(ticket.toObject().value(u"status"_s).toString());
        states.sort();
        QCOMPARE(states, (QStringList{u"cancelled"_s, u"confirmed"_s}));
        // Confirming again is refused, and cancelling the confirmed ticket frees its seat.
        call(port, "POST", u"/api/v1/tickets/%1/confirm"_s.arg(confirmedId), {}, token, &status);
        QCOMPARE(status, 409);
        QCOMPARE(call(port, "POST", u"/api/v1/tickets/%1/cancel"_s.arg(confirmedId), {}, token, &status)
                     .value(u"status"_s)
                     .toString(),
                 u"cancelled"_s);
        QCOMPARE(status, 200);
        QVERIFY(stop(process));
    }
    Result<std::unique_ptr<Store>> store = Store::open(*DatabaseUrl::parse(database));
    QVERIFY(store);
    const Result<qint64> live = (*store)->liveTickets(QUuid::fromString(eventId));
    QVERIFY(live);
    QCOMPARE(*live, 0);
}

QTEST_MAIN(TestServerProcess)
#include "tst_serverprocess.moc"
