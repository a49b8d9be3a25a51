#pragma once

#include "app/credentials/workspaceurl.h"

#include <QMetaType>
#include <QString>
#include <QUrl>

// What the console needs to talk to one workspace. A value: copy it, compare it.
// The token lives here only in memory; it is kept by TokenStore (the system keychain)
// or SessionTokens, never in settings or logs.
struct WorkspaceCredentials
{
    QString workspaceId;
    QString token;
    QUrl baseUrl;        // empty = WorkspaceUrl::defaultWorkspaceUrl(workspaceId)
    QString displayName; // may be empty; the id is shown then
    // Sent as the "origin" header, as the SDK sends workspace_origin_url /
    // LEPTON_WORKSPACE_ORIGIN_URL (LeptonClient::setOrigin); empty: the SDK's default.
    QUrl originUrl;

    QUrl effectiveBaseUrl() const { return WorkspaceUrl::effectiveBaseUrl(workspaceId, baseUrl); }
    QString displayNameOrId() const { return displayName.isEmpty() ? workspaceId : displayName; }
    bool hasToken() const { return !token.isEmpty(); }

    friend bool operator==(const WorkspaceCredentials &, const WorkspaceCredentials &) = default;
};

Q_DECLARE_METATYPE(WorkspaceCredentials)
