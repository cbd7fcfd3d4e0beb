#include "core/server/pushhub.h"
#include "tests/server/serverfixture.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

using namespace tessera;
using namespace tessera::test;
using namespace Qt::StringLiterals;

/// The WebSocket push stream of a real server: snapshot first, then the updates of holds made
/// over REST; a reconnecting client gets a fresh snapshot; bad tokens are refused; customers see
/// the owner of their own holds only.
class TestServerPush final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void snapshotThenUpdates();
    void reconnectGetsFreshSnapshot();
    void refusesMissingToken();
    void customerStreamsAreLimited();
    void customersSeeOnlyTheirOwnHolds();

private:
    QUrl streamUrl(const QString &token) const;
    static QJsonObject parse(const QString &message)
    {
        return QJsonDocument::fromJson(message.toUtf8()).object();
    }

    ServerFixture m_server;
    QString m_eventId;
    QStringList m_seats;
};

void TestServerPush::initTestCase()
{
    QVERIFY(m_server.start());
    m_eventId = m_server.createEvent(2, 5).value(u"id"_s).toString();
    m_seats = m_server.seatIds(m_eventId);
    QCOMPARE(m_seats.size(), 10);
}

QUrl TestServerPush::streamUrl(const QString &token) const
{
    return QUrl(
        u"ws://127.0.0.1:%1/api/v1/stream?event_id=%2&token=%3"_s.arg(m_server.port).arg(m_eventId, token));
}

void TestServerPush::snapshotThenUpdates()
{
    QWebSocket socket;
    QStringList messages;
    connect(&socket, &QWebSocket::textMessageReceived, this, [&](const QString &m) { messages.append(m); });
    socket.open(streamUrl(m_server.customerToken));
    QTRY_VERIFY_WITH_TIMEOUT(!messages.isEmpty(), 10000);
    const QJsonObject snapshot = parse(messages.first());
    QCOMPARE(snapshot.value(u"type"_s).toString(), u"SNAPSHOT"_s);
    QCOMPARE(snapshot.value(u"payload"_s).toObject().value(u"seats"_s).toArray().size(), 10);

    const HttpResult hold =
        m_server.post(u"/api/v1/events/%1/holds"_s.arg(m_eventId),
                      QJsonObject{{u"seat_ids"_s, QJsonArray{m_seats[3]}}}, m_server.clerkToken);
    QCOMPARE(hold.status, 201);
    // Seat messages only: a QUEUE_UPDATE may come in between on a slow run.
    auto seatMessages = [&messages] {
        QList<QJsonObject> seats;
        for (const QString &m : std::as_const(messages)) {
            const QJsonObject message = parse(m);
            if (message.value(u"type"_s).toString().startsWith(u"SEAT_"_s))
                seats.append(message);
        }
        return seats;
    };
    QTRY_VERIFY_WITH_TIMEOUT(seatMessages().size() >= 1, 10000);
    const QJsonObject update = seatMessages().at(0);
    QCOMPARE(update.value(u"type"_s).toString(), u"SEAT_UPDATE"_s);
    const QJsonObject payload = update.value(u"payload"_s).toObject();
    QCOMPARE(payload.value(u"seatId"_s).toString(), m_seats[3]);
    QCOMPARE(payload.value(u"status"_s).toString(), u"HELD"_s);
    QCOMPARE(payload.value(u"ownerId"_s).toString(), QString()); // a clerk's hold: not a customer's business

    // A hold of several seats arrives as one batch.
    const HttpResult pair =
        m_server.post(u"/api/v1/events/%1/holds"_s.arg(m_eventId),
                      QJsonObject{{u"seat_ids"_s, QJsonArray{m_seats[6], m_seats[7]}}}, m_server.clerkToken);
    QCOMPARE(pair.status, 201);
    QTRY_VERIFY_WITH_TIMEOUT(seatMessages().size() >= 2, 10000);
    const QJsonObject batch = seatMessages().at(1);
    QCOMPARE(batch.value(u"type"_s).toString(), u"SEAT_UPDATES"_s);
    QCOMPARE(batch.value(u"payload"_s).toArray().size(), 2);
    socket.close();
}

