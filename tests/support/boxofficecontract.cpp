#include "tests/support/boxofficecontract.h"

#include "core/common/ids.h"
#include "tests/support/venues.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tessera::test {

namespace {

constexpr int kSettleMs = 20000;

} // namespace

void BoxOfficeContract::initTestCase()
{
    QVERIFY(openOffices());
}

void BoxOfficeContract::cleanupTestCase()
{
    closeOffices();
}

Event BoxOfficeContract::makeEvent(const QString &name, int rows, int standing)
{
    Event event = concert(name);
    event.totalTickets = rows * 5 + standing;
    event.availableTickets = event.totalTickets;
    const Result<Event> created = settle(office().createEvent(event, smallHall(rows, 5, standing)));
    if (!created) {
        qWarning() << created.error().message;
        return {};
    }
    return *created;
}

QUuid BoxOfficeContract::seatId(const Event &event, int index)
{
    const auto entry = office().catalogEntry(event.id);
    return entry ? entry->layout.seats.value(index).id : QUuid();
}

SeatState BoxOfficeContract::seatState(BoxOffice &box, const Event &event, int index)
{
    const EventSpace *space = box.seatSpace(event.id);
    return space ? space->seatState(quint32(index)) : SeatState::Blocked;
}

void BoxOfficeContract::eventsLifecycle()
{
    const Event event = makeEvent(u"Lifecycle"_s);
    QVERIFY(!event.id.isNull());
    QCOMPARE(event.name, u"Lifecycle"_s);
    QVERIFY(office().catalogEntry(event.id));
    QCOMPARE(office().catalogEntry(event.id)->layout.seats.size(), 10);

    const Result<QList<Event>> events = settle(office().events());
    QVERIFY(events);
    QVERIFY(std::any_of(events->cbegin(), events->cend(), [&](const Event &e) { return e.id == event.id; }));
    const Result<Event> fetched = settle(office().event(event.id));
    QVERIFY(fetched);
    QCOMPARE(fetched->name, event.name);
    QCOMPARE(fetched->totalTickets, event.totalTickets);

    Event renamed = *fetched;
    renamed.name = u"Lifecycle (late show)"_s;
    const Result<Event> updated = settle(office().updateEvent(renamed));
    QVERIFY2(updated, qPrintable(updated ? QString() : updated.error().message));
    QCOMPARE(updated->name, renamed.name);
    QCOMPARE(settle(office().event(event.id))->name, renamed.name);

    const Status deleted = settle(office().deleteEvent(event.id));
    QVERIFY2(deleted, qPrintable(deleted ? QString() : deleted.error().message));
    QCOMPARE(settle(office().event(event.id)).errorCode(), ErrorCode::NotFound);
    QTRY_VERIFY_WITH_TIMEOUT(!office().catalogEntry(event.id), kSettleMs);
}

void BoxOfficeContract::layoutRoundTripAndReplace()
{
    const Event event = makeEvent(u"Layouts"_s);
    const Result<VenueLayout> layout = settle(office().layout(event.id));
    QVERIFY(layout);
    QCOMPARE(layout->seats.size(), 10);
    QCOMPARE(layout->seats.first().id, seatId(event, 0));

    const Result<Event> replaced = settle(office().replaceLayout(event.id, smallHall(3, 5)));
    QVERIFY2(replaced, qPrintable(replaced ? QString() : replaced.error().message));
    QCOMPARE(settle(office().layout(event.id))->seats.size(), 15);
    QTRY_COMPARE_WITH_TIMEOUT(office().catalogEntry(event.id)->layout.seats.size(), 15, kSettleMs);
    QTRY_VERIFY_WITH_TIMEOUT(office().seatSpace(event.id) && office().seatSpace(event.id)->seatCount() == 15,
                             kSettleMs);

    // Not while a seat is held.
    const Result<Hold> hold =
        settle(office().holdSeats(SeatHoldRequest{event.id, {seatId(event, 0)}, holder()}));
    QVERIFY(hold);
    QCOMPARE(settle(office().replaceLayout(event.id, smallHall(2, 5))).errorCode(), ErrorCode::Conflict);
    QVERIFY(settle(office().releaseHold(hold->id, holder())));
}

