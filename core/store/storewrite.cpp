// Store: writing a PumpBatch in one transaction with multi-row statements.

#include "core/common/ids.h"
#include "core/store/store.h"
#include "core/store/store_p.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QThread>

#include <algorithm>
#include <charconv>
#include <future>
#include <optional>
#include <string_view>

namespace tessera {

namespace {

using namespace Qt::Literals::StringLiterals;

constexpr SqlColumn kHoldColumns[] = {
    {"id"_L1, "uuid"_L1},       {"event_id"_L1, "uuid"_L1},        {"engine_id"_L1, "bigint"_L1},
    {"holder"_L1, "bigint"_L1}, {"holder_name"_L1, "text"_L1},     {"expires_at_ms"_L1, "bigint"_L1},
    {"seats"_L1, "text"_L1},    {"standing_area"_L1, "bigint"_L1}, {"quantity"_L1, "integer"_L1},
};

constexpr SqlColumn kOrderColumns[] = {
    {"id"_L1, "uuid"_L1},
    {"event_id"_L1, "uuid"_L1},
    {"payment"_L1, "text"_L1},
    {"customer_name"_L1, "text"_L1},
    {"customer_email"_L1, "text"_L1},
    {"total_cents"_L1, "bigint"_L1},
    {"status"_L1, "text"_L1},
    {"engine_sale_id"_L1, "bigint"_L1},
    {"created_ms"_L1, "bigint"_L1},
    {"updated_ms"_L1, "bigint"_L1},
};

constexpr SqlColumn kTicketColumns[] = {
    {"id"_L1, "uuid"_L1},
    {"order_id"_L1, "uuid"_L1},
    {"position"_L1, "integer"_L1},
    {"event_id"_L1, "uuid"_L1},
    {"seat_id"_L1, "uuid"_L1},
    {"seat_index"_L1, "integer"_L1},
    {"standing_area_id"_L1, "uuid"_L1},
    {"standing_area_index"_L1, "integer"_L1},
    {"user_id"_L1, "uuid"_L1},
    {"seat_label"_L1, "text"_L1},
    {"price_cents"_L1, "bigint"_L1},
    {"status"_L1, "text"_L1},
    {"issued_ms"_L1, "bigint"_L1},
    {"expires_ms"_L1, "bigint"_L1},
    {"created_ms"_L1, "bigint"_L1},
    {"updated_ms"_L1, "bigint"_L1},
};

constexpr QLatin1StringView kSkipLiveSeat{"ON CONFLICT (event_id, seat_index) WHERE status = 'confirmed' AND "
                                          "seat_index IS NOT NULL DO NOTHING"};
constexpr QLatin1StringView kSkipLiveSeatReturning{
    "ON CONFLICT (event_id, seat_index) WHERE status = 'confirmed' "
    "AND seat_index IS NOT NULL DO NOTHING RETURNING id"};

constexpr int kAttempts = 5;
/// PostgreSQL: from this many sales in a batch, their tickets and audit rows are encoded on a
/// helper thread while the orders are copied (a thread per batch costs more for fewer).
constexpr std::size_t kEncodeAheadSales = 1000;

QString seatList(const std::vector<quint32> &seats)
{
    QString text;
    text.reserve(qsizetype(seats.size()) * 6);
    for (std::size_t i = 0; i < seats.size(); ++i) {
        if (i)
            text += u',';
        text += QString::number(seats[i]);
    }
    return text;
}

} // namespace

qsizetype PumpBatch::rowCount() const
{
    qsizetype rows = qsizetype(holdsStarted.size() + holdsEnded.size() + blocks.size());
    // A sale the batch also cancels counts its tickets twice, as a sale and a cancellation do.
    for (const SaleRow &sale : sales)
        rows += 1 + sale.order.tickets.size() * (sale.cancelledAtMs != 0 ? 2 : 1);
    for (const CancelRow &cancel : cancels)
        rows += cancel.ticketIds.size() + qsizetype(cancel.seatIndices.size()) + cancel.quantity;
    return rows;
}

Result<BatchOutcome> Store::write(const PumpBatch &batch)
{
    if (batch.isEmpty())
        return BatchOutcome{};
    d->salesBehindSavepoint = d->isPostgres();
    for (int attempt = 1;; ++attempt) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        d->salesNeedSavepoint = false;
        Error error;
        if (Status status = d->begin(); !status) {
            error = status.error();
        } else {
            Result<BatchOutcome> outcome = d->writeBatch(batch, now);
            if (outcome) {
                Status committed = d->commit();
                if (committed)
                    return outcome;
                error = committed.error();
            } else {
                error = outcome.error();
            }
        }
        if (d->salesNeedSavepoint && !d->salesBehindSavepoint) {
            // A sale was refused or failed on SQLite's fast path: the same batch again, each
            // sale able to fail alone. Not an attempt of its own.
            d->rollback();
            d->salesBehindSavepoint = true;
            --attempt;
            continue;
        }
        const bool retry = d->lastWasRetryable();
        d->rollback();
        if (retry && attempt < kAttempts) {
            QThread::msleep(5 * attempt);
            continue;
        }
        // Still conflicting with other writers after every attempt: transient, so the caller
        // keeps the batch and tries again later, as after an outage.
        if (retry || (error.code != ErrorCode::StoreUnavailable && !isAlive()))
            error.code = ErrorCode::StoreUnavailable;
        return error;
    }
}

