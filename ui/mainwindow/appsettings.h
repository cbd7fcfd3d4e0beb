#pragma once

#include <QString>

class QWidget;

namespace tessera {

/// The desktop settings kept in QSettings: the database, the terminal's name, the default hold
/// time, the printer, and window geometry. Needs the application's organisation and name set.
namespace AppSettings {

/// The database URL text; empty means DatabaseUrl::defaultLocation().
QString databaseUrl();
void setDatabaseUrl(const QString &url);

/// Who this terminal holds seats as: "clerk@" + the host name unless set.
QString terminalName();
/// The name of a terminal that has none set: "clerk@" + the host name.
QString defaultTerminalName();
void setTerminalName(const QString &name);

/// Seconds a hold lasts; 0 means the event's own hold time.
int holdSeconds();
void setHoldSeconds(int seconds);

/// The printer tickets go to; empty means the system default.
QString printerName();
void setPrinterName(const QString &name);

/// The folder ticket and receipt PDFs are offered in.
QString documentFolder();
void setDocumentFolder(const QString &folder);

void restoreGeometry(QWidget *window, const QString &key);
void saveGeometry(const QWidget *window, const QString &key);

} // namespace AppSettings

} // namespace tessera