void BoxOfficeContract::layoutWithFewerPlaces()
{
    // 10 seats and 20 standing places, replaced by 5 seats: the event's totals follow.
    const Event event = makeEvent(u"Fewer places"_s, 2, 20);
    QCOMPARE(event.totalTickets, 30);
    const Result<Event> replaced = settle(office().replaceLayout(event.id, smallHall(1, 5)));
    QVERIFY2(replaced, qPrintable(replaced ? QString() : replaced.error().message));
    QCOMPARE(replaced->totalTickets, 5);
    QCOMPARE(replaced->availableTickets, 5);
    QTRY_VERIFY_WITH_TIMEOUT(other().seatSpace(event.id) && other().seatSpace(event.id)->seatCount() == 5,
                             kSettleMs);
    const Result<Event> read = settle(other().event(event.id));
    QVERIFY(read);
    QCOMPARE(read->totalTickets, 5);
    QCOMPARE(read->availableTickets, 5);
    // Listed once, with the new totals.
    const Result<QList<Event>> listed = settle(office().events());
    QVERIFY(listed);
    QCOMPARE(
        std::count_if(listed->cbegin(), listed->cend(), [&](const Event &e) { return e.id == event.id; }), 1);

    // A layout refused as a whole changes nothing.
    VenueLayout huge = smallHall(1, 5, 10);
    huge.standingAreas[0].capacity = kMaxStandingCapacity + 1;
    const Result<Event> refused = settle(office().replaceLayout(event.id, huge));
    QCOMPARE(refused.errorCode(), ErrorCode::InvalidInput);
    QVERIFY2(refused.error().message.contains(u"more than the 1000000 places"_s),
             qPrintable(refused.error().message));
    QCOMPARE(settle(office().layout(event.id))->seats.size(), 5);
    QCOMPARE(settle(office().layout(event.id))->standingAreas.size(), 0);
    QCOMPARE(settle(office().event(event.id))->totalTickets, 5);
}

void BoxOfficeContract::holdExtendRelease()
{
    const Event event = makeEvent(u"Holds"_s);
    const QList<QUuid> seats{seatId(event, 1), seatId(event, 2)};
    const Result<Hold> hold = settle(office().holdSeats(SeatHoldRequest{event.id, seats, holder(), 60}));
    QVERIFY2(hold, qPrintable(hold ? QString() : hold.error().message));
    QCOMPARE(hold->seatIds, seats);
    QCOMPARE(hold->eventId, event.id);
    QVERIFY(hold->expiresAt > QDateTime::currentDateTimeUtc());
    QTRY_COMPARE_WITH_TIMEOUT(seatState(office(), event, 1), SeatState::Held, kSettleMs);
    QTRY_COMPARE_WITH_TIMEOUT(seatState(other(), event, 2), SeatState::Held, kSettleMs);
    // The map shows them as held by this terminal.
    QTRY_COMPARE_WITH_TIMEOUT(office().seatSpace(event.id)->seatHolder(1), office().holderId(holder()),
                              kSettleMs);

    // The other terminal cannot take them, extend or release the hold.
    QCOMPARE(settle(other().holdSeats(SeatHoldRequest{event.id, {seats[1], seatId(event, 3)}, otherHolder()}))
                 .errorCode(),
             ErrorCode::SeatUnavailable);
    QCOMPARE(seatState(office(), event, 3), SeatState::Available);
    QCOMPARE(settle(other().releaseHold(hold->id, otherHolder())).errorCode(), ErrorCode::NotHolder);

    const Result<Hold> extended = settle(office().extendHold(hold->id, holder(), 600));
    QVERIFY(extended);
    QVERIFY(extended->expiresAt > hold->expiresAt);

    QVERIFY(settle(office().releaseHold(hold->id, holder())));
    QTRY_COMPARE_WITH_TIMEOUT(seatState(other(), event, 1), SeatState::Available, kSettleMs);
    QTRY_COMPARE_WITH_TIMEOUT(seatState(office(), event, 2), SeatState::Available, kSettleMs);
    QCOMPARE(settle(office().releaseHold(hold->id, holder())).errorCode(), ErrorCode::NotFound);
    QCOMPARE(settle(office().extendHold(hold->id, holder(), 60)).errorCode(), ErrorCode::NotFound);
}

