#include "core/common/ids.h"

#include <QRandomGenerator>

#include <cstring>

namespace tessera {

QUuid newUuid()
{
    thread_local QRandomGenerator64 generator(QRandomGenerator::system()->generate64());
    quint64 halves[2] = {generator.generate(), generator.generate()};
    QByteArray bytes(16, Qt::Uninitialized);
    std::memcpy(bytes.data(), halves, 16);
    bytes[6] = static_cast<char>((bytes[6] & 0x0f) | 0x40); // version 4
    bytes[8] = static_cast<char>((bytes[8] & 0x3f) | 0x80); // RFC 4122 variant
    return QUuid::fromRfc4122(bytes);
}

QString uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QUuid parseUuid(QStringView text)
{
    return QUuid::fromString(text);
}

} // namespace tessera
