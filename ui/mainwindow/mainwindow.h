#pragma once

#include <QMainWindow>
#include <QPointer>
#include <QUuid>

#include <memory>

class QAction;
class QKeySequence;
class QLabel;
class QMenu;

namespace tessera {

class BoxOffice;
class EventPicker;
class LayoutEditor;
class MessageBanner;
class OrderLookupDialog;
class Prompter;
class SalesPanel;
class SeatMapLegend;
class SeatMapView;
class SimulationPanel;
class StatusBarWidgets;

/// The window a box-office clerk works in all day: the events at the left with the seat map's
/// legend, the live seat map of the chosen event in the centre with a message strip above it,
/// the cart (hold, best available, standing, sale, tickets) at the right, and the database state
/// in the status bar. Works on any BoxOffice; never waits for it on the GUI thread.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    /// `databaseText` names the database for the About dialog (a redacted URL).
    explicit MainWindow(BoxOffice &box, const QString &databaseText = {}, QWidget *parent = nullptr);
    ~MainWindow() override;
    Q_DISABLE_COPY_MOVE(MainWindow)

    /// Who this terminal holds as; AppSettings::terminalName() by default.
    void setTerminalName(const QString &name);
    QString terminalName() const { return m_terminal; }
    /// Replaces the confirmation seam (not owned; must outlive the window). Tests use this.
    void setPrompter(Prompter *prompter);

    QUuid currentEventId() const { return m_eventId; }
    void openEvent(const QUuid &eventId);

    SeatMapView *seatMap() const { return m_map; }
    SeatMapLegend *legend() const { return m_legend; }
    SalesPanel *salesPanel() const { return m_sales; }
    EventPicker *eventPicker() const { return m_picker; }
    MessageBanner *banner() const { return m_banner; }
    StatusBarWidgets *statusWidgets() const { return m_status; }
    /// The order lookup, created on first use and shown.
    OrderLookupDialog *openOrderLookup();
    /// The layout editor of the current event, created on first use and shown; nullptr when no
    /// event is open.
    LayoutEditor *openLayoutEditor();
    /// The simulation window on the shown event, created on first use and shown; nullptr (with
    /// a message) when the box office is not the embedded engine.
    SimulationPanel *openSimulation();

public Q_SLOTS:
    void openSettings();
    void openAbout();
    /// File > Connect to server…: first asks what to do with a simulation's unreset sales and
    /// holds (the window then leaves this database), then emits connectToServerRequested.
    void requestConnectToServer();

Q_SIGNALS:
    /// The shown event changed (its map and cart are ready).
    void eventShown(const QUuid &eventId);
    /// File > Connect to server… was chosen and may go ahead (the application opens the Connect
    /// dialog).
    void connectToServerRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    QAction *menuAction(QMenu *menu, const QString &text, const QKeySequence &shortcut, const QString &tip);
    void applySettings();
    void showPricesAgain();
    void updateHeader();
    /// The status bar's selection: count and value (no value once the event has ended).
    void updateSelectionStatus();
    /// The shown event was changed elsewhere (another window, a new layout): follows it.
    void followShownEvent();
    void escape();
    /// Help > Mouse and keys: the seat map's mouse and keys, then each menu's keys.
    QString keysHelp() const;
    /// The clerk chose another event in the list. With places held for the customer, asks
    /// before giving them back (the cart is the shown event's); the list shows the event of
    /// the cart until the clerk agrees.
    void chooseEvent(const QUuid &eventId);

    BoxOffice &m_box;
    QString m_databaseText;
    QString m_terminal;
    QUuid m_eventId;
    std::unique_ptr<Prompter> m_ownPrompter;
    Prompter *m_prompter = nullptr;

    EventPicker *m_picker = nullptr;
    SeatMapView *m_map = nullptr;
    SeatMapLegend *m_legend = nullptr;
    SalesPanel *m_sales = nullptr;
    MessageBanner *m_banner = nullptr;
    QLabel *m_header = nullptr;
    StatusBarWidgets *m_status = nullptr;
    QPointer<OrderLookupDialog> m_lookup;
    QPointer<LayoutEditor> m_layoutEditor;
    QPointer<SimulationPanel> m_simulation;
};

} // namespace tessera
