#include "ui/simulation/simulationexport.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace tessera {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tessera::SimulationExport", text);
}

Status writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Status(ErrorCode::InvalidInput,
                      tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

} // namespace

Result<QStringList> writeSimulationReport(const QString &folder, const SimulationReport &report,
                                          const QList<std::pair<QString, QImage>> &charts)
{
    const QDir dir(folder);
    if (folder.isEmpty() || !dir.exists())
        return Error{ErrorCode::InvalidInput,
                     tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(folder))};
    QStringList written;
    const auto write = [&](const QString &name, const QByteArray &bytes) -> Status {
        const QString path = dir.filePath(name);
        if (Status status = writeFile(path, bytes); !status)
            return status;
        written << path;
        return {};
    };
    if (Status s = write(u"simulation-report.json"_s, QJsonDocument(report.toJson()).toJson()); !s)
        return s.error();
    if (Status s = write(u"simulation-samples.csv"_s, report.samplesCsv()); !s)
        return s.error();
    if (Status s = write(u"simulation-units.csv"_s, report.unitsCsv()); !s)
        return s.error();
    for (const auto &[stem, image] : charts) {
        const QString path = dir.filePath(u"chart-%1.png"_s.arg(stem));
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
            return Error{
                ErrorCode::InvalidInput,
                tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
        written << path;
    }
    return written;
}

} // namespace tessera
