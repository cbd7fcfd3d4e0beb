#include "core/layout/layoutvalidation.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace tessera {

namespace {

using Severity = LayoutProblem::Severity;

/// Overlap reports beyond this number are summed up in one warning (a layout with every seat
/// at the same place would otherwise list n^2 pairs).
constexpr int kMaxOverlapReports = 500;

QString point(double x, double y)
{
    return QStringLiteral("(%1, %2)").arg(x, 0, 'f', 1).arg(y, 0, 'f', 1);
}

QString seatName(const VenueLayout &layout, qsizetype index)
{
    const LayoutSeat &seat = layout.seats.at(index);
    return seat.number.isEmpty() ? QStringLiteral("seat #%1").arg(index + 1) : seat.label();
}

QString areaName(const VenueLayout &layout, qsizetype index)
{
    const StandingArea &area = layout.standingAreas.at(index);
    return area.name.trimmed().isEmpty() ? QStringLiteral("standing area #%1").arg(index + 1)
                                         : QStringLiteral("standing area ") + area.name;
}

/// Collects problems with the text and position of the seat or area they concern.
class ProblemList
{
public:
    explicit ProblemList(const VenueLayout &layout)
        : m_layout(layout)
    {}

    /// "<seat> at (x, y) <text>"
    void seat(qsizetype index, const QString &text, Severity severity = Severity::Error)
    {
        const LayoutSeat &s = m_layout.seats.at(index);
        m_problems.append({severity,
                           seatName(m_layout, index) + QStringLiteral(" at ") + point(s.x, s.y) + u' ' + text,
                           index, -1, QPointF(s.x, s.y)});
    }

    /// "<area> at (x, y) <text>"
    void area(qsizetype index, const QString &text)
    {
        const StandingArea &a = m_layout.standingAreas.at(index);
        m_problems.append({Severity::Error,
                           areaName(m_layout, index) + QStringLiteral(" at ") + point(a.x, a.y) + u' ' + text,
                           -1, index, QPointF(a.x + a.width / 2, a.y + a.height / 2)});
    }

    void general(const QString &text, Severity severity = Severity::Error)
    {
        m_problems.append(
            {severity, text, -1, -1,
             QPointF(m_layout.stageX + m_layout.stageWidth / 2, m_layout.stageY + m_layout.stageHeight / 2)});
    }

