#include "core/boxoffice/localboxoffice.h"
#include "core/layout/demodata.h"
#include "tests/ui/uitestsupport.h"
#include "ui/mainwindow/appsettings.h"
#include "ui/mainwindow/eventlistmodel.h"
#include "ui/mainwindow/eventpicker.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/messagebanner.h"
#include "ui/mainwindow/orderlookupdialog.h"
#include "ui/mainwindow/prompter.h"
#include "ui/mainwindow/saleform.h"
#include "ui/mainwindow/salespanel.h"
#include "ui/mainwindow/settingsdialog.h"
#include "ui/mainwindow/statusbarwidgets.h"
#include "ui/mainwindow/ticketprinter.h"
#include "ui/mainwindow/uisupport.h"
#include "ui/seatmap/seatmaplegend.h"
#include "ui/seatmap/seatmapview.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QPrintDialog>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <limits>

using namespace tessera;
using tessera::test::AcceptingPrompter;
using tessera::test::outputDir;
using namespace Qt::StringLiterals;

namespace {

const QString kClerk = u"clerk@test-1"_s;
const QString kOtherClerk = u"clerk@box-2"_s;

} // namespace

/// The main window on a real LocalBoxOffice over a SQLite file, driven like a clerk would:
/// clicks on the drawn seats, the cart's buttons, typed customer details, the order lookup.
class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void eventListFiltersByNameAndDate();
    void endedEventsAreHiddenAndSellNothing();
    void eventsChangedInAnotherWindowShowHere();
    void holdAndSellClickedSeats();
    void badEmailIsShownInlineAndSellsNothing();
    void bannerFloatsOverTheMap();
    void otherEventAsksBeforeGivingBackTheHold();
    void keysHelpListsEveryMenusKeys();
    void seatTakenElsewhereGivesClearMessage();
    void saleRefusedByTheDatabaseClearsTheCart();
    void bestAvailableHoldsTogether();
    void bestAvailableOnAStadiumIsShown();
    void standingAreaSellsByQuantity();
    void releaseFreesTheSeats();
    void earlierHoldIsOfferedAfterARestart();
    void earlierHoldIsNotOfferedOnceTheEventEnds();
    void cancelThroughOrderLookup();
    void ticketsAndReceiptAsPdf();
    void statusBarShowsDatabaseState();
    void settingsRefuseABadDatabaseAddress();
    void pricesShowTheChosenCurrency();
    void salesPanelFitsAfterASale();
    void screenshots();

private:
    /// Available stalls seats next to each other, from `from` on.
    QList<quint32> availableSeats(int count, quint32 from = 200) const;
    void clickSeat(quint32 seat, Qt::KeyboardModifiers modifiers = {});
    void holdSeatsByClicking(const QList<quint32> &seats);
    /// A box office on the test's file (nullptr, with a warning, when it cannot open).
    std::unique_ptr<LocalBoxOffice> officeOnTheFile() const;
    /// The box office on the test's file, and a window on it showing m_event.
    void openOffice();
    void openWindow();
    /// Tessera stops without giving its holds back (a crash, a power cut): the window goes away
    /// without being closed; then the box office and the window open again. False on a failure.
    bool restartWithoutClosing();
    void sellHeld(const QString &name, const QString &email);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalBoxOffice> m_office;
    std::unique_ptr<MainWindow> m_window;
    AcceptingPrompter m_prompter;
    Event m_event;
    std::shared_ptr<const CatalogEntry> m_entry;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"TesseraTests"_s);
    QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
    QSettings().clear();
}

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    openOffice();
    if (QTest::currentTestFailed())
        return;
    const DemoEvent theatre = demoEvents(QDateTime::currentDateTimeUtc()).first();
    const Result<Event> created = m_office->createEvent(theatre.event, theatre.layout).result();
    QVERIFY2(created, created ? "" : qPrintable(created.error().message));
    m_event = *created;
    m_entry = m_office->catalogEntry(m_event.id);
    openWindow();
}

std::unique_ptr<LocalBoxOffice> TestMainWindow::officeOnTheFile() const
{
    return tessera::test::officeOnFile(m_dir->filePath(u"tessera.db"_s));
}

void TestMainWindow::openOffice()
{
    m_office = officeOnTheFile();
    QVERIFY(m_office);
}

void TestMainWindow::openWindow()
{
    m_window = std::make_unique<MainWindow>(*m_office, u"sqlite://"_s + m_dir->filePath(u"tessera.db"_s));
    m_window->setTerminalName(kClerk);
    m_prompter.questions.clear(); // each test counts its own questions
    m_prompter.acceptTexts.clear();
    m_prompter.accept = true;
    m_window->setPrompter(&m_prompter);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTRY_COMPARE(m_window->currentEventId(), m_event.id);
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_office.reset();
    m_dir.reset();
}

void TestMainWindow::settingsRefuseABadDatabaseAddress()
{
    SettingsDialog dialog(u"sqlite:///var/lib/tessera/hall.db"_s);
    dialog.show();
    const QString before = AppSettings::databaseUrl();
    dialog.databaseEdit()->setText(u"mysql://box/office"_s);
    dialog.accept();
    // Said under the field, in words; nothing saved, the dialog stays open.
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.databaseMessage()->isVisible());
    QVERIFY2(dialog.databaseMessage()->text().startsWith(u"Invalid database URL: unknown scheme"_s),
             qPrintable(dialog.databaseMessage()->text()));
    QCOMPARE(AppSettings::databaseUrl(), before);
    if (const QString dir = outputDir(); !dir.isEmpty())
        QVERIFY(dialog.grab().save(dir + u"/settings-bad-database.png"_s));
    // Typing again clears the message; a good address is saved.
    QTest::keyClicks(dialog.databaseEdit(), u"x"_s);
    QVERIFY(!dialog.databaseMessage()->isVisible());
    const QString url = u"sqlite://"_s + m_dir->filePath(u"other.db"_s);
    dialog.databaseEdit()->setText(url);
    dialog.accept();
    QVERIFY(!dialog.isVisible());
    QCOMPARE(AppSettings::databaseUrl(), url);
    AppSettings::setDatabaseUrl(before);
    // The window names the database it works on now.
    bool named = false;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        named = named || label->text().contains(u"In use now: sqlite:///var/lib/tessera/hall.db"_s);
    QVERIFY(named);
}

