// The application's file dialogs on the folder of an open SQLite database: they must not open
// the database's files, because closing any descriptor of a file drops the process's POSIX
// locks on it, and SQLite's sharing between processes rests on those locks.

#include "core/store/store.h"
#include "ui/mainwindow/filedialogs.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemModel>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace tessera;

class TestFileDialogs final : public QObject
{
    Q_OBJECT

private slots:
    void browsingTheDatabaseFolderKeepsItsLocks();
};

namespace {

/// The locks of /proc/locks that this process holds on `path` (by inode), without their ordinals.
QStringList locksOn(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return {};
    QFile file(QStringLiteral("/proc/locks"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString pid = QString::number(::getpid());
    const QString inode = QStringLiteral(":%1 ").arg(quint64(info.st_ino));
    QStringList locks;
    for (const QString &line : QString::fromLatin1(file.readAll()).split(u'\n')) {
        const QStringList fields = line.simplified().split(u' ');
        // "1: POSIX  ADVISORY  READ 1234 08:01:5678 128 128"
        // Without the leading ordinal, which moves as other processes take and drop locks.
        if (fields.size() > 5 && fields[4] == pid && QString(fields[5] + u' ').endsWith(inode))
            locks << fields.mid(1).join(u' ');
    }
    return locks;
}

} // namespace

void TestFileDialogs::browsingTheDatabaseFolderKeepsItsLocks()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    DatabaseUrl url;
    url.path = dir.filePath(QStringLiteral("tessera.db"));
    Result<std::unique_ptr<Store>> store = Store::open(url);
    QVERIFY2(store, store ? "" : qPrintable(store.error().message));
    // Reading in WAL mode keeps SQLite's shared locks on the -shm file while the store is open.
    const QString shm = url.path + QStringLiteral("-shm");
    QVERIFY(QFileInfo::exists(shm));
    const QStringList before = locksOn(shm);
    QVERIFY2(!before.isEmpty(), "SQLite holds no lock to watch");

    QFileDialog *dialog = newFileDialog(nullptr, QStringLiteral("Open"), dir.path(), QString());
    dialog->setViewMode(QFileDialog::Detail);
    dialog->show();
    auto *model = dialog->findChild<QFileSystemModel *>();
    QVERIFY(model);
    // The folder is listed, the database's files with it.
    QTRY_VERIFY(model->index(shm).isValid() && model->rowCount(model->index(dir.path())) >= 3);
    // Give the model's gatherer time to fetch icons and types of every file.
    QTest::qWait(1500);
    QCOMPARE(locksOn(shm), before);
    dialog->close();
    QVERIFY((*store)->userCount());
}

QTEST_MAIN(TestFileDialogs)
#include "tst_filedialogs.moc"