Result<BatchOutcome> Store::Private::writeBatch(const PumpBatch &batch, qint64 nowMs)
{
    BatchOutcome outcome;
    if (Status status = writeHolds(batch); !status)
        return status.error();

    // Feed order matters when a place is sold, cancelled and sold again within one batch: the
    // cancellation must land between the two sales or the unique index refuses the second. A
    // cancel that names a sale of this batch (by engine sale id or ticket id) is in that sale's
    // round; the other cancellations come first. Then, round by round, the sales of the round
    // that are cancelled in the batch and their cancellations; the sales that stay live last,
    // with the sales written as cancelled orders (SaleRow::cancelledAtMs), which hold no place.
    QHash<QPair<QUuid, HoldId>, qsizetype> saleByEngineId;
    QHash<QUuid, qsizetype> saleByTicket;
    quint32 rounds = 1;
    for (qsizetype i = 0; i < qsizetype(batch.sales.size()); ++i) {
        const SaleRow &sale = batch.sales[std::size_t(i)];
        if (sale.engineSaleId != 0)
            saleByEngineId.insert({sale.order.eventId, sale.engineSaleId}, i);
        rounds = std::max(rounds, sale.round + 1);
    }
    const bool cancelsByTicket = std::any_of(batch.cancels.begin(), batch.cancels.end(),
                                             [](const CancelRow &c) { return !c.ticketIds.isEmpty(); });
    if (cancelsByTicket && !batch.sales.empty()) {
        for (qsizetype i = 0; i < qsizetype(batch.sales.size()); ++i) {
            for (const Ticket &ticket : batch.sales[std::size_t(i)].order.tickets)
                saleByTicket.insert(ticket.id, i);
        }
    }
    std::vector<char> cancelledInBatch(batch.sales.size(), 0);
    std::vector<const CancelRow *> earlyCancels;
    std::vector<std::vector<const CancelRow *>> lateCancels(rounds);
    for (const CancelRow &cancel : batch.cancels) {
        std::optional<quint32> cancelRound;
        auto cancels = [&](qsizetype sale) {
            cancelledInBatch[std::size_t(sale)] = 1;
            cancelRound = std::max(cancelRound.value_or(0), batch.sales[std::size_t(sale)].round);
        };
        if (cancel.engineSaleId != 0) {
            if (auto it = saleByEngineId.constFind({cancel.eventId, cancel.engineSaleId});
                it != saleByEngineId.cend())
                cancels(*it);
        }
        for (const QUuid &ticket : cancel.ticketIds) {
            if (auto it = saleByTicket.constFind(ticket); it != saleByTicket.cend())
                cancels(*it);
        }
        (cancelRound ? lateCancels[*cancelRound] : earlyCancels).push_back(&cancel);
    }
    if (Status status = writeCancels(earlyCancels, nowMs); !status)
        return status.error();
    std::vector<std::vector<qsizetype>> cancelledSales(rounds);
    std::vector<qsizetype> liveSales;
    for (qsizetype i = 0; i < qsizetype(batch.sales.size()); ++i) {
        if (cancelledInBatch[std::size_t(i)])
            cancelledSales[batch.sales[std::size_t(i)].round].push_back(i);
        else
            liveSales.push_back(i);
    }
    for (quint32 r = 0; r < rounds; ++r) {
        if (Status status = writeSales(batch, cancelledSales[r], nowMs, outcome); !status)
            return status.error();
        if (Status status = writeCancels(lateCancels[r], nowMs); !status)
            return status.error();
    }
    if (Status status = writeSales(batch, liveSales, nowMs, outcome); !status)
        return status.error();
    std::sort(outcome.refusedSales.begin(), outcome.refusedSales.end());

    if (Status status = writeBlocks(batch); !status)
        return status.error();
    if (Status status = isPostgres() ? notifyChanges(batch, outcome) : countChanges(batch); !status)
        return status.error();
    return outcome;
}

