#include "core/boxoffice/localboxoffice.h"
#include "core/engine/eventcatalog.h"
#include "core/layout/layoutcsv.h"
#include "core/layout/pretixformat.h"
#include "tests/support/venues.h"
#include "tests/ui/uitestsupport.h"
#include "ui/i18n/money.h"
#include "ui/layouteditor/categorymodel.h"
#include "ui/layouteditor/generatesectiondialog.h"
#include "ui/layouteditor/layoutcanvas.h"
#include "ui/layouteditor/layoutcommands.h"
#include "ui/layouteditor/layoutdocument.h"
#include "ui/layouteditor/layouteditor.h"
#include "ui/layouteditor/problemmodel.h"
#include "ui/layouteditor/seatinspector.h"
#include "ui/layouteditor/standingareamodel.h"
#include "ui/layouteditor/workprogress.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/messagebanner.h"
#include "ui/mainwindow/saleform.h"
#include "ui/mainwindow/salespanel.h"
#include "ui/seatmap/seatmapview.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMouseEvent>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <cmath>
#include <numeric>

using namespace tessera;
using tessera::test::AcceptingPrompter;
using tessera::test::outputDir;
using namespace Qt::StringLiterals;

namespace {

void sendMouse(QWidget *widget, QEvent::Type type, QPointF at, Qt::MouseButton button,
               Qt::MouseButtons buttons, Qt::KeyboardModifiers modifiers = {})
{
    QMouseEvent event(type, at, widget->mapToGlobal(at), button, buttons, modifiers);
    QCoreApplication::sendEvent(widget, &event);
}

/// A press, a few moves and a release with the left button, as a hand would drag.
void drag(QWidget *widget, QPointF from, QPointF to, Qt::KeyboardModifiers modifiers = {})
{
    sendMouse(widget, QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton, modifiers);
    for (int step = 1; step <= 4; ++step)
        sendMouse(widget, QEvent::MouseMove, from + (to - from) * step / 4.0, Qt::NoButton, Qt::LeftButton,
                  modifiers);
    sendMouse(widget, QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton, modifiers);
}

SectionSpec curvedSection(const QString &name, const QString &category)
{
    SectionSpec spec;
    spec.section = name;
    spec.rows = 8;
    spec.seatsPerRow = 24;
    spec.numbering = SeatNumbering::OddLeftEvenRight;
    spec.curveRadius = 260;
    spec.aisleAfterSeats = {6, 18};
    spec.aisleWidth = 16;
    spec.category = category;
    spec.offsetX = 40;
    spec.offsetY = 120;
    return spec;
}

LayoutSeat seatAt(const QString &row, const QString &number, double x, double y, const QString &category)
{
    LayoutSeat seat;
    seat.id = QUuid::createUuid();
    seat.section = u"Stalls"_s;
    seat.row = row;
    seat.number = number;
    seat.x = x;
    seat.y = y;
    seat.category = category;
    return seat;
}

} // namespace

/// The layout editor on a real LocalBoxOffice over a SQLite file: sections generated through the
/// dialog, seats clicked, dragged and keyed on the map, undo and redo, the problem list, pretix
/// and CSV files in and out, saving into the event the main window shows.
class TestLayoutEditor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void generateSaveAndSeeInMainWindow();
    void undoRedoRestoresExactLayout();
    void mapSelectionAndDragMove();
    void categoriesAndStandingAreas();
    void validationPointsAtThePlace();
    void pretixImportAndExportKeepSeats();
    void brokenFilesImportNothing_data();
    void brokenFilesImportNothing();
    void savingNeverDropsASoldSeat();
    void stadiumWorkShowsProgressAndCancels();
    void closingAsksToSaveChanges();
    void screenshots();

private:
    LayoutEditor *openEditor();
    void attachTesters(LayoutEditor *editor);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalBoxOffice> m_office;
    std::unique_ptr<LayoutEditor> m_editor;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
    Event m_event;
};

void TestLayoutEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"TesseraTests"_s);
    QCoreApplication::setApplicationName(u"tst_layouteditor"_s);
    QSettings().clear();
}

void TestLayoutEditor::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    LocalBoxOffice::Options options;
    options.url = *DatabaseUrl::parse(u"sqlite://"_s + m_dir->filePath(u"tessera.db"_s));
    options.units = 2;
    auto office = LocalBoxOffice::open(options);
    QVERIFY2(office, office ? "" : qPrintable(office.error().message));
    m_office = std::move(office.value());
    const Result<Event> created = m_office->createEvent(test::concert(), test::smallHall(2, 4)).result();
    QVERIFY2(created, created ? "" : qPrintable(created.error().message));
    m_event = *created;
}

void TestLayoutEditor::cleanup()
{
    m_testers.clear();
    m_editor.reset();
    m_office.reset();
    m_dir.reset();
}

LayoutEditor *TestLayoutEditor::openEditor()
{
    m_editor = std::make_unique<LayoutEditor>(*m_office, m_event.id);
    QSignalSpy loaded(m_editor.get(), &LayoutEditor::loaded);
    m_editor->show();
    if (!QTest::qWaitForWindowExposed(m_editor.get()))
        return nullptr;
    m_editor->activateWindow();
    if (!QTest::qWaitForWindowActive(m_editor.get()))
        return nullptr;
    if (!loaded.wait(5000) && loaded.isEmpty())
        return nullptr;
    attachTesters(m_editor.get());
    return m_editor.get();
}

