#pragma once

#include "core/domain/event.h"
#include "core/layout/importreport.h"
#include "core/layout/layoutgenerator.h"
#include "core/layout/layoutvalidation.h"

#include <QMainWindow>
#include <QMap>
#include <QPointer>
#include <QUuid>

#include <functional>
#include <memory>
#include <optional>

class QDockWidget;
class QLabel;
class QListView;
class QProgressDialog;
class QSpinBox;
class QTableView;
class QUndoStack;

namespace tessera {

class BoxOffice;
class CategoryModel;
class LayoutProgress;
class LayoutCanvas;
class LayoutDocument;
class MessageBanner;
class ProblemModel;
class SeatInspector;
class StandingAreaModel;
class WorkProgress;

/// The venue layout editor for one event: the map with the seats to select and move, a dialog
/// that generates sections, the price categories, the standing areas, the selected seats'
/// category, flags, blocks and numbers. Every edit is undoable (Ctrl+Z, Ctrl+Shift+Z). Before
/// saving the layout is checked (validateForSave); the problems are listed and selecting one
/// shows its place. Saving goes through BoxOffice::replaceLayout and never drops a sold seat.
/// Imports and exports pretix seating plans and seat CSV files. Long work (generating,
/// importing or exporting a stadium) runs on a worker thread with a percentage bar and a Cancel
/// button in the status bar (workProgress()); cancelling discards the work and changes nothing.
class LayoutEditor final : public QMainWindow
{
    Q_OBJECT

public:
    LayoutEditor(BoxOffice &box, const QUuid &eventId, QWidget *parent = nullptr);
    ~LayoutEditor() override;
    Q_DISABLE_COPY_MOVE(LayoutEditor)

    QUuid eventId() const { return m_eventId; }
    LayoutDocument &document() const { return *m_document; }
    QUndoStack *undoStack() const { return m_undo; }
    LayoutCanvas *canvas() const { return m_canvas; }
    SeatInspector *inspector() const { return m_inspector; }
    CategoryModel *categoryModel() const { return m_categories; }
    StandingAreaModel *standingAreaModel() const { return m_standing; }
    ProblemModel *problemModel() const { return m_problems; }
    QListView *problemView() const { return m_problemView; }
    MessageBanner *banner() const { return m_banner; }
    /// True while a generate, import, export or save runs.
    bool isBusy() const { return m_busy; }
    /// The progress strip of generating, importing and exporting (hidden when idle).
    WorkProgress *workProgress() const { return m_work; }

    /// Generates `spec` on a worker thread and adds it as one undoable step.
    void generateSection(const SectionSpec &spec);
    /// Opens the Generate section dialog (window-modal, never a nested event loop).
    void openGenerateDialog();
    /// Deletes the selected seats (one undoable step).
    void deleteSelection();
    /// Runs the checks now, fills the problem list and returns whether there are errors.
    bool validate();
    /// Runs the checks on a worker thread behind a progress dialog, fills the problem list and
    /// then calls `then` with whether there are errors.
    void checkInBackground(std::function<void(bool errors)> then);
    /// Shows problem `row`: centres the map on its place and selects its seat.
    void showProblem(int row);
    /// Checks (on a worker) and saves the layout; emits saved() or saveFailed() with why not.
    void save();
    /// Reads a pretix plan (.json) or a seat CSV (.csv) on a worker thread; a bad file changes
    /// nothing and its problems are listed in a dialog.
    void importFile(const QString &path);
    /// Writes the layout as a pretix plan or CSV, by the file's suffix, on a worker thread;
    /// emits exportFinished() (not when cancelled).
    void exportFile(const QString &path);
    /// The problems or warnings the last import reported (one per line), for the report dialog.
    QStringList lastImportMessages() const { return m_importMessages; }
    /// The capacity the venue declares (0: not checked); validate() then checks that seats
    /// and standing places add up to it.
    void setDeclaredCapacity(qint64 capacity);

Q_SIGNALS:
    void loaded();
    void generated();
    /// An import ended; `ok` is false when the file was refused.
    void importFinished(bool ok);
    /// An export ended; `ok` is false when the file could not be written.
    void exportFinished(bool ok);
    /// A generate, import or export was cancelled; the layout is unchanged.
    void workCancelled();
    void saved(const tessera::Event &event);
    void saveFailed(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createDocks();
    void load();
    void updateTitle();
    void updateStatus();
    void setBusy(bool busy, const QString &label = {});
    /// Runs work(progress) on a worker thread behind the progress strip, then done(result) on
    /// this thread unless it was cancelled.
    template<typename Work, typename Done>
    void runWithProgress(const QString &label, Work work, Done done);
    LayoutCheckOptions checkOptions() const;
    bool showProblems(QList<LayoutProblem> problems);
    QPointF freeOrigin() const;
    void finishImport(const QString &path, const Result<ImportReport> &report);
    void showImportReport(const QString &title, const QString &text, const QStringList &lines);
    QString soldSeatsRemoved() const;
    /// Seats to block and to unblock, when those are all the document changes.
    struct BlockChanges
    {
        /// By reason: seats to block, or blocked already and given a new reason.
        QMap<QString, QList<QUuid>> block;
        QList<QUuid> unblock;
    };
    /// The block changes of the document against the event's layout as it is now, when those are
    /// its only changes: what can still be saved while tickets are held or sold.
    std::optional<BlockChanges> blockOnlyChanges() const;
    /// Places of the event held or sold now (seats and standing).
    qint64 takenPlaces() const;
    void saveBlocks(const BlockChanges &changes);
    /// Blocks each reason's seats in turn, then unblocks; `finish` gets the first failure or
    /// success.
    void blockInTurn(QMap<QString, QList<QUuid>> blocks, const QList<QUuid> &unblock,
                     const std::function<void(const Status &)> &finish);
    /// Shows why a save did not happen and says so to the listeners (saveFailed).
    void failSave(const QString &message);

    BoxOffice &m_box;
    QUuid m_eventId;
    VenueLayout m_base; ///< the layout as loaded or last saved: what blockOnlyChanges() compares with
    QString m_eventName;
    LayoutDocument *m_document = nullptr;
    QUndoStack *m_undo = nullptr;
    LayoutCanvas *m_canvas = nullptr;
    MessageBanner *m_banner = nullptr;
    SeatInspector *m_inspector = nullptr;
    CategoryModel *m_categories = nullptr;
    StandingAreaModel *m_standing = nullptr;
    ProblemModel *m_problems = nullptr;
    QListView *m_problemView = nullptr;
    QTableView *m_categoryView = nullptr;
    QTableView *m_standingView = nullptr;
    QDockWidget *m_problemDock = nullptr;
    QLabel *m_statusSeats = nullptr;
    QLabel *m_statusHover = nullptr;
    QPointer<QProgressDialog> m_progress;
    QSpinBox *m_capacity = nullptr;
    WorkProgress *m_work = nullptr;
    bool m_discardConfirmed = false;
    bool m_closeWhenSaved = false; ///< Save chosen in the question on closing
    QStringList m_importMessages;
    bool m_busy = false;
};

} // namespace tessera
