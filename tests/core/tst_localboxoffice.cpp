#include "core/boxoffice/localboxoffice.h"
#include "core/common/clock.h"
#include "core/common/ids.h"
#include "core/store/store.h"
#include "tests/support/offices.h"
#include "tests/support/venues.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tessera;
using namespace tessera::test;

/// LocalBoxOffice end to end on a real SQLite file: what is acknowledged is in the database,
/// survives a restart, and bad requests change nothing.
class TestLocalBoxOffice final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void sellSurvivesRestart();
    void secondHolderGetsAClearMessage();
    void holderMustMatch();
    void standingSellsByQuantity();
    void standingSaleRefusedByTheDatabaseNamesTheArea();
    void bestAvailableHoldsSeatsTogether();
    void cancelFreesSeatsAtOnceAndForGood();
    void endedEventSellsNothingButRefunds();
    void refundAndCancelOfOneOrderAtOnceKeepTheirKinds();
    void holdsSurviveRestartAndExpire();
    void holdsOfARunningProcessStayItsOwn();
    void extendedHoldKeepsItsPlacesAfterRestart();
    void secondSellOfOneHoldChangesNothing();
    void blockedSeatsPersist();
    void saleRefusedByTheDatabaseIsUndone();
    void anotherProcessOnTheFileShowsHere();
    void standingCountsOfAnotherProcessShowHere();
    void eventsOfAnotherProcessShowHere();
    void badRequestsChangeNothing_data();
    void badRequestsChangeNothing();
    void badDatabaseUrlGivesOneMessage();
    void seatsChangedIsCoalesced();
    void deleteRefusedWhileTicketsAreSold();
    void queuedEventNeedsActiveSession();
    void waitingRoomSettingsAndSeedSurviveRestart();

private:
    std::unique_ptr<LocalBoxOffice> openOffice();
    Event createEvent(LocalBoxOffice &office, int standing = 0);
    /// Two box offices on one file, the event (with a standing area "Floor") made by the first.
    struct TwoOffices
    {
        std::unique_ptr<LocalBoxOffice> first, second;
        Event event;
        QUuid floor;
    };
    void openTwoOffices(TwoOffices &two, int standing);
    /// Sells `seat` on a Store connection of its own, as another process writing to the file.
    void sellThroughAnotherStore(const CatalogEntry &entry, quint32 seat, HoldId engineSaleId);

    std::unique_ptr<QTemporaryDir> m_dir;
    DatabaseUrl m_url;
};

void TestLocalBoxOffice::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_url = *DatabaseUrl::parse(QStringLiteral("sqlite://") + m_dir->filePath(QStringLiteral("tessera.db")));
}

std::unique_ptr<LocalBoxOffice> TestLocalBoxOffice::openOffice()
{
    return test::openOffice(m_url);
}

void TestLocalBoxOffice::sellThroughAnotherStore(const CatalogEntry &entry, quint32 seat, HoldId engineSaleId)
{
    auto other = Store::open(m_url);
    QVERIFY(other);
    PumpBatch batch;
    SaleRow sale;
    sale.order.id = newUuid();
    sale.order.eventId = entry.event.id;
    Ticket t;
    t.id = newUuid();
    t.orderId = sale.order.id;
    t.eventId = entry.event.id;
    t.seatId = entry.layout.seats[seat].id;
    t.status = TicketStatus::Confirmed;
    t.priceCents = 5000;
    sale.order.tickets = {t};
    sale.order.totalCents = 5000;
    sale.seatIndex = {seat};
    sale.engineSaleId = engineSaleId;
    batch.sales.push_back(sale);
    const Result<BatchOutcome> written = (*other)->write(batch);
    QVERIFY(written);
    QVERIFY(written->refusedSales.empty());
}

Event TestLocalBoxOffice::createEvent(LocalBoxOffice &office, int standing)
{
    const Result<Event> created = office.createEvent(concert(), smallHall(3, 6, standing)).result();
    if (!created)
        qWarning() << created.error().message;
    return created ? *created : Event();
}

void TestLocalBoxOffice::sellSurvivesRestart()
{
    QUuid orderId;
    QUuid eventId;
    QList<QUuid> seatIds;
    {
        auto office = openOffice();
        QVERIFY(office);
        const Event event = createEvent(*office);
        QVERIFY(!event.id.isNull());
        eventId = event.id;
        QCOMPARE(event.totalTickets, 18);
        const auto entry = office->catalogEntry(event.id);
        seatIds = {entry->layout.seats[1].id, entry->layout.seats[2].id};
        const Result<Hold> hold =
            office->holdSeats({event.id, seatIds, QStringLiteral("clerk@box-1")}).result();
        QVERIFY2(hold, qPrintable(hold ? QString() : hold.error().message));
        QCOMPARE(hold->seatIds, seatIds);
        SaleRequest sale;
        sale.holder = QStringLiteral("clerk@box-1");
        sale.payment = PaymentMethod::Card;
        sale.customerName = QStringLiteral("Ada Lovelace");
        sale.customerEmail = QStringLiteral("ada@example.org");
        const Result<Order> order = office->sell(hold->id, sale).result();
        QVERIFY2(order, qPrintable(order ? QString() : order.error().message));
        QCOMPARE(order->tickets.size(), 2);
        QCOMPARE(order->totalCents, 10000);
        orderId = order->id;
        // Acknowledged means committed: a second connection sees it right away.
        auto store = Store::open(m_url);
        QVERIFY(store);
        const Result<Order> stored = (*store)->order(orderId);
        QVERIFY(stored);
        QCOMPARE(stored->customerName, QStringLiteral("Ada Lovelace"));
        QCOMPARE(stored->payment, PaymentMethod::Card);
        QCOMPARE(office->seatSpace(event.id)->seatState(1), SeatState::Sold);
    }
    auto reopened = openOffice();
    QVERIFY(reopened);
    const EventSpace *space = reopened->seatSpace(eventId);
    QVERIFY(space);
    QCOMPARE(space->seatState(0), SeatState::Available);
    QCOMPARE(space->seatState(1), SeatState::Sold);
    QCOMPARE(space->seatState(2), SeatState::Sold);
    const Result<Order> order = reopened->order(orderId).result();
    QVERIFY(order);
    QCOMPARE(order->tickets.size(), 2);
    const Result<QList<Order>> found = reopened->findOrders(QStringLiteral("lovelace")).result();
    QVERIFY(found);
    QCOMPARE(found->size(), 1);
    const Result<Event> event = reopened->event(eventId).result();
    QCOMPARE(event->availableTickets, 16);
}

