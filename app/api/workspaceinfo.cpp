#include "app/api/workspaceinfo.h"

#include "app/api/apijsonkeys.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>

#include <cmath>

WorkspaceInfo WorkspaceInfo::fromJson(const QJsonObject &object)
{
    WorkspaceInfo info;
    info.name = object.value(ApiJsonKeys::WorkspaceName).toString();
    info.tier = object.value(ApiJsonKeys::WorkspaceTier).toString();
    info.state = object.value(ApiJsonKeys::WorkspaceState).toString();
    info.buildTime = object.value(ApiJsonKeys::BuildTime).toString();
    info.gitCommit = object.value(ApiJsonKeys::GitCommit).toString();
    info.shapes = parseShapes(object.value(ApiJsonKeys::SupportedShapes));
    info.supportedShapes = info.shapes.keys();
    info.supportedShapes.sort();
    const QJsonValue flag = object.value(ApiJsonKeys::Features).toObject().value(ApiJsonKeys::EnableNewDeploymentApi);
    info.newDeploymentApi = flag.isBool() && flag.toBool();
    info.raw = object;
    return info;
}

QString WorkspaceInfo::shapeDescription(const QString &shape) const
{
    const auto it = shapes.constFind(shape);
    if (it == shapes.constEnd())
        return QString();
    const ShapeSpec &spec = it.value();
    QStringList parts;
    if (spec.cpu)
        parts << QCoreApplication::translate("WorkspaceInfo", "%1 CPU").arg(*spec.cpu);
    if (spec.memoryMiB)
        parts << QCoreApplication::translate("WorkspaceInfo", "%1 MiB").arg(*spec.memoryMiB);
    if (spec.acceleratorNum && *spec.acceleratorNum > 0)
        parts << QStringLiteral("%1 × %2").arg(*spec.acceleratorNum).arg(spec.acceleratorType);
    return parts.join(QStringLiteral(", "));
}

std::optional<double> WorkspaceInfo::acceleratorsOf(const QString &shape) const
{
    const auto it = shapes.constFind(shape);
    return it == shapes.constEnd() ? std::nullopt : it->acceleratorNum;
}

namespace {

// A number as JSON number or numeric string ("1", "0.5"); nullopt for anything else or < 0.
std::optional<double> numberOf(const QJsonValue &value)
{
    double number = 0;
    if (value.isDouble()) {
        number = value.toDouble();
    } else if (value.isString()) {
        bool ok = false;
        number = value.toString().trimmed().toDouble(&ok);
        if (!ok)
            return std::nullopt;
    } else {
        return std::nullopt;
    }
    if (!std::isfinite(number) || number < 0)
        return std::nullopt;
    return number;
}

ShapeSpec specOf(const QString &name, const QJsonObject &object)
{
    ShapeSpec spec;
    spec.name = name;
    spec.cpu = numberOf(object.value(ApiJsonKeys::Cpu));
    spec.memoryMiB = numberOf(object.value(ApiJsonKeys::Memory));
    spec.acceleratorType = object.value(ApiJsonKeys::AcceleratorType).toString();
    spec.acceleratorNum = numberOf(object.value(ApiJsonKeys::AcceleratorNum));
    // A shape that names no accelerator type and no count is a CPU shape: none per replica.
    if (!spec.acceleratorNum && !object.contains(ApiJsonKeys::AcceleratorNum) && spec.acceleratorType.isEmpty()
        && (spec.cpu || spec.memoryMiB))
        spec.acceleratorNum = 0.0;
    return spec;
}

} // namespace

QHash<QString, ShapeSpec> WorkspaceInfo::parseShapes(const QJsonValue &supportedShapes)
{
    QHash<QString, ShapeSpec> shapes;
    if (supportedShapes.isObject()) {
        const QJsonObject object = supportedShapes.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!it.key().isEmpty())
                shapes.insert(it.key(), specOf(it.key(), it.value().toObject()));
        }
    } else if (supportedShapes.isArray()) {
        const QJsonArray list = supportedShapes.toArray();
        for (const QJsonValue &value : list) {
            const QJsonObject object = value.toObject();
            const QString name = object.value(QLatin1String("name")).toString();
            if (!name.isEmpty())
                shapes.insert(name, specOf(name, object));
        }
    }
    return shapes;
}
