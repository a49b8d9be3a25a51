#include "app/deployments/deploymentsettings.h"

#include "app/api/deployment.h"
#include "app/api/workspaceinfo.h"

#include <QJsonValue>
#include <QLocale>

#include <cmath>

namespace {

const QLatin1String kSpec("spec");
const QLatin1String kContainer("container");
const QLatin1String kImage("image");
const QLatin1String kResources("resource_requirement");
const QLatin1String kShape("resource_shape");
const QLatin1String kMin("min_replicas");
const QLatin1String kMax("max_replicas");
const QLatin1String kAutoScaler("auto_scaler");
const QLatin1String kScaleDown("scale_down");
const QLatin1String kNoTrafficTimeout("no_traffic_timeout");
const QLatin1String kGpu("target_gpu_utilization_percentage");
const QLatin1String kThroughput("target_throughput");
const QLatin1String kQpm("qpm");

// Numbers the server may send as int or float; anything else reads as 0 ("off").
double number(const QJsonValue &value)
{
    return value.isDouble() ? value.toDouble() : 0.0;
}

QString formatNumber(double value)
{
    return QLocale().toString(value, 'g', 12);
}

} // namespace

QString DeploymentSettings::Change::text() const
{
    return DeploymentSettings::tr("%1: %2 → %3").arg(label, before, after);
}

DeploymentSettings DeploymentSettings::fromDeployment(const Deployment &deployment)
{
    return fromSpec(deployment.spec());
}

DeploymentSettings DeploymentSettings::fromSpec(const QJsonObject &spec)
{
    DeploymentSettings s;
    s.image = spec.value(kContainer).toObject().value(kImage).toString();

    const QJsonObject resources = spec.value(kResources).toObject();
    s.resourceShape = resources.value(kShape).toString();
    const QJsonValue min = resources.value(kMin);
    const QJsonValue max = resources.value(kMax);
    s.minReplicas = min.isDouble() ? min.toInt() : 1;
    s.maxReplicas = max.isDouble() ? max.toInt() : s.minReplicas;

    const QJsonObject autoScaler = spec.value(kAutoScaler).toObject();
    const double timeout = number(autoScaler.value(kScaleDown).toObject().value(kNoTrafficTimeout));
    const double gpu = number(autoScaler.value(kGpu));
    const double qpm = number(autoScaler.value(kThroughput).toObject().value(kQpm));
    if (timeout != 0)
        s.noTrafficTimeoutSeconds = static_cast<qint64>(std::llround(timeout));
    if (gpu != 0)
        s.targetGpuUtilization = static_cast<int>(std::lround(gpu));
    if (qpm != 0)
        s.targetQpm = qpm;

    if (gpu != 0)
        s.mode = AutoscalingMode::GpuUtilization;
    else if (qpm != 0)
        s.mode = AutoscalingMode::Qpm;
    else if (timeout != 0)
        s.mode = AutoscalingMode::ScaleDownOnNoTraffic;
    else
        s.mode = AutoscalingMode::FixedReplicas;
    return s;
}

QString DeploymentSettings::replicaProblem() const
{
    if (minReplicas < 0)
        return tr("The minimum number of replicas cannot be negative.");
    if (maxReplicas < 0)
        return tr("The maximum number of replicas cannot be negative.");
    if (maxReplicas < minReplicas)
        return tr("The minimum (%1) is above the maximum (%2): lower the minimum or raise the maximum.")
            .arg(minReplicas)
            .arg(maxReplicas);
    return QString();
}

