// tessera-cli layout import | layout export, and the layout files events create reads.

#include "core/cli/clicontext_p.h"
#include "core/cli/clilayoutfile_p.h"
#include "core/layout/importreport.h"
#include "core/layout/layoutcsv.h"
#include "core/layout/pretixformat.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

namespace tessera::cli {

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("tessera::cli", text);
}
} // namespace

Result<ImportReport> readLayoutFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::InvalidInput, tr("cannot read %1: %2").arg(path, file.errorString())};
    const QByteArray data = file.readAll();
    const QString suffix = QFileInfo(path).suffix().toLower();
    // Neither .json nor .csv: a plan starts with '{' (after a UTF-8 byte order mark, if any).
    QByteArrayView body(data);
    if (body.startsWith("\xef\xbb\xbf"))
        body = body.sliced(3);
    const bool json = suffix == u"json"_s || (suffix != u"csv"_s && body.trimmed().startsWith('{'));
    Result<ImportReport> report =
        json ? PretixFormat::import(data) : LayoutCsv::import(data, QFileInfo(path).completeBaseName());
    if (!report)
        return Error{ErrorCode::InvalidInput, tr("%1: %2").arg(path, report.error().message)};
    return report;
}

Status writeLayoutFile(const QString &path, const VenueLayout &layout)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != u"json"_s && suffix != u"csv"_s)
        return Status(ErrorCode::InvalidInput,
                      tr("%1: name the file .json (pretix) or .csv (seats)").arg(path));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status(ErrorCode::InvalidInput, tr("cannot write %1: %2").arg(path, file.errorString()));
    file.write(suffix == u"json"_s ? PretixFormat::exportLayout(layout) : LayoutCsv::exportLayout(layout));
    if (!file.commit())
        return Status(ErrorCode::InvalidInput, tr("cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

void addLayoutOptions(QCommandLineParser &parser, const QString &sub)
{
    parser.addPositionalArgument(u"layout"_s, tr("layout import | layout export"));
    parser.addPositionalArgument(u"EVENT"_s, tr("Event id or exact name."));
    parser.addPositionalArgument(u"FILE"_s, sub == u"import"_s
                                                ? tr("pretix JSON or seat CSV to read.")
                                                : tr("File to write: .json (pretix) or .csv (seats)."));
}

CliExit runLayout(Context &c, const QString &sub)
{
    if (c.positional.size() != 2)
        return c.fail(CliExit::Usage, tr("layout %1 needs EVENT and FILE").arg(sub));
    const QString path = c.positional[1];
    std::optional<ImportReport> imported;
    if (sub == u"import"_s) {
        Result<ImportReport> read = readLayoutFile(path);
        if (!read)
            return c.fail(CliExit::Usage, read.error().message);
        imported = std::move(*read);
    }
    CliExit exit = CliExit::Done;
    auto office = c.open(exit);
    if (!office)
        return exit;
    const auto entry = findEvent(c, *office, c.positional[0]);
    if (!entry)
        return CliExit::Usage;
    // The layout as it is now, with the seats blocked since it was saved.
    Result<VenueLayout> current = await(office->layout(entry->event.id));
    if (!current)
        return c.fail(exitFor(current.error()), current.error().message);
    if (sub == u"export"_s) {
        if (Status written = writeLayoutFile(path, *current); !written)
            return c.fail(CliExit::Usage, written.error().message);
        c.out << tr("wrote %1 seats of %2 to %3").arg(current->seats.size()).arg(entry->event.name, path)
              << Qt::endl;
        return CliExit::Done;
    }
    if (imported->layout.seats.isEmpty() && imported->layout.standingAreas.isEmpty())
        return c.fail(CliExit::Usage,
                      tr("%1 has no seats and no standing areas; nothing was imported").arg(path));
    const QStringList kept = keepFromCurrent(*current, imported->layout);
    const bool allPriced =
        std::all_of(imported->layout.categories.cbegin(), imported->layout.categories.cend(),
                    [](const PriceCategory &category) { return category.priceCents > 0; });
    for (const QString &warning : imported->warnings) {
        // Prices set again from the current layout are no longer worth the warning.
        if (!allPriced || !warning.contains(u"cost 0.00"_s))
            c.err << tr("warning: %1").arg(warning) << Qt::endl;
    }
    for (const QString &note : kept)
        c.out << note << Qt::endl;
    Result<Event> replaced = await(office->replaceLayout(entry->event.id, imported->layout));
    if (!replaced)
        return c.fail(exitFor(replaced.error()), replaced.error().message);
    c.out << tr("imported %1 seats and %2 standing areas into %3")
                 .arg(imported->layout.seats.size())
                 .arg(imported->layout.standingAreas.size())
                 .arg(entry->event.name)
          << Qt::endl;
    return CliExit::Done;
}

} // namespace tessera::cli
