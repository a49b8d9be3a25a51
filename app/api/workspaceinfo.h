#pragma once

#include "app/api/apigeneration.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

// GET /workspace: who the workspace is and which resource shapes it offers.
struct WorkspaceInfo
{
    QString name;
    QString tier;
    QString state;
    QString buildTime;
    QString gitCommit;
    QStringList supportedShapes;   // sorted names from supported_shapes
    // features.enable_new_deployment_api: only an explicit JSON true counts (an absent flag,
    // false, a string "true" or a missing features object is the legacy API, as in the SDK).
    bool newDeploymentApi = false;
    QJsonObject raw;

    ApiGeneration apiGeneration() const { return newDeploymentApi ? ApiGeneration::New : ApiGeneration::Legacy; }

    static WorkspaceInfo fromJson(const QJsonObject &object);
    // The description of one shape ("4 CPU, 16 GiB, 1 × A10"), empty when unknown.
    QString shapeDescription(const QString &shape) const;
};

Q_DECLARE_METATYPE(WorkspaceInfo)