QStringList DeploymentSettings::validate(const WorkspaceInfo *info, const DeploymentSettings *original) const
{
    QStringList problems;
    const bool replicasChanged = !original || original->minReplicas != minReplicas || original->maxReplicas != maxReplicas;
    if (replicasChanged && !replicaProblem().isEmpty())
        problems << replicaProblem();

    if (!original || !sameAutoscaling(*original)) {
        switch (mode) {
        case AutoscalingMode::FixedReplicas:
            break;
        case AutoscalingMode::ScaleDownOnNoTraffic:
            if (noTrafficTimeoutSeconds < MinimumNoTrafficTimeoutSeconds)
                problems << tr("Scale down after at least %1 seconds without traffic.").arg(MinimumNoTrafficTimeoutSeconds);
            break;
        case AutoscalingMode::GpuUtilization:
            if (targetGpuUtilization < MinimumGpuUtilization || targetGpuUtilization > MaximumGpuUtilization)
                problems << tr("The target GPU utilization must be between %1 % and %2 %.")
                                .arg(MinimumGpuUtilization)
                                .arg(MaximumGpuUtilization);
            break;
        case AutoscalingMode::Qpm:
            if (!(targetQpm > 0))
                problems << tr("The target requests per minute must be more than 0.");
            break;
        }
    }

    if (!original || original->image != image) {
        if (image.trimmed().isEmpty())
            problems << tr("Enter a container image.");
        else if (image.trimmed() != image || image.contains(QLatin1Char(' ')))
            problems << tr("The container image cannot contain spaces.");
    }

    if (info && !info->supportedShapes.isEmpty() && (!original || original->resourceShape != resourceShape)
        && !info->supportedShapes.contains(resourceShape)) {
        problems << tr("The resource shape \"%1\" is not offered by this workspace.").arg(resourceShape);
    }
    return problems;
}

bool DeploymentSettings::sameAutoscaling(const DeploymentSettings &other) const
{
    if (mode != other.mode)
        return false;
    switch (mode) {
    case AutoscalingMode::FixedReplicas: return true;
    case AutoscalingMode::ScaleDownOnNoTraffic: return noTrafficTimeoutSeconds == other.noTrafficTimeoutSeconds;
    case AutoscalingMode::GpuUtilization: return targetGpuUtilization == other.targetGpuUtilization;
    case AutoscalingMode::Qpm: return targetQpm == other.targetQpm;
    }
    return true;
}

DeploymentSettings::Parts DeploymentSettings::changedParts(const DeploymentSettings &other) const
{
    Parts parts;
    if (minReplicas != other.minReplicas || maxReplicas != other.maxReplicas)
        parts |= Part::Replicas;
    if (!sameAutoscaling(other))
        parts |= Part::AutoScaler;
    if (resourceShape != other.resourceShape)
        parts |= Part::ResourceShape;
    if (image != other.image)
        parts |= Part::Image;
    return parts;
}

QJsonObject DeploymentSettings::autoScalerBlock() const
{
    const bool scaleDown = mode == AutoscalingMode::ScaleDownOnNoTraffic;
    const bool gpu = mode == AutoscalingMode::GpuUtilization;
    const bool qpm = mode == AutoscalingMode::Qpm;
    QJsonObject block;
    block.insert(kScaleDown, QJsonObject {{kNoTrafficTimeout, scaleDown ? noTrafficTimeoutSeconds : 0}});
    block.insert(kGpu, gpu ? targetGpuUtilization : 0);
    block.insert(kThroughput, QJsonObject {{kQpm, qpm ? targetQpm : 0.0}});
    return block;
}

QJsonObject DeploymentSettings::mergePatchFrom(const Deployment &current, Parts parts) const
{
    const QJsonObject spec = current.spec();
    const DeploymentSettings now = fromSpec(spec);
    const Parts changed = changedParts(now) & parts;

    QJsonObject specPatch;
    if (changed.testFlag(Part::Image))
        specPatch.insert(kContainer, QJsonObject {{kImage, image}});

    QJsonObject resources;
    if (changed.testFlag(Part::ResourceShape))
        resources.insert(kShape, resourceShape);
    if (changed.testFlag(Part::Replicas)) {
        resources.insert(kMin, minReplicas);
        resources.insert(kMax, maxReplicas);
    }
    if (!resources.isEmpty())
        specPatch.insert(kResources, resources);

    if (changed.testFlag(Part::AutoScaler))
        specPatch.insert(kAutoScaler, autoScalerBlock());

    if (specPatch.isEmpty())
        return QJsonObject();
    return QJsonObject {{kSpec, specPatch}};
}