void TestMainWindow::pricesShowTheChosenCurrency()
{
    const QString plain = QLocale().toString(45.0, 'f', 2);
    QVERIFY2(formatPrice(4500).contains(plain), qPrintable(formatPrice(4500)));
    // A code no locale knows is refused and changes nothing.
    const QString before = formatPrice(4500);
    QVERIFY(!setCurrencySetting(u"XYZ"_s));
    QCOMPARE(currencySetting(), QString());
    QCOMPARE(formatPrice(4500), before);

    // Chosen in the settings dialog the main window opens, on OK every price on screen says it.
    m_window->openSettings();
    auto *dialog = m_window->findChild<SettingsDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QComboBox *currency = dialog->currencyBox();
    QCOMPARE(currency->currentIndex(), 0); // the system's currency by default
    const int euro = currency->findData(u"EUR"_s);
    QVERIFY(euro > 0);
    QVERIFY2(currency->itemText(euro).contains(u"€"_s), qPrintable(currency->itemText(euro)));
    currency->setCurrentIndex(euro);
    if (const QString dir = outputDir(); !dir.isEmpty())
        QVERIFY(dialog->grab().save(dir + u"/settings-currency.png"_s));
    dialog->accept();
    QCOMPARE(currencySetting(), u"EUR"_s);
    QCOMPARE(priceCurrency().symbol, u"€"_s);
    QVERIFY2(formatPrice(4500).contains(u"€"_s) && formatPrice(4500).contains(plain),
             qPrintable(formatPrice(4500)));

    const PriceCategory &category = m_entry->layout.categories.at(0);
    const QString price = formatPrice(category.priceCents);
    const QStringList legend = m_window->legend()->entries();
    QVERIFY2(legend.contains(category.name + u' ' + price), qPrintable(legend.join(u" | "_s)));
    QComboBox *best = m_window->salesPanel()->bestCategoryBox();
    QCOMPARE(best->itemText(best->findData(category.id)), category.name + u" ("_s + price + u')');
    const QList<quint32> seats = availableSeats(1);
    m_window->seatMap()->setSelectedSeats({seats[0]});
    const QString selection = m_window->statusWidgets()->selectionLabel()->text();
    QVERIFY2(selection.endsWith(formatPrice(m_entry->seatPriceCents[seats[0]])), qPrintable(selection));
    if (const QString dir = outputDir(); !dir.isEmpty()) {
        QCoreApplication::processEvents(); // the status bar lays out its new text
        QVERIFY(m_window->grab().save(dir + u"/main-window-currency.png"_s));
    }

    // Every currency offered can be read: a symbol of printable characters, and a name only
    // in the user's language or English (here the C locale: English).
    for (const Currency &known : knownCurrencies()) {
        QVERIFY2(!known.symbol.trimmed().isEmpty(), qPrintable(known.code));
        for (const QChar c : QString(known.symbol + known.name))
            QVERIFY2(c.isPrint() && c.script() != QChar::Script_Arabic && c.script() != QChar::Script_Han,
                     qPrintable(known.code + u' ' + known.name + u' ' + known.symbol));
    }
    // The C locale writes amounts as US English does: the symbol first.
    if (QLocale().language() == QLocale::C) {
        QVERIFY(setCurrencySetting(u"gbp"_s));
        QCOMPARE(formatPrice(165400), u"£1,654.00"_s);
    }

    QVERIFY(setCurrencySetting(QString()));
    QCOMPARE(formatPrice(4500), before);
}

QList<quint32> TestMainWindow::availableSeats(int count, quint32 from) const
{
    const EventSpace *space = m_office->seatSpace(m_event.id);
    QList<quint32> seats;
    for (quint32 s = from; s < space->seatCount() && seats.size() < count; ++s) {
        if (space->seatState(s) == SeatState::Available)
            seats << s;
        else
            seats.clear();
    }
    return seats;
}

void TestMainWindow::clickSeat(quint32 seat, Qt::KeyboardModifiers modifiers)
{
    SeatMapView *map = m_window->seatMap();
    if (map->detail() != SeatMapDetail::Seats)
        map->setScale(30 / map->geometry().pitch());
    map->ensureSeatVisible(seat);
    QTest::mouseClick(map->viewport(), Qt::LeftButton, modifiers, map->seatCentreInView(seat).toPoint());
}

void TestMainWindow::holdSeatsByClicking(const QList<quint32> &seats)
{
    for (qsizetype i = 0; i < seats.size(); ++i)
        clickSeat(seats[i], i == 0 ? Qt::NoModifier : Qt::ControlModifier);
    QCOMPARE(m_window->seatMap()->selectedSeats(), seats);
    SalesPanel *sales = m_window->salesPanel();
    QTRY_VERIFY(sales->holdButton()->isEnabled());
    QTest::mouseClick(sales->holdButton(), Qt::LeftButton);
    QTRY_VERIFY(sales->currentHold().has_value());
}

void TestMainWindow::sellHeld(const QString &name, const QString &email)
{
    SaleForm *form = m_window->salesPanel()->saleForm();
    QTest::keyClicks(form->nameEdit(), name);
    QTest::keyClicks(form->emailEdit(), email);
    QVERIFY(form->sellButton()->isEnabled());
    QTest::mouseClick(form->sellButton(), Qt::LeftButton);
    QTRY_VERIFY(!m_window->salesPanel()->currentHold().has_value());
    QTRY_VERIFY(m_window->salesPanel()->lastOrder().has_value());
}