Status Store::Private::writeHolds(const PumpBatch &batch)
{
    if (!batch.holdsStarted.empty()) {
        // One row per hold: an upsert may not touch the same row twice in one statement.
        QHash<QUuid, std::size_t> last;
        for (std::size_t i = 0; i < batch.holdsStarted.size(); ++i)
            last.insert(batch.holdsStarted[i].holdId, i);
        std::vector<const HoldRow *> rows;
        rows.reserve(std::size_t(last.size()));
        for (std::size_t i = 0; i < batch.holdsStarted.size(); ++i) {
            if (last.value(batch.holdsStarted[i].holdId) == i)
                rows.push_back(&batch.holdsStarted[i]);
        }
        const RowSource holds{"holds"_L1, kHoldColumns, qsizetype(rows.size()),
                              [&rows](RowSink &sink, qsizetype r) {
                                  const HoldRow &h = *rows[std::size_t(r)];
                                  sink.uuid(h.holdId);
                                  sink.uuid(h.eventId);
                                  sink.integer(qint64(h.engineId));
                                  sink.integer(qint64(h.holder));
                                  sink.text(h.holderName);
                                  sink.integer(h.expiresAtMs);
                                  sink.text(seatList(h.seats));
                                  sink.index(h.standingArea);
                                  sink.integer(qint64(h.quantity));
                              }};
        const Status status = insertRows(
            holds,
            "ON CONFLICT (id) DO UPDATE SET event_id = excluded.event_id, engine_id = excluded.engine_id, "
            "holder = excluded.holder, holder_name = excluded.holder_name, "
            "expires_at_ms = excluded.expires_at_ms, seats = excluded.seats, "
            "standing_area = excluded.standing_area, quantity = excluded.quantity"_L1);
        if (!status)
            return status;
    }
    if (!batch.holdsEnded.empty()) {
        QVariantList ids;
        ids.reserve(qsizetype(batch.holdsEnded.size()));
        for (const QUuid &id : batch.holdsEnded)
            ids.append(idValue(id));
        return forChunks(ids, !isPostgres(), [this](const QVariantList &chunk) -> Status {
            QVariantList binds;
            const QString sql =
                QStringLiteral("DELETE FROM holds WHERE ") + inList("id"_L1, "uuid"_L1, chunk, binds);
            Result<QSqlQuery *> query = run(sql, binds);
            return query ? Status() : Status(query.error());
        });
    }
    return {};
}

