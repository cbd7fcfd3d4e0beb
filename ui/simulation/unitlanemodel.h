#pragma once

#include "core/simulation/simulationtypes.h"

#include <QAbstractTableModel>

#include <vector>

namespace tessera {

/// One row per simulated processing unit: its colour, what it is doing now, and its operations,
/// successes, conflicts, holds and sales. setLanes() is called by the panel's refresh timer (about
/// ten times a second) and announces one dataChanged range for the rows that stayed, so the view
/// stays cheap with 64 units.
class UnitLaneModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        UnitColumn,
        CurrentColumn,
        OperationsColumn,
        SuccessesColumn,
        ConflictsColumn,
        ConflictRateColumn,
        SalesColumn,
        ColumnCount
    };
    /// Qt::UserRole: the raw number of a figure column (for sorting and tests).
    static constexpr int ValueRole = Qt::UserRole;

    explicit UnitLaneModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(UnitLaneModel)

    void setLanes(const std::vector<UnitLane> &lanes);
    const std::vector<UnitLane> &lanes() const { return m_lanes; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<UnitLane> m_lanes;
};

} // namespace tessera
