#include "core/boxoffice/localboxoffice.h"
#include "core/remote/remoteboxoffice.h"
#include "core/server/apiserver.h"
#include "core/server/authservice.h"
#include "tests/support/settle.h"
#include "tests/support/venues.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace tessera;
using tessera::test::settle;
using namespace Qt::StringLiterals;

namespace {

constexpr int kSettleMs = 20000;

/// tessera-server's parts on a SQLite file, on a loopback port that survives a restart.
class Server final
{
public:
    Server() = default;
    ~Server() { stop(); }
    Q_DISABLE_COPY_MOVE(Server)

    bool start()
    {
        LocalBoxOffice::Options options;
        options.url = *DatabaseUrl::parse(u"sqlite://"_s + dir.filePath(u"server.db"_s));
        options.units = 2;
        Result<std::unique_ptr<LocalBoxOffice>> opened = LocalBoxOffice::open(options);
        if (!opened)
            return false;
        office = std::move(opened.value());
        AuthService::Options authOptions;
        authOptions.pbkdf2Iterations = 2000;
        auth = std::make_unique<AuthService>(authOptions);
        if (!auth->open(options.url) || !auth->ensureInitialAdmin(u"admin-secret"_s))
            return false;
        if (!clerkCreated) {
            if (!auth->createUser(u"clerk"_s, u"clerk-secret"_s, Role::Clerk).result())
                return false;
            clerkCreated = true;
        }
        server = std::make_unique<ApiServer>(*office, *auth, ApiServer::Options{});
        const Result<quint16> bound = server->listen(QHostAddress::LocalHost, port);
        if (!bound)
            return false;
        port = *bound;
        return true;
    }
    void stop()
    {
        server.reset();
        if (office)
            office->shutdown();
        office.reset();
        auth.reset();
    }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(port)); }

    QTemporaryDir dir;
    quint16 port = 0;
    bool clerkCreated = false;
    std::unique_ptr<LocalBoxOffice> office;
    std::unique_ptr<AuthService> auth;
    std::unique_ptr<ApiServer> server;
};

/// A loopback TCP proxy in front of the server that can swallow the answer to one request:
/// the client's connection is cut after the request reached the server, before the answer.
class DroppingProxy final : public QObject
{
public:
    explicit DroppingProxy(quint16 upstream)
        : m_upstream(upstream)
    {
        m_listener.listen(QHostAddress::LocalHost, 0);
        connect(&m_listener, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_listener.nextPendingConnection())
                pipe(client);
        });
    }
    quint16 port() const { return m_listener.serverPort(); }
    /// The next request whose first line contains `marker` loses its answer.
    void dropAnswerTo(const QByteArray &marker) { m_marker = marker; }
    int dropped() const { return m_dropped; }

private:
    void pipe(QTcpSocket *client)
    {
        client->setParent(this);
        auto *server = new QTcpSocket(client);
        auto armed = std::make_shared<bool>(false);
        connect(client, &QTcpSocket::readyRead, client, [this, client, server, armed] {
            const QByteArray data = client->readAll();
            if (!m_marker.isEmpty() && data.left(data.indexOf('\n')).contains(m_marker)) {
                *armed = true;
                m_marker.clear();
            }
            server->write(data);
        });
        connect(server, &QTcpSocket::readyRead, client, [this, client, server, armed] {
            const QByteArray data = server->readAll();
            if (*armed) {
                ++m_dropped;
                client->abort();
                client->deleteLater();
                return;
            }
            client->write(data);
        });
        connect(client, &QTcpSocket::disconnected, client, [client] { client->deleteLater(); });
        connect(server, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
        server->connectToHost(QHostAddress::LocalHost, m_upstream);
    }

    QTcpServer m_listener;
    quint16 m_upstream;
    QByteArray m_marker;
    int m_dropped = 0;
};

std::unique_ptr<RemoteBoxOffice> client(const QUrl &url, const QString &user, const QString &password)
{
    RemoteBoxOffice::Options options;
    options.server = url;
    options.username = user;
    options.password = password;
    options.backoffInitialMs = 50;
    options.backoffMaxMs = 500;
    auto office = std::make_unique<RemoteBoxOffice>(options);
    const Status connected = settle(office->connectToServer());
    if (!connected) {
        qWarning() << connected.error().message;
        return nullptr;
    }
    return office;
}

Event makeEvent(BoxOffice &office, const QString &name)
{
    Event event = test::concert(name);
    event.totalTickets = 20;
    event.availableTickets = 20;
    return *settle(office.createEvent(event, test::smallHall(4, 5)));
}

} // namespace

