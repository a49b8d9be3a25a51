#include "app/credentials/workspaceurl.h"

#include "app/credentials/credentialstring.h"

#include <QHostAddress>

namespace {

const QLatin1String kDefaultGateway("https://gateway.dgxc-lepton.nvidia.com");
const QLatin1String kWorkspaceApiPath("/api/v2/workspaces/");

} // namespace

QUrl WorkspaceUrl::defaultWorkspaceUrl(const QString &workspaceId)
{
    if (!CredentialString::isValidWorkspaceId(workspaceId))
        return QUrl();
    QUrl url(kDefaultGateway);
    url.setPath(kWorkspaceApiPath + workspaceId);
    return url;
}

QUrl WorkspaceUrl::effectiveBaseUrl(const QString &workspaceId, const QUrl &overrideUrl)
{
    if (!overrideUrl.isEmpty())
        return overrideUrl;
    return defaultWorkspaceUrl(workspaceId);
}

bool WorkspaceUrl::isLoopbackHost(const QString &host)
{
    QString name = host.trimmed().toLower();
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1); // "localhost." is the same name, fully qualified
    if (name == QLatin1String("localhost"))
        return true;
    if (name.startsWith(QLatin1Char('[')) && name.endsWith(QLatin1Char(']')))
        name = name.mid(1, name.size() - 2);
    QHostAddress address;
    if (!address.setAddress(name))
        return false; // a name other than localhost: DNS decides, so not trusted as loopback
    if (address.isLoopback())
        return true;
    // An IPv4-mapped IPv6 address (::ffff:127.0.0.1) is loopback when its IPv4 part is.
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 && (v4 >> 24) == 127;
}

bool WorkspaceUrl::isAllowedBaseUrl(const QUrl &url, QString *why)
{
    const auto refuse = [why](const QString &reason) {
        if (why)
            *why = reason;
        return false;
    };
    if (url.isEmpty())
        return refuse(tr("The workspace URL is empty."));
    if (!url.isValid())
        return refuse(tr("The workspace URL is not a valid URL: %1").arg(url.errorString()));
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return refuse(tr("The workspace URL must start with https:// (it is \"%1\").")
                          .arg(url.toDisplayString(QUrl::RemoveUserInfo)));
    if (url.host().isEmpty())
        return refuse(tr("The workspace URL has no host name."));
    if (!url.userName().isEmpty() || !url.password().isEmpty())
        return refuse(tr("The workspace URL must not contain a user name or password; "
                         "the token is sent separately."));
    if (url.hasQuery() || url.hasFragment())
        return refuse(tr("The workspace URL must not contain a query (?…) or fragment (#…)."));
    if (scheme == QLatin1String("http") && !isLoopbackHost(url.host()))
        return refuse(tr("The workspace URL must use https:// so the token is not sent in "
                         "clear text; plain http:// is allowed only for this computer "
                         "(localhost, 127.0.0.1, ::1)."));
    if (why)
        why->clear();
    return true;
}
