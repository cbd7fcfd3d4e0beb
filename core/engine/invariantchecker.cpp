#include "core/engine/invariantchecker.h"

namespace tessera {

void InvariantChecker::addEvent(quint32 event, qsizetype seats, std::vector<quint32> standingCapacity)
{
    if (event >= m_events.size())
        m_events.resize(event + 1);
    EventState &state = m_events[event];
    state.sold.assign(static_cast<size_t>(seats), false);
    state.standingSold.assign(standingCapacity.size(), 0);
    state.standingCapacity = std::move(standingCapacity);
    state.known = true;
}

void InvariantChecker::setInitialSales(quint32 event, std::span<const quint32> soldSeats,
                                       std::span<const quint32> standingSold)
{
    if (event >= m_events.size() || !m_events[event].known)
        return;
    EventState &state = m_events[event];
    for (quint32 seat : soldSeats) {
        if (seat < state.sold.size())
            state.sold[seat] = true;
    }
    for (size_t a = 0; a < standingSold.size() && a < state.standingSold.size(); ++a)
        state.standingSold[a] = standingSold[a];
}

void InvariantChecker::problem(quint64 &counter, const QString &what)
{
    ++counter;
    if (m_firstProblem.isEmpty())
        m_firstProblem = what;
}

void InvariantChecker::consume(std::span<const Change> changes)
{
    for (const Change &c : changes) {
        if (c.event >= m_events.size() || !m_events[c.event].known) {
            problem(m_violations,
                    QStringLiteral("change %1 names unknown event %2").arg(c.sequence).arg(c.event));
            continue;
        }
        EventState &e = m_events[c.event];
        if (e.lastSequence != 0 && c.sequence != e.lastSequence + 1)
            problem(m_violations, QStringLiteral("event %1: sequence jumps from %2 to %3")
                                      .arg(c.event)
                                      .arg(e.lastSequence)
                                      .arg(c.sequence));
        e.lastSequence = c.sequence;
        if (c.kind != ChangeKind::Sell && c.kind != ChangeKind::Cancel)
            continue;
        const bool sell = c.kind == ChangeKind::Sell;
        if (c.standing) {
            if (c.target >= e.standingSold.size()) {
                problem(m_violations,
                        QStringLiteral("event %1: unknown standing area %2").arg(c.event).arg(c.target));
                continue;
            }
            quint32 &sold = e.standingSold[c.target];
            if (sell) {
                sold += c.quantity;
                m_sales += c.quantity;
                if (sold > e.standingCapacity[c.target])
                    problem(m_doubleSales, QStringLiteral("event %1: standing area %2 sold beyond capacity")
                                               .arg(c.event)
                                               .arg(c.target));
            } else if (sold < c.quantity) {
                problem(m_violations, QStringLiteral("event %1: standing cancel beyond sales").arg(c.event));
            } else {
                sold -= c.quantity;
                m_cancellations += c.quantity;
            }
            continue;
        }
        if (c.target >= e.sold.size()) {
            problem(m_violations, QStringLiteral("event %1: unknown seat %2").arg(c.event).arg(c.target));
            continue;
        }
        auto sold = e.sold[c.target];
        if (sell) {
            ++m_sales;
            if (sold)
                problem(m_doubleSales,
                        QStringLiteral("event %1: seat %2 sold twice").arg(c.event).arg(c.target));
            sold = true;
        } else {
            if (!sold)
                problem(
                    m_violations,
                    QStringLiteral("event %1: seat %2 cancelled while unsold").arg(c.event).arg(c.target));
            else
                ++m_cancellations;
            sold = false;
        }
    }
}

} // namespace tessera
