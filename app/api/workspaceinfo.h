#pragma once

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
    QJsonObject raw;

    static WorkspaceInfo fromJson(const QJsonObject &object);
    // The description of one shape ("4 CPU, 16 GiB, 1 × A10"), empty when unknown.
    QString shapeDescription(const QString &shape) const;
};

Q_DECLARE_METATYPE(WorkspaceInfo)
