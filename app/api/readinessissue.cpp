#include "app/api/readinessissue.h"

#include "app/api/apijsonkeys.h"

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
            issue.reason = object.value(ApiJsonKeys::Reason).toString();
            issue.message = object.value(ApiJsonKeys::Message).toString();
            const QJsonValue since = object.value(ApiJsonKeys::CreationTimestamp);
            issue.since = since.isString() ? since.toString() : since.toVariant().toString();
            issues.append(issue);
        }
    }
    return issues;
}
