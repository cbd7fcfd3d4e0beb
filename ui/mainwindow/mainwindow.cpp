#include "ui/mainwindow/mainwindow.h"

#include "core/boxoffice/boxoffice.h"
#include "core/boxoffice/localboxoffice.h"
#include "ui/admin/adminwindows.h"
#include "ui/layouteditor/layouteditor.h"
#include "ui/mainwindow/aboutdialog.h"
#include "ui/mainwindow/appsettings.h"
#include "ui/mainwindow/eventpicker.h"
#include "ui/mainwindow/messagebanner.h"
#include "ui/mainwindow/orderlookupdialog.h"
#include "ui/mainwindow/prompter.h"
#include "ui/mainwindow/saleform.h"
#include "ui/mainwindow/salespanel.h"
#include "ui/mainwindow/settingsdialog.h"
#include "ui/mainwindow/statusbarwidgets.h"
#include "ui/mainwindow/uisupport.h"
#include "ui/seatmap/seatmaplegend.h"
#include "ui/seatmap/seatmapview.h"
#include "ui/simulation/simulationpanel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QScrollArea>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tessera {

namespace {} // namespace

MainWindow::MainWindow(BoxOffice &box, const QString &databaseText, QWidget *parent)
    : QMainWindow(parent)
    , m_box(box)
    , m_databaseText(databaseText)
    , m_ownPrompter(std::make_unique<DialogPrompter>())
    , m_prompter(m_ownPrompter.get())
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Tessera box office"));

    // Left: events and the legend.
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(6, 6, 0, 6);
    m_picker = new EventPicker(m_box, left);
    m_legend = new SeatMapLegend(left);
    leftLayout->addWidget(m_picker, 1);
    leftLayout->addWidget(m_legend);

    // Centre: header, messages, the map.
    auto *centre = new QWidget(this);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 6, 0, 6);
    m_header = new QLabel(centre);
    m_header->setObjectName(u"eventHeader"_s);
    m_header->setTextFormat(Qt::RichText);
    m_banner = new MessageBanner(centre);
    m_map = new SeatMapView(centre);
    m_map->setObjectName(u"seatMap"_s);
    m_map->setHolderNameResolver([this](HolderId id) { return m_box.holderName(id); });
    centreLayout->addWidget(m_header);
    centreLayout->addWidget(m_map, 1);
    // The banner floats over the top of the map instead of pushing it down: the seats stay where
    // the clerk's mouse is when a message comes or goes. The map keeps the room of a one-line
    // message free above the venue, so that a message covers no seat either. A confirmation
    // makes way for the seats under it once the clerk works on the map again.
    m_banner->floatOver(m_map, m_map->viewport(), [this](int band) { m_map->setTopBand(band); });

    // Right: the cart, scrollable so that it fits small screens.
    m_sales = new SalesPanel(m_box, m_map, this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_sales);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(m_sales->minimumWidth() + 24);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(centre);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 0);
    splitter->setSizes({250, 660, 340});
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);

    m_status = new StatusBarWidgets(m_box, statusBar());
    createMenus();

    connect(m_picker, &EventPicker::eventChosen, this, &MainWindow::chooseEvent);
    connect(m_map, &SeatMapView::selectionChanged, this, &MainWindow::updateSelectionStatus);
    connect(m_sales, &SalesPanel::shownEventEnded, this, [this] {
        updateHeader();
        updateSelectionStatus();
    });
    connect(m_map, &SeatMapView::standingAreaActivated, m_sales, &SalesPanel::chooseStandingArea);
    connect(m_sales, &SalesPanel::messageRequested, m_banner, &MessageBanner::showMessage);
    connect(m_sales, &SalesPanel::availabilityChanged, m_picker, &EventPicker::refresh);
    connect(m_sales, &SalesPanel::holdChanged, this, &MainWindow::updateHeader);
    connect(&m_box, &BoxOffice::seatsChanged, this,
            [this](const QUuid &eventId, const QList<quint32> &seats) {
                if (eventId == m_eventId)
                    m_map->seatsChanged(seats);
            });
    connect(&m_box, &BoxOffice::standingChanged, this, [this](const QUuid &eventId) {
        const auto entry = m_map->entry();
        if (eventId != m_eventId || !entry)
            return;
        QList<quint32> areas;
        for (qsizetype a = 0; a < entry->layout.standingAreas.size(); ++a)
            areas << static_cast<quint32>(a);
        m_map->standingAreasChanged(areas);
    });
    connect(m_picker, &EventPicker::eventsLoaded, this, &MainWindow::updateHeader);
    connect(&m_box, &BoxOffice::eventsChanged, this, &MainWindow::followShownEvent);

    setTerminalName(AppSettings::terminalName());
    applySettings();
    resize(1280, 800);
    AppSettings::restoreGeometry(this, u"mainWindow"_s);
    updateHeader();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    connect(menuAction(file, tr("&Settings…"), QKeySequence(u"Ctrl+,"_s),
                       tr("Terminal name, hold time, printer")),
            &QAction::triggered, this, &MainWindow::openSettings);
    connect(menuAction(file, tr("Co&nnect to server…"), QKeySequence(u"Ctrl+Shift+O"_s),
                       tr("Sell from a tessera-server instead of this computer's database")),
            &QAction::triggered, this, &MainWindow::requestConnectToServer);
    file->addSeparator();
    connect(menuAction(file, tr("&Quit"), QKeySequence::Quit, tr("Close Tessera")), &QAction::triggered, this,
            &QWidget::close);

    QMenu *sales = menuBar()->addMenu(tr("&Sales"));
    connect(menuAction(sales, tr("&Hold selected seats"), QKeySequence(u"Ctrl+H"_s),
                       tr("Hold the seats selected on the map")),
            &QAction::triggered, m_sales, &SalesPanel::holdSelection);
    connect(menuAction(sales, tr("&Best available"), QKeySequence(u"Ctrl+B"_s),
                       tr("Hold the best seats together (quantity and category in the cart)")),
            &QAction::triggered, m_sales, &SalesPanel::holdBestAvailable);
    connect(menuAction(sales, tr("&Extend hold"), QKeySequence(u"Ctrl+E"_s),
                       tr("Give the hold its full time again")),
            &QAction::triggered, m_sales, &SalesPanel::extendHold);
    QAction *release =
        menuAction(sales, tr("&Release hold"), QKeySequence(u"Ctrl+R"_s), tr("Give the places back"));
    connect(release, &QAction::triggered, m_sales, &SalesPanel::releaseHold);
    QAction *escape = new QAction(this);
    escape->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(escape, &QAction::triggered, this, &MainWindow::escape);
    addAction(escape);
    connect(menuAction(sales, tr("&Sell"), QKeySequence(u"Ctrl+Return"_s), tr("Sell the held places")),
            &QAction::triggered, m_sales->saleForm(), &SaleForm::submit);
    sales->addSeparator();
    connect(menuAction(sales, tr("Save tickets as &PDF…"), QKeySequence(u"Ctrl+Shift+S"_s),
                       tr("The last sale's tickets as a PDF file")),
            &QAction::triggered, m_sales, &SalesPanel::saveTickets);
    connect(
        menuAction(sales, tr("Pr&int tickets…"), QKeySequence::Print, tr("Print the last sale's tickets")),
        &QAction::triggered, m_sales, &SalesPanel::printTickets);
    connect(
        menuAction(sales, tr("Save re&ceipt…"), QKeySequence(), tr("The last sale's receipt as a PDF file")),
        &QAction::triggered, m_sales, &SalesPanel::saveReceipt);
    sales->addSeparator();
    connect(menuAction(sales, tr("&Find order…"), QKeySequence::Find,
                       tr("Find an order by ticket id, order id or customer; cancel, refund, reprint")),
            &QAction::triggered, this, &MainWindow::openOrderLookup);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    connect(menuAction(view, tr("Find &event"), QKeySequence(u"Ctrl+K"_s), tr("Search the events")),
            &QAction::triggered, this, [this] {
                m_picker->filterEdit()->setFocus();
                m_picker->filterEdit()->selectAll();
            });
    connect(menuAction(view, tr("&Refresh events"), QKeySequence::Refresh,
                       tr("Reload the events and their counts")),
            &QAction::triggered, m_picker, &EventPicker::refresh);
    view->addSeparator();
    connect(menuAction(view, tr("Zoom &in"), QKeySequence::ZoomIn, tr("Zoom into the seat map")),
            &QAction::triggered, m_map, &SeatMapView::zoomIn);
    connect(menuAction(view, tr("Zoom &out"), QKeySequence::ZoomOut, tr("Zoom out of the seat map")),
            &QAction::triggered, m_map, &SeatMapView::zoomOut);
    connect(menuAction(view, tr("&Fit venue"), QKeySequence(u"Ctrl+0"_s), tr("Show the whole venue")),
            &QAction::triggered, m_map, &SeatMapView::fitToView);
    connect(
        menuAction(view, tr("Seat &map"), QKeySequence(u"Ctrl+M"_s), tr("Put the keyboard focus on the map")),
        &QAction::triggered, this, [this] { m_map->setFocus(); });

    QMenu *admin = menuBar()->addMenu(tr("&Admin"));
    admin->setObjectName(u"adminMenu"_s); // AdminWindows adds its windows to this menu
    AdminWindows::install(this, m_box)->setShownEvent([this] { return m_eventId; });
    connect(menuAction(admin, tr("Edit &layout…"), QKeySequence(u"Ctrl+L"_s),
                       tr("Edit the seats, categories and standing areas of the current event")),
            &QAction::triggered, this, &MainWindow::openLayoutEditor);
    QMenu *demo = menuBar()->addMenu(tr("&Demo"));
    connect(menuAction(demo, tr("&Simulation…"), QKeySequence(u"Ctrl+D"_s),
                       tr("Processing units racing for the seats of the shown event, live")),
            &QAction::triggered, this, &MainWindow::openSimulation);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    connect(menuAction(help, tr("&Mouse and keys"), QKeySequence::HelpContents,
                       tr("How to use the seat map, and the keys of every menu")),
            &QAction::triggered, this, [this] { m_banner->showInfo(keysHelp()); });
    connect(menuAction(help, tr("&About Tessera"), QKeySequence(), QString()), &QAction::triggered, this,
            &MainWindow::openAbout);
}