void TestLayoutEditor::attachTesters(LayoutEditor *editor)
{
    using Tester = QAbstractItemModelTester;
    const auto mode = Tester::FailureReportingMode::QtTest;
    m_testers.push_back(std::make_unique<Tester>(editor->categoryModel(), mode));
    m_testers.push_back(std::make_unique<Tester>(editor->standingAreaModel(), mode));
    m_testers.push_back(std::make_unique<Tester>(editor->problemModel(), mode));
}

void TestLayoutEditor::generateSaveAndSeeInMainWindow()
{
    MainWindow window(*m_office);
    window.setTerminalName(u"clerk@test-1"_s);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE(window.currentEventId(), m_event.id);

    // Admin > Edit layout… (Ctrl+L) opens the editor for the shown event.
    QAction *edit = nullptr;
    for (QAction *action : window.menuBar()->findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence(u"Ctrl+L"_s))
            edit = action;
    }
    QVERIFY(edit);
    edit->trigger();
    auto *editor = window.findChild<LayoutEditor *>();
    QVERIFY(editor);
    QTRY_COMPARE(editor->document().seatCount(), 8);
    QTRY_VERIFY(!editor->isBusy());
    attachTesters(editor);
    QVERIFY(!editor->isWindowModified());

    // Replace the hall by a generated curved section, through the dialog.
    QList<qsizetype> all(editor->document().seatCount());
    std::iota(all.begin(), all.end(), 0);
    editor->document().setSelection(all);
    editor->deleteSelection();
    QCOMPARE(editor->document().seatCount(), 0);
    editor->openGenerateDialog();
    auto *dialog = editor->findChild<GenerateSectionDialog *>();
    QVERIFY(dialog);
    dialog->setSpec(curvedSection(u"Parterre"_s, u"rear"_s));
    QVERIFY2(dialog->problem().isEmpty(), qPrintable(dialog->problem()));
    QSignalSpy generated(editor, &LayoutEditor::generated);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_COMPARE(generated.size(), 1);
    QCOMPARE(editor->document().seatCount(), 8 * 24);
    QVERIFY(editor->isWindowModified());
    QCOMPARE(editor->document().seat(0).section, u"Parterre"_s);
    QCOMPARE(editor->document().seat(0).row, u"A"_s);
    QCOMPARE(editor->document().seat(0).number, u"23"_s); // odd numbers on the left, from the centre

    // One seat kept for the press: the confirmation says it is not for sale.
    editor->document().setSelection({0});
    editor->inspector()->applyBlock(u"Press"_s);
    QSignalSpy saved(editor, &LayoutEditor::saved);
    LayoutCanvas *canvas = editor->canvas();
    canvas->fitAll();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QRect canvasBefore = canvas->QWidget::geometry();
    const QPointF seatBefore = canvas->seatCentreInView(0);
    editor->save();
    QTRY_COMPARE(saved.size(), 1);
    QVERIFY(!editor->isWindowModified());
    QCOMPARE(editor->banner()->text(), u"Saved: 192 place(s), 1 of them blocked (not for sale)."_s);
    // The confirmation floats over the canvas: no seat moved under the pointer, and none of the
    // fitted layout lies under it.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QVERIFY(editor->banner()->isVisible());
    QCOMPARE(canvas->QWidget::geometry(), canvasBefore);
    QCOMPARE(canvas->seatCentreInView(0), seatBefore);
    QVERIFY(canvasBefore.contains(editor->banner()->geometry()));
    const int bannerBottom = editor->banner()->geometry().bottom() - canvasBefore.top();
    for (qsizetype i = 0; i < editor->document().seatCount(); ++i)
        QVERIFY2(canvas->seatCentreInView(i).y() > bannerBottom, qPrintable(QString::number(i)));

    // The main window's map now draws the generated seats.
    QTRY_COMPARE(window.seatMap()->entry()->layout.seats.size(), qsizetype(8 * 24));
    QCOMPARE(window.seatMap()->entry()->layout.seats, editor->document().layout().seats);
    QCOMPARE(m_office->seatSpace(m_event.id)->seatCount(), qsizetype(8 * 24));
    const Result<VenueLayout> stored = m_office->layout(m_event.id).result();
    QVERIFY(stored);
    QCOMPARE(stored->seats.size(), qsizetype(8 * 24));

    // A clerk sells a seat of the new layout from the map.
    SeatMapView *map = window.seatMap();
    const quint32 seat = 30;
    map->setScale(30 / map->geometry().pitch());
    map->ensureSeatVisible(seat);
    QTest::mouseClick(map->viewport(), Qt::LeftButton, {}, map->seatCentreInView(seat).toPoint());
    QCOMPARE(map->selectedSeats(), QList<quint32>{seat});
    SalesPanel *sales = window.salesPanel();
    QTRY_VERIFY(sales->holdButton()->isEnabled());
    QTest::mouseClick(sales->holdButton(), Qt::LeftButton);
    QTRY_VERIFY(sales->currentHold().has_value());
    QTest::keyClicks(sales->saleForm()->nameEdit(), u"Grace Hopper"_s);
    QTest::keyClicks(sales->saleForm()->emailEdit(), u"grace@example.org"_s);
    QTest::mouseClick(sales->saleForm()->sellButton(), Qt::LeftButton);
    QTRY_VERIFY(sales->lastOrder().has_value());
    QCOMPARE(m_office->seatSpace(m_event.id)->seatState(seat), SeatState::Sold);
    QCOMPARE(sales->lastOrder()->tickets.first().seatId, editor->document().seat(seat).id);

    // With a ticket sold the layout stays, but seats can still be blocked and unblocked.
    const EventSpace *space = m_office->seatSpace(m_event.id);
    editor->document().setSelection({40});
    editor->inspector()->applyBlock(u"House"_s);
    editor->document().setSelection({0});
    editor->inspector()->applyBlock(QString()); // unblocks the press seat
    QSignalSpy failed(editor, &LayoutEditor::saveFailed);
    editor->save();
    QTRY_COMPARE(saved.size(), 2);
    QVERIFY2(editor->banner()->text().startsWith(u"Saved: seats blocked 1, unblocked 1."_s),
             qPrintable(editor->banner()->text()));
    QCOMPARE(space->seatState(40), SeatState::Blocked);
    QCOMPARE(space->seatState(0), SeatState::Available);
    QCOMPARE(space->seatState(seat), SeatState::Sold);
    QVERIFY(!editor->isWindowModified());
    // The reason is kept with the block, and a new reason for a blocked seat saves too.
    QCOMPARE(m_office->layout(m_event.id).result()->seats[40].blockReason, u"House"_s);
    editor->document().setSelection({40});
    editor->inspector()->applyBlock(u"Technical"_s);
    editor->save();
    QTRY_COMPARE(saved.size(), 3);
    QVERIFY2(editor->banner()->text().startsWith(u"Saved: seats blocked 1, unblocked 0."_s),
             qPrintable(editor->banner()->text()));
    QCOMPARE(space->seatState(40), SeatState::Blocked);
    const Result<VenueLayout> reasons = m_office->layout(m_event.id).result();
    QVERIFY(reasons);
    QCOMPARE(reasons->seats[40].blockReason, u"Technical"_s);
    QVERIFY(!reasons->seats[0].blocked);
    QVERIFY(!editor->isWindowModified());
    // Any other change waits until no ticket is held or sold, and says so.
    const QString category = editor->document().seat(41).category;
    editor->document().setSelection({41});
    editor->inspector()->applyBlock(u"House"_s);
    editor->inspector()->applyFlag(int(SeatFlag::RestrictedView), true);
    editor->save();
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY2(failed.first().first().toString().contains(u"only blocking and unblocking"_s),
             qPrintable(failed.first().first().toString()));
    QCOMPARE(space->seatState(41), SeatState::Available);
    QCOMPARE(m_office->catalogEntry(m_event.id)->layout.seats[41].category, category);
    m_testers.clear();
}

