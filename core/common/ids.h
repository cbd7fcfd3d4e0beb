#pragma once

#include <QString>
#include <QUuid>

namespace tessera {

/// A new random (version 4) UUID. Fast: uses a per-thread generator seeded once from the system
/// entropy source instead of asking the kernel for every id.
QUuid newUuid();

/// The canonical text form used on the wire and in the database: lower case, no braces.
QString uuidText(const QUuid &id);

/// Parses the text form (with or without braces); a null QUuid when the text is not a UUID.
QUuid parseUuid(QStringView text);

} // namespace tessera
