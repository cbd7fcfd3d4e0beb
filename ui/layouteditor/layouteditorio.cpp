// The layout editor's long or outward-facing work: generating sections and importing files on a
// worker thread, checking, saving through the box office, exporting.

#include "core/boxoffice/boxoffice.h"
#include "core/engine/eventcatalog.h"
#include "core/layout/layoutcsv.h"
#include "core/layout/layoutprogress.h"
#include "core/layout/layoutvalidation.h"
#include "core/layout/pretixformat.h"
#include "core/space/eventspace.h"
#include "ui/layouteditor/layoutcanvas.h"
#include "ui/layouteditor/layoutcommands.h"
#include "ui/layouteditor/layoutdocument.h"
#include "ui/layouteditor/layouteditor.h"
#include "ui/layouteditor/problemmodel.h"
#include "ui/layouteditor/workprogress.h"
#include "ui/mainwindow/messagebanner.h"
#include "ui/mainwindow/uisupport.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QSaveFile>
#include <QSet>
#include <QSpinBox>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace tessera {

namespace {

bool isCsv(const QString &path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0;
}

/// Reads and parses a layout file; runs on a worker thread.
Result<ImportReport> readLayoutFile(const QString &path, LayoutProgress *progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::InvalidInput,
                     QCoreApplication::translate("tessera::LayoutEditor", "%1 cannot be read: %2")
                         .arg(QFileInfo(path).fileName(), file.errorString())};
    const QByteArray data = file.readAll();
    return isCsv(path) ? LayoutCsv::import(data, QFileInfo(path).completeBaseName(), progress)
                       : PretixFormat::import(data, progress);
}

/// Writes a layout file; runs on a worker thread. When cancelled it writes nothing, so an
/// existing file stays as it was.
Status writeLayoutFile(const QString &path, const VenueLayout &layout, LayoutProgress *progress)
{
    const QByteArray data = isCsv(path) ? LayoutCsv::exportLayout(layout, progress)
                                        : PretixFormat::exportLayout(layout, progress);
    if (progress && progress->isCancelled())
        return LayoutProgress::cancelledError();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return Error{ErrorCode::InvalidInput,
                     QCoreApplication::translate("tessera::LayoutEditor", "%1 could not be written: %2")
                         .arg(QFileInfo(path).fileName(), file.errorString())};
    return {};
}

} // namespace

template<typename Work, typename Done>
void LayoutEditor::runWithProgress(const QString &label, Work work, Done done)
{
    auto progress = std::make_shared<LayoutProgress>();
    setBusy(true);
    m_work->start(label, progress);
    whenReady(this, QtConcurrent::run([progress, work = std::move(work)] { return work(progress.get()); }),
              [this, progress, done = std::move(done)](const auto &result) {
                  // Cancel may have come after the worker finished: the result is dropped all the same.
                  const bool cancelled = progress->isCancelled();
                  m_work->finish();
                  setBusy(false);
                  if (cancelled) {
                      m_banner->showInfo(tr("Cancelled; the layout is unchanged."));
                      emit workCancelled();
                      return;
                  }
                  done(result);
              });
}

void LayoutEditor::generateSection(const SectionSpec &spec)
{
    if (m_busy)
        return;
    const VenueLayout &layout = m_document->layout();
    QString problem;
    if (!spec.category.isEmpty() && !layout.findCategory(spec.category))
        problem = tr("The category \"%1\" is not defined.").arg(spec.category);
    for (const RowCategory &rows : spec.rowCategories) {
        if (!layout.findCategory(rows.category))
            problem = tr("The category \"%1\" is not defined.").arg(rows.category);
    }
    if (std::any_of(layout.seats.cbegin(), layout.seats.cend(),
                    [&](const LayoutSeat &seat) { return seat.section == spec.section; }))
        problem = tr("The layout already has a section \"%1\".").arg(spec.section);
    if (!problem.isEmpty()) {
        m_banner->showError(problem);
        return;
    }
    const QString name = spec.section.isEmpty() ? tr("section") : spec.section;
    runWithProgress(
        tr("Generating %1 seats…").arg(QLocale().toString(qint64(spec.rows) * spec.seatsPerRow)),
        [spec](LayoutProgress *progress) { return LayoutGenerator::generateSection(spec, progress); },
        [this, name](const Result<QList<LayoutSeat>> &seats) {
            if (!seats) {
                m_banner->showError(tr("The section cannot be generated: %1").arg(seats.error().message));
                return;
            }
            m_undo->push(new AddSeatsCommand(*m_document, tr("Generate %1").arg(name), *seats));
            m_canvas->fitAll();
            emit generated();
        });
}

