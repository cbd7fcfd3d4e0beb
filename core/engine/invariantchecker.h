#pragma once

#include "core/space/change.h"

#include <QString>

#include <span>
#include <vector>

namespace tessera {

class Space;

/// Watches the change feed and proves that no seat is ever sold twice: every Sell must find the
/// seat unsold and every Cancel must find it sold, and standing-area sales never exceed capacity.
/// Feed it changes in per-event sequence order (as FeedSubscription delivers them).
class InvariantChecker final
{
public:
    /// Registers an event's size; changes of unknown events are counted as violations.
    void addEvent(quint32 event, qsizetype seats, std::vector<quint32> standingCapacity = {});
    /// Marks what an event had sold before the first change this checker reads (a checker that
    /// joins a running feed). Call after addEvent and before consume.
    void setInitialSales(quint32 event, std::span<const quint32> soldSeats,
                         std::span<const quint32> standingSold = {});
    void consume(std::span<const Change> changes);

    /// Sales of a seat that was already sold (or standing sales beyond capacity).
    quint64 doubleSales() const { return m_doubleSales; }
    /// Any other impossible sequence (cancel of an unsold seat, gaps in the sequence numbers).
    quint64 violations() const { return m_violations; }
    quint64 sales() const { return m_sales; }
    quint64 cancellations() const { return m_cancellations; }
    /// Seats (and standing places) sold now according to the feed.
    qint64 soldNow() const { return static_cast<qint64>(m_sales) - static_cast<qint64>(m_cancellations); }
    QString firstProblem() const { return m_firstProblem; }

private:
    struct EventState
    {
        std::vector<bool> sold;
        std::vector<quint32> standingCapacity;
        std::vector<quint32> standingSold;
        quint64 lastSequence = 0;
        bool known = false;
    };
    void problem(quint64 &counter, const QString &what);

    std::vector<EventState> m_events;
    quint64 m_doubleSales = 0;
    quint64 m_violations = 0;
    quint64 m_sales = 0;
    quint64 m_cancellations = 0;
    QString m_firstProblem;
};

} // namespace tessera
