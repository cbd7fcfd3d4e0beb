#pragma once

// Internal to core/store: the versioned schema.

#include <QList>
#include <QStringList>

namespace tessera::schema {

enum class Dialect {
    Sqlite,
    Postgres
};

/// The migrations in order: migrations(d)[i] brings the schema from version i to version i + 1.
/// Each migration is a list of statements run in one transaction. Never edit a released
/// migration: append a new one.
const QList<QStringList> &migrations(Dialect dialect);

/// The newest schema version (migrations(d).size(), the same for both dialects).
int latestVersion();

} // namespace tessera::schema
