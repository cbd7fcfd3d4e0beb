#pragma once

// Internal to core/domain: shorthand for the InvalidInput errors the validators and decoders
// return.

#include "core/common/error.h"

namespace tessera {

inline Error invalidInput(QString message)
{
    return Error{ErrorCode::InvalidInput, std::move(message)};
}

} // namespace tessera
