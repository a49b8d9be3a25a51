#include "app/api/workspaceinfo.h"

#include "app/api/apijsonkeys.h"

#include <QCoreApplication>
#include <QStringList>

WorkspaceInfo WorkspaceInfo::fromJson(const QJsonObject &object)
{
    WorkspaceInfo info;
    info.name = object.value(ApiJsonKeys::WorkspaceName).toString();
    info.tier = object.value(ApiJsonKeys::WorkspaceTier).toString();
    info.state = object.value(ApiJsonKeys::WorkspaceState).toString();
    info.buildTime = object.value(ApiJsonKeys::BuildTime).toString();
    info.gitCommit = object.value(ApiJsonKeys::GitCommit).toString();
    info.supportedShapes = object.value(ApiJsonKeys::SupportedShapes).toObject().keys();
    info.supportedShapes.sort();
    const QJsonValue flag = object.value(ApiJsonKeys::Features).toObject().value(ApiJsonKeys::EnableNewDeploymentApi);
    info.newDeploymentApi = flag.isBool() && flag.toBool();
    info.raw = object;
    return info;
}

QString WorkspaceInfo::shapeDescription(const QString &shape) const
{
    const QJsonObject spec = raw.value(ApiJsonKeys::SupportedShapes).toObject().value(shape).toObject();
    if (spec.isEmpty())
        return QString();
    QStringList parts;
    if (spec.value(ApiJsonKeys::Cpu).isDouble())
        parts << QCoreApplication::translate("WorkspaceInfo", "%1 CPU").arg(spec.value(ApiJsonKeys::Cpu).toDouble());
    if (spec.value(ApiJsonKeys::Memory).isDouble())
        parts << QCoreApplication::translate("WorkspaceInfo", "%1 MiB").arg(spec.value(ApiJsonKeys::Memory).toDouble());
    const int accelerators = spec.value(ApiJsonKeys::AcceleratorNum).toInt();
    const QString acceleratorType = spec.value(ApiJsonKeys::AcceleratorType).toString();
    if (accelerators > 0)
        parts << QStringLiteral("%1 × %2").arg(accelerators).arg(acceleratorType);
    return parts.join(QStringLiteral(", "));
}
