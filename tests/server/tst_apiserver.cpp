#include "core/common/ids.h"
#include "core/server/passwordhash.h"
#include "tests/server/serverfixture.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>

#include <thread>

using namespace tessera;
using namespace tessera::test;
using namespace Qt::StringLiterals;

/// tessera-server's REST API on a real loopback port: auth and roles, the documented JSON errors
/// for bad requests on every route, idempotent retries, tickets, metrics.
class TestApiServer final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void healthIsOpen();
    void everyRouteRefusesMissingAndWrongTokens();
    void wrongRoleIsForbidden_data();
    void wrongRoleIsForbidden();
    void badRequests_data();
    void badRequests();
    void oversizedBodyOnEveryRoute();
    void unknownPathAndMethod();
    void loginRefusesWrongPassword();
    void adminCreatesUsers();
    void eventCrud();
    void holdAndSellAtTheCounter();
    void purchaseConfirmCancel();
    void customerSeesOnlyOwnTickets();
    void idempotentRetryGivesTheFirstAnswer();
    void droppedResponseThenRetryYieldsOneTicket();
    void queueRoutes();
    void statusAndMetrics();
    void rateLimitAnswers429();
    void passwordHashes();
    void journalGroupsSaves();
    void registryKeepsWhatItKnowsIsNewer();

private:
    QString fill(const QString &path) const;
    ServerFixture m_server;
    QString m_eventId;
    QStringList m_seats;
};

void TestApiServer::initTestCase()
{
    QVERIFY(m_server.start());
    const QJsonObject event = m_server.createEvent(4, 10);
    m_eventId = event.value(u"id"_s).toString();
    QVERIFY(!m_eventId.isEmpty());
    m_seats = m_server.seatIds(m_eventId);
    QCOMPARE(m_seats.size(), 40);
}

QString TestApiServer::fill(const QString &path) const
{
    // Every placeholder gets a well-formed id that names nothing.
    static const QRegularExpression placeholder(u"\\{[a-z_]+\\}"_s);
    QString filled = path;
    filled.replace(placeholder, u"0b8a3f8e-1d2c-4e5f-8a9b-0c1d2e3f4a5b"_s);
    return filled;
}

void TestApiServer::healthIsOpen()
{
    const HttpResult health = m_server.get(u"/health"_s, {});
    QCOMPARE(health.status, 200);
    QCOMPARE(health.object().value(u"status"_s).toString(), u"ok"_s);
}

void TestApiServer::everyRouteRefusesMissingAndWrongTokens()
{
    const QList<ApiRouteInfo> routes = m_server.server->routes();
    QVERIFY(routes.size() >= 30);
    for (const ApiRouteInfo &route : routes) {
        if (route.path == u"/health" || route.path == u"/api/v1/auth/login"
            || route.path == u"/api/v1/stream")
            continue;
        for (const QString &token : {QString(), u"not-a-token"_s}) {
            const HttpResult result = m_server.request(route.method, fill(route.path), "{}", token);
            QVERIFY2(result.status == 401, qPrintable(QString::fromLatin1(route.method) + u' ' + route.path
                                                      + u' ' + QString::fromUtf8(result.body)));
            QVERIFY(result.isErrorObject());
            QCOMPARE(result.errorCode(), u"unauthorized"_s);
        }
    }
    QCOMPARE(m_server.get(u"/health"_s, {}).status, 200);
}

void TestApiServer::wrongRoleIsForbidden_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    const QStringList adminOnly = {u"POST /api/v1/events"_s,
                                   u"PUT /api/v1/events/{id}"_s,
                                   u"DELETE /api/v1/events/{id}"_s,
                                   u"POST /api/v1/events/{id}/seats"_s,
                                   u"PUT /api/v1/events/{id}/layout"_s,
                                   u"POST /api/v1/queue/process/{event_id}"_s,
                                   u"POST /api/v1/users"_s};
    const QStringList clerkOnly = {u"POST /api/v1/events/{id}/holds"_s,
                                   u"POST /api/v1/events/{id}/best-available"_s,
                                   u"POST /api/v1/holds/{id}/extend"_s,
                                   u"DELETE /api/v1/holds/{id}"_s,
                                   u"POST /api/v1/holds/{id}/sell"_s,
                                   u"GET /api/v1/status"_s,
                                   u"GET /api/v1/metrics"_s};
    for (const QString &route : adminOnly) {
        for (const QString &role : {u"clerk"_s, u"customer"_s}) {
            const QStringList parts = route.split(u' ');
            QTest::addRow("%s %s", qPrintable(role), qPrintable(route))
                << role << parts[0].toLatin1() << parts[1];
        }
    }
    for (const QString &route : clerkOnly) {
        const QStringList parts = route.split(u' ');
        QTest::addRow("customer %s", qPrintable(route)) << u"customer"_s << parts[0].toLatin1() << parts[1];
    }
}

