#include "app/credentials/tokenexpirynotice.h"

TokenExpiryNotice TokenExpiryNotice::of(const TokenLifetime &lifetime, const QDateTime &now)
{
    TokenExpiryNotice notice;
    if (!lifetime.known())
        return notice;
    if (lifetime.isExpired(now))
        notice.m_level = Level::Expired;
    else if (lifetime.isExpiringSoon(now))
        notice.m_level = Level::ExpiresSoon;
    else
        return notice;
    notice.m_expiresAt = lifetime.expiresAt();
    notice.m_phrase = lifetime.describe(now);
    return notice;
}

QString TokenExpiryNotice::message(const QString &workspaceName) const
{
    // The date in UTC and in a fixed form: the same words in the window, a log and a terminal.
    const QString when = m_expiresAt.toString(QStringLiteral("ddd d MMM yyyy HH:mm 'UTC'"));
    switch (m_level) {
    case Level::None:
        return QString();
    case Level::ExpiresSoon:
        return tr("The token for workspace %1 %2 (%3). Replace it before then, or the console can no longer "
                  "read or change its deployments.")
            .arg(workspaceName, m_phrase, when);
    case Level::Expired:
        return tr("The token for workspace %1 %2 (%3). Replace it: the workspace refuses an expired token.")
            .arg(workspaceName, m_phrase, when);
    }
    return QString();
}
