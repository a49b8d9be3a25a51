#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// One part of a resource that has its own replicas: a component of a new-API endpoint
// (spec.components[]), or a worker group of a Ray cluster. The details panel lists them.
struct DeploymentComponent
{
    QString name;                      // component name / worker group_name
    bool frontend = false;             // the endpoint's frontend (the one the table shows)
    std::optional<int> minReplicas;
    std::optional<int> maxReplicas;
    bool hasAutoscaling = false;       // "autoscaling" present (an object)
    QJsonObject autoscaling;           // the legacy auto_scaler block, same keys
    QString image;
    QString resourceShape;

    bool operator==(const DeploymentComponent &other) const = default;
};
