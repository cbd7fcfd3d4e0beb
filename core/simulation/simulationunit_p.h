#pragma once

#include "core/simulation/simulation.h"

#include <QUuid>

#include <chrono>

namespace tessera {

inline qint64 monotonicNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

/// One simulated processing unit: its thread, its live holds and sales, and its lane counters
/// (written by the unit only, read by anyone).
struct alignas(64) Simulation::Unit
{
    int id = 0;
    HolderId holder = 0;
    quint64 random = 0;
    std::vector<std::pair<quint32, HoldId>> holds; ///< (seat, hold) held by this unit, maybe expired
    std::vector<std::pair<quint32, HoldId>> sold;  ///< (seat, sale id) sold by this unit
    std::thread thread;
    // The waiting-room customer the unit serves now (queued events only).
    QUuid customerUser;
    QUuid customerSession;
    int customerOperations = 0;
    bool customerBought = false;

    std::atomic<quint64> operations{0};
    std::atomic<quint64> successes{0};
    std::atomic<quint64> conflicts{0};
    std::atomic<quint64> holdCount{0};
    std::atomic<quint64> sales{0};
    std::atomic<quint64> releases{0};
    std::atomic<quint64> cancellations{0};
    std::atomic<int> current{-1};

    UnitLane lane() const
    {
        UnitLane l;
        l.unit = id;
        l.operations = operations.load(std::memory_order_relaxed);
        l.successes = successes.load(std::memory_order_relaxed);
        l.conflicts = conflicts.load(std::memory_order_relaxed);
        l.holds = holdCount.load(std::memory_order_relaxed);
        l.sales = sales.load(std::memory_order_relaxed);
        l.releases = releases.load(std::memory_order_relaxed);
        l.cancellations = cancellations.load(std::memory_order_relaxed);
        l.currentOperation = current.load(std::memory_order_relaxed);
        return l;
    }
};

} // namespace tessera
