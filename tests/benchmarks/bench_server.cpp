// tessera-server on loopback: hold + sell requests/s over 64 keep-alive connections with p50/p99
// latency, and push latency (REST hold sent -> SEAT_UPDATE received on a WebSocket) p99 under
// that load. The server runs on its own thread; the clients are raw HTTP/1.1 on QTcpSocket so
// the load generator stays cheap. Run the Release build by hand:
//   bench_server --benchmark_min_time=1   (TESSERA_BENCH_SECONDS sets the run length, default 5)

#include "core/boxoffice/localboxoffice.h"
#include "core/common/ids.h"
#include "core/server/apiserver.h"
#include "core/server/authservice.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QWebSocket>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <memory>

using namespace tessera;
using namespace Qt::StringLiterals;

namespace {

/// The engine and the server, on the main thread.
struct ServerSetup
{
    QTemporaryDir dir;
    std::unique_ptr<LocalBoxOffice> office;
    std::unique_ptr<AuthService> auth;
    std::unique_ptr<ApiServer> server;
    quint16 port = 0;
    QString token;
    QUuid eventId;
    QStringList seats;

    bool start(int seatCount)
    {
        LocalBoxOffice::Options options;
        options.url = *DatabaseUrl::parse(u"sqlite://"_s + dir.filePath(u"bench.db"_s));
        auto opened = LocalBoxOffice::open(options);
        if (!opened)
            return false;
        office = std::move(opened.value());
        auth = std::make_unique<AuthService>(AuthService::Options{1000, 3600, Clock::system()});
        if (!auth->open(options.url) || !auth->ensureInitialAdmin(u"bench-admin"_s))
            return false;
        if (!auth->createUser(u"clerk"_s, u"clerk-secret"_s, Role::Clerk).result())
            return false;
        token = auth->login(u"clerk"_s, u"clerk-secret"_s).result()->token;

        VenueLayout layout;
        layout.name = u"Bench Arena"_s;
        layout.width = 1000;
        layout.height = seatCount / 100 + 2;
        layout.categories = {PriceCategory{u"std"_s, u"Standard"_s, u"#2980b9"_s, 3000}};
        for (int i = 0; i < seatCount; ++i) {
            LayoutSeat seat;
            seat.id = newUuid();
            seat.section = u"Arena"_s;
            seat.row = QString::number(i / 100 + 1);
            seat.number = QString::number(i % 100 + 1);
            seat.x = i % 100;
            seat.y = i / 100;
            seat.category = u"std"_s;
            layout.seats.append(seat);
            seats.append(seat.id.toString(QUuid::WithoutBraces));
        }
        Event event;
        event.name = u"Bench Night"_s;
        event.startTime = QDateTime::currentDateTimeUtc().addDays(30);
        event.endTime = event.startTime.addSecs(3 * 3600);
        event.totalTickets = seatCount;
        event.availableTickets = seatCount;
        const Result<Event> created = office->createEvent(event, layout).result();
        if (!created)
            return false;
        eventId = created->id;

        ApiServer::Options serverOptions;
        serverOptions.requestsPerSecond = 1e9;
        serverOptions.burst = 1e9;
        server = std::make_unique<ApiServer>(*office, *auth, serverOptions);
        port = *server->listen(QHostAddress::LocalHost, 0);
        return port != 0;
    }

    ~ServerSetup()
    {
        server.reset();
        if (office)
            office->shutdown();
    }
};

/// A keep-alive HTTP/1.1 client on one connection: one request at a time.
class HttpConnection final : public QObject
{
public:
    using Done = std::function<void(int status, const QByteArray &body)>;

    HttpConnection(quint16 port, QString token)
        : m_token(std::move(token))
    {
        connect(&m_socket, &QTcpSocket::readyRead, this, &HttpConnection::read);
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        m_socket.waitForConnected(5000);
        m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
    }

    void post(const QString &path, const QByteArray &body, Done done)
    {
        m_done = std::move(done);
        m_socket.write("POST " + path.toLatin1() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                       + m_token.toLatin1() + "\r\nContent-Type: application/json\r\nContent-Length: "
                       + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    }

private:
    void read()
    {
        m_buffer += m_socket.readAll();
        while (true) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = m_buffer.left(end);
            const qsizetype at = head.toLower().indexOf("content-length:");
            const qsizetype length =
                at < 0 ? 0 : head.mid(at + 15, head.indexOf('\r', at) - at - 15).trimmed().toLongLong();
            if (m_buffer.size() < end + 4 + length)
                return;
            const int status = head.mid(9, 3).toInt();
            const QByteArray body = m_buffer.mid(end + 4, length);
            m_buffer.remove(0, end + 4 + length);
            Done done = std::move(m_done);
            if (done)
                done(status, body);
        }
    }

    QTcpSocket m_socket;
    QString m_token;
    QByteArray m_buffer;
    Done m_done;
};

qint64 percentile(std::vector<qint64> &values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(p / 100.0 * double(values.size())))];
}

struct Target
{
    quint16 port = 0;
    QString token;
    QUuid eventId;
    QStringList seats;
};

struct LoadResult
{
    double elapsed = 0;
    qint64 requests = 0;
    qint64 failures = 0;
    std::vector<qint64> latencies;
    std::vector<qint64> pushLatencies;
};

