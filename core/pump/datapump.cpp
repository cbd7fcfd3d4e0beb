#include "core/pump/datapump.h"

#include "core/common/ids.h"
#include "core/pump/batchbuilder.h"
#include "core/store/store.h"

#include <QDateTime>
#include <QElapsedTimer>

#include <algorithm>
#include <bit>
#include <future>
#include <map>
#include <optional>
#include <set>

namespace tessera {

struct DataPump::Waiters
{
    struct Sale
    {
        Order order;
        SaleCallback done;
    };
    std::map<SaleKey, Sale> sales;
    std::map<SaleKey, ExpectedCancellation> cancellations;
    std::vector<std::multimap<quint64, CommitCallback>> commits; // per event
    std::vector<quint64> committed;                              // per event
    std::array<quint64, 32> lagBuckets{};                        // log2 milliseconds
    std::set<SaleKey> refused; ///< sales the database refused; their undo is not written
};

struct DataPump::Pending
{
    std::vector<Waiters::Sale> sales;                      // parallel to PumpBatch::sales
    std::vector<std::pair<quint32, quint64>> lastSequence; // per event in the batch
    std::vector<qint64> changeTimes;                       // for the lag histogram
    quint64 changes = 0;
    std::vector<SaleKey> refused; // filled by finish(): the batch's sales the database refused
};

struct DataPump::Prepared
{
    PumpBatch batch;
    Pending pending;
    qsizetype used = 0; ///< feed records the batch holds; 0: nothing (whole) to write yet
};

DataPump::DataPump(Space *space, const EventCatalog *catalog, const HolderRegistry *holders, DatabaseUrl url,
                   PumpConfig config, QObject *parent)
    : QObject(parent)
    , m_space(space)
    , m_catalog(catalog)
    , m_holders(holders)
    , m_url(std::move(url))
    , m_config(config)
    , m_waiters(std::make_unique<Waiters>())
{
    qRegisterMetaType<tessera::PumpState>();
    // Subscribe now, from the start of the feed, so that nothing published before the thread
    // runs is missed.
    m_subscription = m_space->subscribe(
        [this] {
            std::lock_guard lock(m_mutex);
            m_workPending = true;
            m_wake.notify_one();
        },
        true);
}

DataPump::~DataPump()
{
    stop();
}

void DataPump::start()
{
    std::lock_guard lock(m_mutex);
    if (m_thread.joinable())
        return;
    m_stopping = false;
    m_running = true;
    m_stats.state = PumpState::Starting;
    m_state = PumpState::Starting;
    m_thread = std::thread([this] { run(); });
}

void DataPump::stop()
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_thread.joinable())
            return;
        m_stopping = true;
        m_wake.notify_one();
    }
    m_thread.join();
}

bool DataPump::expectSale(quint32 event, HoldId hold, Order order, SaleCallback done)
{
    std::lock_guard lock(m_mutex);
    return m_waiters->sales.try_emplace({event, hold}, Waiters::Sale{std::move(order), std::move(done)})
        .second;
}

void DataPump::withdrawSale(quint32 event, HoldId hold)
{
    std::lock_guard lock(m_mutex);
    m_waiters->sales.erase({event, hold});
}

void DataPump::expectCancellation(quint32 event, HoldId sale, QList<QUuid> ticketIds, bool refund)
{
    std::lock_guard lock(m_mutex);
    ExpectedCancellation &expected = m_waiters->cancellations[{event, sale}];
    (refund ? expected.refundIds : expected.cancelIds) += ticketIds;
}

void DataPump::withdrawCancellation(quint32 event, HoldId sale, const QList<QUuid> &ticketIds)
{
    std::lock_guard lock(m_mutex);
    const auto it = m_waiters->cancellations.find({event, sale});
    if (it == m_waiters->cancellations.end())
        return;
    for (const QUuid &id : ticketIds) {
        it->second.cancelIds.removeOne(id);
        it->second.refundIds.removeOne(id);
    }
    if (it->second.cancelIds.isEmpty() && it->second.refundIds.isEmpty())
        m_waiters->cancellations.erase(it);
}

void DataPump::whenCommitted(quint32 event, quint64 sequence, CommitCallback done)
{
    {
        std::lock_guard lock(m_mutex);
        if (event >= m_waiters->commits.size()) {
            m_waiters->commits.resize(event + 1);
            m_waiters->committed.resize(event + 1, 0);
        }
        if (m_waiters->committed[event] < sequence && m_running) {
            m_waiters->commits[event].emplace(sequence, std::move(done));
            return;
        }
    }
    if (committedSequence(event) >= sequence)
        done(Status());
    else
        done(Status(ErrorCode::StoreUnavailable, tr("The database writer is not running.")));
}