/// RemoteBoxOffice against a real server on loopback: live mirrors between clients, retries
/// with the same idempotency key after a lost answer, reconnecting after a server restart.
class TestRemoteBoxOffice final : public QObject
{
    Q_OBJECT

private slots:
    void loginIsRefusedWithTheServersError();
    void disconnectBeforeConnectedAnswersTheConnect();
    void holdInOneClientAppearsInTheOther();
    void droppedAnswerThenRetryYieldsOneSale();
    void droppedHoldAnswerThenRetryYieldsOneHold();
    void serverRestartReconnectsAndResynchronises();
};

void TestRemoteBoxOffice::loginIsRefusedWithTheServersError()
{
    Server server;
    QVERIFY(server.start());
    RemoteBoxOffice::Options options;
    options.server = server.url();
    options.username = u"admin"_s;
    options.password = u"wrong"_s;
    RemoteBoxOffice office(options);
    QSignalSpy states(&office, &RemoteBoxOffice::connectionStateChanged);
    QCOMPARE(settle(office.connectToServer()).errorCode(), ErrorCode::Unauthorized);
    QCOMPARE(office.connectionState(), ConnectionState::Offline);
    QVERIFY(!states.isEmpty());
}

/// A connect that is called off (the Connect dialog cancelled, the CLI giving up) answers
/// whoever waits for it instead of leaving them waiting for ever.
void TestRemoteBoxOffice::disconnectBeforeConnectedAnswersTheConnect()
{
    Server server;
    QVERIFY(server.start());
    RemoteBoxOffice::Options options;
    options.server = server.url();
    options.username = u"admin"_s;
    options.password = u"admin-secret"_s;
    RemoteBoxOffice office(options);
    QFuture<Status> connecting = office.connectToServer();
    office.disconnectFromServer();
    const Status answered = settle(connecting);
    QVERIFY(!answered);
    QCOMPARE(answered.errorCode(), ErrorCode::ShuttingDown);
    QCOMPARE(office.connectionState(), ConnectionState::Offline);
}

void TestRemoteBoxOffice::holdInOneClientAppearsInTheOther()
{
    Server server;
    QVERIFY(server.start());
    auto admin = client(server.url(), u"admin"_s, u"admin-secret"_s);
    QVERIFY(admin);
    const Event event = makeEvent(*admin, u"Two clients"_s);
    auto clerk = client(server.url(), u"clerk"_s, u"clerk-secret"_s);
    QVERIFY(clerk);
    QCOMPARE(clerk->connectionState(), ConnectionState::Connected);
    QVERIFY(clerk->seatSpace(event.id));
    QSignalSpy changed(clerk.get(), &BoxOffice::seatsChanged);

    const QUuid seat = admin->catalogEntry(event.id)->layout.seats.at(7).id;
    const Result<Hold> hold = settle(admin->holdSeats(SeatHoldRequest{event.id, {seat}, u"box"_s}));
    QVERIFY(hold);
    QTRY_COMPARE_WITH_TIMEOUT(clerk->seatSpace(event.id)->seatState(7), SeatState::Held, kSettleMs);
    QCOMPARE(clerk->holderName(clerk->seatSpace(event.id)->seatHolder(7)), u"clerk:admin"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), kSettleMs);
    QCOMPARE(changed.last().at(0).toUuid(), event.id);
    QVERIFY(changed.last().at(1).value<QList<quint32>>().contains(7u));
    // The clerk's own map tells its holds from the admin's.
    QVERIFY(clerk->holderId(u"anything"_s) != clerk->seatSpace(event.id)->seatHolder(7));
    QCOMPARE(admin->holderId(u"anything"_s), admin->seatSpace(event.id)->seatHolder(7));

    QVERIFY(settle(admin->releaseHold(hold->id, u"box"_s)));
    QTRY_COMPARE_WITH_TIMEOUT(clerk->seatSpace(event.id)->seatState(7), SeatState::Available, kSettleMs);
}

void TestRemoteBoxOffice::droppedAnswerThenRetryYieldsOneSale()
{
    Server server;
    QVERIFY(server.start());
    DroppingProxy proxy(server.port);
    auto admin = client(QUrl(u"http://127.0.0.1:%1"_s.arg(proxy.port())), u"admin"_s, u"admin-secret"_s);
    QVERIFY(admin);
    const Event event = makeEvent(*admin, u"Lost answer"_s);
    const auto entry = admin->catalogEntry(event.id);
    const QList<QUuid> seats{entry->layout.seats.at(3).id, entry->layout.seats.at(4).id};
    const Result<Hold> hold = settle(admin->holdSeats(SeatHoldRequest{event.id, seats, u"box"_s}));
    QVERIFY(hold);

    proxy.dropAnswerTo("/sell");
    SaleRequest sale;
    sale.customerName = u"Retry Customer"_s;
    const Result<Order> order = settle(admin->sell(hold->id, sale));
    QCOMPARE(proxy.dropped(), 1);
    QVERIFY2(order, qPrintable(order ? QString() : order.error().message));
    QCOMPARE(order->tickets.size(), 2);

    // One order with two tickets, each seat sold once.
    const Result<QList<Order>> orders = settle(server.office->findOrders(u"Retry Customer"_s));
    QVERIFY(orders);
    QCOMPARE(orders->size(), 1);
    QCOMPARE(orders->first().id, order->id);
    QCOMPARE(orders->first().tickets.size(), 2);
    QCOMPARE(server.office->seatSpace(event.id)->counts().sold, 2);
    QTRY_COMPARE_WITH_TIMEOUT(admin->seatSpace(event.id)->seatState(3), SeatState::Sold, kSettleMs);
}

