// Push latency between two RemoteBoxOffice clients: client A holds a seat (REST), the time until
// client B's mirror shows it held (WebSocket push -> mirror -> seatsChanged). The server (engine,
// SQLite, API) runs on its own thread, both clients on the main thread as in the desktop.
// Reports p50/p99/max over TESSERA_BENCH_HOLDS holds (default 500). Run the Release build:
//   bench_remote

#include "core/boxoffice/localboxoffice.h"
#include "core/remote/remoteboxoffice.h"
#include "core/server/apiserver.h"
#include "core/server/authservice.h"
#include "tests/support/venues.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <memory>

using namespace tessera;
using namespace Qt::StringLiterals;

namespace {

struct ServerParts
{
    QTemporaryDir dir;
    std::unique_ptr<LocalBoxOffice> office;
    std::unique_ptr<AuthService> auth;
    std::unique_ptr<ApiServer> server;
    quint16 port = 0;
};

/// Waits on the event loop until `done` is true (or 10 s passed); false on timeout.
template<typename F>
bool spinUntil(F done)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > 30000)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
    }
    return true;
}

template<typename T>
T settle(QFuture<T> future)
{
    spinUntil([&] { return future.isFinished(); });
    return future.result();
}

std::unique_ptr<RemoteBoxOffice> connectClient(quint16 port, const QString &user, const QString &password)
{
    RemoteBoxOffice::Options options;
    options.server = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
    options.username = user;
    options.password = password;
    auto office = std::make_unique<RemoteBoxOffice>(options);
    if (!settle(office->connectToServer()))
        return nullptr;
    return office;
}

void BM_RemotePushLatency(benchmark::State &state)
{
    const int holds = qEnvironmentVariableIntValue("TESSERA_BENCH_HOLDS") > 0
                          ? qEnvironmentVariableIntValue("TESSERA_BENCH_HOLDS")
                          : 500;
    QThread serverThread;
    serverThread.start();
    QObject anchor;
    anchor.moveToThread(&serverThread);
    auto parts = std::make_unique<ServerParts>();
    bool started = false;
    QMetaObject::invokeMethod(
        &anchor,
        [&] {
            LocalBoxOffice::Options options;
            options.url = *DatabaseUrl::parse(u"sqlite://"_s + parts->dir.filePath(u"bench.db"_s));
            auto opened = LocalBoxOffice::open(options);
            if (!opened)
                return;
            parts->office = std::move(opened.value());
            parts->auth = std::make_unique<AuthService>(AuthService::Options{1000, 3600, Clock::system()});
            if (!parts->auth->open(options.url) || !parts->auth->ensureInitialAdmin(u"bench-admin"_s))
                return;
            if (!parts->auth->createUser(u"clerk"_s, u"clerk-secret"_s, Role::Clerk).result())
                return;
            ApiServer::Options serverOptions;
            serverOptions.requestsPerSecond = 1e6;
            serverOptions.burst = 1e6;
            parts->server = std::make_unique<ApiServer>(*parts->office, *parts->auth, serverOptions);
            const Result<quint16> bound = parts->server->listen(QHostAddress::LocalHost, 0);
            parts->port = bound ? *bound : 0;
            started = bound.hasValue();
        },
        Qt::BlockingQueuedConnection);
    // The server's objects live on its thread and are taken down there, on every path out.
    const auto teardown = qScopeGuard([&] {
        QMetaObject::invokeMethod(
            &anchor,
            [&] {
                parts->server.reset();
                if (parts->office)
                    parts->office->shutdown();
                parts->office.reset();
                parts->auth.reset();
            },
            Qt::BlockingQueuedConnection);
        serverThread.quit();
        serverThread.wait();
    });
    if (!started) {
        state.SkipWithError("the server did not start");
        return;
    }

    std::unique_ptr<RemoteBoxOffice> b;
    auto a = connectClient(parts->port, u"admin"_s, u"bench-admin"_s);
    Event event = test::concert(u"Push latency"_s);
    event.totalTickets = 100;
    event.availableTickets = 100;
    const VenueLayout layout = test::smallHall(10, 10);
    const Result<Event> created = a ? settle(a->createEvent(event, layout)) : Result<Event>(Error{});
    b = connectClient(parts->port, u"clerk"_s, u"clerk-secret"_s);
    if (!a || !b || !created) {
        state.SkipWithError("the clients did not connect");
        return;
    }
    const auto entry = a->catalogEntry(created->id);
    const EventSpace *mirror = b->seatSpace(created->id);

    std::vector<double> latencies;
    latencies.reserve(size_t(holds));
    for (auto _ : state) {
        for (int i = 0; i < holds; ++i) {
            const quint32 seat = quint32(i % 100);
            QElapsedTimer timer;
            timer.start();
            auto hold = a->holdSeats(SeatHoldRequest{created->id, {entry->layout.seats[seat].id}, u"a"_s});
            if (!spinUntil([&] { return mirror->seatState(seat) == SeatState::Held; })) {
                state.SkipWithError("a hold never reached the other client");
                break;
            }
            latencies.push_back(double(timer.nsecsElapsed()) / 1e6);
            const Result<Hold> held = settle(hold);
            if (held && !settle(a->releaseHold(held->id, u"a"_s))) {
                state.SkipWithError("a hold could not be released");
                break;
            }
            spinUntil([&] { return mirror->seatState(seat) == SeatState::Available; });
        }
    }
    std::sort(latencies.begin(), latencies.end());
    auto percentile = [&](double p) {
        return latencies.empty()
                   ? 0.0
                   : latencies[std::min(latencies.size() - 1, size_t(p / 100.0 * double(latencies.size())))];
    };
    state.counters["holds"] = double(latencies.size());
    state.counters["p50_ms"] = percentile(50);
    state.counters["p99_ms"] = percentile(99);
    state.counters["max_ms"] = latencies.empty() ? 0.0 : latencies.back();

    a.reset();
    b.reset();
}

BENCHMARK(BM_RemotePushLatency)->Iterations(1)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
