#include "app/common/processhardening.h"

#include <QString>
#include <QStringList>

#include <cerrno>
#include <cstring>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif
#include <sys/resource.h>

bool ProcessHardening::disableCoreDumps(QString *error)
{
    QStringList failures;
    const auto failed = [&failures](const char *what) {
        failures << QStringLiteral("%1: %2").arg(QLatin1String(what), QString::fromLocal8Bit(std::strerror(errno)));
    };
    const struct rlimit none {0, 0};
    if (::setrlimit(RLIMIT_CORE, &none) != 0)
        failed("setrlimit(RLIMIT_CORE, 0)");
#ifdef Q_OS_LINUX
    if (::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0)
        failed("prctl(PR_SET_DUMPABLE, 0)");
#endif
    if (error)
        *error = failures.join(QStringLiteral("; "));
    return failures.isEmpty();
}
