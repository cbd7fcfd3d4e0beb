#pragma once

// Progress and cancellation of long layout work: generating, importing or exporting a stadium.

#include "core/common/result.h"

#include <QtGlobal>

#include <atomic>

namespace tessera {

/// Shared between the thread doing layout work (LayoutGenerator, PretixFormat, LayoutCsv) and
/// the one showing it. The worker reports how far it is in steps of one per mille; the viewer
/// reads percent() at any time and may cancel(). The work checks for cancellation at every
/// report (per row of seats, per zone, per few hundred lines) and then stops with
/// cancelledError() without producing anything. All members are lock-free and thread-safe.
/// The value only grows: a late report of a smaller amount is ignored.
class LayoutProgress final
{
public:
    static constexpr int kSteps = 1000;

    LayoutProgress() = default;
    Q_DISABLE_COPY_MOVE(LayoutProgress)

    /// Records that `done` of `total` units of the phase [fromStep, toStep] of the kSteps are
    /// done; returns false when the work was cancelled and should stop.
    bool report(qint64 done, qint64 total, int fromStep = 0, int toStep = kSteps);
    /// Marks the work complete (kSteps).
    void finish();

    /// Steps done, 0..kSteps.
    int steps() const { return m_steps.load(std::memory_order_relaxed); }
    /// Percent done, 0..100.
    int percent() const { return steps() * 100 / kSteps; }

    /// Asks the work to stop at its next report.
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }

    /// The error cancelled work returns (ErrorCode::Conflict, "cancelled").
    static Error cancelledError();

private:
    std::atomic<int> m_steps{0};
    std::atomic<bool> m_cancelled{false};
};

/// report() through a pointer that may be null (no progress wanted): false when cancelled.
inline bool reportProgress(LayoutProgress *progress, qint64 done, qint64 total, int fromStep = 0,
                           int toStep = LayoutProgress::kSteps)
{
    return !progress || progress->report(done, total, fromStep, toStep);
}

} // namespace tessera
