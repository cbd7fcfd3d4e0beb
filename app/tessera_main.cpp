// tessera: the box-office desktop application. Parses the command line, opens the embedded box
// office on a worker thread behind a progress dialog, then hands it to the main window.

#include "core/store/databaseurl.h"
#include "ui/i18n/translations.h"
#include "ui/mainwindow/appsettings.h"
#include "ui/mainwindow/eventpicker.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/officeloader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileDialog>
#include <QLocale>
#include <QMessageBox>
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
    std::unique_ptr<MainWindow> window;

    void load(const DatabaseUrl &url);
    void loaded();
    void failed(const Error &error);
};

void Startup::load(const DatabaseUrl &url)
{
    options.url = url;
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
    window = std::make_unique<MainWindow>(*office, options.url.redacted());
    window->show();
    progress.reset();
    if (loader.createdDemoData())
        window->statusBar()->showMessage(QApplication::translate("tessera", "Created the demo events."),
                                         8000);
    if (quitAfterLoad) {
        QObject::connect(window->eventPicker(), &EventPicker::eventsLoaded, window.get(), [](int count) {
            std::printf("tessera: loaded %d events\n", count);
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
        });
    }
}

void Startup::failed(const Error &error)
{
    progress.reset();
    const QString text = QApplication::translate("tessera", "Cannot open the database %1:\n%2")
                             .arg(options.url.redacted(), error.message);
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
        auto *dialog =
            new QFileDialog(nullptr, QApplication::translate("tessera", "Open a Tessera database"), QString(),
                            QApplication::translate("tessera", "Tessera databases (*.db)"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
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
    parser.addOption(database);
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
        std::printf("%s", qPrintable(parser.helpText()));
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
    startup.load(url);
    const int code = QApplication::exec();
    startup.window.reset();
    startup.office.reset();
    return code;
}
