#pragma once

#include <QLocale>

namespace tessera {

/// Installs the translations for `locale` into the running application: Qt's own (qtbase_*.qm
/// from Qt's translations folder, when that language is installed there) and Tessera's
/// (translations/tessera_*.ts, compiled into the binary under :/i18n). Translators of an earlier
/// call are replaced. Returns whether Tessera has a translation for the locale; without one (and
/// in the C locale) the English translation is installed, which words the counted texts ("2
/// places", not "2 place(s)"). Call it after the QApplication exists and before building windows.
bool installTranslations(const QLocale &locale);

} // namespace tessera
