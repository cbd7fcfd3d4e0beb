#pragma once

#include <QtGlobal>

namespace tessera {

/// State of one seat in the space. Transitions: Available -> Held -> Sold, Held -> Available
/// (release or expiry), Sold -> Available (cancel or refund), Available <-> Blocked (admin).
enum class SeatState : quint8 {
    Available = 0,
    Held = 1,
    Sold = 2,
    Blocked = 3
};

/// Handle of a hold inside one event's space: slot and generation, never 0 for a real hold. When a
/// hold is sold its handle becomes the sale's id, so cancellations can name the sale they undo.
using HoldId = quint64;

/// The owner of holds and sales: an interned id of a clerk terminal or a customer session. 0 means
/// nobody; the BoxOffice layer maps people and sessions to these ids.
using HolderId = quint32;

/// Marker for "no seat" / "no standing area" in 32-bit index fields.
inline constexpr quint32 kNoIndex = 0xffffffffu;

/// What a change-feed record did.
enum class ChangeKind : quint8 {
    Hold,    ///< available -> held (seat) or held += quantity (standing)
    Extend,  ///< a live hold got a new expiry
    Release, ///< held -> available by the holder
    Expire,  ///< held -> available because the hold ran out
    Sell,    ///< held -> sold
    Cancel,  ///< sold -> available (cancellation or refund)
    Block,   ///< available -> blocked by an admin
    Unblock, ///< blocked -> available
};

/// One successful transition, as published on the change feed. Seat changes carry one record per
/// seat; standing-area changes carry one record with the quantity. Replaying the records of an
/// event in sequence order onto a snapshot reproduces the event's space exactly.
struct Change
{
    quint64 sequence = 0;   ///< per event, strictly increasing from 1, no gaps
    qint64 timeMs = 0;      ///< clock time of the transition
    qint64 expiresAtMs = 0; ///< Hold and Extend: the hold's expiry
    HoldId hold = 0;        ///< the hold (Hold..Sell) or the sale being cancelled (Cancel)
    quint32 event = 0;      ///< event index in the Space
    quint32 target = 0;     ///< seat index, or standing-area index when standing is true
    HolderId holder = 0;    ///< owner of the hold or sale
    quint32 quantity = 1;   ///< 1 for a seat; places for a standing area
    ChangeKind kind = ChangeKind::Hold;
    bool standing = false;
    /// True on the last record of one command: a reader that must not split a command (the data
    /// pump writing a sale in one transaction) cuts batches only after such a record.
    bool endOfCommand = true;
};

} // namespace tessera
