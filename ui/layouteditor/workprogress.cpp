#include "ui/layouteditor/workprogress.h"

#include "core/layout/layoutprogress.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>

namespace tessera {

WorkProgress::WorkProgress(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label = new QLabel(this);
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("workProgressBar"));
    m_bar->setRange(0, 100);
    m_bar->setTextVisible(true);
    m_bar->setMinimumWidth(200);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("workCancelButton"));
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancel->setToolTip(tr("Stop this work; the layout stays as it was (Esc)"));
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    m_timer = new QTimer(this);
    m_timer->setInterval(50);
    connect(m_timer, &QTimer::timeout, this, &WorkProgress::poll);
    connect(m_cancel, &QPushButton::clicked, this, &WorkProgress::cancel);
    hide();
}

WorkProgress::~WorkProgress()
{
    // A worker still running stops at its next step; its result is dropped with its watcher.
    if (m_progress)
        m_progress->cancel();
}

void WorkProgress::start(const QString &text, std::shared_ptr<LayoutProgress> progress)
{
    m_progress = std::move(progress);
    m_label->setText(text);
    m_cancel->setEnabled(true);
    m_bar->setValue(0);
    show();
    m_timer->start();
    emit percentChanged(0);
}

void WorkProgress::finish()
{
    m_timer->stop();
    if (m_progress && !m_progress->isCancelled())
        showPercent(100);
    m_progress.reset();
    hide();
}

void WorkProgress::cancel()
{
    if (!m_progress || m_progress->isCancelled())
        return;
    m_progress->cancel();
    m_cancel->setEnabled(false);
    m_label->setText(tr("Cancelling…"));
    emit cancelRequested();
}

int WorkProgress::percent() const
{
    return m_bar->value();
}

void WorkProgress::poll()
{
    if (m_progress)
        showPercent(m_progress->percent());
}

void WorkProgress::showPercent(int percent)
{
    if (percent == m_bar->value())
        return;
    m_bar->setValue(percent);
    emit percentChanged(percent);
}

} // namespace tessera
