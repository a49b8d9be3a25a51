#include "app/api/workspaceinfo.h"

#include <QCoreApplication>
#include <QStringList>

WorkspaceInfo WorkspaceInfo::fromJson(const QJsonObject &object)
{
    WorkspaceInfo info;
    info.name = object.value(QLatin1String("workspace_name")).toString();
    info.tier = object.value(QLatin1String("workspace_tier")).toString();
    info.state = object.value(QLatin1String("workspace_state")).toString();
    info.buildTime = object.value(QLatin1String("build_time")).toString();
    info.gitCommit = object.value(QLatin1String("git_commit")).toString();
    info.supportedShapes = object.value(QLatin1String("supported_shapes")).toObject().keys();
    info.supportedShapes.sort();
    info.raw = object;
    return info;
}

QString WorkspaceInfo::shapeDescription(const QString &shape) const
{
    const QJsonObject spec = raw.value(QLatin1String("supported_shapes")).toObject().value(shape).toObject();
    if (spec.isEmpty())
        return QString();
    QStringList parts;
    if (spec.value(QLatin1String("cpu")).isDouble())
        parts << QCoreApplication::translate("WorkspaceInfo", "%1 CPU").arg(spec.value(QLatin1String("cpu")).toDouble());
    if (spec.value(QLatin1String("memory")).isDouble())
        parts << QCoreApplication::translate("WorkspaceInfo", "%1 MiB").arg(spec.value(QLatin1String("memory")).toDouble());
    const int accelerators = spec.value(QLatin1String("accelerator_num")).toInt();
    const QString acceleratorType = spec.value(QLatin1String("accelerator_type")).toString();
    if (accelerators > 0)
        parts << QStringLiteral("%1 × %2").arg(accelerators).arg(acceleratorType);
    return parts.join(QStringLiteral(", "));
}
