#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>

// GET /deployments/{name}/events: what the platform did to a deployment recently.
struct DeploymentEvent
{
    QString type;     // "Normal", "Warning"
    QString reason;
    int count = 0;
    QDateTime lastObserved;

    // Newest first.
    static QList<DeploymentEvent> listFromJson(const QJsonValue &value);
};
