#include "core/engine/holderregistry.h"

namespace tessera {

HolderId HolderRegistry::intern(const QString &name)
{
    if (name.isEmpty())
        return 0;
    {
        QReadLocker lock(&m_lock);
        if (const auto it = m_ids.constFind(name); it != m_ids.cend())
            return *it;
    }
    QWriteLocker lock(&m_lock);
    if (const auto it = m_ids.constFind(name); it != m_ids.cend())
        return *it;
    const auto id = static_cast<HolderId>(m_names.size());
    m_names.push_back(name);
    m_ids.insert(name, id);
    return id;
}

HolderId HolderRegistry::find(const QString &name) const
{
    QReadLocker lock(&m_lock);
    return m_ids.value(name, 0);
}

QString HolderRegistry::name(HolderId id) const
{
    QReadLocker lock(&m_lock);
    return id < m_names.size() ? m_names[id] : QString();
}

} // namespace tessera
