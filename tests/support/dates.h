#pragma once

// Event times for test fixtures: relative to today, so that a fixture's event never ends while
// the tests still run (a fixed date would, one day, make every sale refused as "ended").

#include <QDateTime>
#include <QString>

namespace tessera::test {

/// "YYYY-MM-DDTHH:00:00Z": `days` from today (UTC) at `hour` o'clock UTC.
inline QString utcInDays(int days, int hour)
{
    const QDate day = QDateTime::currentDateTimeUtc().date().addDays(days);
    return QDateTime(day, QTime(hour, 0), Qt::UTC).toString(Qt::ISODate);
}

} // namespace tessera::test
