#include "ui/admin/queuesessionmodel.h"

#include "core/common/clock.h"
#include "ui/admin/queuelinemodel.h"
#include "ui/admin/queueroomsource.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace tessera {

QueueSessionModel::QueueSessionModel(Clock *clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock(clock ? clock : Clock::system())
{}

QueueSessionModel::~QueueSessionModel() = default;

void QueueSessionModel::setSource(QueueRoomSource *source)
{
    beginResetModel();
    m_source = source;
    if (m_ownSource && m_ownSource.get() != source)
        m_ownSource.reset();
    m_sessions = source ? source->sessions().mid(0, kMaxSessions) : QList<QueueTicket>();
    endResetModel();
}

void QueueSessionModel::setRoom(WaitingRoom *room)
{
    std::unique_ptr<QueueRoomSource> source = room ? std::make_unique<LocalQueueRoomSource>(*room) : nullptr;
    QueueRoomSource *raw = source.get();
    setSource(raw);
    m_ownSource = std::move(source);
}

void QueueSessionModel::refresh()
{
    if (!m_source)
        return;
    QList<QueueTicket> fresh = m_source->sessions().mid(0, kMaxSessions);
    // Find where the old list continues in the new one: ended sessions leave from the top,
    // new ones come at the bottom (a refreshed session moves and takes the reset path).
    qsizetype dropped = 0;
    while (dropped < m_sessions.size() && !fresh.isEmpty()
           && m_sessions[dropped].entryId != fresh.first().entryId)
        ++dropped;
    const qsizetype kept = m_sessions.size() - dropped;
    bool sameMiddle = kept <= fresh.size();
    for (qsizetype i = 0; sameMiddle && i < kept; ++i)
        sameMiddle = m_sessions[dropped + i].entryId == fresh[i].entryId
                     && m_sessions[dropped + i].expiresAtMs == fresh[i].expiresAtMs;
    if (fresh.isEmpty() || !sameMiddle) {
        beginResetModel();
        m_sessions = std::move(fresh);
        endResetModel();
        return;
    }
    if (dropped > 0) {
        beginRemoveRows({}, 0, int(dropped) - 1);
        m_sessions.remove(0, dropped);
        endRemoveRows();
    }
    if (fresh.size() > m_sessions.size()) {
        beginInsertRows({}, int(m_sessions.size()), int(fresh.size()) - 1);
        m_sessions = std::move(fresh);
        endInsertRows();
    }
    if (!m_sessions.isEmpty())
        Q_EMIT dataChanged(index(0, TimeLeftColumn), index(rowCount() - 1, TimeLeftColumn));
}

int QueueSessionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sessions.size());
}

int QueueSessionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QueueSessionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QueueTicket &session = m_sessions.at(index.row());
    const qint64 left = session.expiresAtMs.value_or(0) - m_clock->nowMs();
    switch (role) {
    case UserIdRole:
        return session.userId;
    case SessionIdRole:
        return session.sessionId;
    case Qt::TextAlignmentRole:
        if (index.column() == TimeLeftColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == TimeLeftColumn && left < 60'000)
            return QBrush(QColor(0xb9, 0x1c, 0x1c));
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case UserColumn:
            return session.userId.toString(QUuid::WithoutBraces);
        case JoinedColumn:
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(session.enteredAtMs).time(),
                                      u"HH:mm:ss"_s);
        case ExpiresColumn:
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(session.expiresAtMs.value_or(0)).time(),
                                      u"HH:mm:ss"_s);
        case TimeLeftColumn:
            return left > 0 ? durationText(left) : tr("ended");
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant QueueSessionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case UserColumn:
        return tr("User");
    case JoinedColumn:
        return tr("Joined");
    case ExpiresColumn:
        return tr("Session ends");
    case TimeLeftColumn:
        return tr("Time left");
    default:
        return {};
    }
}

} // namespace tessera
