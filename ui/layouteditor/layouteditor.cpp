#include "ui/layouteditor/layouteditor.h"

#include "core/boxoffice/boxoffice.h"
#include "ui/layouteditor/categorymodel.h"
#include "ui/layouteditor/generatesectiondialog.h"
#include "ui/layouteditor/layoutcanvas.h"
#include "ui/layouteditor/layoutcommands.h"
#include "ui/layouteditor/layoutdocument.h"
#include "ui/layouteditor/problemmodel.h"
#include "ui/layouteditor/seatinspector.h"
#include "ui/layouteditor/standingareamodel.h"
#include "ui/layouteditor/workprogress.h"
#include "ui/mainwindow/filedialogs.h"
#include "ui/mainwindow/messagebanner.h"
#include "ui/mainwindow/uisupport.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

#include <numeric>

namespace tessera {

namespace {

QAction *addMenuAction(QMenu *menu, const QString &text, const QKeySequence &shortcut, const QString &tip)
{
    QAction *action = menu->addAction(text);
    action->setShortcut(shortcut);
    action->setStatusTip(tip);
    action->setToolTip(tip);
    return action;
}

QWidget *tableWithButtons(QTableView *view, QPushButton *add, QPushButton *remove, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(view, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->hide();
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    return box;
}

} // namespace

LayoutEditor::LayoutEditor(BoxOffice &box, const QUuid &eventId, QWidget *parent)
    : QMainWindow(parent)
    , m_box(box)
    , m_eventId(eventId)
{
    m_document = new LayoutDocument(this);
    m_undo = new QUndoStack(this);
    m_canvas = new LayoutCanvas(*m_document, this);
    m_canvas->setObjectName(QStringLiteral("layoutCanvas"));
    m_canvas->setUndoStack(m_undo);

    // Messages float over the top of the canvas, which keeps its size: the seats under the
    // pointer stay where they are when "Saved" comes. The fitted layout leaves them room.
    auto *centre = new QWidget(this);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    centreLayout->addWidget(m_canvas, 1);
    setCentralWidget(centre);
    m_banner = new MessageBanner(centre);
    m_banner->floatOver(m_canvas, m_canvas, [this](int band) { m_canvas->setTopBand(band); });

    createDocks();
    createActions();

    m_statusSeats = new QLabel(this);
    m_statusHover = new QLabel(this);
    m_work = new WorkProgress(this);
    m_work->setObjectName(QStringLiteral("workProgress"));
    statusBar()->addWidget(m_statusHover, 1);
    statusBar()->addPermanentWidget(m_work);
    statusBar()->addPermanentWidget(m_statusSeats);

    connect(m_undo, &QUndoStack::cleanChanged, this, &LayoutEditor::updateTitle);
    connect(this, &LayoutEditor::saved, this, [this] {
        if (std::exchange(m_closeWhenSaved, false))
            close(); // asks again if something is still not saved
    });
    connect(this, &LayoutEditor::saveFailed, this, [this] { m_closeWhenSaved = false; });
    connect(this, &LayoutEditor::workCancelled, this, [this] { m_closeWhenSaved = false; });
    connect(m_document, &LayoutDocument::structureChanged, this, &LayoutEditor::updateStatus);
    connect(m_document, &LayoutDocument::selectionChanged, this, &LayoutEditor::updateStatus);
    connect(m_document, &LayoutDocument::standingAreasChanged, this, &LayoutEditor::updateStatus);
    connect(m_canvas, &LayoutCanvas::deleteRequested, this, &LayoutEditor::deleteSelection);
    connect(m_canvas, &LayoutCanvas::hovered, this, [this](qsizetype seat) {
        if (seat < 0) {
            m_statusHover->clear();
            return;
        }
        const LayoutSeat &s = m_document->seat(seat);
        const PriceCategory *category = m_document->layout().findCategory(s.category);
        m_statusHover->setText(tr("%1 · %2 · (%3, %4)")
                                   .arg(s.label(), category ? category->name : tr("no category"))
                                   .arg(s.x, 0, 'f', 1)
                                   .arg(s.y, 0, 'f', 1));
    });

    resize(1280, 820);
    updateTitle();
    updateStatus();
    load();
}

LayoutEditor::~LayoutEditor()
{
    // The models and views listen to the document; drop them before it goes.
    m_undo->clear();
}

void LayoutEditor::createDocks()
{
    auto dock = [this](const QString &title, const QString &name, QWidget *content, Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(content);
        addDockWidget(area, d);
        return d;
    };

    m_inspector = new SeatInspector(*m_document, *m_undo, this);
    QDockWidget *seats =
        dock(tr("Selected seats"), QStringLiteral("seatsDock"), m_inspector, Qt::RightDockWidgetArea);

    m_categories = new CategoryModel(*m_document, *m_undo, this);
    connect(m_categories, &CategoryModel::editRefused, m_banner, &MessageBanner::showError);
    m_categoryView = new QTableView(this);
    m_categoryView->setModel(m_categories);
    auto *addCategory = new QPushButton(tr("Add"), this);
    auto *removeCategory = new QPushButton(tr("Remove"), this);
    addCategory->setToolTip(tr("Add a price category"));
    removeCategory->setToolTip(tr("Remove the chosen category (only when no seat uses it)"));
    QDockWidget *categories =
        dock(tr("Price categories"), QStringLiteral("categoriesDock"),
             tableWithButtons(m_categoryView, addCategory, removeCategory, this), Qt::LeftDockWidgetArea);
    connect(addCategory, &QPushButton::clicked, this, [this] {
        const int row = m_categories->addCategory(tr("Category %1").arg(m_categories->rowCount() + 1), 0);
        m_categoryView->setCurrentIndex(m_categories->index(row, CategoryModel::NameColumn));
        m_categoryView->edit(m_categoryView->currentIndex());
    });
    connect(removeCategory, &QPushButton::clicked, this, [this] {
        if (!m_categories->removeCategory(m_categoryView->currentIndex().row()))
            m_banner->showError(
                tr("Seats or standing areas still use this category; give them another first."));
    });

    m_standing = new StandingAreaModel(*m_document, *m_undo, this);
    connect(m_standing, &StandingAreaModel::editRefused, m_banner, &MessageBanner::showError);
    m_standingView = new QTableView(this);
    m_standingView->setModel(m_standing);
    auto *addArea = new QPushButton(tr("Add"), this);
    auto *removeArea = new QPushButton(tr("Remove"), this);
    addArea->setToolTip(tr("Add a standing area with a capacity"));
    QDockWidget *standing =
        dock(tr("Standing areas"), QStringLiteral("standingDock"),
             tableWithButtons(m_standingView, addArea, removeArea, this), Qt::LeftDockWidgetArea);
    connect(addArea, &QPushButton::clicked, this, [this] {
        const VenueLayout &layout = m_document->layout();
        if (layout.categories.isEmpty()) {
            m_banner->showError(tr("Add a price category first."));
            return;
        }
        const QPointF at = freeOrigin();
        m_standing->addArea(tr("Standing %1").arg(m_standing->rowCount() + 1), layout.categories.first().id,
                            100, QRectF(at, QSizeF(100, 60)));
    });
    connect(removeArea, &QPushButton::clicked, this,
            [this] { m_standing->removeArea(m_standingView->currentIndex().row()); });

    m_problems = new ProblemModel(this);
    m_problemView = new QListView(this);
    m_problemView->setObjectName(QStringLiteral("problemList"));
    m_problemView->setModel(m_problems);
    m_problemView->setWordWrap(true);
    m_problemView->setUniformItemSizes(false);
    m_problemDock =
        dock(tr("Problems"), QStringLiteral("problemsDock"), m_problemView, Qt::BottomDockWidgetArea);
    connect(m_problemView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    showProblem(current.row());
            });