void TestMainWindow::eventListFiltersByNameAndDate()
{
    EventPicker *picker = m_window->eventPicker();
    QAbstractItemModelTester tester(picker->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto second = demoEvents(QDateTime::currentDateTimeUtc())[1];
    QVERIFY(m_office->createEvent(second.event, second.layout).result());
    QTRY_COMPARE(picker->model()->rowCount(), 2);
    QCOMPARE(picker->listView()->model()->rowCount(), 2);
    QTest::keyClicks(picker->filterEdit(), u"haml"_s);
    QCOMPARE(picker->listView()->model()->rowCount(), 1);
    // The places left never break over two lines: the list wraps after the venue instead.
    const QString shown = picker->listView()->model()->index(0, 0).data().toString();
    const QString places = shown.section(u" · "_s, -1);
    QVERIFY2(places.contains(u"left"_s) && !places.contains(u' '), qPrintable(shown));
    picker->filterEdit()->clear();
    QTest::keyClicks(picker->filterEdit(),
                     second.event.startTime.toLocalTime().toString(Qt::ISODate).left(10));
    QCOMPARE(picker->listView()->model()->rowCount(), 1);
    QCOMPARE(picker->listView()->model()->index(0, 0).data(EventListModel::EventIdRole).toUuid(),
             picker->model()->events().at(1).id);
    // Words in any order, each the start of a word: "dec 9" and "9 Dec" find the 9th; the end
    // of a number ("026" of 2026) finds nothing.
    const QDateTime start = second.event.startTime.toLocalTime();
    for (const QString &words : {QLocale().toString(start.date(), u"MMM d"_s).toLower(),
                                 QLocale().toString(start.date(), u"d MMM"_s)}) {
        picker->filterEdit()->clear();
        QTest::keyClicks(picker->filterEdit(), words);
        QCOMPARE(picker->listView()->model()->rowCount(), 1);
        QCOMPARE(picker->listView()->model()->index(0, 0).data(EventListModel::EventIdRole).toUuid(),
                 picker->model()->events().at(1).id);
    }
    // Commas and full stops after a word do not count: "9 dec." as "9 dec".
    picker->filterEdit()->clear();
    QTest::keyClicks(picker->filterEdit(), QLocale().toString(start.date(), u"d MMM"_s) + u".,"_s);
    QCOMPARE(picker->listView()->model()->rowCount(), 1);
    picker->filterEdit()->clear();
    QTest::keyClicks(picker->filterEdit(), QString::number(start.date().year()).mid(1)); // "026"
    QCOMPARE(picker->listView()->model()->rowCount(), 0);
    // A day's number is a whole number, not the start of the hour, the year or a numeric date:
    // "1" (of 19:30) finds only the events on the 1st.
    const QString digit = QString::number(start.time().hour()).left(1);
    int onThatDay = 0;
    for (const Event &event : picker->model()->events())
        onThatDay += event.startTime.toLocalTime().date().day() == digit.toInt() ? 1 : 0;
    picker->filterEdit()->clear();
    QTest::keyClicks(picker->filterEdit(), digit);
    QCOMPARE(picker->listView()->model()->rowCount(), onThatDay);
    picker->filterEdit()->clear();
    QTest::keyClicks(picker->filterEdit(), start.toString(u"HH:mm"_s));
    QCOMPARE(picker->listView()->model()->rowCount(), 2); // both start at the same time of day
    // No match: the list says so instead of staying blank.
    auto *note = picker->findChild<QLabel *>(u"eventListNote"_s);
    QVERIFY(note);
    picker->filterEdit()->clear();
    QVERIFY(!note->isVisible());
    QTest::keyClicks(picker->filterEdit(), u"no such event"_s);
    QCOMPARE(picker->listView()->model()->rowCount(), 0);
    QVERIFY(note->isVisible());
    QCOMPARE(note->text(), u"No event matches \u201cno such event\u201d."_s);
    if (const QString dir = outputDir(); !dir.isEmpty())
        QVERIFY(m_window->grab().save(dir + u"/mainwindow-no-matching-event.png"_s));
    // The chosen event stays shown while the list is filtered, even when the search hides it
    // and leaves another event alone in the list; clearing the search marks it again.
    QCOMPARE(m_window->currentEventId(), m_event.id);
    picker->filterEdit()->clear();
    QTest::keyClicks(picker->filterEdit(), second.event.name);
    QCOMPARE(picker->listView()->model()->rowCount(), 1);
    QCOMPARE(m_window->currentEventId(), m_event.id);
    QVERIFY(!picker->listView()->currentIndex().isValid());
    picker->filterEdit()->clear();
    QCOMPARE(picker->listView()->currentIndex().data(EventListModel::EventIdRole).toUuid(), m_event.id);
    QCOMPARE(m_window->currentEventId(), m_event.id);
    QVERIFY(!note->isVisible());
}

void TestMainWindow::endedEventsAreHiddenAndSellNothing()
{
    EventPicker *picker = m_window->eventPicker();
    QAbstractItemModel *shown = picker->listView()->model();
    const auto second = demoEvents(QDateTime::currentDateTimeUtc())[1];
    Event yesterday = second.event;
    yesterday.name = u"Yesterday's concert"_s;
    yesterday.startTime = QDateTime::currentDateTimeUtc().addDays(-1);
    yesterday.endTime = yesterday.startTime.addSecs(3 * 3600);
    const Result<Event> ended = m_office->createEvent(yesterday, second.layout).result();
    QVERIFY2(ended, ended ? "" : qPrintable(ended.error().message));
    QTRY_COMPARE(picker->model()->rowCount(), 2);
    // Over, so not listed; the box below says how many are hidden.
    QCOMPARE(shown->rowCount(), 1);
    QCOMPARE(shown->index(0, 0).data(EventListModel::EventIdRole).toUuid(), m_event.id);
    QVERIFY(picker->showEndedBox()->isEnabled());
    QVERIFY2(picker->showEndedBox()->text().contains(u"(1)"_s), qPrintable(picker->showEndedBox()->text()));

    picker->showEndedBox()->setChecked(true);
    QCOMPARE(shown->rowCount(), 2);
    const QModelIndex row = shown->index(0, 0);
    QCOMPARE(row.data(EventListModel::EventIdRole).toUuid(), ended->id);
    QVERIFY2(row.data().toString().endsWith(u"ended"_s), qPrintable(row.data().toString()));
    QVERIFY(row.data(Qt::ForegroundRole).isValid());
    QVERIFY(!shown->index(1, 0).data(Qt::ForegroundRole).isValid());

    // Chosen, it stays listed when the box is cleared; its seats can be looked at, not held.
    picker->listView()->setCurrentIndex(row);
    QTRY_COMPARE(m_window->currentEventId(), ended->id);
    picker->showEndedBox()->setChecked(false);
    QCOMPARE(shown->rowCount(), 2);
    QTRY_COMPARE(m_window->seatMap()->entry()->event.id, ended->id);
    clickSeat(0);
    QCOMPARE(m_window->seatMap()->selectedSeats(), QList<quint32>{0});
    SalesPanel *sales = m_window->salesPanel();
    QVERIFY(sales->eventEnded());
    QVERIFY(!sales->holdButton()->isEnabled());
    QVERIFY(!sales->bestButton()->isEnabled());
    const QString title = sales->findChild<QLabel *>(u"cartTitle"_s)->text();
    QVERIFY2(title.contains(u"ended"_s), qPrintable(title));
    // Nothing to take money for: the selection is neither listed nor totalled.
    QCOMPARE(sales->cartList()->count(), 0);
    QCOMPARE(sales->totalLabel()->text(), QString());
    QCOMPARE(m_window->statusWidgets()->selectionLabel()->text(), u"1 seat selected"_s);
    // Ctrl+H asks the box office anyway, which says why not.
    QTest::keyClick(m_window.get(), Qt::Key_H, Qt::ControlModifier);
    QTRY_COMPARE(m_window->banner()->kind(), MessageBanner::Kind::Error);
    QVERIFY2(m_window->banner()->text().contains(u"ended"_s), qPrintable(m_window->banner()->text()));
    if (const QString dir = outputDir(); !dir.isEmpty()) {
        m_window->resize(1280, 800);
        QCoreApplication::processEvents();
        QVERIFY(m_window->grab().save(dir + u"/ended-event.png"_s));
    }
    QVERIFY(!m_window->salesPanel()->currentHold().has_value());
    QCOMPARE(m_office->seatSpace(ended->id)->seatState(0), SeatState::Available);

    // Another event chosen, the ended one leaves the list.
    picker->selectEvent(m_event.id);
    QTRY_COMPARE(m_window->currentEventId(), m_event.id);
    QTRY_COMPARE(shown->rowCount(), 1);
}

void TestMainWindow::eventsChangedInAnotherWindowShowHere()
{
    // A second window (its own box office) on the same file adds an event, renames the shown
    // one and gives it a new layout: this window follows without a restart.
    const std::unique_ptr<LocalBoxOffice> other = officeOnTheFile();
    QVERIFY(other);
    EventPicker *picker = m_window->eventPicker();
    const auto second = demoEvents(QDateTime::currentDateTimeUtc())[1];
    QVERIFY(other->createEvent(second.event, second.layout).result());
    QTRY_COMPARE_WITH_TIMEOUT(picker->model()->rowCount(), 2, 10'000);

    Event renamed = other->catalogEntry(m_event.id)->event;
    renamed.name = u"Hamlet (matinee)"_s;
    QVERIFY(other->updateEvent(renamed).result());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->windowTitle().startsWith(renamed.name), 10'000);

    VenueLayout smaller = m_entry->layout;
    smaller.seats = smaller.seats.mid(0, 100);
    QVERIFY(other->replaceLayout(m_event.id, smaller).result());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->seatMap()->space()->seatCount(), 100, 10'000);
    QCOMPARE(m_window->currentEventId(), m_event.id);
    QCOMPARE(m_window->seatMap()->entry()->layout.seats.size(), 100);
}

bool TestMainWindow::restartWithoutClosing()
{
    m_window.reset();
    m_office.reset();
    openOffice();
    if (QTest::currentTestFailed())
        return false;
    openWindow();
    return !QTest::currentTestFailed();
}

void TestMainWindow::earlierHoldIsOfferedAfterARestart()
{
    const QList<quint32> seats = availableSeats(2, 400);
    holdSeatsByClicking(seats);
    QVERIFY(m_window->salesPanel()->takeBackButton()->isHidden());
    if (!restartWithoutClosing())
        return;
    SalesPanel *sales = m_window->salesPanel();
    QVERIFY(!sales->currentHold().has_value());
    QTRY_VERIFY(!sales->takeBackButton()->isHidden());
    QVERIFY2(sales->takeBackButton()->text().contains(u"2 held place"_s),
             qPrintable(sales->takeBackButton()->text()));
    if (const QString dir = outputDir(); !dir.isEmpty())
        QVERIFY(m_window->grab().save(dir + u"/mainwindow-earlier-hold.png"_s));
    QTest::mouseClick(sales->takeBackButton(), Qt::LeftButton);
    QVERIFY(sales->currentHold().has_value());
    QVERIFY(sales->takeBackButton()->isHidden());
    QCOMPARE(sales->cartList()->count(), 2);
    sellHeld(u"Grace Hopper"_s, u"grace@example.org"_s);
    QCOMPARE(sales->lastOrder()->tickets.size(), 2);
    for (quint32 seat : seats)
        QCOMPARE(m_office->seatSpace(m_event.id)->seatState(seat), SeatState::Sold);
    QVERIFY(sales->takeBackButton()->isHidden()); // nothing else was held
}

/// A hold left from before cannot be sold once its event has ended: the offer goes away then.
void TestMainWindow::earlierHoldIsNotOfferedOnceTheEventEnds()
{
    holdSeatsByClicking(availableSeats(2, 400));
    if (!restartWithoutClosing())
        return;
    SalesPanel *sales = m_window->salesPanel();
    QTRY_VERIFY(!sales->takeBackButton()->isHidden());

    // The event is moved to end in a moment (as if it had been on for hours).
    Event ending = m_office->catalogEntry(m_event.id)->event;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ending.startTime = now.addSecs(-3600);
    ending.endTime = now.addSecs(8);
    const Result<Event> updated = m_office->updateEvent(ending).result();
    QVERIFY2(updated, qPrintable(updated ? QString() : updated.error().message));
    QTRY_COMPARE_WITH_TIMEOUT(sales->entry()->event.endTime, ending.endTime, 10'000);
    QTRY_VERIFY(!sales->takeBackButton()->isHidden()); // still offered until the end
    // A seat selected before the end: its value shows until the end, then only the count.
    const QList<quint32> selected = availableSeats(1, 600);
    QCOMPARE(selected.size(), 1);
    clickSeat(selected.first());
    QLabel *selection = m_window->statusWidgets()->selectionLabel();
    QVERIFY2(selection->text().startsWith(u"1 seat selected, "_s), qPrintable(selection->text()));
    QTRY_VERIFY_WITH_TIMEOUT(sales->takeBackButton()->isHidden(), 20'000);
    QVERIFY(!sales->currentHold().has_value());
    QTRY_COMPARE(selection->text(), u"1 seat selected"_s);
    // The header says so too, without waiting for anything else to change.
    const QLabel *header = m_window->findChild<QLabel *>(u"eventHeader"_s);
    QVERIFY(header);
    QTRY_VERIFY2(header->text().contains(u"<b>ended</b>"_s), qPrintable(header->text()));
    if (const QString dir = outputDir(); !dir.isEmpty())
        QVERIFY(m_window->grab().save(dir + u"/mainwindow-ended-no-take-back.png"_s));
}

void TestMainWindow::holdAndSellClickedSeats()
{
    const QList<quint32> seats = availableSeats(2);
    QCOMPARE(seats.size(), 2);
    holdSeatsByClicking(seats);
    const EventSpace *space = m_office->seatSpace(m_event.id);
    const HolderId me = m_office->holderId(kClerk);
    for (quint32 seat : seats) {
        QCOMPARE(space->seatState(seat), SeatState::Held);
        QCOMPARE(space->seatHolder(seat), me);
    }
    SalesPanel *sales = m_window->salesPanel();
    QCOMPARE(sales->cartList()->count(), 2);
    QVERIFY(sales->cartList()->item(0)->text().contains(m_entry->seatDescription(seats[0])));
    QVERIFY(sales->countdownLabel()->text().contains(u"left"_s));
    QVERIFY(sales->secondsLeft() > 0);
    QVERIFY(m_window->seatMap()->selectedSeats().isEmpty());

    sales->saleForm()->paymentBox()->setCurrentIndex(1); // card
    sellHeld(u"Ada Lovelace"_s, u"ada@example.org"_s);
    const Order order = *sales->lastOrder();
    QCOMPARE(order.tickets.size(), 2);
    QCOMPARE(order.payment, PaymentMethod::Card);
    QCOMPARE(order.customerName, u"Ada Lovelace"_s);
    QCOMPARE(order.totalCents, m_entry->seatPriceCents[seats[0]] + m_entry->seatPriceCents[seats[1]]);
    for (quint32 seat : seats)
        QCOMPARE(space->seatState(seat), SeatState::Sold);
    QCOMPARE(m_window->banner()->kind(), MessageBanner::Kind::Info);
    QVERIFY2(m_window->banner()->text().contains(u"Sold 2 tickets"_s),
             qPrintable(m_window->banner()->text()));
    QVERIFY(sales->saleForm()->nameEdit()->text().isEmpty());
    // The sold seats can no longer be selected on the map.
    clickSeat(seats[0]);
    QVERIFY(m_window->seatMap()->selectedSeats().isEmpty());
}

void TestMainWindow::badEmailIsShownInlineAndSellsNothing()
{
    holdSeatsByClicking(availableSeats(1));
    SaleForm *form = m_window->salesPanel()->saleForm();
    // Where the fields are: the message must not move them under the clerk's mouse.
    auto positions = [&] {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        return QList<QPoint>{form->nameEdit()->mapTo(m_window.get(), QPoint()),
                             form->emailEdit()->mapTo(m_window.get(), QPoint()),
                             form->sellButton()->mapTo(m_window.get(), QPoint())};
    };
    const QList<QPoint> before = positions();
    QTest::keyClicks(form->emailEdit(), u"ada at example.org"_s);
    QTest::mouseClick(form->sellButton(), Qt::LeftButton);
    QVERIFY(form->problemLabel()->isVisible());
    QVERIFY2(form->problemLabel()->text().contains(u"not an e-mail address"_s),
             qPrintable(form->problemLabel()->text()));
    QCOMPARE(positions(), before);
    QVERIFY(form->problemLabel()->height() >= 2 * form->problemLabel()->fontMetrics().lineSpacing());
    QVERIFY(m_window->salesPanel()->currentHold().has_value());
    QVERIFY(!m_window->salesPanel()->lastOrder().has_value());
    // Corrected, it sells.
    form->emailEdit()->clear();
    QVERIFY(!form->problemLabel()->isVisible());
    QCOMPARE(positions(), before);
    sellHeld(QString(), u"ada@example.org"_s);
    QCOMPARE(m_window->salesPanel()->lastOrder()->customerEmail, u"ada@example.org"_s);
}

void TestMainWindow::bannerFloatsOverTheMap()
{
    // A message comes and goes over the top of the map: the seats stay under the mouse.
    SeatMapView *map = m_window->seatMap();
    MessageBanner *banner = m_window->banner();
    banner->dismiss();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QRect before = QRect(map->mapTo(m_window.get(), QPoint()), map->size());
    banner->showError(u"Seat A-12 is already held by clerk@box-2."_s);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCOMPARE(QRect(map->mapTo(m_window.get(), QPoint()), map->size()), before);
    const QRect shown = QRect(banner->mapTo(m_window.get(), QPoint()), banner->size());
    QVERIFY(banner->isVisible());
    QVERIFY2(before.contains(shown), "the banner lies over the map");
    QVERIFY(shown.height() >= banner->minimumSizeHint().height());
    // It covers no seat of the fitted venue, nor after zooming in and scrolling to the top: the
    // map keeps the room of a one-line message free above the venue. A venue without a stage,
    // in a wide, low window: its top row is the top of the fitted view.
    auto open = demoEvents(QDateTime::currentDateTimeUtc())[1];
    open.event.name = u"Open-air concert"_s;
    open.layout.stageWidth = 0;
    open.layout.stageHeight = 0;
    const Result<Event> openAir = m_office->createEvent(open.event, open.layout).result();
    QVERIFY2(openAir, openAir ? "" : qPrintable(openAir.error().message));
    m_window->openEvent(openAir->id);
    QTRY_VERIFY(map->entry() && map->entry()->event.id == openAir->id);
    const QSize windowSize = m_window->size();
    m_window->resize(windowSize.width() + 600, 520);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const int bannerBottom =
        map->viewport()
            ->mapFrom(m_window.get(), banner->mapTo(m_window.get(), QPoint(0, banner->height())))
            .y();
    auto topOfSeats = [map] {
        double top = std::numeric_limits<double>::max();
        for (quint32 s = 0; s < quint32(map->geometry().seatCount()); ++s)
            top = std::min(top, map->seatCentreInView(s).y() - map->geometry().pitch() * map->scale() / 2);
        return top;
    };
    for (bool zoomed : {false, true}) {
        map->fitToView();
        if (zoomed) {
            map->setScale(map->scale() * 3);
            map->verticalScrollBar()->setValue(map->verticalScrollBar()->minimum());
        }
        QVERIFY2(topOfSeats() >= bannerBottom,
                 qPrintable(u"zoomed %1: seats from y %2, the banner down to %3"_s.arg(zoomed)
                                .arg(topOfSeats())
                                .arg(bannerBottom)));
    }
    // The keyboard's seat cursor, moved to the first seat from further down, is scrolled out
    // from under the banner too.
    map->verticalScrollBar()->setValue(map->verticalScrollBar()->maximum());
    map->setFocusSeat(0);
    QVERIFY2(map->seatCentreInView(0).y() > bannerBottom,
             qPrintable(u"the seat cursor at y %1, the banner down to %2"_s.arg(map->seatCentreInView(0).y())
                            .arg(bannerBottom)));
    if (const QString dir = outputDir(); !dir.isEmpty())
        QVERIFY(m_window->grab().save(dir + u"/mainwindow-banner-over-open-air.png"_s));
    m_window->resize(windowSize);
    m_window->openEvent(m_event.id);
    QTRY_VERIFY(map->entry() && map->entry()->event.id == m_event.id);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    // A longer text wraps and the banner grows to show it whole.
    banner->showError(QString(u"A long message about a seat. "_s).repeated(12));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QVERIFY(banner->height() > shown.height());
    banner->dismiss();
    QCOMPARE(QRect(map->mapTo(m_window.get(), QPoint()), map->size()), before);
    // A confirmation makes way once the clerk clicks on the map again; an error stays.
    banner->showInfo(u"Sold 2 tickets."_s);
    clickSeat(availableSeats(1, 300).first());
    QVERIFY(!banner->isVisible());
    banner->showError(u"Seat A-12 is already held by clerk@box-2."_s);
    clickSeat(availableSeats(1, 300).first());
    QVERIFY(banner->isVisible());
}

void TestMainWindow::otherEventAsksBeforeGivingBackTheHold()
{
    const QList<quint32> seats = availableSeats(2, 300);
    holdSeatsByClicking(seats);
    const QUuid holdId = m_window->salesPanel()->currentHold()->id;
    auto concert = demoEvents(QDateTime::currentDateTimeUtc())[1];
    const Result<Event> other = m_office->createEvent(concert.event, concert.layout).result();
    QVERIFY2(other, other ? "" : qPrintable(other.error().message));
    EventPicker *picker = m_window->eventPicker();
    QTRY_COMPARE(picker->listView()->model()->rowCount(), 2);
    auto rowOf = [picker](const QUuid &id) {
        QAbstractItemModel *shown = picker->listView()->model();
        for (int row = 0; row < shown->rowCount(); ++row) {
            if (shown->index(row, 0).data(EventListModel::EventIdRole).toUuid() == id)
                return shown->index(row, 0);
        }
        return QModelIndex();
    };
    m_window->banner()->showInfo(u"Held 2 places."_s);

    // "Go back": the hold, the event and the list stay as they were, however often the clerk
    // clicks the other event (the list marked it after the second click).
    m_prompter.accept = false;
    QListView *list = picker->listView();
    for (int click = 1; click <= 2; ++click) {
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(rowOf(other->id)).center());
        QCoreApplication::processEvents();
        QCOMPARE(m_prompter.questions.size(), click);
        QCOMPARE(list->currentIndex(), rowOf(m_event.id));
        QCOMPARE(list->selectionModel()->selectedIndexes(), QModelIndexList{rowOf(m_event.id)});
    }
    // (English plurals come from the translation, which this test does not load.)
    QVERIFY2(m_prompter.questions.first().startsWith(u"Release the 2 place"_s),
             qPrintable(m_prompter.questions.first()));
    QVERIFY(m_prompter.questions.first().contains(u"held for this customer at "_s + m_event.name));
    QVERIFY(m_prompter.questions.first().contains(other->name));
    QCOMPARE(m_window->currentEventId(), m_event.id);
    QCOMPARE(picker->listView()->currentIndex(), rowOf(m_event.id));
    QVERIFY(m_window->salesPanel()->currentHold());
    QCOMPARE(m_window->salesPanel()->currentHold()->id, holdId);
    const EventSpace *space = m_office->seatSpace(m_event.id);
    QCOMPARE(space->seatState(seats.first()), SeatState::Held);

    // Agreed: the places go back and the other event opens, without the first one's message.
    m_prompter.accept = true;
    picker->listView()->setCurrentIndex(rowOf(other->id));
    QTRY_COMPARE(m_window->currentEventId(), other->id);
    QCOMPARE(m_prompter.questions.size(), 3);
    QVERIFY(!m_window->salesPanel()->currentHold());
    QTRY_COMPARE(space->seatState(seats.first()), SeatState::Available);
    QCOMPARE(space->seatState(seats.last()), SeatState::Available);
    QVERIFY(!m_window->banner()->isVisible());
    // Nothing held: back again without a question.
    picker->listView()->setCurrentIndex(rowOf(m_event.id));
    QTRY_COMPARE(m_window->currentEventId(), m_event.id);
    QCOMPARE(m_prompter.questions.size(), 3);
}

void TestMainWindow::keysHelpListsEveryMenusKeys()
{
    QAction *help = nullptr;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->text() == u"&Mouse and keys"_s)
            help = action;
    }
    QVERIFY(help);
    QCOMPARE(help->shortcut(), QKeySequence(QKeySequence::HelpContents));
    help->trigger();
    const QString text = m_window->banner()->text();
    QVERIFY2(text.startsWith(SeatMapView::controlsHelp()), qPrintable(text));
    for (const QString &key :
         {u"Sales: Ctrl+H Hold selected seats"_s, u"Ctrl+Return Sell"_s, u"Ctrl+F Find order"_s,
          u"View: Ctrl+K Find event"_s, u"Ctrl+0 Fit venue"_s, u"Simulation window: F5 Start · F6 Pause"_s})
        QVERIFY2(text.contains(key), qPrintable(key + u" is not in: "_s + text));
    if (const QString dir = outputDir(); !dir.isEmpty())
        QVERIFY(m_window->grab().save(dir + u"/mainwindow-keys-help.png"_s));
}

void TestMainWindow::saleRefusedByTheDatabaseClearsTheCart()
{
    // Another terminal on the same database file, opened before our hold.
    LocalBoxOffice::Options options;
    options.url = *DatabaseUrl::parse(u"sqlite://"_s + m_dir->filePath(u"tessera.db"_s));
    options.units = 1;
    auto other = LocalBoxOffice::open(options);
    QVERIFY2(other, other ? "" : qPrintable(other.error().message));
    const QList<quint32> seats = availableSeats(1, 400);
    holdSeatsByClicking(seats);
    // It sells the same seat: its space does not know our hold, the database is first to know.
    const QUuid seatId = m_entry->layout.seats[seats[0]].id;
    const Result<Hold> theirs = (*other)->holdSeats({m_event.id, {seatId}, kOtherClerk}).result();
    QVERIFY2(theirs, theirs ? "" : qPrintable(theirs.error().message));
    SaleRequest sale;
    sale.holder = kOtherClerk;
    QVERIFY((*other)->sell(theirs->id, sale).result());

    SalesPanel *sales = m_window->salesPanel();
    QTest::mouseClick(sales->saleForm()->sellButton(), Qt::LeftButton);
    QTRY_COMPARE(m_window->banner()->kind(), MessageBanner::Kind::Error);
    QVERIFY2(m_window->banner()->text().contains(u"another terminal"_s),
             qPrintable(m_window->banner()->text()));
    // The hold went with the refused sale: the cart is empty, not "held for you" with Sell on.
    QTRY_VERIFY(!sales->currentHold().has_value());
    QVERIFY(!sales->saleForm()->sellButton()->isEnabled());
    QVERIFY(!sales->lastOrder().has_value());
}

void TestMainWindow::seatTakenElsewhereGivesClearMessage()
{
    const QList<quint32> seats = availableSeats(2, 300);
    clickSeat(seats[0]);
    clickSeat(seats[1], Qt::ControlModifier);
    QCOMPARE(m_window->seatMap()->selectedSeats().size(), 2);
    // Another terminal is faster with the second seat.
    const QUuid taken = m_entry->layout.seats[seats[1]].id;
    QVERIFY(m_office->holdSeats({m_event.id, {taken}, kOtherClerk}).result());
    QTest::mouseClick(m_window->salesPanel()->holdButton(), Qt::LeftButton);
    QTRY_COMPARE(m_window->banner()->kind(), MessageBanner::Kind::Error);
    const QString text = m_window->banner()->text();
    QVERIFY2(text.contains(m_entry->seatDescription(seats[1])) && text.contains(kOtherClerk),
             qPrintable(text));
    QVERIFY(!m_window->salesPanel()->currentHold().has_value());
    // Nothing else changed: the first seat is still free, the other terminal keeps its hold.
    const EventSpace *space = m_office->seatSpace(m_event.id);
    QCOMPARE(space->seatState(seats[0]), SeatState::Available);
    QCOMPARE(space->seatState(seats[1]), SeatState::Held);
    QCOMPARE(space->seatHolder(seats[1]), m_office->holderId(kOtherClerk));
}

void TestMainWindow::bestAvailableHoldsTogether()
{
    SalesPanel *sales = m_window->salesPanel();
    sales->bestQuantityBox()->setValue(3);
    const PriceCategory &category = m_entry->layout.categories.at(1);
    sales->bestCategoryBox()->setCurrentIndex(sales->bestCategoryBox()->findData(category.id));
    QTest::mouseClick(sales->bestButton(), Qt::LeftButton);
    QTRY_VERIFY(sales->currentHold().has_value());
    const Hold hold = *sales->currentHold();
    QCOMPARE(hold.seatIds.size(), 3);
    for (const QUuid &id : hold.seatIds) {
        const quint32 seat = m_entry->seatIndexById.value(id);
        QCOMPARE(m_entry->layout.seats[seat].category, category.id);
        QCOMPARE(m_office->seatSpace(m_event.id)->seatState(seat), SeatState::Held);
    }
    QCOMPARE(sales->cartList()->count(), 3);
}

void TestMainWindow::bestAvailableOnAStadiumIsShown()
{
    // 99,120 seats fitted into the window are a pixel or two each: the places found must be
    // brought into view, or the clerk cannot tell which they are.
    auto stadium = demoEvents(QDateTime::currentDateTimeUtc())[2];
    const Result<Event> created = m_office->createEvent(stadium.event, stadium.layout).result();
    QVERIFY2(created, created ? "" : qPrintable(created.error().message));
    m_window->openEvent(created->id);
    SeatMapView *map = m_window->seatMap();
    QTRY_VERIFY(map->entry() && map->entry()->event.id == created->id);
    // Opened before the list had it: the list marks it once it comes, not the event before.
    QListView *list = m_window->eventPicker()->listView();
    QTRY_COMPARE(list->currentIndex().data(EventListModel::EventIdRole).toUuid(), created->id);
    QCOMPARE(m_window->currentEventId(), created->id);
    map->fitToView();
    QVERIFY(map->detail() != SeatMapDetail::Seats);
    SalesPanel *sales = m_window->salesPanel();
    sales->bestQuantityBox()->setValue(4);
    QTest::mouseClick(sales->bestButton(), Qt::LeftButton);
    QTRY_VERIFY(sales->currentHold().has_value());
    QCOMPARE(map->detail(), SeatMapDetail::Seats);
    const QRectF free = QRectF(map->viewport()->rect()).adjusted(0, map->topBand(), 0, 0);
    for (const QUuid &id : sales->currentHold()->seatIds) {
        const QPointF at = map->seatCentreInView(map->entry()->seatIndexById.value(id));
        QVERIFY2(free.contains(at), qPrintable(u"seat at %1, %2"_s.arg(at.x()).arg(at.y())));
    }
    if (const QString dir = outputDir(); !dir.isEmpty())
        m_window->grab().save(dir + u"/best-available-stadium.png"_s);
}

void TestMainWindow::standingAreaSellsByQuantity()
{
    QVERIFY(!m_entry->layout.standingAreas.isEmpty());
    const StandingArea &area = m_entry->layout.standingAreas.first();
    SeatMapView *map = m_window->seatMap();
    map->fitToView();
    const QPoint at =
        map->mapFromLayout(QPointF(area.x + area.width / 2, area.y + area.height / 2)).toPoint();
    QCOMPARE(map->standingAreaAt(at), 0u);
    QTest::mouseClick(map->viewport(), Qt::LeftButton, {}, at);
    SalesPanel *sales = m_window->salesPanel();
    QCOMPARE(sales->standingAreaBox()->currentData().toUuid(), area.id);
    sales->standingQuantityBox()->clear();
    QTest::keyClicks(sales->standingQuantityBox(), u"4"_s);
    QCOMPARE(sales->standingQuantityBox()->value(), 4);
    QTest::keyClick(sales->standingQuantityBox(), Qt::Key_Return); // as the Hold places button
    QTRY_VERIFY(sales->currentHold().has_value());
    QCOMPARE(sales->currentHold()->quantity, 4);
    sellHeld(u"Floor group"_s, QString());
    const StandingCounts counts = m_office->seatSpace(m_event.id)->standing(0);
    QCOMPARE(counts.sold, 4u);
    QCOMPARE(sales->lastOrder()->tickets.size(), 4);
    QTRY_VERIFY(sales->standingAreaBox()->currentText().contains(QLocale().toString(area.capacity - 4)));
}

void TestMainWindow::releaseFreesTheSeats()
{
    const QList<quint32> seats = availableSeats(2, 400);
    holdSeatsByClicking(seats);
    QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ControlModifier);
    QTRY_VERIFY(!m_window->salesPanel()->currentHold().has_value());
    for (quint32 seat : seats)
        QCOMPARE(m_office->seatSpace(m_event.id)->seatState(seat), SeatState::Available);
    // Escape clears a selection first, then the message, and only then offers to release, with
    // a question: a stray key press loses no held seat.
    holdSeatsByClicking(seats);
    const QList<quint32> more = availableSeats(1, 600);
    clickSeat(more.first());
    QVERIFY(!m_window->seatMap()->selection().isEmpty());
    // In the event search, Esc clears what was typed, and nothing else.
    QLineEdit *search = m_window->eventPicker()->filterEdit();
    search->setFocus();
    QTest::keyClicks(search, u"ham"_s);
    QTest::keyClick(search, Qt::Key_Escape);
    QVERIFY(search->text().isEmpty());
    QVERIFY(!m_window->seatMap()->selection().isEmpty());
    QTest::keyClick(m_window->seatMap(), Qt::Key_Escape);
    QVERIFY(m_window->seatMap()->selection().isEmpty());
    QVERIFY(m_window->salesPanel()->currentHold().has_value());
    while (m_window->banner()->isVisible())
        QTest::keyClick(m_window->seatMap(), Qt::Key_Escape);
    QVERIFY(m_window->salesPanel()->currentHold().has_value());
    auto question = [&] { return m_window->findChild<QMessageBox *>(u"releaseQuestion"_s); };
    QTest::keyClick(m_window->seatMap(), Qt::Key_Escape);
    QTRY_VERIFY(question());
    QVERIFY2(question()->text().contains(u"2 held place"_s), qPrintable(question()->text()));
    if (!outputDir().isEmpty())
        QVERIFY(question()->grab().save(outputDir() + u"/release-question.png"_s));
    question()->escapeButton()->click(); // Keep them
    QTRY_VERIFY(!question());
    QVERIFY(m_window->salesPanel()->currentHold().has_value());
    QCOMPARE(m_office->seatSpace(m_event.id)->seatState(seats[0]), SeatState::Held);
    m_window->activateWindow(); // as the window manager does when the question closes
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window->seatMap(), Qt::Key_Escape);
    QTRY_VERIFY(question());
    question()->defaultButton()->click(); // Release
    QTRY_VERIFY(!m_window->salesPanel()->currentHold().has_value());
    QCOMPARE(m_office->seatSpace(m_event.id)->seatState(seats[0]), SeatState::Available);
}

