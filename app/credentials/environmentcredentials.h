#pragma once

#include "app/credentials/workspacecredentials.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

// Credentials from the environment, read the way the SDK's APIClient reads them:
// LEPTON_WORKSPACE_ID, LEPTON_WORKSPACE_TOKEN, LEPTON_WORKSPACE_URL (and
// LEPTON_WORKSPACE_ORIGIN_URL). As in the SDK an empty variable counts as unset, and an
// id holding a colon is a whole credential string "<id>:<token>" whose token wins over
// LEPTON_WORKSPACE_TOKEN. Values are trimmed; the URL must pass
// WorkspaceUrl::isAllowedBaseUrl.
class EnvironmentCredentials
{
    Q_DECLARE_TR_FUNCTIONS(EnvironmentCredentials)

public:
    enum class Status {
        NotSet,  // none of the variables is set: nothing to use, nothing to report
        Ok,      // credentials.workspaceId is set; credentials.token may be empty
                 // (LEPTON_WORKSPACE_TOKEN unset), then look it up or ask for it
        Invalid, // set, but unusable; errorMessage says why (never quoting the token)
    };

    struct Result
    {
        Status status = Status::NotSet;
        WorkspaceCredentials credentials; // displayName stays empty
        QUrl originUrl;                   // LEPTON_WORKSPACE_ORIGIN_URL, empty when unset
        QString errorMessage;
        bool isOk() const { return status == Status::Ok; }
    };

    static Result read(const QProcessEnvironment &environment
                       = QProcessEnvironment::systemEnvironment());
};
