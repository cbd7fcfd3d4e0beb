#include "core/waitingroom/chacha20.h"

#include <bit>

namespace tessera {

namespace {
inline void quarterRound(quint32 &a, quint32 &b, quint32 &c, quint32 &d)
{
    a += b;
    d = std::rotl(d ^ a, 16);
    c += d;
    b = std::rotl(b ^ c, 12);
    a += b;
    d = std::rotl(d ^ a, 8);
    c += d;
    b = std::rotl(b ^ c, 7);
}
} // namespace

ChaCha20Stream::Block ChaCha20Stream::block(const Key &key, quint32 counter, const Nonce &nonce)
{
    const Block input = {0x61707865, 0x3320646e, 0x79622d32, 0x6b206574, key[0], key[1],
                         key[2],     key[3],     key[4],     key[5],     key[6], key[7],
                         counter,    nonce[0],   nonce[1],   nonce[2]};
    Block x = input;
    for (int round = 0; round < 10; ++round) {
        quarterRound(x[0], x[4], x[8], x[12]);
        quarterRound(x[1], x[5], x[9], x[13]);
        quarterRound(x[2], x[6], x[10], x[14]);
        quarterRound(x[3], x[7], x[11], x[15]);
        quarterRound(x[0], x[5], x[10], x[15]);
        quarterRound(x[1], x[6], x[11], x[12]);
        quarterRound(x[2], x[7], x[8], x[13]);
        quarterRound(x[3], x[4], x[9], x[14]);
    }
    for (std::size_t i = 0; i < x.size(); ++i)
        x[i] += input[i];
    return x;
}

quint64 ChaCha20Stream::next()
{
    if (m_next >= 16) {
        m_block = block(m_key, m_counter, m_nonce);
        if (++m_counter == 0)
            ++m_nonce[0]; // never reuse a (counter, nonce) pair
        m_next = 0;
    }
    const quint64 low = m_block[std::size_t(m_next)];
    const quint64 high = m_block[std::size_t(m_next + 1)];
    m_next += 2;
    return low | (high << 32);
}

} // namespace tessera