void TestMainWindow::cancelThroughOrderLookup()
{
    const QList<quint32> seats = availableSeats(3, 500);
    holdSeatsByClicking(seats);
    sellHeld(u"Grace Hopper"_s, u"grace@example.org"_s);
    const Order sold = *m_window->salesPanel()->lastOrder();

    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    OrderLookupDialog *lookup = m_window->findChild<OrderLookupDialog *>();
    QVERIFY(lookup);
    QTRY_VERIFY(lookup->isVisible());
    QSignalSpy found(lookup, &OrderLookupDialog::searchFinished);
    QTest::keyClicks(lookup->searchEdit(), u"hopper"_s);
    QTest::keyClick(lookup->searchEdit(), Qt::Key_Return);
    QTRY_COMPARE(found.size(), 1);
    QCOMPARE(lookup->orders().size(), 1);
    QCOMPARE(lookup->orders().first().id, sold.id);

    // Tick the second ticket and cancel it: its seat is free at once.
    QTreeWidgetItem *orderItem = lookup->resultTree()->topLevelItem(0);
    QCOMPARE(orderItem->childCount(), 3);
    const QUuid ticketId = orderItem->child(1)->data(0, Qt::UserRole + 2).toUuid();
    const auto ticket = std::find_if(sold.tickets.begin(), sold.tickets.end(),
                                     [&](const Ticket &t) { return t.id == ticketId; });
    QVERIFY(ticket != sold.tickets.end());
    const quint32 freed = m_entry->seatIndexById.value(ticket->seatId);
    orderItem->child(1)->setCheckState(0, Qt::Checked);
    // Refund is the default, and the buttons say so.
    QCOMPARE(lookup->cancelTicketsButton()->text(), u"Refund &ticked tickets"_s);
    QCOMPARE(lookup->cancelOrderButton()->text(), u"Refund whole &order"_s);
    QSignalSpy changed(lookup, &OrderLookupDialog::orderChanged);
    QTest::mouseClick(lookup->cancelTicketsButton(), Qt::LeftButton);
    QTRY_COMPARE(changed.size(), 1);
    QCOMPARE(m_prompter.questions.size(), 1);
    // The question names what goes back to the customer, and how they paid.
    const QString refundQuestion = m_prompter.questions.first();
    QVERIFY2(refundQuestion.contains(formatPrice(ticket->priceCents) + u" back to the customer ("_s
                                     + paymentText(sold.payment) + u')'),
             qPrintable(refundQuestion));
    const EventSpace *space = m_office->seatSpace(m_event.id);
    QCOMPARE(space->seatState(freed), SeatState::Available);
    QCOMPARE(lookup->orders().first().status, OrderStatus::PartiallyCancelled);
    QVERIFY(lookup->messageLabel()->text().contains(u"Refunded"_s));
    // The tree tells the refund from a cancellation: the ticket and its order say "refunded".
    orderItem = lookup->resultTree()->topLevelItem(0);
    QCOMPARE(orderItem->child(1)->text(3), u"refunded"_s);
    QCOMPARE(orderItem->child(0)->text(3), u"valid"_s);
    QVERIFY2(orderItem->text(3).startsWith(u"partly refunded"_s), qPrintable(orderItem->text(3)));

    // Then by ticket id, the whole order.
    lookup->searchEdit()->clear();
    QTest::keyClicks(lookup->searchEdit(), sold.tickets.first().id.toString(QUuid::WithoutBraces));
    QTest::keyClick(lookup->searchEdit(), Qt::Key_Return);
    QTRY_COMPARE(found.size(), 2);
    QCOMPARE(lookup->orders().size(), 1);
    lookup->kindBox()->setCurrentIndex(0); // cancel, no refund
    QCOMPARE(lookup->cancelOrderButton()->text(), u"Cancel whole &order"_s);
    QTest::mouseClick(lookup->cancelOrderButton(), Qt::LeftButton);
    QTRY_COMPARE(changed.size(), 2);
    QVERIFY2(m_prompter.questions.last().contains(u"gets nothing back"_s),
             qPrintable(m_prompter.questions.last()));
    QCOMPARE(lookup->orders().first().status, OrderStatus::Cancelled);
    orderItem = lookup->resultTree()->topLevelItem(0);
    QCOMPARE(orderItem->child(0)->text(3), u"cancelled"_s);
    QCOMPARE(orderItem->child(1)->text(3), u"refunded"_s);
    QVERIFY2(orderItem->text(3).startsWith(u"cancelled, partly refunded"_s), qPrintable(orderItem->text(3)));
    for (quint32 seat : seats)
        QCOMPARE(space->seatState(seat), SeatState::Available);
    QVERIFY(!lookup->cancelOrderButton()->isEnabled());

    if (const QString dir = outputDir(); !dir.isEmpty())
        QVERIFY(lookup->grab().save(dir + u"/order-lookup.png"_s));

    // Opened again, what the clerk types replaces the last search.
    lookup->close();
    QCOMPARE(m_window->openOrderLookup(), lookup); // as Ctrl+F does
    QTRY_VERIFY(lookup->isVisible());
    QTest::keyClicks(lookup->searchEdit(), u"hopper"_s);
    QCOMPARE(lookup->searchEdit()->text(), u"hopper"_s);
}

