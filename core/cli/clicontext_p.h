#pragma once

// What the tessera-cli commands share: the parsed command line, output streams, the box office
// and the seat and event lookups.

#include "core/boxoffice/localboxoffice.h"
#include "core/cli/cli.h"
#include "core/remote/remoteboxoffice.h"

#include <QCommandLineParser>
#include <QThread>
#include <QUrl>

#include <memory>

namespace tessera::cli {

/// A local or a remote box office, as Context::openAny() opens it.
class AnyBoxOffice final
{
public:
    explicit AnyBoxOffice(std::unique_ptr<LocalBoxOffice> local);
    /// Connects to the server with `token`; on failure returns the error.
    static Result<std::unique_ptr<AnyBoxOffice>> connect(const QUrl &server, const QString &token);
    ~AnyBoxOffice();
    Q_DISABLE_COPY_MOVE(AnyBoxOffice)

    BoxOffice &box() const { return *m_office; }
    /// The embedded engine, or nullptr in remote mode.
    LocalBoxOffice *local() const { return m_local.get(); }
    /// Local: writes everything to the database and stops; remote: nothing to do.
    void shutdown();

private:
    AnyBoxOffice() = default;
    BoxOffice *m_office = nullptr;
    std::unique_ptr<LocalBoxOffice> m_local;
    std::unique_ptr<QThread> m_thread;
    RemoteBoxOffice *m_remote = nullptr; ///< lives in m_thread
};

/// One command's view of the invocation.
struct Context
{
    QCommandLineParser &parser;
    QStringList positional; ///< after the command words
    QTextStream &out;
    QTextStream &err;
    DatabaseUrl database;
    QUrl server;   ///< --server: work against tessera-server instead of the database
    QString token; ///< --token: the bearer token for --server

    /// Opens the local box office; on failure prints why and sets `exit` (3 unreachable, 2 bad URL).
    std::unique_ptr<LocalBoxOffice> open(CliExit &exit, const DatabaseUrl &url) const;
    std::unique_ptr<LocalBoxOffice> open(CliExit &exit) const { return open(exit, database); }
    /// The box office of the commands that work either way: the local one, or with --server a
    /// RemoteBoxOffice connected to the server (on its own thread, so commands may block).
    std::unique_ptr<AnyBoxOffice> openAny(CliExit &exit) const;
    /// Prints "tessera-cli: message" to err and returns `code`.
    CliExit fail(CliExit code, const QString &message) const;
};

/// The event named by id or exact name; prints an error (and returns nullptr) when unknown.
std::shared_ptr<const CatalogEntry> findEvent(const Context &context, BoxOffice &office,
                                              const QString &idOrName);

/// A seat as the user named it: "7" (1..N in layout order) or a label ("A-12", "Stalls A-12").
struct SeatName
{
    QString text;
    quint32 index = kNoIndex;
};
/// Parses "1,2,A-7"; messages ("seat 0 is invalid", "seat 3 is named twice") for bad names.
std::vector<SeatName> parseSeatList(const QString &list, const CatalogEntry &entry, QStringList &problems);

/// "available", "held", "sold" or "blocked".
QString seatStateName(SeatState state);
/// "25.00" for 2500 cents.
QString formatPrice(qint64 cents);
/// "25", "25.5", "25.00" to cents; nullopt when it is not an amount.
std::optional<qint64> parsePrice(const QString &text);
/// A positive or zero whole number option, or a usage error naming the option.
std::optional<qint64> intOption(const Context &context, const QString &name, qint64 fallback, qint64 min,
                                qint64 max);
/// The exit code for a box-office error: 3 for an unreachable database, 2 for bad input, else 1.
CliExit exitFor(const Error &error);
/// Waits for a box-office future (the command line may block; nothing needs its event loop).
template<typename T>
T await(QFuture<T> future)
{
    future.waitForFinished();
    return future.result();
}

void addEventsOptions(QCommandLineParser &parser, const QString &sub);
CliExit runEvents(Context &context, const QString &sub);
void addBookingOptions(QCommandLineParser &parser);
CliExit runBooking(Context &context);
void addLayoutOptions(QCommandLineParser &parser, const QString &sub);
CliExit runLayout(Context &context, const QString &sub);
void addSimulateOptions(QCommandLineParser &parser);
CliExit runSimulate(Context &context);

} // namespace tessera::cli
