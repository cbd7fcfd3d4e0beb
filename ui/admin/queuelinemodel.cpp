#include "ui/admin/queuelinemodel.h"

#include "core/common/clock.h"
#include "ui/admin/queueroomsource.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace tessera {

QString durationText(qint64 ms)
{
    const qint64 seconds = std::max<qint64>(ms, 0) / 1000;
    if (seconds < 60)
        return QueueLineModel::tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return QueueLineModel::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return QueueLineModel::tr("%1 h %2 min")
        .arg(seconds / 3600)
        .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'));
}

namespace {

int clampRows(qint64 rows)
{
    return int(std::clamp<qint64>(rows, 0, INT_MAX));
}

} // namespace

QueueLineModel::QueueLineModel(Clock *clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock(clock ? clock : Clock::system())
{}

QueueLineModel::~QueueLineModel() = default;

void QueueLineModel::setSource(QueueRoomSource *source)
{
    beginResetModel();
    disconnect(m_windowArrived);
    m_source = source;
    if (m_ownSource && m_ownSource.get() != source)
        m_ownSource.reset();
    m_last = source ? source->statistics() : WaitingRoomStatistics{};
    m_rows = clampRows(m_last.waiting);
    forgetWindow();
    if (source) {
        // A fetched window is there: the rows shown empty can be read now.
        m_windowArrived = connect(source, &QueueRoomSource::windowArrived, this, [this] {
            forgetWindow();
            if (m_rows > 0)
                Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
        });
    }
    endResetModel();
}

void QueueLineModel::setRoom(WaitingRoom *room)
{
    std::unique_ptr<QueueRoomSource> source = room ? std::make_unique<LocalQueueRoomSource>(*room) : nullptr;
    QueueRoomSource *raw = source.get();
    setSource(raw);
    m_ownSource = std::move(source);
}

void QueueLineModel::forgetWindow()
{
    m_window.clear();
    m_windowFirst = 0;
}

void QueueLineModel::refresh()
{
    if (!m_source)
        return;
    const WaitingRoomStatistics now = m_source->statistics();
    const int rows = clampRows(now.waiting);
    const bool moved = now.totalAdmitted != m_last.totalAdmitted || now.totalJoined != m_last.totalJoined
                       || now.totalLeft != m_last.totalLeft || now.preQueue != m_last.preQueue
                       || rows != m_rows;
    m_last = now;
    if (moved)
        forgetWindow();
    // The view keeps one header entry per row and recomputes them all after each structural
    // change; removing rows at the top would also shift all of them. So the line changes
    // length only at its end, in one step, and rows that moved up are a data change.
    if (rows < m_rows) {
        beginRemoveRows({}, rows, m_rows - 1);
        m_rows = rows;
        endRemoveRows();
    } else if (rows > m_rows) {
        beginInsertRows({}, m_rows, rows - 1);
        m_rows = rows;
        endInsertRows();
    }
    if (m_rows == 0)
        return;
    if (moved)
        Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
    else
        Q_EMIT dataChanged(index(0, WaitedColumn), index(m_rows - 1, WaitedColumn));
}

int QueueLineModel::rowOfUser(const QUuid &userId) const
{
    // Only a room in this process answers at once; over a server the selection is dropped.
    const auto *local = qobject_cast<const LocalQueueRoomSource *>(m_source);
    if (!local || userId.isNull())
        return -1;
    const Result<QueueTicket> ticket = local->room().position(userId);
    if (!ticket || ticket->status != QueueStatus::Waiting || ticket->position < 1
        || ticket->position > m_rows)
        return -1;
    return int(ticket->position - 1);
}

const QueueTicket *QueueLineModel::cached(int row) const
{
    if (!m_source || row < 0 || row >= m_rows)
        return nullptr;
    if (row < m_windowFirst || row >= m_windowFirst + m_window.size()) {
        // Views ask for the rows around what they show: read a little before the row, more after.
        const int first = std::max(0, row - kWindowRows / 4);
        std::optional<QList<QueueTicket>> window = m_source->waitingWindow(qint64(first) + 1, kWindowRows);
        ++m_windowReads;
        if (!window)
            return nullptr; // being fetched: windowArrived() follows
        m_windowFirst = first;
        m_window = std::move(*window);
    }
    const qsizetype i = row - m_windowFirst;
    return i < m_window.size() ? &m_window[i] : nullptr;
}

std::optional<QueueTicket> QueueLineModel::ticketAt(int row) const
{
    const QueueTicket *ticket = cached(row);
    return ticket ? std::optional(*ticket) : std::nullopt;
}

int QueueLineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int QueueLineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QueueLineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != UserIdRole && role != EntryIdRole && role != Qt::TextAlignmentRole)
        return {};
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == PositionColumn || index.column() == WaitedColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    const QueueTicket *ticket = cached(index.row());
    if (!ticket) // the line got shorter since the last refresh
        return {};
    if (role == UserIdRole)
        return ticket->userId;
    if (role == EntryIdRole)
        return ticket->entryId;
    switch (index.column()) {
    case PositionColumn:
        return QLocale().toString(ticket->position);
    case UserColumn:
        return ticket->userId.toString(QUuid::WithoutBraces);
    case JoinedColumn:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ticket->enteredAtMs).time(), u"HH:mm:ss"_s);
    case WaitedColumn:
        return durationText(m_clock->nowMs() - ticket->enteredAtMs);
    case StatusColumn:
        return tr("waiting");
    default:
        return {};
    }
}

QVariant QueueLineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PositionColumn:
        return tr("Position");
    case UserColumn:
        return tr("User");
    case JoinedColumn:
        return tr("Joined");
    case WaitedColumn:
        return tr("Waited");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace tessera