/// A hold whose answer is lost is retried with the same Idempotency-Key: the client gets the
/// first hold (not a conflict with its own seats) and the server has exactly one.
void TestRemoteBoxOffice::droppedHoldAnswerThenRetryYieldsOneHold()
{
    Server server;
    QVERIFY(server.start());
    DroppingProxy proxy(server.port);
    auto admin = client(QUrl(u"http://127.0.0.1:%1"_s.arg(proxy.port())), u"admin"_s, u"admin-secret"_s);
    QVERIFY(admin);
    const Event event = makeEvent(*admin, u"Lost hold answer"_s);
    const auto entry = admin->catalogEntry(event.id);
    const QList<QUuid> seats{entry->layout.seats.at(5).id, entry->layout.seats.at(6).id};

    proxy.dropAnswerTo("/holds");
    const Result<Hold> hold = settle(admin->holdSeats(SeatHoldRequest{event.id, seats, u"box"_s}));
    QCOMPARE(proxy.dropped(), 1);
    QVERIFY2(hold, qPrintable(hold ? QString() : hold.error().message));
    QCOMPARE(server.office->seatSpace(event.id)->counts().held, 2);
    QVERIFY(settle(admin->releaseHold(hold->id, u"box"_s)));
    QCOMPARE(server.office->seatSpace(event.id)->counts().held, 0);
    QCOMPARE(server.office->seatSpace(event.id)->counts().available, 20);
}

void TestRemoteBoxOffice::serverRestartReconnectsAndResynchronises()
{
    Server server;
    QVERIFY(server.start());
    auto admin = client(server.url(), u"admin"_s, u"admin-secret"_s);
    QVERIFY(admin);
    const Event event = makeEvent(*admin, u"Restart"_s);
    QTRY_COMPARE_WITH_TIMEOUT(admin->connectionState(), ConnectionState::Connected, kSettleMs);
    QSignalSpy states(admin.get(), &RemoteBoxOffice::connectionStateChanged);

    server.stop();
    QTRY_COMPARE_WITH_TIMEOUT(admin->connectionState(), ConnectionState::Reconnecting, kSettleMs);

    // While the client is away the seats change on the server.
    QVERIFY(server.start());
    const auto entry = server.office->catalogEntry(event.id);
    QVERIFY(entry);
    const Result<Hold> held = settle(server.office->holdSeats(
        SeatHoldRequest{event.id, {entry->layout.seats.at(0).id, entry->layout.seats.at(1).id}, u"local"_s}));
    QVERIFY(held);
    SaleRequest sale;
    sale.holder = u"local"_s;
    QVERIFY(settle(server.office->sell(held->id, sale)));
    QVERIFY(settle(server.office->blockSeats(event.id, {entry->layout.seats.at(5).id}, QString())));

    QTRY_COMPARE_WITH_TIMEOUT(admin->connectionState(), ConnectionState::Connected, kSettleMs);
    bool sawReconnecting = false;
    for (const QList<QVariant> &signal : std::as_const(states))
        sawReconnecting =
            sawReconnecting || signal.at(0).value<ConnectionState>() == ConnectionState::Reconnecting;
    QVERIFY(sawReconnecting);
    QCOMPARE(states.last().at(0).value<ConnectionState>(), ConnectionState::Connected);
    const EventSpace *mirror = admin->seatSpace(event.id);
    const EventSpace *truth = server.office->seatSpace(event.id);
    QTRY_COMPARE_WITH_TIMEOUT(mirror->seatState(5), SeatState::Blocked, kSettleMs);
    for (quint32 seat = 0; seat < quint32(truth->seatCount()); ++seat)
        QCOMPARE(mirror->seatState(seat), truth->seatState(seat));
    QCOMPARE(mirror->counts().sold, 2);

    // And it works again: a hold through the new connection.
    const Result<Hold> again =
        settle(admin->holdSeats(SeatHoldRequest{event.id, {entry->layout.seats.at(9).id}, u"box"_s}));
    QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
    QTRY_COMPARE_WITH_TIMEOUT(truth->seatState(9), SeatState::Held, kSettleMs);
}

QTEST_GUILESS_MAIN(TestRemoteBoxOffice)
#include "tst_remoteboxoffice.moc"
