#include "app/api/deployment.h"

#include "app/api/apijsonkeys.h"
#include "app/api/newapitranslation.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <optional>
#include <utility>

namespace {

std::optional<int> optionalInt(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toInt();
    return std::nullopt;
}

std::optional<double> optionalDouble(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble();
    return std::nullopt;
}

// A JSON number as a whole number, truncated; nullopt when it is no number or beyond the
// 64-bit range (a server may send 1e300: casting that double would be undefined behaviour).
std::optional<qint64> optionalInt64(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (!(number >= -9223372036854775808.0 && number < 9223372036854775808.0)) // ±2^63, exact in a double
        return std::nullopt;
    return static_cast<qint64>(number);
}

qint64 int64(const QJsonValue &value)
{
    return optionalInt64(value).value_or(0);
}

QString string(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    return value.isString() ? value.toString() : QString();
}

} // namespace

bool Deployment::fromJson(const QJsonObject &object, Deployment *out, QString *why)
{
    const QJsonObject metadata = object.value(ApiJsonKeys::Metadata).toObject();
    const QString name = string(metadata, ApiJsonKeys::Name);
    if (name.isEmpty()) {
        if (why)
            *why = QCoreApplication::translate("Deployment", "an entry has no metadata.name");
        return false;
    }

    Deployment d;
    d.name = name;
    d.id = string(metadata, ApiJsonKeys::Id);
    if (d.id.isEmpty())
        d.id = name;
    d.createdAtMs = int64(metadata.value(ApiJsonKeys::CreatedAt));
    d.lastModifiedAtMs = int64(metadata.value(ApiJsonKeys::LastModifiedAt));
    d.version = int64(metadata.value(ApiJsonKeys::Version));
    d.createdBy = string(metadata, ApiJsonKeys::CreatedBy);
    d.lastModifiedBy = string(metadata, ApiJsonKeys::LastModifiedBy);
    d.owner = string(metadata, ApiJsonKeys::Owner);

    const QJsonObject spec = object.value(ApiJsonKeys::Spec).toObject();
    d.image = string(spec.value(ApiJsonKeys::Container).toObject(), ApiJsonKeys::Image);
    const QJsonObject resources = spec.value(ApiJsonKeys::ResourceRequirement).toObject();
    d.resourceShape = string(resources, ApiJsonKeys::ResourceShape);
    d.minReplicas = optionalInt(resources.value(ApiJsonKeys::MinReplicas));
    d.maxReplicas = optionalInt(resources.value(ApiJsonKeys::MaxReplicas));
    const QJsonValue autoScalerValue = spec.value(ApiJsonKeys::AutoScaler);
    d.hasAutoScaler = autoScalerValue.isObject();
    const QJsonObject autoScaler = autoScalerValue.toObject();
    const QJsonValue timeout = autoScaler.value(ApiJsonKeys::ScaleDown).toObject().value(ApiJsonKeys::NoTrafficTimeout);
    d.noTrafficTimeoutSeconds = optionalInt64(timeout);
    d.targetGpuUtilization = optionalDouble(autoScaler.value(ApiJsonKeys::TargetGpuUtilizationPercentage));
    d.targetQpm = optionalDouble(autoScaler.value(ApiJsonKeys::TargetThroughput).toObject().value(ApiJsonKeys::Qpm));
    d.isPod = spec.value(ApiJsonKeys::IsPod).toBool(false);
    d.kind = d.isPod ? ResourceKind::Pod : ResourceKind::Endpoint;

    const QJsonObject status = object.value(ApiJsonKeys::Status).toObject();
    const QJsonValue stateValue = status.value(ApiJsonKeys::State);
    // A state that is not a string (a number, null) is still shown, as Unknown.
    d.statusState = stateValue.isString() ? stateValue.toString() : stateValue.toVariant().toString();
    d.desiredReplicas = optionalInt(status.value(ApiJsonKeys::AutoscalerStatus).toObject().value(ApiJsonKeys::DesiredReplicas));
    d.state = DeploymentStates::fromStatus(d.statusState, string(status, ApiJsonKeys::Phase), d.minReplicas,
                                           d.desiredReplicas, &d.rawState);
    const QJsonObject endpoint = status.value(ApiJsonKeys::Endpoint).toObject();
    d.externalEndpoint = string(endpoint, ApiJsonKeys::ExternalEndpoint);
    d.internalEndpoint = string(endpoint, ApiJsonKeys::InternalEndpoint);
    d.isSystem = status.value(ApiJsonKeys::IsSystem).toBool(false);

    d.raw = object;
    *out = std::move(d);
    return true;
}

