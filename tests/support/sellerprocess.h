#pragma once

// A test binary that also acts as a seller child process: the parent starts its own binary again
// with kSellerArgument, the child opens a LocalBoxOffice on the given database and sells through
// the BoxOffice interface, printing every acknowledged sale on stdout (flushed at once), so the
// parent can kill it at any moment and still know which sales were acknowledged.

#include "core/store/databaseurl.h"

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QStringList>
#include <QUuid>

#include <memory>

namespace tessera::test {

/// The argument that turns a test binary into a seller.
inline constexpr char kSellerArgument[] = "--tessera-seller";

/// What a seller does.
enum class SellerMode {
    Continuous,  ///< sells random free seats (1-3 per order) until killed or sold out
    Race,        ///< sells single seats in random order until every seat of the event is sold
                 ///< (by anybody), then prints "ALLSOLD <ms>" and exits
    HoldAndWait, ///< holds the first three seats for kHoldAndWaitSeconds, prints "HELD" once the
                 ///< hold is in the database, then waits to be killed
};

/// The hold time of SellerMode::HoldAndWait.
inline constexpr int kHoldAndWaitSeconds = 3;

/// In main(), before QTest::qExec: runs the seller and returns its exit code when the arguments
/// ask for one, else -1.
int runSellerIfAsked(const QStringList &arguments);

/// Starts this binary as a seller child process on `url`, selling seats of `eventId`.
std::unique_ptr<QProcess> startSeller(const DatabaseUrl &url, const QUuid &eventId, SellerMode mode);

/// One acknowledged sale as the child reported it.
struct AckedSale
{
    QUuid orderId;
    QList<QUuid> seatIds;
};

/// The complete "SOLD" lines of a child's output (a line cut by the kill is ignored: it was
/// never completely reported).
QList<AckedSale> parseAckedSales(const QByteArray &output);

} // namespace tessera::test