QList<DeploymentSettings::Change> DeploymentSettings::describeChanges(const Deployment &current) const
{
    return describeChanges(fromDeployment(current));
}

QList<DeploymentSettings::Change> DeploymentSettings::describeChanges(const DeploymentSettings &before) const
{
    const Parts changed = changedParts(before);
    const auto orNone = [](const QString &text) { return text.isEmpty() ? tr("(none)") : text; };
    QList<Change> changes;
    if (changed.testFlag(Part::Replicas))
        changes.append({Part::Replicas, tr("Replicas"), before.replicasDescription(), replicasDescription()});
    if (changed.testFlag(Part::ResourceShape))
        changes.append({Part::ResourceShape, tr("Resource shape"), orNone(before.resourceShape), orNone(resourceShape)});
    if (changed.testFlag(Part::Image))
        changes.append({Part::Image, tr("Image"), orNone(before.image), orNone(image)});
    if (changed.testFlag(Part::AutoScaler))
        changes.append({Part::AutoScaler, tr("Autoscaling"), before.autoscalingDescription(), autoscalingDescription()});
    return changes;
}

DeploymentSettings DeploymentSettings::rebased(const DeploymentSettings &original, const DeploymentSettings &server) const
{
    DeploymentSettings result = server;
    if (minReplicas != original.minReplicas)
        result.minReplicas = minReplicas;
    if (maxReplicas != original.maxReplicas)
        result.maxReplicas = maxReplicas;
    if (resourceShape != original.resourceShape)
        result.resourceShape = resourceShape;
    if (image != original.image)
        result.image = image;
    if (!sameAutoscaling(original)) {
        result.mode = mode;
        result.noTrafficTimeoutSeconds = noTrafficTimeoutSeconds;
        result.targetGpuUtilization = targetGpuUtilization;
        result.targetQpm = targetQpm;
    }
    return result;
}

void DeploymentSettings::copyParts(const DeploymentSettings &from, Parts parts)
{
    if (parts & Part::Replicas) {
        minReplicas = from.minReplicas;
        maxReplicas = from.maxReplicas;
    }
    if (parts & Part::AutoScaler) {
        mode = from.mode;
        noTrafficTimeoutSeconds = from.noTrafficTimeoutSeconds;
        targetGpuUtilization = from.targetGpuUtilization;
        targetQpm = from.targetQpm;
    }
    if (parts & Part::ResourceShape)
        resourceShape = from.resourceShape;
    if (parts & Part::Image)
        image = from.image;
}

QString DeploymentSettings::modeName(AutoscalingMode mode)
{
    switch (mode) {
    case AutoscalingMode::FixedReplicas: return tr("Fixed replicas (autoscaling off)");
    case AutoscalingMode::ScaleDownOnNoTraffic: return tr("Scale down when idle");
    case AutoscalingMode::GpuUtilization: return tr("Target GPU utilization");
    case AutoscalingMode::Qpm: return tr("Target requests per minute");
    }
    return QString();
}

QString DeploymentSettings::autoscalingDescription() const
{
    switch (mode) {
    case AutoscalingMode::FixedReplicas:
        return modeName(mode);
    case AutoscalingMode::ScaleDownOnNoTraffic:
        return tr("Scale down after %1 s without traffic").arg(noTrafficTimeoutSeconds);
    case AutoscalingMode::GpuUtilization:
        return tr("Target GPU utilization %1 %").arg(targetGpuUtilization);
    case AutoscalingMode::Qpm:
        return tr("Target %1 requests per minute").arg(formatNumber(targetQpm));
    }
    return QString();
}

QString DeploymentSettings::replicasDescription() const
{
    return tr("%1–%2").arg(minReplicas).arg(maxReplicas);
}