namespace {

// The metadata of a new-API endpoint (lepton_metadata nested) or dev pod (inlined) in the
// legacy shape.
QJsonObject legacyMetadata(const QJsonObject &metadata)
{
    const QJsonObject lepton = metadata.value(ApiJsonKeys::LeptonMetadata).toObject();
    QJsonObject legacy = metadata;
    legacy.remove(ApiJsonKeys::LeptonMetadata);
    for (auto it = lepton.begin(); it != lepton.end(); ++it) {
        if (!legacy.contains(it.key()))
            legacy.insert(it.key(), it.value());
    }
    if (!legacy.value(ApiJsonKeys::Name).isString() || legacy.value(ApiJsonKeys::Name).toString().isEmpty())
        legacy.insert(ApiJsonKeys::Name, metadata.value(ApiJsonKeys::Id));
    return legacy;
}

QList<DeploymentComponent> componentsOf(const QJsonArray &components)
{
    QList<DeploymentComponent> list;
    const int frontend = NewApiTranslation::frontendIndex(components);
    for (qsizetype i = 0; i < components.size(); ++i) {
        const QJsonObject c = components.at(i).toObject();
        DeploymentComponent component;
        component.name = string(c, ApiJsonKeys::Name);
        component.frontend = i == frontend;
        component.minReplicas = optionalInt(c.value(ApiJsonKeys::MinReplicas));
        component.maxReplicas = optionalInt(c.value(ApiJsonKeys::MaxReplicas));
        component.hasAutoscaling = c.value(ApiJsonKeys::Autoscaling).isObject();
        component.autoscaling = c.value(ApiJsonKeys::Autoscaling).toObject();
        component.image = string(c, ApiJsonKeys::Image);
        component.resourceShape = string(c, ApiJsonKeys::ResourceShape);
        list.append(component);
    }
    return list;
}

// Parses the legacy-shaped view, then puts back what only the original says.
bool fromLegacyView(const QJsonObject &original, const QJsonObject &view, Deployment *out, QString *why)
{
    Deployment d;
    if (!Deployment::fromJson(view, &d, why))
        return false;
    d.raw = original;
    *out = std::move(d);
    return true;
}

} // namespace

bool Deployment::fromEndpointJson(const QJsonObject &object, Deployment *out, QString *why)
{
    const QJsonObject metadata = object.value(ApiJsonKeys::Metadata).toObject();
    const QJsonObject spec = object.value(ApiJsonKeys::Spec).toObject();
    const QJsonObject status = object.value(ApiJsonKeys::Status).toObject();
    QJsonObject legacyStatus;
    legacyStatus.insert(ApiJsonKeys::State, status.value(ApiJsonKeys::State));
    legacyStatus.insert(ApiJsonKeys::Endpoint, QJsonObject {{ApiJsonKeys::ExternalEndpoint, status.value(ApiJsonKeys::ExternalUrl)}});
    legacyStatus.insert(ApiJsonKeys::AutoscalerStatus, status.value(ApiJsonKeys::AutoScalerStatusNew));
    const QJsonObject view {{ApiJsonKeys::Metadata, legacyMetadata(metadata)},
                            {ApiJsonKeys::Spec, NewApiTranslation::endpointSpecToLegacy(spec)},
                            {ApiJsonKeys::Status, legacyStatus}};
    Deployment d;
    if (!fromLegacyView(object, view, &d, why))
        return false;
    d.kind = ResourceKind::Endpoint;
    d.isPod = false;
    d.generation = ApiGeneration::New;
    d.components = componentsOf(spec.value(ApiJsonKeys::Components).toArray());
    d.readyReplicas = optionalInt(status.value(ApiJsonKeys::ReadyReplicas));
    // Being deleted: metadata.deleted_at is set (SDK translation: "Deleting").
    const QJsonValue deletedAt = metadata.value(ApiJsonKeys::DeletedAt);
    if (!deletedAt.isUndefined() && !deletedAt.isNull() && deletedAt != QJsonValue(0) && deletedAt != QJsonValue(QString()))
        d.state = DeploymentState::Deleting;
    *out = std::move(d);
    return true;
}