void TestMainWindow::ticketsAndReceiptAsPdf()
{
    holdSeatsByClicking(availableSeats(2, 600));
    sellHeld(u"Alan Turing"_s, QString());
    const Order order = *m_window->salesPanel()->lastOrder();
    const QrCode code = TicketPrinter::encodeQr(order.tickets.first().id.toString(QUuid::WithoutBraces));
    QVERIFY(code.size >= 21);
    QCOMPARE(code.modules.size(), qsizetype(code.size) * code.size);
    QVERIFY(code.isDark(0, 0)); // the finder pattern's corner
    QCOMPARE(TicketPrinter::placeText(order.tickets.first(), *m_entry).contains(u"Seat"_s), true);

    const QString dir = outputDir().isEmpty() ? m_dir->path() : outputDir();
    const QString tickets = dir + u"/tickets.pdf"_s;
    const QString receipt = dir + u"/receipt.pdf"_s;
    QVERIFY(TicketPrinter::writeTicketsPdf(tickets, order, *m_entry));
    QVERIFY(TicketPrinter::writeReceiptPdf(receipt, order, *m_entry));
    for (const QString &path : {tickets, receipt}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5).startsWith("%PDF"));
        QVERIFY(file.size() > 1000);
    }
    // A picture of the first ticket as it is printed (A6 landscape less the margins), to look at.
    QImage preview(1320, 890, QImage::Format_RGB32);
    preview.fill(Qt::white);
    {
        QPainter painter(&preview);
        TicketPrinter::paintTicket(painter, QSizeF(1320, 890), order.tickets.first(), order, *m_entry);
    }
    QVERIFY(preview.save(dir + u"/ticket.png"_s));
    const Status refused =
        TicketPrinter::writeTicketsPdf(m_dir->filePath(u"no/such/dir/t.pdf"_s), order, *m_entry);
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(u"Cannot write"_s));

    // A ticket refunded after the sale (in Find order, or at another terminal) is not handed out
    // again from "Last sale": the order is read again first.
    SalesPanel *sales = m_window->salesPanel();
    QVERIFY(sales->lastSaleLabel()->text().contains(tessera::shortId(order.id)));
    QVERIFY(m_office->cancelTickets({order.tickets[1].id}, CancelKind::Refund).result());
    sales->saveTickets();
    QTRY_COMPARE(sales->lastOrder()->tickets[1].status, TicketStatus::Cancelled);
    QCOMPARE(sales->lastOrder()->tickets[0].status, TicketStatus::Confirmed);
    QVERIFY2(sales->lastSaleLabel()->text().contains(u"1 ticket"_s)
                 && sales->lastSaleLabel()->text().contains(u"(1 cancelled)"_s),
             qPrintable(sales->lastSaleLabel()->text()));
    QFileDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = sales->findChild<QFileDialog *>()) != nullptr);
    dialog->reject();
    if (!outputDir().isEmpty())
        QVERIFY(sales->grab().save(outputDir() + u"/last-sale-after-refund.png"_s));

    // Refunded in full: nothing to hand out, not even an empty page.
    QVERIFY(m_office->cancelTickets({order.tickets[0].id}, CancelKind::Refund).result());
    sales->printTickets();
    QTRY_COMPARE(sales->lastOrder()->tickets[0].status, TicketStatus::Cancelled);
    QCOMPARE(m_window->banner()->kind(), MessageBanner::Kind::Error);
    QVERIFY2(m_window->banner()->text().contains(u"nothing to hand out"_s),
             qPrintable(m_window->banner()->text()));
    QVERIFY2(sales->lastSaleLabel()->text().contains(u"every ticket cancelled"_s),
             qPrintable(sales->lastSaleLabel()->text()));
    QVERIFY(!sales->findChild<QPrintDialog *>());
}

