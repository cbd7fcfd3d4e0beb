#include "ui/i18n/money.h"

#include <QLocale>
#include <QSettings>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace tessera {

namespace {

constexpr auto kSettingKey = "sales/currency"_L1;

Currency currencyOf(const QLocale &locale)
{
    return Currency{locale.currencySymbol(QLocale::CurrencyIsoCode),
                    locale.currencySymbol(QLocale::CurrencySymbol),
                    locale.currencySymbol(QLocale::CurrencyDisplayName)};
}

/// Whether a currency symbol can be shown: printable, and (unless `anyScript`) in Latin
/// letters or common signs only.
bool readable(const QString &symbol, bool anyScript)
{
    if (symbol.trimmed().isEmpty())
        return false;
    return std::all_of(symbol.begin(), symbol.end(), [anyScript](QChar c) {
        return c.isPrint()
               && (anyScript || c.script() == QChar::Script_Common || c.script() == QChar::Script_Latin);
    });
}

/// The locale amounts are written in: the user's, except that the C locale (which writes
/// "45.00€") borrows US English's way ("€45.00").
QLocale moneyLocale()
{
    const QLocale locale;
    return locale.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : locale;
}

/// The cached choice and the locale it was made in; reset when the setting changes.
struct CachedCurrency
{
    std::optional<Currency> currency;
    QLocale locale;
};

CachedCurrency &cachedPriceCurrency()
{
    static CachedCurrency cached;
    return cached;
}

} // namespace

const QList<Currency> &knownCurrencies()
{
    // Each currency as a locale of the user's language writes it, else as an English one:
    // "€" and "euro" for an English-speaking user. A currency only other languages name keeps
    // its code as its name, and its symbol only when it is in Latin letters or signs ("$",
    // "¥"); the user may not read the script, nor have a font for it.
    static const QList<Currency> currencies = [] {
        const QLocale::Language language = QLocale().language();
        std::map<QString, std::pair<int, Currency>> byCode; // code -> (preference, currency)
        const QList<QLocale> locales =
            QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory);
        for (const QLocale &locale : locales) {
            const QString code = locale.currencySymbol(QLocale::CurrencyIsoCode);
            if (code.size() != 3)
                continue;
            const int preference = locale.language() == language           ? 0
                                   : locale.language() == QLocale::English ? 1
                                                                           : 2;
            auto it = byCode.find(code);
            if (it != byCode.end() && it->second.first <= preference)
                continue;
            Currency currency = currencyOf(locale);
            if (preference == 2)
                currency.name.clear();
            if (!readable(currency.symbol, preference == 0))
                currency.symbol = code;
            byCode.insert_or_assign(code, std::pair{preference, currency});
        }
        QList<Currency> list;
        list.reserve(qsizetype(byCode.size()));
        for (auto &[code, entry] : byCode)
            list.append(entry.second);
        return list;
    }();
    return currencies;
}

std::optional<Currency> currencyByCode(const QString &code)
{
    const QString upper = code.trimmed().toUpper();
    const QList<Currency> &all = knownCurrencies();
    const auto it = std::lower_bound(all.begin(), all.end(), upper,
                                     [](const Currency &c, const QString &key) { return c.code < key; });
    if (it == all.end() || it->code != upper)
        return std::nullopt;
    return *it;
}

Currency localeCurrency()
{
    Currency currency = currencyOf(QLocale());
    if (currency.code.isEmpty())
        return {};
    if (!readable(currency.symbol, true))
        currency.symbol = currency.code;
    return currency;
}

QString currencySetting()
{
    return QSettings().value(kSettingKey).toString();
}

bool setCurrencySetting(const QString &code)
{
    const QString trimmed = code.trimmed();
    if (!trimmed.isEmpty() && !currencyByCode(trimmed))
        return false;
    QSettings().setValue(kSettingKey, trimmed.toUpper());
    cachedPriceCurrency().currency.reset();
    return true;
}

const Currency &priceCurrency()
{
    CachedCurrency &cached = cachedPriceCurrency();
    if (!cached.currency || cached.locale != QLocale()) {
        // A code saved by hand that no locale knows falls back to the locale's currency.
        std::optional<Currency> chosen = currencyByCode(currencySetting());
        cached.currency = chosen ? std::move(*chosen) : localeCurrency();
        cached.locale = QLocale();
    }
    return *cached.currency;
}

QString formatPrice(qint64 cents)
{
    const Currency &currency = priceCurrency();
    const double amount = double(cents) / 100.0;
    if (currency.code.isEmpty())
        return QLocale().toString(amount, 'f', 2);
    return moneyLocale().toCurrencyString(amount, currency.symbol, 2);
}

QString priceFieldSuffix()
{
    const Currency &currency = priceCurrency();
    return currency.code.isEmpty() ? QString() : u' ' + currency.symbol;
}

} // namespace tessera
