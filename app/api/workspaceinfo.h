#pragma once

#include "app/api/apigeneration.h"

#include <QHash>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

// One entry of supported_shapes, as the SDK's shape spec has it: CPU, memory (MiB) and the
// accelerators of one replica. A field the server left out stays unknown (nullopt / empty).
struct ShapeSpec
{
    QString name;
    std::optional<double> cpu;
    std::optional<double> memoryMiB;
    QString acceleratorType;               // "NVIDIA-A10G"; empty for a CPU shape or unknown
    std::optional<double> acceleratorNum;  // accelerators per replica; 0 for a CPU shape

    bool operator==(const ShapeSpec &other) const = default;
};

// GET /workspace: who the workspace is and which resource shapes it offers.
struct WorkspaceInfo
{
    QString name;
    QString tier;
    QString state;
    QString buildTime;
    QString gitCommit;
    QStringList supportedShapes;   // sorted names from supported_shapes
    // supported_shapes parsed, by name: the object the legacy API sends ({name: spec}) or a
    // list of specs that each carry a "name" (either generation may send either). A number may
    // come as a JSON number or a numeric string; anything else leaves that field unknown.
    QHash<QString, ShapeSpec> shapes;
    // features.enable_new_deployment_api: only an explicit JSON true counts (an absent flag,
    // false, a string "true" or a missing features object is the legacy API, as in the SDK).
    bool newDeploymentApi = false;
    QJsonObject raw;

    ApiGeneration apiGeneration() const { return newDeploymentApi ? ApiGeneration::New : ApiGeneration::Legacy; }

    static WorkspaceInfo fromJson(const QJsonObject &object);
    // The description of one shape ("4 CPU, 16 GiB, 1 × A10"), empty when unknown.
    QString shapeDescription(const QString &shape) const;
    // Accelerators per replica of `shape`; nullopt when the workspace does not say.
    std::optional<double> acceleratorsOf(const QString &shape) const;

    static QHash<QString, ShapeSpec> parseShapes(const QJsonValue &supportedShapes);
};

Q_DECLARE_METATYPE(WorkspaceInfo)
