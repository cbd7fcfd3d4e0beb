#include "core/store/sqlitepresence.h"

#include <QFile>

#include <fcntl.h>
#include <unistd.h>

namespace tessera {

namespace {

/// The first byte of the file, the one every process locks.
struct flock firstByte(short type)
{
    struct flock lock = {};
    lock.l_type = type;
    lock.l_whence = SEEK_SET;
    lock.l_start = 0;
    lock.l_len = 1;
    lock.l_pid = 0; // required for open file description locks
    return lock;
}

} // namespace

QString SqlitePresence::presencePath(const QString &path)
{
    return path + QStringLiteral("-presence");
}

SqlitePresence::SqlitePresence(const QString &path)
{
    const QByteArray file = QFile::encodeName(presencePath(path));
    m_fd = ::open(file.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0666);
    if (m_fd < 0)
        m_fd = ::open(file.constData(), O_RDONLY | O_CLOEXEC); // a read lock needs no write access
    if (m_fd < 0)
        return;
    // Nobody ever holds the write lock (othersPresent() only asks whether it could be taken), so
    // the shared lock is granted at once.
    struct flock shared = firstByte(F_RDLCK);
    if (::fcntl(m_fd, F_OFD_SETLK, &shared) != 0) {
        ::close(m_fd);
        m_fd = -1;
        return;
    }
    // Two processes that join at the same moment each see the other: both careful.
    m_othersAtJoin = othersPresent();
}

SqlitePresence::~SqlitePresence()
{
    if (m_fd >= 0)
        ::close(m_fd); // drops the lock
}

bool SqlitePresence::othersPresent() const
{
    if (m_fd < 0)
        return true;
    // An exclusive lock would conflict with every other description's shared lock, never with
    // this one's own.
    struct flock probe = firstByte(F_WRLCK);
    if (::fcntl(m_fd, F_OFD_GETLK, &probe) != 0)
        return true;
    return probe.l_type != F_UNLCK;
}

} // namespace tessera
