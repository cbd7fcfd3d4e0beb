#include "core/server/passwordhash.h"

#include <QCryptographicHash>
#include <QList>
#include <QRandomGenerator>

namespace tessera::PasswordHash {

namespace {

constexpr int kBlockSize = 64; // SHA-256 block

/// HMAC-SHA256 with the key pads computed once, for the many rounds of PBKDF2.
class Hmac final
{
public:
    explicit Hmac(QByteArray key)
    {
        if (key.size() > kBlockSize)
            key = QCryptographicHash::hash(key, QCryptographicHash::Sha256);
        key.resize(kBlockSize, '\0');
        m_inner = key;
        m_outer = key;
        for (int i = 0; i < kBlockSize; ++i) {
            m_inner[i] = char(m_inner[i] ^ 0x36);
            m_outer[i] = char(m_outer[i] ^ 0x5c);
        }
    }

    QByteArray mac(const QByteArray &message)
    {
        m_hash.reset();
        m_hash.addData(m_inner);
        m_hash.addData(message);
        const QByteArray inner = m_hash.result();
        m_hash.reset();
        m_hash.addData(m_outer);
        m_hash.addData(inner);
        return m_hash.result();
    }

private:
    QByteArray m_inner;
    QByteArray m_outer;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
};

} // namespace

QByteArray pbkdf2Sha256(const QByteArray &password, const QByteArray &salt, int iterations, int length)
{
    Hmac hmac(password);
    QByteArray out;
    for (quint32 block = 1; out.size() < length; ++block) {
        QByteArray message = salt;
        message.append(char(block >> 24))
            .append(char(block >> 16))
            .append(char(block >> 8))
            .append(char(block));
        QByteArray u = hmac.mac(message);
        QByteArray t = u;
        for (int i = 1; i < iterations; ++i) {
            u = hmac.mac(u);
            for (qsizetype k = 0; k < t.size(); ++k)
                t[k] = char(t[k] ^ u[k]);
        }
        out += t;
    }
    out.truncate(length);
    return out;
}

QByteArray make(const QString &password, int iterations)
{
    QByteArray salt(16, '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), salt.size() / 4);
    const QByteArray hash = pbkdf2Sha256(password.toUtf8(), salt, iterations);
    return QByteArrayLiteral("pbkdf2-sha256$") + QByteArray::number(iterations) + '$' + salt.toBase64() + '$'
           + hash.toBase64();
}

bool verify(const QString &password, const QByteArray &encoded)
{
    const QList<QByteArray> parts = encoded.split('$');
    if (parts.size() != 4 || parts[0] != "pbkdf2-sha256")
        return false;
    bool ok = false;
    const int iterations = parts[1].toInt(&ok);
    if (!ok || iterations < 1 || iterations > 10'000'000)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts[2]);
    const QByteArray expected = QByteArray::fromBase64(parts[3]);
    if (salt.isEmpty() || expected.size() < 16)
        return false;
    return constantTimeEquals(pbkdf2Sha256(password.toUtf8(), salt, iterations, int(expected.size())),
                              expected);
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

} // namespace tessera::PasswordHash