void TestLocalBoxOffice::secondHolderGetsAClearMessage()
{
    auto office = openOffice();
    QVERIFY(office);
    const Event event = createEvent(*office);
    const auto entry = office->catalogEntry(event.id);
    const QUuid seat = entry->layout.seats[7].id; // row B, seat 2
    QVERIFY(office->holdSeats({event.id, {seat}, QStringLiteral("clerk@box-1")}).result());
    const Result<Hold> second =
        office->holdSeats({event.id, {entry->layout.seats[6].id, seat}, QStringLiteral("clerk@box-2")})
            .result();
    QVERIFY(!second);
    QCOMPARE(second.errorCode(), ErrorCode::SeatUnavailable);
    QCOMPARE(second.error().message, QStringLiteral("Stalls, row B, seat 2 is held by clerk@box-1."));
    // All or nothing: seat B-1 was not taken.
    QCOMPARE(office->seatSpace(event.id)->seatState(6), SeatState::Available);
}

void TestLocalBoxOffice::holderMustMatch()
{
    auto office = openOffice();
    QVERIFY(office);
    const Event event = createEvent(*office);
    const auto entry = office->catalogEntry(event.id);
    const Result<Hold> hold =
        office->holdSeats({event.id, {entry->layout.seats[0].id}, QStringLiteral("clerk@box-1")}).result();
    QVERIFY(hold);
    SaleRequest sale;
    sale.holder = QStringLiteral("clerk@box-2");
    const Result<Order> stolen = office->sell(hold->id, sale).result();
    QCOMPARE(stolen.errorCode(), ErrorCode::NotHolder);
    QCOMPARE(office->releaseHold(hold->id, QStringLiteral("clerk@box-2")).result().errorCode(),
             ErrorCode::NotHolder);
    QCOMPARE(office->seatSpace(event.id)->seatState(0), SeatState::Held);
    const Result<Hold> extended = office->extendHold(hold->id, QStringLiteral("clerk@box-1"), 120).result();
    QVERIFY(extended);
    QVERIFY(office->releaseHold(hold->id, QStringLiteral("clerk@box-1")).result());
    QCOMPARE(office->seatSpace(event.id)->seatState(0), SeatState::Available);
    QCOMPARE(office->sell(hold->id, SaleRequest{QStringLiteral("clerk@box-1")}).result().errorCode(),
             ErrorCode::NotFound);
}

void TestLocalBoxOffice::openTwoOffices(TwoOffices &two, int standing)
{
    two.first = openOffice();
    QVERIFY(two.first);
    two.event = createEvent(*two.first, standing);
    two.second = openOffice();
    QVERIFY(two.second);
    two.floor = two.first->catalogEntry(two.event.id)->layout.standingAreas[0].id;
}

void TestLocalBoxOffice::standingSellsByQuantity()
{
    QUuid eventId;
    {
        auto office = openOffice();
        QVERIFY(office);
        const Event event = createEvent(*office, 10);
        eventId = event.id;
        const QUuid floor = office->catalogEntry(event.id)->layout.standingAreas[0].id;
        const Result<Hold> hold =
            office->holdStanding({event.id, floor, 4, QStringLiteral("clerk@box-1")}).result();
        QVERIFY(hold);
        QCOMPARE(hold->quantity, 4);
        const Result<Hold> tooMany =
            office->holdStanding({event.id, floor, 7, QStringLiteral("clerk@box-2")}).result();
        QCOMPARE(tooMany.errorCode(), ErrorCode::SoldOut);
        QCOMPARE(tooMany.error().message, QStringLiteral("Only 6 place(s) left in Floor."));
        const Result<Order> order =
            office->sell(hold->id, SaleRequest{QStringLiteral("clerk@box-1")}).result();
        QVERIFY(order);
        QCOMPARE(order->tickets.size(), 4);
        QCOMPARE(order->totalCents, 4 * 2500);
        QCOMPARE(office->standingAreas(event.id).result()->front().counts.sold, 4u);
    }
    auto reopened = openOffice();
    QVERIFY(reopened);
    const auto areas = reopened->standingAreas(eventId).result();
    QVERIFY(areas);
    QCOMPARE(areas->front().counts.sold, 4u);
    QCOMPARE(areas->front().counts.available(), 6u);
}

void TestLocalBoxOffice::standingSaleRefusedByTheDatabaseNamesTheArea()
{
    // Two box offices on one file each hold 6 of the 10 standing places: the database takes
    // the first sale and refuses the second, whose message names the area (not a seat).
    TwoOffices offices;
    openTwoOffices(offices, 10);
    if (QTest::currentTestFailed())
        return;
    auto &[first, second, event, floor] = offices;
    const Result<Hold> one =
        first->holdStanding({event.id, floor, 6, QStringLiteral("clerk@box-1")}).result();
    const Result<Hold> two =
        second->holdStanding({event.id, floor, 6, QStringLiteral("clerk@box-2")}).result();
    QVERIFY(one);
    QVERIFY(two);
    QVERIFY(first->sell(one->id, SaleRequest{QStringLiteral("clerk@box-1")}).result());
    const Result<Order> refused = second->sell(two->id, SaleRequest{QStringLiteral("clerk@box-2")}).result();
    QCOMPARE(refused.errorCode(), ErrorCode::SeatUnavailable);
    QVERIFY2(refused.error().message.startsWith(QStringLiteral("Floor has fewer places left")),
             qPrintable(refused.error().message));
    QCOMPARE(second->standingAreas(event.id).result()->front().counts.sold, 0u);
}

void TestLocalBoxOffice::bestAvailableHoldsSeatsTogether()
{
    auto office = openOffice();
    QVERIFY(office);
    const Event event = createEvent(*office);
    BestAvailableRequest request{event.id, 3, QStringLiteral("rear"), QStringLiteral("clerk@box-1")};
    const Result<Hold> hold = office->holdBestAvailable(request).result();
    QVERIFY2(hold, qPrintable(hold ? QString() : hold.error().message));
    QCOMPARE(hold->seatIds.size(), 3);
    const auto entry = office->catalogEntry(event.id);
    QSet<QString> rows;
    for (const QUuid &id : hold->seatIds) {
        const LayoutSeat &seat = entry->layout.seats[entry->seatIndexById.value(id)];
        QCOMPARE(seat.category, QStringLiteral("rear"));
        rows.insert(seat.row);
    }
    QCOMPARE(rows.size(), 1);
    request.quantity = 13;
    QCOMPARE(office->holdBestAvailable(request).result().errorCode(), ErrorCode::SoldOut);
    request.categoryId = QStringLiteral("balcony");
    request.quantity = 1;
    QCOMPARE(office->holdBestAvailable(request).result().errorCode(), ErrorCode::NotFound);
}