QString MainWindow::keysHelp() const
{
    QStringList lines{SeatMapView::controlsHelp()};
    auto plain = [](QString text) { return text.remove(u'&').remove(u'…'); };
    // The menus' keys as they are now (the Admin menu is added by AdminWindows).
    for (const QAction *entry : menuBar()->actions()) {
        const QMenu *menu = entry->menu();
        QStringList keys;
        for (const QAction *action : menu ? menu->actions() : QList<QAction *>()) {
            if (!action->shortcut().isEmpty())
                keys << tr("%1 %2").arg(action->shortcut().toString(QKeySequence::NativeText),
                                        plain(action->text()));
        }
        if (!keys.isEmpty())
            lines << tr("%1: %2.").arg(plain(menu->title()), keys.join(u" · "_s));
    }
    lines << tr("Simulation window: %1.").arg(SimulationPanel::keysSummary());
    lines << tr("Other windows: %1 closes the window; Esc closes the Events, Waiting room and Simulation "
                "windows.")
                 .arg(QKeySequence(u"Ctrl+W"_s).toString(QKeySequence::NativeText));
    return lines.join(u'\n');
}

QAction *MainWindow::menuAction(QMenu *menu, const QString &text, const QKeySequence &shortcut,
                                const QString &tip)
{
    QAction *action = menu->addAction(text);
    action->setShortcut(shortcut);
    action->setStatusTip(tip);
    action->setToolTip(tip);
    return action;
}

