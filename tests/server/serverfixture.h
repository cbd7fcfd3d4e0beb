#pragma once

// A real tessera server for tests: LocalBoxOffice on a SQLite file in a temporary folder,
// AuthService with users admin, clerk and customer, ApiServer on a free loopback port, and a
// blocking HTTP helper on QNetworkAccessManager.

#include "core/boxoffice/localboxoffice.h"
#include "core/server/apiserver.h"
#include "core/server/authservice.h"
#include "core/server/serverjournal.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <memory>

namespace tessera::test {

struct HttpResult
{
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const;
    QByteArray header(const QByteArray &name) const;
    /// error.code of an error answer, or empty.
    QString errorCode() const;
    /// True when the body is exactly {"error": {"code": string, "message": string}}.
    bool isErrorObject() const;
};

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

class ServerFixture final
{
public:
    ServerFixture() = default;
    ~ServerFixture();
    Q_DISABLE_COPY_MOVE(ServerFixture)

    /// Opens the engine and starts the server (keeping idempotency records in its database unless
    /// `options` name a journal); false (with a warning) on failure.
    bool start(const ApiServer::Options &options = {});

    QUrl url(const QString &path) const;
    HttpResult request(const QByteArray &method, const QString &path, const QByteArray &body = {},
                       const QString &token = {}, const HeaderList &headers = {});
    HttpResult get(const QString &path, const QString &token) { return request("GET", path, {}, token); }
    HttpResult post(const QString &path, const QJsonObject &body, const QString &token,
                    const HeaderList &headers = {});
    QString login(const QString &username, const QString &password);

    /// Creates an event with `rows` x `perRow` seats (and a standing area when `standing` > 0)
    /// through the API; returns the event's JSON.
    QJsonObject createEvent(int rows, int perRow, int standing = 0,
                            const QString &name = QStringLiteral("Gala"));
    /// Seat ids of an event in layout order.
    QStringList seatIds(const QString &eventId);

    quint16 port = 0;
    QString adminToken;
    QString clerkToken;
    QString customerToken;
    QString otherCustomerToken;
    QUuid customerId;
    QUuid otherCustomerId;
    QTemporaryDir dir;
    std::unique_ptr<LocalBoxOffice> office;
    std::unique_ptr<AuthService> auth;
    std::unique_ptr<ServerJournal> journal; ///< used unless the options name one
    std::unique_ptr<ApiServer> server;
    QNetworkAccessManager network;
};

} // namespace tessera::test
