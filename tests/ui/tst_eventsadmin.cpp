#include "core/boxoffice/localboxoffice.h"
#include "core/layout/demodata.h"
#include "tests/ui/uitestsupport.h"
#include "ui/admin/adminwindows.h"
#include "ui/admin/eventdialog.h"
#include "ui/admin/eventfilterproxy.h"
#include "ui/admin/eventplanpicker.h"
#include "ui/admin/eventsadmin.h"
#include "ui/admin/eventtablemodel.h"
#include "ui/admin/queueadmin.h"
#include "ui/mainwindow/eventlistmodel.h"
#include "ui/mainwindow/eventpicker.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/messagebanner.h"
#include "ui/mainwindow/prompter.h"
#include "ui/mainwindow/saleform.h"
#include "ui/mainwindow/salespanel.h"
#include "ui/seatmap/seatmapview.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace tessera;
using tessera::test::AcceptingPrompter;
using tessera::test::outputDir;
using namespace Qt::StringLiterals;

namespace {

const QString kClerk = u"clerk@admin-test"_s;

} // namespace

/// The event admin on a real LocalBoxOffice over a SQLite file, reached from the main window's
/// Admin menu: create an event with a generated plan and sell a seat of it on the map, the
/// dialog's validation, duplicate, filters, and deleting an event with sold tickets.
class TestEventsAdmin final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void createEventThenSellASeatOnTheMap();
    void validationMessagesKeepSaveDisabled();
    void editChangesTheEvent();
    void movingAnEventWithSalesAsksFirst();
    void nameOfAnotherEventIsRefused();
    void duplicateCopiesThePlan();
    void filterAndSort();
    void deleteWithSoldTicketsIsRefused();
    void deleteWithoutSalesAsksFirst();
    void ctrlWCloses();
    void escapeAndCloseButtonClose();
    void arrowsOnTheWeekdayStepDays();
    void waitingRoomOpensOnTheShownEvent();
    void screenshots();

private:
    EventsAdmin *openAdmin();
    Event createDemo(int index);
    /// Opens the admin window (into `admin`) once it lists the one event, selects it and edits it.
    QPointer<EventDialog> editOnlyEvent(const QUuid &eventId, EventsAdmin *&admin);
    /// Sells the first available seat from `from` on through the box office; returns the order.
    Order sellSeat(const QUuid &eventId, quint32 from);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalBoxOffice> m_office;
    std::unique_ptr<MainWindow> m_window;
    AcceptingPrompter m_prompter;
};

void TestEventsAdmin::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"TesseraTests"_s);
    QCoreApplication::setApplicationName(u"tst_eventsadmin"_s);
    QSettings().clear();
}

void TestEventsAdmin::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    LocalBoxOffice::Options options;
    options.url = *DatabaseUrl::parse(u"sqlite://"_s + m_dir->filePath(u"tessera.db"_s));
    options.units = 2;
    auto office = LocalBoxOffice::open(options);
    QVERIFY2(office, office ? "" : qPrintable(office.error().message));
    m_office = std::move(office.value());
    m_prompter = AcceptingPrompter();
    m_window = std::make_unique<MainWindow>(*m_office, options.url.redacted());
    m_window->setTerminalName(kClerk);
    m_window->setPrompter(&m_prompter);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestEventsAdmin::cleanup()
{
    m_window.reset();
    m_office.reset();
    m_dir.reset();
}

EventsAdmin *TestEventsAdmin::openAdmin()
{
    auto *admin = m_window->findChild<AdminWindows *>();
    if (!admin)
        return nullptr;
    admin->setPrompter(&m_prompter);
    auto *action = m_window->findChild<QAction *>(u"adminEventsAction"_s);
    if (!action || action->shortcut() != QKeySequence(u"Ctrl+Shift+E"_s))
        return nullptr;
    action->trigger();
    auto *events = m_window->findChild<EventsAdmin *>();
    return events && events->isVisible() ? events : nullptr;
}

void TestEventsAdmin::waitingRoomOpensOnTheShownEvent()
{
    createDemo(0);
    const Event arena = createDemo(1);
    m_window->openEvent(arena.id);
    QCOMPARE(m_window->currentEventId(), arena.id);
    auto *admin = m_window->findChild<AdminWindows *>();
    QVERIFY(admin);
    QPointer<QueueAdmin> queue = admin->openWaitingRoom();
    QVERIFY(queue);
    QCOMPARE(queue->eventId(), arena.id);
    auto *events = queue->findChild<QComboBox *>(u"queueEvent"_s);
    QVERIFY(events);
    QTRY_COMPARE(events->count(), 2);
    QCOMPARE(events->currentData().toUuid(), arena.id);
    QCOMPARE(queue->eventId(), arena.id);
}

