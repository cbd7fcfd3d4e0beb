#include "tests/server/serverfixture.h"

#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace tessera;
using namespace tessera::test;
using namespace Qt::StringLiterals;

/// resources/openapi.json is the contract: every route the server registers is documented and
/// every documented route is served, and real answers carry the documented fields and types.
class TestOpenApi final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void documentIsOpenApi3();
    void routesMatchTheServer();
    void idempotencyKeysMatchTheServer();
    void answersMatchTheSchemas();

private:
    /// The schema of the documented `status` answer of `method path`.
    QJsonObject responseSchema(const QString &method, const QString &path, const QString &status) const;
    QJsonObject resolve(const QJsonObject &schema) const;
    /// Appends a line to `problems` for every documented requirement `value` misses.
    void validate(const QJsonValue &value, const QJsonObject &schema, const QString &where,
                  QStringList &problems) const;
    void check(const QString &method, const QString &path, const HttpResult &result);

    QJsonObject m_doc;
    ServerFixture m_server;
};

void TestOpenApi::initTestCase()
{
    QFile file(QStringLiteral(TESSERA_OPENAPI));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonParseError error;
    m_doc = QJsonDocument::fromJson(file.readAll(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(m_server.start());
}

void TestOpenApi::documentIsOpenApi3()
{
    QVERIFY(m_doc.value(u"openapi"_s).toString().startsWith(u"3."_s));
    QVERIFY(
        m_doc.value(u"components"_s).toObject().value(u"securitySchemes"_s).toObject().contains(u"bearer"_s));
    QVERIFY(m_doc.value(u"components"_s).toObject().value(u"schemas"_s).toObject().contains(u"Error"_s));
    // Every operation documents its answers, and every error answer uses the Error schema.
    const QJsonObject paths = m_doc.value(u"paths"_s).toObject();
    for (auto p = paths.begin(); p != paths.end(); ++p) {
        const QJsonObject operations = p.value().toObject();
        for (auto o = operations.begin(); o != operations.end(); ++o) {
            const QJsonObject responses = o.value().toObject().value(u"responses"_s).toObject();
            QVERIFY2(!responses.isEmpty(), qPrintable(p.key()));
            for (auto r = responses.begin(); r != responses.end(); ++r) {
                if (r.key().toInt() < 400)
                    continue;
                const QString ref = r.value().toObject().value(u"$ref"_s).toString();
                QVERIFY2(ref.startsWith(u"#/components/responses/E"_s), qPrintable(p.key() + u' ' + r.key()));
            }
        }
    }
}

void TestOpenApi::routesMatchTheServer()
{
    QSet<QString> documented;
    const QJsonObject paths = m_doc.value(u"paths"_s).toObject();
    for (auto p = paths.begin(); p != paths.end(); ++p) {
        const QJsonObject operations = p.value().toObject();
        for (auto o = operations.begin(); o != operations.end(); ++o)
            documented.insert(o.key().toUpper() + u' ' + p.key());
    }
    QSet<QString> served;
    for (const ApiRouteInfo &route : m_server.server->routes())
        served.insert(QString::fromLatin1(route.method) + u' ' + route.path);
    const QSet<QString> undocumented = served - documented;
    const QSet<QString> missing = documented - served;
    QVERIFY2(undocumented.isEmpty(),
             qPrintable(u"not documented: "_s + QStringList(undocumented.values()).join(u", ")));
    QVERIFY2(missing.isEmpty(), qPrintable(u"not served: "_s + QStringList(missing.values()).join(u", ")));
}

/// The routes that honour an Idempotency-Key (holds, best available, sell, purchase, confirm,
/// cancel of tickets and orders) document the header, and no other route does.
void TestOpenApi::idempotencyKeysMatchTheServer()
{
    const QJsonObject paths = m_doc.value(u"paths"_s).toObject();
    int keyed = 0;
    for (const ApiRouteInfo &route : m_server.server->routes()) {
        const QJsonObject operation =
            paths.value(route.path).toObject().value(QString::fromLatin1(route.method).toLower()).toObject();
        bool documented = false;
        for (const QJsonValue &parameter : operation.value(u"parameters"_s).toArray()) {
            const QJsonObject p = parameter.toObject();
            if (p.value(u"name"_s).toString() == u"Idempotency-Key"_s
                && p.value(u"in"_s).toString() == u"header"_s)
                documented = true;
        }
        const QString where = QString::fromLatin1(route.method) + u' ' + route.path;
        QVERIFY2(documented == route.idempotent, qPrintable(where));
        if (route.idempotent) {
            ++keyed;
            QVERIFY2(operation.value(u"responses"_s).toObject().contains(u"422"_s), qPrintable(where));
        }
    }
    QCOMPARE(keyed, 8);
    for (const ApiRouteInfo &route : m_server.server->routes()) {
        if (route.path == u"/api/v1/events/{id}/holds"_s)
            QVERIFY(route.idempotent);
    }
}

QJsonObject TestOpenApi::resolve(const QJsonObject &schema) const
{
    const QString ref = schema.value(u"$ref"_s).toString();
    if (ref.isEmpty())
        return schema;
    QJsonValue node = m_doc;
    for (const QString &part : ref.mid(2).split(u'/'))
        node = node.toObject().value(part);
    return resolve(node.toObject());
}

QJsonObject TestOpenApi::responseSchema(const QString &method, const QString &path,
                                        const QString &status) const
{
    QJsonObject response = m_doc.value(u"paths"_s)
                               .toObject()
                               .value(path)
                               .toObject()
                               .value(method)
                               .toObject()
                               .value(u"responses"_s)
                               .toObject()
                               .value(status)
                               .toObject();
    response = resolve(response);
    return resolve(response.value(u"content"_s)
                       .toObject()
                       .value(u"application/json"_s)
                       .toObject()
                       .value(u"schema"_s)
                       .toObject());
}

void TestOpenApi::validate(const QJsonValue &value, const QJsonObject &raw, const QString &where,
                           QStringList &problems) const
{
    const QJsonObject schema = resolve(raw);
    if (value.isNull() && schema.value(u"nullable"_s).toBool())
        return;
    const QString type = schema.value(u"type"_s).toString();
    const bool ok =
        type.isEmpty() || (type == u"object" && value.isObject()) || (type == u"array" && value.isArray())
        || (type == u"string" && value.isString()) || (type == u"boolean" && value.isBool())
        || (type == u"number" && value.isDouble())
        || (type == u"integer" && value.isDouble() && value.toDouble() == double(qint64(value.toDouble())));
    if (!ok) {
        problems.append(where + u": expected "_s + type);
        return;
    }
    if (schema.contains(u"enum"_s) && !schema.value(u"enum"_s).toArray().contains(value))
        problems.append(where + u": not one of the documented values"_s);
    if (type == u"object") {
        const QJsonObject object = value.toObject();
        for (const QJsonValue &name : schema.value(u"required"_s).toArray()) {
            if (!object.contains(name.toString()))
                problems.append(where + u'.' + name.toString() + u": required but missing"_s);
        }
        const QJsonObject properties = schema.value(u"properties"_s).toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (properties.contains(it.key()))
                validate(it.value(), properties.value(it.key()).toObject(), where + u'.' + it.key(),
                         problems);
        }
    } else if (type == u"array") {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            validate(array[i], schema.value(u"items"_s).toObject(), where + u'[' + QString::number(i) + u']',
                     problems);
    }
}

void TestOpenApi::check(const QString &method, const QString &path, const HttpResult &result)
{
    const QJsonObject schema = responseSchema(method, path, QString::number(result.status));
    QVERIFY2(!schema.isEmpty(),
             qPrintable(u"status %1 of %2 %3 is not documented"_s.arg(result.status).arg(method, path)));
    QStringList problems;
    const QJsonDocument document = QJsonDocument::fromJson(result.body);
    validate(document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()), schema,
             method + u' ' + path, problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; ")));
}

void TestOpenApi::answersMatchTheSchemas()
{
    ServerFixture &s = m_server;
    check(u"get"_s, u"/health"_s, s.get(u"/health"_s, {}));
    check(u"post"_s, u"/api/v1/auth/login"_s,
          s.post(u"/api/v1/auth/login"_s,
                 QJsonObject{{u"username"_s, u"clerk"_s}, {u"password"_s, u"clerk-secret"_s}}, {}));
    check(u"post"_s, u"/api/v1/auth/login"_s,
          s.post(u"/api/v1/auth/login"_s, QJsonObject{{u"username"_s, u"clerk"_s}}, {})); // 400
    check(u"get"_s, u"/api/v1/status"_s, s.get(u"/api/v1/status"_s, s.clerkToken));
    check(u"post"_s, u"/api/v1/users"_s,
          s.post(u"/api/v1/users"_s,
                 QJsonObject{{u"username"_s, u"fred"_s},
                             {u"password"_s, u"fred-secret"_s},
                             {u"role"_s, u"customer"_s}},
                 s.adminToken));
    const QJsonObject event = s.createEvent(2, 4, 10);
    const QString id = event.value(u"id"_s).toString();
    check(u"get"_s, u"/api/v1/events"_s, s.get(u"/api/v1/events"_s, s.customerToken));
    check(u"get"_s, u"/api/v1/events/active"_s, s.get(u"/api/v1/events/active"_s, s.customerToken));
    check(u"get"_s, u"/api/v1/events/{id}"_s, s.get(u"/api/v1/events/"_s + id, s.customerToken));
    check(u"get"_s, u"/api/v1/events/{id}"_s,
          s.get(u"/api/v1/events/"_s + QUuid::createUuid().toString(QUuid::WithoutBraces), s.customerToken));
    check(u"get"_s, u"/api/v1/events/{id}/seats"_s,
          s.get(u"/api/v1/events/%1/seats"_s.arg(id), s.customerToken));
    check(u"get"_s, u"/api/v1/events/{id}/seats/available"_s,
          s.get(u"/api/v1/events/%1/seats/available"_s.arg(id), s.customerToken));
    check(u"get"_s, u"/api/v1/events/{id}/layout"_s,
          s.get(u"/api/v1/events/%1/layout"_s.arg(id), s.customerToken));
    const QStringList seats = s.seatIds(id);
    const HttpResult hold = s.post(u"/api/v1/events/%1/holds"_s.arg(id),
                                   QJsonObject{{u"seat_ids"_s, QJsonArray{seats[0]}}}, s.clerkToken);
    check(u"post"_s, u"/api/v1/events/{id}/holds"_s, hold);
    const QString holdId = hold.object().value(u"hold_id"_s).toString();
    check(u"post"_s, u"/api/v1/holds/{id}/extend"_s,
          s.post(u"/api/v1/holds/%1/extend"_s.arg(holdId), {}, s.clerkToken));
    check(u"post"_s, u"/api/v1/holds/{id}/sell"_s,
          s.post(u"/api/v1/holds/%1/sell"_s.arg(holdId), {}, s.clerkToken));
    check(u"post"_s, u"/api/v1/events/{id}/holds"_s,
          s.post(u"/api/v1/events/%1/holds"_s.arg(id), QJsonObject{{u"seat_ids"_s, QJsonArray{seats[0]}}},
                 s.clerkToken)); // 409
    check(
        u"post"_s, u"/api/v1/events/{id}/best-available"_s,
        s.post(u"/api/v1/events/%1/best-available"_s.arg(id), QJsonObject{{u"quantity"_s, 2}}, s.clerkToken));
    const QString user = s.customerId.toString(QUuid::WithoutBraces);
    const HttpResult ticket = s.post(
        u"/api/v1/tickets/purchase"_s,
        QJsonObject{{u"event_id"_s, id}, {u"user_id"_s, user}, {u"seat_id"_s, seats[5]}}, s.customerToken);
    check(u"post"_s, u"/api/v1/tickets/purchase"_s, ticket);
    check(u"post"_s, u"/api/v1/tickets/purchase"_s,
          s.post(u"/api/v1/tickets/purchase"_s, QJsonObject{{u"event_id"_s, id}, {u"user_id"_s, user}},
                 s.customerToken)); // standing
    const QString ticketId = ticket.object().value(u"id"_s).toString();
    check(u"get"_s, u"/api/v1/tickets/{id}"_s, s.get(u"/api/v1/tickets/"_s + ticketId, s.customerToken));
    check(u"post"_s, u"/api/v1/tickets/{id}/confirm"_s,
          s.post(u"/api/v1/tickets/%1/confirm"_s.arg(ticketId), {}, s.customerToken));
    check(u"get"_s, u"/api/v1/tickets/user/{user_id}"_s,
          s.get(u"/api/v1/tickets/user/"_s + user, s.customerToken));
    check(u"post"_s, u"/api/v1/tickets/{id}/cancel"_s,
          s.post(u"/api/v1/tickets/%1/cancel"_s.arg(ticketId), {}, s.customerToken));
    const HttpResult joined = s.post(u"/api/v1/queue/join"_s,
                                     QJsonObject{{u"event_id"_s, id}, {u"user_id"_s, user}}, s.customerToken);
    check(u"post"_s, u"/api/v1/queue/join"_s, joined);
    check(u"get"_s, u"/api/v1/queue/position/{event_id}/{user_id}"_s,
          s.get(u"/api/v1/queue/position/%1/%2"_s.arg(id, user), s.customerToken));
    check(u"get"_s, u"/api/v1/queue/status/{session_id}"_s,
          s.get(u"/api/v1/queue/status/"_s + joined.object().value(u"session_id"_s).toString(),
                s.customerToken));
    check(u"get"_s, u"/api/v1/queue/length/{event_id}"_s,
          s.get(u"/api/v1/queue/length/"_s + id, s.customerToken));
    const HttpResult line = s.get(u"/api/v1/events/%1/queue/line?from=1&count=10"_s.arg(id), s.adminToken);
    QCOMPARE(line.array().size(), 1);
    check(u"get"_s, u"/api/v1/events/{id}/queue/line"_s, line);
    check(u"get"_s, u"/api/v1/events/{id}/queue/line"_s,
          s.get(u"/api/v1/events/%1/queue/line?count=0"_s.arg(id), s.adminToken));
    check(u"get"_s, u"/api/v1/events/{id}/queue"_s,
          s.get(u"/api/v1/events/%1/queue"_s.arg(id), s.adminToken));
    check(u"get"_s, u"/api/v1/events/{id}/queue"_s,
          s.get(u"/api/v1/events/%1/queue"_s.arg(id), s.clerkToken)); // 403
    check(u"post"_s, u"/api/v1/queue/process/{event_id}"_s,
          s.post(u"/api/v1/queue/process/"_s + id, {}, s.adminToken));
    const HttpResult room = s.get(u"/api/v1/events/%1/queue?sessions=10"_s.arg(id), s.adminToken);
    QCOMPARE(room.object().value(u"sessions"_s).toArray().size(), 1);
    check(u"get"_s, u"/api/v1/events/{id}/queue"_s, room);
    check(u"get"_s, u"/api/v1/events/{id}/seat-tickets"_s,
          s.get(u"/api/v1/events/%1/seat-tickets"_s.arg(id), s.clerkToken));
    check(u"post"_s, u"/api/v1/queue/refresh"_s,
          s.post(u"/api/v1/queue/refresh"_s,
                 QJsonObject{{u"session_id"_s, joined.object().value(u"session_id"_s)}}, s.customerToken));
    check(u"put"_s, u"/api/v1/events/{id}"_s,
          s.request("PUT", u"/api/v1/events/"_s + id, "{\"venue\":\"Old Hall\"}", s.adminToken));
    check(u"post"_s, u"/api/v1/events/{id}/seats"_s,
          s.post(u"/api/v1/events/%1/seats"_s.arg(id),
                 QJsonObject{{u"seats"_s, QJsonArray{QJsonObject{{u"number"_s, u"9"_s}, {u"price"_s, 100}}}}},
                 s.adminToken)); // 409: seats are sold
}

QTEST_MAIN(TestOpenApi)
#include "tst_openapi.moc"
