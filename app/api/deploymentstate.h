#pragma once

#include <QMetaType>
#include <QString>

// The states Lepton reports in status.state, plus Unknown for "" and any string we have
// never seen (kept in Deployment::rawState so it is shown, never dropped).
enum class DeploymentState {
    Ready,
    NotReady,
    Starting,
    Updating,
    Scaling,
    Migrating,
    Stopping,
    Stopped,
    Deleting,
    Restarting,
    Error,
    Unknown,
};

namespace DeploymentStates {

DeploymentState fromString(const QString &state);
// The exact string the API uses ("Not Ready" with a space; "" for Unknown).
QString toApiString(DeploymentState state);
// The word a user reads in the table (translated).
QString displayName(DeploymentState state);
// States that are on their way to another one: the console polls faster while any
// deployment is in one, and the badge animates.
bool isTransitional(DeploymentState state);
// States a user should look at.
bool isProblem(DeploymentState state);

} // namespace DeploymentStates

Q_DECLARE_METATYPE(DeploymentState)
