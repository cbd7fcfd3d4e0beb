#pragma once

#include "core/simulation/simulationtypes.h"

#include <QFrame>

#include <array>

class QLabel;

namespace tessera {

/// The run's headline figures as a strip of tiles: elapsed time, operations, operations per
/// second, successes, conflicts, sales, seats sold, pump rows and pump backlog, with thousands
/// separators.
class SimulationFigures final : public QFrame
{
    Q_OBJECT

public:
    enum Tile {
        Elapsed,
        Operations,
        OpsPerSecond,
        Successes,
        Conflicts,
        Sales,
        SeatsSold,
        PumpRows,
        PumpBacklog,
        TileCount
    };

    explicit SimulationFigures(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(SimulationFigures)

    /// `liveOpsPerSecond`: the rate over the last sample interval while running, 0 to show the
    /// run's average.
    void setStatistics(const SimulationStatistics &statistics, double liveOpsPerSecond);
    void clear();
    QString text(Tile tile) const;

private:
    void set(Tile tile, const QString &value);

    std::array<QLabel *, TileCount> m_values{};
};

} // namespace tessera