/// Runs `connections` clients doing hold + sell for `seconds`, with the push probe; on the
/// calling thread (the load generator's own thread).
LoadResult runLoad(const Target &target, int connections, qint64 seconds)
{
    LoadResult result;
    std::vector<qint64> &latencies = result.latencies;
    std::vector<qint64> &pushLatencies = result.pushLatencies;
    qint64 &requests = result.requests;
    qint64 &failures = result.failures;
    std::vector<std::unique_ptr<HttpConnection>> clients;
    for (int c = 0; c < connections; ++c)
        clients.push_back(std::make_unique<HttpConnection>(target.port, target.token));
    latencies.reserve(1 << 20);
    int nextSeat = 0;
    bool stopping = false;
    QElapsedTimer clock;
    clock.start();
    const QString holdPath = u"/api/v1/events/%1/holds"_s.arg(target.eventId.toString(QUuid::WithoutBraces));

    std::function<void(HttpConnection *)> cycle = [&](HttpConnection *client) {
        if (stopping || nextSeat >= target.seats.size() - 1000)
            return;
        const QByteArray body = "{\"seat_ids\":[\"" + target.seats.at(nextSeat++).toLatin1() + "\"]}";
        const qint64 t0 = clock.nsecsElapsed();
        client->post(holdPath, body, [&, client, t0](int status, const QByteArray &answer) {
            latencies.push_back(clock.nsecsElapsed() - t0);
            ++requests;
            if (status != 201) {
                ++failures;
                return cycle(client);
            }
            const QString holdId = QJsonDocument::fromJson(answer).object().value(u"hold_id"_s).toString();
            const qint64 t1 = clock.nsecsElapsed();
            client->post(u"/api/v1/holds/%1/sell"_s.arg(holdId), "{\"payment_method\":\"cash\"}",
                         [&, client, t1](int sold, const QByteArray &) {
                             latencies.push_back(clock.nsecsElapsed() - t1);
                             ++requests;
                             failures += sold != 201;
                             cycle(client);
                         });
        });
    };

    // Push probe: its own connection holds a seat every 20 ms; a WebSocket waits for it.
    QWebSocket socket;
    QHash<QString, qint64> probeSent;
    QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket, [&](const QString &text) {
        const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
        QJsonArray updates;
        if (message.value(u"type"_s) == u"SEAT_UPDATE"_s)
            updates.append(message.value(u"payload"_s));
        else if (message.value(u"type"_s) == u"SEAT_UPDATES"_s)
            updates = message.value(u"payload"_s).toArray();
        const qint64 now = clock.nsecsElapsed();
        for (const QJsonValue &update : std::as_const(updates)) {
            const QString seat = update.toObject().value(u"seatId"_s).toString();
            const auto it = probeSent.find(seat);
            if (it != probeSent.end() && update.toObject().value(u"status"_s) == u"HELD"_s) {
                pushLatencies.push_back(now - it.value());
                probeSent.erase(it);
            }
        }
    });
    QEventLoop snapshot;
    QObject::connect(&socket, &QWebSocket::textMessageReceived, &snapshot, &QEventLoop::quit);
    socket.open(QUrl(u"ws://127.0.0.1:%1/api/v1/stream?event_id=%2&token=%3"_s.arg(target.port)
                         .arg(target.eventId.toString(QUuid::WithoutBraces), target.token)));
    snapshot.exec();
    HttpConnection probe(target.port, target.token);
    int probeSeat = int(target.seats.size()) - 1;
    QTimer probeTimer;
    QObject::connect(&probeTimer, &QTimer::timeout, &probe, [&] {
        const QString seat = target.seats.at(probeSeat--);
        probeSent.insert(seat, clock.nsecsElapsed());
        probe.post(holdPath, "{\"seat_ids\":[\"" + seat.toLatin1() + "\"]}", [](int, const QByteArray &) {});
    });

    clock.restart();
    for (auto &client : clients)
        cycle(client.get());
    probeTimer.start(20);
    QEventLoop loop;
    QTimer::singleShot(int(seconds * 1000), &loop, [&] {
        stopping = true;
        loop.quit();
    });
    loop.exec();
    result.elapsed = double(clock.nsecsElapsed()) / 1e9;
    probeTimer.stop();

    // Let the answers in flight arrive before the connections close.
    QEventLoop settle;
    QTimer::singleShot(500, &settle, &QEventLoop::quit);
    settle.exec();
    return result;
}

void BM_HoldAndSell(benchmark::State &state)
{
    const int connections = int(state.range(0));
    const qint64 seconds = qEnvironmentVariableIntValue("TESSERA_BENCH_SECONDS") > 0
                               ? qEnvironmentVariableIntValue("TESSERA_BENCH_SECONDS")
                               : 5;
    for (auto _ : state) {
        ServerSetup server;
        if (!server.start(100000)) {
            state.SkipWithError("server did not start");
            return;
        }
        const Target target{server.port, server.token, server.eventId, server.seats};
        LoadResult r;
        // The server answers on this thread's event loop while the load runs on its own thread.
        std::unique_ptr<QThread> load(QThread::create([&] { r = runLoad(target, connections, seconds); }));
        QEventLoop loop;
        QObject::connect(load.get(), &QThread::finished, &loop, &QEventLoop::quit);
        load->start();
        loop.exec();
        load->wait();
        state.counters["requests_per_s"] = double(r.requests) / r.elapsed;
        state.counters["sales_per_s"] = double(r.requests) / 2.0 / r.elapsed;
        state.counters["p50_ms"] = double(percentile(r.latencies, 50)) / 1e6;
        state.counters["p99_ms"] = double(percentile(r.latencies, 99)) / 1e6;
        state.counters["failures"] = double(r.failures);
        state.counters["push_samples"] = double(r.pushLatencies.size());
        state.counters["push_p50_ms"] = double(percentile(r.pushLatencies, 50)) / 1e6;
        state.counters["push_p99_ms"] = double(percentile(r.pushLatencies, 99)) / 1e6;
    }
}

} // namespace

BENCHMARK(BM_HoldAndSell)->Arg(64)->Iterations(1)->Unit(benchmark::kMillisecond)->UseRealTime();

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