Status Store::Private::writeSales(const PumpBatch &batch, const std::vector<qsizetype> &which, qint64 nowMs,
                                  BatchOutcome &outcome)
{
    if (which.empty())
        return {};
    // Without a savepoint (SQLite's fast path) a sale that is refused or fails sends the whole
    // batch round again behind savepoints (Store::write).
    const bool guarded = salesBehindSavepoint;
    auto needSavepoint = [this]() {
        salesNeedSavepoint = true;
        return Status(Error{ErrorCode::Conflict, QStringLiteral("a sale needs its own savepoint")});
    };
    if (guarded) {
        if (Status status = savepoint("sales"_L1); !status)
            return status;
    }
    // Counting the inserted rows is enough when none was skipped (the common case); RETURNING
    // costs SQLite a trigger program per row.
    Result<std::optional<std::vector<qsizetype>>> refused = insertSales(batch, which, nowMs, false);
    if (refused && !*refused) {
        if (!guarded)
            return needSavepoint();
        if (Status status = rollbackToSavepoint("sales"_L1); !status)
            return status;
        refused = insertSales(batch, which, nowMs, true);
    }
    if (refused) {
        outcome.refusedSales.insert(outcome.refusedSales.end(), (*refused)->begin(), (*refused)->end());
        return guarded ? releaseSavepoint("sales"_L1) : Status();
    }
    // An error of one sale (not of the database): isolated below, like a refusal.
    auto ownError = [this](const Error &error) {
        return error.code != ErrorCode::StoreUnavailable && !lastWasRetryable();
    };
    if (!lastWasConstraint() && !ownError(refused.error()))
        return refused.error();
    if (!guarded)
        return needSavepoint();
    // Rare path: a refusal the fast path cannot skip row by row (a full standing area), or a
    // sale the database will not take (text it rejects). Write the sales one by one, each
    // behind its own savepoint, and refuse or fail only the ones that fail.
    if (Status status = rollbackToSavepoint("sales"_L1); !status)
        return status;
    for (qsizetype index : which) {
        if (Status status = savepoint("sale"_L1); !status)
            return status;
        Result<std::optional<std::vector<qsizetype>>> one =
            insertSales(batch, std::span(&index, 1), nowMs, true);
        if (!one) {
            const bool constraint = lastWasConstraint();
            if (!constraint && !ownError(one.error()))
                return one.error();
            if (Status status = rollbackToSavepoint("sale"_L1); !status)
                return status;
            if (constraint)
                outcome.refusedSales.push_back(index);
            else
                outcome.failedSales.emplace_back(index, one.error());
        } else {
            outcome.refusedSales.insert(outcome.refusedSales.end(), (*one)->begin(), (*one)->end());
        }
        if (Status status = releaseSavepoint("sale"_L1); !status)
            return status;
    }
    return releaseSavepoint("sales"_L1);
}

