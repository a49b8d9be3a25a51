#include "app/common/localuser.h"

#include <QDir>
#include <QProcessEnvironment>

namespace LocalUser {

QString name()
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *variable : {"LEPTON_CONSOLE_USER", "USER", "LOGNAME", "USERNAME"}) {
        const QString value = env.value(QLatin1String(variable)).trimmed();
        if (!value.isEmpty())
            return value;
    }
    return QDir::home().dirName();
}

} // namespace LocalUser
