#pragma once

// Shared by the StoreTests source files: sample rows, a raw connection that bypasses the Store,
// and the checking macros.

#include "core/common/ids.h"
#include "core/store/store.h"
#include "tests/core/domainfixtures.h"
#include "tests/support/storetests.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace tessera::test::storefixtures {

using fixtures::sampleEvent;
using fixtures::sampleLayout;
using fixtures::utc;

/// A confirmed sale of `seats` and `standing` places of area `area` of `layout`.
inline SaleRow makeSale(const QUuid &eventId, const VenueLayout &layout, const std::vector<quint32> &seats,
                        HoldId engineId, quint32 area = kNoIndex, int standing = 0)
{
    SaleRow sale;
    Order &order = sale.order;
    order.id = newUuid();
    order.eventId = eventId;
    order.payment = PaymentMethod::Card;
    order.customerName = QStringLiteral("Ada Lovelace");
    order.customerEmail = QStringLiteral("ada@example.org");
    order.createdAt = utc(2025, 2, 1, 12, 0, 1, 123);
    order.updatedAt = order.createdAt;
    auto ticket = [&]() {
        Ticket t;
        t.id = newUuid();
        t.orderId = order.id;
        t.eventId = eventId;
        t.priceCents = 4500;
        t.status = TicketStatus::Confirmed;
        t.issuedAt = order.createdAt;
        t.createdAt = order.createdAt;
        t.updatedAt = order.createdAt;
        return t;
    };
    for (quint32 seat : seats) {
        Ticket t = ticket();
        t.seatId = layout.seats.at(seat).id;
        t.seatLabel = layout.seatLabel(seat);
        order.tickets.append(t);
        sale.seatIndex.push_back(seat);
    }
    for (int i = 0; i < standing; ++i) {
        Ticket t = ticket();
        t.standingAreaId = layout.standingAreas.at(area).id;
        t.seatLabel = layout.standingAreas.at(area).name;
        order.tickets.append(t);
        sale.seatIndex.push_back(kNoIndex);
    }
    order.totalCents = 4500 * order.tickets.size();
    sale.standingArea = standing > 0 ? area : kNoIndex;
    sale.engineSaleId = engineId;
    return sale;
}

inline std::vector<quint32> soldSeatIndices(const RecoveredEvent &recovered)
{
    std::vector<quint32> seats;
    for (const auto &[seat, sale] : recovered.soldSeats)
        seats.push_back(seat);
    return seats;
}

/// A connection that bypasses the Store, to check what the database itself refuses.
class RawConnection
{
public:
    explicit RawConnection(const DatabaseUrl &url)
        : m_name(QStringLiteral("raw-%1").arg(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(
            url.kind == DatabaseUrl::Kind::Postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"),
            m_name);
        if (url.kind == DatabaseUrl::Kind::Postgres) {
            db.setHostName(url.host);
            db.setPort(url.port);
            db.setUserName(url.user);
            db.setPassword(url.password);
            db.setDatabaseName(url.database);
        } else {
            db.setDatabaseName(url.path);
        }
        db.open();
    }
    ~RawConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    /// Executes one statement with positional parameters; the driver's error, empty on success.
    QString exec(const QString &sql, const QVariantList &binds)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        query.prepare(sql);
        for (qsizetype i = 0; i < binds.size(); ++i)
            query.bindValue(int(i), binds.at(i));
        return query.exec() ? QString() : query.lastError().text();
    }

    /// The first column of a query's rows, as text.
    QStringList column(const QString &sql, const QVariantList &binds)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        query.prepare(sql);
        for (qsizetype i = 0; i < binds.size(); ++i)
            query.bindValue(int(i), binds.at(i));
        QStringList values;
        if (query.exec()) {
            while (query.next())
                values.append(query.value(0).toString());
        }
        return values;
    }

private:
    static inline int s_count = 0;
    QString m_name;
};

} // namespace tessera::test::storefixtures

/// Verifies a Result or Status and prints its error message when it failed.
#define VERIFY_OK(expr)                                                               \
    do {                                                                              \
        const auto &result_ = (expr);                                                 \
        QVERIFY2(result_, qPrintable(result_ ? QString() : result_.error().message)); \
    } while (false)

#define OPEN_OR_FAIL(var, url)                   \
    std::unique_ptr<Store> var = openStore(url); \
    QVERIFY(var)

/// A store with the sample event and layout saved.
#define OPEN_WITH_SAMPLE(var, url)            \
    OPEN_OR_FAIL(var, url);                   \
    VERIFY_OK(var->saveEvent(sampleEvent())); \
    VERIFY_OK(var->saveLayout(sampleEvent().id, sampleLayout()))
