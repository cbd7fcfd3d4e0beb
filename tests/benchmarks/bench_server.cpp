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

#include <arpa/inet.h>
#include <benchmark/benchmark.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <ctime>
#include <memory>
#include <thread>

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

qint64 cpuNs(clockid_t clock)
{
    timespec ts{};
    clock_gettime(clock, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

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
    std::vector<qint64> holdLatencies; ///< the same, holds only
    std::vector<qint64> sellLatencies; ///< the same, sales only (answered after the commit)
    std::vector<qint64> pushLatencies;
};

/// The 64 hold + sell clients: non-blocking sockets on one epoll loop in a thread of their own,
/// so that the load costs the 2-core machine as little CPU as possible (as wrk would): each
/// connection sends a hold, reads its answer, takes the hold id out of it and sells that hold.
class EpollLoad
{
public:
    EpollLoad(const Target &target, int connections, LoadResult &result)
        : m_target(target)
        , m_result(result)
    {
        m_epoll = epoll_create1(0);
        m_holdPath = "/api/v1/events/" + target.eventId.toString(QUuid::WithoutBraces).toLatin1() + "/holds";
        m_auth = "Authorization: Bearer " + target.token.toLatin1() + "\r\n";
        for (int c = 0; c < connections; ++c) {
            Client client;
            client.fd = socket(AF_INET, SOCK_STREAM, 0);
            sockaddr_in address{};
            address.sin_family = AF_INET;
            address.sin_port = htons(target.port);
            address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
            if (::connect(client.fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0)
                qFatal("bench_server: cannot connect to the server");
            const int one = 1;
            setsockopt(client.fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
            fcntl(client.fd, F_SETFL, fcntl(client.fd, F_GETFL) | O_NONBLOCK);
            m_clients.push_back(std::move(client));
        }
        for (std::size_t i = 0; i < m_clients.size(); ++i) {
            epoll_event event{};
            event.events = EPOLLIN;
            event.data.u64 = i;
            epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_clients[i].fd, &event);
        }
    }
    ~EpollLoad()
    {
        for (const Client &client : m_clients)
            ::close(client.fd);
        ::close(m_epoll);
    }

    /// Runs until `stop` is set, then waits up to 500 ms for the answers in flight.
    void run(const std::atomic<bool> &stop, QElapsedTimer &clock)
    {
        m_clock = &clock;
        for (Client &client : m_clients)
            sendHold(client);
        qint64 drainUntil = -1;
        std::array<epoll_event, 64> events;
        while (true) {
            if (stop.load(std::memory_order_relaxed) && drainUntil < 0) {
                m_stopping = true;
                drainUntil = clock.elapsed() + 500;
            }
            if (drainUntil >= 0 && (clock.elapsed() > drainUntil || m_inFlight == 0))
                break;
            const int n = epoll_wait(m_epoll, events.data(), int(events.size()), 20);
            for (int i = 0; i < n; ++i)
                read(m_clients[events[std::size_t(i)].data.u64]);
        }
    }

private:
    struct Client
    {
        int fd = -1;
        QByteArray buffer;
        qint64 sentAt = 0;
        bool selling = false;
    };

    void send(Client &client, const QByteArray &path, const QByteArray &body)
    {
        const QByteArray request = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + m_auth
                                   + "Content-Type: application/json\r\nContent-Length: "
                                   + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        client.sentAt = m_clock->nsecsElapsed();
        ++m_inFlight;
        if (::write(client.fd, request.constData(), std::size_t(request.size())) != request.size())
            qFatal("bench_server: a request did not fit the socket buffer");
    }

    void sendHold(Client &client)
    {
        if (m_stopping || m_nextSeat >= m_target.seats.size() - 1000)
            return;
        client.selling = false;
        send(client, m_holdPath, "{\"seat_ids\":[\"" + m_target.seats.at(m_nextSeat++).toLatin1() + "\"]}");
    }

    void read(Client &client)
    {
        char chunk[16384];
        for (;;) {
            const ssize_t got = ::read(client.fd, chunk, sizeof chunk);
            if (got <= 0)
                break;
            client.buffer.append(chunk, got);
        }
        for (;;) {
            const qsizetype end = client.buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArrayView head(client.buffer.constData(), end);
            qsizetype at = head.indexOf("Content-Length:");
            if (at < 0)
                at = head.indexOf("content-length:");
            qsizetype length = 0;
            if (at >= 0) {
                for (qsizetype i = at + 15; i < end && head[i] != '\r'; ++i) {
                    if (head[i] >= '0' && head[i] <= '9')
                        length = length * 10 + (head[i] - '0');
                }
            }
            if (client.buffer.size() < end + 4 + length)
                return;
            const int status = head.sliced(9, 3).toInt();
            const QByteArrayView body(client.buffer.constData() + end + 4, length);
            answered(client, status, body);
            client.buffer.remove(0, end + 4 + length);
        }
    }

    void answered(Client &client, int status, QByteArrayView body)
    {
        --m_inFlight;
        if (m_stopping)
            return; // answered after the measured window: not counted, nothing more sent
        const qint64 latency = m_clock->nsecsElapsed() - client.sentAt;
        m_result.latencies.push_back(latency);
        (client.selling ? m_result.sellLatencies : m_result.holdLatencies).push_back(latency);
        ++m_result.requests;
        if (client.selling) {
            m_result.failures += status != 201;
            return sendHold(client);
        }
        constexpr QByteArrayView key = "\"hold_id\":\"";
        const qsizetype at = body.indexOf(key);
        if (status != 201 || at < 0) {
            ++m_result.failures;
            return sendHold(client);
        }
        const QByteArrayView holdId = body.sliced(at + key.size(), 36);
        client.selling = true;
        send(client, "/api/v1/holds/" + holdId.toByteArray() + "/sell", "{\"payment_method\":\"cash\"}");
    }

    const Target &m_target;
    LoadResult &m_result;
    int m_epoll = -1;
    QByteArray m_holdPath;
    QByteArray m_auth;
    std::vector<Client> m_clients;
    QElapsedTimer *m_clock = nullptr;
    int m_nextSeat = 0;
    int m_inFlight = 0;
    bool m_stopping = false;
};

/// Runs `connections` clients doing hold + sell for `seconds` (EpollLoad on a thread of its
/// own), with the push probe on the calling thread (the probe's own thread).
LoadResult runLoad(const Target &target, int connections, qint64 seconds)
{
    LoadResult result;
    std::vector<qint64> &pushLatencies = result.pushLatencies;
    result.latencies.reserve(1 << 20);
    QElapsedTimer clock;
    clock.start();
    const QString holdPath = u"/api/v1/events/%1/holds"_s.arg(target.eventId.toString(QUuid::WithoutBraces));

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

    EpollLoad load(target, connections, result);
    std::atomic<bool> stop{false};
    clock.restart();
    std::thread clients([&] { load.run(stop, clock); });
    probeTimer.start(20);
    QEventLoop loop;
    QTimer::singleShot(int(seconds * 1000), &loop, &QEventLoop::quit);
    loop.exec();
    result.elapsed = double(clock.nsecsElapsed()) / 1e9;
    probeTimer.stop();
    stop = true;
    clients.join();

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
        const qint64 serverCpuBefore = cpuNs(CLOCK_THREAD_CPUTIME_ID);
        const qint64 processCpuBefore = cpuNs(CLOCK_PROCESS_CPUTIME_ID);
        load->start();
        loop.exec();
        load->wait();
        const qint64 serverCpu = cpuNs(CLOCK_THREAD_CPUTIME_ID) - serverCpuBefore;
        const qint64 processCpu = cpuNs(CLOCK_PROCESS_CPUTIME_ID) - processCpuBefore;
        state.counters["requests_per_s"] = double(r.requests) / r.elapsed;
        state.counters["sales_per_s"] = double(r.requests) / 2.0 / r.elapsed;
        state.counters["p50_ms"] = double(percentile(r.latencies, 50)) / 1e6;
        state.counters["p99_ms"] = double(percentile(r.latencies, 99)) / 1e6;
        state.counters["hold_p50_ms"] = double(percentile(r.holdLatencies, 50)) / 1e6;
        state.counters["sell_p50_ms"] = double(percentile(r.sellLatencies, 50)) / 1e6;
        state.counters["failures"] = double(r.failures);
        // CPU of the server's thread (HTTP, routing, handlers, push) per request answered.
        const double answered = double(std::max<qint64>(1, r.requests));
        state.counters["server_cpu_us_per_req"] = double(serverCpu) / 1e3 / answered;
        // The whole process (server, units, data pump, load generator, push probe) per request.
        state.counters["process_cpu_us_per_req"] = double(processCpu) / 1e3 / answered;
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
