#pragma once

#include "core/simulation/simulationtypes.h"

#include <QWidget>

#include <array>
#include <vector>

class QChart;
class QChartView;
class QLineSeries;
class QValueAxis;

namespace tessera {

/// Four live line charts of a run over a rolling window: operations per second, conflicts per
/// second, pump rows written per second and pump lag (change to commit, p99). Fed the run's
/// samples by the panel's refresh timer; never animated, so an update costs one replace() per
/// series.
class SimulationCharts final : public QWidget
{
    Q_OBJECT

public:
    enum Chart {
        Operations,
        Conflicts,
        PumpRows,
        PumpLag,
        ChartCount
    };

    explicit SimulationCharts(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(SimulationCharts)

    /// Shows the last windowSeconds() of the samples.
    void setSamples(const std::vector<SimulationSample> &samples);
    void clear();
    int windowSeconds() const { return m_windowSeconds; }
    void setWindowSeconds(int seconds);

    QChartView *view(Chart chart) const { return m_views[static_cast<size_t>(chart)]; }
    /// A file-name stem for the chart's PNG ("operations-per-second").
    static QString fileStem(Chart chart);
    /// Points currently plotted (for tests).
    int pointCount(Chart chart) const;

private:
    struct Plot
    {
        QChart *chart = nullptr;
        QLineSeries *series = nullptr;
        QValueAxis *x = nullptr;
        QValueAxis *y = nullptr;
        QString unit;
    };
    Plot makePlot(Chart chart, const QString &title, const QString &unit, QColor colour);

    std::array<QChartView *, ChartCount> m_views{};
    std::array<Plot, ChartCount> m_plots{};
    int m_windowSeconds = 30;
};

} // namespace tessera
