#include "core/server/ticketregistry.h"

#include <algorithm>

namespace tessera {

void TicketRegistry::insert(const Entry &entry)
{
    QMutexLocker lock(&m_mutex);
    m_entries.insert(entry.ticket.id, entry);
    m_byUser.insert(entry.ticket.userId, entry.ticket.id);
}

TicketRegistry::Entry TicketRegistry::refresh(const Entry &stored)
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_entries.find(stored.ticket.id);
    if (it == m_entries.end()) {
        m_entries.insert(stored.ticket.id, stored);
        m_byUser.insert(stored.ticket.userId, stored.ticket.id);
        return stored;
    }
    // A read that began before this server's own confirm or cancel finished is older than what
    // is known here: a settled ticket never goes back to reserved.
    if (stored.ticket.status == TicketStatus::Reserved && it->ticket.status != TicketStatus::Reserved)
        return *it;
    it->ticket = stored.ticket;
    it->holdId = stored.holdId;
    it->holder = stored.holder;
    return *it;
}

void TicketRegistry::remove(const QUuid &ticketId)
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_entries.find(ticketId);
    if (it == m_entries.end())
        return;
    m_byUser.remove(it->ticket.userId, ticketId);
    m_entries.erase(it);
}

std::optional<TicketRegistry::Entry> TicketRegistry::find(const QUuid &ticketId) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_entries.constFind(ticketId);
    if (it == m_entries.cend())
        return std::nullopt;
    return *it;
}

void TicketRegistry::update(const Ticket &ticket)
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_entries.find(ticket.id);
    if (it != m_entries.end())
        it->ticket = ticket;
}

bool TicketRegistry::beginConfirm(const QUuid &ticketId)
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_entries.find(ticketId);
    if (it == m_entries.end() || it->confirming || it->ticket.status != TicketStatus::Reserved)
        return false;
    it->confirming = true;
    return true;
}

void TicketRegistry::endConfirm(const QUuid &ticketId)
{
    QMutexLocker lock(&m_mutex);
    if (const auto it = m_entries.find(ticketId); it != m_entries.end())
        it->confirming = false;
}

QList<Ticket> TicketRegistry::ofUser(const QUuid &userId) const
{
    QMutexLocker lock(&m_mutex);
    QList<Ticket> tickets;
    for (auto it = m_byUser.constFind(userId); it != m_byUser.cend() && it.key() == userId; ++it)
        tickets.append(m_entries.value(it.value()).ticket);
    std::sort(tickets.begin(), tickets.end(),
              [](const Ticket &a, const Ticket &b) { return a.createdAt > b.createdAt; });
    return tickets;
}

} // namespace tessera