LayoutCheckOptions LayoutEditor::checkOptions() const
{
    LayoutCheckOptions options;
    if (m_capacity->value() > 0)
        options.declaredCapacity = m_capacity->value();
    return options;
}

bool LayoutEditor::validate()
{
    return showProblems(validateForSave(m_document->layout(), checkOptions()));
}

bool LayoutEditor::showProblems(QList<LayoutProblem> problems)
{
    const bool errors = hasErrors(problems);
    m_problems->setProblems(std::move(problems));
    m_problemDock->setWindowTitle(tr("Problems (%1)").arg(m_problems->rowCount()));
    if (m_problems->rowCount() > 0) {
        m_problemDock->show();
        m_problemDock->raise();
    }
    return errors;
}

void LayoutEditor::checkInBackground(std::function<void(bool errors)> then)
{
    setBusy(true, tr("Checking %n seat(s)…", nullptr, int(m_document->seatCount())));
    const VenueLayout layout = m_document->layout();
    const LayoutCheckOptions options = checkOptions();
    whenReady(this, QtConcurrent::run([layout, options] { return validateForSave(layout, options); }),
              [this, then = std::move(then)](const QList<LayoutProblem> &problems) {
                  setBusy(false);
                  then(showProblems(problems));
              });
}

void LayoutEditor::showProblem(int row)
{
    if (row < 0 || row >= m_problems->rowCount())
        return;
    const LayoutProblem &problem = m_problems->problem(row);
    if (problem.seat >= 0 && problem.seat < m_document->seatCount()) {
        m_document->setSelection({problem.seat});
        const LayoutSeat &seat = m_document->seat(problem.seat);
        m_canvas->centreOn(QPointF(seat.x, seat.y));
        m_canvas->highlight(QPointF(seat.x, seat.y));
    } else {
        m_document->clearSelection();
        m_canvas->centreOn(problem.where);
        m_canvas->highlight(problem.where);
    }
}

QString LayoutEditor::soldSeatsRemoved() const
{
    const auto entry = m_box.catalogEntry(m_eventId);
    const EventSpace *space = m_box.seatSpace(m_eventId);
    if (!entry || !space)
        return {};
    QSet<QUuid> kept;
    kept.reserve(m_document->seatCount());
    for (const LayoutSeat &seat : m_document->layout().seats)
        kept.insert(seat.id);
    QStringList missing;
    qsizetype count = 0;
    const auto seats = quint32(std::min<qsizetype>(space->seatCount(), entry->layout.seats.size()));
    for (quint32 s = 0; s < seats; ++s) {
        const SeatState state = space->seatState(s);
        if ((state == SeatState::Sold || state == SeatState::Held)
            && !kept.contains(entry->layout.seats[s].id)) {
            if (++count <= 5)
                missing << entry->layout.seats[s].label();
        }
    }
    if (count == 0)
        return {};
    return tr("The new layout removes %n sold or held seat(s) (%1%2). Put them back, or cancel their "
              "tickets first; nothing was saved.",
              nullptr, int(count))
        .arg(missing.join(QStringLiteral(", ")), count > 5 ? QStringLiteral(", …") : QString());
}

void LayoutEditor::failSave(const QString &message)
{
    m_banner->showError(message);
    emit saveFailed(message);
}

qint64 LayoutEditor::takenPlaces() const
{
    const EventSpace *space = m_box.seatSpace(m_eventId);
    if (!space)
        return 0;
    const SeatCounts counts = space->counts();
    qint64 places = counts.sold + counts.held;
    for (quint32 a = 0; a < space->standingCount(); ++a)
        places += space->standing(a).sold + space->standing(a).held;
    return places;
}

