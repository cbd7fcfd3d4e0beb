#include "ui/simulation/simulationcharts.h"

#include "ui/seatmap/seatmappalette.h"
#include "ui/simulation/unitpalette.h"

#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace tessera {

namespace {

double value(SimulationCharts::Chart chart, const SimulationSample &s)
{
    switch (chart) {
    case SimulationCharts::Operations:
        return s.opsPerSecond;
    case SimulationCharts::Conflicts:
        return s.conflictsPerSecond;
    case SimulationCharts::PumpRows:
        return s.pumpRowsPerSecond;
    case SimulationCharts::PumpLag:
        return static_cast<double>(s.pumpLagMs);
    case SimulationCharts::ChartCount:
        break;
    }
    return 0;
}

/// A round axis maximum above `peak` (1, 2 or 5 times a power of ten).
double niceCeiling(double peak)
{
    if (peak <= 0)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(peak)));
    for (const double step : {1.0, 2.0, 5.0, 10.0}) {
        if (peak * 1.1 <= step * magnitude)
            return step * magnitude;
    }
    return 10 * magnitude;
}

} // namespace

SimulationCharts::SimulationCharts(QWidget *parent)
    : QWidget(parent)
{
    const SeatMapPalette &palette = SeatMapPalette::standard();
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(6);
    m_plots[Operations] = makePlot(Operations, tr("Operations per second"), tr("ops/s"), palette.heldByMe);
    m_plots[Conflicts] = makePlot(Conflicts, tr("Conflicts per second"), tr("conflicts/s"), palette.focus);
    m_plots[PumpRows] = makePlot(PumpRows, tr("Pump rows written per second"), tr("rows/s"), palette.stage);
    m_plots[PumpLag] =
        makePlot(PumpLag, tr("Pump lag, change to commit (p99)"), tr("ms"), QColor(0x2e, 0x7d, 0x32));
    for (int c = 0; c < ChartCount; ++c)
        grid->addWidget(m_views[static_cast<size_t>(c)], c / 2, c % 2);
    view(Operations)->setToolTip(tr("Commands the units sent to the space per second"));
    view(Conflicts)->setToolTip(tr("Commands refused per second because another unit had the seat"));
    view(PumpRows)->setToolTip(tr("Rows the data pump committed to the database per second"));
    view(PumpLag)->setToolTip(
        tr("Time from a change in the space to its commit in the database (99th percentile)"));
}

SimulationCharts::Plot SimulationCharts::makePlot(Chart which, const QString &title, const QString &unit,
                                                  QColor colour)
{
    Plot plot;
    plot.chart = new QChart;
    plot.chart->setTitle(title);
    QFont titleFont = plot.chart->titleFont();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 0.95);
    plot.chart->setTitleFont(titleFont);
    plot.chart->setTitleBrush(SeatMapPalette::standard().text);
    plot.chart->legend()->hide();
    plot.chart->setAnimationOptions(QChart::NoAnimation);
    plot.chart->setBackgroundRoundness(6);
    plot.chart->setMargins(QMargins(4, 2, 8, 2));
    plot.chart->setBackgroundBrush(Qt::white);

    plot.series = new QLineSeries;
    QPen pen(colour);
    pen.setWidthF(2);
    plot.series->setPen(pen);
    plot.series->setUseOpenGL(false);
    plot.chart->addSeries(plot.series);

    plot.x = new QValueAxis;
    plot.x->setRange(0, m_windowSeconds);
    plot.x->setLabelFormat(u"%.0f s"_s);
    plot.x->setTickCount(7);
    plot.y = new QValueAxis;
    plot.y->setRange(0, 1); // as setSamples() sets it for no samples: 0.0, 0.2, ... 1.0
    plot.y->setLabelFormat(u"%.1f"_s);
    plot.y->setTickCount(6);
    plot.y->setTitleText(unit);
    plot.unit = unit;
    const QColor grid(0xe6, 0xe6, 0xe1);
    for (QValueAxis *axis : {plot.x, plot.y}) {
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
        QFont font = axis->labelsFont();
        font.setPointSizeF(font.pointSizeF() * 0.85);
        axis->setLabelsFont(font);
        axis->setLabelsColor(QColor(0x6b, 0x70, 0x79));
        axis->setTitleFont(font);
        axis->setTitleBrush(QColor(0x6b, 0x70, 0x79));
    }
    plot.chart->addAxis(plot.x, Qt::AlignBottom);
    plot.chart->addAxis(plot.y, Qt::AlignLeft);
    plot.series->attachAxis(plot.x);
    plot.series->attachAxis(plot.y);

    auto *view = new QChartView(plot.chart, this);
    view->setObjectName(u"chart-"_s + fileStem(which));
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(260, 170);
    view->setFrameShape(QFrame::NoFrame);
    m_views[static_cast<size_t>(which)] = view;
    return plot;
}

