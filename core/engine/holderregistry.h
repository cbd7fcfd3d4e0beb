#pragma once

#include "core/space/change.h"

#include <QHash>
#include <QReadWriteLock>
#include <QString>

#include <vector>

namespace tessera {

/// Interns the names of hold owners (a terminal "clerk@box-1", a customer's session) as the
/// small HolderIds the space stores per seat. Thread-safe; ids are never reused in a process.
class HolderRegistry final
{
public:
    /// The id for a name, created on first use. An empty name is invalid and gives 0.
    HolderId intern(const QString &name);
    /// The id of a known name, or 0.
    HolderId find(const QString &name) const;
    /// The name of an id, or an empty string for 0 and unknown ids.
    QString name(HolderId id) const;

private:
    mutable QReadWriteLock m_lock;
    QHash<QString, HolderId> m_ids;
    std::vector<QString> m_names{QString()};
};

} // namespace tessera