void TestApiServer::wrongRoleIsForbidden()
{
    QFETCH(QString, role);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    const QString token = role == u"clerk" ? m_server.clerkToken : m_server.customerToken;
    const HttpResult result = m_server.request(method, fill(path), "{}", token);
    QCOMPARE(result.status, 403);
    QVERIFY(result.isErrorObject());
    QCOMPARE(result.errorCode(), u"forbidden"_s);
}

void TestApiServer::badRequests_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    const QString unknown = u"0b8a3f8e-1d2c-4e5f-8a9b-0c1d2e3f4a5b"_s;
    const QString event = u"{event}"_s;
    struct Row
    {
        const char *name;
        QByteArray method;
        QString path;
        QByteArray body;
        int status;
    };
    const QList<Row> rows = {
        {"login malformed", "POST", u"/api/v1/auth/login"_s, "{\"username\":", 400},
        {"login wrong types", "POST", u"/api/v1/auth/login"_s, "{\"username\":1,\"password\":[]}", 400},
        {"users malformed", "POST", u"/api/v1/users"_s, "[1,2", 400},
        {"users bad role", "POST", u"/api/v1/users"_s,
         "{\"username\":\"x\",\"password\":\"12345678\",\"role\":\"boss\"}", 400},
        {"create malformed", "POST", u"/api/v1/events"_s, "{\"name\": }", 400},
        {"create not object", "POST", u"/api/v1/events"_s, "[]", 400},
        {"create wrong types", "POST", u"/api/v1/events"_s, "{\"name\":5,\"start_time\":true}", 400},
        {"get unknown", "GET", u"/api/v1/events/"_s + unknown, {}, 404},
        {"get malformed id", "GET", u"/api/v1/events/not-a-uuid"_s, {}, 400},
        {"put malformed", "PUT", u"/api/v1/events/"_s + event, "{", 400},
        {"put wrong types", "PUT", u"/api/v1/events/"_s + event, "{\"total_tickets\":\"many\"}", 400},
        {"put unknown", "PUT", u"/api/v1/events/"_s + unknown, "{\"name\":\"x\"}", 404},
        {"delete unknown", "DELETE", u"/api/v1/events/"_s + unknown, {}, 404},
        {"seats malformed", "POST", u"/api/v1/events/"_s + event + u"/seats"_s, "{\"seats\":[", 400},
        {"seats wrong types", "POST", u"/api/v1/events/"_s + event + u"/seats"_s,
         "{\"seats\":[{\"number\":1}]}", 400},
        {"seats unknown", "POST", u"/api/v1/events/"_s + unknown + u"/seats"_s,
         "{\"seats\":[{\"number\":\"1\",\"price\":100}]}", 404},
        {"seat list unknown", "GET", u"/api/v1/events/"_s + unknown + u"/seats"_s, {}, 404},
        {"available unknown", "GET", u"/api/v1/events/"_s + unknown + u"/seats/available"_s, {}, 404},
        {"layout unknown", "GET", u"/api/v1/events/"_s + unknown + u"/layout"_s, {}, 404},
        {"layout malformed", "PUT", u"/api/v1/events/"_s + event + u"/layout"_s, "{{", 400},
        {"layout wrong types", "PUT", u"/api/v1/events/"_s + event + u"/layout"_s, "{\"seats\":7}", 400},
        {"block reason too long", "POST", u"/api/v1/events/"_s + event + u"/block"_s,
         "{\"seat_ids\":[\"" + unknown.toLatin1() + "\"],\"reason\":\"" + QByteArray(101, 'x') + "\"}", 400},
        {"block reason not text", "POST", u"/api/v1/events/"_s + event + u"/block"_s,
         "{\"seat_ids\":[\"" + unknown.toLatin1() + "\"],\"reason\":5}", 400},
        {"hold malformed", "POST", u"/api/v1/events/"_s + event + u"/holds"_s, "{\"seat_ids\":", 400},
        {"hold wrong types", "POST", u"/api/v1/events/"_s + event + u"/holds"_s, "{\"seat_ids\":[1,2]}", 400},
        {"hold unknown event", "POST", u"/api/v1/events/"_s + unknown + u"/holds"_s,
         "{\"seat_ids\":[\"" + unknown.toLatin1() + "\"]}", 404},
        {"best malformed", "POST", u"/api/v1/events/"_s + event + u"/best-available"_s, "{quantity: 2}", 400},
        {"best wrong types", "POST", u"/api/v1/events/"_s + event + u"/best-available"_s,
         "{\"quantity\":\"2\"}", 400},
        {"best unknown", "POST", u"/api/v1/events/"_s + unknown + u"/best-available"_s, "{\"quantity\":2}",
         404},
        {"extend malformed", "POST", u"/api/v1/holds/"_s + unknown + u"/extend"_s, "{", 400},
        {"extend wrong types", "POST", u"/api/v1/holds/"_s + unknown + u"/extend"_s, "{\"ttl_s\":\"long\"}",
         400},
        {"extend unknown", "POST", u"/api/v1/holds/"_s + unknown + u"/extend"_s, "{}", 404},
        {"release unknown", "DELETE", u"/api/v1/holds/"_s + unknown, {}, 404},
        {"sell malformed", "POST", u"/api/v1/holds/"_s + unknown + u"/sell"_s, "{\"payment_method\"", 400},
        {"sell wrong types", "POST", u"/api/v1/holds/"_s + unknown + u"/sell"_s,
         "{\"payment_method\":\"gold\"}", 400},
        {"sell unknown", "POST", u"/api/v1/holds/"_s + unknown + u"/sell"_s, "{\"payment_method\":\"cash\"}",
         404},
        {"purchase malformed", "POST", u"/api/v1/tickets/purchase"_s, "{\"event_id\":", 400},
        {"purchase wrong types", "POST", u"/api/v1/tickets/purchase"_s, "{\"event_id\":12,\"user_id\":false}",
         400},
        {"confirm unknown", "POST", u"/api/v1/tickets/"_s + unknown + u"/confirm"_s, {}, 404},
        {"cancel unknown", "POST", u"/api/v1/tickets/"_s + unknown + u"/cancel"_s, {}, 404},
        {"ticket unknown", "GET", u"/api/v1/tickets/"_s + unknown, {}, 404},
        {"ticket malformed id", "GET", u"/api/v1/tickets/xyz"_s, {}, 400},
        {"user tickets malformed", "GET", u"/api/v1/tickets/user/xyz"_s, {}, 400},
        {"join malformed", "POST", u"/api/v1/queue/join"_s, "{\"event_id\"", 400},
        {"join wrong types", "POST", u"/api/v1/queue/join"_s, "{\"event_id\":[],\"user_id\":{}}", 400},
        {"join unknown", "POST", u"/api/v1/queue/join"_s,
         "{\"event_id\":\"" + unknown.toLatin1() + "\",\"user_id\":\"" + unknown.toLatin1() + "\"}", 404},
        {"position unknown", "GET", u"/api/v1/queue/position/"_s + unknown + u'/' + unknown, {}, 404},
        {"status unknown", "GET", u"/api/v1/queue/status/"_s + unknown, {}, 404},
        {"length unknown", "GET", u"/api/v1/queue/length/"_s + unknown, {}, 404},
        {"length malformed", "GET", u"/api/v1/queue/length/abc"_s, {}, 400},
        {"process unknown", "POST", u"/api/v1/queue/process/"_s + unknown, {}, 404},
        {"refresh malformed", "POST", u"/api/v1/queue/refresh"_s, "nope", 400},
        {"refresh wrong types", "POST", u"/api/v1/queue/refresh"_s, "{\"session_id\":3}", 400},
        {"refresh unknown", "POST", u"/api/v1/queue/refresh"_s,
         "{\"session_id\":\"" + unknown.toLatin1() + "\"}", 404},
        {"stream without upgrade", "GET", u"/api/v1/stream"_s, {}, 400},
    };
    for (const Row &row : rows)
        QTest::newRow(row.name) << row.method << row.path << row.body << row.status;
}

