#pragma once

#include <QPointF>
#include <QRectF>
#include <QtGlobal>

#include <span>
#include <vector>

namespace tessera {

/// Where the seats of one layout are, with a uniform grid index over their centres for the
/// questions a seat map asks: which seat is under the pointer, which seats lie in a rubber band or
/// in the exposed part of the screen, which seat is nearest, which seat is next in a direction.
/// Pure geometry on layout units, no widgets. Immutable once built; safe to read from any thread.
class SeatGeometry final
{
public:
    SeatGeometry() = default;
    /// Indexes the seat centres (x[i], y[i]); both spans must have the same length.
    SeatGeometry(std::span<const float> x, std::span<const float> y);

    qsizetype seatCount() const { return static_cast<qsizetype>(m_x.size()); }
    bool isEmpty() const { return m_x.empty(); }
    QPointF centre(quint32 seat) const { return {m_x[seat], m_y[seat]}; }
    float x(quint32 seat) const { return m_x[seat]; }
    float y(quint32 seat) const { return m_y[seat]; }

    /// The box around every seat centre, grown by half a seat pitch; null when empty.
    QRectF bounds() const { return m_bounds; }
    /// The typical distance between neighbouring seats (median nearest-neighbour distance of a
    /// sample), 1 when it cannot be told. Seats are drawn a little smaller than this.
    double pitch() const { return m_pitch; }

    /// The seat whose centre is nearest to `point` and at most `radius` away, or kNoSeat.
    quint32 seatAt(QPointF point, double radius) const;
    /// The seat nearest to `point` at any distance, or kNoSeat when there are no seats.
    quint32 nearestSeat(QPointF point) const;
    /// Seats whose centre lies inside `rect` (edges included), in ascending index order.
    std::vector<quint32> seatsIn(const QRectF &rect) const;
    /// The seat a step from `from` in `direction` (for example (1, 0): to the right), preferring
    /// seats straight ahead over seats off to the side; kNoSeat when there is none nearby.
    quint32 nextSeat(quint32 from, QPointF direction) const;

    /// Calls visit(seat) for every seat whose centre lies inside `rect`, grid cell by grid cell
    /// (not in index order). The cheap path for painting the exposed part of a view.
    template<typename Visit>
    void forEachSeatIn(const QRectF &rect, Visit &&visit) const
    {
        if (m_x.empty() || rect.right() < m_originX || rect.left() > m_maxX || rect.bottom() < m_originY
            || rect.top() > m_maxY)
            return;
        const auto [c0, r0, c1, r1] = cellSpan(rect);
        const float left = static_cast<float>(rect.left()), right = static_cast<float>(rect.right());
        const float top = static_cast<float>(rect.top()), bottom = static_cast<float>(rect.bottom());
        for (int r = r0; r <= r1; ++r) {
            for (int c = c0; c <= c1; ++c) {
                const size_t cell = static_cast<size_t>(r) * m_columns + static_cast<size_t>(c);
                for (quint32 k = m_cellStart[cell]; k < m_cellStart[cell + 1]; ++k) {
                    const quint32 seat = m_cellSeats[k];
                    const float sx = m_x[seat], sy = m_y[seat];
                    if (sx >= left && sx <= right && sy >= top && sy <= bottom)
                        visit(seat);
                }
            }
        }
    }

    static constexpr quint32 kNoSeat = 0xffffffffu;

private:
    struct CellSpan
    {
        int c0, r0, c1, r1;
    };
    CellSpan cellSpan(const QRectF &rect) const;
    int columnOf(double x) const;
    int rowOf(double y) const;
    double estimatePitch() const;

    std::vector<float> m_x;
    std::vector<float> m_y;
    QRectF m_bounds;
    double m_pitch = 1;
    double m_originX = 0; ///< grid origin (the top-left seat centre)
    double m_originY = 0;
    double m_maxX = 0; ///< the bottom-right seat centre
    double m_maxY = 0;
    double m_cellSize = 1;
    size_t m_columns = 0;
    size_t m_rows = 0;
    std::vector<quint32> m_cellStart; ///< m_columns * m_rows + 1 offsets into m_cellSeats
    std::vector<quint32> m_cellSeats; ///< seat indices grouped by cell
};

} // namespace tessera
