#pragma once

// The Store checks every backend must pass. tst_store (SQLite files) and tst_store_postgres
// (a real PostgreSQL server) derive from StoreTests and say how to make a fresh database.

#include "core/store/store.h"

#include <QObject>

#include <memory>

namespace tessera::test {

class StoreTests : public QObject
{
    Q_OBJECT

protected:
    /// A URL of a new, empty database of the backend under test.
    virtual DatabaseUrl freshDatabase() = 0;
    /// Opens `url` and fails the test (returning nullptr) when it cannot.
    std::unique_ptr<Store> openStore(const DatabaseUrl &url);

private slots:
    void migrationsAreIdempotent();
    void eventsRoundTrip();
    void layoutRoundTrip();
    void layoutReplaceKeepsTicketsOnTheirSeats();
    void layoutRefusesToDropASoldSeat();
    void salesRoundTrip();
    void holdsRoundTrip();
    void secondLiveTicketForASeatIsRefusedAlone();
    void bulkSalesKeepTextExactAndRefuseAlone();
    void saleTheDatabaseRejectsFailsAlone();
    void databaseRefusesDoubleSaleWhoeverWrites();
    void cancelThenResell();
    void sellCancelSellInOneBatch();
    void resalesOfOnePlaceFitOneBatch_data();
    void resalesOfOnePlaceFitOneBatch();
    void manySeatCancelsInOneBatch();
    void standingCapacityIsEnforced();
    void blocksAreRecovered();
    void retriedStandingBlockAppliesOnce();
    void usersRoundTrip();
    void waitingRoomsRoundTrip();
    void idempotencyRecordsRoundTrip();
    void reservedTicketsFollowTheirSale();
    void deleteEventRefusedWhileLive();
    void findOrders();
    void largeVenueRecoversQuickly();
};

} // namespace tessera::test