void BoxOfficeContract::sellCancelRefund()
{
    const Event event = makeEvent(u"Sales"_s);
    const QList<QUuid> seats{seatId(event, 5), seatId(event, 6), seatId(event, 7)};
    const Result<Hold> hold = settle(office().holdSeats(SeatHoldRequest{event.id, seats, holder()}));
    QVERIFY(hold);
    SaleRequest sale;
    sale.holder = holder();
    sale.payment = PaymentMethod::Card;
    sale.customerName = u"Ada Contract"_s;
    sale.customerEmail = u"ada@example.org"_s;
    const Result<Order> order = settle(office().sell(hold->id, sale));
    QVERIFY2(order, qPrintable(order ? QString() : order.error().message));
    QCOMPARE(order->tickets.size(), 3);
    QCOMPARE(order->customerName, sale.customerName);
    QCOMPARE(order->payment, PaymentMethod::Card);
    QCOMPARE(order->totalCents, 3 * 2500);
    QTRY_COMPARE_WITH_TIMEOUT(seatState(other(), event, 6), SeatState::Sold, kSettleMs);
    // A sold hold is gone.
    QCOMPARE(settle(office().sell(hold->id, sale)).errorCode(), ErrorCode::NotFound);

    const Result<QList<SeatInfo>> listed = settle(other().seats(event.id));
    QVERIFY(listed);
    QCOMPARE(listed->size(), 10);
    QCOMPARE(listed->at(5).state, SeatState::Sold);
    QCOMPARE(listed->at(4).state, SeatState::Available);
    QCOMPARE(listed->at(5).seatId, seats[0]);
    QCOMPARE(listed->at(5).priceCents, 2500);

    const Result<Order> fetched = settle(other().order(order->id));
    QVERIFY(fetched);
    QCOMPARE(fetched->tickets.size(), 3);
    const Result<QList<Order>> found = settle(other().findOrders(u"Ada Contract"_s));
    QVERIFY(found);
    QVERIFY(std::any_of(found->cbegin(), found->cend(), [&](const Order &o) { return o.id == order->id; }));

    // Cancel one ticket: its seat is free at once; again: already cancelled.
    const QUuid first = order->tickets.first().id;
    const Result<Order> partly = settle(other().cancelTickets({first}, CancelKind::Cancel));
    QVERIFY2(partly, qPrintable(partly ? QString() : partly.error().message));
    QCOMPARE(partly->status, OrderStatus::PartiallyCancelled);
    QTRY_COMPARE_WITH_TIMEOUT(seatState(office(), event, 5), SeatState::Available, kSettleMs);
    QCOMPARE(settle(other().cancelTickets({first}, CancelKind::Cancel)).errorCode(),
             ErrorCode::AlreadyCancelled);

    // Refund the rest.
    const Result<Order> refunded = settle(office().cancelOrder(order->id, CancelKind::Refund));
    QVERIFY2(refunded, qPrintable(refunded ? QString() : refunded.error().message));
    QTRY_COMPARE_WITH_TIMEOUT(seatState(other(), event, 7), SeatState::Available, kSettleMs);
    QCOMPARE(settle(office().cancelOrder(order->id, CancelKind::Refund)).errorCode(),
             ErrorCode::AlreadyCancelled);
    QCOMPARE(settle(office().order(newUuid())).errorCode(), ErrorCode::NotFound);
}

void BoxOfficeContract::bestAvailable()
{
    const Event event = makeEvent(u"Best"_s, 3);
    const Result<Hold> best =
        settle(office().holdBestAvailable(BestAvailableRequest{event.id, 3, u"front"_s, holder()}));
    QVERIFY2(best, qPrintable(best ? QString() : best.error().message));
    QCOMPARE(best->seatIds.size(), 3);
    const auto entry = office().catalogEntry(event.id);
    for (const QUuid &seat : best->seatIds) {
        const quint32 index = entry->seatIndexById.value(seat);
        QCOMPARE(entry->layout.seats.at(index).category, u"front"_s);
        QTRY_COMPARE_WITH_TIMEOUT(seatState(other(), event, int(index)), SeatState::Held, kSettleMs);
    }
    // Only two front seats are left.
    QCOMPARE(settle(other().holdBestAvailable(BestAvailableRequest{event.id, 3, u"front"_s, otherHolder()}))
                 .errorCode(),
             ErrorCode::SoldOut);
    QVERIFY(settle(office().releaseHold(best->id, holder())));
}

