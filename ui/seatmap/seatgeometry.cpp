#include "ui/seatmap/seatgeometry.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace tessera {

namespace {

double squared(double v)
{
    return v * v;
}

} // namespace

SeatGeometry::SeatGeometry(std::span<const float> x, std::span<const float> y)
    : m_x(x.begin(), x.end())
    , m_y(y.begin(), y.begin() + static_cast<std::ptrdiff_t>(std::min(x.size(), y.size())))
{
    m_x.resize(m_y.size());
    const size_t n = m_x.size();
    if (n == 0)
        return;
    const auto [minX, maxX] = std::minmax_element(m_x.begin(), m_x.end());
    const auto [minY, maxY] = std::minmax_element(m_y.begin(), m_y.end());
    m_originX = *minX;
    m_originY = *minY;
    m_maxX = *maxX;
    m_maxY = *maxY;
    const double width = *maxX - m_originX;
    const double height = *maxY - m_originY;
    const double span = std::max(width, height);

    // About two seats per cell on a filled venue; never more than 4n + 64 cells.
    if (span <= 0) {
        m_cellSize = 1;
    } else {
        const double area = std::max(width, span / 4096) * std::max(height, span / 4096);
        m_cellSize = std::max(std::sqrt(area * 2 / static_cast<double>(n)), span / 4096);
    }
    for (;;) {
        m_columns = static_cast<size_t>(width / m_cellSize) + 1;
        m_rows = static_cast<size_t>(height / m_cellSize) + 1;
        if (m_columns * m_rows <= 4 * n + 64)
            break;
        m_cellSize *= 1.5;
    }

    // Counting sort of the seats into their cells.
    std::vector<quint32> cellOf(n);
    m_cellStart.assign(m_columns * m_rows + 1, 0);
    for (size_t i = 0; i < n; ++i) {
        const size_t cell =
            static_cast<size_t>(rowOf(m_y[i])) * m_columns + static_cast<size_t>(columnOf(m_x[i]));
        cellOf[i] = static_cast<quint32>(cell);
        ++m_cellStart[cell + 1];
    }
    for (size_t c = 1; c < m_cellStart.size(); ++c)
        m_cellStart[c] += m_cellStart[c - 1];
    m_cellSeats.resize(n);
    std::vector<quint32> fill(m_cellStart.begin(), m_cellStart.end() - 1);
    for (size_t i = 0; i < n; ++i)
        m_cellSeats[fill[cellOf[i]]++] = static_cast<quint32>(i);

    m_pitch = estimatePitch();
    m_bounds = QRectF(QPointF(m_originX, m_originY), QPointF(*maxX, *maxY))
                   .adjusted(-m_pitch / 2, -m_pitch / 2, m_pitch / 2, m_pitch / 2);
}

int SeatGeometry::columnOf(double x) const
{
    const double c = std::floor((x - m_originX) / m_cellSize);
    return static_cast<int>(std::clamp(c, 0.0, static_cast<double>(m_columns - 1)));
}

int SeatGeometry::rowOf(double y) const
{
    const double r = std::floor((y - m_originY) / m_cellSize);
    return static_cast<int>(std::clamp(r, 0.0, static_cast<double>(m_rows - 1)));
}

SeatGeometry::CellSpan SeatGeometry::cellSpan(const QRectF &rect) const
{
    const QRectF r = rect.normalized();
    return {columnOf(r.left()), rowOf(r.top()), columnOf(r.right()), rowOf(r.bottom())};
}

quint32 SeatGeometry::seatAt(QPointF point, double radius) const
{
    if (m_x.empty() || !(radius >= 0))
        return kNoSeat;
    const QRectF box(point.x() - radius, point.y() - radius, 2 * radius, 2 * radius);
    if (box.right() < m_originX || box.left() > m_maxX || box.bottom() < m_originY || box.top() > m_maxY)
        return kNoSeat;
    quint32 best = kNoSeat;
    double bestDistance = radius * radius;
    const auto [c0, r0, c1, r1] = cellSpan(box);
    for (int r = r0; r <= r1; ++r) {
        for (int c = c0; c <= c1; ++c) {
            const size_t cell = static_cast<size_t>(r) * m_columns + static_cast<size_t>(c);
            for (quint32 k = m_cellStart[cell]; k < m_cellStart[cell + 1]; ++k) {
                const quint32 seat = m_cellSeats[k];
                const double d = squared(m_x[seat] - point.x()) + squared(m_y[seat] - point.y());
                if (d < bestDistance || (d == bestDistance && (best == kNoSeat || seat < best))) {
                    best = seat;
                    bestDistance = d;
                }
            }
        }
    }
    return best;
}

