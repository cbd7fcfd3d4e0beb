#pragma once

// The BoxOffice contract: checks every implementation must pass with the same results and the
// same typed error codes. tst_contract_local (LocalBoxOffice on a SQLite file) and
// tst_contract_remote (RemoteBoxOffice against a real tessera server on loopback) derive from
// BoxOfficeContract and say how to open the offices.

#include "core/boxoffice/boxoffice.h"
#include "tests/support/settle.h"

#include <QObject>
#include <QTest>

namespace tessera::test {

class BoxOfficeContract : public QObject
{
    Q_OBJECT

protected:
    /// Opens the offices under test: `office()` and a second terminal `other()` that acts for a
    /// different holder (the same object for an embedded engine, a second client for a server).
    virtual bool openOffices() = 0;
    virtual void closeOffices() = 0;
    virtual BoxOffice &office() = 0;
    virtual BoxOffice &other() = 0;
    virtual QString holder() const = 0;
    virtual QString otherHolder() const = 0;

    /// Creates an event on a small hall (`rows` x 5 seats, a standing area when `standing` > 0).
    Event makeEvent(const QString &name, int rows = 2, int standing = 0);
    QUuid seatId(const Event &event, int index);
    SeatState seatState(BoxOffice &box, const Event &event, int index);

private slots:
    void initTestCase();
    void cleanupTestCase();
    void eventsLifecycle();
    void layoutRoundTripAndReplace();
    void layoutWithFewerPlaces();
    void holdExtendRelease();
    void sellCancelRefund();
    void bestAvailable();
    void standingPlaces();
    void blockAndUnblock();
    void waitingRoom();
    void errorsAreTyped();
};

} // namespace tessera::test
