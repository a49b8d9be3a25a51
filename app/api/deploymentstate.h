#pragma once

#include <QMetaType>
#include <QString>

#include <optional>

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

// One state name: the legacy names ("Not Ready") and the new API's ("NotReady").
DeploymentState fromString(const QString &state);
// The state a deployment is in, from its status: `phase` when not empty (a legacy server
// keeps the real state there), else `statusState`; "Not Ready" with min_replicas 0 and no
// replica desired is Stopped. `raw` gets the string the state was read from.
DeploymentState fromStatus(const QString &statusState, const QString &phase, std::optional<int> minReplicas,
                           std::optional<int> desiredReplicas, QString *raw = nullptr);
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