bool Deployment::fromDevPodJson(const QJsonObject &object, Deployment *out, QString *why)
{
    const QJsonObject spec = object.value(ApiJsonKeys::Spec).toObject();
    const QJsonObject status = object.value(ApiJsonKeys::Status).toObject();
    QJsonObject legacyStatus;
    legacyStatus.insert(ApiJsonKeys::State, status.value(ApiJsonKeys::State));
    legacyStatus.insert(ApiJsonKeys::Endpoint, QJsonObject {{ApiJsonKeys::ExternalEndpoint, status.value(ApiJsonKeys::ExternalUrl)}});
    const QJsonObject view {{ApiJsonKeys::Metadata, legacyMetadata(object.value(ApiJsonKeys::Metadata).toObject())},
                            {ApiJsonKeys::Spec, NewApiTranslation::devPodSpecToLegacy(spec)},
                            {ApiJsonKeys::Status, legacyStatus}};
    Deployment d;
    if (!fromLegacyView(object, view, &d, why))
        return false;
    d.kind = ResourceKind::Pod;
    d.isPod = true;
    d.generation = ApiGeneration::New;
    d.suspended = spec.value(ApiJsonKeys::Stopped).toBool(false);
    *out = std::move(d);
    return true;
}

bool Deployment::fromRayClusterJson(const QJsonObject &object, Deployment *out, QString *why)
{
    // A Ray cluster has the legacy Metadata; its spec is its own (image, head_group_spec,
    // worker_group_specs[{group_name, min_replicas, max_replicas, resource_shape}], suspend).
    Deployment d;
    if (!Deployment::fromJson(QJsonObject {{ApiJsonKeys::Metadata, object.value(ApiJsonKeys::Metadata)}}, &d, why))
        return false;
    const QJsonObject spec = object.value(ApiJsonKeys::Spec).toObject();
    d.kind = ResourceKind::RayCluster;
    d.image = string(spec, ApiJsonKeys::Image);
    d.resourceShape = string(spec.value(ApiJsonKeys::HeadGroupSpec).toObject(), ApiJsonKeys::ResourceShape);
    d.suspended = spec.value(ApiJsonKeys::Suspend).toBool(false);
    const QJsonArray groups = spec.value(ApiJsonKeys::WorkerGroupSpecs).toArray();
    // The head is one replica of its own, always there unless the cluster is suspended: workers
    // that may all scale to zero do not make a running cluster read as stopped.
    std::optional<int> min = 1;
    std::optional<int> max = 1;
    for (const QJsonValue &value : groups) {
        const QJsonObject g = value.toObject();
        DeploymentComponent group;
        group.name = string(g, ApiJsonKeys::GroupName);
        group.minReplicas = optionalInt(g.value(ApiJsonKeys::MinReplicas));
        group.maxReplicas = optionalInt(g.value(ApiJsonKeys::MaxReplicas));
        group.resourceShape = string(g, ApiJsonKeys::ResourceShape);
        group.image = d.image;
        min = min && group.minReplicas ? std::optional<int>(*min + *group.minReplicas) : std::nullopt;
        max = max && group.maxReplicas ? std::optional<int>(*max + *group.maxReplicas) : std::nullopt;
        d.components.append(group);
    }
    d.minReplicas = d.suspended ? std::optional<int>(0) : min;
    d.maxReplicas = max;
    const QJsonObject status = object.value(ApiJsonKeys::Status).toObject();
    const QJsonValue stateValue = status.value(ApiJsonKeys::State);
    d.statusState = stateValue.isString() ? stateValue.toString() : stateValue.toVariant().toString();
    d.state = DeploymentStates::fromStatus(d.statusState, string(status, ApiJsonKeys::Phase), d.minReplicas,
                                           std::nullopt, &d.rawState);
    d.raw = object;
    *out = std::move(d);
    return true;
}

bool Deployment::fromJson(const QJsonObject &object, ResourceKind kind, ApiGeneration generation, Deployment *out,
                          QString *why)
{
    if (kind == ResourceKind::RayCluster)
        return fromRayClusterJson(object, out, why);
    if (generation == ApiGeneration::New)
        return kind == ResourceKind::Pod ? fromDevPodJson(object, out, why) : fromEndpointJson(object, out, why);
    return fromJson(object, out, why);
}

QJsonObject Deployment::spec() const
{
    const QJsonObject spec = raw.value(ApiJsonKeys::Spec).toObject();
    if (generation != ApiGeneration::New)
        return spec;
    // A spec that is already legacy-shaped (a caller put one in) stays as it is.
    if (kind == ResourceKind::Endpoint && spec.value(ApiJsonKeys::Components).isArray())
        return NewApiTranslation::endpointSpecToLegacy(spec);
    if (kind == ResourceKind::Pod && !spec.contains(ApiJsonKeys::ResourceRequirement))
        return NewApiTranslation::devPodSpecToLegacy(spec);
    return spec;
}

int Deployment::effectiveReplicas() const
{
    if (desiredReplicas)
        return *desiredReplicas;
    return minReplicas.value_or(0);
}
