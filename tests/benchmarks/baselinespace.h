#pragma once

// The baseline the space is measured against: the design of the classic space-based ticketing
// example, one map of ticket objects keyed by ticket id and guarded by one read-write lock, every
// operation taking the write lock for a lookup and an update.

#include <QHash>
#include <QReadWriteLock>
#include <QString>

namespace tessera::bench {

class BaselineTicketSpace final
{
public:
    enum class Status {
        Available,
        Reserved,
        Sold
    };
    struct Ticket
    {
        QString id;
        Status status = Status::Available;
        QString holder;
        qint64 expiresAt = 0;
        qint64 price = 0;
    };

    explicit BaselineTicketSpace(int tickets)
    {
        for (int i = 0; i < tickets; ++i) {
            const QString id = ticketId(i);
            m_tickets.insert(id, Ticket{id, Status::Available, {}, 0, 5000});
        }
    }

    static QString ticketId(int i) { return QStringLiteral("ticket-%1").arg(i); }

    bool reserve(const QString &id, const QString &holder, qint64 expiresAt)
    {
        QWriteLocker lock(&m_lock);
        auto it = m_tickets.find(id);
        if (it == m_tickets.end() || it->status != Status::Available)
            return false;
        it->status = Status::Reserved;
        it->holder = holder;
        it->expiresAt = expiresAt;
        return true;
    }
    bool sell(const QString &id, const QString &holder)
    {
        QWriteLocker lock(&m_lock);
        auto it = m_tickets.find(id);
        if (it == m_tickets.end() || it->status != Status::Reserved || it->holder != holder)
            return false;
        it->status = Status::Sold;
        return true;
    }
    bool cancel(const QString &id)
    {
        QWriteLocker lock(&m_lock);
        auto it = m_tickets.find(id);
        if (it == m_tickets.end() || it->status != Status::Sold)
            return false;
        it->status = Status::Available;
        it->holder.clear();
        return true;
    }

private:
    QReadWriteLock m_lock;
    QHash<QString, Ticket> m_tickets;
};

} // namespace tessera::bench
