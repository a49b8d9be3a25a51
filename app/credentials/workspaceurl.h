#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

// Where a workspace's API lives, and which base URLs the console will send a token to.
class WorkspaceUrl
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceUrl)

public:
    // The SDK's default (config.py API_URL_BASE + DGXC_WORKSPACE_API_PATH + id):
    // https://gateway.dgxc-lepton.nvidia.com/api/v2/workspaces/<workspaceId>.
    // An empty or unusable id (see CredentialString::isValidWorkspaceId) gives an empty QUrl.
    static QUrl defaultWorkspaceUrl(const QString &workspaceId);

    // The base URL to use: the override when it is set, the default otherwise.
    static QUrl effectiveBaseUrl(const QString &workspaceId, const QUrl &overrideUrl);

    // Whether the console may send a bearer token to this base URL: an absolute http(s)
    // URL with a host, no user name or password, no query and no fragment; https always,
    // plain http only to a loopback host (127.0.0.0/8, ::1, localhost; see OriginPolicy). On false, *why
    // (when given) says why in words for the user.
    static bool isAllowedBaseUrl(const QUrl &url, QString *why = nullptr);

    // True for "localhost" and for literal loopback addresses (127.0.0.0/8, ::1,
    // ::ffff:127.x.y.z); not for "localhost." or other names DNS answers (OriginPolicy).
    static bool isLoopbackHost(const QString &host);
};
