#include "core/space/bestavailable.h"

#include "core/space/change.h"
#include "core/space/command.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace tessera {

namespace {

constexpr double kOrphanPenalty = 1e9;

bool isFree(const std::atomic<quint8> *state, quint32 seat)
{
    return static_cast<SeatState>(state[seat].load(std::memory_order_relaxed)) == SeatState::Available;
}

} // namespace

std::vector<quint32> findBestAvailable(const SpaceLayout &layout, const std::atomic<quint8> *state,
                                       quint32 quantity, quint16 category)
{
    if (quantity == 0)
        return {};
    auto eligible = [&](quint32 seat) {
        return isFree(state, seat) && (category == kAnyCategory || layout.category[seat] == category);
    };

    double bestScore = std::numeric_limits<double>::infinity();
    quint32 bestFirst = kNoIndex;
    for (const SeatBlock &block : layout.blocks) {
        if (block.count < quantity)
            continue;
        const quint32 end = block.first + block.count;
        double rankSum = 0;
        quint32 ineligible = 0;
        for (quint32 i = block.first; i < end; ++i) {
            rankSum += layout.rank[i];
            if (!eligible(i))
                ++ineligible;
            if (i >= block.first + quantity) {
                const quint32 out = i - quantity;
                rankSum -= layout.rank[out];
                if (!eligible(out))
                    --ineligible;
            }
            if (i + 1 < block.first + quantity || ineligible != 0)
                continue;
            const quint32 first = i + 1 - quantity;
            // A free seat next to the window whose other neighbour is taken (or the block edge)
            // would be left alone: nobody buys a single seat between strangers.
            double score = rankSum;
            if (first > block.first && isFree(state, first - 1)
                && (first - 1 == block.first || !isFree(state, first - 2)))
                score += kOrphanPenalty;
            if (i + 1 < end && isFree(state, i + 1) && (i + 2 == end || !isFree(state, i + 2)))
                score += kOrphanPenalty;
            if (score < bestScore) {
                bestScore = score;
                bestFirst = first;
            }
        }
    }
    std::vector<quint32> seats;
    if (bestFirst != kNoIndex) {
        seats.resize(quantity);
        for (quint32 k = 0; k < quantity; ++k)
            seats[k] = bestFirst + k;
        return seats;
    }

    // Nearest block: the best free seat and the free seats closest to it.
    const auto n = static_cast<quint32>(layout.seatCount());
    quint32 anchor = kNoIndex;
    std::vector<quint32> candidates;
    for (quint32 i = 0; i < n; ++i) {
        if (!eligible(i))
            continue;
        candidates.push_back(i);
        if (anchor == kNoIndex || layout.rank[i] < layout.rank[anchor])
            anchor = i;
    }
    if (candidates.size() < quantity)
        return {};
    auto distance = [&](quint32 s) {
        return std::hypot(layout.x[s] - layout.x[anchor], layout.y[s] - layout.y[anchor]);
    };
    std::partial_sort(candidates.begin(), candidates.begin() + quantity, candidates.end(),
                      [&](quint32 a, quint32 b) {
                          const float da = distance(a), db = distance(b);
                          return da != db ? da < db : a < b;
                      });
    candidates.resize(quantity);
    std::sort(candidates.begin(), candidates.end());
    return candidates;
}

} // namespace tessera
