#include "core/boxoffice/localboxoffice.h"
#include "core/layout/demodata.h"
#include "tests/ui/uitestsupport.h"
#include "ui/admin/adminwindows.h"
#include "ui/admin/eventdialog.h"
#include "ui/admin/eventsadmin.h"
#include "ui/admin/queueadmin.h"
#include "ui/i18n/translations.h"
#include "ui/layouteditor/generatesectiondialog.h"
#include "ui/layouteditor/layouteditor.h"
#include "ui/mainwindow/connectdialog.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/orderlookupdialog.h"
#include "ui/mainwindow/salespanel.h"
#include "ui/mainwindow/settingsdialog.h"
#include "ui/mainwindow/uisupport.h"
#include "ui/simulation/simulationpanel.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace tessera;
using tessera::test::AcceptingPrompter;
using tessera::test::outputDir;
using namespace Qt::StringLiterals;

namespace {

/// The texts of the menu bar's menus and of every action in them, in order.
QStringList menuTexts(const MainWindow &window)
{
    QStringList texts;
    for (QAction *menuAction : window.menuBar()->actions()) {
        texts << menuAction->text();
        if (QMenu *menu = menuAction->menu()) {
            for (QAction *action : menu->actions()) {
                if (!action->isSeparator())
                    texts << action->text();
            }
        }
    }
    return texts;
}

/// The fixed texts of a window: its title, buttons, actions, group boxes, tabs and column titles,
/// in creation order (the same in every language).
QStringList fixedTexts(const QWidget &window)
{
    QStringList texts{window.windowTitle()};
    for (const QAbstractButton *button : window.findChildren<QAbstractButton *>())
        texts << button->text();
    for (const QAction *action : window.findChildren<QAction *>())
        texts << action->text();
    for (const QGroupBox *box : window.findChildren<QGroupBox *>())
        texts << box->title();
    for (const QTabWidget *tabs : window.findChildren<QTabWidget *>()) {
        for (int i = 0; i < tabs->count(); ++i)
            texts << tabs->tabText(i);
    }
    for (const QAbstractItemView *view : window.findChildren<QAbstractItemView *>()) {
        if (const QAbstractItemModel *model = view->model()) {
            for (int c = 0; c < model->columnCount(); ++c)
                texts << model->headerData(c, Qt::Horizontal).toString();
        }
    }
    return texts;
}

/// Texts that read the same in English and German.
bool sameInBothLanguages(const QString &text)
{
    static const QStringList same{u"OK"_s,  u"ID"_s,  u"CSV"_s,    u"JSON"_s,
                                  u"PNG"_s, u"Ops"_s, u"Status"_s, u"Position"_s};
    QString letters = text;
    letters.remove(u'&');
    return letters.count(QRegularExpression(u"\\p{L}"_s)) < 2 || same.contains(letters.trimmed())
           || letters.startsWith(u"Simulation"_s); // "Simulation: Hamlet — Tessera"
}

/// The letter after the single '&' of `text` (lower case), or a null QChar without one.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != u'&')
            continue;
        if (text[i + 1] == u'&') {
            ++i; // "&&" is an ampersand
            continue;
        }
        return text[i + 1].toLower();
    }
    return {};
}

/// Adds "text" under its mnemonic to `taken` and returns the texts it clashes with.
QStringList take(QMultiHash<QChar, QString> &taken, const QString &text)
{
    const QChar key = mnemonic(text);
    if (key.isNull())
        return {};
    QStringList clashes;
    for (const QString &other : taken.values(key))
        clashes << other + u" / "_s + text;
    taken.insert(key, text);
    return clashes;
}

/// The menus of `menu` and below it: no two items of one menu share a mnemonic.
QStringList menuClashes(const QMenu &menu)
{
    QStringList clashes;
    QMultiHash<QChar, QString> taken;
    for (QAction *action : menu.actions()) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        clashes << take(taken, action->text());
        if (const QMenu *sub = action->menu())
            clashes << menuClashes(*sub);
    }
    return clashes;
}

/// The pages of stacked widgets (tab pages too) that `widget` is on, outermost last; empty when
/// the widget (or a widget between it and its page) is hidden on purpose.
std::optional<QList<QPair<const QWidget *, int>>> pagesOf(const QWidget *widget, const QWidget *window)
{
    QList<QPair<const QWidget *, int>> pages;
    for (const QWidget *w = widget; w && w != window; w = w->parentWidget()) {
        const auto *stack = qobject_cast<const QStackedWidget *>(w->parentWidget());
        if (stack) {
            pages.append({stack, stack->indexOf(const_cast<QWidget *>(w))});
            continue;
        }
        if (w->isHidden())
            return std::nullopt;
    }
    return pages;
}