void TestEventsAdmin::ctrlWCloses()
{
    QPointer<EventsAdmin> admin = openAdmin();
    QVERIFY(admin);
    // The offscreen platform leaves the main window active; a window manager would not.
    QApplication::setActiveWindow(admin);
    QCOMPARE(QApplication::activeWindow(), admin.data());
    QTest::keyClick(admin, Qt::Key_W, Qt::ControlModifier);
    QTRY_VERIFY(!admin); // closed, and deleted on close
}

void TestEventsAdmin::escapeAndCloseButtonClose()
{
    // Esc in the filter field clears what was typed; then it closes the Events window as it
    // would a dialog.
    QPointer<EventsAdmin> events = openAdmin();
    QVERIFY(events);
    QApplication::setActiveWindow(events);
    auto *filter = events->findChild<QLineEdit *>();
    QVERIFY(filter);
    filter->setFocus();
    QTest::keyClicks(filter, u"gala"_s);
    QTest::keyClick(filter, Qt::Key_Escape);
    QVERIFY(filter->text().isEmpty());
    QVERIFY(events);
    QTest::keyClick(filter, Qt::Key_Escape);
    QTRY_VERIFY(!events);

    // The Waiting room window: its Close button, at the bottom right.
    auto *admin = m_window->findChild<AdminWindows *>();
    QVERIFY(admin);
    QPointer<QueueAdmin> queue = admin->openWaitingRoom();
    QVERIFY(queue);
    auto *close = queue->findChild<QPushButton *>(u"closeButton"_s);
    QVERIFY(close);
    QVERIFY(close->isVisible());
    QVERIFY(close->toolTip().contains(u"Esc"_s));
    const QRect where(close->mapTo(queue, QPoint(0, 0)), close->size());
    QVERIFY(where.bottom() > queue->height() * 3 / 4);
    QVERIFY(where.right() > queue->width() * 3 / 4);
    QTest::mouseClick(close, Qt::LeftButton);
    QTRY_VERIFY(!queue);

    // The keys are in the F1 help.
    QAction *help = nullptr;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence(QKeySequence::HelpContents))
            help = action;
    }
    QVERIFY(help);
    help->trigger();
    const QString text = m_window->banner()->text();
    QVERIFY2(
        text.contains(u"Other windows: Ctrl+W closes the window; Esc closes the Events, Waiting room and "
                      "Simulation windows."_s),
        qPrintable(text));
}

void TestEventsAdmin::arrowsOnTheWeekdayStepDays()
{
    // The start field shows "Sun 3 Jan 2027  19:30". Up on the weekday is Monday the 4th (not
    // Monday the 28th before, where the week would wrap); down twice from there is Saturday the
    // 2nd; on the day number the arrows step days as before, and on the month, months.
    EventsAdmin *admin = openAdmin();
    QVERIFY(admin);
    QPointer<EventDialog> dialog = admin->newEvent();
    QVERIFY(dialog);
    QDateTimeEdit *start = dialog->startEdit();
    const QTime evening(19, 30);
    start->setDateTime(QDateTime(QDate(2027, 1, 3), evening));
    QCOMPARE(start->date().dayOfWeek(), 7);
    QDateTimeEdit *end = dialog->endEdit();
    end->setDateTime(start->dateTime().addSecs(3 * 3600));
    // The end keeps the event's length whichever way the start moves.
    auto lengthKept = [&] { return start->dateTime().secsTo(end->dateTime()) == 3 * 3600; };
    start->setFocus();
    start->setCurrentSectionIndex(0);
    QTest::keyClick(start, Qt::Key_Up);
    QCOMPARE(start->date(), QDate(2027, 1, 4));
    QCOMPARE(start->currentSectionIndex(), 0);
    QTest::keyClick(start, Qt::Key_Down);
    QTest::keyClick(start, Qt::Key_Down);
    QCOMPARE(start->date(), QDate(2027, 1, 2));
    QCOMPARE(start->time(), evening);
    QVERIFY(lengthKept());
    QCOMPARE(end->dateTime(), QDateTime(QDate(2027, 1, 2), QTime(22, 30)));
    start->setCurrentSectionIndex(1);
    QTest::keyClick(start, Qt::Key_Up);
    QCOMPARE(start->date(), QDate(2027, 1, 3));
    start->setCurrentSectionIndex(2);
    QTest::keyClick(start, Qt::Key_Up);
    QCOMPARE(start->date(), QDate(2027, 2, 3));
    QVERIFY(lengthKept());
    dialog->close();
}

