#include "app/api/replica.h"

#include "app/api/apijsonkeys.h"

#include <QJsonArray>

QList<Replica> Replica::listFromJson(const QJsonValue &value)
{
    QList<Replica> replicas;
    for (const QJsonValue &item : value.toArray()) {
        const QJsonObject object = item.toObject();
        Replica replica;
        const QJsonObject metadata = object.value(ApiJsonKeys::Metadata).toObject();
        replica.id = metadata.value(ApiJsonKeys::Id).toString(object.value(ApiJsonKeys::Id).toString());
        if (replica.id.isEmpty())
            replica.id = metadata.value(ApiJsonKeys::Name).toString();
        const QJsonObject status = object.value(ApiJsonKeys::Status).toObject();
        const QJsonObject node = status.value(ApiJsonKeys::Node).toObject();
        replica.nodeName = node.value(ApiJsonKeys::Name).toString();
        replica.nodeId = node.value(ApiJsonKeys::Id).toString();
        replica.publicIp = status.value(ApiJsonKeys::PublicIp).toString();
        replica.raw = object;
        replicas.append(replica);
    }
    return replicas;
}
