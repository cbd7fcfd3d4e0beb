#include "ui/simulation/unitpalette.h"

#include <cmath>

namespace tessera {

QColor unitColour(int unit)
{
    // Golden-angle hues starting at orange; the blue band around the map's "held by you"
    // (about 215 degrees) is avoided by pushing those hues towards violet.
    double hue = std::fmod(25.0 + 137.508 * unit, 360.0);
    if (hue > 200.0 && hue < 230.0)
        hue += 40.0;
    const double saturation = unit % 2 == 0 ? 0.78 : 0.62;
    const double value = (unit / 2) % 2 == 0 ? 0.88 : 0.72;
    return QColor::fromHsvF(static_cast<float>(hue / 360.0), static_cast<float>(saturation),
                            static_cast<float>(value));
}

QLocale figureLocale()
{
    QLocale locale;
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    return locale;
}

QString figure(quint64 value)
{
    return figureLocale().toString(static_cast<qulonglong>(value));
}

QString figure(double value)
{
    return figureLocale().toString(std::round(value), 'f', 0);
}

} // namespace tessera
