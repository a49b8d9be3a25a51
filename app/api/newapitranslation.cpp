#include "app/api/newapitranslation.h"

#include "app/common/jsonmergepatch.h"

#include <QCoreApplication>
#include <QSet>

namespace NewApiTranslation {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("NewApiTranslation", text);
}

const QString kSpec = QStringLiteral("spec");
const QString kMetadata = QStringLiteral("metadata");
const QString kComponents = QStringLiteral("components");
const QString kFrontend = QStringLiteral("frontend");
const QString kName = QStringLiteral("name");
const QString kContainer = QStringLiteral("container");
const QString kResources = QStringLiteral("resource_requirement");
const QString kAutoScaler = QStringLiteral("auto_scaler");
const QString kAutoscaling = QStringLiteral("autoscaling");
const QString kMin = QStringLiteral("min_replicas");
const QString kMax = QStringLiteral("max_replicas");

// Keys that move one to one between a legacy place and a component.
const QStringList kContainerKeys {QStringLiteral("image"), QStringLiteral("command"), QStringLiteral("ports")};
const QStringList kResourceKeys {QStringLiteral("resource_shape"), kMin, kMax, QStringLiteral("shared_memory_size"),
                                 QStringLiteral("affinity"), QStringLiteral("host_network")};
const QStringList kComponentSpecKeys {QStringLiteral("envs"), QStringLiteral("mounts"), QStringLiteral("scheduling_policy"),
                                      QStringLiteral("queue_config"), QStringLiteral("reservation_config"),
                                      QStringLiteral("health"), QStringLiteral("user_security_context")};
// Endpoint-level: {legacy name, new name}.
const QList<QPair<QString, QString>> kEndpointKeys {
    {QStringLiteral("ingress_enabled"), QStringLiteral("ingress_enabled")},
    {QStringLiteral("ingress_timeout_seconds"), QStringLiteral("ingress_timeout_seconds")},
    {QStringLiteral("auth_config"), QStringLiteral("access_config")},
    {QStringLiteral("api_tokens"), QStringLiteral("api_tokens")},
    {QStringLiteral("routing_policy"), QStringLiteral("routing_policy")},
    {QStringLiteral("load_balance_config"), QStringLiteral("load_balancing")},
    {QStringLiteral("log"), QStringLiteral("log")},
    {QStringLiteral("metrics"), QStringLiteral("metrics")},
    {QStringLiteral("image_pull_secrets"), QStringLiteral("image_pull_secrets")},
};

void copyPresent(const QJsonObject &from, const QStringList &keys, QJsonObject *to)
{
    for (const QString &key : keys) {
        const QJsonValue value = from.value(key);
        if (!value.isUndefined() && !value.isNull())
            to->insert(key, value);
    }
}

} // namespace

int frontendIndex(const QJsonArray &components)
{
    for (qsizetype i = 0; i < components.size(); ++i) {
        if (components.at(i).toObject().value(kFrontend).toBool(false))
            return int(i);
    }
    return 0;
}

QJsonObject endpointSpecToLegacy(const QJsonObject &endpointSpec)
{
    const QJsonArray components = endpointSpec.value(kComponents).toArray();
    const QJsonObject component = components.isEmpty() ? QJsonObject() : components.at(frontendIndex(components)).toObject();

    QJsonObject spec;
    QJsonObject container;
    copyPresent(component, kContainerKeys, &container);
    if (!container.isEmpty())
        spec.insert(kContainer, container);
    QJsonObject resources;
    copyPresent(component, kResourceKeys, &resources);
    if (!resources.isEmpty())
        spec.insert(kResources, resources);
    const QJsonValue autoscaling = component.value(kAutoscaling);
    if (!autoscaling.isUndefined() && !autoscaling.isNull())
        spec.insert(kAutoScaler, autoscaling);
    copyPresent(component, kComponentSpecKeys, &spec);
    for (const auto &[legacy, current] : kEndpointKeys) {
        const QJsonValue value = endpointSpec.value(current);
        if (!value.isUndefined() && !value.isNull())
            spec.insert(legacy, value);
    }
    return spec;
}