void MainWindow::setTerminalName(const QString &name)
{
    m_terminal = name;
    m_sales->setHolder(name);
    m_map->setOwnHolder(m_box.holderId(name));
    m_status->setTerminal(name);
}

void MainWindow::setPrompter(Prompter *prompter)
{
    m_prompter = prompter ? prompter : m_ownPrompter.get();
}

LayoutEditor *MainWindow::openLayoutEditor()
{
    if (m_eventId.isNull()) {
        m_banner->showError(tr("Choose an event first."));
        return nullptr;
    }
    if (m_layoutEditor && m_layoutEditor->eventId() != m_eventId)
        m_layoutEditor->close();
    if (!m_layoutEditor || m_layoutEditor->eventId() != m_eventId) {
        m_layoutEditor = new LayoutEditor(m_box, m_eventId, this);
        m_layoutEditor->setWindowFlag(Qt::Window);
        m_layoutEditor->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_layoutEditor, &LayoutEditor::saved, this, [this](const Event &event) {
            if (event.id == m_eventId)
                openEvent(event.id);
        });
    }
    m_layoutEditor->show();
    m_layoutEditor->raise();
    m_layoutEditor->activateWindow();
    return m_layoutEditor;
}

void MainWindow::openEvent(const QUuid &eventId)
{
    const auto entry = m_box.catalogEntry(eventId);
    const EventSpace *space = m_box.seatSpace(eventId);
    if (!entry || !space) {
        m_banner->showError(tr("This event is no longer available."));
        return;
    }
    if (eventId != m_eventId && m_banner->isVisible())
        m_banner->dismiss(); // said of the event shown until now
    m_eventId = eventId;
    m_map->setEvent(entry, space);
    m_legend->setEntry(entry);
    m_sales->setEvent(entry);
    m_picker->selectEvent(eventId);
    m_status->setSelection(0, 0);
    updateHeader();
    Q_EMIT eventShown(eventId);
}

