#pragma once

#include "core/common/result.h"
#include "core/simulation/simulationreport.h"

#include <QImage>
#include <QList>
#include <QString>

#include <utility>

namespace tessera {

/// Writes a run report into `folder`: simulation-report.json (settings, totals, units,
/// invariants, time series), simulation-samples.csv, simulation-units.csv and one PNG per chart
/// (`charts`: file stem and image). Returns the written files' paths; an unwritable folder gives
/// an error naming the file and changes nothing else.
Result<QStringList> writeSimulationReport(const QString &folder, const SimulationReport &report,
                                          const QList<std::pair<QString, QImage>> &charts);

} // namespace tessera
