#include "core/common/ids.h"

#include <QDateTime>
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

QUuid newTimeOrderedUuid()
{
    thread_local QRandomGenerator64 generator(QRandomGenerator::system()->generate64());
    thread_local quint64 lastMs = 0;
    thread_local quint32 counter = 0;
    const auto ms = quint64(QDateTime::currentMSecsSinceEpoch());
    // Within one millisecond a 12-bit counter keeps a thread's ids ascending; it starts at a
    // random value below 2048 so that it rarely runs out (then the time moves on by one).
    if (ms > lastMs) {
        lastMs = ms;
        counter = quint32(generator.bounded(2048));
    } else if (++counter > 0xfff) {
        ++lastMs;
        counter = 0;
    }
    const quint64 random = generator.generate();
    uchar bytes[16];
    for (int i = 0; i < 6; ++i)
        bytes[i] = uchar(lastMs >> (8 * (5 - i)));
    bytes[6] = uchar(0x70 | (counter >> 8)); // version 7
    bytes[7] = uchar(counter);
    bytes[8] = uchar(0x80 | (random & 0x3f)); // RFC 4122 variant
    for (int i = 9; i < 16; ++i)
        bytes[i] = uchar(random >> (8 * (i - 8)));
    return QUuid::fromRfc4122(QByteArrayView(bytes, 16));
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