void TestLayoutEditor::undoRedoRestoresExactLayout()
{
    LayoutEditor *editor = openEditor();
    QVERIFY(editor);
    LayoutDocument &doc = editor->document();
    QUndoStack *undo = editor->undoStack();
    QList<VenueLayout> states{doc.layout()};

    QSignalSpy generated(editor, &LayoutEditor::generated);
    editor->generateSection(curvedSection(u"Balcony"_s, u"front"_s));
    QTRY_COMPARE(generated.size(), 1);
    states << doc.layout();

    // Move: select the first balcony seat by a click on the map, then the arrow key.
    LayoutCanvas *canvas = editor->canvas();
    canvas->centreOn(QPointF(doc.seat(8).x, doc.seat(8).y));
    QTest::mouseClick(canvas, Qt::LeftButton, {}, canvas->seatCentreInView(8).toPoint());
    QCOMPARE(doc.selectedSeats(), QList<qsizetype>{8});
    const double oldX = doc.seat(8).x;
    canvas->setFocus();
    QTest::keyClick(canvas, Qt::Key_Right, Qt::ShiftModifier);
    QCOMPARE(doc.seat(8).x, std::round((oldX + 10) * 10) / 10);
    states << doc.layout();

    // Category change of two seats (Ctrl+click adds the second).
    QTest::mouseClick(canvas, Qt::LeftButton, Qt::ControlModifier, canvas->seatCentreInView(12).toPoint());
    QCOMPARE(doc.selectedSeats(), (QList<qsizetype>{8, 12}));
    editor->inspector()->applyCategory(u"rear"_s);
    QCOMPARE(doc.seat(12).category, u"rear"_s);
    states << doc.layout();

    // Delete with the Delete key.
    QTest::keyClick(canvas, Qt::Key_Delete);
    QCOMPARE(doc.seatCount(), 8 + 8 * 24 - 2);
    states << doc.layout();

    QCOMPARE(undo->count(), 4);
    // The tool bar's Undo keeps its short name (the buttons after it stay put); the tooltip says
    // what it undoes, and the button undoes it.
    auto *toolBarUndo = editor->findChild<QAction *>(u"toolBarUndo"_s);
    QVERIFY(toolBarUndo);
    QCOMPARE(toolBarUndo->text(), u"Undo"_s);
    QVERIFY2(toolBarUndo->toolTip().startsWith(u"Undo "_s + undo->undoText()),
             qPrintable(toolBarUndo->toolTip()));
    QVERIFY(toolBarUndo->isEnabled());
    toolBarUndo->trigger();
    QCOMPARE(doc.layout(), states[states.size() - 2]);
    undo->redo();
    for (qsizetype i = states.size() - 2; i >= 0; --i) {
        undo->undo();
        QCOMPARE(doc.layout(), states[i]);
    }
    QVERIFY(!toolBarUndo->isEnabled());
    QCOMPARE(toolBarUndo->text(), u"Undo"_s);
    QVERIFY(undo->isClean());
    QVERIFY(!editor->isWindowModified());
    for (qsizetype i = 1; i < states.size(); ++i) {
        QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(doc.layout(), states[i]);
    }
    QVERIFY(editor->isWindowModified());
    QVERIFY(editor->windowTitle().contains(u"[*]"_s));
}