void TestApiServer::badRequests()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    path.replace(u"{event}"_s, m_eventId);
    const HttpResult result = m_server.request(method, path, body, m_server.adminToken);
    QVERIFY2(result.status == status,
             qPrintable(QString::number(result.status) + u' ' + QString::fromUtf8(result.body)));
    QVERIFY2(result.isErrorObject(), result.body.constData());
    QCOMPARE(m_server.get(u"/health"_s, {}).status, 200);
}

void TestApiServer::oversizedBodyOnEveryRoute()
{
    const QByteArray huge(1024 * 1024 + 10, ' ');
    for (const ApiRouteInfo &route : m_server.server->routes()) {
        const HttpResult result = m_server.request(route.method, fill(route.path), huge, m_server.adminToken);
        QVERIFY2(result.status == 413, qPrintable(QString::fromLatin1(route.method) + u' ' + route.path));
        QVERIFY(result.isErrorObject());
        QCOMPARE(result.errorCode(), u"payload_too_large"_s);
    }
    QCOMPARE(m_server.get(u"/health"_s, {}).status, 200);
}

void TestApiServer::unknownPathAndMethod()
{
    const HttpResult missing = m_server.get(u"/api/v1/nothing"_s, m_server.adminToken);
    QCOMPARE(missing.status, 404);
    QVERIFY(missing.isErrorObject());
    const HttpResult method = m_server.request("DELETE", u"/api/v1/events"_s, {}, m_server.adminToken);
    QCOMPARE(method.status, 405);
    QVERIFY(method.isErrorObject());
    QCOMPARE(method.errorCode(), u"method_not_allowed"_s);
    QVERIFY(method.header("Allow").contains("GET"));
}