Result<std::optional<std::vector<qsizetype>>> Store::Private::insertSales(const PumpBatch &batch,
                                                                          std::span<const qsizetype> which,
                                                                          qint64 nowMs, bool exact)
{
    const RowSource orders{"orders"_L1, kOrderColumns, qsizetype(which.size()),
                           [&](RowSink &sink, qsizetype r) {
                               const SaleRow &sale = batch.sales[std::size_t(which[std::size_t(r)])];
                               const Order &o = sale.order;
                               sink.uuid(o.id);
                               sink.uuid(o.eventId);
                               sink.literal(paymentLiteral(o.payment));
                               sink.text(o.customerName);
                               sink.text(o.customerEmail);
                               sink.integer(o.totalCents);
                               sink.literal(orderStatusLiteral(o.status));
                               sink.integer(qint64(sale.engineSaleId));
                               sink.ms(o.createdAt);
                               sink.ms(o.updatedAt);
                           }};
    // An order that is already there was committed by an earlier attempt of this batch whose
    // COMMIT answer was lost: it counts as written, not as refused.
    // PostgreSQL's fast path COPYs straight into the tables (bulk inserts); it has no ON
    // CONFLICT, so a refusal fails the COPY and the caller goes the exact way.
    const bool copy = !exact && isPostgres();
    auto failed = [&](const Status &status) -> Result<std::optional<std::vector<qsizetype>>> {
        if (copy && lastWasConstraint())
            return std::optional<std::vector<qsizetype>>();
        return status.error();
    };
    // (sale, ticket position) of every ticket to insert.
    std::vector<std::pair<const SaleRow *, qsizetype>> ticketRows;
    auto collectTickets = [&](const auto &isNew) {
        for (qsizetype index : which) {
            const SaleRow &sale = batch.sales[std::size_t(index)];
            if (!isNew(sale))
                continue;
            for (qsizetype k = 0; k < sale.order.tickets.size(); ++k)
                ticketRows.emplace_back(&sale, k);
        }
    };
    RowSource tickets{"tickets"_L1, kTicketColumns, 0, [&ticketRows](RowSink &sink, qsizetype r) {
                          const auto &[sale, k] = ticketRows[std::size_t(r)];
                          const Ticket &t = sale->order.tickets.at(k);
                          const quint32 seat = std::size_t(k) < sale->seatIndex.size()
                                                   ? sale->seatIndex[std::size_t(k)]
                                                   : kNoIndex;
                          sink.uuid(t.id);
                          sink.uuid(sale->order.id);
                          sink.integer(k);
                          sink.uuid(t.eventId);
                          sink.uuid(t.seatId);
                          sink.index(seat);
                          sink.uuid(t.standingAreaId);
                          sink.index(seat == kNoIndex ? sale->standingArea : kNoIndex);
                          sink.uuid(t.userId);
                          sink.text(t.seatLabel);
                          sink.integer(t.priceCents);
                          sink.literal(ticketStatusLiteral(t.status));
                          sink.ms(t.issuedAt);
                          sink.ms(t.expiresAt);
                          sink.ms(t.createdAt);
                          sink.ms(t.updatedAt);
                      }};
    // One audit row per sale the database took, and one per ticket of a sale the batch also
    // cancelled (as its cancellation would have written it). `refused` is in `which` order.
    std::vector<std::pair<const SaleRow *, qsizetype>> audited; // (sale, ticket or -1: the sale)
    auto collectAudit = [&](const auto &isNew, const std::vector<qsizetype> &refused) {
        audited.reserve(which.size());
        std::size_t r = 0;
        for (qsizetype index : which) {
            const SaleRow &sale = batch.sales[std::size_t(index)];
            if (r < refused.size() && refused[r] == index) {
                ++r;
                continue;
            }
            if (!isNew(sale))
                continue;
            audited.emplace_back(&sale, -1);
            if (sale.cancelledAtMs != 0) {
                for (qsizetype k = 0; k < sale.order.tickets.size(); ++k)
                    audited.emplace_back(&sale, k);
            }
        }
    };
    RowSource audit{"audit_log"_L1, kAuditColumns, 0, [&audited, nowMs](RowSink &sink, qsizetype row) {
                        const auto &[sale, ticket] = audited[std::size_t(row)];
                        const Order &order = sale->order;
                        if (ticket >= 0) {
                            sink.integer(sale->cancelledAtMs);
                            sink.literal("cancel"_L1);
                            sink.uuid(order.eventId);
                            sink.null();
                            sink.uuid(order.tickets.at(ticket).id);
                            sink.literal("cancel"_L1);
                            return;
                        }
                        sink.integer(nowMs);
                        sink.literal("sale"_L1);
                        sink.uuid(order.eventId);
                        sink.uuid(order.id);
                        sink.null();
                        // "2 ticket(s), 9000 cents"
                        char detail[64];
                        char *end = std::to_chars(detail, detail + 20, order.tickets.size()).ptr;
                        constexpr std::string_view middle = " ticket(s), ";
                        end = std::copy(middle.begin(), middle.end(), end);
                        end = std::to_chars(end, end + 20, order.totalCents).ptr;
                        constexpr std::string_view tail = " cents";
                        end = std::copy(tail.begin(), tail.end(), end);
                        sink.utf8(QByteArrayView(detail, end - detail));
                    }};

    // On the fast path every sale is new and whole (else a COPY fails or a count differs, and
    // the caller goes the exact way), so the tickets' and the audit's rows are known before the
    // orders go. A large batch encodes them on a helper thread while the server inserts the
    // orders: the client's encoding and the server's inserts overlap instead of taking turns.
    struct Encoded
    {
        QByteArray tickets, audit;
    };
    std::future<Encoded> encoding; // declared after what it reads: waited for before they go
    Encoded ahead;                 // taken from `encoding` when the tickets go
    if (copy) {
        const auto all = [](const SaleRow &) { return true; };
        collectTickets(all);
        collectAudit(all, {});
        tickets.rows = qsizetype(ticketRows.size());
        audit.rows = qsizetype(audited.size());
        if (which.size() >= kEncodeAheadSales) {
            encoding = std::async(std::launch::async, [&tickets, &audit] {
                return Encoded{encodeCopy(tickets), encodeCopy(audit)};
            });
        }
    }
    // Inserts `rows`: COPY on the fast path (of `ahead` when encoded already), else with
    // `suffix` (+ RETURNING id when exact, the ids going to `ids`); `count` gets the rows inserted.
    auto insert = [&](const RowSource &rows, QLatin1StringView suffix, QLatin1StringView returning,
                      std::vector<QUuid> &ids, qsizetype &count,
                      const QByteArray *ahead = nullptr) -> Status {
        if (copy)
            return copyRowsPostgres(rows, &count, ahead);
        if (!exact)
            return insertRows(rows, suffix, {}, &count);
        ids.reserve(std::size_t(rows.rows));
        return insertRows(
            rows, returning, [&ids](const QUuid &id) { ids.push_back(id); }, &count);
    };
    std::vector<QUuid> newOrders;
    qsizetype ordersInserted = 0;
    if (Status status = insert(orders, "ON CONFLICT (id) DO NOTHING"_L1,
                               "ON CONFLICT (id) DO NOTHING RETURNING id"_L1, newOrders, ordersInserted);
        !status) {
        return failed(status);
    }
    if (!exact && ordersInserted != qsizetype(which.size()))
        return std::optional<std::vector<qsizetype>>();
    QSet<QUuid> fresh;
    const bool allNew = ordersInserted == qsizetype(which.size());
    if (!allNew)
        fresh = QSet<QUuid>(newOrders.begin(), newOrders.end());
    auto isNew = [&](const SaleRow &sale) { return allNew || fresh.contains(sale.order.id); };

    if (!copy) {
        collectTickets(isNew);
        tickets.rows = qsizetype(ticketRows.size());
    }

    const bool encodedAhead = encoding.valid();
    if (encodedAhead)
        ahead = encoding.get();
    std::vector<QUuid> inserted;
    qsizetype ticketsInserted = 0;
    if (Status status = insert(tickets, kSkipLiveSeat, kSkipLiveSeatReturning, inserted, ticketsInserted,
                               encodedAhead ? &ahead.tickets : nullptr);
        !status) {
        return failed(status);
    }
    if (!exact && ticketsInserted != qsizetype(ticketRows.size()))
        return std::optional<std::vector<qsizetype>>();
    // SQLite counts the confirmed standing tickets into their areas here, one statement per area
    // (schema version 7: no row trigger on insert); the CHECK on the area refuses an oversale.
    if (!isPostgres()) {
        const bool allWritten = ticketsInserted == qsizetype(ticketRows.size());
        const QSet<QUuid> written =
            allWritten ? QSet<QUuid>() : QSet<QUuid>(inserted.begin(), inserted.end());
        QHash<QPair<QUuid, quint32>, qint64> sold;
        for (const auto &[sale, k] : ticketRows) {
            const Ticket &t = sale->order.tickets.at(k);
            const bool seated =
                std::size_t(k) < sale->seatIndex.size() && sale->seatIndex[std::size_t(k)] != kNoIndex;
            if (seated || sale->standingArea == kNoIndex || t.status != TicketStatus::Confirmed)
                continue;
            if (allWritten || written.contains(t.id))
                ++sold[{t.eventId, sale->standingArea}];
        }
        for (auto it = sold.cbegin(); it != sold.cend(); ++it) {
            if (Result<QSqlQuery *> query = run(
                    QStringLiteral(
                        "UPDATE standing_areas SET sold = sold + ? WHERE event_id = ? AND area_index = ?"),
                    {it.value(), idValue(it.key().first), qint64(it.key().second)});
                !query) {
                return failed(Status(query.error()));
            }
        }
    }

    std::vector<qsizetype> refused;
    if (ticketsInserted != qsizetype(ticketRows.size())) {
        const QSet<QUuid> written(inserted.begin(), inserted.end());
        QVariantList refusedOrders;
        for (qsizetype index : which) {
            const SaleRow &sale = batch.sales[std::size_t(index)];
            if (!isNew(sale))
                continue;
            const bool complete = std::all_of(sale.order.tickets.begin(), sale.order.tickets.end(),
                                              [&written](const Ticket &t) { return written.contains(t.id); });
            if (!complete) {
                refused.push_back(index);
                refusedOrders.append(idValue(sale.order.id));
            }
        }
        // The refused sales' orders go with the tickets they got (an order of several seats may
        // have got some; PostgreSQL has no foreign key to cascade the delete).
        const Status status =
            forChunks(refusedOrders, !isPostgres(), [this](const QVariantList &chunk) -> Status {
                for (const auto &[table, column] :
                     {std::pair{"tickets"_L1, "order_id"_L1}, std::pair{"orders"_L1, "id"_L1}}) {
                    QVariantList binds;
                    const QString sql = QStringLiteral("DELETE FROM ") + table + QStringLiteral(" WHERE ")
                                        + inList(column, "uuid"_L1, chunk, binds);
                    if (Result<QSqlQuery *> query = run(sql, binds); !query)
                        return query.error();
                }
                return {};
            });
        if (!status)
            return status.error();
    }

    if (!copy) {
        collectAudit(isNew, refused);
        audit.rows = qsizetype(audited.size());
    }
    if (Status status = copy ? copyRowsPostgres(audit, nullptr, encodedAhead ? &ahead.audit : nullptr)
                             : insertRows(audit);
        !status)
        return failed(status);
    return std::optional(std::move(refused));
}

