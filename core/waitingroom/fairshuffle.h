#pragma once

#include "core/common/result.h"

#include <QByteArrayView>
#include <QList>
#include <QUuid>

namespace tessera {

/// Size in bytes of a fair-shuffle seed.
inline constexpr qsizetype kFairShuffleSeedBytes = 32;

/// The published, re-derivable order of a pre-queue. Anyone holding the revealed seed and the
/// list of users can compute the same order with this exact procedure:
///
/// 1. Sort the users ascending by their 16-byte RFC 4122 form (QUuid::toRfc4122), which is the
///    same as sorting their lower-case text form.
/// 2. Seed xoshiro256** (Blackman and Vigna, 2018) with the 32 seed bytes read as four 64-bit
///    little-endian words s[0..3], in order. An all-zero seed is rejected.
/// 3. Fisher-Yates: for i from n-1 down to 1, draw j uniformly from [0, i] and swap users i and j.
///    A uniform draw below bound b takes 64-bit outputs r until r >= (2^64 - b) mod b and
///    returns r mod b (rejection sampling, no modulo bias).
/// 4. The result's first user is position 1.
///
/// Errors: InvalidInput when the seed is not 32 bytes or is all zero.
Result<QList<QUuid>> fairShuffle(QByteArrayView seed, QList<QUuid> users);

} // namespace tessera