void TestApiServer::loginRefusesWrongPassword()
{
    const HttpResult wrong =
        m_server.post(u"/api/v1/auth/login"_s,
                      QJsonObject{{u"username"_s, u"admin"_s}, {u"password"_s, u"guess-guess"_s}}, {});
    QCOMPARE(wrong.status, 401);
    QVERIFY(wrong.isErrorObject());
    const HttpResult nobody =
        m_server.post(u"/api/v1/auth/login"_s,
                      QJsonObject{{u"username"_s, u"nobody"_s}, {u"password"_s, u"guess-guess"_s}}, {});
    QCOMPARE(nobody.status, 401);
    QCOMPARE(nobody.object(), wrong.object());
}

void TestApiServer::adminCreatesUsers()
{
    const QJsonObject user{
        {u"username"_s, u"erin"_s}, {u"password"_s, u"erin-secret"_s}, {u"role"_s, u"clerk"_s}};
    const HttpResult created = m_server.post(u"/api/v1/users"_s, user, m_server.adminToken);
    QCOMPARE(created.status, 201);
    QCOMPARE(created.object().value(u"role"_s).toString(), u"clerk"_s);
    QCOMPARE(m_server.post(u"/api/v1/users"_s, user, m_server.adminToken).status, 409);
    QCOMPARE(m_server.post(u"/api/v1/users"_s, user, m_server.clerkToken).status, 403);
    const QString token = m_server.login(u"erin"_s, u"erin-secret"_s);
    QVERIFY(!token.isEmpty());
    QCOMPARE(m_server.get(u"/api/v1/status"_s, token).status, 200);
}

void TestApiServer::eventCrud()
{
    const QJsonObject event = m_server.createEvent(1, 3, 0, u"Matinee"_s);
    const QString id = event.value(u"id"_s).toString();
    QCOMPARE(event.value(u"status"_s).toString(), u"active"_s);
    const HttpResult list = m_server.get(u"/api/v1/events"_s, m_server.customerToken);
    QCOMPARE(list.status, 200);
    QVERIFY(list.object().value(u"events"_s).isArray());
    QCOMPARE(m_server.get(u"/api/v1/events/active"_s, m_server.customerToken).status, 200);
    const HttpResult renamed = m_server.request("PUT", u"/api/v1/events/"_s + id,
                                                "{\"name\":\"Late Matinee\"}", m_server.adminToken);
    QCOMPARE(renamed.status, 200);
    QCOMPARE(renamed.object().value(u"name"_s).toString(), u"Late Matinee"_s);
    const HttpResult available =
        m_server.get(u"/api/v1/events/%1/seats/available"_s.arg(id), m_server.customerToken);
    QCOMPARE(available.array().size(), 3);
    QCOMPARE(available.array().first().toObject().value(u"status"_s).toString(), u"available"_s);
    const HttpResult layout = m_server.get(u"/api/v1/events/%1/layout"_s.arg(id), m_server.customerToken);
    QCOMPARE(layout.status, 200);
    const HttpResult replaced =
        m_server.request("PUT", u"/api/v1/events/%1/layout"_s.arg(id), layout.body, m_server.adminToken);
    QCOMPARE(replaced.status, 200);
    QCOMPARE(m_server.request("DELETE", u"/api/v1/events/"_s + id, {}, m_server.adminToken).status, 204);
    QCOMPARE(m_server.get(u"/api/v1/events/"_s + id, m_server.adminToken).status, 404);
}

