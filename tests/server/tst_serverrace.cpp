#include "tests/server/serverfixture.h"

#include <QJsonArray>
#include <QNetworkReply>
#include <QSet>
#include <QTest>

using namespace tessera;
using namespace tessera::test;
using namespace Qt::StringLiterals;

/// 50 concurrent HTTP clients race for a 500-seat house on a real server: every seat is sold
/// exactly once, losers get 409, nothing answers 5xx.
class TestServerRace final : public QObject
{
    Q_OBJECT

private slots:
    void fiftyClientsRaceForFiveHundredSeats();
};

namespace {

/// One client: its own connection, trying seats in its own order until the house is full.
class RacingClient final : public QObject
{
public:
    RacingClient(ServerFixture &server, const QString &eventId, QStringList order, QList<int> *statuses,
                 QStringList *soldSeats)
        : m_server(server)
        , m_eventId(eventId)
        , m_order(std::move(order))
        , m_statuses(statuses)
        , m_soldSeats(soldSeats)
    {}

    void start() { next(); }
    bool done() const { return m_done; }

private:
    void send(const QString &path, const QJsonObject &body,
              std::function<void(int, const QJsonObject &)> then)
    {
        QNetworkRequest request(m_server.url(path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + m_server.clerkToken.toLatin1());
        QNetworkReply *reply = m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        connect(reply, &QNetworkReply::finished, this, [this, reply, then] {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            m_statuses->append(status);
            const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
            reply->deleteLater();
            then(status, json);
        });
    }

    void next()
    {
        if (m_position >= m_order.size()) {
            m_done = true;
            return;
        }
        const QString seat = m_order.at(m_position++);
        send(u"/api/v1/events/%1/holds"_s.arg(m_eventId), QJsonObject{{u"seat_ids"_s, QJsonArray{seat}}},
             [this, seat](int status, const QJsonObject &hold) {
                 if (status != 201)
                     return next();
                 send(u"/api/v1/holds/%1/sell"_s.arg(hold.value(u"hold_id"_s).toString()),
                      QJsonObject{{u"payment_method"_s, u"cash"_s}},
                      [this, seat](int sold, const QJsonObject &) {
                          if (sold == 201)
                              m_soldSeats->append(seat);
                          next();
                      });
             });
    }

    ServerFixture &m_server;
    QString m_eventId;
    QStringList m_order;
    QList<int> *m_statuses;
    QStringList *m_soldSeats;
    QNetworkAccessManager m_network;
    qsizetype m_position = 0;
    bool m_done = false;
};

} // namespace

void TestServerRace::fiftyClientsRaceForFiveHundredSeats()
{
    ServerFixture server;
    ApiServer::Options options;
    options.requestsPerSecond = 1e6;
    options.burst = 1e6;
    QVERIFY(server.start(options));
    const QString eventId = server.createEvent(20, 25).value(u"id"_s).toString();
    const QStringList seats = server.seatIds(eventId);
    QCOMPARE(seats.size(), 500);

    QList<int> statuses;
    QStringList sold;
    std::vector<std::unique_ptr<RacingClient>> clients;
    for (int c = 0; c < 50; ++c) {
        // Every client walks the whole house from its own starting point: they collide constantly.
        QStringList order;
        for (qsizetype i = 0; i < seats.size(); ++i)
            order.append(seats.at((i + c * 37) % seats.size()));
        clients.push_back(std::make_unique<RacingClient>(server, eventId, order, &statuses, &sold));
    }
    for (auto &client : clients)
        client->start();
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(clients.begin(), clients.end(), [](const auto &c) { return c->done(); }), 240000);

    QCOMPARE(sold.size(), 500);
    QCOMPARE(QSet<QString>(sold.begin(), sold.end()).size(), 500);
    for (int status : std::as_const(statuses))
        QVERIFY2(status == 201 || status == 409, qPrintable(QString::number(status)));
    const HttpResult available =
        server.get(u"/api/v1/events/%1/seats/available"_s.arg(eventId), server.clerkToken);
    QCOMPARE(available.array().size(), 0);
    const HttpResult all = server.get(u"/api/v1/events/%1/seats"_s.arg(eventId), server.clerkToken);
    for (const QJsonValue &seat : all.array())
        QCOMPARE(seat.toObject().value(u"status"_s).toString(), u"sold"_s);
}

QTEST_MAIN(TestServerRace)
#include "tst_serverrace.moc"
