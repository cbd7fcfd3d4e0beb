#pragma once

#include "core/domain/event.h"
#include "core/simulation/simulation.h"
#include "ui/simulation/invariantpanel.h"

#include <QFuture>
#include <QHash>
#include <QRgb>
#include <QSet>
#include <QTimer>
#include <QUuid>
#include <QWidget>

#include <functional>
#include <memory>
#include <utility>
#include <vector>

class QAction;
class QLabel;
class QTableView;

namespace tessera {

class LocalBoxOffice;
class MessageBanner;
class SeatMapView;
class SimulationCharts;
class SimulationFigures;
class SimulationSettingsForm;
class UnitLaneModel;
class WaitingRoomFigures;

/// The demo window: the space-based engine at work on one event. N processing units (1 to 64)
/// race for its seats with a mix of holds, sales, releases and cancellations while the data pump
/// writes behind. The seat map flashes each seat in the colour of the unit that touched it; one
/// lane per unit, live charts, the pump backlog, the waiting room of a queued event and the invariants (no
/// seat sold twice on the change feed; the database equal to the space at the end) show what happens. Start,
/// pause, stop and reset (which puts the event back as it was) are actions with shortcuts; a run's report
/// (JSON, CSV and chart PNGs) can be exported into a folder.
///
/// Every figure comes from the Simulation's statistics read by a 10 Hz timer, never from a
/// signal per operation; stopping and resetting (which wait for the units) run off the GUI
/// thread.
class SimulationPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit SimulationPanel(LocalBoxOffice &office, QWidget *parent = nullptr);
    ~SimulationPanel() override;
    Q_DISABLE_COPY_MOVE(SimulationPanel)

    /// The window's keys as its tool bar has them, for help shown before the window exists:
    /// "F5 Start · F6 Pause · Shift+F5 Stop · Ctrl+Shift+R Reset · Ctrl+E Export report".
    static QString keysSummary();

    /// Shows the event; refused (with a message, returning false) while a run on another event
    /// has not been reset.
    bool setEvent(const QUuid &eventId);
    QUuid eventId() const { return m_eventId; }

    SimulationState state() const;
    /// True while a stop or reset is running in the background.
    bool isBusy() const { return m_busy; }
    /// The run's statistics as last shown (refreshed ten times a second).
    const SimulationStatistics &shownStatistics() const { return m_shown; }
    /// The simulation of the shown event (nullptr before setEvent), e.g. for its time series.
    const Simulation *simulation() const { return m_simulation.get(); }
    InvariantPanel::DatabaseState databaseState() const { return m_databaseState; }

    SimulationSettingsForm *settings() const { return m_settings; }
    SeatMapView *seatMap() const { return m_map; }
    UnitLaneModel *laneModel() const { return m_lanes; }
    QTableView *laneView() const { return m_laneView; }
    SimulationCharts *charts() const { return m_charts; }
    SimulationFigures *figures() const { return m_figures; }
    InvariantPanel *invariants() const { return m_invariants; }
    WaitingRoomFigures *waitingRoom() const { return m_queue; }
    MessageBanner *banner() const { return m_banner; }
    QAction *startAction() const { return m_start; }
    QAction *pauseAction() const { return m_pause; }
    QAction *stopAction() const { return m_stop; }
    QAction *resetAction() const { return m_reset; }
    QAction *exportAction() const { return m_export; }

    /// Replaces the folder dialog of exportReport() (tests); an empty answer cancels.
    void setFolderChooser(std::function<QString()> chooser) { m_chooseFolder = std::move(chooser); }
    /// Replaces the question requestStart() asks before the first run on an event that is on sale
    /// (tests); it gets the event and answers whether to start.
    void setStartQuestion(std::function<bool(const Event &)> question) { m_askStart = std::move(question); }