Status Store::Private::writeBlocks(const PumpBatch &batch)
{
    // Consecutive seat blocks of one event with the same new state become one statement; the
    // order of the rows is kept, so block-then-unblock of a seat ends unblocked.
    std::size_t i = 0;
    while (i < batch.blocks.size()) {
        const BlockRow &b = batch.blocks[i];
        if (b.standing) {
            ++i;
            if (b.sequence != 0 && !origin.isEmpty()) {
                // A delta is not idempotent: note it by name, and skip it when this batch was
                // committed before (a retry after a lost COMMIT reply).
                Result<QSqlQuery *> noted =
                    run(QStringLiteral("INSERT INTO standing_block_log (origin, event_id, area_index, seq) "
                                       "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING"),
                        {origin, idValue(b.eventId), qint64(b.target), qint64(b.sequence)});
                if (!noted)
                    return noted.error();
                if ((*noted)->numRowsAffected() == 0)
                    continue;
            }
            Result<QSqlQuery *> query = run(
                QStringLiteral(
                    "UPDATE standing_areas SET blocked = blocked + ? WHERE event_id = ? AND area_index = ?"),
                {b.quantityDelta, idValue(b.eventId), qint64(b.target)});
            if (!query)
                return query.error();
            continue;
        }
        QVariantList seats;
        std::size_t j = i;
        for (; j < batch.blocks.size() && seats.size() < kSqliteRowsPerStatement; ++j) {
            const BlockRow &next = batch.blocks[j];
            if (next.standing || next.eventId != b.eventId || next.blocked != b.blocked)
                break;
            seats.append(qint64(next.target));
        }
        QVariantList binds{b.blocked, idValue(b.eventId)};
        const QString sql = QStringLiteral("UPDATE seats SET blocked = ? WHERE event_id = ? AND ")
                            + inList("seat_index"_L1, "integer"_L1, seats, binds);
        if (Result<QSqlQuery *> query = run(sql, binds); !query)
            return query.error();
        i = j;
    }
    return {};
}