    auto *history = new QUndoView(m_undo, this);
    history->setEmptyLabel(tr("Loaded layout"));
    QDockWidget *historyDock =
        dock(tr("History"), QStringLiteral("historyDock"), history, Qt::RightDockWidgetArea);
    tabifyDockWidget(categories, standing);
    categories->raise();
    tabifyDockWidget(seats, historyDock);
    seats->raise();
    resizeDocks({categories}, {330}, Qt::Horizontal);
    resizeDocks({m_problemDock}, {130}, Qt::Vertical);
}

void LayoutEditor::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&Layout"));
    connect(addMenuAction(file, tr("&Save"), QKeySequence::Save,
                          tr("Check the layout and save it for the event")),
            &QAction::triggered, this, &LayoutEditor::save);
    connect(addMenuAction(file, tr("C&heck"), QKeySequence(Qt::Key_F7), tr("List what would stop saving")),
            &QAction::triggered, this, [this] {
                if (m_busy)
                    return;
                checkInBackground([this](bool errors) {
                    if (!errors)
                        m_banner->showInfo(m_problems->rowCount() == 0
                                               ? tr("No problems found.")
                                               : tr("Only warnings; the layout can be saved."));
                });
            });
    file->addSeparator();
    connect(addMenuAction(file, tr("&Import…"), QKeySequence::Open,
                          tr("Read a pretix seating plan or a seat CSV")),
            &QAction::triggered, this, [this] {
                const QString path =
                    chooseOpenFile(this, tr("Import layout"), {},
                                   tr("Seating plans (*.json *.csv);;pretix JSON (*.json);;CSV (*.csv)"));
                if (!path.isEmpty())
                    importFile(path);
            });
    connect(addMenuAction(file, tr("&Export…"), QKeySequence(QStringLiteral("Ctrl+Shift+E")),
                          tr("Write the layout as a pretix seating plan or a seat CSV")),
            &QAction::triggered, this, [this] {
                QString filter;
                const QString path = chooseSaveFile(this, tr("Export layout"), m_eventName,
                                                    tr("pretix JSON (*.json);;CSV (*.csv)"), &filter);
                if (path.isEmpty())
                    return;
                const bool csv =
                    filter.contains(QLatin1String("csv")) || path.endsWith(QLatin1String(".csv"));
                const QString suffix = csv ? QStringLiteral(".csv") : QStringLiteral(".json");
                exportFile(path.endsWith(suffix, Qt::CaseInsensitive) ? path : path + suffix);
            });
    file->addSeparator();
    QAction *close = addMenuAction(file, tr("&Close"), QKeySequence::Close, tr("Close the editor"));
    close->setShortcuts(QKeySequence::Close); // every binding (Ctrl+W and Ctrl+F4), not the first
    connect(close, &QAction::triggered, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(QStringLiteral("Ctrl+Shift+Z")), QKeySequence::Redo});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    connect(addMenuAction(edit, tr("&Generate section…"), QKeySequence(QStringLiteral("Ctrl+G")),
                          tr("Add rows of seats with numbering, curve, rotation and aisles")),
            &QAction::triggered, this, &LayoutEditor::openGenerateDialog);
    connect(addMenuAction(edit, tr("&Delete seats"), QKeySequence::Delete, tr("Delete the selected seats")),
            &QAction::triggered, this, &LayoutEditor::deleteSelection);
    connect(addMenuAction(edit, tr("Select &all"), QKeySequence::SelectAll, tr("Select every seat")),
            &QAction::triggered, this, [this] {
                QList<qsizetype> all(m_document->seatCount());
                std::iota(all.begin(), all.end(), 0);
                m_document->setSelection(all);
            });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    connect(addMenuAction(view, tr("&Fit layout"), QKeySequence(QStringLiteral("Ctrl+0")),
                          tr("Show the whole layout")),
            &QAction::triggered, m_canvas, &LayoutCanvas::fitAll);
    for (QDockWidget *d : findChildren<QDockWidget *>())
        view->addAction(d->toggleViewAction());

    auto *tools = addToolBar(tr("Layout"));
    tools->setObjectName(QStringLiteral("layoutToolBar"));
    // On the tool bar Undo and Redo keep their short names ("Undo Block seats (House)" is the
    // tooltip): buttons that grow and shrink with each edit move the ones after them away from
    // under the mouse.
    for (QAction *source : {undo, redo}) {
        auto *button = new QAction(source->text(), this);
        button->setObjectName(source == undo ? QStringLiteral("toolBarUndo") : QStringLiteral("toolBarRedo"));
        auto follow = [button, source, name = source == undo ? tr("Undo") : tr("Redo")] {
            button->setText(name);
            button->setEnabled(source->isEnabled());
            QString what = source->text();
            button->setToolTip(QStringLiteral("%1 (%2)").arg(
                what.remove(u'&'), source->shortcut().toString(QKeySequence::NativeText)));
        };
        follow();
        connect(source, &QAction::changed, button, follow);
        connect(button, &QAction::triggered, source, &QAction::trigger);
        tools->addAction(button);
    }
    tools->addSeparator();
    for (QAction *action : edit->actions()) {
        if (action->text() == tr("&Generate section…"))
            tools->addAction(action);
    }
    for (QAction *action : file->actions()) {
        if (action->text() == tr("C&heck") || action->text() == tr("&Save"))
            tools->addAction(action);
    }
    tools->addSeparator();
    m_capacity = new QSpinBox(this);
    m_capacity->setRange(0, 10'000'000);
    m_capacity->setGroupSeparatorShown(true);
    m_capacity->setSpecialValueText(tr("not checked"));
    m_capacity->setToolTip(tr("The capacity the venue declares: the check before saving makes sure seats and "
                              "standing places add up to it"));
    auto *capacityLabel = new QLabel(tr(" Declared capacity: "), this);
    capacityLabel->setBuddy(m_capacity);
    tools->addWidget(capacityLabel);
    tools->addWidget(m_capacity);
}