void MainWindow::chooseEvent(const QUuid &eventId)
{
    if (eventId == m_eventId && m_map->entry())
        return; // shown already (the list following the window)
    const std::optional<Hold> &hold = m_sales->currentHold();
    const auto holdEntry = hold ? m_box.catalogEntry(hold->eventId) : nullptr;
    const auto chosen = m_box.catalogEntry(eventId);
    if (!hold || !holdEntry || hold->eventId == eventId || !chosen) {
        openEvent(eventId);
        return;
    }
    // The list back on the event shown, now and once the click that chose the other one has
    // marked its row.
    m_picker->selectEvent(m_eventId);
    QTimer::singleShot(0, m_picker, [this] { m_picker->selectEvent(m_eventId); });
    const int places = static_cast<int>(hold->placeCount());
    m_prompter->confirm(
        this, tr("Open another event"),
        tr("Release the %n place(s) held for this customer at %1 and open %2?", nullptr, places)
            .arg(holdEntry->event.name, chosen->event.name),
        tr("&Release and open"), [this, eventId, holdId = hold->id] {
            // Unless the hold was sold, released or lost meanwhile (then
            // there is nothing left to give back), and the event is still there.
            const std::optional<Hold> &now = m_sales->currentHold();
            if ((!now || now->id == holdId) && m_box.catalogEntry(eventId))
                openEvent(eventId);
        });
}

void MainWindow::followShownEvent()
{
    if (m_eventId.isNull() || !m_map->entry())
        return;
    const auto entry = m_box.catalogEntry(m_eventId);
    if (!entry)
        return; // deleted: the event list shows another one
    if (m_box.seatSpace(m_eventId) != m_map->space()) {
        // A new layout (saved here or in another window): show it.
        const QUuid eventId = m_eventId;
        openEvent(eventId);
        return;
    }
    if (entry != m_sales->entry()) {
        // Renamed, moved or re-priced: tickets printed from now on say so.
        m_sales->setEvent(entry);
        m_legend->setEntry(entry);
    }
    if (entry != m_map->entry())
        m_map->setEntry(entry); // the same places: the clerk's selection stays
    updateHeader();
}

void MainWindow::updateHeader()
{
    const auto shown = m_map->entry();
    const auto current = shown ? m_box.catalogEntry(shown->event.id) : nullptr;
    const auto entry = current ? current : shown;
    if (!entry) {
        m_header->setText(tr("<b>Choose an event at the left.</b>"));
        return;
    }
    m_header->setText(u"<span style='font-size:large'><b>%1</b></span> &nbsp; %2 &nbsp;·&nbsp; %3"_s.arg(
        entry->event.name.toHtmlEscaped(), entry->event.venue.toHtmlEscaped(),
        eventStartText(entry->event.startTime)));
    if (entry->event.hasEndedAt(QDateTime::currentDateTimeUtc()))
        m_header->setText(m_header->text() + u" &nbsp;·&nbsp; <b>%1</b>"_s.arg(tr("ended")));
    setWindowTitle(tr("%1 — Tessera box office").arg(entry->event.name));
}

OrderLookupDialog *MainWindow::openOrderLookup()
{
    if (!m_lookup) {
        m_lookup = new OrderLookupDialog(m_box, *m_prompter, this);
        connect(m_lookup, &OrderLookupDialog::orderChanged, m_picker, &EventPicker::refresh);
        connect(m_lookup, &OrderLookupDialog::orderChanged, m_sales, &SalesPanel::refreshStanding);
    }
    m_lookup->show();
    m_lookup->raise();
    m_lookup->activateWindow();
    m_lookup->searchEdit()->setFocus();
    m_lookup->searchEdit()->selectAll(); // the next search replaces the last one as it is typed
    return m_lookup;
}