quint32 SeatGeometry::nearestSeat(QPointF point) const
{
    if (m_x.empty())
        return kNoSeat;
    const int pc = columnOf(point.x());
    const int pr = rowOf(point.y());
    const int maxRing = static_cast<int>(std::max(m_columns, m_rows));
    quint32 best = kNoSeat;
    double bestDistance = std::numeric_limits<double>::infinity();
    const auto visitCell = [&](int c, int r) {
        if (c < 0 || r < 0 || c >= static_cast<int>(m_columns) || r >= static_cast<int>(m_rows))
            return;
        const size_t cell = static_cast<size_t>(r) * m_columns + static_cast<size_t>(c);
        for (quint32 k = m_cellStart[cell]; k < m_cellStart[cell + 1]; ++k) {
            const quint32 seat = m_cellSeats[k];
            const double d = squared(m_x[seat] - point.x()) + squared(m_y[seat] - point.y());
            if (d < bestDistance || (d == bestDistance && seat < best)) {
                best = seat;
                bestDistance = d;
            }
        }
    };
    // Rings of cells around the point's (clamped) cell. Projecting the point onto the grid never
    // makes it farther from a seat, so after ring k every unvisited seat is at least k cells away.
    for (int k = 0; k <= maxRing; ++k) {
        if (k == 0) {
            visitCell(pc, pr);
        } else {
            for (int c = pc - k; c <= pc + k; ++c) {
                visitCell(c, pr - k);
                visitCell(c, pr + k);
            }
            for (int r = pr - k + 1; r <= pr + k - 1; ++r) {
                visitCell(pc - k, r);
                visitCell(pc + k, r);
            }
        }
        if (best != kNoSeat && std::sqrt(bestDistance) <= k * m_cellSize)
            break;
    }
    return best;
}

std::vector<quint32> SeatGeometry::seatsIn(const QRectF &rect) const
{
    std::vector<quint32> seats;
    forEachSeatIn(rect.normalized(), [&seats](quint32 seat) { seats.push_back(seat); });
    std::sort(seats.begin(), seats.end());
    return seats;
}

quint32 SeatGeometry::nextSeat(quint32 from, QPointF direction) const
{
    if (from >= m_x.size())
        return kNoSeat;
    const double length = std::hypot(direction.x(), direction.y());
    if (!(length > 0))
        return kNoSeat;
    const double dx = direction.x() / length, dy = direction.y() / length;
    const QPointF origin = centre(from);
    for (const double reach : {3.0, 12.0, 48.0}) {
        const double half = reach * m_pitch;
        quint32 best = kNoSeat;
        double bestScore = std::numeric_limits<double>::infinity();
        forEachSeatIn(QRectF(origin.x() - half, origin.y() - half, 2 * half, 2 * half), [&](quint32 seat) {
            const double vx = m_x[seat] - origin.x(), vy = m_y[seat] - origin.y();
            const double along = vx * dx + vy * dy;
            const double across = std::abs(vx * dy - vy * dx);
            if (seat == from || along < 0.25 * m_pitch || across > 2 * along)
                return;
            const double score = along + 2.5 * across;
            if (score < bestScore || (score == bestScore && seat < best)) {
                best = seat;
                bestScore = score;
            }
        });
        if (best != kNoSeat)
            return best;
    }
    return kNoSeat;
}

double SeatGeometry::estimatePitch() const
{
    const size_t n = m_x.size();
    if (n < 2)
        return 1;
    const size_t samples = std::min<size_t>(n, 257);
    std::vector<double> distances;
    distances.reserve(samples);
    for (size_t s = 0; s < samples; ++s) {
        const auto seat = static_cast<quint32>(s * (n - 1) / std::max<size_t>(samples - 1, 1));
        // The nearest other seat: search a growing box until one turns up.
        double best = std::numeric_limits<double>::infinity();
        for (double half = m_cellSize; half < 4 * m_cellSize * static_cast<double>(m_columns + m_rows);
             half *= 2) {
            const QRectF box(m_x[seat] - half, m_y[seat] - half, 2 * half, 2 * half);
            forEachSeatIn(box, [&](quint32 other) {
                const double d = std::hypot(m_x[other] - m_x[seat], m_y[other] - m_y[seat]);
                if (other != seat && d > 0)
                    best = std::min(best, d);
            });
            if (best <= half)
                break;
        }
        if (std::isfinite(best))
            distances.push_back(best);
    }
    if (distances.empty())
        return 1;
    std::nth_element(distances.begin(), distances.begin() + static_cast<std::ptrdiff_t>(distances.size() / 2),
                     distances.end());
    return distances[distances.size() / 2];
}

} // namespace tessera