quint64 DataPump::committedSequence(quint32 event) const
{
    std::lock_guard lock(m_mutex);
    return event < m_waiters->committed.size() ? m_waiters->committed[event] : 0;
}

quint64 DataPump::waitingChanges() const
{
    return m_subscription->backlog();
}

bool DataPump::isBackedUp() const
{
    return statistics().backlog > m_config.maxBacklog;
}

PumpStatistics DataPump::statistics() const
{
    std::lock_guard lock(m_mutex);
    PumpStatistics s = m_stats;
    s.state = m_state.load();
    quint64 backlog = 0;
    for (quint32 e = 0; e < m_space->eventCount(); ++e) {
        const quint64 committed = e < m_waiters->committed.size() ? m_waiters->committed[e] : 0;
        backlog += m_space->event(e)->lastSequence() - std::min(committed, m_space->event(e)->lastSequence());
    }
    s.backlog = backlog;
    quint64 total = 0;
    for (quint64 n : m_waiters->lagBuckets)
        total += n;
    auto percentile = [&](double p) -> qint64 {
        quint64 seen = 0;
        for (size_t b = 0; b < m_waiters->lagBuckets.size(); ++b) {
            seen += m_waiters->lagBuckets[b];
            if (total && seen >= static_cast<quint64>(static_cast<double>(total) * p))
                return b == 0 ? 0 : qint64(1) << (b - 1);
        }
        return 0;
    };
    s.lagP50Ms = percentile(0.50);
    s.lagP99Ms = percentile(0.99);
    return s;
}

void DataPump::setState(PumpState state, const QString &message)
{
    const PumpState previous = m_state.exchange(state);
    {
        std::lock_guard lock(m_mutex);
        m_stats.state = state;
        if (!message.isEmpty())
            m_stats.lastError = message;
    }
    if (previous != state)
        emit stateChanged(state, message);
}

bool DataPump::openStore()
{
    Result<std::unique_ptr<Store>> opened = Store::open(m_url);
    if (!opened) {
        {
            std::lock_guard lock(m_mutex);
            ++m_stats.errors;
        }
        setState(PumpState::DatabaseUnavailable, opened.error().message);
        return false;
    }
    m_store = std::move(opened.value());
    m_store->setChangeOrigin(m_config.origin);
    setState(PumpState::Running, QString());
    return true;
}

void DataPump::waitForWork()
{
    std::unique_lock lock(m_mutex);
    m_wake.wait_for(lock, std::chrono::milliseconds(m_config.flushIntervalMs),
                    [this] { return m_workPending || m_stopping; });
    m_workPending = false;
}

