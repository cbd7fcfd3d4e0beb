#include "core/server/authservice.h"

#include "core/common/futuresync.h"
#include "core/common/ids.h"
#include "core/server/passwordhash.h"

#include <QCoreApplication>
#include <QPromise>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QThreadPool>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace tessera {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tessera::AuthService", text);
}

} // namespace

QString roleName(Role role)
{
    switch (role) {
    case Role::Admin:
        return u"admin"_s;
    case Role::Clerk:
        return u"clerk"_s;
    case Role::Customer:
        break;
    }
    return u"customer"_s;
}

std::optional<Role> roleFromName(QStringView name)
{
    if (name == u"admin")
        return Role::Admin;
    if (name == u"clerk")
        return Role::Clerk;
    if (name == u"customer")
        return Role::Customer;
    return std::nullopt;
}

AuthService::AuthService(const Options &options)
    : m_options(options)
{
    m_options.pbkdf2Iterations = std::max(m_options.pbkdf2Iterations, PasswordHash::kMinIterations);
}

AuthService::~AuthService() = default;

Status AuthService::open(const DatabaseUrl &url)
{
    return m_store.open(url);
}

Status AuthService::checkNewUser(const QString &username, const QString &password)
{
    static const QRegularExpression namePattern(u"^[A-Za-z0-9._@-]{1,64}$"_s);
    if (!namePattern.match(username).hasMatch())
        return Error{ErrorCode::InvalidInput, tr("username: 1 to 64 letters, digits or . _ @ -")};
    if (password.size() < 8 || password.size() > 1024)
        return Error{ErrorCode::InvalidInput, tr("password: 8 to 1024 characters")};
    return {};
}

Status AuthService::ensureInitialAdmin(const QString &password)
{
    if (password.isEmpty())
        return {};
    if (Status ok = checkNewUser(u"admin"_s, password); !ok)
        return ok;
    const QByteArray hash = PasswordHash::make(password, m_options.pbkdf2Iterations);
    return m_store.runAndWait<Status>([hash](Store &store) -> Status {
        const Result<qint64> count = store.userCount();
        if (!count)
            return count.error();
        if (*count > 0)
            return {};
        return store.saveUser(UserRow{newUuid(), u"admin"_s, u"admin"_s, hash});
    });
}

QFuture<Result<LoginToken>> AuthService::login(const QString &username, const QString &password)
{
    const QString name = username;
    // The password check (PBKDF2, milliseconds) runs on a pool thread, not on the store's.
    auto promise = std::make_shared<QPromise<Result<LoginToken>>>();
    promise->start();
    QFuture<Result<LoginToken>> future = promise->future();
    auto check = [this, password](Result<UserRow> row) -> Result<LoginToken> {
        const Error refused{ErrorCode::Unauthorized, tr("Unknown user or wrong password.")};
        if (!row) {
            if (row.errorCode() != ErrorCode::NotFound)
                return row.error();
            // Spend the same time as a real check so timing does not reveal user names.
            PasswordHash::verify(password, PasswordHash::make(u"x"_s, m_options.pbkdf2Iterations));
            return refused;
        }
        if (!PasswordHash::verify(password, row->passwordHash))
            return refused;
        const std::optional<Role> role = roleFromName(row->role);
        if (!role)
            return refused;
        QByteArray raw(32, '\0');
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), raw.size() / 4);
        LoginToken token;
        token.token =
            QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        token.principal = Principal{row->id, row->username, *role};
        const qint64 now = m_options.clock->nowMs();
        const qint64 expires = now + qint64(m_options.tokenLifetimeSeconds) * 1000;
        token.expiresAt = QDateTime::fromMSecsSinceEpoch(expires, Qt::UTC);
        QMutexLocker lock(&m_mutex);
        // Forget expired tokens now and then so the table stays small.
        if (m_sessions.size() > 1024) {
            for (auto it = m_sessions.begin(); it != m_sessions.end();)
                it = it->expiresAtMs <= now ? m_sessions.erase(it) : std::next(it);
        }
        m_sessions.insert(token.token, Session{token.principal, expires});
        return token;
    };
    thenSafely(m_store.run<Result<UserRow>>([name](Store &store) { return store.user(name); }),
               QtFuture::Launch::Sync, [promise, check](Result<UserRow> row) {
                   QThreadPool::globalInstance()->start([promise, check, row = std::move(row)]() mutable {
                       finishPromise(*promise, check(std::move(row)));
                   });
               });
    return future;
}

QFuture<Result<Principal>> AuthService::createUser(const QString &username, const QString &password,
                                                   Role role)
{
    if (Status ok = checkNewUser(username, password); !ok)
        return QtFuture::makeReadyFuture(Result<Principal>(ok.error()));
    const int iterations = m_options.pbkdf2Iterations;
    // Hash on a pool thread, then save on the store's; the result is finished under
    // continuationLock() like every other future of the core.
    auto promise = std::make_shared<QPromise<Result<Principal>>>();
    promise->start();
    QFuture<Result<Principal>> future = promise->future();
    QThreadPool::globalInstance()->start([this, promise, username, password, iterations, role] {
        const UserRow row{newUuid(), username, roleName(role), PasswordHash::make(password, iterations)};
        thenSafely(m_store.run<Result<Principal>>([row, role](Store &store) -> Result<Principal> {
            if (Result<UserRow> existing = store.user(row.username); existing)
                return Error{ErrorCode::Conflict, tr("The username \"%1\" is taken.").arg(row.username)};
            if (Status saved = store.saveUser(row); !saved)
                return saved.error();
            return Principal{row.id, row.username, role};
        }),
                   QtFuture::Launch::Sync,
                   [promise](Result<Principal> saved) { finishPromise(*promise, std::move(saved)); });
    });
    return future;
}

std::optional<Principal> AuthService::authenticate(QStringView token)
{
    if (token.isEmpty())
        return std::nullopt;
    const qint64 now = m_options.clock->nowMs();
    QMutexLocker lock(&m_mutex);
    const auto it = m_sessions.constFind(token.toString());
    if (it == m_sessions.cend())
        return std::nullopt;
    if (it->expiresAtMs <= now) {
        m_sessions.erase(it);
        return std::nullopt;
    }
    return it->principal;
}

qsizetype AuthService::liveTokens() const
{
    QMutexLocker lock(&m_mutex);
    return m_sessions.size();
}

} // namespace tessera
