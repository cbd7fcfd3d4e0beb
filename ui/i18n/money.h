#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace tessera {

/// A currency prices can be shown in.
struct Currency
{
    QString code;   ///< ISO 4217: "EUR"
    QString symbol; ///< as written before or after an amount: "€"; the code when no locale has one
    QString name;   ///< "euro", in the user's language when the locale database has it
};

/// Every currency Qt's locale database knows, by code.
const QList<Currency> &knownCurrencies();

/// The known currency with this ISO 4217 code (case-insensitive), if any.
std::optional<Currency> currencyByCode(const QString &code);

/// The system locale's own currency; empty when it has none (the C locale).
Currency localeCurrency();

/// The currency chosen in the settings (QSettings key "sales/currency"); empty means the
/// system locale's.
QString currencySetting();

/// Saves the choice (an ISO code, or empty for the locale's) and shows prices in it from now
/// on. Returns false and changes nothing for a code no locale knows.
bool setCurrencySetting(const QString &code);

/// The currency prices are shown in: the chosen one, else the locale's; its code is empty when
/// neither names one, and prices are then plain numbers.
const Currency &priceCurrency();

/// "€45.00" (or "45,00 €", as the user's locale writes amounts) for 4500 cents in the price
/// currency; "45.00" when there is none. GUI thread only.
QString formatPrice(qint64 cents);

/// " €" after an amount field (a spin box's suffix) in the price currency; empty when there is
/// none.
QString priceFieldSuffix();

} // namespace tessera