QString SimulationCharts::fileStem(Chart chart)
{
    switch (chart) {
    case Operations:
        return u"operations-per-second"_s;
    case Conflicts:
        return u"conflicts-per-second"_s;
    case PumpRows:
        return u"pump-rows-per-second"_s;
    case PumpLag:
        return u"pump-lag"_s;
    case ChartCount:
        break;
    }
    return {};
}

void SimulationCharts::setWindowSeconds(int seconds)
{
    m_windowSeconds = std::clamp(seconds, 2, 30);
}

void SimulationCharts::setSamples(const std::vector<SimulationSample> &samples)
{
    // The sample taken when a run ends covers a short interval after the units stopped: its
    // rates would draw a drop to zero that did not happen.
    size_t shown = samples.size();
    if (shown >= 3) {
        const qint64 lastGap = samples[shown - 1].elapsedMs - samples[shown - 2].elapsedMs;
        const qint64 gap = samples[shown - 2].elapsedMs - samples[shown - 3].elapsedMs;
        if (2 * lastGap < gap)
            --shown;
    }
    const auto last = samples.begin() + static_cast<qsizetype>(shown);
    const double end = shown == 0 ? 0.0 : static_cast<double>(samples[shown - 1].elapsedMs) / 1000.0;
    const double start = std::max(0.0, end - m_windowSeconds);
    auto first = std::lower_bound(samples.begin(), last, start, [](const SimulationSample &s, double t) {
        return s.elapsedMs / 1000.0 < t;
    });
    for (int c = 0; c < ChartCount; ++c) {
        const auto chart = static_cast<Chart>(c);
        Plot &plot = m_plots[static_cast<size_t>(c)];
        double peak = 0;
        for (auto it = first; it != last; ++it)
            peak = std::max(peak, value(chart, *it));
        // Large rates are plotted in thousands or millions, so that axis labels stay short.
        const double divisor = peak >= 2e6 ? 1e6 : (peak >= 2e4 ? 1e3 : 1.0);
        QList<QPointF> points;
        points.reserve(std::distance(first, last));
        for (auto it = first; it != last; ++it)
            points.append(QPointF(static_cast<double>(it->elapsedMs) / 1000.0, value(chart, *it) / divisor));
        plot.series->replace(points);
        plot.x->setRange(start, std::max(start + m_windowSeconds, end));
        plot.x->setTickCount(m_windowSeconds <= 6 ? m_windowSeconds + 1 : 7);
        const double top = niceCeiling(peak / divisor);
        if (top != plot.y->max()) {
            plot.y->setRange(0, top);
            // Round tick steps: fifths of 1 and 5 times a power of ten, quarters of 2 times.
            const double leading = top / std::pow(10.0, std::floor(std::log10(top)));
            plot.y->setTickCount(leading < 1.5 || leading > 4 ? 6 : 5);
        }
        plot.y->setLabelFormat(top >= 10 ? u"%.0f"_s : u"%.1f"_s);
        const QString scale =
            divisor == 1e6 ? tr("millions of ") : (divisor == 1e3 ? tr("thousands of ") : QString());
        plot.y->setTitleText(scale + plot.unit);
    }
}

void SimulationCharts::clear()
{
    setSamples({});
}

int SimulationCharts::pointCount(Chart chart) const
{
    return static_cast<int>(m_plots[static_cast<size_t>(chart)].series->count());
}

} // namespace tessera
