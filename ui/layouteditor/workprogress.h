#pragma once

#include <QWidget>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace tessera {

class LayoutProgress;

/// The layout editor's progress strip for long work on a worker thread (generating, importing,
/// exporting a stadium): what runs, a percentage bar and a Cancel button (Esc). It reads the
/// worker's LayoutProgress about 20 times a second, so the worker never signals the GUI per
/// step. Cancel asks the work to stop; the editor then discards whatever comes back.
class WorkProgress final : public QWidget
{
    Q_OBJECT

public:
    explicit WorkProgress(QWidget *parent = nullptr);
    ~WorkProgress() override;
    Q_DISABLE_COPY_MOVE(WorkProgress)

    /// Shows the strip for `progress` (not null), labelled `text`, at 0 %.
    void start(const QString &text, std::shared_ptr<LayoutProgress> progress);
    /// Shows 100 % when the work completed and hides the strip.
    void finish();
    /// Cancels the running work (as the Cancel button does); nothing when idle.
    void cancel();
    bool isRunning() const { return m_progress != nullptr; }
    /// The percentage shown now.
    int percent() const;

    QProgressBar *bar() const { return m_bar; }
    QPushButton *cancelButton() const { return m_cancel; }

Q_SIGNALS:
    /// The shown percentage changed (at most about 20 times a second, and 100 at the end).
    void percentChanged(int percent);
    void cancelRequested();

private:
    void poll();
    void showPercent(int percent);

    QLabel *m_label = nullptr;
    QProgressBar *m_bar = nullptr;
    QPushButton *m_cancel = nullptr;
    QTimer *m_timer = nullptr;
    std::shared_ptr<LayoutProgress> m_progress;
};

} // namespace tessera
