#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

// GET /deployments/{name}/replicas: one running copy of a deployment and its node.
struct Replica
{
    QString id;
    QString nodeName;
    QString nodeId;
    QString publicIp;
    QJsonObject raw;

    static QList<Replica> listFromJson(const QJsonValue &value);
};
