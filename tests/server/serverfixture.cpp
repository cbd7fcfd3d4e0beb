#include "tests/server/serverfixture.h"

#include "core/domain/json.h"
#include "tests/support/dates.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkReply>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace tessera::test {

QJsonArray HttpResult::array() const
{
    return QJsonDocument::fromJson(body).array();
}

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QString HttpResult::errorCode() const
{
    return object().value(u"error"_s).toObject().value(u"code"_s).toString();
}

bool HttpResult::isErrorObject() const
{
    const QJsonObject json = object();
    if (json.size() != 1 || !json.value(u"error"_s).isObject())
        return false;
    const QJsonObject error = json.value(u"error"_s).toObject();
    return error.size() == 2 && error.value(u"code"_s).isString()
           && !error.value(u"code"_s).toString().isEmpty() && error.value(u"message"_s).isString()
           && !error.value(u"message"_s).toString().isEmpty();
}

ServerFixture::~ServerFixture()
{
    server.reset();
    if (office)
        office->shutdown();
}

bool ServerFixture::start(const ApiServer::Options &options)
{
    if (!dir.isValid())
        return false;
    LocalBoxOffice::Options engine;
    engine.url = *DatabaseUrl::parse(u"sqlite://"_s + dir.filePath(u"server.db"_s));
    engine.units = 2;
    Result<std::unique_ptr<LocalBoxOffice>> opened = LocalBoxOffice::open(engine);
    if (!opened) {
        qWarning() << opened.error().message;
        return false;
    }
    office = std::move(opened.value());
    AuthService::Options authOptions;
    authOptions.pbkdf2Iterations = 2000; // the default (120,000) is tested in tst_passwordhash
    auth = std::make_unique<AuthService>(authOptions);
    if (!auth->open(engine.url) || !auth->ensureInitialAdmin(u"admin-secret"_s))
        return false;
    const Result<Principal> clerk = auth->createUser(u"clerk"_s, u"clerk-secret"_s, Role::Clerk).result();
    const Result<Principal> customer =
        auth->createUser(u"carol"_s, u"carol-secret"_s, Role::Customer).result();
    const Result<Principal> other = auth->createUser(u"dave"_s, u"dave-secret"_s, Role::Customer).result();
    if (!clerk || !customer || !other)
        return false;
    customerId = customer->userId;
    otherCustomerId = other->userId;
    ApiServer::Options serverOptions = options;
    if (!serverOptions.journal) {
        journal = std::make_unique<ServerJournal>();
        if (Status opened = journal->open(engine.url); !opened) {
            qWarning() << opened.error().message;
            return false;
        }
        serverOptions.journal = journal.get();
    }
    server = std::make_unique<ApiServer>(*office, *auth, serverOptions);
    const Result<quint16> bound = server->listen(QHostAddress::LocalHost, 0);
    if (!bound) {
        qWarning() << bound.error().message;
        return false;
    }
    port = *bound;
    adminToken = login(u"admin"_s, u"admin-secret"_s);
    clerkToken = login(u"clerk"_s, u"clerk-secret"_s);
    customerToken = login(u"carol"_s, u"carol-secret"_s);
    otherCustomerToken = login(u"dave"_s, u"dave-secret"_s);
    return !adminToken.isEmpty() && !clerkToken.isEmpty() && !customerToken.isEmpty()
           && !otherCustomerToken.isEmpty();
}

QUrl ServerFixture::url(const QString &path) const
{
    return QUrl(u"http://127.0.0.1:%1%2"_s.arg(port).arg(path));
}

HttpResult ServerFixture::request(const QByteArray &method, const QString &path, const QByteArray &body,
                                  const QString &token, const HeaderList &headers)
{
    QNetworkRequest request(url(path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    for (const auto &header : headers)
        request.setRawHeader(header.first, header.second);
    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return result;
}

HttpResult ServerFixture::post(const QString &path, const QJsonObject &body, const QString &token,
                               const HeaderList &headers)
{
    return request("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), token, headers);
}

QString ServerFixture::login(const QString &username, const QString &password)
{
    const HttpResult result =
        post(u"/api/v1/auth/login"_s, QJsonObject{{u"username"_s, username}, {u"password"_s, password}}, {});
    if (result.status != 200)
        qWarning() << "login" << username << result.status << result.body;
    return result.object().value(u"token"_s).toString();
}

QJsonObject ServerFixture::createEvent(int rows, int perRow, int standing, const QString &name)
{
    QJsonArray seats;
    for (int r = 0; r < rows; ++r) {
        for (int n = 1; n <= perRow; ++n) {
            seats.append(QJsonObject{{u"section"_s, u"Stalls"_s},
                                     {u"row"_s, QString::number(r + 1)},
                                     {u"number"_s, QString::number(n)},
                                     {u"price"_s, r == 0 ? 5000 : 2500}});
        }
    }
    QJsonObject body{{u"name"_s, name},
                     {u"description"_s, u"An evening"_s},
                     {u"venue"_s, u"Town Hall"_s},
                     {u"start_time"_s, utcInDays(160, 19)},
                     {u"end_time"_s, utcInDays(160, 22)},
                     {u"total_tickets"_s, rows * perRow + standing},
                     {u"is_seated_event"_s, true}};
    if (standing > 0) {
        VenueLayout layout;
        layout.name = u"Town Hall"_s;
        layout.width = 10;
        layout.height = 10;
        layout.categories = {PriceCategory{u"floor"_s, u"Floor"_s, u"#27ae60"_s, 1500}};
        StandingArea area;
        area.id = QUuid::createUuid();
        area.name = u"Floor"_s;
        area.category = u"floor"_s;
        area.capacity = standing;
        area.width = 5;
        area.height = 5;
        layout.standingAreas = {area};
        body.insert(u"layout"_s, toJson(layout));
    }
    const HttpResult created = post(u"/api/v1/events"_s, body, adminToken);
    if (created.status != 201) {
        qWarning() << "create event" << created.status << created.body;
        return {};
    }
    const QJsonObject event = created.object().value(u"event"_s).toObject();
    if (rows * perRow > 0) {
        const HttpResult added = post(u"/api/v1/events/%1/seats"_s.arg(event.value(u"id"_s).toString()),
                                      QJsonObject{{u"seats"_s, seats}}, adminToken);
        if (added.status != 201)
            qWarning() << "add seats" << added.status << added.body;
    }
    return event;
}

QStringList ServerFixture::seatIds(const QString &eventId)
{
    QStringList ids;
    const HttpResult seats = get(u"/api/v1/events/%1/seats"_s.arg(eventId), adminToken);
    for (const QJsonValue &seat : seats.array())
        ids.append(seat.toObject().value(u"id"_s).toString());
    return ids;
}

} // namespace tessera::test
