#include "core/simulation/simulationreport.h"

#include "core/space/command.h"

#include <QJsonArray>

namespace tessera {

using namespace Qt::StringLiterals;

QString operationName(int spaceOp)
{
    switch (static_cast<SpaceOp>(spaceOp)) {
    case SpaceOp::Hold:
    case SpaceOp::HoldStanding:
    case SpaceOp::HoldBest:
        return u"hold"_s;
    case SpaceOp::Sell:
        return u"sell"_s;
    case SpaceOp::Release:
        return u"release"_s;
    case SpaceOp::Cancel:
    case SpaceOp::CancelStanding:
        return u"cancel"_s;
    default:
        break;
    }
    return spaceOp < 0 ? u"idle"_s : u"other"_s;
}

namespace {
double count(quint64 n)
{
    return static_cast<double>(n);
}
} // namespace

QJsonObject SimulationReport::toJson() const
{
    const SimulationStatistics &s = statistics;
    QJsonObject mix{{u"hold"_s, config.mix.hold},
                    {u"sell"_s, config.mix.sell},
                    {u"release"_s, config.mix.release},
                    {u"cancel"_s, config.mix.cancel}};
    QJsonObject configJson{{u"units"_s, config.units},
                           {u"mix"_s, mix},
                           {u"think_ms"_s, config.thinkMs},
                           {u"arrival"_s, arrivalCurveName(config.arrival)},
                           {u"duration_ms"_s, double(config.durationMs)},
                           {u"stop_after_sales"_s, double(config.stopAfterSales)},
                           {u"hold_seconds"_s, config.holdSeconds},
                           {u"batch_size"_s, config.batchSize},
                           {u"customers_per_second"_s, config.customersPerSecond},
                           {u"admit_per_second"_s, config.admitPerSecond}};
    QJsonObject totals{{u"state"_s, simulationStateName(s.state)},
                       {u"elapsed_ms"_s, double(s.elapsedMs)},
                       {u"ops"_s, count(s.operations)},
                       {u"successes"_s, count(s.successes)},
                       {u"conflicts"_s, count(s.conflicts)},
                       {u"holds"_s, count(s.holds)},
                       {u"sales"_s, count(s.sales)},
                       {u"releases"_s, count(s.releases)},
                       {u"cancellations"_s, count(s.cancellations)},
                       {u"ops_per_second"_s, s.opsPerSecond},
                       {u"pump_rows"_s, count(s.pumpRows)},
                       {u"pump_lag_ms"_s, double(s.pumpLagMs)},
                       {u"pump_backlog"_s, count(s.pumpBacklog)},
                       {u"seats_available"_s, double(s.seats.available)},
                       {u"seats_held"_s, double(s.seats.held)},
                       {u"seats_sold"_s, double(s.seats.sold)},
                       {u"seats_blocked"_s, double(s.seats.blocked)}};
    QJsonArray units;
    for (const UnitLane &u : s.units) {
        units.append(QJsonObject{{u"unit"_s, u.unit + 1},
                                 {u"ops"_s, count(u.operations)},
                                 {u"successes"_s, count(u.successes)},
                                 {u"conflicts"_s, count(u.conflicts)},
                                 {u"holds"_s, count(u.holds)},
                                 {u"sales"_s, count(u.sales)},
                                 {u"releases"_s, count(u.releases)},
                                 {u"cancellations"_s, count(u.cancellations)}});
    }
    QJsonObject invariants{{u"seats_sold_twice"_s, count(s.seatsSoldTwice)},
                           {u"violations"_s, count(s.invariantViolations)},
                           {u"first_problem"_s, s.firstProblem}};
    if (s.database.checked) {
        invariants.insert(u"space_equals_database"_s, s.database.equal);
        invariants.insert(u"space_sold"_s, double(s.database.spaceSold));
        invariants.insert(u"database_sold"_s, double(s.database.databaseSold));
        invariants.insert(u"first_difference"_s, s.database.firstDifference);
    }
    QJsonArray series;
    for (const SimulationSample &p : samples) {
        series.append(QJsonObject{{u"elapsed_ms"_s, double(p.elapsedMs)},
                                  {u"queue_waiting"_s, double(p.queueWaiting)},
                                  {u"queue_active"_s, double(p.queueActive)},
                                  {u"ops"_s, count(p.operations)},
                                  {u"ops_per_second"_s, p.opsPerSecond},
                                  {u"conflicts_per_second"_s, p.conflictsPerSecond},
                                  {u"pump_rows"_s, count(p.pumpRows)},
                                  {u"pump_rows_per_second"_s, p.pumpRowsPerSecond},
                                  {u"pump_lag_ms"_s, double(p.pumpLagMs)},
                                  {u"pump_backlog"_s, count(p.pumpBacklog)},
                                  {u"seats_sold"_s, double(p.seatsSold)},
                                  {u"seats_sold_twice"_s, count(p.seatsSoldTwice)}});
    }
    if (s.queue.used) {
        totals.insert(u"queue"_s, QJsonObject{{u"waiting"_s, double(s.queue.waiting)},
                                              {u"active_sessions"_s, double(s.queue.active)},
                                              {u"estimated_wait_ms"_s, double(s.queue.estimatedWaitMs)},
                                              {u"joined"_s, double(s.queue.joined)},
                                              {u"admitted"_s, double(s.queue.admitted)},
                                              {u"completed"_s, double(s.queue.completed)},
                                              {u"left"_s, double(s.queue.left)}});
    }
    return QJsonObject{{u"config"_s, configJson},
                       {u"totals"_s, totals},
                       {u"units"_s, units},
                       {u"invariants"_s, invariants},
                       {u"samples"_s, series}};
}

QByteArray SimulationReport::samplesCsv() const
{
    QByteArray csv =
        "elapsed_ms,ops,successes,conflicts,ops_per_second,conflicts_per_second,pump_rows,"
        "pump_rows_per_second,pump_lag_ms,pump_backlog,seats_sold,seats_sold_twice,queue_waiting,"
        "queue_active\n";
    for (const SimulationSample &p : samples) {
        csv += QByteArray::number(p.elapsedMs) + ',' + QByteArray::number(p.operations) + ','
               + QByteArray::number(p.successes) + ',' + QByteArray::number(p.conflicts) + ','
               + QByteArray::number(p.opsPerSecond, 'f', 1) + ','
               + QByteArray::number(p.conflictsPerSecond, 'f', 1) + ',' + QByteArray::number(p.pumpRows) + ','
               + QByteArray::number(p.pumpRowsPerSecond, 'f', 1) + ',' + QByteArray::number(p.pumpLagMs) + ','
               + QByteArray::number(p.pumpBacklog) + ',' + QByteArray::number(p.seatsSold) + ','
               + QByteArray::number(p.seatsSoldTwice) + ',' + QByteArray::number(p.queueWaiting) + ','
               + QByteArray::number(p.queueActive) + '\n';
    }
    return csv;
}

QByteArray SimulationReport::unitsCsv() const
{
    QByteArray csv = "unit,ops,successes,conflicts,holds,sales,releases,cancellations\n";
    for (const UnitLane &u : statistics.units) {
        csv += QByteArray::number(u.unit + 1) + ',' + QByteArray::number(u.operations) + ','
               + QByteArray::number(u.successes) + ',' + QByteArray::number(u.conflicts) + ','
               + QByteArray::number(u.holds) + ',' + QByteArray::number(u.sales) + ','
               + QByteArray::number(u.releases) + ',' + QByteArray::number(u.cancellations) + '\n';
    }
    return csv;
}

} // namespace tessera
