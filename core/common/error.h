#pragma once

#include <QString>

namespace tessera {

/// The typed error codes every fallible core operation reports. Their wire names (errorCodeName)
/// are the `code` strings of the HTTP API's error object.
enum class ErrorCode {
    InvalidInput,     ///< malformed or out-of-range input; nothing was changed
    NotFound,         ///< an unknown id (event, seat, hold, ticket, order, session)
    SeatUnavailable,  ///< a seat is held, sold or blocked by someone else
    SoldOut,          ///< a standing area has not enough places left
    NotHolder,        ///< the caller does not own the hold it names
    HoldExpired,      ///< the hold ran out before the operation reached it
    NotSold,          ///< cancel or refund of a seat or ticket that is not sold
    AlreadyCancelled, ///< the ticket or order was cancelled before
    SessionNotActive, ///< a queued purchase without an active waiting-room session
    QueueClosed,      ///< the waiting room is not accepting this operation now
    Conflict,         ///< any other business conflict
    StoreUnavailable, ///< the database cannot be reached; retry later
    Unauthorized,     ///< missing or bad credentials
    Forbidden,        ///< the caller's role may not do this
    ShuttingDown,     ///< the engine is stopping and accepts no more work
    Internal,         ///< a bug: an invariant was broken
};

/// Wire name of an error code, for example "seat_unavailable".
QString errorCodeName(ErrorCode code);

/// Parses a wire name back into its code; unknown names map to ErrorCode::Internal.
ErrorCode errorCodeFromName(QStringView name);

/// A typed error: a code for programs and a message for people.
struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message;

    friend bool operator==(const Error &, const Error &) = default;
};

} // namespace tessera
