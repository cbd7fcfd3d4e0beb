#pragma once

#include "core/domain/event.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimer>

namespace tessera {

class BoxOffice;

/// "Seated", "Standing", "Mixed".
QString eventKindText(EventKind kind);
/// "On sale", "Inactive", "Sold out".
QString eventStatusText(EventStatus status);
/// Tickets of the event sold and not cancelled (seats and standing places), from its live space;
/// 0 for an unknown event.
qint64 soldTickets(const BoxOffice &box, const QUuid &eventId);

/// The events of the box office for the admin, one row each: name, venue, start, end, type,
/// status, tickets sold, places left, sales start and hold time. Loads asynchronously and again
/// whenever the box office says the events changed. A reload with the same events in the same
/// order updates the rows in place (one dataChanged); any other change resets the model. The
/// sold and available counts are read again at most a second after seats change hands.
class EventTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        VenueColumn,
        StartColumn,
        EndColumn,
        KindColumn,
        StatusColumn,
        SoldColumn,
        AvailableColumn,
        SalesStartColumn,
        HoldTimeColumn,
        ColumnCount
    };
    enum Role {
        EventIdRole = Qt::UserRole + 1, ///< QUuid
        SortRole,                       ///< a value that sorts naturally (times, numbers)
        SearchTextRole,                 ///< name, venue and the start date in several forms
        StatusRole,                     ///< int(EventStatus)
    };

    explicit EventTableModel(BoxOffice &box, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(EventTableModel)

    /// Reloads the events from the box office (asynchronously; loaded() follows).
    void refresh();
    /// Replaces the rows (refresh() calls this with what the box office returned).
    void setEvents(const QList<Event> &events);
    const QList<Event> &events() const { return m_events; }
    /// The row of the event, or -1.
    int rowOf(const QUuid &eventId) const;
    /// The event of a row; the row must exist.
    const Event &eventAt(int row) const { return m_events.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loaded(int count);
    /// Loading failed; the rows are kept.
    void loadFailed(const QString &message);

private:
    BoxOffice &m_box;
    QList<Event> m_events;
    QHash<QUuid, qint64> m_sold;
    QTimer m_countsTimer;
    bool m_loading = false;
    bool m_reloadAgain = false;
};

} // namespace tessera
