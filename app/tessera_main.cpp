// tessera: the box-office desktop application. Parses the command line, opens the embedded box
// office on a worker thread behind a progress dialog, then hands it to the main window.

#include "core/remote/remoteboxoffice.h"
#include "core/store/databaseurl.h"
#include "ui/i18n/translations.h"
#include "ui/mainwindow/appsettings.h"
#include "ui/mainwindow/connectdialog.h"
#include "ui/mainwindow/connectionindicator.h"
#include "ui/mainwindow/eventpicker.h"
#include "ui/mainwindow/filedialogs.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/officeloader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileDialog>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace tessera;
using namespace Qt::StringLiterals;

namespace {

constexpr int kDatabaseError = 3;

struct Startup
{
    bool quitAfterLoad = false;
    bool demoData = true;
    LocalBoxOffice::Options options;
    OfficeLoader loader;
    std::unique_ptr<QProgressDialog> progress;
    std::unique_ptr<LocalBoxOffice> office;
    std::unique_ptr<RemoteBoxOffice> remote;
    std::unique_ptr<MainWindow> window;

    void load(const DatabaseUrl &url);
    void loaded();
    void failed(const Error &error);
    void showWindow(BoxOffice &box, const QString &databaseText);
    // Remote mode: the Connect dialog, and the window on a connected RemoteBoxOffice.
    void openConnectDialog(const QString &server = {}, const QString &user = {});
    void connectRemote(const RemoteBoxOffice::Options &remoteOptions);
    void showRemote(std::unique_ptr<RemoteBoxOffice> connected);
};

void Startup::showWindow(BoxOffice &box, const QString &databaseText)
{
    window = std::make_unique<MainWindow>(box, databaseText);
    QObject::connect(window.get(), &MainWindow::connectToServerRequested, window.get(),
                     [this] { openConnectDialog(); });
    window->show();
    if (quitAfterLoad) {
        QObject::connect(window->eventPicker(), &EventPicker::eventsLoaded, window.get(), [](int count) {
            std::printf("tessera: loaded %d events\n", count);
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
        });
    }
}

void Startup::openConnectDialog(const QString &server, const QString &user)
{
    auto *dialog = new ConnectDialog(window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!server.isEmpty())
        dialog->serverEdit()->setText(server);
    if (!user.isEmpty())
        dialog->userEdit()->setText(user);
    if (!server.isEmpty() && !user.isEmpty())
        dialog->passwordEdit()->setFocus();
    QPointer<ConnectDialog> guard(dialog);
    QObject::connect(dialog, &QDialog::accepted, dialog, [this, guard] {
        // Replaced after the dialog's own handlers returned: the old window owns the dialog.
        QTimer::singleShot(0, qApp, [this, guard] {
            if (guard)
                showRemote(guard->takeOffice());
        });
    });
    QObject::connect(dialog, &QDialog::rejected, dialog, [this] {
        if (!window)
            QCoreApplication::exit(kDatabaseError);
    });
    dialog->open();
}

void Startup::connectRemote(const RemoteBoxOffice::Options &remoteOptions)
{
    auto connecting =
        std::make_shared<std::unique_ptr<RemoteBoxOffice>>(std::make_unique<RemoteBoxOffice>(remoteOptions));
    (*connecting)->connectToServer().then(qApp, [this, connecting](const Status &connected) {
        if (!connected) {
            std::fprintf(stderr, "tessera: %s\n", qPrintable(connected.error().message));
            if (quitAfterLoad)
                return QCoreApplication::exit(kDatabaseError);
            return openConnectDialog((*connecting)->serverUrl().toString(), {});
        }
        showRemote(std::move(*connecting));
    });
}

void Startup::showRemote(std::unique_ptr<RemoteBoxOffice> connected)
{
    if (!connected)
        return;
    // The old window goes first, then the office it worked on.
    std::unique_ptr<MainWindow> oldWindow = std::move(window);
    std::unique_ptr<LocalBoxOffice> oldOffice = std::move(office);
    std::unique_ptr<RemoteBoxOffice> oldRemote = std::move(remote);
    remote = std::move(connected);
    showWindow(*remote, remote->serverUrl().toString());
    window->statusBar()->addPermanentWidget(new ConnectionIndicator(*remote));
    window->statusBar()->showMessage(
        QApplication::translate("tessera", "Connected to %1 as %2.")
            .arg(remote->serverUrl().toString(), remote->serverHolder().section(u':', 1)),
        8000);
    oldWindow.reset();
    if (oldOffice)
        oldOffice->shutdown();
}

void Startup::load(const DatabaseUrl &url)
{
    options.url = url;
    options.terminal = AppSettings::terminalName(); // its holds from before are taken back
    progress = std::make_unique<QProgressDialog>();
    progress->setWindowTitle(QApplication::translate("tessera", "Tessera"));
    progress->setLabelText(QApplication::translate("tessera", "Opening %1…").arg(url.redacted()));
    progress->setCancelButton(nullptr);
    progress->setMinimumDuration(0);
    progress->setRange(0, 0);
    progress->setMinimumWidth(460);
    progress->show();
    loader.start(options, demoData);
}

void Startup::loaded()
{
    office = loader.takeOffice();
    showWindow(*office, options.url.redacted());
    progress.reset();
    if (loader.createdDemoData())
        window->statusBar()->showMessage(QApplication::translate("tessera", "Created the demo events."),
                                         8000);
}

void Startup::failed(const Error &error)
{
    progress.reset();
    const QString text = QApplication::translate("tessera", "Cannot open the database %1:\n%2")
                             .arg(options.url.redacted(), options.url.openFailureReason(error.message));
    std::fprintf(stderr, "tessera: %s\n", qPrintable(text));
    if (quitAfterLoad) {
        QCoreApplication::exit(kDatabaseError);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Critical, QApplication::translate("tessera", "Tessera"), text);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *other =
        box->addButton(QApplication::translate("tessera", "Open another file…"), QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Close);
    QObject::connect(box, &QMessageBox::finished, box, [this, box, other](int) {
        if (box->clickedButton() != other) {
            QCoreApplication::exit(kDatabaseError);
            return;
        }
        QFileDialog *dialog =
            newFileDialog(nullptr, QApplication::translate("tessera", "Open a Tessera database"), QString(),
                          QApplication::translate("tessera", "Tessera databases (*.db)"));
        dialog->setFileMode(QFileDialog::AnyFile);
        QObject::connect(dialog, &QFileDialog::fileSelected, dialog,
                         [this](const QString &path) { load(*DatabaseUrl::parse(u"sqlite://"_s + path)); });
        QObject::connect(dialog, &QFileDialog::rejected, dialog,
                         [] { QCoreApplication::exit(kDatabaseError); });
        dialog->open();
    });
    box->open();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(u"Tessera"_s);
    QCoreApplication::setOrganizationDomain(u"tessera.example.org"_s);
    QCoreApplication::setApplicationName(u"tessera"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(TESSERA_VERSION));

    // The command line is read before the GUI starts, so that --help and --version work without
    // a display.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Tessera box office: sell seats from a live seat map."_s);
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption database(
        u"database"_s,
        u"The database: sqlite:///path/file.db or postgresql://user@host/db (default: the setting, else "
        "tessera.db in the application data folder)."_s,
        u"URL"_s);
    const QCommandLineOption noDemo(u"no-demo-data"_s,
                                    u"Do not create the demo events on an empty database."_s);
    const QCommandLineOption quitAfterLoad(
        u"quit-after-load"_s,
        u"Developer check: open the database (creating the demo data when it is empty), show the window, "
        "load the events and quit with 0; a database error quits with 3."_s);
    const QCommandLineOption server(
        u"server"_s,
        u"Work against a tessera-server (http://host:port) instead of a database; the password comes "
        "from TESSERA_PASSWORD or is asked for."_s,
        u"URL"_s);
    const QCommandLineOption user(u"user"_s, u"The user to log in to --server as."_s, u"NAME"_s);
    parser.addOption(database);
    parser.addOption(server);
    parser.addOption(user);
    parser.addOption(noDemo);
    parser.addOption(quitAfterLoad);
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "tessera: %s\n", qPrintable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(version)) {
        std::printf("tessera %s\n", TESSERA_VERSION);
        return 0;
    }
    if (parser.isSet(help)) {
        // Without an application object yet, Qt cannot name the program itself.
        std::printf("%s", qPrintable(parser.helpText().replace(u"<executable_name>"_s, u"tessera"_s)));
        return 0;
    }

