#pragma once

#include <QList>
#include <QtGlobal>

#include <bit>
#include <span>
#include <vector>

namespace tessera {

/// A set of seat indices of one event, as a bitset: one bit per seat, so that selecting a whole
/// stand of a stadium costs a few kilobytes and membership is one shift and mask. Knows nothing
/// about seat states; the seat map keeps only available seats in it.
class SeatSelection final
{
public:
    SeatSelection() = default;
    explicit SeatSelection(qsizetype seatCount) { reset(seatCount); }

    /// Empties the selection and sizes it for seats [0, seatCount).
    void reset(qsizetype seatCount);
    qsizetype seatCount() const { return m_seatCount; }

    bool contains(quint32 seat) const
    {
        return seat < static_cast<quint64>(m_seatCount) && (m_words[seat >> 6] >> (seat & 63)) & 1u;
    }
    /// These return true when the selection changed; seats out of range change nothing.
    bool insert(quint32 seat);
    bool remove(quint32 seat);
    bool toggle(quint32 seat);
    void clear();

    qsizetype count() const { return m_count; }
    bool isEmpty() const { return m_count == 0; }

    /// Calls visit(seat) for every selected seat in ascending order.
    template<typename Visit>
    void forEach(Visit &&visit) const
    {
        for (size_t w = 0; w < m_words.size(); ++w) {
            for (quint64 bits = m_words[w]; bits != 0; bits &= bits - 1)
                visit(static_cast<quint32>(w * 64 + static_cast<size_t>(std::countr_zero(bits))));
        }
    }
    /// The selected seats in ascending order.
    QList<quint32> seats() const;
    /// Sum of priceCents[seat] over the selected seats (seats beyond the span count as 0).
    qint64 totalPriceCents(std::span<const qint64> priceCents) const;

    friend bool operator==(const SeatSelection &, const SeatSelection &) = default;

private:
    std::vector<quint64> m_words;
    qsizetype m_seatCount = 0;
    qsizetype m_count = 0;
};

} // namespace tessera