void TestMainWindow::statusBarShowsDatabaseState()
{
    StatusBarWidgets *status = m_window->statusWidgets();
    QTRY_VERIFY2(status->databaseLabel()->text().startsWith(u"Database: OK, backlog"_s),
                 qPrintable(status->databaseLabel()->text()));
    clickSeat(availableSeats(1, 700).first());
    QVERIFY(status->selectionLabel()->text().contains(u"1 seat selected"_s));
}

void TestMainWindow::screenshots()
{
    const QString dir = outputDir();
    if (dir.isEmpty())
        QSKIP("TESSERA_TEST_OUTPUT is not set");
    // Some of the house sold elsewhere, a hold of another terminal, our own hold and a selection.
    const EventSpace *space = m_office->seatSpace(m_event.id);
    QList<QUuid> other;
    for (quint32 seat = 0; seat < space->seatCount(); seat += 5) {
        if (space->seatState(seat) == SeatState::Available && (seat < 180 || seat > 240))
            other << m_entry->layout.seats[seat].id;
    }
    const Result<Hold> otherHold = m_office->holdSeats({m_event.id, other, kOtherClerk}).result();
    QVERIFY(otherHold);
    SaleRequest sale;
    sale.holder = kOtherClerk;
    QVERIFY(m_office->sell(otherHold->id, sale).result());
    QVERIFY(m_office->holdSeats({m_event.id, {m_entry->layout.seats[181].id}, kOtherClerk}).result());
    holdSeatsByClicking(availableSeats(4, 200));
    m_window->seatMap()->fitToView();
    const QList<quint32> next = availableSeats(2, 230);
    m_window->seatMap()->setSelectedSeats(next);
    QTRY_VERIFY(m_window->salesPanel()->countdownLabel()->text().contains(u"left"_s));
    QTRY_VERIFY(
        m_window->salesPanel()->findChild<QLabel *>(u"cartTitle"_s)->text().contains(u"More seats"_s));
    QCoreApplication::processEvents(); // lay out the changed labels before the picture
    QVERIFY(m_window->grab().save(dir + u"/main-window-theatre.png"_s));

    SaleForm *form = m_window->salesPanel()->saleForm();
    QTest::keyClicks(form->nameEdit(), u"Ada Lovelace"_s);
    QTest::keyClicks(form->emailEdit(), u"ada@example"_s);
    QTest::mouseClick(form->sellButton(), Qt::LeftButton);
    QVERIFY(form->problemLabel()->isVisible());
    QCoreApplication::processEvents();
    QVERIFY(m_window->grab().save(dir + u"/sale-form.png"_s));
    QVERIFY(m_window->salesPanel()->grab().save(dir + u"/sales-panel.png"_s));

    // The sale made: the Last sale box joins the panel.
    QTest::keyClicks(form->emailEdit(), u".org"_s);
    QTest::mouseClick(form->sellButton(), Qt::LeftButton);
    QTRY_VERIFY(m_window->salesPanel()->findChild<QGroupBox *>(u"lastSaleGroup"_s)->isEnabled());
    QCoreApplication::processEvents();
    QVERIFY(m_window->grab().save(dir + u"/main-window-last-sale.png"_s));
}