/// Two widgets can be on screen together unless they are on different pages of one stack.
bool together(const QList<QPair<const QWidget *, int>> &a, const QList<QPair<const QWidget *, int>> &b)
{
    for (const auto &[stack, page] : a) {
        for (const auto &[otherStack, otherPage] : b) {
            if (stack == otherStack && page != otherPage)
                return false;
        }
    }
    return true;
}

/// Mnemonics that two controls of `window` shown together share (Alt+letter would be
/// ambiguous): the menu bar's titles, buttons, check boxes, labels of fields, checkable group
/// boxes and tabs; and within each menu of the menu bar, its items.
QStringList mnemonicClashes(const QWidget &window)
{
    struct Control
    {
        QString text;
        QList<QPair<const QWidget *, int>> pages;
    };
    std::vector<Control> controls;
    auto add = [&](const QWidget *widget, const QString &text) {
        if (mnemonic(text).isNull() || widget->window() != &window)
            return; // no letter, or in a window of its own (a child window, a menu)
        if (const auto pages = pagesOf(widget, &window))
            controls.push_back({text, *pages});
    };
    QStringList clashes;
    for (const QMenuBar *bar : window.findChildren<QMenuBar *>()) {
        if (bar->window() != &window)
            continue;
        for (QAction *action : bar->actions()) {
            add(bar, action->text());
            if (const QMenu *menu = action->menu())
                clashes << menuClashes(*menu);
        }
    }
    for (const QAbstractButton *button : window.findChildren<QAbstractButton *>())
        add(button, button->text());
    for (const QLabel *label : window.findChildren<QLabel *>()) {
        if (label->buddy() && label->textFormat() != Qt::RichText)
            add(label, label->text());
    }
    for (const QGroupBox *box : window.findChildren<QGroupBox *>()) {
        if (box->isCheckable())
            add(box, box->title());
    }
    for (const QTabWidget *tabs : window.findChildren<QTabWidget *>()) {
        for (int i = 0; i < tabs->count(); ++i)
            add(tabs, tabs->tabText(i));
    }
    for (std::size_t i = 0; i < controls.size(); ++i) {
        for (std::size_t j = i + 1; j < controls.size(); ++j) {
            if (mnemonic(controls[i].text) == mnemonic(controls[j].text)
                && together(controls[i].pages, controls[j].pages))
                clashes << controls[i].text + u" / "_s + controls[j].text;
        }
    }
    return clashes;
}

} // namespace

/// The translations as the application loads them (installTranslations), checked on the real
/// main window over a SQLite file: German texts for a German locale, English otherwise, and
/// .ts files with nothing left unfinished.
class TestTranslations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void translationFilesAreComplete_data();
    void translationFilesAreComplete();
    void unknownLanguageStaysEnglish();
    void germanLocaleGivesGermanMainWindow();
    void germanLocaleGivesGermanAdminWindows();
    void mnemonicsAreUniquePerWindow_data();
    void mnemonicsAreUniquePerWindow();
    void cleanup();

private:
    void openWindow();
    /// The events and waiting-room admin windows, the layout editor and the simulation window
    /// of the shown event, opened from the main window.
    QList<QWidget *> openAdminWindows();

    QTemporaryDir m_dir;
    std::unique_ptr<LocalBoxOffice> m_office;
    std::unique_ptr<MainWindow> m_window;
};

void TestTranslations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"TesseraTests"_s);
    QCoreApplication::setApplicationName(u"tst_translations"_s);
    QVERIFY(m_dir.isValid());
}

void TestTranslations::cleanup()
{
    m_window.reset();
    m_office.reset();
}