void BoxOfficeContract::standingPlaces()
{
    const Event event = makeEvent(u"Standing"_s, 1, 10);
    const auto entry = office().catalogEntry(event.id);
    QVERIFY(entry);
    QCOMPARE(entry->layout.standingAreas.size(), 1);
    const QUuid area = entry->layout.standingAreas.first().id;
    const Result<Hold> hold = settle(office().holdStanding(StandingHoldRequest{event.id, area, 4, holder()}));
    QVERIFY2(hold, qPrintable(hold ? QString() : hold.error().message));
    QCOMPARE(hold->quantity, 4);
    QCOMPARE(hold->standingAreaId, area);
    QTRY_VERIFY_WITH_TIMEOUT(other().seatSpace(event.id), kSettleMs);
    QTRY_COMPARE_WITH_TIMEOUT(other().seatSpace(event.id)->standing(0).held, 4u, kSettleMs);
    QCOMPARE(settle(other().holdStanding(StandingHoldRequest{event.id, area, 7, otherHolder()})).errorCode(),
             ErrorCode::SoldOut);

    SaleRequest sale;
    sale.holder = holder();
    const Result<Order> order = settle(office().sell(hold->id, sale));
    QVERIFY(order);
    QCOMPARE(order->tickets.size(), 4);
    QTRY_COMPARE_WITH_TIMEOUT(other().seatSpace(event.id)->standing(0).sold, 4u, kSettleMs);
    QTRY_COMPARE_WITH_TIMEOUT(other().seatSpace(event.id)->standing(0).held, 0u, kSettleMs);
    const Result<QList<StandingInfo>> areas = settle(other().standingAreas(event.id));
    QVERIFY(areas);
    QCOMPARE(areas->size(), 1);
    QCOMPARE(areas->first().counts.sold, 4u);
    QCOMPARE(areas->first().counts.available(), 6u);
}

void BoxOfficeContract::blockAndUnblock()
{
    const Event event = makeEvent(u"Blocks"_s);
    const QList<QUuid> seats{seatId(event, 8), seatId(event, 9)};
    QVERIFY(settle(office().blockSeats(event.id, seats, u"Press"_s)));
    QTRY_COMPARE_WITH_TIMEOUT(seatState(other(), event, 9), SeatState::Blocked, kSettleMs);
    // A blocked seat takes a new reason and stays blocked.
    QVERIFY(settle(office().blockSeats(event.id, {seats[1]}, u"Broken seat"_s)));
    QCOMPARE(seatState(office(), event, 9), SeatState::Blocked);

    // The layout handed out shows the blocks and their reasons, so saving it back (as the
    // layout editor does) keeps them.
    const Result<VenueLayout> layout = settle(office().layout(event.id));
    QVERIFY(layout);
    QVERIFY(layout->seats[8].blocked);
    QVERIFY(layout->seats[9].blocked);
    QVERIFY(!layout->seats[7].blocked);
    QCOMPARE(layout->seats[8].blockReason, u"Press"_s);
    QCOMPARE(layout->seats[9].blockReason, u"Broken seat"_s);
    QVERIFY(settle(office().replaceLayout(event.id, *layout)));
    QTRY_COMPARE_WITH_TIMEOUT(seatState(office(), event, 9), SeatState::Blocked, kSettleMs);
    QCOMPARE(seatState(office(), event, 8), SeatState::Blocked);
    QTRY_COMPARE_WITH_TIMEOUT(seatState(other(), event, 8), SeatState::Blocked, kSettleMs);
    QCOMPARE(settle(other().holdSeats(SeatHoldRequest{event.id, {seats[0]}, otherHolder()})).errorCode(),
             ErrorCode::SeatUnavailable);
    QVERIFY(settle(office().unblockSeats(event.id, seats)));
    QTRY_COMPARE_WITH_TIMEOUT(seatState(other(), event, 8), SeatState::Available, kSettleMs);
    const Result<VenueLayout> unblocked = settle(office().layout(event.id));
    QVERIFY(unblocked);
    QVERIFY(!unblocked->seats[8].blocked);
    QCOMPARE(unblocked->seats[8].blockReason, QString());
    const Result<Hold> hold = settle(other().holdSeats(SeatHoldRequest{event.id, {seats[0]}, otherHolder()}));
    QVERIFY(hold);
    QVERIFY(settle(other().releaseHold(hold->id, otherHolder())));
}