Event TestEventsAdmin::createDemo(int index)
{
    const DemoEvent demo = demoEvents(QDateTime::currentDateTimeUtc()).at(index);
    const Result<Event> created = m_office->createEvent(demo.event, demo.layout).result();
    return created ? *created : Event{};
}

Order TestEventsAdmin::sellSeat(const QUuid &eventId, quint32 from)
{
    const auto entry = m_office->catalogEntry(eventId);
    const EventSpace *space = m_office->seatSpace(eventId);
    quint32 seat = from;
    while (seat < space->seatCount() && space->seatState(seat) != SeatState::Available)
        ++seat;
    const Result<Hold> hold = m_office->holdSeats({eventId, {entry->layout.seats[seat].id}, kClerk}).result();
    if (!hold)
        return {};
    SaleRequest sale;
    sale.holder = kClerk;
    sale.customerName = u"Grace Hopper"_s;
    const Result<Order> order = m_office->sell(hold->id, sale).result();
    return order ? *order : Order{};
}

void TestEventsAdmin::createEventThenSellASeatOnTheMap()
{
    EventsAdmin *admin = openAdmin();
    QVERIFY(admin);
    QAbstractItemModelTester modelTester(admin->model(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(admin->proxy(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QPointer<EventDialog> dialog = admin->newEvent();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->saveButton()->isEnabled()); // no name yet
    QTest::keyClicks(dialog->nameEdit(), u"Chamber Concert"_s);
    QTest::keyClicks(dialog->venueEdit(), u"Recital Hall"_s);
    QTest::keyClicks(dialog->descriptionEdit(), u"Haydn and Ravel."_s);
    EventPlanPicker *plan = dialog->planPicker();
    QCOMPARE(plan->source(), EventPlanPicker::Source::Generated);
    plan->rowsSpin()->setValue(6);
    plan->seatsPerRowSpin()->setValue(12);
    plan->priceSpin()->setValue(25.5);
    dialog->holdTimeSpin()->setValue(300);
    QVERIFY(dialog->findChild<QLabel *>(u"planSummary"_s)->text().contains(u"72"_s));
    QVERIFY(dialog->saveButton()->isEnabled());
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY(!dialog);

    // Saved: in the admin's table and in the clerk's event picker.
    QTRY_COMPARE(admin->model()->rowCount(), 1);
    const Event created = admin->model()->eventAt(0);
    QCOMPARE(created.name, u"Chamber Concert"_s);
    QCOMPARE(created.venue, u"Recital Hall"_s);
    QCOMPARE(created.description, u"Haydn and Ravel."_s);
    QCOMPARE(created.totalTickets, 72);
    QCOMPARE(created.holdTimeSeconds, 300);
    QCOMPARE(admin->selectedEventId(), created.id);
    const auto entry = m_office->catalogEntry(created.id);
    QVERIFY(entry);
    QCOMPARE(entry->layout.seats.size(), 72);
    QCOMPARE(entry->layout.categories.first().priceCents, 2550);
    QCOMPARE(entry->layout.seats.first().label(), u"Stalls A-1"_s);

    EventPicker *picker = m_window->eventPicker();
    QTRY_VERIFY(picker->model()->rowOf(created.id) >= 0);
    picker->selectEvent(created.id);
    QTRY_COMPARE(m_window->currentEventId(), created.id);

    // Sell seat C-5 like a clerk: click it on the map, hold, sell.
    const quint32 seat = 2 * 12 + 4;
    SeatMapView *map = m_window->seatMap();
    m_window->activateWindow();
    if (map->detail() != SeatMapDetail::Seats)
        map->setScale(30 / map->geometry().pitch());
    map->ensureSeatVisible(seat);
    QTest::mouseClick(map->viewport(), Qt::LeftButton, {}, map->seatCentreInView(seat).toPoint());
    QCOMPARE(map->selectedSeats(), QList<quint32>{seat});
    SalesPanel *sales = m_window->salesPanel();
    QTRY_VERIFY(sales->holdButton()->isEnabled());
    QTest::mouseClick(sales->holdButton(), Qt::LeftButton);
    QTRY_VERIFY(sales->currentHold().has_value());
    QTest::keyClicks(sales->saleForm()->nameEdit(), u"Clara Schumann"_s);
    QTest::mouseClick(sales->saleForm()->sellButton(), Qt::LeftButton);
    QTRY_VERIFY(sales->lastOrder().has_value());
    QCOMPARE(sales->lastOrder()->tickets.size(), 1);
    QCOMPARE(sales->lastOrder()->totalCents, 2550);
    QCOMPARE(m_office->seatSpace(created.id)->seatState(seat), SeatState::Sold);

    // The admin's table counts the sale.
    QTRY_COMPARE(admin->model()->index(0, EventTableModel::SoldColumn).data().toString(), u"1"_s);
    QCOMPARE(admin->model()->eventAt(0).availableTickets, 71);
}

void TestEventsAdmin::validationMessagesKeepSaveDisabled()
{
    EventsAdmin *admin = openAdmin();
    QVERIFY(admin);
    QPointer<EventDialog> dialog = admin->newEvent();
    QLabel *nameMessage = dialog->messageLabel(EventDialog::Field::Name);
    QLabel *timesMessage = dialog->messageLabel(EventDialog::Field::Times);
    QVERIFY(!nameMessage->isVisible()); // not before the name was touched
    QVERIFY(!dialog->saveButton()->isEnabled());
    // The greyed button's tooltip says what is missing, before any field was touched.
    QVERIFY2(dialog->saveButton()->toolTip().contains(u"Enter the event's name."_s),
             qPrintable(dialog->saveButton()->toolTip()));
    QVERIFY(dialog->saveButton()->toolTip().contains(u"Enter the venue"_s));

    // An empty name.
    QTest::keyClicks(dialog->nameEdit(), u"Gala"_s);
    QVERIFY(!dialog->saveButton()->isEnabled()); // no venue yet

    // An empty venue: what the tickets would print.
    QLabel *venueMessage = dialog->messageLabel(EventDialog::Field::Venue);
    QVERIFY(!venueMessage->isVisible()); // not before the venue was touched
    QTest::keyClicks(dialog->venueEdit(), u"  "_s);
    QVERIFY(venueMessage->isVisible());
    QCOMPARE(venueMessage->text(), u"Enter the venue: it is printed on the tickets."_s);
    QVERIFY(!dialog->saveButton()->isEnabled());
    QTest::keyClicks(dialog->venueEdit(), u"Great Hall"_s);
    QVERIFY(!venueMessage->isVisible());
    QVERIFY(dialog->saveButton()->isEnabled());
    // A message coming as the admin types moves no field: its line is kept free.
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QPoint venueAt = dialog->venueEdit()->mapTo(dialog, QPoint());
    dialog->nameEdit()->selectAll();
    QTest::keyClick(dialog->nameEdit(), Qt::Key_Backspace);
    QVERIFY(nameMessage->isVisible());
    QCOMPARE(nameMessage->text(), u"Enter the event's name."_s);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCOMPARE(dialog->venueEdit()->mapTo(dialog, QPoint()), venueAt);
    QVERIFY(!dialog->saveButton()->isEnabled());
    QTest::keyClicks(dialog->nameEdit(), u"   "_s);
    QVERIFY(nameMessage->isVisible());
    QVERIFY(!dialog->saveButton()->isEnabled());
    QTest::keyClicks(dialog->nameEdit(), u"Gala"_s);
    QVERIFY(!nameMessage->isVisible());
    QVERIFY(dialog->saveButton()->isEnabled());

    // The end before the start.
    const QDateTime start = dialog->startEdit()->dateTime();
    dialog->endEdit()->setDateTime(start.addSecs(-3600));
    QVERIFY(timesMessage->isVisible());
    QCOMPARE(timesMessage->text(), u"The event must end after it starts."_s);
    QVERIFY(!dialog->saveButton()->isEnabled());
    dialog->endEdit()->setDateTime(start); // equal is not after
    QVERIFY(timesMessage->isVisible());

    // Saving now changes nothing.
    dialog->save();
    QTest::qWait(50);
    QVERIFY(dialog);
    QVERIFY(m_office->events().result()->isEmpty());

    // Sales that open after the end, and a standing event without standing places.
    dialog->endEdit()->setDateTime(start.addSecs(7200));
    QVERIFY(!timesMessage->isVisible());
    dialog->salesStartCheck()->setChecked(true);
    dialog->salesStartEdit()->setDateTime(start.addSecs(8000));
    QLabel *salesMessage = dialog->messageLabel(EventDialog::Field::SalesStart);
    QVERIFY(salesMessage->isVisible());
    QVERIFY(!dialog->saveButton()->isEnabled());
    dialog->salesStartEdit()->setDateTime(start.addDays(-3));
    QVERIFY(!salesMessage->isVisible());
    // A generated hall offers only the places its event's kind has.
    EventPlanPicker *plan = dialog->planPicker();
    dialog->kindCombo()->setCurrentIndex(dialog->kindCombo()->findData(int(EventKind::Seated)));
    QVERIFY(!plan->standingSpin()->isEnabled());
    QVERIFY(plan->rowsSpin()->isEnabled());
    dialog->kindCombo()->setCurrentIndex(dialog->kindCombo()->findData(int(EventKind::Mixed)));
    QVERIFY(plan->standingSpin()->isEnabled());
    QVERIFY(plan->rowsSpin()->isEnabled());
    dialog->kindCombo()->setCurrentIndex(dialog->kindCombo()->findData(int(EventKind::Standing)));
    QVERIFY(plan->standingSpin()->isEnabled());
    QVERIFY(!plan->rowsSpin()->isEnabled());
    QVERIFY(!plan->seatsPerRowSpin()->isEnabled());
    QVERIFY(!plan->priceSpin()->isEnabled());
    QLabel *planMessage = dialog->messageLabel(EventDialog::Field::Plan);
    QVERIFY(planMessage->isVisible());
    QVERIFY2(planMessage->text().contains(u"standing places"_s), qPrintable(planMessage->text()));
    QVERIFY(!dialog->saveButton()->isEnabled());
    dialog->planPicker()->standingSpin()->setValue(400);
    QVERIFY(!planMessage->isVisible());
    QVERIFY(dialog->saveButton()->isEnabled());

    // A file that does not parse names the problem and keeps the dialog from saving.
    const QString bad = m_dir->filePath(u"broken.json"_s);
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"zones\": 7}");
    file.close();
    dialog->planPicker()->setImportFile(bad);
    QVERIFY(!dialog->saveButton()->isEnabled());
    QTRY_VERIFY(planMessage->text().contains(u"broken.json"_s));
    QVERIFY(!dialog->saveButton()->isEnabled());

    // Back to a generated standing hall: it saves.
    dialog->planPicker()->setSource(EventPlanPicker::Source::Generated);
    QVERIFY(dialog->saveButton()->isEnabled());
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY(!dialog);
    const QList<Event> events = *m_office->events().result();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().kind, EventKind::Standing);
    QCOMPARE(events.first().totalTickets, 400);
    QCOMPARE(events.first().salesStart.toSecsSinceEpoch(), start.addDays(-3).toUTC().toSecsSinceEpoch());
}

void TestEventsAdmin::nameOfAnotherEventIsRefused()
{
    const Event event = createDemo(0);
    EventsAdmin *admin = openAdmin();
    QVERIFY(admin);
    QTRY_COMPARE(admin->model()->rowCount(), 1);
    QPointer<EventDialog> dialog = admin->newEvent();
    QLabel *nameMessage = dialog->messageLabel(EventDialog::Field::Name);
    // The venues of the other events are offered while typing.
    QTRY_VERIFY(dialog->venueEdit()->completer());
    QCompleter *venues = dialog->venueEdit()->completer();
    venues->setCompletionPrefix(event.venue.mid(1, 4).toLower());
    QCOMPARE(venues->currentCompletion(), event.venue);
    dialog->venueEdit()->setText(event.venue);
    // The same name in other letter case, with spaces around it.
    QTest::keyClicks(dialog->nameEdit(), u" "_s + event.name.toUpper() + u" "_s);
    QTRY_VERIFY(nameMessage->isVisible());
    QVERIFY2(nameMessage->text().startsWith(u"Another event is called"_s), qPrintable(nameMessage->text()));
    QVERIFY(!dialog->saveButton()->isEnabled());
    QTest::keyClicks(dialog->nameEdit(), u"II"_s);
    QVERIFY(!nameMessage->isVisible());
    QVERIFY(dialog->saveButton()->isEnabled());
    dialog->reject();

    // Editing the event itself keeps its own name.
    admin->selectEvent(event.id);
    QPointer<EventDialog> edit = admin->editSelected();
    QVERIFY(edit);
    QTest::keyClicks(edit->nameEdit(), u" "_s);
    QTest::qWait(50);
    QVERIFY(!edit->messageLabel(EventDialog::Field::Name)->isVisible());
    QVERIFY(edit->saveButton()->isEnabled());
    edit->reject();
}

QPointer<EventDialog> TestEventsAdmin::editOnlyEvent(const QUuid &eventId, EventsAdmin *&admin)
{
    admin = openAdmin();
    if (!admin || !QTest::qWaitFor([admin] { return admin->model()->rowCount() == 1; }))
        return {};
    admin->selectEvent(eventId);
    return admin->editSelected();
}

void TestEventsAdmin::editChangesTheEvent()
{
    const Event event = createDemo(0);
    EventsAdmin *admin = nullptr;
    QPointer<EventDialog> dialog = editOnlyEvent(event.id, admin);
    QVERIFY(dialog);
    QVERIFY(!dialog->planPicker());
    QVERIFY(!dialog->kindCombo()->isEnabled());
    QCOMPARE(dialog->nameEdit()->text(), event.name);
    dialog->nameEdit()->clear();
    QTest::keyClicks(dialog->nameEdit(), u"Hamlet (matinee)"_s);
    dialog->statusCombo()->setCurrentIndex(dialog->statusCombo()->findData(int(EventStatus::Inactive)));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY(!dialog);
    const Event changed = *m_office->event(event.id).result();
    QCOMPARE(changed.name, u"Hamlet (matinee)"_s);
    QCOMPARE(changed.status, EventStatus::Inactive);
    QCOMPARE(changed.totalTickets, event.totalTickets);
    QTRY_COMPARE(admin->model()->eventAt(0).name, u"Hamlet (matinee)"_s);
    // The clerk's picker sees the new name.
    QTRY_COMPARE(m_window->eventPicker()->model()->events().first().name, u"Hamlet (matinee)"_s);
}

void TestEventsAdmin::movingAnEventWithSalesAsksFirst()
{
    const Event event = createDemo(0);
    sellSeat(event.id, 100);
    EventsAdmin *admin = nullptr;
    QPointer<EventDialog> dialog = editOnlyEvent(event.id, admin);
    QVERIFY(dialog);
    qint64 askedSold = 0;
    bool answer = false;
    dialog->setMoveQuestion([&](const Event &before, const Event &after, qint64 sold) {
        askedSold = sold;
        return before.id == event.id && after.startTime != before.startTime && answer;
    });
    QLabel *timesMessage = dialog->messageLabel(EventDialog::Field::Times);

    // A start in the past is refused.
    const QDateTime start = dialog->startEdit()->dateTime();
    dialog->startEdit()->setDateTime(QDateTime::currentDateTime().addDays(-1));
    QVERIFY(timesMessage->isVisible());
    QCOMPARE(timesMessage->text(), u"The event would start in the past."_s);
    QVERIFY(!dialog->saveButton()->isEnabled());

    // A day later: the tickets already sold make it a question; cancelled, nothing changes.
    dialog->startEdit()->setDateTime(start.addDays(1));
    dialog->endEdit()->setDateTime(start.addDays(1).addSecs(3 * 3600));
    QVERIFY(!timesMessage->isVisible());
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QCOMPARE(askedSold, 1);
    QVERIFY(dialog);
    QCOMPARE(m_office->event(event.id).result()->startTime, event.startTime);
    answer = true;
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY(!dialog);
    QCOMPARE(m_office->event(event.id).result()->startTime, start.addDays(1).toUTC());

    // Other changes of an event with sales ask nothing.
    dialog = admin->editSelected();
    QVERIFY(dialog);
    askedSold = 0;
    dialog->setMoveQuestion(
        [&](const Event &, const Event &, qint64 sold) { return askedSold = sold, false; });
    QTest::keyClicks(dialog->nameEdit(), u" II"_s);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY(!dialog);
    QCOMPARE(askedSold, 0);
}

void TestEventsAdmin::duplicateCopiesThePlan()
{
    const Event event = createDemo(0);
    const auto original = m_office->catalogEntry(event.id);
    EventsAdmin *admin = openAdmin();
    QVERIFY(admin);
    QTRY_COMPARE(admin->model()->rowCount(), 1);
    admin->selectEvent(event.id);
    QPointer<EventDialog> dialog = admin->duplicateSelected();
    QVERIFY(dialog);
    QCOMPARE(dialog->planPicker()->source(), EventPlanPicker::Source::Copy);
    QCOMPARE(dialog->nameEdit()->text(), event.name + u" (copy)"_s);
    QCOMPARE(dialog->kindCombo()->currentData().toInt(), int(event.kind));
    QVERIFY(dialog->saveButton()->isEnabled());
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY(!dialog);
    QTRY_COMPARE(admin->model()->rowCount(), 2);
    const QUuid copyId = admin->selectedEventId();
    QVERIFY(copyId != event.id);
    const auto copy = m_office->catalogEntry(copyId);
    QCOMPARE(copy->event.status, EventStatus::Inactive);
    QCOMPARE(copy->layout.seats.size(), original->layout.seats.size());
    QCOMPARE(copy->layout.standingAreas.size(), original->layout.standingAreas.size());
    QCOMPARE(copy->layout.categories, original->layout.categories);
    QCOMPARE(copy->layout.seats[17].label(), original->layout.seats[17].label());
    QVERIFY(copy->layout.seats[17].id != original->layout.seats[17].id);
}

void TestEventsAdmin::filterAndSort()
{
    const Event hamlet = createDemo(0);
    const Event tour = createDemo(1);
    EventsAdmin *admin = openAdmin();
    QVERIFY(admin);
    QAbstractItemModelTester modelTester(admin->model(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(admin->proxy(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(admin->model()->rowCount(), 2);
    QAbstractItemModel *shown = admin->table()->model();
    QCOMPARE(shown->rowCount(), 2);

    QTest::keyClicks(admin->filterEdit(), u"arena"_s); // the tour's venue
    QCOMPARE(shown->rowCount(), 1);
    QCOMPARE(shown->index(0, 0).data(EventTableModel::EventIdRole).toUuid(), tour.id);
    admin->filterEdit()->clear();
    QTest::keyClicks(admin->filterEdit(), hamlet.startTime.toLocalTime().toString(Qt::ISODate).left(10));
    QCOMPARE(shown->rowCount(), 1);
    QCOMPARE(shown->index(0, 0).data(EventTableModel::EventIdRole).toUuid(), hamlet.id);
    admin->filterEdit()->clear();

    Event off = tour;
    off.status = EventStatus::Inactive;
    QVERIFY(m_office->updateEvent(off).result());
    admin->statusFilter()->setCurrentIndex(admin->statusFilter()->findData(int(EventStatus::Inactive)));
    QTRY_COMPARE(shown->rowCount(), 1);
    QCOMPARE(shown->index(0, 0).data(EventTableModel::EventIdRole).toUuid(), tour.id);
    admin->statusFilter()->setCurrentIndex(0);
    QCOMPARE(shown->rowCount(), 2);

    // Sorting by start, both ways, and by the number of places as a number.
    admin->table()->sortByColumn(EventTableModel::StartColumn, Qt::DescendingOrder);
    QCOMPARE(shown->index(0, 0).data(EventTableModel::EventIdRole).toUuid(), tour.id);
    admin->table()->sortByColumn(EventTableModel::StartColumn, Qt::AscendingOrder);
    QCOMPARE(shown->index(0, 0).data(EventTableModel::EventIdRole).toUuid(), hamlet.id);
    admin->table()->sortByColumn(EventTableModel::AvailableColumn, Qt::DescendingOrder);
    QCOMPARE(shown->index(0, 0).data(EventTableModel::EventIdRole).toUuid(), tour.id);
}

void TestEventsAdmin::deleteWithSoldTicketsIsRefused()
{
    const Event event = createDemo(0);
    const Order first = sellSeat(event.id, 40);
    const Order second = sellSeat(event.id, 41);
    QCOMPARE(first.tickets.size(), 1);
    QCOMPARE(second.tickets.size(), 1);
    EventsAdmin *admin = openAdmin();
    QVERIFY(admin);
    QTRY_COMPARE(admin->model()->rowCount(), 1);
    admin->selectEvent(event.id);

    // Declined: nothing changes.
    m_prompter.accept = false;
    admin->deleteSelected();
    QCOMPARE(m_prompter.questions.size(), 1);
    QVERIFY2(m_prompter.questions.last().contains(u"2 sold tickets"_s),
             qPrintable(m_prompter.questions.last()));
    QCOMPARE(m_prompter.acceptTexts.last(), u"Set inactive"_s);

    // Accepted: the event goes off sale and is kept with its sales. The message that says so
    // moves no row of the table.
    m_prompter.accept = true;
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QTableView *table = admin->findChild<QTableView *>();
    const QPoint tableAt = table->mapTo(admin, QPoint());
    admin->deleteSelected();
    QTRY_COMPARE(m_office->event(event.id).result()->status, EventStatus::Inactive);
    QVERIFY(m_office->catalogEntry(event.id));
    QCOMPARE(m_office->seatSpace(event.id)->counts().sold, qint64(2));
    const Result<Order> kept = m_office->order(first.id).result();
    QVERIFY(kept);
    QCOMPARE(kept->tickets.first().status, TicketStatus::Confirmed);
    QTRY_VERIFY(admin->banner()->text().contains(u"no longer on sale"_s));
    QVERIFY(admin->banner()->isVisible());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCOMPARE(table->mapTo(admin, QPoint()), tableAt);

    // The box office itself refuses too (a sale between the question and the answer).
    const Status refused = m_office->deleteEvent(event.id).result();
    QVERIFY(!refused);
    QCOMPARE(refused.errorCode(), ErrorCode::Conflict);

    // After a restart the event and its tickets are still there.
    m_window.reset();
    m_office.reset();
    LocalBoxOffice::Options options;
    options.url = *DatabaseUrl::parse(u"sqlite://"_s + m_dir->filePath(u"tessera.db"_s));
    options.units = 1;
    auto reopened = LocalBoxOffice::open(options);
    QVERIFY(reopened);
    m_office = std::move(reopened.value());
    QCOMPARE(m_office->seatSpace(event.id)->counts().sold, qint64(2));
    QCOMPARE(m_office->order(second.id).result()->tickets.size(), 1);
}

void TestEventsAdmin::deleteWithoutSalesAsksFirst()
{
    const Event event = createDemo(0);
    EventsAdmin *admin = openAdmin();
    QVERIFY(admin);
    QTRY_COMPARE(admin->model()->rowCount(), 1);
    admin->selectEvent(event.id);
    m_prompter.accept = false;
    admin->deleteSelected();
    QCOMPARE(m_prompter.acceptTexts.last(), u"Delete"_s);
    QVERIFY(m_prompter.questions.last().contains(event.name));
    QTest::qWait(20);
    QVERIFY(m_office->catalogEntry(event.id));
    m_prompter.accept = true;
    admin->deleteSelected();
    QTRY_VERIFY(!m_office->catalogEntry(event.id));
    QTRY_COMPARE(admin->model()->rowCount(), 0);
    QTRY_COMPARE(m_window->eventPicker()->model()->rowCount(), 0);
}

void TestEventsAdmin::screenshots()
{
    const QString dir = outputDir();
    createDemo(0);
    createDemo(1);
    const Event cup = createDemo(2);
    sellSeat(cup.id, 100);
    EventsAdmin *admin = openAdmin();
    QVERIFY(admin);
    QTRY_COMPARE(admin->model()->rowCount(), 3);
    admin->resize(1180, 360);
    admin->selectEvent(cup.id);
    // Grabs `widget` (not empty) and saves it as NAME.png in the output folder when one is set.
    auto shoot = [&dir](QWidget *widget, const QString &name) {
        QTest::qWait(50);
        const QImage image = widget->grab().toImage();
        QVERIFY(!image.isNull());
        if (!dir.isEmpty())
            QVERIFY(image.save(dir + u'/' + name + u".png"_s));
    };
    shoot(admin, u"admin-events"_s);

    QPointer<EventDialog> dialog = admin->newEvent();
    QTest::keyClicks(dialog->nameEdit(), u"Late show"_s);
    QTest::keyClicks(dialog->venueEdit(), u"Studio 2"_s);
    dialog->endEdit()->setDateTime(dialog->startEdit()->dateTime().addSecs(-1800));
    dialog->adjustSize();
    shoot(dialog, u"admin-event-dialog"_s);

    // The venue cleared: its message below the field.
    dialog->venueEdit()->selectAll();
    QTest::keyClick(dialog->venueEdit(), Qt::Key_Backspace);
    dialog->adjustSize();
    shoot(dialog, u"admin-event-dialog-venue"_s);
}

QTEST_MAIN(TestEventsAdmin)
#include "tst_eventsadmin.moc"
