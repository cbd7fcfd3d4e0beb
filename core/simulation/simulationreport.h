#pragma once

#include "core/simulation/simulationtypes.h"

#include <QByteArray>
#include <QJsonObject>

#include <vector>

namespace tessera {

/// The figures of one run, for export: the settings, the totals with the per-unit lanes, the
/// invariant and database checks, and the time series.
struct SimulationReport
{
    SimulationConfig config;
    SimulationStatistics statistics;
    std::vector<SimulationSample> samples;

    /// {"config": {...}, "totals": {...}, "units": [...], "invariants": {...}, "samples": [...]}
    QJsonObject toJson() const;
    /// The time series, one line per sample, with a header line.
    QByteArray samplesCsv() const;
    /// One line per unit with its totals, with a header line.
    QByteArray unitsCsv() const;
};

/// The lane label of a unit's current operation ("hold", "sell", ... or "idle").
QString operationName(int spaceOp);

} // namespace tessera
