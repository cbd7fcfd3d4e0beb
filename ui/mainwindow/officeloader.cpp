#include "ui/mainwindow/officeloader.h"

#include "core/layout/demodata.h"

#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

namespace tessera {

struct OfficeLoader::Outcome
{
    std::unique_ptr<LocalBoxOffice> office;
    std::optional<Error> error;
    bool createdDemo = false;
};

OfficeLoader::OfficeLoader(QObject *parent)
    : QObject(parent)
{
    m_poll.setInterval(100);
    connect(&m_poll, &QTimer::timeout, this, &OfficeLoader::poll);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &OfficeLoader::finish);
}

OfficeLoader::~OfficeLoader()
{
    // The worker holds only shared state; wait so that a box office opened after the window was
    // closed is shut down here rather than leaked on a pool thread.
    m_watcher.waitForFinished();
}

void OfficeLoader::start(const LocalBoxOffice::Options &options, bool demoData)
{
    if (m_watcher.isRunning())
        return;
    m_progress = std::make_shared<Progress>();
    LocalBoxOffice::Options opts = options;
    opts.progress = [progress = m_progress](const QString &stage, qint64 done, qint64 total) {
        std::lock_guard lock(progress->mutex);
        progress->stage = stage;
        progress->done = done;
        progress->total = total;
        progress->changed = true;
    };
    QThread *target = thread();
    m_watcher.setFuture(QtConcurrent::run([opts, demoData, target]() -> std::shared_ptr<Outcome> {
        auto outcome = std::make_shared<Outcome>();
        Result<std::unique_ptr<LocalBoxOffice>> opened = LocalBoxOffice::open(opts);
        if (!opened) {
            outcome->error = opened.error();
            return outcome;
        }
        std::unique_ptr<LocalBoxOffice> office = std::move(opened.value());
        if (demoData && office->catalog().all().isEmpty()) {
            const Result<QList<Event>> created = createDemoData(
                *office, QDateTime::currentDateTimeUtc(),
                [&](const QString &stage, int done, int total) { opts.progress(stage, done, total); });
            if (!created) {
                outcome->error = created.error();
                return outcome;
            }
            outcome->createdDemo = true;
        }
        office->moveToThread(target);
        outcome->office = std::move(office);
        return outcome;
    }));
    m_poll.start();
}

void OfficeLoader::poll()
{
    QString stage;
    qint64 done = 0;
    qint64 total = 0;
    {
        std::lock_guard lock(m_progress->mutex);
        if (!m_progress->changed)
            return;
        m_progress->changed = false;
        stage = m_progress->stage;
        done = m_progress->done;
        total = m_progress->total;
    }
    Q_EMIT progress(stage, done, total);
}

void OfficeLoader::finish()
{
    m_poll.stop();
    const std::shared_ptr<Outcome> outcome = m_watcher.result();
    if (outcome->error) {
        Q_EMIT failed(*outcome->error);
        return;
    }
    m_office = std::move(outcome->office);
    m_createdDemo = outcome->createdDemo;
    Q_EMIT loaded();
}

} // namespace tessera