void TestMainWindow::salesPanelFitsAfterASale()
{
    // 1280 x 800 (init): with the Last sale box shown, the panel still fits without scrolling,
    // and no button moved when the box filled (the clerk reaches for them where they were).
    SalesPanel *sales = m_window->salesPanel();
    auto *lastSale = sales->findChild<QGroupBox *>(u"lastSaleGroup"_s);
    QVERIFY(lastSale->isVisible() && !lastSale->isEnabled()); // there, greyed, before a sale
    holdSeatsByClicking(availableSeats(2, 0));
    SaleForm *form = sales->saleForm();
    QTRY_VERIFY(form->sellButton()->isEnabled());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QPoint bestAt = sales->bestButton()->mapTo(sales, QPoint());
    const QPoint sellAt = form->sellButton()->mapTo(sales, QPoint());
    QTest::mouseClick(form->sellButton(), Qt::LeftButton);
    QTRY_VERIFY(lastSale->isEnabled());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCOMPARE(sales->bestButton()->mapTo(sales, QPoint()), bestAt);
    QCOMPARE(form->sellButton()->mapTo(sales, QPoint()), sellAt);
    // It stays when another event opens: it names its own.
    QCOMPARE(m_window->salesPanel()->findChild<QGroupBox *>(u"lastSaleGroup"_s)->title(),
             u"Last sale: "_s + m_event.name);
    QCoreApplication::processEvents();
    auto *area = qobject_cast<QScrollArea *>(m_window->salesPanel()->parentWidget()->parentWidget());
    QVERIFY(area);
    QVERIFY2(!area->verticalScrollBar()->isVisible(),
             qPrintable(u"panel %1 px high in %2 px"_s.arg(m_window->salesPanel()->height())
                            .arg(area->viewport()->height())));
    QVERIFY(m_window->salesPanel()->cartList()->height() >= 90);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
