#pragma once

#include "core/common/error.h"
#include "core/space/change.h"

#include <QVarLengthArray>

#include <vector>

namespace tessera {

/// What a SpaceCommand asks the space to do.
enum class SpaceOp : quint8 {
    Hold,           ///< hold `seats` (all or nothing) for `holder`, `ttlMs`
    HoldStanding,   ///< hold `quantity` places of `standingArea`
    HoldBest,       ///< hold the best `quantity` seats together, in `category` unless kAnyCategory
    Extend,         ///< give live hold `hold` of `holder` a new expiry, now + `ttlMs`
    Release,        ///< release hold `hold` of `holder`
    Sell,           ///< sell hold `hold` of `holder`; the hold id becomes the sale id
    Cancel,         ///< sold `seats` back to available; `hold` = sale id to check, or 0
    CancelStanding, ///< `quantity` sold places of `standingArea` back to available
    Block,          ///< available `seats` to blocked
    Unblock,        ///< blocked `seats` to available
    BlockStanding,  ///< take `quantity` places of `standingArea` out of sale
    UnblockStanding,
};

inline constexpr quint16 kAnyCategory = 0xffff;

/// One command against one event's space. Small seat lists live inline (no allocation).
struct SpaceCommand
{
    SpaceOp op = SpaceOp::Hold;
    quint16 category = kAnyCategory;
    quint32 event = 0;
    quint32 standingArea = kNoIndex;
    quint32 quantity = 0;
    HolderId holder = 0;
    HoldId hold = 0;
    qint64 ttlMs = 0;
    QVarLengthArray<quint32, 4> seats;
};

/// Outcome of one SpaceCommand. No strings on this path: `failedSeat` names the seat that made a
/// command fail, and the BoxOffice turns code + seat into a message for people.
struct SpaceResult
{
    bool ok = false;
    ErrorCode error = ErrorCode::Internal;
    quint32 failedSeat = kNoIndex;
    HoldId hold = 0;            ///< the new hold (Hold*), or the sale (Sell)
    qint64 expiresAtMs = 0;     ///< expiry of the hold after Hold*/Extend
    quint64 sequence = 0;       ///< feed sequence of the command's last change (0: changed nothing)
    std::vector<quint32> seats; ///< seats taken by HoldBest (empty, and free, otherwise)

    static SpaceResult success(HoldId hold = 0, qint64 expiresAtMs = 0)
    {
        SpaceResult r;
        r.ok = true;
        r.hold = hold;
        r.expiresAtMs = expiresAtMs;
        return r;
    }
    static SpaceResult failure(ErrorCode code, quint32 seat = kNoIndex)
    {
        SpaceResult r;
        r.error = code;
        r.failedSeat = seat;
        return r;
    }
};

} // namespace tessera
