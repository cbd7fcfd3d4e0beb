#include "core/space/spacelayout.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace tessera {

QString SpaceLayout::complete()
{
    const auto n = x.size();
    if (y.size() != n || category.size() != n)
        return QStringLiteral("seat arrays differ in length");
    if (initiallyBlocked.empty())
        initiallyBlocked.assign(n, false);
    if (initiallyBlocked.size() != n)
        return QStringLiteral("blocked flags differ in length from the seats");
    if (standingCategory.empty())
        standingCategory.assign(standingCapacity.size(), 0);
    if (standingCategory.size() != standingCapacity.size())
        return QStringLiteral("standing categories differ in length from the standing areas");
    for (size_t i = 0; i < n; ++i) {
        if (!std::isfinite(x[i]) || !std::isfinite(y[i]))
            return QStringLiteral("seat %1 has no finite position").arg(i);
    }
    if (rank.empty()) {
        rank.resize(n);
        for (size_t i = 0; i < n; ++i)
            rank[i] = std::hypot(x[i] - stageX, (y[i] - stageY) * 1.5f);
    }
    if (rank.size() != n)
        return QStringLiteral("seat ranks differ in length from the seats");
    if (blocks.empty() && n > 0) {
        // Seats come in layout order; a block ends where the row changes (y moves) or an aisle
        // opens (a gap wider than 1.6 times the usual spacing in that row).
        quint32 row = 0;
        quint32 start = 0;
        auto spacing = [&](quint32 i) { return std::abs(x[i] - x[i - 1]); };
        float usual = 0;
        for (quint32 i = 1; i <= n; ++i) {
            const bool rowEnds = i == n || std::abs(y[i] - y[start]) > 0.25f;
            bool aisle = false;
            if (!rowEnds) {
                const float gap = spacing(i);
                if (usual == 0)
                    usual = gap;
                aisle = gap > usual * 1.6f || gap < 0.01f;
                if (!aisle)
                    usual = std::min(usual, gap);
            }
            if (rowEnds || aisle) {
                blocks.push_back(SeatBlock{start, i - start, row});
                start = i;
                if (rowEnds) {
                    ++row;
                    usual = 0;
                }
            }
        }
    }
    quint64 covered = 0;
    for (const SeatBlock &b : blocks) {
        if (static_cast<quint64>(b.first) + b.count > n)
            return QStringLiteral("a seat block runs past the last seat");
        covered += b.count;
    }
    if (covered != n)
        return QStringLiteral("seat blocks do not cover every seat exactly once");
    return {};
}

SpaceLayout SpaceLayout::grid(int rows, int seatsPerRow, int categories)
{
    SpaceLayout layout;
    const auto n = static_cast<size_t>(rows) * static_cast<size_t>(seatsPerRow);
    layout.x.reserve(n);
    layout.y.reserve(n);
    layout.category.reserve(n);
    categories = std::max(1, categories);
    for (int r = 0; r < rows; ++r) {
        const auto cat = static_cast<quint16>(std::min(categories - 1, r * categories / std::max(1, rows)));
        for (int s = 0; s < seatsPerRow; ++s) {
            layout.x.push_back(static_cast<float>(s));
            layout.y.push_back(static_cast<float>(r + 2));
            layout.category.push_back(cat);
        }
    }
    layout.stageX = static_cast<float>(seatsPerRow - 1) / 2.0f;
    layout.stageY = 0;
    layout.complete();
    return layout;
}

} // namespace tessera