namespace {

/// The events a batch touches.
QSet<QUuid> batchEvents(const PumpBatch &batch)
{
    QSet<QUuid> events;
    for (const HoldRow &h : batch.holdsStarted)
        events.insert(h.eventId);
    for (const SaleRow &s : batch.sales)
        events.insert(s.order.eventId);
    for (const CancelRow &c : batch.cancels)
        events.insert(c.eventId);
    for (const BlockRow &b : batch.blocks)
        events.insert(b.eventId);
    for (const SeatStateRow &row : batch.seatStates)
        events.insert(row.eventId);
    for (const QUuid &event : batch.standingEvents)
        events.insert(event);
    return events;
}

} // namespace

Status Store::Private::countChanges(const PumpBatch &batch)
{
    return countChanges(batchEvents(batch));
}

Status Store::Private::countChanges(const QSet<QUuid> &events)
{
    if (events.isEmpty())
        return {};
    QString sql = QStringLiteral("INSERT INTO change_counts (origin, event_id, batches) VALUES ");
    QVariantList binds;
    for (const QUuid &event : events) {
        if (!binds.isEmpty())
            sql += u',';
        sql += QStringLiteral("(?, ?, 1)");
        binds << origin << idValue(event);
    }
    sql += QStringLiteral(" ON CONFLICT (origin, event_id) DO UPDATE SET batches = batches + 1");
    Result<QSqlQuery *> query = run(sql, binds);
    return query ? Status() : Status(query.error());
}

