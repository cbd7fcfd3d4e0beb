#include "ui/mainwindow/appsettings.h"

#include <QSettings>
#include <QStandardPaths>
#include <QSysInfo>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace tessera::AppSettings {

QString databaseUrl()
{
    return QSettings().value("database/url"_L1).toString();
}

void setDatabaseUrl(const QString &url)
{
    QSettings().setValue("database/url"_L1, url);
}

QString terminalName()
{
    const QString name = QSettings().value("terminal/name"_L1).toString().trimmed();
    return name.isEmpty() ? defaultTerminalName() : name;
}

QString defaultTerminalName()
{
    const QString host = QSysInfo::machineHostName();
    return u"clerk@"_s + (host.isEmpty() ? u"localhost"_s : host);
}

void setTerminalName(const QString &name)
{
    QSettings().setValue("terminal/name"_L1, name.trimmed());
}

int holdSeconds()
{
    return QSettings().value("sales/holdSeconds"_L1, 0).toInt();
}

void setHoldSeconds(int seconds)
{
    QSettings().setValue("sales/holdSeconds"_L1, seconds);
}

QString printerName()
{
    return QSettings().value("printing/printer"_L1).toString();
}

void setPrinterName(const QString &name)
{
    QSettings().setValue("printing/printer"_L1, name);
}

QString documentFolder()
{
    const QString folder = QSettings().value("printing/folder"_L1).toString();
    return folder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) : folder;
}

void setDocumentFolder(const QString &folder)
{
    QSettings().setValue("printing/folder"_L1, folder);
}

void restoreGeometry(QWidget *window, const QString &key)
{
    const QByteArray geometry = QSettings().value(u"geometry/"_s + key).toByteArray();
    if (!geometry.isEmpty())
        window->restoreGeometry(geometry);
}

void saveGeometry(const QWidget *window, const QString &key)
{
    QSettings().setValue(u"geometry/"_s + key, window->saveGeometry());
}

} // namespace tessera::AppSettings
