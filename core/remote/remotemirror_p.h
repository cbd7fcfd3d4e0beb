#pragma once

// The local mirror of one event of a RemoteBoxOffice.

#include "core/remote/remoteboxoffice.h"

#include <QWebSocket>

namespace tessera {

/// One mirrored event: its catalog entry, a space whose seat arrays follow the server's push
/// stream (no holds of its own: held seats carry only their holder), the stream itself, and
/// per standing area a stand-in hold that carries the area's held places.
struct RemoteBoxOffice::Mirror
{
    std::shared_ptr<const CatalogEntry> entry;
    std::unique_ptr<EventSpace> space;
    std::unique_ptr<QWebSocket> socket;
    bool synchronised = false; ///< the current stream delivered its snapshot
    std::vector<HoldId> standingHolds;
    quint32 holdGeneration = 0;
};

} // namespace tessera
