#pragma once

#include "core/simulation/simulationtypes.h"

#include <QFrame>

#include <array>

class QGridLayout;
class QLabel;

namespace tessera {

/// The run's headline figures as a strip of tiles: elapsed time, operations, operations per
/// second, successes, conflicts, sales, seats sold, pump rows and pump backlog, with thousands
/// separators. When the strip is too narrow for one row, the tiles wrap onto more rows instead
/// of cutting their figures.
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
    /// Tiles per row now (TileCount when they all fit in one row).
    int columns() const { return m_columns; }
    /// Whether every figure is shown whole (none cut by a too narrow tile).
    bool figuresFit() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void set(Tile tile, const QString &value);
    /// Puts the tiles in as many columns as the width allows.
    void reflow();
    int tileWidth() const;

    std::array<QLabel *, TileCount> m_values{};
    std::array<QLabel *, TileCount> m_captions{};
    QGridLayout *m_grid = nullptr;
    int m_columns = 0;
};

} // namespace tessera
