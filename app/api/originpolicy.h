#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

// Where the console sends a bearer token: the one rule, used for the workspace URL a user
// enters (WorkspaceUrl::isAllowedBaseUrl) and again for every redirect a server answers with.
//
// "This computer" is only what never asks DNS: the name `localhost` (answered by the hosts
// file) and literal loopback addresses. `localhost.` and `*.localhost` are names DNS answers,
// so they are not this computer.
class OriginPolicy
{
    Q_DECLARE_TR_FUNCTIONS(OriginPolicy)

public:
    // True for "localhost" (any case) and literal loopback addresses (127.0.0.0/8, ::1,
    // ::ffff:127.x.y.z, with or without brackets).
    static bool isLoopbackHost(const QString &host);

    // https to any host, or plain http to this computer only.
    static bool mayCarryToken(const QUrl &url);

    // Same scheme, host and port (a missing port is the scheme's default).
    static bool isSameOrigin(const QUrl &a, const QUrl &b);

    // "scheme://host:port" of `url`, for messages: never a path, query or user name.
    static QString originOf(const QUrl &url);
};