DataPump::Prepared DataPump::prepare(std::vector<Change> &buffer)
{
    Prepared prepared;
    // Read what is there, up to one batch. Keep a command whole: the read may end inside one.
    while (static_cast<qsizetype>(buffer.size()) < m_config.maxBatchChanges
           && m_subscription->read(buffer, m_config.maxBatchChanges - static_cast<qsizetype>(buffer.size()))
                  > 0) {
    }
    // A single command with more records than a batch holds (blocking a whole stadium, say):
    // read on to its end, so that the batch holds it whole rather than waiting for it forever.
    auto holdsWholeCommand = [&buffer] {
        return std::any_of(buffer.rbegin(), buffer.rend(), [](const Change &c) { return c.endOfCommand; });
    };
    while (!buffer.empty() && !holdsWholeCommand()
           && m_subscription->read(buffer, m_config.maxBatchChanges) > 0) {
    }
    if (buffer.empty())
        return prepared;
    Pending &pending = prepared.pending;
    BatchContext context;
    context.catalog = m_catalog;
    context.holders = m_holders;
    // Callers register sales and cancellations before their commands reach the feed, so when
    // none is registered now, none of the buffered records has one (the simulation's never
    // do), and the builder need not ask for each record.
    bool salesRegistered = false;
    bool cancellationsRegistered = false;
    {
        std::lock_guard lock(m_mutex);
        salesRegistered = !m_waiters->sales.empty();
        cancellationsRegistered = !m_waiters->cancellations.empty();
        // The refused sales as they are now, after the read (the set only grows): finish()
        // marks a refused sale before it undoes the sale in the space, so the undo of every
        // sale refused so far that reached the buffer is recognised. A sale refused later
        // (while this batch is built on the helper) is left to dropCancelsOfRefused.
        if (!m_refusedSnapshot || m_refusedSnapshot->size() != m_waiters->refused.size())
            m_refusedSnapshot = std::make_shared<const std::set<SaleKey>>(m_waiters->refused);
    }
    context.takeSaleOrder = [this, &pending, salesRegistered](const SaleKey &key) -> std::optional<Order> {
        if (!salesRegistered) {
            pending.sales.emplace_back();
            return std::nullopt;
        }
        std::lock_guard lock(m_mutex);
        auto it = m_waiters->sales.find(key);
        if (it == m_waiters->sales.end()) {
            pending.sales.emplace_back();
            return std::nullopt;
        }
        pending.sales.push_back(std::move(it->second));
        m_waiters->sales.erase(it);
        return pending.sales.back().order;
    };
    if (cancellationsRegistered) {
        context.takeCancellation = [this](const SaleKey &key) {
            std::lock_guard lock(m_mutex);
            auto node = m_waiters->cancellations.extract(key);
            return node ? std::move(node.mapped()) : ExpectedCancellation();
        };
    }
    if (!m_refusedSnapshot->empty()) {
        context.isRefusedSale = [refused = m_refusedSnapshot](const SaleKey &key) {
            return refused->count(key) > 0;
        };
    }
    prepared.used = buildBatch(buffer, context, prepared.batch);
    for (qsizetype i = 0; i < prepared.used; ++i) {
        const Change &c = buffer[static_cast<size_t>(i)];
        auto it = std::find_if(pending.lastSequence.begin(), pending.lastSequence.end(),
                               [&](const auto &p) { return p.first == c.event; });
        if (it == pending.lastSequence.end())
            pending.lastSequence.emplace_back(c.event, c.sequence);
        else
            it->second = std::max(it->second, c.sequence);
        pending.changeTimes.push_back(c.timeMs);
    }
    pending.changes = static_cast<quint64>(prepared.used);
    buffer.erase(buffer.begin(), buffer.begin() + prepared.used);
    return prepared;
}

void DataPump::dropCancelsOfRefused(PumpBatch &batch, const std::vector<SaleKey> &refused) const
{
    std::set<std::pair<QUuid, HoldId>> names;
    for (const auto &[event, sale] : refused) {
        if (const auto entry = m_catalog->byIndex(event))
            names.emplace(entry->event.id, sale);
    }
    std::erase_if(batch.cancels, [&names](const CancelRow &cancel) {
        return cancel.engineSaleId != 0 && names.count({cancel.eventId, cancel.engineSaleId}) > 0;
    });
}

void DataPump::run()
{
    const Error unreachable{ErrorCode::StoreUnavailable,
                            tr("The database could not be reached before the box office closed.")};
    bool unwritten = false;
    std::vector<Change> buffer;
    int backoff = m_config.retryInitialMs;
    // Opening may fail (server down, wrong password): keep trying until it works or we stop.
    while (!openStore()) {
        std::unique_lock lock(m_mutex);
        if (m_stopping)
            break;
        m_wake.wait_for(lock, std::chrono::milliseconds(backoff), [this] { return m_stopping; });
        backoff = std::min(backoff * 2, m_config.retryMaxMs);
    }
    // While a big batch is written, the next one is built on a helper thread: building is a
    // third of the pump's work when it is behind (the simulation in turbo). SQLite only: on
    // PostgreSQL a batch also tells the other processes the state of its seats, which must not
    // include a cancellation of a sale that the batch written meanwhile turns out to be refused.
    const bool buildAhead = m_url.kind == DatabaseUrl::Kind::Sqlite;
    std::future<Prepared> ahead;
    std::optional<Prepared> ready;
    auto answerUnwritten = [&unreachable](Pending &pending) {
        for (Waiters::Sale &sale : pending.sales) {
            if (sale.done)
                sale.done(Result<Order>(unreachable));
        }
    };
    for (;;) {
        bool stopping;
        {
            std::lock_guard lock(m_mutex);
            stopping = m_stopping;
        }
        Prepared current;
        const bool builtAhead = ready.has_value();
        if (builtAhead) {
            current = std::move(*ready);
            ready.reset();
        } else {
            current = prepare(buffer);
        }
        if (current.used == 0) {
            // A batch built ahead read the feed before the stop check: read it again first.
            if (builtAhead)
                continue;
            if (buffer.empty() && stopping)
                break;
            // Nothing, or only part of a command so far: wait for more.
            waitForWork();
            continue;
        }
        if (buildAhead && current.used >= kBuildAheadChanges)
            ahead = std::async(std::launch::async, [this, &buffer] { return prepare(buffer); });
        const bool written = writeWithRetry(current.batch, current.pending);
        if (ahead.valid()) {
            ready = ahead.get();
            // Cancellations of a sale the database just refused are not written (as when the
            // batch is built after the refusal is known): the sale is not there.
            if (written && !current.pending.refused.empty())
                dropCancelsOfRefused(ready->batch, current.pending.refused);
        }
        if (!written) {
            // Stopping with the database unreachable: these batches' sales were taken out of
            // the waiters, so they are answered here; the rest below.
            unwritten = true;
            answerUnwritten(current.pending);
            if (ready)
                answerUnwritten(ready->pending);
            break;
        }
    }
    m_store.reset();
    {
        std::lock_guard lock(m_mutex);
        m_running = false;
    }
    if (unwritten || !buffer.empty())
        failEverything(unreachable);
    else
        failEverything(Error{ErrorCode::ShuttingDown, tr("The box office is closing.")});
    setState(PumpState::Stopped, QString());
}

