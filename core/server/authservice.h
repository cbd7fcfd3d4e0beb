#pragma once

#include "core/boxoffice/storeworker.h"
#include "core/common/clock.h"
#include "core/common/result.h"

#include <QDateTime>
#include <QFuture>
#include <QHash>
#include <QMutex>
#include <QUuid>

#include <optional>

namespace tessera {

/// What a user may do (API.md "Auth"). Admin includes clerk, clerk includes customer.
enum class Role {
    Customer = 0,
    Clerk = 1,
    Admin = 2
};

/// "admin", "clerk" or "customer".
QString roleName(Role role);
std::optional<Role> roleFromName(QStringView name);

/// Who sent a request: the user behind a valid bearer token.
struct Principal
{
    QUuid userId;
    QString username;
    Role role = Role::Customer;
};

/// A bearer token handed out by login.
struct LoginToken
{
    QString token;
    QDateTime expiresAt;
    Principal principal;
};

/// Users and bearer tokens of the API server. Users live in the database (own Store connection
/// on its own thread) with salted PBKDF2 hashes; tokens are random 256-bit strings kept in memory
/// until they expire. Password checks run on the global thread pool, never on the caller's
/// thread. All functions may be called from any thread.
class AuthService final
{
public:
    struct Options
    {
        int pbkdf2Iterations = 120000;
        int tokenLifetimeSeconds = 8 * 3600;
        Clock *clock = Clock::system();
    };

    AuthService(const Options &options);
    ~AuthService();
    Q_DISABLE_COPY_MOVE(AuthService)

    /// Opens the user store; blocks until it is open.
    Status open(const DatabaseUrl &url);
    /// On an empty users table, creates `admin` with `password` (first start). Blocks.
    Status ensureInitialAdmin(const QString &password);

    /// Checks the password and hands out a token; Unauthorized for an unknown user or a wrong
    /// password (the same message for both).
    QFuture<Result<LoginToken>> login(const QString &username, const QString &password);
    /// Creates a user; Conflict when the name is taken, InvalidInput for a bad name or password.
    QFuture<Result<Principal>> createUser(const QString &username, const QString &password, Role role);

    /// The user behind a token, or nothing when it is unknown or expired.
    std::optional<Principal> authenticate(QStringView token);
    /// Number of live tokens (for /metrics).
    qsizetype liveTokens() const;

private:
    static Status checkNewUser(const QString &username, const QString &password);

    Options m_options;
    StoreWorker m_store;
    mutable QMutex m_mutex;
    struct Session
    {
        Principal principal;
        qint64 expiresAtMs = 0;
    };
    QHash<QString, Session> m_sessions;
};

} // namespace tessera
