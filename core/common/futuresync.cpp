#include "core/common/futuresync.h"

namespace tessera {

std::recursive_mutex &continuationLock()
{
    static std::recursive_mutex lock;
    return lock;
}

} // namespace tessera