    /// What to do with the runs' sales and holds when the panel or the application closes before
    /// Reset: once Tessera has quit they can no longer be undone.
    enum class CloseChoice {
        Reset,
        Keep,
        Cancel
    };
    /// What is closing when askAboutChanges() asks: the panel, the application, or the window's
    /// database (the window is about to work on a server instead).
    enum class Leaving {
        Panel,
        Application,
        Database
    };
    /// Whether the event carries sales or holds of a run that Reset has not undone yet.
    bool hasChangesToReset() const;
    /// Asks what to do with them (Reset the default).
    CloseChoice askAboutChanges(QWidget *parent, Leaving leaving);
    /// Replaces that question (tests); it gets the event and whether the box office it ran on
    /// goes away (quitting or switching to a server) rather than only the panel.
    void setCloseQuestion(std::function<CloseChoice(const Event &, bool)> question)
    {
        m_askClose = std::move(question);
    }
    /// Resets, then calls `done` on the GUI thread (also when the reset failed). While it runs,
    /// closing the panel waits for it.
    void resetThen(std::function<void()> done);
    bool isResettingToClose() const { return bool(m_afterReset); }
    /// Ends a run that is going or paused (its seats stay until Reset).
    void stopRunning();

public Q_SLOTS:
    /// What the Start action does: before the first run on an event that is on sale, asks whether
    /// the units may take its seats (every terminal sees them taken until Reset), then start().
    void requestStart();
    /// Starts a run on the shown event with the form's settings, without asking.
    void start();
    void togglePause();
    void stop();
    void reset();
    /// Asks for a folder and writes the report into it.
    void exportReport();
    /// Writes the report into `folder`; false (with a message) when it could not.
    bool exportReportTo(const QString &folder);

Q_SIGNALS:
    void stateChanged(tessera::SimulationState state);
    /// A reset finished; the event is as it was before the runs.
    void resetFinished(qint64 salesCancelled, qint64 holdsReleased);
    /// The end-of-run database comparison is in.
    void databaseChecked(bool equal);

protected:
    /// Asks what to do with a run's changes that were not reset (askAboutChanges).
    void closeEvent(QCloseEvent *event) override;
    /// The first time: the preferred size, as far as the screen has room.
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createControls();
    QWidget *createLanes();
    void refresh();
    void stateEntered(SimulationState state);
    void updateActions();
    void updateHeader();
    void onSeatsChanged(const QUuid &eventId, const QList<quint32> &seats);
    int unitOf(HolderId holder);
    void runInBackground(std::function<void()> work, std::function<void()> done);

    LocalBoxOffice &m_office;
    QUuid m_eventId;
    std::unique_ptr<Simulation> m_simulation;
    SimulationStatistics m_shown;
    SimulationState m_lastState = SimulationState::Idle;
    size_t m_lastSampleCount = 0;
    InvariantPanel::DatabaseState m_databaseState = InvariantPanel::DatabaseState::NotChecked;
    bool m_busy = false;
    QFuture<void> m_background;
    QFuture<DatabaseCheck> m_databaseCheck;
    QTimer m_refresh;

    // Seat flashes: which unit a holder is, and which unit last touched each seat.
    QHash<HolderId, int> m_unitByHolder;
    std::vector<qint8> m_lastUnit;
    std::vector<QRgb> m_unitRgb;
    std::vector<std::pair<quint32, QRgb>> m_flashBuffer;

    QLabel *m_header = nullptr;
    QLabel *m_stateLabel = nullptr;
    MessageBanner *m_banner = nullptr;
    SimulationSettingsForm *m_settings = nullptr;
    InvariantPanel *m_invariants = nullptr;
    WaitingRoomFigures *m_queue = nullptr;
    SimulationFigures *m_figures = nullptr;
    SeatMapView *m_map = nullptr;
    SimulationCharts *m_charts = nullptr;
    UnitLaneModel *m_lanes = nullptr;
    QTableView *m_laneView = nullptr;
    QAction *m_start = nullptr;
    QAction *m_pause = nullptr;
    QAction *m_stop = nullptr;
    QAction *m_reset = nullptr;
    QAction *m_export = nullptr;
    std::function<QString()> m_chooseFolder;
    std::function<bool(const Event &)> m_askStart;
    std::function<CloseChoice(const Event &, bool)> m_askClose;
    std::function<void()> m_afterReset; ///< what resetThen() does once the reset is done
    bool m_resetWhenIdle = false;       ///< resetThen() came while a stop was running
    bool m_placed = false;              ///< sized to the screen at the first show
    QSet<QUuid> m_startAgreed;          ///< events on sale whose seats the user let the units take
};

} // namespace tessera
