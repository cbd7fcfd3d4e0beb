#include "ui/seatmap/seatselection.h"

namespace tessera {

void SeatSelection::reset(qsizetype seatCount)
{
    m_seatCount = std::max<qsizetype>(seatCount, 0);
    m_words.assign(static_cast<size_t>((m_seatCount + 63) / 64), 0);
    m_count = 0;
}

bool SeatSelection::insert(quint32 seat)
{
    if (seat >= static_cast<quint64>(m_seatCount) || contains(seat))
        return false;
    m_words[seat >> 6] |= quint64(1) << (seat & 63);
    ++m_count;
    return true;
}

bool SeatSelection::remove(quint32 seat)
{
    if (!contains(seat))
        return false;
    m_words[seat >> 6] &= ~(quint64(1) << (seat & 63));
    --m_count;
    return true;
}

bool SeatSelection::toggle(quint32 seat)
{
    return contains(seat) ? remove(seat) : insert(seat);
}

void SeatSelection::clear()
{
    std::fill(m_words.begin(), m_words.end(), 0);
    m_count = 0;
}

QList<quint32> SeatSelection::seats() const
{
    QList<quint32> seats;
    seats.reserve(m_count);
    forEach([&seats](quint32 seat) { seats.append(seat); });
    return seats;
}

qint64 SeatSelection::totalPriceCents(std::span<const qint64> priceCents) const
{
    qint64 total = 0;
    forEach([&](quint32 seat) {
        if (seat < priceCents.size())
            total += priceCents[seat];
    });
    return total;
}

} // namespace tessera
