#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

// GET /deployments/{name}/readiness: why a replica is not ready, per replica.
struct ReadinessIssue
{
    QString replicaId;
    QString reason;
    QString message;
    QString since;   // creationTimestamp as sent

    static QList<ReadinessIssue> listFromJson(const QJsonValue &value);
};
