#include "ui/simulation/unitlanemodel.h"

#include "core/simulation/simulationreport.h"
#include "core/space/command.h"
#include "ui/simulation/unitpalette.h"

#include <QBrush>
#include <QFont>

namespace tessera {

namespace {

/// The operation as the lane shows it, in the user's language (the run report keeps the
/// machine names of operationName()).
QString shownOperation(int spaceOp)
{
    switch (static_cast<SpaceOp>(spaceOp)) {
    case SpaceOp::Hold:
    case SpaceOp::HoldStanding:
    case SpaceOp::HoldBest:
        return UnitLaneModel::tr("hold");
    case SpaceOp::Sell:
        return UnitLaneModel::tr("sell");
    case SpaceOp::Release:
        return UnitLaneModel::tr("release");
    case SpaceOp::Cancel:
    case SpaceOp::CancelStanding:
        return UnitLaneModel::tr("cancel");
    default:
        break;
    }
    return spaceOp < 0 ? UnitLaneModel::tr("idle") : operationName(spaceOp);
}

} // namespace

UnitLaneModel::UnitLaneModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void UnitLaneModel::setLanes(const std::vector<UnitLane> &lanes)
{
    const int before = static_cast<int>(m_lanes.size());
    const int after = static_cast<int>(lanes.size());
    if (after < before) {
        beginRemoveRows({}, after, before - 1);
        m_lanes.resize(lanes.size());
        endRemoveRows();
    }
    const int kept = std::min(before, after);
    std::copy(lanes.begin(), lanes.begin() + kept, m_lanes.begin());
    if (kept > 0)
        Q_EMIT dataChanged(index(0, 0), index(kept - 1, ColumnCount - 1), {Qt::DisplayRole, ValueRole});
    if (after > before) {
        beginInsertRows({}, before, after - 1);
        m_lanes.insert(m_lanes.end(), lanes.begin() + before, lanes.end());
        endInsertRows();
    }
}

int UnitLaneModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_lanes.size());
}

int UnitLaneModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UnitLaneModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const UnitLane &lane = m_lanes[static_cast<size_t>(index.row())];
    const double conflictShare = lane.operations > 0 ? 100.0 * static_cast<double>(lane.conflicts)
                                                           / static_cast<double>(lane.operations)
                                                     : 0.0;
    if (role == ValueRole) {
        switch (index.column()) {
        case UnitColumn:
            return lane.unit + 1;
        case CurrentColumn:
            return lane.currentOperation;
        case OperationsColumn:
            return QVariant::fromValue(lane.operations);
        case SuccessesColumn:
            return QVariant::fromValue(lane.successes);
        case ConflictsColumn:
            return QVariant::fromValue(lane.conflicts);
        case ConflictRateColumn:
            return conflictShare;
        case SalesColumn:
            return QVariant::fromValue(lane.sales);
        }
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case UnitColumn:
            return tr("Unit %1").arg(lane.unit + 1);
        case CurrentColumn:
            return shownOperation(lane.currentOperation);
        case OperationsColumn:
            return figure(lane.operations);
        case SuccessesColumn:
            return figure(lane.successes);
        case ConflictsColumn:
            return figure(lane.conflicts);
        case ConflictRateColumn:
            return QString(figureLocale().toString(conflictShare, 'f', 1) + u'%');
        case SalesColumn:
            return figure(lane.sales);
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == UnitColumn)
            return unitColour(lane.unit);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= OperationsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (index.column() == CurrentColumn && lane.currentOperation < 0)
            return QBrush(QColor(0x8a, 0x8f, 0x98));
        return {};
    case Qt::ToolTipRole:
        return tr("Unit %1: %2 holds, %3 sales, %4 releases, %5 cancellations")
            .arg(lane.unit + 1)
            .arg(figure(lane.holds), figure(lane.sales), figure(lane.releases), figure(lane.cancellations));
    default:
        return {};
    }
}

QVariant UnitLaneModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue((section >= OperationsColumn ? Qt::AlignRight : Qt::AlignLeft)
                                   | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case CurrentColumn:
            return tr("The operation the unit is sending now (idle while it thinks or waits)");
        case OperationsColumn:
            return tr("Operations the unit sent");
        case SalesColumn:
            return tr("Sales the unit made");
        case SuccessesColumn:
            return tr("Operations the space accepted");
        case ConflictsColumn:
            return tr("Operations refused because another unit got there first");
        case ConflictRateColumn:
            return tr("Share of the unit's operations that were refused");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UnitColumn:
        return tr("Unit");
    case CurrentColumn:
        return tr("Now");
    case OperationsColumn:
        return tr("Ops");
    case SuccessesColumn:
        return tr("OK");
    case ConflictsColumn:
        return tr("Conflicts");
    case ConflictRateColumn:
        return tr("%");
    case SalesColumn:
        return tr("Sales");
    }
    return {};
}

} // namespace tessera