void TestTranslations::openWindow()
{
    m_window.reset();
    m_office.reset();
    LocalBoxOffice::Options options;
    options.url = *DatabaseUrl::parse(u"sqlite://"_s + m_dir.filePath(u"tessera.db"_s));
    options.units = 2;
    auto office = LocalBoxOffice::open(options);
    QVERIFY2(office, office ? "" : qPrintable(office.error().message));
    m_office = std::move(office.value());
    const Result<QList<Event>> events = m_office->events().result();
    QVERIFY(events);
    if (events->isEmpty()) {
        const DemoEvent theatre = demoEvents(QDateTime::currentDateTimeUtc()).first();
        const Result<Event> created = m_office->createEvent(theatre.event, theatre.layout).result();
        QVERIFY2(created, created ? "" : qPrintable(created.error().message));
    }
    m_window = std::make_unique<MainWindow>(*m_office, options.url.redacted());
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY(!m_window->currentEventId().isNull());
}

void TestTranslations::translationFilesAreComplete_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("en") << u"" TESSERA_TRANSLATIONS_DIR "/tessera_en.ts"_s;
    QTest::newRow("de") << u"" TESSERA_TRANSLATIONS_DIR "/tessera_de.ts"_s;
}

void TestTranslations::translationFilesAreComplete()
{
    QFETCH(QString, file);
    QFile ts(file);
    QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(file));
    const QString text = QString::fromUtf8(ts.readAll());
    QVERIFY(text.count(u"<message"_s) > 200);
    QVERIFY2(!text.contains(u"type=\"unfinished\""_s), "a translation is unfinished");
    QVERIFY2(!text.contains(u"type=\"vanished\""_s) && !text.contains(u"type=\"obsolete\""_s),
             "a translation is left over from a removed text");
    QVERIFY2(!text.contains(u"<translation></translation>"_s)
                 && !text.contains(u"<numerusform></numerusform>"_s),
             "a translation is empty");
}

void TestTranslations::unknownLanguageStaysEnglish()
{
    QVERIFY(!installTranslations(QLocale(QLocale::Esperanto)));
    openWindow();
    const QStringList menus = menuTexts(*m_window);
    QCOMPARE(menus.mid(0, 1), QStringList{u"&File"_s});
    QVERIFY(menus.contains(u"&Sales"_s));
    QCOMPARE(m_window->salesPanel()->holdButton()->text(), u"H&old"_s);
    // Counted texts in their English plural forms, also in the C locale.
    for (const QLocale &locale : {QLocale(QLocale::Esperanto), QLocale::c()}) {
        installTranslations(locale);
        QCOMPARE(SalesPanel::tr("Give back the %n held place(s)?", nullptr, 2),
                 u"Give back the 2 held places?"_s);
        QCOMPARE(SalesPanel::tr("Give back the %n held place(s)?", nullptr, 1),
                 u"Give back the held place?"_s);
    }
    if (const QString dir = outputDir(); !dir.isEmpty()) {
        QCoreApplication::processEvents();
        QVERIFY(m_window->grab().save(dir + u"/main-window-en.png"_s));
    }
}

void TestTranslations::germanLocaleGivesGermanMainWindow()
{
    // The English texts first, to compare with.
    installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
    openWindow();
    const QStringList englishMenus = menuTexts(*m_window);

    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QVERIFY(installTranslations(QLocale()));
    openWindow();

    const QStringList menus = menuTexts(*m_window);
    QStringList titles;
    for (QAction *menuAction : m_window->menuBar()->actions())
        titles << menuAction->text();
    QCOMPARE(titles, (QStringList{u"&Datei"_s, u"&Verkauf"_s, u"&Ansicht"_s, u"Ver&waltung"_s,
                                  u"V&orführung"_s, u"&Hilfe"_s}));
    QVERIFY(menus.contains(u"&Beenden"_s));
    QVERIFY(menus.contains(u"Ausgewählte Plätze &reservieren"_s));
    QVERIFY(menus.contains(u"Bestellung &suchen …"_s));
    // Every menu text is translated: none is still the English one.
    QCOMPARE(menus.size(), englishMenus.size());
    for (qsizetype i = 0; i < menus.size(); ++i)
        QVERIFY2(menus[i] != englishMenus[i], qPrintable(menus[i]));
    SalesPanel *sales = m_window->salesPanel();
    QCOMPARE(sales->holdButton()->text(), u"&Reservieren"_s);
    QVERIFY(m_window->windowTitle().contains(u"Tessera Kasse"_s));
    // Dates and prices as German writes them: "Dienstag, 1. Dezember 2026, 19:30", "65,00 €".
    const Event shown = m_office->events().result()->first();
    const QDateTime start = shown.startTime.toLocalTime();
    QCOMPARE(eventStartText(shown.startTime),
             QLocale().toString(start.date(), u"dddd, d. MMMM yyyy"_s) + start.time().toString(u", HH:mm"_s));
    QCOMPARE(formatPrice(6500), u"65,00\u00a0€"_s);

    // Qt's own texts come from qtbase_de.qm when Qt's German translation is installed.
    if (QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + u"/qtbase_de.qm"_s))
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Abbrechen"_s);

    if (const QString dir = outputDir(); !dir.isEmpty()) {
        QCoreApplication::processEvents();
        QVERIFY(m_window->grab().save(dir + u"/main-window-de.png"_s));
    }
}

