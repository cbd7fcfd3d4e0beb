// tessera-server: the headless HTTP API (resources/openapi.json) on an embedded LocalBoxOffice.

#include "core/boxoffice/localboxoffice.h"
#include "core/server/apiserver.h"
#include "core/server/authservice.h"
#include "core/server/serverjournal.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QSocketNotifier>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>

#include <sys/socket.h>
#include <unistd.h>

#include <csignal>
#include <cstdio>

using namespace tessera;
using namespace Qt::StringLiterals;

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[0], &byte, 1);
}

/// A setting from the command line, else the environment, else the config file, else `fallback`.
class Settings final
{
public:
    Settings(const QCommandLineParser &parser, std::unique_ptr<QSettings> file)
        : m_parser(parser)
        , m_file(std::move(file))
    {}

    QString value(const QString &option, const char *environment, const QString &fallback = {}) const
    {
        if (m_parser.isSet(option))
            return m_parser.value(option);
        if (const QByteArray env = qgetenv(environment); !env.isEmpty())
            return QString::fromLocal8Bit(env);
        if (m_file && m_file->contains(option))
            return m_file->value(option).toString();
        return fallback;
    }

private:
    const QCommandLineParser &m_parser;
    std::unique_ptr<QSettings> m_file;
};

int fail(const QString &message)
{
    std::fprintf(stderr, "tessera-server: %s\n", qPrintable(message));
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"tessera-server"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(TESSERA_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Serves the Tessera box office over HTTP (the API under /api/v1 is described in "
                "man tessera-server and resources/openapi.json). Every option can also be given as an "
                "environment variable or in the config file."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QList<QCommandLineOption> options = {
        {u"config"_s, u"INI config file with the keys below (TESSERA_CONFIG)."_s, u"file"_s},
        {u"listen"_s, u"Address and port to listen on, default 127.0.0.1:8080 (TESSERA_LISTEN)."_s,
         u"host:port"_s},
        {u"database"_s, u"Database URL: sqlite:///path or postgresql://... (TESSERA_DATABASE)."_s, u"url"_s},
        {u"tls-cert"_s, u"PEM certificate: serve HTTPS (TESSERA_TLS_CERT)."_s, u"file"_s},
        {u"tls-key"_s, u"PEM private key of the certificate (TESSERA_TLS_KEY)."_s, u"file"_s},
        {u"units"_s, u"Processing units, 0 for one per core (TESSERA_UNITS)."_s, u"n"_s},
        {u"rate-limit"_s, u"Requests per second per token (TESSERA_RATE_LIMIT), default 100."_s, u"n"_s},
        {u"max-body"_s, u"Largest request body in bytes (TESSERA_MAX_BODY), default 1048576."_s, u"bytes"_s},
        {u"pbkdf2-iterations"_s, u"PBKDF2 iterations for new passwords (TESSERA_PBKDF2_ITERATIONS)."_s,
         u"n"_s},
    };
    parser.addOptions(options);
    parser.process(app);

    std::unique_ptr<QSettings> file;
    const QString configPath = parser.isSet(u"config"_s) ? parser.value(u"config"_s)
                                                         : QString::fromLocal8Bit(qgetenv("TESSERA_CONFIG"));
    if (!configPath.isEmpty()) {
        if (!QFile::exists(configPath))
            return fail(u"config file %1 does not exist"_s.arg(configPath));
        file = std::make_unique<QSettings>(configPath, QSettings::IniFormat);
    }
    const Settings settings(parser, std::move(file));

    const QString listen = settings.value(u"listen"_s, "TESSERA_LISTEN", u"127.0.0.1:8080"_s);
    const qsizetype colon = listen.lastIndexOf(u':');
    bool portOk = false;
    const int port = listen.mid(colon + 1).toInt(&portOk);
    QString host = colon > 0 ? listen.left(colon) : u"127.0.0.1"_s;
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    const QHostAddress address(host);
    if (colon < 0 || !portOk || port < 0 || port > 65535 || address.isNull())
        return fail(u"--listen: expected host:port, got \"%1\""_s.arg(listen));

    LocalBoxOffice::Options engine;
    const QString database = settings.value(u"database"_s, "TESSERA_DATABASE");
    if (database.isEmpty()) {
        engine.url = DatabaseUrl::defaultLocation();
    } else {
        Result<DatabaseUrl> url = DatabaseUrl::parse(database);
        if (!url)
            return fail(u"--database: "_s + url.error().message);
        engine.url = *url;
    }
    engine.units = settings.value(u"units"_s, "TESSERA_UNITS", u"0"_s).toInt();

    AuthService::Options authOptions;
    authOptions.pbkdf2Iterations =
        settings.value(u"pbkdf2-iterations"_s, "TESSERA_PBKDF2_ITERATIONS", u"120000"_s).toInt();
    ApiServer::Options serverOptions;
    serverOptions.requestsPerSecond =
        settings.value(u"rate-limit"_s, "TESSERA_RATE_LIMIT", u"100"_s).toDouble();
    serverOptions.burst = serverOptions.requestsPerSecond * 2;
    serverOptions.maxBodyBytes = settings.value(u"max-body"_s, "TESSERA_MAX_BODY", u"1048576"_s).toLongLong();
    if (serverOptions.requestsPerSecond <= 0 || serverOptions.maxBodyBytes <= 0)
        return fail(u"--rate-limit and --max-body must be positive"_s);

    std::fprintf(stderr, "tessera-server: opening %s\n", qPrintable(engine.url.redacted()));
    Result<std::unique_ptr<LocalBoxOffice>> office = LocalBoxOffice::open(engine);
    if (!office)
        return fail(office.error().message);
    AuthService auth(authOptions);
    if (Status opened = auth.open(engine.url); !opened)
        return fail(opened.error().message);
    if (Status admin = auth.ensureInitialAdmin(QString::fromLocal8Bit(qgetenv("TESSERA_ADMIN_PASSWORD")));
        !admin)
        return fail(u"creating the admin user: "_s + admin.error().message);

    ServerJournal journal;
    if (Status opened = journal.open(engine.url); !opened)
        return fail(opened.error().message);
    serverOptions.journal = &journal;

    ApiServer server(**office, auth, serverOptions);
    const QString certPath = settings.value(u"tls-cert"_s, "TESSERA_TLS_CERT");
    const QString keyPath = settings.value(u"tls-key"_s, "TESSERA_TLS_KEY");
    Result<quint16> bound = quint16(0);
    if (!certPath.isEmpty() || !keyPath.isEmpty()) {
        QFile certFile(certPath);
        QFile keyFile(keyPath);
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
            return fail(u"--tls-cert and --tls-key must both name readable PEM files"_s);
        const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
        const QByteArray keyPem = keyFile.readAll();
        QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
        if (chain.isEmpty() || key.isNull())
            return fail(u"cannot read the TLS certificate or key"_s);
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificateChain(chain);
        tls.setPrivateKey(key);
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        bound = server.listenTls(address, quint16(port), tls);
    } else {
        bound = server.listen(address, quint16(port));
    }
    if (!bound)
        return fail(bound.error().message);
    std::fprintf(stdout, "tessera-server: listening on %s:%u%s\n", qPrintable(address.toString()),
                 unsigned(*bound), certPath.isEmpty() ? "" : " (TLS)");
    std::fflush(stdout);

    // SIGTERM and SIGINT: stop accepting, answer what is in flight, flush the pump, exit 0.
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return fail(u"cannot create the signal pipe"_s);
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
    QSocketNotifier notifier(g_signalPipe[1], QSocketNotifier::Read);
    bool stopping = false;
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [&] {
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(g_signalPipe[1], &byte, 1);
        if (stopping)
            return;
        stopping = true;
        std::fprintf(stderr, "tessera-server: stopping (%d requests in flight)\n", server.requestsInFlight());
        server.stopAccepting();
    });
    QObject::connect(&server, &ApiServer::drained, &app, [&] {
        (*office)->shutdown();
        std::fprintf(stderr, "tessera-server: stopped\n");
        app.quit();
    });
    return app.exec();
}