void TestLayoutEditor::mapSelectionAndDragMove()
{
    LayoutEditor *editor = openEditor();
    QVERIFY(editor);
    LayoutDocument &doc = editor->document();
    LayoutCanvas *canvas = editor->canvas();
    canvas->fitAll();

    // A rubber band around the front row (seats 0..3) selects just them.
    const QPointF a = canvas->seatCentreInView(0), d = canvas->seatCentreInView(3);
    const QPointF below = canvas->seatCentreInView(4);
    const QPointF gap(0.8 * (below.y() - a.y()), 0.45 * (below.y() - a.y())); // rows are one unit apart
    drag(canvas, a - gap, d + gap);
    QCOMPARE(doc.selectedSeats(), (QList<qsizetype>{0, 1, 2, 3}));

    // Shift+click adds a seat of the back row.
    QTest::mouseClick(canvas, Qt::LeftButton, Qt::ShiftModifier, canvas->seatCentreInView(5).toPoint());
    QCOMPARE(doc.selectedCount(), 5);

    // Dragging a selected seat moves all five, as one undo step.
    const QList<LayoutSeat> before = doc.layout().seats;
    const QPointF from = canvas->seatCentreInView(1);
    drag(canvas, from, from + QPointF(0, 40 * canvas->scale()));
    QCOMPARE(editor->undoStack()->count(), 1);
    for (qsizetype s : {0, 1, 2, 3, 5})
        QVERIFY2(qAbs(doc.seat(s).y - (before[s].y + 40)) < 0.11, qPrintable(QString::number(doc.seat(s).y)));
    QCOMPARE(doc.seat(4), before[4]);

    // Renumber the selection: row "Z" numbered 101, 102, ...
    editor->inspector()->renumber(QString(), u"Z"_s, 101, 1);
    QCOMPARE(doc.seat(0).row, u"Z"_s);
    QCOMPARE(doc.seat(5).number, u"105"_s);
    editor->undoStack()->undo();
    QCOMPARE(doc.seat(0).row, before[0].row);

    // Flags and blocks. The inspector ticks what every selected seat has, half-ticks what some
    // have, and ticks nothing when no seat is selected.
    const QList<qsizetype> selection = doc.selectedSeats();
    QCheckBox *wheelchair = editor->inspector()->accessibleBox();
    editor->inspector()->applyFlag(int(SeatFlag::Accessible), true);
    QCOMPARE(wheelchair->checkState(), Qt::Checked);
    doc.setSelection({selection.first(), 4}); // seat 4: not selected before, no wheelchair place
    QCOMPARE(wheelchair->checkState(), Qt::PartiallyChecked);
    doc.setSelection({});
    QCOMPARE(wheelchair->checkState(), Qt::Unchecked);
    QVERIFY(!wheelchair->isEnabled());
    {
        // Close up, the wheelchair badge sits in the seat's top-right corner, off its number.
        LayoutCanvas *canvas = editor->canvas();
        const QPointF a(doc.seat(0).x, doc.seat(0).y), b(doc.seat(1).x, doc.seat(1).y);
        const double apart = std::hypot(a.x() - b.x(), a.y() - b.y());
        canvas->setScale(50 / apart, canvas->toView(a));
        canvas->centreOn(a);
        const QImage frame = canvas->grab().toImage();
        const QPointF c = canvas->seatCentreInView(0);
        const double size = 50 * 0.8; // the seat's side, at most: pitch <= apart
        const QColor badge(0x0b, 0x4f, 0xa8);
        auto badgeAt = [&](QPointF p) { return frame.pixelColor(p.toPoint()) == badge; };
        QVERIFY(!badgeAt(c));
        bool cornerHasIt = false;
        for (double dx = 0.15; dx <= 0.45; dx += 0.05) {
            for (double dy = -0.45; dy <= -0.15; dy += 0.05)
                cornerHasIt = cornerHasIt || badgeAt(c + QPointF(dx * size, dy * size));
        }
        QVERIFY(cornerHasIt);
    }
    doc.setSelection(selection);
    QCOMPARE(wheelchair->checkState(), Qt::Checked);
    editor->inspector()->applyBlock(u"Press"_s);
    QVERIFY(doc.seat(0).flags.testFlag(SeatFlag::Accessible));
    QVERIFY(doc.seat(5).blocked);
    QCOMPARE(doc.seat(5).blockReason, u"Press"_s);
    editor->undoStack()->undo();
    editor->undoStack()->undo();
    QCOMPARE(doc.seat(0).flags, before[0].flags);
    QVERIFY(!doc.seat(5).blocked);
}

