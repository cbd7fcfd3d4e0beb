#pragma once

#include <QByteArray>
#include <QString>

namespace tessera {

/// Salted PBKDF2-HMAC-SHA256 password hashes in the form
/// "pbkdf2-sha256$iterations$salt-base64$hash-base64" (UserRow::passwordHash).
namespace PasswordHash {

inline constexpr int kDefaultIterations = 120000;
inline constexpr int kMinIterations = 1000;

/// PBKDF2-HMAC-SHA256 (RFC 8018) of `password` and `salt`, `length` bytes.
QByteArray pbkdf2Sha256(const QByteArray &password, const QByteArray &salt, int iterations, int length = 32);

/// A new hash of `password` with a random 16-byte salt.
QByteArray make(const QString &password, int iterations = kDefaultIterations);

/// True when `password` matches `encoded`; compares in constant time. A malformed hash never
/// matches.
bool verify(const QString &password, const QByteArray &encoded);

/// Compares two byte strings in time that depends only on their lengths.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

} // namespace PasswordHash

} // namespace tessera