void LayoutEditor::setDeclaredCapacity(qint64 capacity)
{
    m_capacity->setValue(int(std::clamp<qint64>(capacity, 0, m_capacity->maximum())));
}

void LayoutEditor::load()
{
    setBusy(true);
    whenReady(this, m_box.event(m_eventId), [this](const Result<Event> &event) {
        if (event) {
            m_eventName = event->name;
            updateTitle();
        }
    });
    whenReady(this, m_box.layout(m_eventId), [this](const Result<VenueLayout> &layout) {
        setBusy(false);
        if (!layout) {
            m_banner->showError(tr("The layout could not be loaded: %1").arg(layout.error().message));
            return;
        }
        m_document->setLayout(*layout);
        m_base = *layout;
        m_undo->clear();
        m_canvas->fitAll();
        emit loaded();
    });
}

void LayoutEditor::updateTitle()
{
    const QString name = m_eventName.isEmpty() ? tr("Layout editor") : tr("Layout of %1").arg(m_eventName);
    setWindowTitle(name + QStringLiteral("[*]"));
    setWindowModified(!m_undo->isClean());
}

void LayoutEditor::updateStatus()
{
    const VenueLayout &layout = m_document->layout();
    qint64 standing = 0;
    for (const StandingArea &area : layout.standingAreas)
        standing += area.capacity;
    m_statusSeats->setText(tr("%1 seats, %2 standing, %3 selected")
                               .arg(QLocale().toString(layout.seats.size()), QLocale().toString(standing),
                                    QLocale().toString(m_document->selectedCount())));
}