void TestLayoutEditor::categoriesAndStandingAreas()
{
    LayoutEditor *editor = openEditor();
    QVERIFY(editor);
    LayoutDocument &doc = editor->document();
    CategoryModel *categories = editor->categoryModel();
    QCOMPARE(categories->rowCount(), 2);

    const int row = categories->addCategory(u"Box seats"_s, 9000);
    QCOMPARE(doc.layout().categories.at(row).id, u"box-seats"_s);
    QVERIFY(categories->setData(categories->index(row, CategoryModel::PriceColumn), 120.5));
    QCOMPARE(doc.layout().categories.at(row).priceCents, 12050);
    QCOMPARE(categories->data(categories->index(row, CategoryModel::PriceColumn)).toString(),
             formatPrice(12050));
    QVERIFY(categories->setData(categories->index(row, CategoryModel::ColourColumn), u"#123abc"_s));
    QVERIFY(!categories->setData(categories->index(row, CategoryModel::ColourColumn), u"blue"_s));
    QVERIFY(!categories->setData(categories->index(row, CategoryModel::NameColumn), u"  "_s));
    // A refused edit says why in the editor's banner, and changes nothing.
    auto *banner = editor->findChild<MessageBanner *>();
    QVERIFY(banner);
    QVERIFY(!categories->setData(categories->index(row, CategoryModel::PriceColumn), -5));
    QCOMPARE(banner->kind(), MessageBanner::Kind::Error);
    QVERIFY2(banner->text().contains(u"0 or more"_s) && banner->text().contains(u"Box seats"_s),
             qPrintable(banner->text()));
    QCOMPARE(doc.layout().categories.at(row).priceCents, 12050);
    QVERIFY(!categories->removeCategory(0)); // seats use "front"
    QCOMPARE(categories->rowCount(), 3);

    StandingAreaModel *standing = editor->standingAreaModel();
    const int area = standing->addArea(u"Floor"_s, u"box-seats"_s, 300, QRectF(0, 200, 120, 60));
    QVERIFY(standing->setData(standing->index(area, StandingAreaModel::CapacityColumn), 450));
    QVERIFY(!standing->setData(standing->index(area, StandingAreaModel::CapacityColumn), -3));
    QVERIFY2(banner->text().contains(u"Floor needs room"_s), qPrintable(banner->text()));
    QVERIFY(!standing->setData(standing->index(area, StandingAreaModel::CategoryColumn), u"nope"_s));
    QCOMPARE(doc.layout().standingAreas.at(area).capacity, 450);
    QVERIFY(!categories->removeCategory(row)); // the area uses it

    // Seats and standing places must add up to the capacity the venue declares.
    editor->setDeclaredCapacity(500);
    QVERIFY(editor->validate());
    bool capacityNamed = false;
    for (const LayoutProblem &problem : editor->problemModel()->problems())
        capacityNamed =
            capacityNamed
            || (problem.message.contains(u"450 standing"_s) && problem.message.contains(u"500"_s));
    QVERIFY(capacityNamed);
    editor->setDeclaredCapacity(458);
    editor->validate();
    for (const LayoutProblem &problem : editor->problemModel()->problems())
        QVERIFY2(!problem.message.contains(u"declares"_s), qPrintable(problem.message));
    editor->setDeclaredCapacity(0);

    QCOMPARE(editor->undoStack()->count(), 5);
    while (editor->undoStack()->canUndo())
        editor->undoStack()->undo();
    QCOMPARE(categories->rowCount(), 2);
    QCOMPARE(standing->rowCount(), 0);
}

void TestLayoutEditor::validationPointsAtThePlace()
{
    LayoutEditor *editor = openEditor();
    QVERIFY(editor);
    LayoutDocument &doc = editor->document();
    VenueLayout layout = doc.layout();
    layout.seats = {seatAt(u"A"_s, u"1"_s, 0, 0, u"front"_s),     seatAt(u"A"_s, u"2"_s, 20, 0, u"front"_s),
                    seatAt(u"A"_s, u"3"_s, 40, 0, u"front"_s),    seatAt(u"A"_s, u"3"_s, 60, 0, u"front"_s),
                    seatAt(u"A"_s, u"5"_s, 80, 0, QString()),     seatAt(u"A"_s, u"6"_s, 100, 0, u"rear"_s),
                    seatAt(u"A"_s, u"7"_s, 100.5, 0.5, u"rear"_s)};
    editor->undoStack()->push(new ReplaceLayoutCommand(doc, u"test"_s, layout));
    QVERIFY(editor->validate());

    const QList<LayoutProblem> &problems = editor->problemModel()->problems();
    auto find = [&](const QString &needle) {
        for (qsizetype i = 0; i < problems.size(); ++i) {
            if (problems[i].message.contains(needle))
                return int(i);
        }
        return -1;
    };
    const int duplicate = find(u"Stalls A-3"_s);
    QVERIFY2(duplicate >= 0, qPrintable(problems.isEmpty() ? QString() : problems.first().message));
    const int missing = find(u"Stalls A-5"_s);
    QVERIFY(missing >= 0);
    const int overlap = find(u"overlap"_s);
    QVERIFY(overlap >= 0);
    QVERIFY(problems[overlap].message.contains(u"Stalls A-6"_s)
            || problems[overlap].message.contains(u"Stalls A-7"_s));

    // Choosing a problem in the list selects its seat and marks the place on the map.
    QSignalSpy failed(editor, &LayoutEditor::saveFailed);
    editor->save();
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY(editor->banner()->text().contains(u"stop saving"_s));
    QListView *list = editor->problemView();
    QVERIFY(list->isVisible());
    list->setCurrentIndex(editor->problemModel()->index(missing));
    QCOMPARE(doc.selectedSeats(), QList<qsizetype>{4});
    QVERIFY(editor->canvas()->highlightedPlace().has_value());
    QCOMPARE(*editor->canvas()->highlightedPlace(), QPointF(80, 0));
    const QPointF shown = editor->canvas()->seatCentreInView(4);
    QVERIFY(editor->canvas()->rect().contains(shown.toPoint()));
    list->setCurrentIndex(editor->problemModel()->index(overlap));
    QCOMPARE(doc.selectedSeats(), QList<qsizetype>{problems[overlap].seat});

    // Fixed, the list empties and saving goes through.
    editor->undoStack()->undo();
    QVERIFY(!editor->validate());
}

