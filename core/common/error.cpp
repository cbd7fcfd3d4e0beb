#include "core/common/error.h"

#include <array>
#include <utility>

namespace tessera {

namespace {
constexpr std::array kNames = {
    std::pair{ErrorCode::InvalidInput, "invalid_input"},
    std::pair{ErrorCode::NotFound, "not_found"},
    std::pair{ErrorCode::SeatUnavailable, "seat_unavailable"},
    std::pair{ErrorCode::SoldOut, "sold_out"},
    std::pair{ErrorCode::NotHolder, "not_holder"},
    std::pair{ErrorCode::HoldExpired, "hold_expired"},
    std::pair{ErrorCode::NotSold, "not_sold"},
    std::pair{ErrorCode::AlreadyCancelled, "already_cancelled"},
    std::pair{ErrorCode::SessionNotActive, "session_not_active"},
    std::pair{ErrorCode::QueueClosed, "queue_closed"},
    std::pair{ErrorCode::Conflict, "conflict"},
    std::pair{ErrorCode::StoreUnavailable, "store_unavailable"},
    std::pair{ErrorCode::Unauthorized, "unauthorized"},
    std::pair{ErrorCode::Forbidden, "forbidden"},
    std::pair{ErrorCode::ShuttingDown, "shutting_down"},
    std::pair{ErrorCode::Internal, "internal"},
};
} // namespace

QString errorCodeName(ErrorCode code)
{
    for (const auto &[c, name] : kNames) {
        if (c == code)
            return QString::fromLatin1(name);
    }
    return QStringLiteral("internal");
}

ErrorCode errorCodeFromName(QStringView name)
{
    for (const auto &[c, n] : kNames) {
        if (name == QLatin1StringView(n))
            return c;
    }
    return ErrorCode::Internal;
}

} // namespace tessera
