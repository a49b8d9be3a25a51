#include "app/api/deploymentstate.h"

#include <QCoreApplication>

namespace DeploymentStates {

namespace {
struct StateName {
    DeploymentState state;
    const char *api;
};
constexpr StateName kStateNames[] = {
    {DeploymentState::Ready, "Ready"},         {DeploymentState::NotReady, "Not Ready"},
    {DeploymentState::Starting, "Starting"},   {DeploymentState::Updating, "Updating"},
    {DeploymentState::Scaling, "Scaling"},     {DeploymentState::Migrating, "Migrating"},
    {DeploymentState::Stopping, "Stopping"},   {DeploymentState::Stopped, "Stopped"},
    {DeploymentState::Deleting, "Deleting"},   {DeploymentState::Restarting, "Restarting"},
    {DeploymentState::Error, "Error"},
};
} // namespace

DeploymentState fromString(const QString &state)
{
    for (const StateName &entry : kStateNames) {
        if (state == QLatin1String(entry.api))
            return entry.state;
    }
    // The new API (/endpoints, /devpods) spells it without the space.
    if (state == QLatin1String("NotReady"))
        return DeploymentState::NotReady;
    return DeploymentState::Unknown;
}

DeploymentState fromStatus(const QString &statusState, const QString &phase, std::optional<int> minReplicas,
                           std::optional<int> desiredReplicas, QString *raw)
{
    // A legacy api-server folds Stopping/Stopped into status.state "Not Ready" and keeps
    // the real lifecycle state in status.phase: the phase wins when there is one.
    const QString &read = phase.isEmpty() ? statusState : phase;
    if (raw)
        *raw = read;
    const DeploymentState state = fromString(read);
    // Without a phase, "Not Ready" with zero replicas asked for and none wanted is a
    // stopped deployment, not a problem (`lep endpoint stop` reads it the same way).
    if (state == DeploymentState::NotReady && minReplicas.value_or(-1) == 0 && desiredReplicas.value_or(0) == 0)
        return DeploymentState::Stopped;
    return state;
}

QString toApiString(DeploymentState state)
{
    for (const StateName &entry : kStateNames) {
        if (entry.state == state)
            return QString::fromLatin1(entry.api);
    }
    return QString();
}

QString displayName(DeploymentState state)
{
    switch (state) {
    case DeploymentState::Ready: return QCoreApplication::translate("DeploymentState", "Ready");
    case DeploymentState::NotReady: return QCoreApplication::translate("DeploymentState", "Not Ready");
    case DeploymentState::Starting: return QCoreApplication::translate("DeploymentState", "Starting");
    case DeploymentState::Updating: return QCoreApplication::translate("DeploymentState", "Updating");
    case DeploymentState::Scaling: return QCoreApplication::translate("DeploymentState", "Scaling");
    case DeploymentState::Migrating: return QCoreApplication::translate("DeploymentState", "Migrating");
    case DeploymentState::Stopping: return QCoreApplication::translate("DeploymentState", "Stopping");
    case DeploymentState::Stopped: return QCoreApplication::translate("DeploymentState", "Stopped");
    case DeploymentState::Deleting: return QCoreApplication::translate("DeploymentState", "Deleting");
    case DeploymentState::Restarting: return QCoreApplication::translate("DeploymentState", "Restarting");
    case DeploymentState::Error: return QCoreApplication::translate("DeploymentState", "Error");
    case DeploymentState::Unknown: break;
    }
    return QCoreApplication::translate("DeploymentState", "Unknown");
}

bool isTransitional(DeploymentState state)
{
    switch (state) {
    case DeploymentState::Starting:
    case DeploymentState::Updating:
    case DeploymentState::Scaling:
    case DeploymentState::Migrating:
    case DeploymentState::Stopping:
    case DeploymentState::Deleting:
    case DeploymentState::Restarting:
        return true;
    default:
        return false;
    }
}

bool isProblem(DeploymentState state)
{
    return state == DeploymentState::Error || state == DeploymentState::NotReady
        || state == DeploymentState::Unknown;
}

} // namespace DeploymentStates
