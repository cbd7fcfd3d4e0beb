#include "core/waitingroom/fairshuffle.h"

#include <algorithm>
#include <array>
#include <bit>
#include <utility>

namespace tessera {

namespace {

class Xoshiro256StarStar final
{
public:
    explicit Xoshiro256StarStar(const std::array<quint64, 4> &state)
        : m_s(state)
    {}

    quint64 next()
    {
        const quint64 result = std::rotl(m_s[1] * 5, 7) * 9;
        const quint64 t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = std::rotl(m_s[3], 45);
        return result;
    }

    quint64 below(quint64 bound)
    {
        const quint64 threshold = (0 - bound) % bound; // (2^64 - bound) mod bound
        for (;;) {
            const quint64 r = next();
            if (r >= threshold)
                return r % bound;
        }
    }

private:
    std::array<quint64, 4> m_s;
};

std::array<uchar, 16> rfc4122Bytes(const QUuid &id)
{
    std::array<uchar, 16> bytes{};
    for (int i = 0; i < 4; ++i)
        bytes[i] = uchar(id.data1 >> (24 - 8 * i));
    bytes[4] = uchar(id.data2 >> 8);
    bytes[5] = uchar(id.data2);
    bytes[6] = uchar(id.data3 >> 8);
    bytes[7] = uchar(id.data3);
    std::copy(std::begin(id.data4), std::end(id.data4), bytes.begin() + 8);
    return bytes;
}

} // namespace

Result<QList<QUuid>> fairShuffle(QByteArrayView seed, QList<QUuid> users)
{
    if (seed.size() != kFairShuffleSeedBytes)
        return Error{ErrorCode::InvalidInput, QStringLiteral("a shuffle seed has 32 bytes")};
    std::array<quint64, 4> state{};
    for (qsizetype i = 0; i < kFairShuffleSeedBytes; ++i)
        state[i / 8] |= quint64(uchar(seed[i])) << (8 * (i % 8));
    if (state == std::array<quint64, 4>{})
        return Error{ErrorCode::InvalidInput, QStringLiteral("an all-zero shuffle seed is not allowed")};

    std::sort(users.begin(), users.end(),
              [](const QUuid &a, const QUuid &b) { return rfc4122Bytes(a) < rfc4122Bytes(b); });
    Xoshiro256StarStar generator(state);
    for (qsizetype i = users.size() - 1; i > 0; --i) {
        const auto j = qsizetype(generator.below(quint64(i) + 1));
        std::swap(users[i], users[j]);
    }
    return users;
}

} // namespace tessera
