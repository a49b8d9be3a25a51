#include "deployment.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QVariant>

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

qint64 int64(const QJsonValue &value)
{
    return value.isDouble() ? static_cast<qint64>(value.toDouble()) : 0;
}

QString string(const QJsonObject &object, const char *key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    return value.isString() ? value.toString() : QString();
}

} // namespace

bool Deployment::fromJson(const QJsonObject &object, Deployment *out, QString *why)
{
    const QJsonObject metadata = object.value(QLatin1String("metadata")).toObject();
    const QString name = string(metadata, "name");
    if (name.isEmpty()) {
        if (why)
            *why = QCoreApplication::translate("Deployment", "an entry has no metadata.name");
        return false;
    }

    Deployment d;
    d.name = name;
    d.id = string(metadata, "id");
    if (d.id.isEmpty())
        d.id = name;
    d.createdAtMs = int64(metadata.value(QLatin1String("created_at")));
    d.lastModifiedAtMs = int64(metadata.value(QLatin1String("last_modified_at")));
    d.version = int64(metadata.value(QLatin1String("version")));
    d.createdBy = string(metadata, "created_by");
    d.lastModifiedBy = string(metadata, "last_modified_by");
    d.owner = string(metadata, "owner");

    const QJsonObject spec = object.value(QLatin1String("spec")).toObject();
    d.image = string(spec.value(QLatin1String("container")).toObject(), "image");
    const QJsonObject resources = spec.value(QLatin1String("resource_requirement")).toObject();
    d.resourceShape = string(resources, "resource_shape");
    d.minReplicas = optionalInt(resources.value(QLatin1String("min_replicas")));
    d.maxReplicas = optionalInt(resources.value(QLatin1String("max_replicas")));
    const QJsonValue autoScalerValue = spec.value(QLatin1String("auto_scaler"));
    d.hasAutoScaler = autoScalerValue.isObject();
    const QJsonObject autoScaler = autoScalerValue.toObject();
    const QJsonValue timeout = autoScaler.value(QLatin1String("scale_down")).toObject().value(QLatin1String("no_traffic_timeout"));
    if (timeout.isDouble())
        d.noTrafficTimeoutSeconds = static_cast<qint64>(timeout.toDouble());
    d.targetGpuUtilization = optionalDouble(autoScaler.value(QLatin1String("target_gpu_utilization_percentage")));
    d.targetQpm = optionalDouble(autoScaler.value(QLatin1String("target_throughput")).toObject().value(QLatin1String("qpm")));
    d.isPod = spec.value(QLatin1String("is_pod")).toBool(false);

    const QJsonObject status = object.value(QLatin1String("status")).toObject();
    const QJsonValue stateValue = status.value(QLatin1String("state"));
    // A state that is not a string (a number, null) is still shown, as Unknown.
    d.rawState = stateValue.isString() ? stateValue.toString() : stateValue.toVariant().toString();
    d.state = DeploymentStates::fromString(d.rawState);
    const QJsonObject endpoint = status.value(QLatin1String("endpoint")).toObject();
    d.externalEndpoint = string(endpoint, "external_endpoint");
    d.internalEndpoint = string(endpoint, "internal_endpoint");
    d.desiredReplicas = optionalInt(status.value(QLatin1String("autoscaler_status")).toObject().value(QLatin1String("desired_replicas")));
    d.isSystem = status.value(QLatin1String("is_system")).toBool(false);

    d.raw = object;
    *out = std::move(d);
    return true;
}

int Deployment::effectiveReplicas() const
{
    if (desiredReplicas)
        return *desiredReplicas;
    return minReplicas.value_or(0);
}

namespace DeploymentList {

bool parse(const QByteArray &body, QList<Deployment> *out, QString *why, int *skipped)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (why)
            *why = QCoreApplication::translate("Deployment", "the deployment list is not valid JSON (%1 at byte %2)")
                       .arg(parseError.errorString())
                       .arg(parseError.offset);
        return false;
    }
    if (!document.isArray()) {
        if (why)
            *why = QCoreApplication::translate("Deployment", "the deployment list is not a JSON list");
        return false;
    }
    const QJsonArray array = document.array();
    QList<Deployment> result;
    result.reserve(array.size());
    int dropped = 0;
    for (const QJsonValue &value : array) {
        Deployment deployment;
        if (value.isObject() && Deployment::fromJson(value.toObject(), &deployment))
            result.append(std::move(deployment));
        else
            ++dropped;
    }
    if (skipped)
        *skipped = dropped;
    *out = std::move(result);
    return true;
}

} // namespace DeploymentList
