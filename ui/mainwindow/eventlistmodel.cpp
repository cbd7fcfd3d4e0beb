#include "ui/mainwindow/eventlistmodel.h"

#include <QLocale>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace tessera {

void EventListModel::setEvents(const QList<Event> &events)
{
    bool sameRows = events.size() == m_events.size();
    for (qsizetype i = 0; sameRows && i < events.size(); ++i)
        sameRows = events[i].id == m_events[i].id;
    if (sameRows) {
        m_events = events;
        if (!m_events.isEmpty())
            Q_EMIT dataChanged(index(0), index(static_cast<int>(m_events.size()) - 1));
        return;
    }
    beginResetModel();
    m_events = events;
    endResetModel();
}

int EventListModel::rowOf(const QUuid &eventId) const
{
    for (qsizetype i = 0; i < m_events.size(); ++i) {
        if (m_events[i].id == eventId)
            return static_cast<int>(i);
    }
    return -1;
}

int EventListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_events.size());
}

QVariant EventListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Event &event = m_events[index.row()];
    const QLocale locale;
    const QDateTime start = event.startTime.toLocalTime();
    const bool ended = event.hasEndedAt(QDateTime::currentDateTimeUtc());
    switch (role) {
    case Qt::DisplayRole: {
        const QString when = locale.toString(start, u"ddd d MMM yyyy, HH:mm"_s);
        QString places;
        if (ended)
            places = tr("ended");
        else if (event.status == EventStatus::Inactive)
            places = tr("not on sale");
        else if (event.availableTickets == 0)
            places = tr("sold out");
        else
            places = tr("%1 of %2 left")
                         .arg(locale.toString(event.availableTickets), locale.toString(event.totalTickets));
        // "99,099 of 99,120 left" stays on one line: a narrow list wraps after the venue instead
        // of leaving "left" alone on a line.
        places.replace(u' ', QChar::Nbsp);
        return u"%1\n%2\n%3 · %4"_s.arg(event.name, when, event.venue, places);
    }
    case Qt::ForegroundRole:
        if (ended || event.status == EventStatus::Inactive)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case EndedRole:
        return ended;
    case Qt::ToolTipRole:
        return event.description.isEmpty() ? event.name : event.name + u"\n"_s + event.description;
    case EventIdRole:
        return event.id;
    case AvailableRole:
        return event.availableTickets;
    case SearchTextRole:
        return QStringList{event.name,
                           event.venue,
                           start.toString(Qt::ISODate),
                           locale.toString(start, QLocale::LongFormat),
                           locale.toString(start, QLocale::ShortFormat),
                           locale.toString(start, u"ddd d MMM yyyy"_s)}
            .join(u'\n');
    default:
        return {};
    }
}

} // namespace tessera
