#include "app/api/readinessissue.h"

#include <QJsonArray>
#include <QJsonObject>

QList<ReadinessIssue> ReadinessIssue::listFromJson(const QJsonValue &value)
{
    QList<ReadinessIssue> issues;
    const QJsonObject byReplica = value.toObject();
    for (auto it = byReplica.constBegin(); it != byReplica.constEnd(); ++it) {
        for (const QJsonValue &item : it.value().toArray()) {
            const QJsonObject object = item.toObject();
            ReadinessIssue issue;
            issue.replicaId = it.key();
            issue.reason = object.value(QLatin1String("reason")).toString();
            issue.message = object.value(QLatin1String("message")).toString();
            const QJsonValue since = object.value(QLatin1String("creationTimestamp"));
            issue.since = since.isString() ? since.toString() : since.toVariant().toString();
            issues.append(issue);
        }
    }
    return issues;
}