SimulationPanel *MainWindow::openSimulation()
{
    auto *local = qobject_cast<LocalBoxOffice *>(&m_box);
    if (!local) {
        m_banner->showError(
            tr("The simulation runs on the embedded engine only, not over a server connection."));
        return nullptr;
    }
    if (!m_simulation) {
        m_simulation = new SimulationPanel(*local, this);
        connect(this, &MainWindow::eventShown, m_simulation, [this](const QUuid &eventId) {
            if (m_simulation->state() == SimulationState::Idle)
                m_simulation->setEvent(eventId);
        });
    }
    if (!m_eventId.isNull())
        m_simulation->setEvent(m_eventId);
    m_simulation->show();
    m_simulation->raise();
    m_simulation->activateWindow();
    return m_simulation;
}

void MainWindow::openSettings()
{
    auto *dialog = new SettingsDialog(m_databaseText, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::settingsChanged, this, [this] {
        setTerminalName(AppSettings::terminalName());
        applySettings();
        showPricesAgain();
    });
    dialog->open();
}

void MainWindow::openAbout()
{
    auto *dialog = new AboutDialog(m_databaseText, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::applySettings()
{
    m_sales->setHoldSeconds(AppSettings::holdSeconds());
}

void MainWindow::showPricesAgain()
{
    // Every price text on screen, in the currency just chosen; the clerk's hold and selection stay.
    if (const auto entry = m_sales->entry()) {
        m_sales->setEvent(entry);
        m_legend->setEntry(entry);
    }
    updateSelectionStatus();
}

void MainWindow::updateSelectionStatus()
{
    m_status->setSelection(static_cast<int>(m_map->selection().count()),
                           m_sales->eventEnded() ? -1 : m_map->selectedTotalCents());
}

void MainWindow::escape()
{
    // The lightest undo first: the event search being typed, a selection, then a message, and
    // the hold only when asked.
    QLineEdit *search = m_picker->filterEdit();
    if (search->hasFocus() && !search->text().isEmpty())
        search->clear();
    else if (!m_map->selection().isEmpty())
        m_map->clearSelection();
    else if (m_banner->isVisible())
        m_banner->dismiss();
    else if (m_sales->currentHold())
        m_sales->askToReleaseHold();
}

void MainWindow::requestConnectToServer()
{
    if (m_simulation && m_simulation->isResettingToClose())
        return; // a reset to close is under way: the window closes when it is done
    if (m_simulation && m_simulation->hasChangesToReset()) {
        switch (m_simulation->askAboutChanges(this, SimulationPanel::Leaving::Database)) {
        case SimulationPanel::CloseChoice::Cancel:
            return;
        case SimulationPanel::CloseChoice::Reset:
            m_simulation->resetThen([this] {
                if (!m_simulation->hasChangesToReset())
                    Q_EMIT connectToServerRequested();
            });
            return;
        case SimulationPanel::CloseChoice::Keep:
            m_simulation->stopRunning(); // it would otherwise sell on unseen if the connection is cancelled
            m_simulation->hide();
            break;
        }
    }
    Q_EMIT connectToServerRequested();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // A simulation's sales and holds can only be reset while Tessera runs: ask before quitting.
    if (m_simulation && (m_simulation->isResettingToClose() || m_simulation->hasChangesToReset())) {
        const SimulationPanel::CloseChoice choice =
            m_simulation->isResettingToClose()
                ? SimulationPanel::CloseChoice::Cancel
                : m_simulation->askAboutChanges(this, SimulationPanel::Leaving::Application);
        if (choice == SimulationPanel::CloseChoice::Reset)
            m_simulation->resetThen([this] { close(); });
        if (choice != SimulationPanel::CloseChoice::Keep) {
            event->ignore();
            return;
        }
        m_simulation->hide(); // answered: its own close must not ask again
    }
    AppSettings::saveGeometry(this, u"mainWindow"_s);
    if (m_sales->currentHold())
        m_sales->releaseHold();
    QMainWindow::closeEvent(event);
}

} // namespace tessera