    QList<LayoutProblem> take() { return std::move(m_problems); }

private:
    const VenueLayout &m_layout;
    QList<LayoutProblem> m_problems;
};

void checkCategories(const VenueLayout &layout, ProblemList &problems)
{
    QSet<QString> seen;
    for (const PriceCategory &category : layout.categories) {
        const QString name = QStringLiteral("category \"%1\"").arg(category.id);
        if (Status status = validatePriceCategory(category); !status)
            problems.general(name + QStringLiteral(": ") + status.error().message);
        else if (seen.contains(category.id))
            problems.general(name + QStringLiteral(" is defined twice"));
        seen.insert(category.id);
    }
}

void checkSeats(const VenueLayout &layout, ProblemList &problems)
{
    QSet<QString> categories;
    for (const PriceCategory &category : layout.categories)
        categories.insert(category.id);
    QHash<QUuid, qsizetype> ids;
    ids.reserve(layout.seats.size());
    QHash<QString, qsizetype> labels;
    labels.reserve(layout.seats.size());
    for (qsizetype i = 0; i < layout.seats.size(); ++i) {
        const LayoutSeat &seat = layout.seats.at(i);
        if (seat.id.isNull()) {
            problems.seat(i, QStringLiteral("has no id"));
        } else if (const auto it = ids.constFind(seat.id); it != ids.cend()) {
            problems.seat(i, QStringLiteral("has the same id as ") + seatName(layout, it.value()));
        } else {
            ids.insert(seat.id, i);
        }
        if (seat.number.isEmpty()) {
            problems.seat(i, QStringLiteral("has no number"));
        } else {
            const QString key = seat.section + QChar(0x1f) + seat.row + QChar(0x1f) + seat.number;
            if (const auto it = labels.constFind(key); it != labels.cend()) {
                const LayoutSeat &other = layout.seats.at(it.value());
                problems.seat(i,
                              QStringLiteral("has the same label as the seat at ") + point(other.x, other.y));
            } else {
                labels.insert(key, i);
            }
        }
        if (seat.category.isEmpty())
            problems.seat(i, QStringLiteral("has no category"));
        else if (!categories.contains(seat.category))
            problems.seat(i, QStringLiteral("has category \"%1\", which is not defined").arg(seat.category));
        if (!std::isfinite(seat.x) || !std::isfinite(seat.y))
            problems.seat(i, QStringLiteral("has no finite position"));
    }
}

/// Half the median distance between neighbouring seats of the same row, or a tiny distance
/// that only catches seats on the very same spot when there are no such neighbours.
double usualOverlapDistance(const VenueLayout &layout)
{
    std::vector<double> gaps;
    gaps.reserve(std::size_t(layout.seats.size()));
    for (qsizetype i = 1; i < layout.seats.size(); ++i) {
        const LayoutSeat &a = layout.seats.at(i - 1);
        const LayoutSeat &b = layout.seats.at(i);
        if (a.row != b.row || a.section != b.section)
            continue;
        const double gap = std::hypot(a.x - b.x, a.y - b.y);
        if (std::isfinite(gap) && gap > 1e-9)
            gaps.push_back(gap);
    }
    if (gaps.empty())
        return 1e-6;
    const auto middle = gaps.begin() + std::ptrdiff_t(gaps.size() / 2);
    std::nth_element(gaps.begin(), middle, gaps.end());
    return *middle / 2;
}

quint64 cellKey(qint64 cx, qint64 cy)
{
    return (quint64(cx) << 32) ^ (quint64(cy) & 0xffffffffu);
}

void checkOverlaps(const VenueLayout &layout, double distance, ProblemList &problems)
{
    // A grid of cells `distance` wide: overlapping seats lie in the same or a neighbouring cell.
    struct Entry
    {
        quint64 key;
        qsizetype seat;
        bool operator<(const Entry &other) const { return key < other.key; }
    };
    std::vector<Entry> grid;
    grid.reserve(std::size_t(layout.seats.size()));
    std::vector<std::pair<qint64, qint64>> cells(std::size_t(layout.seats.size()));
    for (qsizetype i = 0; i < layout.seats.size(); ++i) {
        const LayoutSeat &seat = layout.seats.at(i);
        if (!std::isfinite(seat.x) || !std::isfinite(seat.y))
            continue;
        const auto cx = qint64(std::floor(seat.x / distance));
        const auto cy = qint64(std::floor(seat.y / distance));
        cells[std::size_t(i)] = {cx, cy};
        grid.push_back({cellKey(cx, cy), i});
    }
    std::sort(grid.begin(), grid.end());
    int reported = 0;
    qsizetype more = 0;
    const double limit = distance * distance;
    for (const Entry &entry : grid) {
        const LayoutSeat &a = layout.seats.at(entry.seat);
        const auto [cx, cy] = cells[std::size_t(entry.seat)];
        for (qint64 dx = -1; dx <= 1; ++dx) {
            for (qint64 dy = -1; dy <= 1; ++dy) {
                const auto range =
                    std::equal_range(grid.begin(), grid.end(), Entry{cellKey(cx + dx, cy + dy), 0});
                for (auto it = range.first; it != range.second; ++it) {
                    if (it->seat <= entry.seat)
                        continue;
                    const LayoutSeat &b = layout.seats.at(it->seat);
                    const double ddx = a.x - b.x;
                    const double ddy = a.y - b.y;
                    if (ddx * ddx + ddy * ddy >= limit)
                        continue;
                    if (reported == kMaxOverlapReports) {
                        ++more;
                        continue;
                    }
                    ++reported;
                    problems.seat(entry.seat, QStringLiteral("overlaps ") + seatName(layout, it->seat));
                }
            }
        }
    }
    if (more > 0)
        problems.general(QStringLiteral("%1 more pairs of seats overlap").arg(more));
}

bool rectanglesOverlap(const StandingArea &a, const StandingArea &b)
{
    return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

void checkStanding(const VenueLayout &layout, ProblemList &problems)
{
    for (qsizetype i = 0; i < layout.standingAreas.size(); ++i) {
        const StandingArea &area = layout.standingAreas.at(i);
        if (area.capacity <= 0)
            problems.area(i,
                          QStringLiteral("has capacity %1; it needs at least one place").arg(area.capacity));
        if (area.category.isEmpty())
            problems.area(i, QStringLiteral("has no category"));
        else if (!layout.findCategory(area.category))
            problems.area(i, QStringLiteral("has category \"%1\", which is not defined").arg(area.category));
        if (!(area.width > 0) || !(area.height > 0))
            problems.area(i, QStringLiteral("has no area (width and height must be positive)"));
        for (qsizetype j = 0; j < i; ++j) {
            if (rectanglesOverlap(area, layout.standingAreas.at(j)))
                problems.area(i, QStringLiteral("overlaps ") + areaName(layout, j));
        }
    }
}

void checkUnusedCategories(const VenueLayout &layout, ProblemList &problems)
{
    QSet<QString> used;
    for (const LayoutSeat &seat : layout.seats)
        used.insert(seat.category);
    for (const StandingArea &area : layout.standingAreas)
        used.insert(area.category);
    for (const PriceCategory &category : layout.categories) {
        if (!used.contains(category.id))
            problems.general(
                QStringLiteral("category \"%1\" is not used by any seat or standing area").arg(category.id),
                Severity::Warning);
    }
}

void checkCapacity(const VenueLayout &layout, qint64 declared, ProblemList &problems)
{
    qint64 standing = 0;
    for (const StandingArea &area : layout.standingAreas)
        standing += std::max(0, area.capacity);
    const qint64 total = layout.seats.size() + standing;
    if (total != declared) {
        problems.general(
            QStringLiteral("the layout holds %1 places (%2 seats + %3 standing) but the venue declares %4")
                .arg(total)
                .arg(layout.seats.size())
                .arg(standing)
                .arg(declared));
    }
}

} // namespace

QList<LayoutProblem> validateForSave(const VenueLayout &layout, const LayoutCheckOptions &options)
{
    ProblemList problems(layout);
    checkCategories(layout, problems);
    checkSeats(layout, problems);
    const double distance =
        options.minimumSeatDistance > 0 ? options.minimumSeatDistance : usualOverlapDistance(layout);
    checkOverlaps(layout, distance, problems);
    checkStanding(layout, problems);
    checkUnusedCategories(layout, problems);
    if (options.declaredCapacity)
        checkCapacity(layout, *options.declaredCapacity, problems);
    return problems.take();
}

bool hasErrors(const QList<LayoutProblem> &problems)
{
    return std::any_of(problems.cbegin(), problems.cend(),
                       [](const LayoutProblem &p) { return p.severity == LayoutProblem::Severity::Error; });
}

} // namespace tessera
