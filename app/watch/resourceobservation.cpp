#include "app/watch/resourceobservation.h"

#include "app/api/deployment.h"
#include "app/api/replica.h"
#include "app/deployments/statusreason.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace {

// The first message among status.<key>.conditions (legacy "autoscaler_status", new API
// "auto_scaler_status").
QString conditionMessage(const QJsonObject &status, QLatin1String key)
{
    const QJsonArray conditions = status.value(key).toObject().value(QLatin1String("conditions")).toArray();
    for (const QJsonValue &condition : conditions) {
        const QString message = condition.toObject().value(QLatin1String("message")).toString().trimmed();
        if (!message.isEmpty())
            return message;
    }
    return QString();
}

} // namespace

ResourceObservation ResourceObservation::of(const Deployment &deployment)
{
    ResourceObservation o;
    o.kind = deployment.kind;
    o.name = deployment.name;
    o.state = deployment.state;
    o.stateText = deployment.rawState.isEmpty() ? DeploymentStates::toApiString(deployment.state) : deployment.rawState;
    if (o.stateText.isEmpty())
        o.stateText = DeploymentStates::displayName(deployment.state);
    o.serverMessage = StatusReason::fromDeployment(deployment);
    if (o.serverMessage.isEmpty() && DeploymentStates::isProblem(deployment.state)) {
        const QJsonObject status = deployment.raw.value(QLatin1String("status")).toObject();
        o.serverMessage = conditionMessage(status, QLatin1String("auto_scaler_status"));
        if (o.serverMessage.isEmpty())
            o.serverMessage = status.value(QLatin1String("message")).toString().trimmed();
    }
    o.idleAtZero = deployment.isIdleAtZero();
    o.atZero = deployment.isScaledToZero() || deployment.suspended || o.idleAtZero
        || deployment.state == DeploymentState::Stopped || deployment.state == DeploymentState::Stopping;
    return o;
}

void ResourceObservation::addReplicas(ResourceObservation *observation, const QList<Replica> &replicas)
{
    // Replicas read: a replica that does not say has not restarted (so the first restart a
    // server reports is counted, not taken as the starting point).
    int total = 0;
    for (const Replica &replica : replicas) {
        const QJsonObject status = replica.raw.value(QLatin1String("status")).toObject();
        total += std::max(0, status.value(QLatin1String("restart_count")).toInt());
    }
    observation->restartCount = total;
}