void TestApiServer::holdAndSellAtTheCounter()
{
    const QString holdsPath = u"/api/v1/events/%1/holds"_s.arg(m_eventId);
    const HttpResult hold = m_server.post(
        holdsPath, QJsonObject{{u"seat_ids"_s, QJsonArray{m_seats[0], m_seats[1]}}}, m_server.clerkToken);
    QCOMPARE(hold.status, 201);
    const QString holdId = hold.object().value(u"hold_id"_s).toString();
    QCOMPARE(hold.object().value(u"seats"_s).toArray().size(), 2);
    // All or nothing: a hold overlapping it is refused and takes nothing.
    const HttpResult overlap = m_server.post(
        holdsPath, QJsonObject{{u"seat_ids"_s, QJsonArray{m_seats[1], m_seats[2]}}}, m_server.adminToken);
    QCOMPARE(overlap.status, 409);
    QCOMPARE(overlap.errorCode(), u"seat_unavailable"_s);
    QCOMPARE(m_server
                 .post(u"/api/v1/holds/%1/extend"_s.arg(holdId), QJsonObject{{u"ttl_s"_s, 300}},
                       m_server.clerkToken)
                 .status,
             200);
    const HttpResult sold =
        m_server.post(u"/api/v1/holds/%1/sell"_s.arg(holdId),
                      QJsonObject{{u"payment_method"_s, u"card"_s},
                                  {u"customer"_s, QJsonObject{{u"name"_s, u"Ann Lee"_s}}}},
                      m_server.clerkToken);
    QCOMPARE(sold.status, 201);
    QCOMPARE(sold.object().value(u"tickets"_s).toArray().size(), 2);
    QCOMPARE(m_server.post(u"/api/v1/holds/%1/sell"_s.arg(holdId), {}, m_server.clerkToken).status, 404);

    const HttpResult best =
        m_server.post(u"/api/v1/events/%1/best-available"_s.arg(m_eventId),
                      QJsonObject{{u"quantity"_s, 3}, {u"together"_s, true}}, m_server.clerkToken);
    QCOMPARE(best.status, 201);
    QCOMPARE(best.object().value(u"seats"_s).toArray().size(), 3);
    QCOMPARE(m_server
                 .request("DELETE", u"/api/v1/holds/"_s + best.object().value(u"hold_id"_s).toString(), {},
                          m_server.clerkToken)
                 .status,
             204);
}

void TestApiServer::purchaseConfirmCancel()
{
    const QJsonObject request{{u"event_id"_s, m_eventId},
                              {u"user_id"_s, m_server.customerId.toString(QUuid::WithoutBraces)},
                              {u"seat_id"_s, m_seats[10]}};
    const HttpResult reserved = m_server.post(u"/api/v1/tickets/purchase"_s, request, m_server.customerToken);
    QCOMPARE(reserved.status, 201);
    const QJsonObject ticket = reserved.object();
    QCOMPARE(ticket.value(u"status"_s).toString(), u"reserved"_s);
    QVERIFY(ticket.contains(u"expires_at"_s));
    const QString id = ticket.value(u"id"_s).toString();
    // The seat is taken for everyone else.
    QCOMPARE(m_server
                 .post(u"/api/v1/tickets/purchase"_s,
                       QJsonObject{{u"event_id"_s, m_eventId},
                                   {u"user_id"_s, m_server.otherCustomerId.toString(QUuid::WithoutBraces)},
                                   {u"seat_id"_s, m_seats[10]}},
                       m_server.otherCustomerToken)
                 .status,
             409);
    const HttpResult confirmed =
        m_server.post(u"/api/v1/tickets/%1/confirm"_s.arg(id), {}, m_server.customerToken);
    QCOMPARE(confirmed.status, 200);
    QCOMPARE(confirmed.object().value(u"status"_s).toString(), u"confirmed"_s);
    QCOMPARE(m_server.get(u"/api/v1/tickets/"_s + id, m_server.customerToken)
                 .object()
                 .value(u"status"_s)
                 .toString(),
             u"confirmed"_s);
    const HttpResult cancelled =
        m_server.post(u"/api/v1/tickets/%1/cancel"_s.arg(id), {}, m_server.customerToken);
    QCOMPARE(cancelled.status, 200);
    QCOMPARE(cancelled.object().value(u"status"_s).toString(), u"cancelled"_s);
    QCOMPARE(m_server.post(u"/api/v1/tickets/%1/cancel"_s.arg(id), {}, m_server.customerToken).status, 409);
    // The seat is free again.
    const HttpResult again = m_server.post(u"/api/v1/tickets/purchase"_s, request, m_server.customerToken);
    QCOMPARE(again.status, 201);
    QCOMPARE(m_server
                 .post(u"/api/v1/tickets/%1/cancel"_s.arg(again.object().value(u"id"_s).toString()), {},
                       m_server.customerToken)
                 .status,
             200);
}

void TestApiServer::customerSeesOnlyOwnTickets()
{
    const HttpResult reserved =
        m_server.post(u"/api/v1/tickets/purchase"_s,
                      QJsonObject{{u"event_id"_s, m_eventId},
                                  {u"user_id"_s, m_server.customerId.toString(QUuid::WithoutBraces)},
                                  {u"seat_id"_s, m_seats[11]}},
                      m_server.customerToken);
    QCOMPARE(reserved.status, 201);
    const QString id = reserved.object().value(u"id"_s).toString();
    QCOMPARE(m_server.get(u"/api/v1/tickets/"_s + id, m_server.otherCustomerToken).status, 404);
    QCOMPARE(m_server.post(u"/api/v1/tickets/%1/confirm"_s.arg(id), {}, m_server.otherCustomerToken).status,
             404);
    QCOMPARE(m_server
                 .get(u"/api/v1/tickets/user/"_s + m_server.customerId.toString(QUuid::WithoutBraces),
                      m_server.otherCustomerToken)
                 .status,
             403);
    const HttpResult own =
        m_server.get(u"/api/v1/tickets/user/"_s + m_server.customerId.toString(QUuid::WithoutBraces),
                     m_server.customerToken);
    QCOMPARE(own.status, 200);
    QVERIFY(!own.array().isEmpty());
    // Buying in someone else's name is refused.
    QCOMPARE(m_server
                 .post(u"/api/v1/tickets/purchase"_s,
                       QJsonObject{{u"event_id"_s, m_eventId},
                                   {u"user_id"_s, m_server.customerId.toString(QUuid::WithoutBraces)},
                                   {u"seat_id"_s, m_seats[12]}},
                       m_server.otherCustomerToken)
                 .status,
             403);
    QCOMPARE(m_server.get(u"/api/v1/tickets/"_s + id, m_server.clerkToken).status, 200);
}

