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
    // What happened, in the server's words. The SDK's model has no such field, so it is often
    // absent (empty); the platform's events carry it.
    QString message;
    int count = 0;
    QDateTime lastObserved;

    // Newest first.
    static QList<DeploymentEvent> listFromJson(const QJsonValue &value);
};