Status Store::Private::announceReload(const QUuid &eventId)
{
    if (origin.isEmpty())
        return {}; // a writer that no process knows as its own: nobody to tell apart
    if (!isPostgres())
        return countChanges(QSet<QUuid>{eventId});
    const QJsonObject notice{{QStringLiteral("origin"), origin},
                             {QStringLiteral("reload"), QJsonArray{uuidText(eventId)}}};
    return sendNotice(QJsonDocument(notice).toJson(QJsonDocument::Compact));
}

Status Store::Private::notifyChanges(const PumpBatch &batch, const BatchOutcome &outcome)
{
    const QSet<QUuid> events = batchEvents(batch);
    // Seats of refused sales did not change here: the other terminal's sale stands.
    QSet<QPair<QUuid, quint32>> refusedSeats;
    for (qsizetype index : outcome.refusedSales) {
        const SaleRow &sale = batch.sales[std::size_t(index)];
        for (quint32 seat : sale.seatIndex)
            refusedSeats.insert({sale.order.eventId, seat});
    }
    QHash<QUuid, QString> seats;
    qsizetype length = 0;
    for (const SeatStateRow &row : batch.seatStates) {
        if (!refusedSeats.isEmpty() && refusedSeats.contains({row.eventId, row.seat}))
            continue;
        QString &list = seats[row.eventId];
        if (!list.isEmpty())
            list += u',';
        list += QString::number(row.seat);
        constexpr char16_t kStateLetters[] = u"ahsb"; // indexed by SeatState
        list += QChar(kStateLetters[int(row.state)]);
        length += 8;
    }
    // Count the batch in each event's change sequence (in id order: two writers lock the rows
    // alike and cannot deadlock). The row stays locked until the commit, so the numbers of an
    // event are committed, and notified, in order.
    QList<QUuid> sorted(events.cbegin(), events.cend());
    std::sort(sorted.begin(), sorted.end(),
              [](const QUuid &a, const QUuid &b) { return a.toRfc4122() < b.toRfc4122(); });
    QVariantList eventIds;
    for (const QUuid &id : std::as_const(sorted))
        eventIds.append(idValue(id));
    const QString bump =
        QStringLiteral("INSERT INTO change_sequences (event_id, seq) SELECT e, 1 FROM unnest(?::uuid[]) AS e "
                       "ON CONFLICT (event_id) DO UPDATE SET seq = change_sequences.seq + 1 "
                       "RETURNING event_id, seq");
    QJsonObject sequences;
    {
        QVariantList binds;
        inList("event_id"_L1, "uuid"_L1, eventIds, binds); // PostgreSQL: one array parameter
        Result<QSqlQuery *> query = run(bump, binds);
        if (!query)
            return query.error();
        while ((*query)->next())
            sequences.insert(uuidText(idFrom((*query)->value(0))), (*query)->value(1).toLongLong());
        (*query)->finish();
    }
    QJsonArray ids;
    for (const QUuid &id : std::as_const(sorted))
        ids.append(uuidText(id));
    QJsonObject message{{QStringLiteral("origin"), origin},
                        {QStringLiteral("events"), ids},
                        {QStringLiteral("seq"), sequences}};
    QJsonObject seatLists;
    for (auto it = seats.cbegin(); it != seats.cend(); ++it)
        seatLists.insert(uuidText(it.key()), it.value());
    message.insert(QStringLiteral("seats"), seatLists);
    if (!batch.standingEvents.empty()) {
        QJsonArray standing;
        for (const QUuid &event : batch.standingEvents)
            standing.append(uuidText(event));
        message.insert(QStringLiteral("standing"), standing);
    }
    QByteArray payload = QJsonDocument(message).toJson(QJsonDocument::Compact);
    // NOTIFY payloads must stay under 8000 bytes: too many seats -> the listeners re-read the
    // events' live state; too many events -> "everything changed".
    if (payload.size() > 7000) {
        message.remove(QStringLiteral("seats"));
        message.insert(QStringLiteral("reload"), ids);
        payload = QJsonDocument(message).toJson(QJsonDocument::Compact);
    }
    if (payload.size() > 7000)
        payload = QJsonDocument(QJsonObject{{QStringLiteral("origin"), origin},
                                            {QStringLiteral("events"), QStringLiteral("*")},
                                            {QStringLiteral("reload"), QStringLiteral("*")}})
                      .toJson(QJsonDocument::Compact);
    Q_UNUSED(length);
    return sendNotice(payload);
}

} // namespace tessera
