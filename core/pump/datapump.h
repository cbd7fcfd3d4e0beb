#pragma once

#include "core/common/result.h"
#include "core/domain/order.h"
#include "core/engine/eventcatalog.h"
#include "core/engine/holderregistry.h"
#include "core/space/space.h"
#include "core/store/databaseurl.h"
#include "core/store/pumpbatch.h"

#include <QObject>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <set>
#include <thread>

namespace tessera {

class Store;
struct PumpBatch;

/// What the data pump is doing.
enum class PumpState {
    Starting,            ///< opening the database
    Running,             ///< writing behind
    DatabaseUnavailable, ///< the database is down: keeping the backlog and retrying
    Stopped,
};

/// Tuning of the pump. Defaults suit a box office; tests and benchmarks change them.
struct PumpConfig
{
    int maxBatchChanges = 50'000;   ///< most changes in one transaction
    int flushIntervalMs = 2;        ///< longest wait before writing what has arrived
    quint64 maxBacklog = 2'000'000; ///< unwritten changes beyond which new work is refused
    int retryInitialMs = 50;        ///< first wait after a failed write; doubles up to retryMaxMs
    int retryMaxMs = 2'000;
    int stopTimeoutMs = 30'000; ///< how long stop() keeps retrying an unreachable database
    QString origin;             ///< names this process in change notifications (PostgreSQL)
};

/// Counters and state for the status bar, /status and the simulation charts.
struct PumpStatistics
{
    PumpState state = PumpState::Starting;
    quint64 changes = 0;      ///< change-feed records consumed
    quint64 batches = 0;      ///< committed transactions
    quint64 rows = 0;         ///< rows written
    quint64 errors = 0;       ///< failed attempts (outages)
    quint64 refusedSales = 0; ///< sales the database refused (another terminal was first)
    quint64 backlog = 0;      ///< changes published and not yet committed
    qint64 lagP50Ms = 0;      ///< change-to-commit time
    qint64 lagP99Ms = 0;
    QString lastError;
};

/// Writes the change feed behind to the database on its own thread with its own connection, in
/// batched transactions (group commit). A sale is acknowledged only after the transaction that
/// holds it has committed: callers register what they wait for (expectSale, whenCommitted) and
/// their callback runs after the commit, on the pump's thread. A sale the database refuses
/// (another process sold the seat first) fails alone with SeatUnavailable and is undone in the
/// space. While the database is down the backlog stays in the feed, writes are retried with
/// backoff and isBackedUp() tells the front door to refuse new work once the backlog is full.
/// On SQLite, while a big batch is written the next one is built on a helper thread; the
/// connection stays on the pump's thread.
class DataPump final : public QObject
{
    Q_OBJECT

public:
    DataPump(Space *space, const EventCatalog *catalog, const HolderRegistry *holders, DatabaseUrl url,
             PumpConfig config = {}, QObject *parent = nullptr);
    ~DataPump() override;
    Q_DISABLE_COPY_MOVE(DataPump)

    using SaleCallback = std::function<void(Result<Order>)>;
    using CommitCallback = std::function<void(Status)>;

    /// Starts the pump thread. Returns at once; the state moves to Running or DatabaseUnavailable.
    void start();
    /// Writes everything published so far and stops. Work still unwritten after
    /// PumpConfig::stopTimeoutMs (database unreachable) is reported to its waiters as
    /// StoreUnavailable: it was never acknowledged.
    void stop();

    /// Registers the order that the sale of `hold` in `event` will create, before the sell
    /// command runs. `done` gets the order after commit, or an error. If the sell command
    /// fails, call withdrawSale. Returns false (and registers nothing) while another sale of
    /// the same hold is registered: only one sell of a hold may be under way.
    [[nodiscard]] bool expectSale(quint32 event, HoldId hold, Order order, SaleCallback done);
    void withdrawSale(quint32 event, HoldId hold);
    /// Names the tickets a cancellation of sale `sale` in `event` cancels (standing tickets are
    /// interchangeable in the space; the database must cancel the ones the clerk chose), and
    /// whether it is a refund (the tickets are then stored as refunded, and audited as such).
    void expectCancellation(quint32 event, HoldId sale, QList<QUuid> ticketIds, bool refund = false);
    /// Takes back what expectCancellation named, for a cancellation the space refused.
    void withdrawCancellation(quint32 event, HoldId sale, const QList<QUuid> &ticketIds);
    /// Calls `done` once every change of `event` up to `sequence` has committed.
    void whenCommitted(quint32 event, quint64 sequence, CommitCallback done);

    PumpStatistics statistics() const;
    /// Changes published and not yet taken into a batch: the part of the backlog the pump has
    /// not started on (the batches it is building and writing are not counted). Cheaper than
    /// statistics(); callable from any thread.
    quint64 waitingChanges() const;
    PumpState state() const { return m_state.load(std::memory_order_relaxed); }
    /// True when the backlog is full: the box office must refuse new holds and sales.
    bool isBackedUp() const;
    quint64 committedSequence(quint32 event) const;

signals:
    void stateChanged(tessera::PumpState state, const QString &message);

private:
    struct Pending;
    struct Prepared;
    /// Batches of at least this many feed records are written while the next one is built.
    static constexpr qsizetype kBuildAheadChanges = 2'000;
    void run();
    /// Reads the feed into `buffer` (up to a batch) and builds the next batch from it.
    Prepared prepare(std::vector<Change> &buffer);
    /// Takes out of `batch` the cancellations of sales the database refused.
    void dropCancelsOfRefused(PumpBatch &batch, const std::vector<std::pair<quint32, HoldId>> &refused) const;
    bool openStore();
    bool writeWithRetry(PumpBatch &batch, Pending &pending);
    /// Answers the batch's waiters: sales by `outcome`, commit waiters with `written`.
    void finish(const PumpBatch &batch, Pending &pending, const BatchOutcome &outcome,
                const Status &written = {});
    void failEverything(const Error &error);
    void setState(PumpState state, const QString &message);
    void waitForWork();

    Space *const m_space;
    const EventCatalog *const m_catalog;
    const HolderRegistry *const m_holders;
    const DatabaseUrl m_url;
    const PumpConfig m_config;
    std::unique_ptr<FeedSubscription> m_subscription;
    std::unique_ptr<Store> m_store; // lives on the pump thread
    std::thread m_thread;

    mutable std::mutex m_mutex; // guards everything below
    std::condition_variable m_wake;
    bool m_workPending = false;
    bool m_stopping = false;
    bool m_running = false; ///< the thread accepts waiters
    struct Waiters;
    std::unique_ptr<Waiters> m_waiters;
    PumpStatistics m_stats;
    std::atomic<PumpState> m_state{PumpState::Stopped};
    // A copy of the refused sales for the builder, renewed when the set grew; used by prepare()
    // only (which never runs twice at once), under m_mutex.
    std::shared_ptr<const std::set<std::pair<quint32, HoldId>>> m_refusedSnapshot;
};

} // namespace tessera

Q_DECLARE_METATYPE(tessera::PumpState)
