#include "ui/simulation/simulationfigures.h"

#include "ui/simulation/unitpalette.h"

#include <QGridLayout>
#include <QLabel>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tessera {

SimulationFigures::SimulationFigures(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(u"simulationFigures"_s);
    setStyleSheet(
        u"#simulationFigures { background: #ffffff; border: 1px solid #e1e1dc; border-radius: 6px; }"
        "QLabel[role=\"value\"] { color: #20242b; font-size: 14pt; font-weight: 600; }"
        "QLabel[role=\"caption\"] { color: #6b7079; font-size: 8pt; }"_s);
    const QString captions[TileCount] = {tr("Elapsed"),    tr("Operations"), tr("Operations/s"),
                                         tr("Successes"),  tr("Conflicts"),  tr("Sales"),
                                         tr("Seats sold"), tr("Pump rows"),  tr("Pump backlog")};
    const QString tips[TileCount] = {
        tr("Run time, pauses not counted"),
        tr("Commands the units sent to the space"),
        tr("Operations per second over the last sample while running; the run's average at the end"),
        tr("Commands the space accepted"),
        tr("Commands refused because another unit had the seat"),
        tr("Seats the units sold (cancellations not subtracted)"),
        tr("The event's sold seats now, of all its seats"),
        tr("Rows the data pump wrote to the database during the run"),
        tr("Changes waiting to be written to the database; the units slow down when it grows"),
    };
    m_grid = new QGridLayout(this);
    m_grid->setContentsMargins(12, 8, 12, 8);
    m_grid->setHorizontalSpacing(14);
    for (int i = 0; i < TileCount; ++i) {
        auto *value = new QLabel(this);
        value->setProperty("role", u"value"_s);
        value->setObjectName(u"figure%1"_s.arg(i));
        value->setToolTip(tips[i]);
        // The grid may squeeze a tile below its text; reflow() then wraps the row instead.
        value->setMinimumWidth(1);
        auto *caption = new QLabel(captions[i], this);
        caption->setProperty("role", u"caption"_s);
        caption->setToolTip(tips[i]);
        caption->setMinimumWidth(1);
        m_values[static_cast<size_t>(i)] = value;
        m_captions[static_cast<size_t>(i)] = caption;
    }
    clear();
    reflow();
}

int SimulationFigures::tileWidth() const
{
    int widest = 0;
    for (int i = 0; i < TileCount; ++i) {
        widest = std::max({widest, m_values[static_cast<size_t>(i)]->sizeHint().width(),
                           m_captions[static_cast<size_t>(i)]->sizeHint().width()});
    }
    return widest + m_grid->horizontalSpacing();
}

void SimulationFigures::reflow()
{
    const QMargins margins = m_grid->contentsMargins();
    const int available = width() - margins.left() - margins.right() + m_grid->horizontalSpacing();
    const int columns = std::clamp(available / std::max(1, tileWidth()), 1, int(TileCount));
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (int i = 0; i < TileCount; ++i) {
        m_grid->removeWidget(m_values[static_cast<size_t>(i)]);
        m_grid->removeWidget(m_captions[static_cast<size_t>(i)]);
    }
    for (int c = 0; c < m_grid->columnCount(); ++c)
        m_grid->setColumnStretch(c, 0);
    for (int i = 0; i < TileCount; ++i) {
        const int row = (i / columns) * 2;
        m_grid->addWidget(m_values[static_cast<size_t>(i)], row, i % columns);
        m_grid->addWidget(m_captions[static_cast<size_t>(i)], row + 1, i % columns);
    }
    for (int c = 0; c < columns; ++c)
        m_grid->setColumnStretch(c, 1);
}

void SimulationFigures::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    reflow();
}

bool SimulationFigures::figuresFit() const
{
    return std::all_of(m_values.begin(), m_values.end(),
                       [](const QLabel *value) { return value->width() >= value->sizeHint().width(); });
}

void SimulationFigures::set(Tile tile, const QString &value)
{
    QLabel *label = m_values[static_cast<size_t>(tile)];
    const int before = label->sizeHint().width();
    label->setText(value);
    if (label->sizeHint().width() > before)
        reflow(); // a longer figure may no longer fit in this many columns
}

QString SimulationFigures::text(Tile tile) const
{
    return m_values[static_cast<size_t>(tile)]->text();
}

void SimulationFigures::clear()
{
    for (int i = 0; i < TileCount; ++i)
        set(static_cast<Tile>(i), u"–"_s);
}

void SimulationFigures::setStatistics(const SimulationStatistics &s, double liveOpsPerSecond)
{
    const QLocale locale = figureLocale();
    set(Elapsed, tr("%1 s").arg(locale.toString(static_cast<double>(s.elapsedMs) / 1000.0, 'f', 1)));
    set(Operations, figure(s.operations));
    set(OpsPerSecond, figure(liveOpsPerSecond > 0 ? liveOpsPerSecond : s.opsPerSecond));
    set(Successes, figure(s.successes));
    set(Conflicts, figure(s.conflicts));
    set(Sales, figure(s.sales));
    set(SeatsSold,
        tr("%1 / %2").arg(figure(quint64(std::max<qint64>(0, s.seats.sold))),
                          figure(quint64(std::max<qint64>(0, s.seats.available + s.seats.held + s.seats.sold
                                                                 + s.seats.blocked)))));
    set(PumpRows, figure(s.pumpRows));
    set(PumpBacklog, figure(s.pumpBacklog));
}

} // namespace tessera