void TestLocalBoxOffice::endedEventSellsNothingButRefunds()
{
    ManualClock clock(QDateTime::currentMSecsSinceEpoch());
    LocalBoxOffice::Options options;
    options.url = m_url;
    options.units = 2;
    options.clock = &clock;
    auto opened = LocalBoxOffice::open(options);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    LocalBoxOffice &office = **opened;
    const Event event = createEvent(office, 5);
    QVERIFY(!event.id.isNull());
    const auto entry = office.catalogEntry(event.id);
    const QUuid floor = entry->layout.standingAreas[0].id;
    const QString clerk = QStringLiteral("clerk");
    const Result<Hold> sold = office.holdSeats({event.id, {entry->layout.seats[0].id}, clerk}).result();
    QVERIFY(sold);
    const Result<Order> order = office.sell(sold->id, SaleRequest{clerk}).result();
    QVERIFY(order);

    // One minute before the end everything still sells; from the end on, nothing does (the
    // hold made a minute before is still live then: holds last ten minutes).
    clock.setNowMs(event.endTime.toMSecsSinceEpoch() - 60'000);
    const Result<Hold> late = office.holdSeats({event.id, {entry->layout.seats[2].id}, clerk}).result();
    QVERIFY2(late, qPrintable(late ? QString() : late.error().message));
    clock.setNowMs(event.endTime.toMSecsSinceEpoch());
    const Result<Order> afterEnd = office.sell(late->id, SaleRequest{clerk}).result();
    QCOMPARE(afterEnd.errorCode(), ErrorCode::Conflict);
    QVERIFY2(afterEnd.error().message.contains(QStringLiteral("ended")),
             qPrintable(afterEnd.error().message));
    QVERIFY(afterEnd.error().message.startsWith(event.name));
    QCOMPARE(office.holdSeats({event.id, {entry->layout.seats[3].id}, clerk}).result().errorCode(),
             ErrorCode::Conflict);
    QCOMPARE(office.holdStanding({event.id, floor, 2, clerk}).result().errorCode(), ErrorCode::Conflict);
    QCOMPARE(office.holdBestAvailable({event.id, 2, QString(), clerk}).result().errorCode(),
             ErrorCode::Conflict);
    QCOMPARE(office.seatSpace(event.id)->seatState(3), SeatState::Available);
    QCOMPARE(office.seatSpace(event.id)->standing(0).sold, 0u);

    // A ticket sold before the end can still be refunded after it (a cancelled show, say).
    const Result<Order> refunded = office.cancelOrder(order->id, CancelKind::Refund).result();
    QVERIFY2(refunded, qPrintable(refunded ? QString() : refunded.error().message));
    QCOMPARE(refunded->status, OrderStatus::Cancelled);
    QCOMPARE(office.seatSpace(event.id)->seatState(0), SeatState::Available);
}

void TestLocalBoxOffice::refundAndCancelOfOneOrderAtOnceKeepTheirKinds()
{
    // Two clerks at once: one refunds a ticket of an order, the other cancels another ticket of
    // the same order without refund. The space reports both under the order's sale, and the
    // pump may write them in one batch: each ticket keeps its own kind.
    auto office = openOffice();
    QVERIFY(office);
    const Event event = createEvent(*office);
    const auto entry = office->catalogEntry(event.id);
    const QString clerk = QStringLiteral("clerk");
    const Result<Hold> hold =
        office
            ->holdSeats({event.id,
                         {entry->layout.seats[0].id, entry->layout.seats[1].id, entry->layout.seats[2].id},
                         clerk})
            .result();
    QVERIFY(hold);
    const Result<Order> order = office->sell(hold->id, SaleRequest{clerk}).result();
    QVERIFY(order);
    QFuture<Result<Order>> refund = office->cancelTickets({order->tickets[0].id}, CancelKind::Refund);
    QFuture<Result<Order>> cancel = office->cancelTickets({order->tickets[1].id}, CancelKind::Cancel);
    QVERIFY(refund.result());
    QVERIFY(cancel.result());
    // A refund refused (the ticket is cancelled already) leaves nothing behind for the next one.
    QCOMPARE(office->cancelTickets({order->tickets[1].id}, CancelKind::Refund).result().errorCode(),
             ErrorCode::AlreadyCancelled);
    QVERIFY(office->cancelTickets({order->tickets[2].id}, CancelKind::Cancel).result());
    const Result<Order> stored = office->order(order->id).result();
    QVERIFY(stored);
    QCOMPARE(stored->status, OrderStatus::Cancelled);
    QVERIFY(stored->tickets[0].refunded);
    QVERIFY(!stored->tickets[1].refunded);
    QVERIFY(!stored->tickets[2].refunded);
    for (const Ticket &t : stored->tickets)
        QCOMPARE(t.status, TicketStatus::Cancelled);
}

void TestLocalBoxOffice::cancelFreesSeatsAtOnceAndForGood()
{
    QUuid eventId;
    QUuid orderId;
    {
        auto office = openOffice();
        QVERIFY(office);
        const Event event = createEvent(*office, 5);
        eventId = event.id;
        const auto entry = office->catalogEntry(event.id);
        const Result<Hold> hold = office
                                      ->holdSeats({event.id,
                                                   {entry->layout.seats[3].id, entry->layout.seats[4].id},
                                                   QStringLiteral("clerk")})
                                      .result();
        const Result<Order> order = office->sell(hold->id, SaleRequest{QStringLiteral("clerk")}).result();
        QVERIFY(order);
        orderId = order->id;
        const Result<Order> partly =
            office->cancelTickets({order->tickets[0].id}, CancelKind::Refund).result();
        QVERIFY2(partly, qPrintable(partly ? QString() : partly.error().message));
        QCOMPARE(partly->status, OrderStatus::PartiallyCancelled);
        QVERIFY(partly->tickets[0].refunded);
        QVERIFY(!partly->tickets[1].refunded);
        QCOMPARE(office->seatSpace(event.id)->seatState(3), SeatState::Available);
        QCOMPARE(office->seatSpace(event.id)->seatState(4), SeatState::Sold);
        QCOMPARE(office->cancelTickets({order->tickets[0].id}, CancelKind::Cancel).result().errorCode(),
                 ErrorCode::AlreadyCancelled);
        // Standing tickets: the ones chosen are cancelled.
        const QUuid floor = entry->layout.standingAreas[0].id;
        const Result<Hold> places =
            office->holdStanding({event.id, floor, 3, QStringLiteral("clerk")}).result();
        const Result<Order> standing =
            office->sell(places->id, SaleRequest{QStringLiteral("clerk")}).result();
        QVERIFY(standing);
        const Result<Order> cancelled =
            office->cancelTickets({standing->tickets[1].id}, CancelKind::Cancel).result();
        QVERIFY2(cancelled, qPrintable(cancelled ? QString() : cancelled.error().message));
        for (const Ticket &t : cancelled->tickets) {
            QCOMPARE(t.status,
                     t.id == standing->tickets[1].id ? TicketStatus::Cancelled : TicketStatus::Confirmed);
            QVERIFY(!t.refunded); // cancelled without refund
        }
        QCOMPARE(office->seatSpace(event.id)->standing(0).sold, 2u);
    }
    auto reopened = openOffice();
    QVERIFY(reopened);
    QCOMPARE(reopened->seatSpace(eventId)->seatState(3), SeatState::Available);
    QCOMPARE(reopened->seatSpace(eventId)->seatState(4), SeatState::Sold);
    QCOMPARE(reopened->seatSpace(eventId)->standing(0).sold, 2u);
    // The refund is stored as one: the ticket is "refunded" after the restart.
    const Result<Order> stored = reopened->order(orderId).result();
    QVERIFY(stored);
    QVERIFY(stored->tickets[0].refunded);
    const Result<Order> whole = reopened->cancelOrder(orderId, CancelKind::Cancel).result();
    QVERIFY(whole);
    QCOMPARE(whole->status, OrderStatus::Cancelled);
    QVERIFY(whole->tickets[0].refunded);
    QVERIFY(!whole->tickets[1].refunded);
    QCOMPARE(reopened->seatSpace(eventId)->seatState(4), SeatState::Available);
}

void TestLocalBoxOffice::holdsSurviveRestartAndExpire()
{
    QUuid eventId;
    QUuid holdId;
    {
        auto office = openOffice();
        QVERIFY(office);
        const Event event = createEvent(*office);
        eventId = event.id;
        const auto entry = office->catalogEntry(event.id);
        const Result<Hold> hold =
            office->holdSeats({event.id, {entry->layout.seats[5].id}, QStringLiteral("clerk@box-3"), 600})
                .result();
        QVERIFY(hold);
        holdId = hold->id;
        const Result<Hold> brief =
            office->holdSeats({event.id, {entry->layout.seats[8].id}, QStringLiteral("clerk@box-3"), 1})
                .result();
        QVERIFY(brief);
    }
    auto reopened = openOffice();
    QVERIFY(reopened);
    const EventSpace *space = reopened->seatSpace(eventId);
    QCOMPARE(space->seatState(5), SeatState::Held);
    QCOMPARE(reopened->holderName(space->seatHolder(5)), QStringLiteral("clerk@box-3"));
    // The one-second hold runs out and is swept.
    QTRY_COMPARE_WITH_TIMEOUT(space->seatState(8), SeatState::Available, 10'000);
    // The recovered hold can still be sold by its holder.
    const Result<Order> order = reopened->sell(holdId, SaleRequest{QStringLiteral("clerk@box-3")}).result();
    QVERIFY2(order, qPrintable(order ? QString() : order.error().message));
    QCOMPARE(space->seatState(5), SeatState::Sold);
}

/// A box office that opens the file while another has it open (a second window on the same
/// terminal, the CLI) leaves that one's holds to it, even under the same terminal name: they show
/// as another terminal's and are not offered as its own. Once the other has closed, a box office
/// that opens the file alone takes them back as this terminal's, from before it stopped.
void TestLocalBoxOffice::holdsOfARunningProcessStayItsOwn()
{
    const QString clerk = QStringLiteral("clerk@box-1");
    auto first = openOffice();
    QVERIFY(first);
    const Event event = createEvent(*first, 10);
    const auto entry = first->catalogEntry(event.id);
    const Result<Hold> hold = first->holdSeats({event.id, {entry->layout.seats[3].id}, clerk, 600}).result();
    QVERIFY(hold);
    QVERIFY(first->holdStanding({event.id, entry->layout.standingAreas[0].id, 2, clerk}).result());
    QTRY_COMPARE_WITH_TIMEOUT(first->pump().statistics().backlog, quint64(0), 10'000); // written

    auto second = openOffice();
    QVERIFY(second);
    const EventSpace *space = second->seatSpace(event.id);
    QCOMPARE(space->seatState(3), SeatState::Held);
    QCOMPARE(second->holderName(space->seatHolder(3)), QStringLiteral("another terminal"));
    QCOMPARE(space->standing(0).held, 2u);
    QCOMPARE(space->ownStanding(0).held, 0u);
    QVERIFY(second->holdsOf(event.id, clerk).result()->isEmpty());
    const Result<Order> refused = second->sell(hold->id, SaleRequest{clerk}).result();
    QVERIFY(!refused);
    // The first still sells its hold.
    QVERIFY(first->sell(hold->id, SaleRequest{clerk}).result());
    QTRY_COMPARE_WITH_TIMEOUT(space->seatState(3), SeatState::Sold, 10'000);
    second.reset();

    // Alone again after the first closes: its standing hold is this terminal's from before.
    first.reset();
    auto third = openOffice();
    QVERIFY(third);
    QCOMPARE(third->seatSpace(event.id)->ownStanding(0).held, 2u);
    const Result<QList<Hold>> earlier = third->holdsOf(event.id, clerk).result();
    QVERIFY(earlier);
    QCOMPARE(earlier->size(), 1);
}

/// A hold written in one batch and extended in a later one keeps its seats and its standing
/// places in the database: after a restart it still holds them with the new expiry.
void TestLocalBoxOffice::extendedHoldKeepsItsPlacesAfterRestart()
{
    QUuid eventId;
    QUuid seatHoldId;
    QUuid standingHoldId;
    QDateTime extendedUntil;
    {
        auto office = openOffice();
        QVERIFY(office);
        const Event event = createEvent(*office, 10);
        eventId = event.id;
        const auto entry = office->catalogEntry(event.id);
        const Result<Hold> seats = office
                                       ->holdSeats({event.id,
                                                    {entry->layout.seats[2].id, entry->layout.seats[3].id},
                                                    QStringLiteral("clerk@box-4"),
                                                    60})
                                       .result();
        QVERIFY(seats);
        seatHoldId = seats->id;
        const Result<Hold> standing = office
                                          ->holdStanding({event.id, entry->layout.standingAreas[0].id, 3,
                                                          QStringLiteral("clerk@box-4"), 60})
                                          .result();
        QVERIFY(standing);
        standingHoldId = standing->id;
        // The holds are committed before they are extended: the extension is a later batch.
        QTRY_COMPARE(office->pump().statistics().backlog, quint64(0));
        const Result<Hold> extended =
            office->extendHold(seats->id, QStringLiteral("clerk@box-4"), 900).result();
        QVERIFY(extended);
        extendedUntil = extended->expiresAt;
        QVERIFY(office->extendHold(standing->id, QStringLiteral("clerk@box-4"), 900).result());
    }
    auto reopened = openOffice();
    QVERIFY(reopened);
    const EventSpace *space = reopened->seatSpace(eventId);
    QCOMPARE(space->seatState(2), SeatState::Held);
    QCOMPARE(space->seatState(3), SeatState::Held);
    QCOMPARE(reopened->standingAreas(eventId).result()->front().counts.held, 3u);
    const Result<Order> seatOrder =
        reopened->sell(seatHoldId, SaleRequest{QStringLiteral("clerk@box-4")}).result();
    QVERIFY2(seatOrder, qPrintable(seatOrder ? QString() : seatOrder.error().message));
    QCOMPARE(seatOrder->tickets.size(), 2);
    const Result<Order> standingOrder =
        reopened->sell(standingHoldId, SaleRequest{QStringLiteral("clerk@box-4")}).result();
    QVERIFY2(standingOrder, qPrintable(standingOrder ? QString() : standingOrder.error().message));
    QCOMPARE(standingOrder->tickets.size(), 3);
    QVERIFY(extendedUntil.isValid());
}

/// Two sells of one hold at once (a double click, a repeated request): one sale, with the
/// order its caller made, and a clear answer for the other; neither future is left unfinished.
void TestLocalBoxOffice::secondSellOfOneHoldChangesNothing()
{
    QUuid eventId;
    QUuid orderId;
    {
        auto office = openOffice();
        QVERIFY(office);
        const Event event = createEvent(*office);
        eventId = event.id;
        const auto entry = office->catalogEntry(event.id);
        const Result<Hold> hold =
            office->holdSeats({event.id, {entry->layout.seats[4].id}, QStringLiteral("clerk@box-5")})
                .result();
        QVERIFY(hold);
        SaleRequest first{QStringLiteral("clerk@box-5")};
        first.customerName = QStringLiteral("First Caller");
        SaleRequest second{QStringLiteral("clerk@box-5")};
        second.customerName = QStringLiteral("Second Caller");
        QFuture<Result<Order>> a = office->sell(hold->id, first);
        QFuture<Result<Order>> b = office->sell(hold->id, second);
        a.waitForFinished();
        b.waitForFinished();
        QVERIFY(!a.isCanceled());
        QVERIFY(!b.isCanceled());
        const Result<Order> ra = a.result();
        const Result<Order> rb = b.result();
        QCOMPARE(int(bool(ra)) + int(bool(rb)), 1);
        const Result<Order> &won = ra ? ra : rb;
        const Result<Order> &lost = ra ? rb : ra;
        QCOMPARE(won->customerName, ra ? QStringLiteral("First Caller") : QStringLiteral("Second Caller"));
        // Conflict ("being sold" or "already sold", whether the box office or the space turns
        // the second sell away), or NotFound once the sold hold is forgotten; never "expired".
        // Either way nothing changes, which the rest of this test checks.
        QVERIFY2(lost.errorCode() == ErrorCode::Conflict || lost.errorCode() == ErrorCode::NotFound,
                 qPrintable(lost.error().message));
        orderId = won->id;
    }
    auto reopened = openOffice();
    QVERIFY(reopened);
    const Result<Order> stored = reopened->order(orderId).result();
    QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().message));
    QVERIFY(stored->customerName.endsWith(QStringLiteral("Caller")));
    QCOMPARE(reopened->seatSpace(eventId)->seatState(4), SeatState::Sold);
}

void TestLocalBoxOffice::blockedSeatsPersist()
{
    QUuid eventId;
    {
        auto office = openOffice();
        QVERIFY(office);
        const Event event = createEvent(*office);
        eventId = event.id;
        const auto entry = office->catalogEntry(event.id);
        QVERIFY(office
                    ->blockSeats(event.id, {entry->layout.seats[0].id, entry->layout.seats[1].id},
                                 QStringLiteral("Press"))
                    .result());
        // Blocking a blocked seat again gives it the new reason; a reason too long changes nothing.
        QVERIFY(
            office->blockSeats(event.id, {entry->layout.seats[0].id}, QStringLiteral("  House  ")).result());
        QCOMPARE(office->blockSeats(event.id, {entry->layout.seats[0].id}, QString(101, QLatin1Char('x')))
                     .result()
                     .errorCode(),
                 ErrorCode::InvalidInput);
        QCOMPARE(office->holdSeats({event.id, {entry->layout.seats[0].id}, QStringLiteral("c")})
                     .result()
                     .errorCode(),
                 ErrorCode::SeatUnavailable);
        QVERIFY(office->unblockSeats(event.id, {entry->layout.seats[1].id}).result());
        QCOMPARE(office->unblockSeats(event.id, {entry->layout.seats[1].id}).result().errorCode(),
                 ErrorCode::Conflict);
    }
    auto reopened = openOffice();
    QVERIFY(reopened);
    QCOMPARE(reopened->seatSpace(eventId)->seatState(0), SeatState::Blocked);
    QCOMPARE(reopened->seatSpace(eventId)->seatState(1), SeatState::Available);
    // The reasons came back with the layout: the blocked seat's latest, none for the unblocked.
    const Result<VenueLayout> layout = reopened->layout(eventId).result();
    QVERIFY(layout);
    QVERIFY(layout->seats[0].blocked);
    QCOMPARE(layout->seats[0].blockReason, QStringLiteral("House"));
    QVERIFY(!layout->seats[1].blocked);
    QCOMPARE(layout->seats[1].blockReason, QString());
}

void TestLocalBoxOffice::saleRefusedByTheDatabaseIsUndone()
{
    auto office = openOffice();
    QVERIFY(office);
    const Event event = createEvent(*office);
    const auto entry = office->catalogEntry(event.id);
    const Result<Hold> hold =
        office->holdSeats({event.id, {entry->layout.seats[2].id}, QStringLiteral("clerk@box-1")}).result();
    QVERIFY(hold);
    // Another terminal sharing the database sells the same seat first.
    sellThroughAnotherStore(*entry, 2, 999);
    if (QTest::currentTestFailed())
        return;
    const Result<Order> refused = office->sell(hold->id, SaleRequest{QStringLiteral("clerk@box-1")}).result();
    QVERIFY(!refused);
    QCOMPARE(refused.errorCode(), ErrorCode::SeatUnavailable);
    QVERIFY(refused.error().message.contains(QStringLiteral("Stalls, row A, seat 3")));
    // Undone in our space, and shown as the other terminal's sale by the time the refusal is
    // answered (not only at the next look at the file).
    QCOMPARE(office->seatSpace(event.id)->seatState(2), SeatState::Sold);
    QCOMPARE(office->seatSpace(event.id)->seatHold(2), HoldId(0));
    QCOMPARE(office->pump().statistics().refusedSales, 1u);
    const Result<Hold> again =
        office->holdSeats({event.id, {entry->layout.seats[2].id}, QStringLiteral("clerk@box-1")}).result();
    QCOMPARE(again.errorCode(), ErrorCode::SeatUnavailable);
}

void TestLocalBoxOffice::anotherProcessOnTheFileShowsHere()
{
    // Two box offices on one SQLite file (two windows, or a window and tessera-cli): what one
    // holds, sells or cancels shows in the other without a restart, and the database stays right.
    auto first = openOffice();
    QVERIFY(first);
    const Event event = createEvent(*first);
    auto second = openOffice();
    QVERIFY(second);
    const auto entry = first->catalogEntry(event.id);
    const EventSpace *there = second->seatSpace(event.id);
    QVERIFY(there);
    QSignalSpy changed(second.get(), &BoxOffice::seatsChanged);

    const Result<Hold> hold =
        first->holdSeats({event.id, {entry->layout.seats[3].id}, QStringLiteral("clerk@box-1")}).result();
    QVERIFY(hold);
    QTRY_COMPARE_WITH_TIMEOUT(there->seatState(3), SeatState::Held, 10'000);
    const Result<Hold> refused =
        second->holdSeats({event.id, {entry->layout.seats[3].id}, QStringLiteral("clerk@box-2")}).result();
    QCOMPARE(refused.errorCode(), ErrorCode::SeatUnavailable);
    QVERIFY2(refused.error().message.contains(QStringLiteral("another terminal")),
             qPrintable(refused.error().message));

    QTRY_VERIFY(!changed.isEmpty()); // the other window's seat map hears of the hold
    changed.clear();
    const Result<Order> order = first->sell(hold->id, SaleRequest{QStringLiteral("clerk@box-1")}).result();
    QVERIFY(order);
    QTRY_COMPARE_WITH_TIMEOUT(there->seatState(3), SeatState::Sold, 10'000);
    QTRY_VERIFY(!changed.isEmpty()); // and of the sale

    // A refund in the second frees the seat in the first.
    const Result<Order> cancelled = second->cancelOrder(order->id, CancelKind::Refund).result();
    QVERIFY2(cancelled, qPrintable(cancelled ? QString() : cancelled.error().message));
    QCOMPARE(there->seatState(3), SeatState::Available);
    QTRY_COMPARE_WITH_TIMEOUT(first->seatSpace(event.id)->seatState(3), SeatState::Available, 10'000);

    // A writer without a box office (as a script's store connection) is followed too.
    sellThroughAnotherStore(*entry, 5, 998);
    if (QTest::currentTestFailed())
        return;
    QTRY_COMPARE_WITH_TIMEOUT(first->seatSpace(event.id)->seatState(5), SeatState::Sold, 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(there->seatState(5), SeatState::Sold, 10'000);
    QCOMPARE(first->seatSpace(event.id)->seatState(3), SeatState::Available);
}

void TestLocalBoxOffice::standingCountsOfAnotherProcessShowHere()
{
    // Two box offices on one file sell one standing area: each shows the places the other
    // holds and sells, refuses what is no longer there, and cancels the other's sale.
    TwoOffices offices;
    openTwoOffices(offices, 10);
    if (QTest::currentTestFailed())
        return;
    auto &[first, second, event, floor] = offices;
    const EventSpace *there = second->seatSpace(event.id);
    const EventSpace *here = first->seatSpace(event.id);
    QSignalSpy changed(second.get(), &BoxOffice::standingChanged);

    const Result<Hold> hold =
        first->holdStanding({event.id, floor, 4, QStringLiteral("clerk@box-1")}).result();
    QVERIFY(hold);
    QTRY_COMPARE_WITH_TIMEOUT(there->standing(0), (StandingCounts{10, 4, 0, 0}), 10'000);
    QTRY_VERIFY(!changed.isEmpty()); // the other window's seat map hears of it
    const Result<Hold> tooMany =
        second->holdStanding({event.id, floor, 7, QStringLiteral("clerk@box-2")}).result();
    QCOMPARE(tooMany.errorCode(), ErrorCode::SoldOut);
    QCOMPARE(tooMany.error().message, QStringLiteral("Only 6 place(s) left in Floor."));

    const Result<Order> order = first->sell(hold->id, SaleRequest{QStringLiteral("clerk@box-1")}).result();
    QVERIFY(order);
    QTRY_COMPARE_WITH_TIMEOUT(there->standing(0), (StandingCounts{10, 0, 4, 0}), 10'000);
    const auto areas = second->standingAreas(event.id).result();
    QVERIFY(areas);
    QCOMPARE(areas->front().counts.sold, 4u);

    // The second sells the rest; the first follows, and the area is sold out in both.
    const Result<Hold> rest =
        second->holdStanding({event.id, floor, 6, QStringLiteral("clerk@box-2")}).result();
    QVERIFY2(rest, qPrintable(rest ? QString() : rest.error().message));
    QVERIFY(second->sell(rest->id, SaleRequest{QStringLiteral("clerk@box-2")}).result());
    QTRY_COMPARE_WITH_TIMEOUT(here->standing(0), (StandingCounts{10, 0, 10, 0}), 10'000);
    QCOMPARE(first->holdStanding({event.id, floor, 1, QStringLiteral("clerk@box-1")}).result().errorCode(),
             ErrorCode::SoldOut);

    // A refund in the second of the first's sale frees its places in both.
    const Result<Order> refunded = second->cancelOrder(order->id, CancelKind::Refund).result();
    QVERIFY2(refunded, qPrintable(refunded ? QString() : refunded.error().message));
    QCOMPARE(there->standing(0), (StandingCounts{10, 0, 6, 0}));
    QTRY_COMPARE_WITH_TIMEOUT(here->standing(0), (StandingCounts{10, 0, 6, 0}), 10'000);

    // After a restart the database agrees.
    first.reset();
    second.reset();
    auto reopened = openOffice();
    QVERIFY(reopened);
    QCOMPARE(reopened->seatSpace(event.id)->standing(0), (StandingCounts{10, 0, 6, 0}));
}

void TestLocalBoxOffice::eventsOfAnotherProcessShowHere()
{
    // An event created, renamed, re-laid out and deleted in one box office shows so in another
    // on the same file without a restart.
    auto first = openOffice();
    QVERIFY(first);
    auto second = openOffice();
    QVERIFY(second);
    QSignalSpy changed(second.get(), &BoxOffice::eventsChanged);
    const Event event = createEvent(*first, 5);
    QTRY_VERIFY_WITH_TIMEOUT(second->catalogEntry(event.id), 10'000);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(second->seatSpace(event.id)->seatCount(), 18);
    QCOMPARE(second->seatSpace(event.id)->standing(0).capacity, 5u);
    // The first's holds on it are the first's: shown as another terminal's, never offered here.
    const QUuid floor = first->catalogEntry(event.id)->layout.standingAreas[0].id;
    QVERIFY(first->holdStanding({event.id, floor, 2, QStringLiteral("clerk@box-1")}).result());
    QVERIFY(first
                ->holdSeats({event.id,
                             {first->catalogEntry(event.id)->layout.seats[4].id},
                             QStringLiteral("clerk@box-1")})
                .result());
    QTRY_COMPARE_WITH_TIMEOUT(second->seatSpace(event.id)->seatState(4), SeatState::Held, 10'000);
    QCOMPARE(second->holderName(second->seatSpace(event.id)->seatHolder(4)),
             QStringLiteral("another terminal"));
    QTRY_COMPARE_WITH_TIMEOUT(second->seatSpace(event.id)->standing(0).held, 2u, 10'000);
    QCOMPARE(second->seatSpace(event.id)->ownStanding(0).held, 0u);
    QVERIFY(second->holdsOf(event.id, QStringLiteral("clerk@box-1")).result()->isEmpty());
    QVERIFY(first->holdsOf(event.id, QStringLiteral("clerk@box-1")).result()->isEmpty()); // not from before

    // What the second sells the first sees: the event is followed like the others.
    const auto entry = second->catalogEntry(event.id);
    const Result<Hold> hold =
        second->holdSeats({event.id, {entry->layout.seats[2].id}, QStringLiteral("clerk@box-2")}).result();
    QVERIFY(hold);
    QVERIFY(second->sell(hold->id, SaleRequest{QStringLiteral("clerk@box-2")}).result());
    QTRY_COMPARE_WITH_TIMEOUT(first->seatSpace(event.id)->seatState(2), SeatState::Sold, 10'000);

    Event renamed = first->catalogEntry(event.id)->event;
    renamed.name = QStringLiteral("Matinee");
    QVERIFY(first->updateEvent(renamed).result());
    QTRY_COMPARE_WITH_TIMEOUT(second->catalogEntry(event.id)->event.name, QStringLiteral("Matinee"), 10'000);
    QCOMPARE(second->seatSpace(event.id)->seatState(2), SeatState::Sold); // the same space

    // A new layout (nothing sold on it) and then the event's deletion.
    const Event other = createEvent(*first);
    QTRY_VERIFY_WITH_TIMEOUT(second->catalogEntry(other.id), 10'000);
    QVERIFY(first->replaceLayout(other.id, smallHall(2, 4)).result());
    QTRY_COMPARE_WITH_TIMEOUT(second->seatSpace(other.id)->seatCount(), 8, 10'000);
    QCOMPARE(second->catalogEntry(other.id)->layout.seats.size(), 8);
    QVERIFY(first->deleteEvent(other.id).result());
    QTRY_VERIFY_WITH_TIMEOUT(!second->catalogEntry(other.id), 10'000);
    QVERIFY(second->catalogEntry(event.id));
}

void TestLocalBoxOffice::badRequestsChangeNothing_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<ErrorCode>("error");
    QTest::newRow("unknown event") << 0 << ErrorCode::NotFound;
    QTest::newRow("unknown seat") << 1 << ErrorCode::NotFound;
    QTest::newRow("no seats") << 2 << ErrorCode::InvalidInput;
    QTest::newRow("no holder") << 3 << ErrorCode::InvalidInput;
    QTest::newRow("hold too long") << 4 << ErrorCode::InvalidInput;
    QTest::newRow("seat twice") << 5 << ErrorCode::InvalidInput;
    QTest::newRow("bad e-mail") << 6 << ErrorCode::InvalidInput;
    QTest::newRow("unknown hold") << 7 << ErrorCode::NotFound;
    QTest::newRow("no standing area") << 8 << ErrorCode::NotFound;
    QTest::newRow("zero places") << 9 << ErrorCode::InvalidInput;
    QTest::newRow("unknown ticket") << 10 << ErrorCode::NotFound;
    QTest::newRow("control character in the customer name") << 11 << ErrorCode::InvalidInput;
    QTest::newRow("control character in the holder") << 12 << ErrorCode::InvalidInput;
}

void TestLocalBoxOffice::badRequestsChangeNothing()
{
    QFETCH(int, kind);
    QFETCH(ErrorCode, error);
    auto office = openOffice();
    QVERIFY(office);
    const Event event = createEvent(*office, 10);
    const auto entry = office->catalogEntry(event.id);
    const QUuid seat = entry->layout.seats[0].id;
    const QString clerk = QStringLiteral("clerk");
    const quint64 before = office->seatSpace(event.id)->lastSequence();
    Error got;
    switch (kind) {
    case 0:
        got = office->holdSeats({newUuid(), {seat}, clerk}).result().error();
        break;
    case 1:
        got = office->holdSeats({event.id, {newUuid()}, clerk}).result().error();
        break;
    case 2:
        got = office->holdSeats({event.id, {}, clerk}).result().error();
        break;
    case 3:
        got = office->holdSeats({event.id, {seat}, QStringLiteral("  ")}).result().error();
        break;
    case 4:
        got = office->holdSeats({event.id, {seat}, clerk, 7200}).result().error();
        break;
    case 5:
        got = office->holdSeats({event.id, {seat, seat}, clerk}).result().error();
        break;
    case 6:
    case 11: {
        const Result<Hold> hold = office->holdSeats({event.id, {seat}, clerk}).result();
        SaleRequest sale{clerk};
        if (kind == 6)
            sale.customerEmail = QStringLiteral("not-an-address");
        else
            sale.customerName = QStringLiteral("Ada") + QChar(u'\0');
        got = office->sell(hold->id, sale).result().error();
        QVERIFY(office->releaseHold(hold->id, clerk).result());
        break;
    }
    case 7:
        got = office->sell(newUuid(), SaleRequest{clerk}).result().error();
        break;
    case 8:
        got = office->holdStanding({event.id, newUuid(), 1, clerk}).result().error();
        break;
    case 9:
        got = office->holdStanding({event.id, entry->layout.standingAreas[0].id, 0, clerk}).result().error();
        break;
    case 10:
        got = office->cancelTickets({newUuid()}, CancelKind::Cancel).result().error();
        break;
    case 12:
        got = office->holdSeats({event.id, {seat}, QStringLiteral("clerk\x1b[2J")}).result().error();
        break;
    }
    QCOMPARE(got.code, error);
    QVERIFY(!got.message.isEmpty());
    const EventSpace *space = office->seatSpace(event.id);
    QCOMPARE(space->counts().held + space->counts().sold, 0);
    QCOMPARE(space->standing(0).held + space->standing(0).sold, 0u);
    if (kind != 6 && kind != 11)
        QCOMPARE(space->lastSequence(), before);
}

void TestLocalBoxOffice::badDatabaseUrlGivesOneMessage()
{
    LocalBoxOffice::Options options;
    options.url = *DatabaseUrl::parse(QStringLiteral("sqlite:///proc/no-such-dir/tessera.db"));
    const auto office = LocalBoxOffice::open(options);
    QVERIFY(!office);
    QCOMPARE(office.errorCode(), ErrorCode::StoreUnavailable);
    QVERIFY(office.error().message.contains(QStringLiteral("/proc/no-such-dir")));
}

void TestLocalBoxOffice::seatsChangedIsCoalesced()
{
    auto office = openOffice();
    QVERIFY(office);
    const Event event = createEvent(*office);
    QSignalSpy spy(office.get(), &BoxOffice::seatsChanged);
    const auto entry = office->catalogEntry(event.id);
    QList<QUuid> all;
    for (const LayoutSeat &s : entry->layout.seats)
        all.append(s.id);
    QVERIFY(office->holdSeats({event.id, all.mid(0, 9), QStringLiteral("a")}).result());
    QVERIFY(office->holdSeats({event.id, all.mid(9, 9), QStringLiteral("b")}).result());
    QTRY_VERIFY(!spy.isEmpty());
    QTest::qWait(50);
    QSet<quint32> seen;
    for (const auto &args : spy) {
        QCOMPARE(args.at(0).value<QUuid>(), event.id);
        for (quint32 s : args.at(1).value<QList<quint32>>())
            seen.insert(s);
    }
    QCOMPARE(seen.size(), 18);
    QVERIFY(spy.size() <= 2); // two holds, at most one signal each, usually one for both
}

void TestLocalBoxOffice::deleteRefusedWhileTicketsAreSold()
{
    auto office = openOffice();
    QVERIFY(office);
    const Event event = createEvent(*office);
    const auto entry = office->catalogEntry(event.id);
    const Result<Hold> hold =
        office->holdSeats({event.id, {entry->layout.seats[0].id}, QStringLiteral("c")}).result();
    const Result<Order> order = office->sell(hold->id, SaleRequest{QStringLiteral("c")}).result();
    QVERIFY(order);
    const Status refused = office->deleteEvent(event.id).result();
    QCOMPARE(refused.errorCode(), ErrorCode::Conflict);
    QVERIFY(refused.error().message.contains(QStringLiteral("1 sold ticket")));
    QVERIFY(office->event(event.id).result());
    QVERIFY(office->cancelOrder(order->id, CancelKind::Refund).result());
    QVERIFY(office->deleteEvent(event.id).result());
    QCOMPARE(office->event(event.id).result().errorCode(), ErrorCode::NotFound);
}

void TestLocalBoxOffice::queuedEventNeedsActiveSession()
{
    auto office = openOffice();
    QVERIFY(office);
    Event event = createEvent(*office);
    event.queueEnabled = true;
    QVERIFY(office->updateEvent(event).result());
    const QUuid seat = office->catalogEntry(event.id)->layout.seats[0].id;
    SeatHoldRequest online{event.id, {seat}, QStringLiteral("customer-1")};
    online.channel = SalesChannel::Online;
    QCOMPARE(office->holdSeats(online).result().errorCode(), ErrorCode::SessionNotActive);
    const QUuid user = newUuid();
    const Result<QueueEntry> joined = office->joinQueue(event.id, user).result();
    QVERIFY(joined);
    QCOMPARE(joined->position, 1);
    online.sessionId = joined->sessionId;
    QCOMPARE(office->holdSeats(online).result().errorCode(), ErrorCode::SessionNotActive);
    const auto admitted = office->admitNext(event.id, 1).result();
    QVERIFY(admitted);
    QCOMPARE(admitted->size(), 1);
    QCOMPARE(admitted->front().status, QueueStatus::Active);
    QVERIFY(office->holdSeats(online).result());
    // The box office counter does not queue.
    const SeatHoldRequest counter{
        event.id, {office->catalogEntry(event.id)->layout.seats[1].id}, QStringLiteral("clerk")};
    QVERIFY(office->holdSeats(counter).result());
}

void TestLocalBoxOffice::waitingRoomSettingsAndSeedSurviveRestart()
{
    QUuid configured;
    QUuid joinedOnly;
    QString configuredHash;
    QString joinedOnlyHash;
    WaitingRoomConfig config;
    config.admissionsPerMinute = 300;
    config.sessionTtlMs = 5 * 60'000;
    config.openingTimeMs = QDateTime::currentMSecsSinceEpoch() + 24 * 3600'000;
    {
        auto office = openOffice();
        QVERIFY(office);
        configured = createEvent(*office).id;
        joinedOnly = createEvent(*office).id;
        QVERIFY(office->configureQueue(configured, config).result());
        configuredHash = office->waitingRoom(configured)->seedHash();
        // A room nobody configured: its hash is shown as soon as it exists, so it is kept too.
        QVERIFY(office->joinQueue(joinedOnly, QUuid::createUuid()).result());
        joinedOnlyHash = office->waitingRoom(joinedOnly)->seedHash();
        // Bad settings are refused and change nothing.
        WaitingRoomConfig bad = config;
        bad.sessionTtlMs = 0;
        QCOMPARE(office->configureQueue(configured, bad).result().errorCode(), ErrorCode::InvalidInput);
    }
    auto reopened = openOffice();
    QVERIFY(reopened);
    WaitingRoom *room = reopened->waitingRoom(configured);
    QVERIFY(room);
    QCOMPARE(room->config(), config);
    QCOMPARE(room->seedHash(), configuredHash);
    QVERIFY(room->revealedSeed().isEmpty());
    QCOMPARE(reopened->waitingRoom(joinedOnly)->seedHash(), joinedOnlyHash);
    QCOMPARE(reopened->waitingRoom(joinedOnly)->config(), WaitingRoomConfig{});

    // Opening now reveals the seed published before the restart.
    config.openingTimeMs = QDateTime::currentMSecsSinceEpoch() - 1000;
    QVERIFY(reopened->configureQueue(configured, config).result());
    const QString seed = room->revealedSeed();
    QCOMPARE(QString::fromLatin1(
                 QCryptographicHash::hash(QByteArray::fromHex(seed.toLatin1()), QCryptographicHash::Sha256)
                     .toHex()),
             configuredHash);
}

QTEST_GUILESS_MAIN(TestLocalBoxOffice)
#include "tst_localboxoffice.moc"
