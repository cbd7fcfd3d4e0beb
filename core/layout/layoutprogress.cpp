#include "core/layout/layoutprogress.h"

#include <algorithm>

namespace tessera {

bool LayoutProgress::report(qint64 done, qint64 total, int fromStep, int toStep)
{
    fromStep = std::clamp(fromStep, 0, kSteps);
    toStep = std::clamp(toStep, fromStep, kSteps);
    const qint64 span = toStep - fromStep;
    const int step = total <= 0 ? toStep : fromStep + int(span * std::clamp<qint64>(done, 0, total) / total);
    int current = m_steps.load(std::memory_order_relaxed);
    while (step > current && !m_steps.compare_exchange_weak(current, step, std::memory_order_relaxed)) {
    }
    return !isCancelled();
}

void LayoutProgress::finish()
{
    m_steps.store(kSteps, std::memory_order_relaxed);
}

Error LayoutProgress::cancelledError()
{
    return Error{ErrorCode::Conflict, QStringLiteral("cancelled")};
}

} // namespace tessera
