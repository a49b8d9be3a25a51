#include "app/credentials/workspaceurl.h"

#include "app/api/originpolicy.h"
#include "app/credentials/credentialstring.h"

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
    return OriginPolicy::isLoopbackHost(host);
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
    if (!OriginPolicy::mayCarryToken(url))
        return refuse(tr("The workspace URL must use https:// so the token is not sent in "
                         "clear text; plain http:// is allowed only for this computer "
                         "(localhost, 127.0.0.1, ::1)."));
    if (why)
        why->clear();
    return true;
}
