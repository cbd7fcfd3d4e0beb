#include "ui/mainwindow/filedialogs.h"

#include <QAbstractFileIconProvider>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QStyle>

namespace tessera {

namespace {

/// Icons and types from the file name and kind only: nothing is opened or read.
class NameOnlyIconProvider final : public QAbstractFileIconProvider
{
public:
    QIcon icon(IconType type) const override
    {
        return QApplication::style()->standardIcon(type == Folder ? QStyle::SP_DirIcon : QStyle::SP_FileIcon);
    }
    QIcon icon(const QFileInfo &info) const override
    {
        return QApplication::style()->standardIcon(info.isDir() ? QStyle::SP_DirIcon : QStyle::SP_FileIcon);
    }
    QString type(const QFileInfo &info) const override
    {
        if (info.isDir())
            return QFileDialog::tr("Folder");
        return info.suffix().isEmpty() ? QFileDialog::tr("File") : info.suffix().toUpper();
    }
};

QFileDialog *prepared(QFileDialog *dialog)
{
    static NameOnlyIconProvider provider; // outlives every dialog
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->setIconProvider(&provider);
    return dialog;
}

} // namespace

QFileDialog *newFileDialog(QWidget *parent, const QString &caption, const QString &directory,
                           const QString &filter)
{
    auto *dialog = prepared(new QFileDialog(parent, caption, directory, filter));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}

QString chooseOpenFile(QWidget *parent, const QString &caption, const QString &directory,
                       const QString &filter)
{
    QFileDialog dialog(parent, caption, directory, filter);
    prepared(&dialog)->setFileMode(QFileDialog::ExistingFile);
    return dialog.exec() == QDialog::Accepted ? dialog.selectedFiles().value(0) : QString();
}

QString chooseSaveFile(QWidget *parent, const QString &caption, const QString &directory,
                       const QString &filter, QString *selectedFilter)
{
    QFileDialog dialog(parent, caption, directory, filter);
    prepared(&dialog)->setAcceptMode(QFileDialog::AcceptSave);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    if (selectedFilter)
        *selectedFilter = dialog.selectedNameFilter();
    return dialog.selectedFiles().value(0);
}

QString chooseFolder(QWidget *parent, const QString &caption, const QString &directory)
{
    QFileDialog dialog(parent, caption, directory);
    prepared(&dialog)->setFileMode(QFileDialog::Directory);
    dialog.setOption(QFileDialog::ShowDirsOnly);
    return dialog.exec() == QDialog::Accepted ? dialog.selectedFiles().value(0) : QString();
}

} // namespace tessera