void TestLayoutEditor::pretixImportAndExportKeepSeats()
{
    LayoutEditor *editor = openEditor();
    QVERIFY(editor);
    const QString source = QStringLiteral(TESSERA_TEST_DATA "/little-theatre.pretix.json");
    QFile file(source);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const Result<ImportReport> direct = PretixFormat::import(file.readAll());
    QVERIFY(direct);

    QSignalSpy finished(editor, &LayoutEditor::importFinished);
    editor->importFile(source);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toBool(), true);
    const VenueLayout &imported = editor->document().layout();
    QCOMPARE(imported.seats, direct->layout.seats);
    QCOMPARE(imported.categories, direct->layout.categories);
    // Keys of real pretix files the schema does not define are reported, not fatal.
    QCOMPARE(editor->lastImportMessages(), direct->warnings);
    if (!direct->warnings.isEmpty())
        QTRY_VERIFY(editor->findChild<QDialog *>(u"importReport"_s));

    // Export and read back: the same seats, rows, categories and positions.
    const QString out = m_dir->filePath(u"again.json"_s);
    QSignalSpy exported(editor, &LayoutEditor::exportFinished);
    editor->exportFile(out);
    QTRY_COMPARE(exported.size(), 1);
    QCOMPARE(exported.first().first().toBool(), true);
    QFile again(out);
    QVERIFY(again.open(QIODevice::ReadOnly));
    const Result<ImportReport> reread = PretixFormat::import(again.readAll());
    QVERIFY(reread);
    QCOMPARE(reread->layout.seats.size(), imported.seats.size());
    for (qsizetype i = 0; i < imported.seats.size(); ++i) {
        const LayoutSeat &a = imported.seats[i];
        const LayoutSeat &b = reread->layout.seats[i];
        QCOMPARE(b.id, a.id);
        QCOMPARE(b.section, a.section);
        QCOMPARE(b.row, a.row);
        QCOMPARE(b.number, a.number);
        QCOMPARE(b.category, a.category);
        QCOMPARE(b.x, a.x);
        QCOMPARE(b.y, a.y);
    }
    QCOMPARE(reread->layout.categories, imported.categories);

    // The CSV too.
    const QString csv = m_dir->filePath(u"seats.csv"_s);
    editor->exportFile(csv);
    QTRY_COMPARE(exported.size(), 2);
    QCOMPARE(exported.last().first().toBool(), true);
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    QVERIFY(csvFile.readLine().startsWith("section,row,number,category,price,x,y"));

    // The import is one undo step.
    editor->undoStack()->undo();
    QCOMPARE(editor->document().seatCount(), 8);
}

void TestLayoutEditor::brokenFilesImportNothing_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("problem");
    QTest::newRow("pretix seat in an unknown category")
        << u"broken.json"_s
        << QByteArray(
               R"({"name":"X","categories":[{"name":"A","color":"#ff0000"}],"size":{"width":100,"height":100},
           "zones":[{"name":"Z","position":{"x":0,"y":0},"rows":[{"row_number":"1","position":{"x":0,"y":0},
           "seats":[{"seat_guid":"s1","seat_number":"1","position":{"x":0,"y":0},"category":"VIP"}]}]}]})")
        << u"VIP"_s;
    QTest::newRow("not JSON") << u"garbage.json"_s << QByteArray("{ this is not json") << u"JSON"_s;
    QTest::newRow("csv with a bad price") << u"broken.csv"_s
                                          << QByteArray("section,row,number,category,price,x,y\n"
                                                        "Stalls,A,1,Front,5000,0,0\n"
                                                        "Stalls,A,2,Front,12.50,10,0\n")
                                          << u"line 3"_s;
}