void TestServerPush::reconnectGetsFreshSnapshot()
{
    for (int round = 0; round < 2; ++round) {
        QWebSocket socket;
        QStringList messages;
        connect(&socket, &QWebSocket::textMessageReceived, this,
                [&](const QString &m) { messages.append(m); });
        socket.open(streamUrl(m_server.clerkToken));
        QTRY_COMPARE_WITH_TIMEOUT(messages.size(), 1, 10000);
        const QJsonObject snapshot = parse(messages.first());
        QCOMPARE(snapshot.value(u"type"_s).toString(), u"SNAPSHOT"_s);
        int held = 0;
        for (const QJsonValue &seat : snapshot.value(u"payload"_s).toObject().value(u"seats"_s).toArray())
            held += seat.toObject().value(u"status"_s).toString() == u"HELD";
        QCOMPARE(held, 3 + round); // the holds of the previous test, and one more per round
        QCOMPARE(m_server
                     .post(u"/api/v1/events/%1/holds"_s.arg(m_eventId),
                           QJsonObject{{u"seat_ids"_s, QJsonArray{m_seats[round]}}}, m_server.clerkToken)
                     .status,
                 201);
        QTRY_VERIFY_WITH_TIMEOUT(messages.size() >= 2, 10000);
        socket.close();
    }
}

void TestServerPush::refusesMissingToken()
{
    QWebSocket socket;
    QStringList messages;
    connect(&socket, &QWebSocket::textMessageReceived, this, [&](const QString &m) { messages.append(m); });
    QSignalSpy closed(&socket, &QWebSocket::disconnected);
    socket.open(streamUrl(u"bogus"_s));
    QTRY_VERIFY_WITH_TIMEOUT(closed.size() >= 1, 10000);
    QCOMPARE(messages.size(), 1);
    QCOMPARE(parse(messages.first()).value(u"type"_s).toString(), u"ERROR"_s);
    QCOMPARE(m_server.get(u"/health"_s, {}).status, 200);
}

void TestServerPush::customerStreamsAreLimited()
{
    // Each stream costs a snapshot: one customer may not open them without end.
    std::vector<std::unique_ptr<QWebSocket>> open;
    for (qsizetype i = 0; i < PushHub::kMaxCustomerStreams; ++i) {
        auto socket = std::make_unique<QWebSocket>();
        QSignalSpy snapshot(socket.get(), &QWebSocket::textMessageReceived);
        socket->open(streamUrl(m_server.customerToken));
        QTRY_VERIFY_WITH_TIMEOUT(snapshot.size() >= 1, 10000);
        QCOMPARE(parse(snapshot.first().first().toString()).value(u"type"_s).toString(), u"SNAPSHOT"_s);
        open.push_back(std::move(socket));
    }
    QWebSocket extra;
    QStringList messages;
    connect(&extra, &QWebSocket::textMessageReceived, this, [&](const QString &m) { messages.append(m); });
    QSignalSpy closed(&extra, &QWebSocket::disconnected);
    extra.open(streamUrl(m_server.customerToken));
    QTRY_VERIFY_WITH_TIMEOUT(closed.size() >= 1, 10000);
    QCOMPARE(messages.size(), 1);
    const QJsonObject error = parse(messages.first());
    QCOMPARE(error.value(u"type"_s).toString(), u"ERROR"_s);
    QCOMPARE(error.value(u"payload"_s).toObject().value(u"code"_s).toString(), u"rate_limited"_s);
    // Staff are not held to the customers' limit, and a closed stream frees its place.
    QWebSocket clerk;
    QSignalSpy clerkSnapshot(&clerk, &QWebSocket::textMessageReceived);
    clerk.open(streamUrl(m_server.clerkToken));
    QTRY_VERIFY_WITH_TIMEOUT(clerkSnapshot.size() >= 1, 10000);
    QSignalSpy gone(open.front().get(), &QWebSocket::disconnected);
    open.front()->close();
    QTRY_VERIFY_WITH_TIMEOUT(gone.size() >= 1, 10000);
    QWebSocket again;
    QSignalSpy againSnapshot(&again, &QWebSocket::textMessageReceived);
    QTRY_VERIFY_WITH_TIMEOUT(m_server.server->streamCount() <= PushHub::kMaxCustomerStreams, 10000);
    again.open(streamUrl(m_server.customerToken));
    QTRY_VERIFY_WITH_TIMEOUT(againSnapshot.size() >= 1, 10000);
    QCOMPARE(parse(againSnapshot.first().first().toString()).value(u"type"_s).toString(), u"SNAPSHOT"_s);
}