    QApplication app(argc, argv);
    QGuiApplication::setDesktopFileName(u"org.example.tessera"_s);
    installTranslations(QLocale());
    QString urlText = parser.value(database);
    if (urlText.isEmpty())
        urlText = AppSettings::databaseUrl();
    DatabaseUrl url = DatabaseUrl::defaultLocation();
    if (!urlText.isEmpty()) {
        Result<DatabaseUrl> parsed = DatabaseUrl::parse(urlText);
        if (!parsed) {
            std::fprintf(stderr, "tessera: %s\n", qPrintable(parsed.error().message));
            return kDatabaseError;
        }
        url = *parsed;
    }

    Startup startup;
    startup.quitAfterLoad = parser.isSet(quitAfterLoad);
    startup.demoData = !parser.isSet(noDemo);
    QObject::connect(&startup.loader, &OfficeLoader::progress, &startup.loader,
                     [&startup](const QString &stage, qint64 done, qint64 total) {
                         if (!startup.progress)
                             return;
                         const QLocale locale;
                         startup.progress->setLabelText(
                             total > 0
                                 ? u"%1 %2 / %3"_s.arg(stage, locale.toString(done), locale.toString(total))
                                 : stage);
                         startup.progress->setRange(0, static_cast<int>(std::max<qint64>(total, 1)));
                         startup.progress->setValue(static_cast<int>(std::min(done, total)));
                     });
    QObject::connect(&startup.loader, &OfficeLoader::loaded, &startup.loader,
                     [&startup] { startup.loaded(); });
    QObject::connect(&startup.loader, &OfficeLoader::failed, &startup.loader,
                     [&startup](const Error &error) { startup.failed(error); });
    if (parser.isSet(server)) {
        const QString password = qEnvironmentVariable("TESSERA_PASSWORD");
        const QString name = parser.value(user);
        if (name.isEmpty() || password.isEmpty()) {
            startup.openConnectDialog(parser.value(server), name);
        } else {
            RemoteBoxOffice::Options remote;
            remote.server = QUrl::fromUserInput(parser.value(server));
            remote.username = name;
            remote.password = password;
            startup.connectRemote(remote);
        }
    } else {
        startup.load(url);
    }
    const int code = QApplication::exec();
    startup.window.reset();
    startup.office.reset();
    startup.remote.reset();
    return code;
}