void BoxOfficeContract::waitingRoom()
{
    const Event event = makeEvent(u"Queue"_s);
    const QUuid user = newUuid();
    const Result<QueueEntry> joined = settle(office().joinQueue(event.id, user));
    QVERIFY2(joined, qPrintable(joined ? QString() : joined.error().message));
    QCOMPARE(joined->position, 1);
    QCOMPARE(joined->status, QueueStatus::Waiting);
    QCOMPARE(settle(office().joinQueue(event.id, user))->id, joined->id);
    QCOMPARE(*settle(other().queueLength(event.id)), 1);
    QCOMPARE(settle(other().queuePosition(event.id, user))->position, 1);

    const Result<QList<QueueEntry>> admitted = settle(office().admitNext(event.id, 5));
    QVERIFY(admitted);
    QCOMPARE(admitted->size(), 1);
    QCOMPARE(admitted->first().userId, user);
    QCOMPARE(admitted->first().status, QueueStatus::Active);
    const Result<QueueEntry> session = settle(other().queueSession(admitted->first().sessionId));
    QVERIFY(session);
    QCOMPARE(session->status, QueueStatus::Active);
    QVERIFY(settle(office().refreshSession(admitted->first().sessionId)));
    QCOMPARE(settle(office().admitNext(event.id, 1))->size(), 0);

    const QUuid second = newUuid();
    QVERIFY(settle(office().joinQueue(event.id, second)));
    QVERIFY(settle(office().leaveQueue(event.id, second)));
    QCOMPARE(*settle(other().queueLength(event.id)), 0);
    QCOMPARE(settle(office().queueSession(newUuid())).errorCode(), ErrorCode::NotFound);
}

void BoxOfficeContract::errorsAreTyped()
{
    const Event event = makeEvent(u"Errors"_s);
    const QUuid nobody = newUuid();
    QCOMPARE(settle(office().event(nobody)).errorCode(), ErrorCode::NotFound);
    QCOMPARE(settle(office().layout(nobody)).errorCode(), ErrorCode::NotFound);
    QCOMPARE(settle(office().holdSeats(SeatHoldRequest{nobody, {seatId(event, 0)}, holder()})).errorCode(),
             ErrorCode::NotFound);
    QCOMPARE(settle(office().holdSeats(SeatHoldRequest{event.id, {nobody}, holder()})).errorCode(),
             ErrorCode::NotFound);
    // More seats than the hall has: refused as input, not as a conflict.
    QCOMPARE(settle(office().holdBestAvailable(BestAvailableRequest{event.id, 11, {}, holder()})).errorCode(),
             ErrorCode::InvalidInput);
    QCOMPARE(settle(office().releaseHold(nobody, holder())).errorCode(), ErrorCode::NotFound);
    SaleRequest sale;
    sale.holder = holder();
    QCOMPARE(settle(office().sell(nobody, sale)).errorCode(), ErrorCode::NotFound);
    QCOMPARE(settle(office().cancelTickets({nobody}, CancelKind::Cancel)).errorCode(), ErrorCode::NotFound);
    QCOMPARE(settle(office().cancelOrder(nobody, CancelKind::Cancel)).errorCode(), ErrorCode::NotFound);
    QCOMPARE(settle(office().deleteEvent(nobody)).errorCode(), ErrorCode::NotFound);
    Event broken = event;
    broken.name.clear();
    QCOMPARE(settle(office().updateEvent(broken)).errorCode(), ErrorCode::InvalidInput);
    // Nothing changed on the way.
    QTRY_VERIFY_WITH_TIMEOUT(other().seatSpace(event.id), kSettleMs);
    for (int i = 0; i < 10; ++i)
        QCOMPARE(seatState(other(), event, i), SeatState::Available);
    QCOMPARE(settle(office().event(event.id))->name, event.name);
}

} // namespace tessera::test