bool DataPump::writeWithRetry(PumpBatch &batch, Pending &pending)
{
    int backoff = m_config.retryInitialMs;
    QElapsedTimer sinceStop;
    for (;;) {
        Result<BatchOutcome> outcome =
            m_store ? m_store->write(batch)
                    : Result<BatchOutcome>(ErrorCode::StoreUnavailable, tr("not connected"));
        if (outcome) {
            if (m_state.load() != PumpState::Running)
                setState(PumpState::Running, QString());
            finish(batch, pending, *outcome);
            return true;
        }
        const Error error = outcome.error();
        {
            std::lock_guard lock(m_mutex);
            ++m_stats.errors;
            m_stats.lastError = error.message;
        }
        if (error.code != ErrorCode::StoreUnavailable) {
            // Not an outage, and not one sale's fault (the store isolates those): the batch
            // cannot be written. Rather than retrying forever, its sales fail (undone in the
            // space) and whoever waits for its changes is told they were not stored.
            BatchOutcome failed;
            for (size_t i = 0; i < batch.sales.size(); ++i)
                failed.failedSales.emplace_back(static_cast<qsizetype>(i), error);
            finish(batch, pending, failed, Status(error));
            return true;
        }
        setState(PumpState::DatabaseUnavailable, error.message);
        std::unique_lock lock(m_mutex);
        if (m_stopping) {
            if (!sinceStop.isValid())
                sinceStop.start();
            if (sinceStop.elapsed() > m_config.stopTimeoutMs)
                return false;
        }
        // A stop request cuts the wait short once; while stopping, the backoff still applies
        // (the waits must not turn into a busy loop of reconnects).
        const bool wasStopping = m_stopping;
        m_wake.wait_for(lock, std::chrono::milliseconds(backoff),
                        [this, wasStopping] { return m_stopping && !wasStopping; });
        m_workPending = false;
        lock.unlock();
        backoff = std::min(backoff * 2, m_config.retryMaxMs);
        if (!m_store) {
            openStore();
        } else if (const Status reconnected = m_store->reconnect(); !reconnected) {
            std::lock_guard relock(m_mutex);
            m_stats.lastError = reconnected.error().message;
        }
    }
}

