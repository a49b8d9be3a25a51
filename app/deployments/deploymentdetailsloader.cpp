#include "app/deployments/deploymentdetailsloader.h"

#include "app/api/leptonclient.h"

DeploymentDetailsLoader::Readiness DeploymentDetailsLoader::Readiness::of(const QList<ReadinessIssue> &reported)
{
    Readiness readiness;
    for (const ReadinessIssue &issue : reported) {
        if (issue.reason == QLatin1String("Ready") && issue.message.isEmpty())
            ++readiness.ready;
        else
            readiness.issues.append(issue);
    }
    return readiness;
}

DeploymentDetailsLoader::DeploymentDetailsLoader(QObject *parent)
    : QObject(parent)
{
}

void DeploymentDetailsLoader::setClient(LeptonClient *client)
{
    if (m_client == client)
        return;
    cancel();
    m_client = client;
}

void DeploymentDetailsLoader::cancel()
{
    ++m_generation;
}

bool DeploymentDetailsLoader::load(const QString &name)
{
    const quint64 generation = ++m_generation;
    if (!m_client)
        return false;

    m_client->listReplicas(name, this, [this, generation, name](const ReplicasResult &result) {
        if (generation == m_generation)
            Q_EMIT replicasLoaded(name, result);
    });

    m_client->getReadiness(name, this, [this, generation, name](const ApiResult<QList<ReadinessIssue>> &result) {
        if (generation != m_generation)
            return;
        Q_EMIT readinessLoaded(name, result.ok() ? ReadinessResult::success(Readiness::of(result.value))
                                                 : ReadinessResult::failure(result.error));
    });

    m_client->listEvents(name, this, [this, generation, name](const EventsResult &result) {
        if (generation != m_generation)
            return;
        if (!result.ok() || result.value.size() <= MaxEvents)
            return Q_EMIT eventsLoaded(name, result);
        // DeploymentEvent::listFromJson already sorts newest first.
        Q_EMIT eventsLoaded(name, EventsResult::success(result.value.first(MaxEvents)));
    });
    return true;
}
