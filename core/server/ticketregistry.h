#pragma once

#include "core/domain/order.h"

#include <QHash>
#include <QMutex>

#include <optional>

namespace tessera {

/// Tickets bought through `POST /tickets/purchase` that this server has seen: a reserved ticket is
/// a hold of one place for one user, confirmed by selling the hold (the sold ticket keeps the
/// reserved ticket's id, so the database knows it under the id the client has). With a server
/// journal the database has them too, and this is the server's cache of them (plus the marks
/// of confirms under way). Thread-safe.
class TicketRegistry final
{
public:
    struct Entry
    {
        Ticket ticket;
        QUuid holdId;
        QString holder;
        bool confirming = false; ///< a confirm (the hold's sale) is under way
    };

    void insert(const Entry &entry);
    /// Takes the database's state of a ticket (adding it when unknown), keeping this server's
    /// mark of a confirm under way and never turning a settled ticket back to reserved; returns
    /// the entry now known.
    Entry refresh(const Entry &stored);
    void remove(const QUuid &ticketId);
    std::optional<Entry> find(const QUuid &ticketId) const;
    /// Replaces the ticket part of a known entry.
    void update(const Ticket &ticket);
    /// Marks a reserved ticket as being confirmed; false when it is not reserved or a confirm is
    /// already under way. endConfirm() clears the mark.
    bool beginConfirm(const QUuid &ticketId);
    void endConfirm(const QUuid &ticketId);
    /// The user's tickets, newest first.
    QList<Ticket> ofUser(const QUuid &userId) const;

private:
    mutable QMutex m_mutex;
    QHash<QUuid, Entry> m_entries;
    QMultiHash<QUuid, QUuid> m_byUser;
};

} // namespace tessera