void TestLayoutEditor::brokenFilesImportNothing()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QString, problem);
    LayoutEditor *editor = openEditor();
    QVERIFY(editor);
    const VenueLayout before = editor->document().layout();
    const QString path = m_dir->filePath(name);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();

    QSignalSpy finished(editor, &LayoutEditor::importFinished);
    editor->importFile(path);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(editor->document().layout(), before);
    QCOMPARE(editor->undoStack()->count(), 0);
    QVERIFY(editor->banner()->text().contains(name));
    const QString messages = editor->lastImportMessages().join(u'\n');
    QVERIFY2(messages.contains(problem), qPrintable(messages));
    auto *report = editor->findChild<QDialog *>(u"importReport"_s);
    QVERIFY(report);
    QVERIFY(report->findChild<QListWidget *>()->count() >= 1);
}

void TestLayoutEditor::savingNeverDropsASoldSeat()
{
    // Sell the first seat, then try to save a layout without it.
    const auto entry = m_office->catalogEntry(m_event.id);
    SeatHoldRequest hold;
    hold.eventId = m_event.id;
    hold.seatIds = {entry->layout.seats.first().id};
    hold.holder = u"clerk@test"_s;
    const Result<Hold> held = m_office->holdSeats(hold).result();
    QVERIFY(held);
    SaleRequest sale;
    sale.holder = hold.holder;
    sale.customerName = u"Ada"_s;
    QVERIFY(m_office->sell(held->id, sale).result());

    LayoutEditor *editor = openEditor();
    QVERIFY(editor);
    const QString soldLabel = editor->document().seat(0).label();
    editor->document().setSelection({0});
    editor->deleteSelection();
    QSignalSpy failed(editor, &LayoutEditor::saveFailed);
    editor->save();
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY2(failed.first().first().toString().contains(soldLabel),
             qPrintable(failed.first().first().toString()));
    QCOMPARE(m_office->catalogEntry(m_event.id)->layout.seats.size(), qsizetype(8));

    // Keeping the sold seat, other changes wait while tickets are sold: nothing lost.
    editor->undoStack()->undo();
    editor->document().setSelection({5});
    editor->deleteSelection();
    editor->save();
    QTRY_COMPARE(failed.size(), 2);
    QVERIFY2(editor->banner()->text().contains(u"nothing was saved"_s), qPrintable(editor->banner()->text()));
    QCOMPARE(m_office->seatSpace(m_event.id)->seatState(0), SeatState::Sold);
    QCOMPARE(m_office->catalogEntry(m_event.id)->layout.seats.size(), qsizetype(8));
}