void DataPump::finish(const PumpBatch &batch, Pending &pending, const BatchOutcome &outcome,
                      const Status &written)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    std::vector<std::pair<SaleCallback, Result<Order>>> saleCalls;
    std::vector<CommitCallback> commitCalls;
    std::vector<bool> isRefused(batch.sales.size(), false);
    std::vector<const Error *> failure(batch.sales.size(), nullptr);
    for (qsizetype r : outcome.refusedSales)
        isRefused[static_cast<size_t>(r)] = true;
    for (const auto &[index, error] : outcome.failedSales)
        failure[static_cast<size_t>(index)] = &error;

    for (size_t i = 0; i < batch.sales.size(); ++i) {
        const SaleRow &sale = batch.sales[i];
        Waiters::Sale &waiter = pending.sales[i];
        if (!isRefused[i] && !failure[i]) {
            if (waiter.done)
                saleCalls.emplace_back(std::move(waiter.done), Result<Order>(sale.order));
            continue;
        }
        // Another process sold one of these seats first, or the database would not take the
        // sale: undo it in our space. The builder skips the cancel changes this produces (they
        // name a refused sale).
        const auto entry = m_catalog->byId(sale.order.eventId);
        {
            std::lock_guard lock(m_mutex);
            m_waiters->refused.insert({entry ? entry->index : 0, sale.engineSaleId});
        }
        pending.refused.emplace_back(entry ? entry->index : 0, sale.engineSaleId);
        SpaceCommand undo;
        undo.event = entry ? entry->index : 0;
        undo.hold = sale.engineSaleId;
        if (sale.standingArea != kNoIndex) {
            undo.op = SpaceOp::CancelStanding;
            undo.standingArea = sale.standingArea;
            undo.quantity = static_cast<quint32>(sale.order.tickets.size());
        } else {
            undo.op = SpaceOp::Cancel;
            for (quint32 seat : sale.seatIndex)
                undo.seats.append(seat);
        }
        if (entry)
            m_space->apply(undo);
        if (!waiter.done)
            continue;
        if (failure[i]) {
            saleCalls.emplace_back(
                std::move(waiter.done),
                Result<Order>(failure[i]->code,
                              tr("The sale could not be saved in the database; nothing was charged. (%1)")
                                  .arg(failure[i]->message)));
            continue;
        }
        QString what = tr("This seat was sold by another terminal a moment ago.");
        if (entry && sale.standingArea != kNoIndex
            && sale.standingArea < static_cast<quint32>(entry->layout.standingAreas.size())) {
            what = tr("%1 has fewer places left than this sale needs: another terminal sold them a moment "
                      "ago; nothing was charged.")
                       .arg(entry->layout.standingAreas[sale.standingArea].name);
        } else if (const auto seat = std::find_if(sale.seatIndex.begin(), sale.seatIndex.end(),
                                                  [](quint32 index) { return index != kNoIndex; });
                   entry && seat != sale.seatIndex.end()) {
            what = tr("%1 was sold by another terminal a moment ago; nothing was charged.")
                       .arg(entry->seatDescription(*seat));
        }
        saleCalls.emplace_back(std::move(waiter.done), Result<Order>(ErrorCode::SeatUnavailable, what));
    }
    {
        std::lock_guard lock(m_mutex);
        m_stats.changes += pending.changes;
        if (written) {
            m_stats.batches += 1;
            m_stats.rows += static_cast<quint64>(batch.rowCount());
        }
        m_stats.refusedSales += outcome.refusedSales.size();
        m_stats.errors += outcome.failedSales.size();
        for (qint64 t : pending.changeTimes) {
            const auto lag = static_cast<quint64>(std::max<qint64>(0, now - t));
            const size_t bucket = std::min<size_t>(31, static_cast<size_t>(std::bit_width(lag)));
            ++m_waiters->lagBuckets[bucket];
        }
        for (const auto &[event, sequence] : pending.lastSequence) {
            if (event >= m_waiters->commits.size()) {
                m_waiters->commits.resize(event + 1);
                m_waiters->committed.resize(event + 1, 0);
            }
            m_waiters->committed[event] = std::max(m_waiters->committed[event], sequence);
            auto &waiting = m_waiters->commits[event];
            for (auto it = waiting.begin(); it != waiting.end() && it->first <= sequence;) {
                commitCalls.push_back(std::move(it->second));
                it = waiting.erase(it);
            }
        }
    }
    for (auto &[done, result] : saleCalls)
        done(std::move(result));
    for (auto &done : commitCalls)
        done(written);
}

void DataPump::failEverything(const Error &error)
{
    std::vector<SaleCallback> sales;
    std::vector<CommitCallback> commits;
    {
        std::lock_guard lock(m_mutex);
        for (auto &[key, sale] : m_waiters->sales)
            sales.push_back(std::move(sale.done));
        m_waiters->sales.clear();
        for (auto &waiting : m_waiters->commits) {
            for (auto &[sequence, done] : waiting)
                commits.push_back(std::move(done));
            waiting.clear();
        }
    }
    for (auto &done : sales) {
        if (done)
            done(Result<Order>(error));
    }
    for (auto &done : commits)
        done(Status(error));
}

} // namespace tessera
