#pragma once

#include "core/boxoffice/localboxoffice.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <memory>
#include <mutex>

namespace tessera {

/// Opens the embedded box office without blocking the GUI thread: LocalBoxOffice::open (which
/// recovers every event from the database) and, on an empty database, createDemoData() run on a
/// worker thread; progress ("Loading National Stadium", 45,000 of 99,120) is reported here at
/// most ten times a second. The opened box office is moved to this object's thread, so that
/// its signals arrive there.
class OfficeLoader final : public QObject
{
    Q_OBJECT

public:
    explicit OfficeLoader(QObject *parent = nullptr);
    ~OfficeLoader() override;
    Q_DISABLE_COPY_MOVE(OfficeLoader)

    /// Starts opening. `demoData`: create the demo events when the database has none.
    void start(const LocalBoxOffice::Options &options, bool demoData = true);
    bool isRunning() const { return m_watcher.isRunning(); }
    /// The opened box office, once loaded() was emitted.
    std::unique_ptr<LocalBoxOffice> takeOffice() { return std::move(m_office); }
    /// True when the demo data was created by this load.
    bool createdDemoData() const { return m_createdDemo; }

Q_SIGNALS:
    void progress(const QString &stage, qint64 done, qint64 total);
    void loaded();
    void failed(const tessera::Error &error);

private:
    struct Outcome;
    void poll();
    void finish();

    QFutureWatcher<std::shared_ptr<Outcome>> m_watcher;
    QTimer m_poll;
    std::unique_ptr<LocalBoxOffice> m_office;
    bool m_createdDemo = false;

    struct Progress
    {
        std::mutex mutex;
        QString stage;
        qint64 done = 0;
        qint64 total = 0;
        bool changed = false;
    };
    std::shared_ptr<Progress> m_progress;
};

} // namespace tessera