std::optional<LayoutEditor::BlockChanges> LayoutEditor::blockOnlyChanges() const
{
    // Against the layout this editor loaded (or last saved), so that blocks made meanwhile at
    // another terminal stay; and only while the event still has that layout.
    const auto entry = m_box.catalogEntry(m_eventId);
    const VenueLayout &base = m_base;
    if (!entry || entry->layout.seats.size() != base.seats.size())
        return std::nullopt;
    VenueLayout draft = m_document->layout();
    if (draft.seats.size() != base.seats.size())
        return std::nullopt;
    BlockChanges changes;
    for (qsizetype i = 0; i < draft.seats.size(); ++i) {
        LayoutSeat &seat = draft.seats[i];
        const LayoutSeat &was = base.seats[i];
        if (seat.id != was.id || entry->layout.seats[i].id != was.id)
            return std::nullopt;
        if (seat.blocked && (!was.blocked || seat.blockReason != was.blockReason))
            changes.block[seat.blockReason.trimmed()] << seat.id; // blocked, or a new reason
        else if (!seat.blocked && was.blocked)
            changes.unblock << seat.id;
        seat.blocked = was.blocked; // the rest must be as it was
        seat.blockReason = was.blockReason;
    }
    if (!(draft == base))
        return std::nullopt;
    return changes;
}

void LayoutEditor::saveBlocks(const BlockChanges &changes)
{
    const int step = m_undo->index();
    auto finish = [this, step, changes, savedDocument = m_document->layout()](const Status &status) {
        setBusy(false);
        if (!status) {
            const QString message = tr("The blocks were not saved: %1").arg(status.error().message);
            failSave(message);
            return;
        }
        if (m_undo->index() == step)
            m_undo->setClean();
        m_base = savedDocument;
        qsizetype blocked = 0;
        for (const QList<QUuid> &seats : changes.block)
            blocked += seats.size();
        m_banner->showInfo(tr("Saved: seats blocked %1, unblocked %2. The rest of the layout stays as it "
                              "is while tickets are held or sold.")
                               .arg(blocked)
                               .arg(changes.unblock.size()));
        if (const auto entry = m_box.catalogEntry(m_eventId))
            emit saved(entry->event);
    };
    setBusy(true, tr("Saving the blocks…"));
    blockInTurn(changes.block, changes.unblock, finish);
}

void LayoutEditor::blockInTurn(QMap<QString, QList<QUuid>> blocks, const QList<QUuid> &unblock,
                               const std::function<void(const Status &)> &finish)
{
    if (!blocks.isEmpty()) {
        const QString reason = blocks.firstKey();
        const QList<QUuid> seats = blocks.take(reason);
        whenReady(this, m_box.blockSeats(m_eventId, seats, reason),
                  [this, blocks, unblock, finish](const Status &blocked) {
                      if (!blocked)
                          return finish(blocked);
                      blockInTurn(blocks, unblock, finish);
                  });
        return;
    }
    if (unblock.isEmpty())
        return finish(Status());
    whenReady(this, m_box.unblockSeats(m_eventId, unblock), finish);
}