std::optional<QJsonArray> checkedComponents(const QJsonObject &endpoint, QString *why)
{
    auto refuse = [why](const QString &reason) -> std::optional<QJsonArray> {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    const QJsonValue specValue = endpoint.value(kSpec);
    const QJsonValue componentsValue = specValue.toObject().value(kComponents);
    if (!specValue.isObject() || !componentsValue.isArray() || componentsValue.toArray().isEmpty())
        return refuse(tr("the endpoint as read from the server has no spec.components; nothing was sent"));
    const QJsonArray components = componentsValue.toArray();
    QSet<QString> names;
    int frontends = 0;
    for (qsizetype i = 0; i < components.size(); ++i) {
        if (!components.at(i).isObject())
            return refuse(tr("component %1 of the endpoint is not an object; nothing was sent").arg(i + 1));
        const QJsonObject component = components.at(i).toObject();
        const QJsonValue name = component.value(kName);
        if (!name.isString() || name.toString().isEmpty())
            return refuse(tr("component %1 of the endpoint has no name; nothing was sent").arg(i + 1));
        if (names.contains(name.toString()))
            return refuse(tr("the endpoint has two components named \"%1\"; nothing was sent").arg(name.toString()));
        names.insert(name.toString());
        if (component.value(kFrontend).toBool(false))
            ++frontends;
    }
    if (components.size() > 1 && frontends != 1)
        return refuse(frontends == 0
                          ? tr("the endpoint has %1 components and none is marked as the frontend; nothing was sent")
                                .arg(components.size())
                          : tr("the endpoint has %1 components marked as the frontend; nothing was sent").arg(frontends));
    return components;
}

std::optional<QJsonObject> endpointPatchFromLegacy(const QJsonObject &endpoint, const QJsonObject &legacyPatch,
                                                   QString *why)
{
    const std::optional<QJsonArray> components = checkedComponents(endpoint, why);
    if (!components)
        return std::nullopt;
    auto refuse = [why](const QString &field) -> std::optional<QJsonObject> {
        if (why)
            *why = tr("the new endpoint API has no place for %1; nothing was sent").arg(field);
        return std::nullopt;
    };

    QJsonObject componentChange;
    QJsonObject endpointChange;
    QJsonObject leptonMetadata;
    for (auto it = legacyPatch.begin(); it != legacyPatch.end(); ++it) {
        if (it.key() == kMetadata) {
            const QJsonObject metadata = it.value().toObject();
            for (auto m = metadata.begin(); m != metadata.end(); ++m) {
                if (m.key() == QLatin1String("owner") || m.key() == QLatin1String("visibility"))
                    leptonMetadata.insert(m.key(), m.value());
                else if (m.key() == QLatin1String("labels") && m.value().toObject().isEmpty())
                    continue; // no labels: nothing to lose (the SDK takes it the same way)
                else if (m.key() != QLatin1String("id") && m.key() != kName)
                    return refuse(QStringLiteral("metadata.") + m.key());
            }
        } else if (it.key() != kSpec) {
            return refuse(it.key());
        }
    }
    const QJsonObject spec = legacyPatch.value(kSpec).toObject();
    for (auto it = spec.begin(); it != spec.end(); ++it) {
        const QString &key = it.key();
        if (key == kContainer || key == kResources) {
            const QStringList &allowed = key == kContainer ? kContainerKeys : kResourceKeys;
            if (!it.value().isObject())
                return refuse(QStringLiteral("spec.") + key + QStringLiteral(" that is not an object"));
            const QJsonObject part = it.value().toObject();
            for (auto p = part.begin(); p != part.end(); ++p) {
                if (!allowed.contains(p.key()))
                    return refuse(QStringLiteral("spec.%1.%2").arg(key, p.key()));
                componentChange.insert(p.key(), p.value());
            }
        } else if (key == kAutoScaler) {
            componentChange.insert(kAutoscaling, it.value());
        } else if (kComponentSpecKeys.contains(key)) {
            componentChange.insert(key, it.value());
        } else {
            bool endpointLevel = false;
            for (const auto &[legacy, current] : kEndpointKeys) {
                if (key == legacy) {
                    endpointChange.insert(current, it.value());
                    endpointLevel = true;
                }
            }
            if (!endpointLevel)
                return refuse(QStringLiteral("spec.") + key);
        }
    }

    QJsonArray next = *components;
    const int frontend = frontendIndex(next);
    next[frontend] = JsonMergePatch::apply(next.at(frontend).toObject(), componentChange);

    QJsonObject endpointSpec = endpointChange;
    endpointSpec.insert(kComponents, next);
    QJsonObject metadata;
    if (!leptonMetadata.isEmpty())
        metadata.insert(QStringLiteral("lepton_metadata"), leptonMetadata);
    return QJsonObject {{kMetadata, metadata}, {kSpec, endpointSpec}};
}

QJsonObject devPodSpecToLegacy(const QJsonObject &devPodSpec)
{
    QJsonObject spec;
    spec.insert(QStringLiteral("is_pod"), true);
    const bool stopped = devPodSpec.value(QStringLiteral("stopped")).toBool(false);
    QJsonObject resources {{kMin, stopped ? 0 : 1}, {kMax, 1}};
    copyPresent(devPodSpec, {QStringLiteral("resource_shape"), QStringLiteral("shared_memory_size"),
                             QStringLiteral("affinity"), QStringLiteral("host_network")}, &resources);
    spec.insert(kResources, resources);
    copyPresent(devPodSpec, {kContainer, QStringLiteral("envs"), QStringLiteral("mounts"), QStringLiteral("image_pull_secrets"),
                             QStringLiteral("queue_config"), QStringLiteral("reservation_config"),
                             QStringLiteral("user_security_context"), QStringLiteral("log"), QStringLiteral("metrics"),
                             QStringLiteral("ingress_timeout_seconds")}, &spec);
    return spec;
}

} // namespace NewApiTranslation