QList<QWidget *> TestTranslations::openAdminWindows()
{
    auto *admin = m_window->findChild<AdminWindows *>();
    if (!admin)
        return {};
    QList<QWidget *> windows{admin->openEvents(), admin->openWaitingRoom(), m_window->openLayoutEditor(),
                             m_window->openSimulation()};
    for (QWidget *window : windows) {
        if (window)
            window->resize(1280, 800);
    }
    QCoreApplication::processEvents();
    return windows;
}

/// The admin windows, the layout editor and the simulation window speak German too: every
/// title, button, action, group box, tab and column title that has words differs from the
/// English one.
void TestTranslations::germanLocaleGivesGermanAdminWindows()
{
    installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
    openWindow();
    QList<QStringList> english;
    for (const QWidget *window : openAdminWindows()) {
        QVERIFY(window);
        english << fixedTexts(*window);
    }

    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QVERIFY(installTranslations(QLocale()));
    openWindow();
    const QList<QWidget *> windows = openAdminWindows();
    QCOMPARE(windows.size(), english.size());
    const QString names[] = {u"events-admin"_s, u"queue-admin"_s, u"layout-editor"_s, u"simulation"_s};
    for (qsizetype w = 0; w < windows.size(); ++w) {
        QVERIFY(windows[w]);
        const QStringList german = fixedTexts(*windows[w]);
        QCOMPARE(german.size(), english[w].size());
        QStringList untranslated;
        for (qsizetype i = 0; i < german.size(); ++i) {
            if (!sameInBothLanguages(german[i]) && german[i] == english[w][i])
                untranslated << german[i];
        }
        QVERIFY2(untranslated.isEmpty(), qPrintable(names[w] + u": "_s + untranslated.join(u" | "_s)));
        if (const QString dir = outputDir(); !dir.isEmpty())
            QVERIFY(windows[w]->grab().save(dir + u"/"_s + names[w] + u"-de.png"_s));
    }
    QVERIFY(windows[0]->windowTitle() != english[0].first());
}

void TestTranslations::mnemonicsAreUniquePerWindow_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::newRow("en") << QLocale(QLocale::English, QLocale::UnitedStates);
    QTest::newRow("de") << QLocale(QLocale::German, QLocale::Germany);
}

/// In every window and dialog, in both languages, no two controls shown together share an
/// Alt+letter, and no two items of one menu share their letter.
void TestTranslations::mnemonicsAreUniquePerWindow()
{
    QFETCH(QLocale, locale);
    QLocale::setDefault(locale);
    installTranslations(locale);
    openWindow();
    QList<QWidget *> windows{m_window.get()};
    windows << openAdminWindows();
    AcceptingPrompter prompter;
    const Event shown = m_office->events().result()->first();
    const auto entry = m_window->salesPanel()->entry();
    QVERIFY(entry);
    std::vector<std::unique_ptr<QWidget>> dialogs;
    dialogs.push_back(std::make_unique<SettingsDialog>());
    dialogs.push_back(std::make_unique<ConnectDialog>());
    dialogs.push_back(std::make_unique<OrderLookupDialog>(*m_office, prompter));
    dialogs.emplace_back(EventDialog::createEvent(*m_office));
    dialogs.emplace_back(EventDialog::editEvent(*m_office, shown));
    dialogs.push_back(std::make_unique<GenerateSectionDialog>(entry->layout, QPointF(0, 0)));
    for (const auto &dialog : dialogs)
        windows << dialog.get();
    QStringList clashes;
    for (QWidget *window : std::as_const(windows)) {
        QVERIFY(window);
        for (const QString &clash : mnemonicClashes(*window))
            clashes << QString::fromLatin1(window->metaObject()->className()) + u": "_s + clash;
    }
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u"\n"_s)));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
