#pragma once

#include <QString>

class QFileDialog;
class QWidget;

namespace tessera {

// File dialogs that never open the files they list.
//
// Qt's file dialog asks QMimeDatabase for each listed file's icon and type, and that reads the
// first bytes of files it cannot name by suffix: tessera.db, tessera.db-wal and tessera.db-shm
// among them, whatever the filter. SQLite's locks are POSIX record locks, which a process loses
// on a file as soon as it closes any descriptor of that file: a dialog browsing the folder of the
// open database silently dropped them, another process on the file then took it for unused, and
// sales were lost. These dialogs name icons and types from the file name only, and are Qt's own
// (a native dialog runs the same sniffing in this process).

/// A dialog to open non-modally (it is deleted when closed).
QFileDialog *newFileDialog(QWidget *parent, const QString &caption, const QString &directory,
                           const QString &filter);
/// Modal: a file to read, or an empty string.
QString chooseOpenFile(QWidget *parent, const QString &caption, const QString &directory,
                       const QString &filter);
/// Modal: a file to write, or an empty string; `selectedFilter` gets the filter chosen.
QString chooseSaveFile(QWidget *parent, const QString &caption, const QString &directory,
                       const QString &filter, QString *selectedFilter = nullptr);
/// Modal: an existing folder, or an empty string.
QString chooseFolder(QWidget *parent, const QString &caption, const QString &directory);

} // namespace tessera
