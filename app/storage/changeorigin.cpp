#include "app/storage/changeorigin.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSysInfo>

#include <cerrno>
#include <csignal>
#include <sys/types.h>

ChangeOrigin ChangeOrigin::current()
{
    static const ChangeOrigin origin = [] {
        ChangeOrigin o;
        o.program = QFileInfo(QCoreApplication::applicationFilePath()).fileName();
        o.host = QSysInfo::machineHostName();
        o.pid = QCoreApplication::applicationPid();
        return o;
    }();
    return origin;
}

bool ChangeOrigin::processGone(const QString &host, qint64 pid)
{
    if (pid <= 0 || host.isEmpty() || host != current().host)
        return false;
    if (pid == current().pid)
        return false;
    // Signal 0 checks that the process exists without touching it; EPERM: it runs, as another user.
    return ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
}