void LayoutEditor::setBusy(bool busy, const QString &label)
{
    m_busy = busy;
    m_canvas->setEnabled(!busy);
    menuBar()->setEnabled(!busy);
    for (QToolBar *bar : findChildren<QToolBar *>())
        bar->setEnabled(!busy);
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        dock->widget()->setEnabled(!busy);
    if (busy && !label.isEmpty()) {
        m_progress = new QProgressDialog(label, QString(), 0, 0, this);
        m_progress->setWindowModality(Qt::WindowModal);
        m_progress->setMinimumDuration(300);
        m_progress->setAutoClose(false);
        m_progress->setValue(0);
    } else if (!busy && m_progress) {
        m_progress->close();
        m_progress->deleteLater();
    }
}

QPointF LayoutEditor::freeOrigin() const
{
    const VenueLayout &layout = m_document->layout();
    double right = layout.stageWidth > 0 ? layout.stageX + layout.stageWidth : 0;
    double top = layout.stageHeight > 0 ? layout.stageY : 0;
    for (const LayoutSeat &seat : layout.seats)
        right = std::max(right, seat.x);
    for (const StandingArea &area : layout.standingAreas)
        right = std::max(right, area.x + area.width);
    return layout.seats.isEmpty() && layout.standingAreas.isEmpty() ? QPointF(0, top)
                                                                    : QPointF(right + 40, top);
}

void LayoutEditor::openGenerateDialog()
{
    auto *dialog = new GenerateSectionDialog(m_document->layout(), freeOrigin(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    SectionSpec defaults;
    defaults.section =
        tr("Section %1").arg(QChar(u'A' + std::min<int>(25, int(m_document->seatCount() > 0))));
    defaults.rows = 10;
    defaults.seatsPerRow = 20;
    defaults.offsetX = freeOrigin().x();
    defaults.offsetY = freeOrigin().y();
    if (!m_document->layout().categories.isEmpty())
        defaults.category = m_document->layout().categories.first().id;
    dialog->setSpec(defaults);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { generateSection(dialog->spec()); });
    dialog->open();
}

void LayoutEditor::deleteSelection()
{
    const QList<qsizetype> selected = m_document->selectedSeats();
    if (selected.isEmpty())
        return;
    m_undo->push(new RemoveSeatsCommand(*m_document, selected));
}

void LayoutEditor::closeEvent(QCloseEvent *event)
{
    if (m_busy) {
        event->ignore();
        return;
    }
    if (!m_undo->isClean() && !m_discardConfirmed) {
        event->ignore();
        auto *box =
            new QMessageBox(QMessageBox::Question, tr("Unsaved layout"),
                            tr("The layout has changes that are not saved. Save them before closing?"),
                            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
        box->setObjectName(QStringLiteral("unsavedQuestion"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setDefaultButton(QMessageBox::Save);
        connect(box->button(QMessageBox::Save), &QAbstractButton::clicked, this, [this] {
            // Closes once saved; a refused save keeps the window open with its message.
            m_closeWhenSaved = true;
            save();
        });
        connect(box->button(QMessageBox::Discard), &QAbstractButton::clicked, this, [this] {
            m_discardConfirmed = true;
            close();
        });
        box->open();
        return;
    }
    QMainWindow::closeEvent(event);
}

} // namespace tessera