void LayoutEditor::save()
{
    if (m_busy)
        return;
    // The checks take a noticeable moment on a stadium: they run on a worker.
    checkInBackground([this](bool errors) {
        if (errors) {
            const auto count = std::count_if(
                m_problems->problems().cbegin(), m_problems->problems().cend(),
                [](const LayoutProblem &p) { return p.severity == LayoutProblem::Severity::Error; });
            const QString message =
                tr("%n problem(s) stop saving; select one to see it on the map.", nullptr, int(count));
            failSave(message);
            return;
        }
        if (const QString removed = soldSeatsRemoved(); !removed.isEmpty()) {
            failSave(removed);
            return;
        }
        if (const qint64 taken = takenPlaces(); taken > 0) {
            // The layout cannot be replaced now; seats can still be blocked and unblocked.
            if (const auto changes = blockOnlyChanges()) {
                saveBlocks(*changes);
                return;
            }
            const QString message =
                tr("Tickets of %1 are held or sold (places: %2): until they are cancelled only blocking and "
                   "unblocking seats can be saved. Undo the other changes; nothing was saved.")
                    .arg(m_eventName)
                    .arg(taken);
            failSave(message);
            return;
        }
        setBusy(true, tr("Saving the layout…"));
        const int step = m_undo->index();
        const auto &seats = m_document->layout().seats;
        const auto blocked =
            std::count_if(seats.cbegin(), seats.cend(), [](const LayoutSeat &s) { return s.blocked; });
        whenReady(
            this, m_box.replaceLayout(m_eventId, m_document->layout()),
            [this, step, blocked](const Result<Event> &event) {
                setBusy(false);
                if (!event) {
                    const QString message = tr("The layout was not saved: %1").arg(event.error().message);
                    failSave(message);
                    return;
                }
                if (m_undo->index() == step)
                    m_undo->setClean();
                if (const auto entry = m_box.catalogEntry(m_eventId))
                    m_base = entry->layout;
                const int places = int(event->totalTickets);
                m_banner->showInfo(blocked == 0 ? tr("Saved: %n place(s) for sale.", nullptr, places)
                                                : tr("Saved: %n place(s), %1 of them blocked (not for sale).",
                                                     nullptr, places)
                                                      .arg(blocked));
                emit saved(*event);
            });
    });
}

void LayoutEditor::importFile(const QString &path)
{
    if (m_busy)
        return;
    runWithProgress(
        tr("Importing %1…").arg(QFileInfo(path).fileName()),
        [path](LayoutProgress *progress) { return readLayoutFile(path, progress); },
        [this, path](const Result<ImportReport> &report) { finishImport(path, report); });
}

void LayoutEditor::finishImport(const QString &path, const Result<ImportReport> &report)
{
    const QString file = QFileInfo(path).fileName();
    if (!report) {
        m_importMessages = report.error().message.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        m_banner->showError(tr("%1 was not imported; the layout is unchanged.").arg(file));
        showImportReport(tr("Import failed"), tr("%1 has problems, so nothing was imported:").arg(file),
                         m_importMessages);
        emit importFinished(false);
        return;
    }
    m_importMessages = report->warnings;
    VenueLayout layout = report->layout;
    if (layout.name.isEmpty())
        layout.name = m_document->layout().name;
    m_undo->push(new ReplaceLayoutCommand(*m_document, tr("Import %1").arg(file), std::move(layout)));
    m_canvas->fitAll();
    m_banner->showInfo(tr("Imported %1: %n seat(s).", nullptr, int(m_document->seatCount())).arg(file));
    if (!m_importMessages.isEmpty())
        showImportReport(tr("Import notes"), tr("%1 was imported. Noticed on the way:").arg(file),
                         m_importMessages);
    emit importFinished(true);
}

void LayoutEditor::showImportReport(const QString &title, const QString &text, const QStringList &lines)
{
    if (QDialog *old = findChild<QDialog *>(QStringLiteral("importReport")))
        old->close();
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("importReport"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(new QLabel(text, dialog));
    auto *list = new QListWidget(dialog);
    list->addItems(lines);
    list->setWordWrap(true);
    layout->addWidget(list, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    layout->addWidget(buttons);
    dialog->resize(620, 360);
    dialog->open();
}

void LayoutEditor::exportFile(const QString &path)
{
    if (m_busy)
        return;
    const QString file = QFileInfo(path).fileName();
    const int seats = int(m_document->seatCount());
    runWithProgress(
        tr("Exporting %1…").arg(file),
        [path, layout = m_document->layout()](LayoutProgress *progress) {
            return writeLayoutFile(path, layout, progress);
        },
        [this, file, seats](const Status &written) {
            if (!written) {
                m_banner->showError(written.error().message);
                emit exportFinished(false);
                return;
            }
            m_banner->showInfo(tr("Exported %n seat(s) to %1.", nullptr, seats).arg(file));
            emit exportFinished(true);
        });
}

} // namespace tessera