void TestApiServer::idempotentRetryGivesTheFirstAnswer()
{
    const QJsonObject request{{u"event_id"_s, m_eventId},
                              {u"user_id"_s, m_server.customerId.toString(QUuid::WithoutBraces)},
                              {u"seat_id"_s, m_seats[20]}};
    const HeaderList key = {{"Idempotency-Key", "purchase-20"}};
    const HttpResult first =
        m_server.post(u"/api/v1/tickets/purchase"_s, request, m_server.customerToken, key);
    QCOMPARE(first.status, 201);
    const HttpResult second =
        m_server.post(u"/api/v1/tickets/purchase"_s, request, m_server.customerToken, key);
    QCOMPARE(second.status, 201);
    QCOMPARE(second.body, first.body);
    QCOMPARE(second.header("Idempotent-Replayed"), QByteArray("true"));
    QJsonObject different = request;
    different.insert(u"seat_id"_s, m_seats[21]);
    const HttpResult reused =
        m_server.post(u"/api/v1/tickets/purchase"_s, different, m_server.customerToken, key);
    QCOMPARE(reused.status, 422);
    QVERIFY(reused.isErrorObject());
    QCOMPARE(reused.errorCode(), u"idempotency_key_reused"_s);
    // Confirm twice with one key: one sale.
    const QString id = first.object().value(u"id"_s).toString();
    const HeaderList confirmKey = {{"Idempotency-Key", "confirm-20"}};
    const HttpResult c1 =
        m_server.post(u"/api/v1/tickets/%1/confirm"_s.arg(id), {}, m_server.customerToken, confirmKey);
    const HttpResult c2 =
        m_server.post(u"/api/v1/tickets/%1/confirm"_s.arg(id), {}, m_server.customerToken, confirmKey);
    QCOMPARE(c1.status, 200);
    QCOMPARE(c2.status, 200);
    QCOMPARE(c2.body, c1.body);
}

