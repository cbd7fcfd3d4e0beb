#pragma once

#include <QString>
#include <QUuid>

namespace tessera {

/// A new random (version 4) UUID. Fast: uses a per-thread generator seeded once from the system
/// entropy source instead of asking the kernel for every id.
QUuid newUuid();

/// A new time-ordered (version 7) UUID: 48 bits of Unix milliseconds, then a per-thread counter
/// and random bits. Ids made one after the other sort in creation order, so a database index on
/// them grows at its end instead of at random places (orders and tickets: far fewer pages
/// written per batch). Not for secrets: the creation time can be read from the id.
QUuid newTimeOrderedUuid();

/// The canonical text form used on the wire and in the database: lower case, no braces.
QString uuidText(const QUuid &id);

/// Parses the text form (with or without braces); a null QUuid when the text is not a UUID.
QUuid parseUuid(QStringView text);

} // namespace tessera
