#include "ui/admin/eventtablemodel.h"

#include "core/boxoffice/boxoffice.h"
#include "ui/mainwindow/uisupport.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace tessera {

QString eventKindText(EventKind kind)
{
    switch (kind) {
    case EventKind::Seated:
        return EventTableModel::tr("Seated");
    case EventKind::Standing:
        return EventTableModel::tr("Standing");
    case EventKind::Mixed:
        return EventTableModel::tr("Mixed");
    }
    return {};
}

QString eventStatusText(EventStatus status)
{
    switch (status) {
    case EventStatus::Active:
        return EventTableModel::tr("On sale");
    case EventStatus::Inactive:
        return EventTableModel::tr("Inactive");
    case EventStatus::SoldOut:
        return EventTableModel::tr("Sold out");
    }
    return {};
}

qint64 soldTickets(const BoxOffice &box, const QUuid &eventId)
{
    const EventSpace *space = box.seatSpace(eventId);
    if (!space)
        return 0;
    qint64 sold = space->counts().sold;
    for (quint32 a = 0; a < space->standingCount(); ++a)
        sold += space->standing(a).sold;
    return sold;
}

EventTableModel::EventTableModel(BoxOffice &box, QObject *parent)
    : QAbstractTableModel(parent)
    , m_box(box)
{
    connect(&m_box, &BoxOffice::eventsChanged, this, &EventTableModel::refresh);
    // Sales change the counts: read them again a second after seats change hands, at most.
    m_countsTimer.setSingleShot(true);
    m_countsTimer.setInterval(1000);
    connect(&m_countsTimer, &QTimer::timeout, this, &EventTableModel::refresh);
    auto countsChanged = [this] {
        if (!m_countsTimer.isActive())
            m_countsTimer.start();
    };
    connect(&m_box, &BoxOffice::seatsChanged, this, countsChanged);
    connect(&m_box, &BoxOffice::standingChanged, this, countsChanged);
}

void EventTableModel::refresh()
{
    if (m_loading) {
        m_reloadAgain = true;
        return;
    }
    m_loading = true;
    whenReady(this, m_box.events(), [this](const Result<QList<Event>> &events) {
        m_loading = false;
        if (events)
            setEvents(*events);
        else
            Q_EMIT loadFailed(events.error().message);
        if (m_reloadAgain) {
            m_reloadAgain = false;
            refresh();
        }
    });
}

void EventTableModel::setEvents(const QList<Event> &events)
{
    QHash<QUuid, qint64> sold;
    for (const Event &event : events)
        sold.insert(event.id, soldTickets(m_box, event.id));
    bool sameRows = events.size() == m_events.size();
    for (qsizetype i = 0; sameRows && i < events.size(); ++i)
        sameRows = events[i].id == m_events[i].id;
    if (sameRows) {
        m_events = events;
        m_sold = sold;
        if (!m_events.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        m_events = events;
        m_sold = sold;
        endResetModel();
    }
    Q_EMIT loaded(static_cast<int>(m_events.size()));
}

int EventTableModel::rowOf(const QUuid &eventId) const
{
    for (qsizetype i = 0; i < m_events.size(); ++i) {
        if (m_events[i].id == eventId)
            return static_cast<int>(i);
    }
    return -1;
}

int EventTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_events.size());
}

int EventTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

QString timeText(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), u"ddd d MMM yyyy, HH:mm"_s) : QString();
}

QString holdTimeText(int seconds)
{
    if (seconds % 60 == 0)
        return EventTableModel::tr("%1 min").arg(seconds / 60);
    return EventTableModel::tr("%1:%2 min").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

QVariant EventTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Event &event = m_events.at(index.row());
    const qint64 sold = m_sold.value(event.id);
    const QLocale locale;
    switch (role) {
    case EventIdRole:
        return event.id;
    case StatusRole:
        return static_cast<int>(event.status);
    case SearchTextRole: {
        const QDateTime start = event.startTime.toLocalTime();
        return QStringList{event.name,
                           event.venue,
                           start.toString(Qt::ISODate),
                           locale.toString(start, QLocale::ShortFormat),
                           locale.toString(start, QLocale::LongFormat),
                           eventStatusText(event.status),
                           eventKindText(event.kind)}
            .join(u'\n');
    }
    case Qt::TextAlignmentRole:
        if (index.column() == SoldColumn || index.column() == AvailableColumn
            || index.column() == HoldTimeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn && event.status == EventStatus::Inactive)
            return QBrush(QColor(0x6b, 0x72, 0x80));
        if (index.column() == StatusColumn && event.status == EventStatus::SoldOut)
            return QBrush(QColor(0xb9, 0x1c, 0x1c));
        if (index.column() == StatusColumn)
            return QBrush(QColor(0x15, 0x80, 0x3d));
        return {};
    case Qt::ToolTipRole:
        if (index.column() == NameColumn && !event.description.isEmpty())
            return event.description;
        return {};
    case SortRole:
        switch (index.column()) {
        case StartColumn:
            return event.startTime;
        case EndColumn:
            return event.endTime;
        case SalesStartColumn:
            return event.salesStart;
        case SoldColumn:
            return sold;
        case AvailableColumn:
            return event.availableTickets;
        case HoldTimeColumn:
            return event.holdTimeSeconds;
        case StatusColumn:
            return static_cast<int>(event.status);
        case KindColumn:
            return static_cast<int>(event.kind);
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return event.name;
        case VenueColumn:
            return event.venue;
        case StartColumn:
            return timeText(event.startTime);
        case EndColumn:
            return timeText(event.endTime);
        case KindColumn:
            return eventKindText(event.kind);
        case StatusColumn:
            return eventStatusText(event.status);
        case SoldColumn:
            return locale.toString(sold);
        case AvailableColumn:
            return tr("%1 of %2")
                .arg(locale.toString(event.availableTickets), locale.toString(event.totalTickets));
        case SalesStartColumn:
            return event.salesStart.isValid() ? timeText(event.salesStart) : tr("when active");
        case HoldTimeColumn:
            return holdTimeText(event.holdTimeSeconds);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Event");
    case VenueColumn:
        return tr("Venue");
    case StartColumn:
        return tr("Starts");
    case EndColumn:
        return tr("Ends");
    case KindColumn:
        return tr("Type");
    case StatusColumn:
        return tr("Status");
    case SoldColumn:
        return tr("Sold");
    case AvailableColumn:
        return tr("Available");
    case SalesStartColumn:
        return tr("Sales open");
    case HoldTimeColumn:
        return tr("Hold time");
    default:
        return {};
    }
}

} // namespace tessera