void TestApiServer::droppedResponseThenRetryYieldsOneTicket()
{
    ServerFixture fresh;
    QVERIFY(fresh.start());
    const QString eventId = fresh.createEvent(1, 5).value(u"id"_s).toString();
    const QStringList seats = fresh.seatIds(eventId);
    const QByteArray body =
        QJsonDocument(QJsonObject{{u"event_id"_s, eventId},
                                  {u"user_id"_s, fresh.customerId.toString(QUuid::WithoutBraces)},
                                  {u"seat_id"_s, seats[2]}})
            .toJson(QJsonDocument::Compact);
    // The client sends the purchase and goes away before the answer arrives.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, fresh.port);
    QVERIFY(socket.waitForConnected(5000));
    socket.write(
        "POST /api/v1/tickets/purchase HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        "Authorization: Bearer "
        + fresh.customerToken.toLatin1() + "\r\nIdempotency-Key: dropped-1\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QVERIFY(socket.waitForBytesWritten(5000));
    socket.abort();
    const QString userPath = u"/api/v1/tickets/user/"_s + fresh.customerId.toString(QUuid::WithoutBraces);
    QTRY_COMPARE_WITH_TIMEOUT(fresh.get(userPath, fresh.customerToken).array().size(), 1, 10000);
    // The retry with the same key gets the first answer: still one ticket, and it is the first one.
    const HttpResult retry = fresh.request("POST", u"/api/v1/tickets/purchase"_s, body, fresh.customerToken,
                                           {{"Idempotency-Key", "dropped-1"}});
    QCOMPARE(retry.status, 201);
    const QJsonArray tickets = fresh.get(userPath, fresh.customerToken).array();
    QCOMPARE(tickets.size(), 1);
    QCOMPARE(retry.object().value(u"id"_s), tickets.first().toObject().value(u"id"_s));
}

void TestApiServer::queueRoutes()
{
    const QString user = m_server.customerId.toString(QUuid::WithoutBraces);
    const HttpResult joined =
        m_server.post(u"/api/v1/queue/join"_s, QJsonObject{{u"event_id"_s, m_eventId}, {u"user_id"_s, user}},
                      m_server.customerToken);
    QCOMPARE(joined.status, 201);
    const QString session = joined.object().value(u"session_id"_s).toString();
    const HttpResult twice =
        m_server.post(u"/api/v1/queue/join"_s, QJsonObject{{u"event_id"_s, m_eventId}, {u"user_id"_s, user}},
                      m_server.customerToken);
    QCOMPARE(twice.object().value(u"id"_s), joined.object().value(u"id"_s));
    const HttpResult position =
        m_server.get(u"/api/v1/queue/position/%1/%2"_s.arg(m_eventId, user), m_server.customerToken);
    QCOMPARE(position.status, 200);
    QCOMPARE(position.object().value(u"position"_s).toInt(), 1);
    const HttpResult length = m_server.get(u"/api/v1/queue/length/"_s + m_eventId, m_server.customerToken);
    QCOMPARE(length.object().value(u"length"_s).toInt(), 1);
    const HttpResult status = m_server.get(u"/api/v1/queue/status/"_s + session, m_server.customerToken);
    QCOMPARE(status.status, 200);
    QVERIFY(status.object().value(u"estimated_wait_time"_s).isString());
    const HttpResult admitted =
        m_server.post(u"/api/v1/queue/process/"_s + m_eventId, {}, m_server.adminToken);
    QCOMPARE(admitted.status, 200);
    QCOMPARE(admitted.object().value(u"status"_s).toString(), u"active"_s);
    // Another customer cannot keep someone else's session alive (nor learn that it exists).
    const HttpResult foreign = m_server.post(
        u"/api/v1/queue/refresh"_s, QJsonObject{{u"session_id"_s, session}}, m_server.otherCustomerToken);
    QCOMPARE(foreign.status, 404);
    QVERIFY(foreign.isErrorObject());
    const HttpResult refreshed = m_server.post(
        u"/api/v1/queue/refresh"_s, QJsonObject{{u"session_id"_s, session}}, m_server.customerToken);
    QCOMPARE(refreshed.status, 200);
    QCOMPARE(refreshed.object().value(u"session_id"_s).toString(), session);
    QCOMPARE(
        m_server
            .post(u"/api/v1/queue/refresh"_s, QJsonObject{{u"session_id"_s, session}}, m_server.clerkToken)
            .status,
        200);
    QCOMPARE(m_server.post(u"/api/v1/queue/process/"_s + m_eventId, {}, m_server.adminToken).status, 409);
}

void TestApiServer::statusAndMetrics()
{
    const HttpResult status = m_server.get(u"/api/v1/status"_s, m_server.clerkToken);
    QCOMPARE(status.status, 200);
    for (const char *key : {"units", "space", "pump", "queues"})
        QVERIFY2(status.object().value(QLatin1StringView(key)).isObject(), key);
    const HttpResult metrics = m_server.get(u"/api/v1/metrics"_s, m_server.clerkToken);
    QCOMPARE(metrics.status, 200);
    QVERIFY(metrics.header("Content-Type").startsWith("text/plain"));
    // Prometheus text format: comments, or `name{labels} value` with a number.
    static const QRegularExpression sample(
        u"^[a-zA-Z_:][a-zA-Z0-9_:]*(\\{([a-zA-Z_][a-zA-Z0-9_]*=\"[^\"\\\\]*\",?)*\\})? (-?[0-9.eE+-]+|\\+Inf|NaN)$"_s);
    static const QRegularExpression comment(u"^# (HELP|TYPE) [a-zA-Z_:][a-zA-Z0-9_:]* .+$"_s);
    int samples = 0;
    const QList<QByteArray> lines = metrics.body.split('\n');
    for (const QByteArray &line : lines) {
        if (line.isEmpty())
            continue;
        const QString text = QString::fromUtf8(line);
        if (line.startsWith('#')) {
            QVERIFY2(comment.match(text).hasMatch(), line.constData());
        } else {
            QVERIFY2(sample.match(text).hasMatch(), line.constData());
            ++samples;
        }
    }
    QVERIFY(samples > 10);
    QVERIFY(metrics.body.contains("tessera_http_requests_total{"));
    QVERIFY(metrics.body.contains("tessera_pump_backlog "));
}

void TestApiServer::rateLimitAnswers429()
{
    ServerFixture limited;
    ApiServer::Options options;
    options.requestsPerSecond = 1;
    options.burst = 5;
    QVERIFY(limited.start(options));
    int refused = 0;
    HttpResult last;
    for (int i = 0; i < 20; ++i) {
        last = limited.get(u"/api/v1/events"_s, limited.clerkToken);
        if (last.status == 429) {
            ++refused;
            QVERIFY(last.isErrorObject());
            QCOMPARE(last.errorCode(), u"rate_limited"_s);
            QVERIFY(last.header("Retry-After").toInt() >= 1);
        }
    }
    QVERIFY(refused >= 10);
    // Another token has its own bucket.
    QCOMPARE(limited.get(u"/api/v1/events"_s, limited.adminToken).status, 200);
}

void TestApiServer::passwordHashes()
{
    // RFC 7914 section 11 test vector of PBKDF2-HMAC-SHA256.
    QCOMPARE(PasswordHash::pbkdf2Sha256("passwd", "salt", 1, 64).toHex(),
             QByteArray("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
                        "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783"));
    const QByteArray hash = PasswordHash::make(u"correct horse"_s);
    QVERIFY(hash.startsWith("pbkdf2-sha256$120000$"));
    QVERIFY(PasswordHash::verify(u"correct horse"_s, hash));
    QVERIFY(!PasswordHash::verify(u"correct horsE"_s, hash));
    QVERIFY(!PasswordHash::verify(u"x"_s, "garbage"));
    QVERIFY(PasswordHash::make(u"same"_s, 1000) != PasswordHash::make(u"same"_s, 1000)); // salted
}

void TestApiServer::journalGroupsSaves()
{
    // Saves made at once from several threads are written in groups: each is answered, each
    // is in the database afterwards, and a save refused for its content fails alone.
    ServerJournal &journal = *m_server.journal;
    const QUuid user = newUuid();
    std::vector<ReservedTicket> tickets(300);
    QList<QFuture<Status>> saved(qsizetype(tickets.size()));
    std::vector<std::thread> threads;
    for (int t = 0; t < 3; ++t) {
        threads.emplace_back([&, t] {
            for (size_t i = size_t(t); i < tickets.size(); i += 3) {
                ReservedTicket &reserved = tickets[i];
                reserved.ticket.id = newUuid();
                reserved.ticket.userId = user;
                reserved.ticket.eventId = newUuid();
                reserved.ticket.seatLabel = QStringLiteral("A-%1").arg(i);
                reserved.ticket.status = TicketStatus::Reserved;
                reserved.ticket.createdAt =
                    QDateTime::fromMSecsSinceEpoch(1'900'000'000'000 + qint64(i), Qt::UTC);
                reserved.holdId = i == 7 ? QUuid() : newUuid(); // the seventh is incomplete
                reserved.holder = u"user:"_s + user.toString(QUuid::WithoutBraces);
                saved[qsizetype(i)] = journal.saveTicket(reserved);
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    for (qsizetype i = 0; i < saved.size(); ++i) {
        const Status status = saved[i].result();
        if (i == 7)
            QCOMPARE(status.errorCode(), ErrorCode::InvalidInput);
        else
            QVERIFY2(status, qPrintable(status ? QString() : status.error().message));
    }
    const Result<QList<ReservedTicket>> mine = journal.ticketsOfUser(user).result();
    QVERIFY(mine);
    QCOMPARE(mine->size(), qsizetype(tickets.size()) - 1);
    QCOMPARE(mine->first().ticket.id, tickets.back().ticket.id); // newest first
}

void TestApiServer::registryKeepsWhatItKnowsIsNewer()
{
    // A database read that began before this server's confirm finished must not turn the
    // confirmed ticket back to reserved; what another server settled is taken.
    TicketRegistry registry;
    TicketRegistry::Entry entry;
    entry.ticket.id = newUuid();
    entry.ticket.userId = newUuid();
    entry.ticket.status = TicketStatus::Reserved;
    entry.holdId = newUuid();
    entry.holder = u"user:x"_s;
    registry.insert(entry);
    QVERIFY(registry.beginConfirm(entry.ticket.id));
    QVERIFY(registry.refresh(entry).confirming); // the mark survives a refresh
    registry.endConfirm(entry.ticket.id);
    Ticket confirmed = entry.ticket;
    confirmed.status = TicketStatus::Confirmed;
    registry.update(confirmed);
    QCOMPARE(registry.refresh(entry).ticket.status, TicketStatus::Confirmed);
    TicketRegistry::Entry cancelled = entry;
    cancelled.ticket.status = TicketStatus::Cancelled;
    QCOMPARE(registry.refresh(cancelled).ticket.status, TicketStatus::Cancelled);
    QCOMPARE(registry.find(entry.ticket.id)->ticket.status, TicketStatus::Cancelled);
    // Unknown tickets are added.
    TicketRegistry::Entry other = entry;
    other.ticket.id = newUuid();
    QCOMPARE(registry.refresh(other).ticket.id, other.ticket.id);
    QCOMPARE(registry.ofUser(entry.ticket.userId).size(), 2);
}

QTEST_MAIN(TestApiServer)
#include "tst_apiserver.moc"
