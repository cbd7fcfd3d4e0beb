#pragma once

#include "core/domain/event.h"
#include "core/domain/layout.h"
#include "core/space/change.h"
#include "core/space/spacelayout.h"

#include <QHash>
#include <QReadWriteLock>
#include <QUuid>

#include <memory>
#include <vector>

namespace tessera {

/// An event as the engine knows it: the domain objects plus the lookups the hot paths need
/// (seat index by seat id, price per seat). Immutable once published; a changed event or layout
/// is published as a new entry.
struct CatalogEntry
{
    quint32 index = 0; ///< the event's index in the Space
    Event event;
    VenueLayout layout;
    QHash<QUuid, quint32> seatIndexById;
    /// "Section A-12" and "A-12" forms; a short form that several sections share maps to
    /// kAmbiguousLabel.
    QHash<QString, quint32> seatIndexByLabel;
    static constexpr quint32 kAmbiguousLabel = 0xfffffffe;
    QHash<QUuid, quint32> standingIndexById;
    std::vector<qint64> seatPriceCents;
    std::vector<QString> seatLabels; ///< LayoutSeat::label() of each seat, made once
    std::vector<qint64> standingPriceCents;

    /// "Stalls, row B, seat 7" for messages to people.
    QString seatDescription(quint32 seat) const;
};

/// The layout's rows split at aisles: runs of seats with the same section and row label, cut
/// where the gap to the next seat is much wider than usual in that row. Works for rotated and
/// curved rows, where positions alone do not tell rows apart.
std::vector<SeatBlock> seatBlocks(const VenueLayout &layout);

/// Converts a domain layout into the arrays the space works on, and fills the entry's lookups.
SpaceLayout toSpaceLayout(const VenueLayout &layout);
std::shared_ptr<CatalogEntry> makeCatalogEntry(quint32 index, Event event, VenueLayout layout);

/// The registry of events: by id, by exact name, by space index. Thread-safe; readers get
/// shared pointers to immutable entries.
class EventCatalog final
{
public:
    EventCatalog();
    void publish(std::shared_ptr<const CatalogEntry> entry);
    void remove(const QUuid &eventId);
    std::shared_ptr<const CatalogEntry> byId(const QUuid &id) const;
    std::shared_ptr<const CatalogEntry> byIndex(quint32 index) const;
    /// The entry at a space index if it is its event's current one; nullptr when the event got
    /// a newer layout (at another index) or is gone.
    std::shared_ptr<const CatalogEntry> currentByIndex(quint32 index) const;
    /// An event id or an exact (case-insensitive) name.
    std::shared_ptr<const CatalogEntry> find(const QString &idOrName) const;
    /// The current entry of every event, by space index: once per event, also after its layout
    /// was replaced (the old entry stays reachable through byIndex() only).
    QList<std::shared_ptr<const CatalogEntry>> all() const;

    /// A random id of this catalog, that is of one running box office: part of the public id
    /// of every hold it starts (see holdId), so that processes sharing one database, which all
    /// number their holds alike, never give two holds the same id.
    QUuid instanceId() const { return m_instance; }
    /// The public id of hold `hold` of the event at `eventIndex` (id `eventId`): the id it was
    /// stored with if it was recovered (adoptHoldId), else holdPublicId(eventId, hold,
    /// instanceId()). The same for the box office and the data pump during a run.
    QUuid holdId(quint32 eventIndex, const QUuid &eventId, HoldId hold) const;
    /// Recovery: a hold restored from the database keeps the public id it was stored with.
    void adoptHoldId(quint32 eventIndex, HoldId hold, const QUuid &publicId);

private:
    bool isCurrentLocked(const std::shared_ptr<const CatalogEntry> &entry) const;

    mutable QReadWriteLock m_lock;
    QHash<QUuid, std::shared_ptr<const CatalogEntry>> m_byId;
    std::vector<std::shared_ptr<const CatalogEntry>> m_byIndex;
    const QUuid m_instance;
    QHash<QPair<quint32, HoldId>, QUuid> m_adoptedHoldIds; ///< guarded by m_lock
};

} // namespace tessera

namespace tessera {

/// The public id of a hold: a name-based UUID of the event and the space's hold handle, so the
/// box office, the data pump and a restarted process all derive the same id. A sold hold's id
/// is also its sale's key. Not unique across processes sharing a database: see the overload.
QUuid holdPublicId(const QUuid &eventId, HoldId hold);
/// The public id of a hold started by the box office `instance` (EventCatalog::instanceId()):
/// a name-based UUID of the event, the instance and the space's hold handle.
QUuid holdPublicId(const QUuid &eventId, HoldId hold, const QUuid &instance);

} // namespace tessera
