#pragma once

#include "core/domain/event.h"

#include <QAbstractListModel>

namespace tessera {

/// The events a clerk can sell, one row each: name and venue, start date and time, and how many
/// places are still available, or that the event has ended or is not on sale (then greyed). Refreshing with
/// the same events updates the rows in place (one dataChanged); a different set of events resets the model.
class EventListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        EventIdRole = Qt::UserRole + 1, ///< QUuid
        SearchTextRole,                 ///< name, venue and the date in several forms
        AvailableRole,                  ///< int
        EndedRole,                      ///< bool: the event's end time has passed
    };

    using QAbstractListModel::QAbstractListModel;

    void setEvents(const QList<Event> &events);
    const QList<Event> &events() const { return m_events; }
    /// The row of the event, or -1.
    int rowOf(const QUuid &eventId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    QList<Event> m_events;
};

} // namespace tessera
