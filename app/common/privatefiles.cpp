#include "app/common/privatefiles.h"

#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

constexpr mode_t GroupAndOther = S_IRWXG | S_IRWXO;

} // namespace

bool PrivateFiles::makeFolder(const QString &folder)
{
    const QString path = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    if (QFileInfo(path).isDir())
        return true;
    // The missing folders, outermost first; mkdir's mode is only narrowed by the umask.
    QStringList missing;
    for (QString at = path; !at.isEmpty() && !QFileInfo::exists(at);) {
        missing.prepend(at);
        const QString parent = QFileInfo(at).path();
        if (parent == at)
            break;
        at = parent;
    }
    for (const QString &dir : std::as_const(missing)) {
        if (::mkdir(QFile::encodeName(dir).constData(), FolderMode) != 0 && errno != EEXIST)
            return false;
    }
    return QFileInfo(path).isDir();
}

bool PrivateFiles::createFile(const QString &path)
{
    if (QFileInfo::exists(path))
        return true;
    if (!makeFolder(QFileInfo(path).absolutePath()))
        return false;
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, FileMode);
    if (fd < 0)
        return errno == EEXIST;
    ::close(fd);
    return true;
}

bool PrivateFiles::restrict(const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    struct stat info {};
    // stat and chmod follow a symbolic link: what matters is the file it points to.
    if (::stat(name.constData(), &info) != 0)
        return errno == ENOENT;
    if ((info.st_mode & GroupAndOther) == 0)
        return true;
    return ::chmod(name.constData(), info.st_mode & ~GroupAndOther & 07777) == 0;
}

bool PrivateFiles::restrict(QFileDevice &file)
{
    return file.setPermissions(FilePermissions);
}

bool PrivateFiles::isPrivate(const QString &path)
{
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return false;
    return (info.st_mode & GroupAndOther) == 0;
}
