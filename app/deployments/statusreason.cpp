#include "app/deployments/statusreason.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace StatusReason {

QString fromDeployment(const Deployment &deployment)
{
    if (!DeploymentStates::isProblem(deployment.state))
        return QString();
    const QJsonArray conditions = deployment.raw.value(QLatin1String("status"))
                                      .toObject()
                                      .value(QLatin1String("autoscaler_status"))
                                      .toObject()
                                      .value(QLatin1String("conditions"))
                                      .toArray();
    for (const QJsonValue &condition : conditions) {
        const QString message = condition.toObject().value(QLatin1String("message")).toString().trimmed();
        if (!message.isEmpty())
            return message;
    }
    return QString();
}

QString pick(const Deployment &deployment, const QList<ReadinessIssue> &issues, const QList<DeploymentEvent> &events)
{
    if (!DeploymentStates::isProblem(deployment.state))
        return QString();
    for (const ReadinessIssue &issue : issues) {
        const QString text = issue.message.trimmed().isEmpty() ? issue.reason.trimmed() : issue.message.trimmed();
        if (!text.isEmpty())
            return text;
    }
    // Newest first is how DeploymentEvent::listFromJson sorts them; asked again here so the
    // rule does not depend on who built the list.
    const DeploymentEvent *newest = nullptr;
    for (const DeploymentEvent &event : events) {
        if (event.type.compare(QLatin1String("Warning"), Qt::CaseInsensitive) != 0)
            continue;
        if (event.message.trimmed().isEmpty() && event.reason.trimmed().isEmpty())
            continue;
        if (!newest || event.lastObserved > newest->lastObserved)
            newest = &event;
    }
    if (newest) {
        if (newest->message.trimmed().isEmpty())
            return newest->reason.trimmed();
        const QString message = newest->message.trimmed();
        return newest->count > 1
            ? QCoreApplication::translate("StatusReason", "%1 (%n times)", nullptr, newest->count).arg(message)
            : message;
    }
    return fromDeployment(deployment);
}

} // namespace StatusReason
