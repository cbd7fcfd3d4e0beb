#pragma once

#include <QColor>
#include <QLocale>
#include <QString>

namespace tessera {

/// The colour of a simulated processing unit on the seat map, in its lane and in the charts:
/// up to 64 hues spread by the golden angle, saturated enough to stand out from the seat map's
/// greys and its "held by you" blue.
QColor unitColour(int unit);

/// The locale numbers are shown in, always with thousands separators ("1,234,567").
QLocale figureLocale();
/// A count with thousands separators.
QString figure(quint64 value);
/// A rate with thousands separators and no decimals ("1,204,512").
QString figure(double value);

} // namespace tessera