void TestServerPush::customersSeeOnlyTheirOwnHolds()
{
    struct Stream
    {
        QWebSocket socket;
        QList<QJsonObject> messages;
    };
    Stream staff;
    Stream buyer;
    Stream other;
    for (auto [stream, token] :
         {std::pair{&staff, m_server.clerkToken}, std::pair{&buyer, m_server.customerToken},
          std::pair{&other, m_server.otherCustomerToken}}) {
        connect(&stream->socket, &QWebSocket::textMessageReceived, this,
                [stream](const QString &m) { stream->messages.append(parse(m)); });
        stream->socket.open(streamUrl(token));
        QTRY_VERIFY_WITH_TIMEOUT(!stream->messages.isEmpty(), 10000); // the snapshot, maybe more
    }
    const QString owner = u"user:"_s + m_server.customerId.toString(QUuid::WithoutBraces);
    const HttpResult bought =
        m_server.post(u"/api/v1/tickets/purchase"_s,
                      QJsonObject{{u"event_id"_s, m_eventId},
                                  {u"user_id"_s, m_server.customerId.toString(QUuid::WithoutBraces)},
                                  {u"seat_id"_s, m_seats[9]}},
                      m_server.customerToken);
    QCOMPARE(bought.status, 201);
    // The seat's update may come alone (SEAT_UPDATE) or with others (SEAT_UPDATES).
    auto ownerSeen = [this](const Stream &stream) {
        std::optional<QString> owner;
        for (const QJsonObject &m : stream.messages) {
            const QString type = m.value(u"type"_s).toString();
            QJsonArray seats;
            if (type == u"SEAT_UPDATE"_s)
                seats.append(m.value(u"payload"_s));
            else if (type == u"SEAT_UPDATES"_s)
                seats = m.value(u"payload"_s).toArray();
            for (const QJsonValue &seat : std::as_const(seats)) {
                if (seat.toObject().value(u"seatId"_s) == m_seats[9]
                    && seat.toObject().value(u"status"_s) == u"HELD"_s)
                    owner = seat.toObject().value(u"ownerId"_s).toString();
            }
        }
        return owner;
    };
    QTRY_VERIFY_WITH_TIMEOUT(ownerSeen(staff) && ownerSeen(buyer) && ownerSeen(other), 10000);
    QCOMPARE(*ownerSeen(staff), owner);
    QCOMPARE(*ownerSeen(buyer), owner);
    QCOMPARE(*ownerSeen(other), QString());

    // The snapshot hides it the same way.
    QWebSocket late;
    QList<QJsonObject> snapshot;
    connect(&late, &QWebSocket::textMessageReceived, this,
            [&](const QString &m) { snapshot.append(parse(m)); });
    late.open(streamUrl(m_server.otherCustomerToken));
    QTRY_VERIFY_WITH_TIMEOUT(!snapshot.isEmpty(), 10000);
    QCOMPARE(snapshot.first().value(u"type"_s).toString(), u"SNAPSHOT"_s);
    for (const QJsonValue &seat : snapshot.first().value(u"payload"_s).toObject().value(u"seats"_s).toArray())
        QCOMPARE(seat.toObject().value(u"ownerId"_s).toString(), QString());
}

QTEST_MAIN(TestServerPush)
#include "tst_serverpush.moc"
