#include "ui/i18n/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace tessera {

namespace {

constexpr const char *kTranslatorName = "tesseraTranslator";

/// Loads `name`_<language>.qm from `folder` for `locale` into a translator owned by the
/// application, and installs it. False when there is no such file.
bool install(const QLocale &locale, const QString &name, const QString &folder)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    translator->setObjectName(QLatin1StringView(kTranslatorName));
    if (!translator->load(locale, name, u"_"_s, folder) || !QCoreApplication::installTranslator(translator)) {
        delete translator;
        return false;
    }
    return true;
}

} // namespace

bool installTranslations(const QLocale &locale)
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app)
        return false;
    const QList<QTranslator *> previous =
        app->findChildren<QTranslator *>(QLatin1StringView(kTranslatorName), Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : previous) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    install(locale, u"qtbase"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (install(locale, u"tessera"_s, u":/i18n"_s))
        return true;
    // No translation for this language, or the C locale of a bare session: the English one, so
    // that counted texts read "1 place" and "2 places", never "2 place(s)".
    install(QLocale(QLocale::English, QLocale::UnitedStates), u"tessera"_s, u":/i18n"_s);
    return false;
}

} // namespace tessera
