#pragma once

#include <QtGlobal>

#include <array>

namespace tessera {

/// A cryptographically strong random stream: the ChaCha20 block function (RFC 8439) run in
/// counter mode under a secret 256-bit key. The system generator can be slow (hardware RDRAND
/// takes microseconds per word on some CPUs), so the waiting room draws one key from it and
/// makes its unguessable session ids from this stream. Not thread-safe; the owner locks.
class ChaCha20Stream final
{
public:
    using Key = std::array<quint32, 8>;
    using Nonce = std::array<quint32, 3>;
    using Block = std::array<quint32, 16>;

    explicit ChaCha20Stream(const Key &key)
        : m_key(key)
    {}

    /// The next 64 bits of the keystream.
    quint64 next();

    /// One keystream block for (key, counter, nonce), as 16 little-endian words (RFC 8439 2.3).
    static Block block(const Key &key, quint32 counter, const Nonce &nonce);

private:
    Key m_key;
    Nonce m_nonce{};
    quint32 m_counter = 0;
    Block m_block{};
    int m_next = 16; // next unused word of m_block
};

} // namespace tessera
