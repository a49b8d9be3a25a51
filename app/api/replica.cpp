#include "app/api/replica.h"

#include <QJsonArray>

QList<Replica> Replica::listFromJson(const QJsonValue &value)
{
    QList<Replica> replicas;
    for (const QJsonValue &item : value.toArray()) {
        const QJsonObject object = item.toObject();
        Replica replica;
        const QJsonObject metadata = object.value(QLatin1String("metadata")).toObject();
        replica.id = metadata.value(QLatin1String("id")).toString(object.value(QLatin1String("id")).toString());
        if (replica.id.isEmpty())
            replica.id = metadata.value(QLatin1String("name")).toString();
        const QJsonObject status = object.value(QLatin1String("status")).toObject();
        const QJsonObject node = status.value(QLatin1String("node")).toObject();
        replica.nodeName = node.value(QLatin1String("name")).toString();
        replica.nodeId = node.value(QLatin1String("id")).toString();
        replica.publicIp = status.value(QLatin1String("public_ip")).toString();
        replica.raw = object;
        replicas.append(replica);
    }
    return replicas;
}