void TestLayoutEditor::stadiumWorkShowsProgressAndCancels()
{
    LayoutEditor *editor = openEditor();
    QVERIFY(editor);
    WorkProgress *work = editor->workProgress();
    QVERIFY(work && !work->isVisible());
    SectionSpec spec;
    spec.section = u"Bowl"_s;
    spec.rows = 250;
    spec.seatsPerRow = 400;
    spec.curveRadius = 900;
    spec.aisleEvery = 20;
    spec.category = u"front"_s;
    spec.offsetY = 200;

    // Generating 100,000 seats shows the strip and ends at 100 %, never going back.
    QSignalSpy percent(work, &WorkProgress::percentChanged);
    QSignalSpy generated(editor, &LayoutEditor::generated);
    editor->generateSection(spec);
    QVERIFY(editor->isBusy());
    QVERIFY(work->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(generated.size(), 1, 120'000);
    QVERIFY(!work->isVisible());
    QVERIFY(!editor->isBusy());
    QCOMPARE(editor->document().seatCount(), 100'008);
    QVERIFY(!percent.isEmpty());
    QCOMPARE(percent.first().first().toInt(), 0);
    QCOMPARE(percent.last().first().toInt(), 100);
    for (qsizetype i = 1; i < percent.size(); ++i)
        QVERIFY(percent.at(i).first().toInt() >= percent.at(i - 1).first().toInt());

    // Export it as a pretix plan: 100 % again.
    const QString plan = m_dir->filePath(u"stadium.json"_s);
    QSignalSpy exported(editor, &LayoutEditor::exportFinished);
    percent.clear();
    editor->exportFile(plan);
    QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, 120'000);
    QCOMPARE(exported.first().first().toBool(), true);
    QCOMPARE(percent.last().first().toInt(), 100);

    // Cancel (the button, as a person would) discards each kind of work and changes nothing.
    const VenueLayout before = editor->document().layout();
    const int steps = editor->undoStack()->count();
    QSignalSpy cancelled(editor, &LayoutEditor::workCancelled);
    QSignalSpy imported(editor, &LayoutEditor::importFinished);
    spec.section = u"Upper bowl"_s;
    spec.offsetY = 9000;
    editor->generateSection(spec);
    QVERIFY(work->cancelButton()->isVisible());
    QTest::mouseClick(work->cancelButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(cancelled.size(), 1, 120'000);
    editor->importFile(plan);
    QTest::keyClick(editor, Qt::Key_Escape);
    QTRY_COMPARE_WITH_TIMEOUT(cancelled.size(), 2, 120'000);
    const QString csv = m_dir->filePath(u"stadium.csv"_s);
    editor->exportFile(csv);
    QTest::mouseClick(work->cancelButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(cancelled.size(), 3, 120'000);

    QVERIFY(!editor->isBusy());
    QVERIFY(!work->isVisible());
    QCOMPARE(generated.size(), 1);
    QCOMPARE(imported.size(), 0);
    QCOMPARE(exported.size(), 1);
    QVERIFY(!QFile::exists(csv));
    QCOMPARE(editor->undoStack()->count(), steps);
    QCOMPARE(editor->document().layout(), before);
    QVERIFY(editor->banner()->text().contains(u"unchanged"_s));

    // The same import without cancelling reaches 100 % and replaces the layout in one step.
    percent.clear();
    editor->importFile(plan);
    QTRY_COMPARE_WITH_TIMEOUT(imported.size(), 1, 120'000);
    QCOMPARE(imported.first().first().toBool(), true);
    QCOMPARE(percent.last().first().toInt(), 100);
    QCOMPARE(editor->document().seatCount(), before.seats.size());
    QCOMPARE(editor->undoStack()->count(), steps + 1);

    if (const QString dir = outputDir(); !dir.isEmpty()) {
        editor->importFile(plan);
        QTRY_VERIFY_WITH_TIMEOUT(work->percent() > 0 || !editor->isBusy(), 120'000);
        QVERIFY(editor->grab().save(dir + u"/layouteditor-progress.png"_s));
        QTRY_COMPARE_WITH_TIMEOUT(imported.size(), 2, 120'000);
    }
}

void TestLayoutEditor::closingAsksToSaveChanges()
{
    LayoutEditor *editor = openEditor();
    QVERIFY(editor);
    editor->document().setSelection({0});
    editor->inspector()->applyFlag(int(SeatFlag::RestrictedView), true);
    QVERIFY(editor->isWindowModified());
    auto question = [editor] { return editor->findChild<QMessageBox *>(u"unsavedQuestion"_s); };

    // Cancel: the window and its changes stay.
    editor->close();
    QTRY_VERIFY(question() && question()->isVisible());
    QCOMPARE(question()->defaultButton(), question()->button(QMessageBox::Save));
    QTest::mouseClick(question()->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!question());
    QVERIFY(editor->isVisible());
    QVERIFY(editor->isWindowModified());

    // Save: the layout is saved, then the window closes.
    editor->close();
    QTRY_VERIFY(question() && question()->isVisible());
    QSignalSpy saved(editor, &LayoutEditor::saved);
    QTest::mouseClick(question()->button(QMessageBox::Save), Qt::LeftButton);
    QTRY_COMPARE(saved.size(), 1);
    QTRY_VERIFY(!editor->isVisible());
    const Result<VenueLayout> stored = m_office->layout(m_event.id).result();
    QVERIFY(stored);
    QVERIFY(stored->seats.first().flags.testFlag(SeatFlag::RestrictedView));
}

void TestLayoutEditor::screenshots()
{
    const QString dir = outputDir();
    LayoutEditor *editor = openEditor();
    QVERIFY(editor);
    editor->resize(1280, 820);
    QList<qsizetype> hall(editor->document().seatCount());
    std::iota(hall.begin(), hall.end(), 0);
    editor->document().setSelection(hall);
    editor->deleteSelection();
    QSignalSpy generated(editor, &LayoutEditor::generated);
    SectionSpec spec = curvedSection(u"Circle"_s, u"front"_s);
    spec.rows = 14;
    spec.seatsPerRow = 40;
    spec.aisleAfterSeats = {10, 30};
    spec.rowCategories = {RowCategory{8, 13, u"rear"_s}};
    spec.offsetY = 80;
    editor->generateSection(spec);
    QTRY_COMPARE(generated.size(), 1);
    QList<qsizetype> some;
    for (qsizetype s = 40 * 3 + 12; s < 40 * 3 + 18; ++s)
        some << s;
    editor->document().setSelection(some);
    editor->canvas()->fitAll();
    QTest::qWait(50);
    if (!dir.isEmpty())
        QVERIFY(editor->grab().save(dir + u"/layouteditor-curved.png"_s));
    // A refused edit says why in the banner.
    QVERIFY(
        !editor->categoryModel()->setData(editor->categoryModel()->index(0, CategoryModel::PriceColumn), -5));
    QTest::qWait(20);
    if (!dir.isEmpty())
        QVERIFY(editor->grab().save(dir + u"/layouteditor-refused-price.png"_s));

    VenueLayout layout = editor->document().layout();
    layout.seats[20].number = layout.seats[21].number;
    layout.seats[21].row = layout.seats[20].row;
    layout.seats[30].category.clear();
    layout.seats[40].x = layout.seats[41].x + 0.5;
    layout.seats[40].y = layout.seats[41].y;
    editor->undoStack()->push(new ReplaceLayoutCommand(editor->document(), u"break"_s, layout));
    QVERIFY(editor->validate());
    editor->problemView()->setCurrentIndex(editor->problemModel()->index(0));
    QTest::qWait(50);
    if (!dir.isEmpty())
        QVERIFY(editor->grab().save(dir + u"/layouteditor-problems.png"_s));

    editor->openGenerateDialog();
    auto *dialog = editor->findChild<GenerateSectionDialog *>();
    QVERIFY(dialog);
    spec.section = u"Upper circle"_s;
    spec.rotationDegrees = 15;
    dialog->setSpec(spec);
    QTest::qWait(20);
    if (!dir.isEmpty())
        QVERIFY(dialog->grab().save(dir + u"/layouteditor-generate.png"_s));
    dialog->reject();
}

QTEST_MAIN(TestLayoutEditor)
#include "tst_layouteditor.moc"
