#include "app/simulator/newapipopulation.h"

#include "app/simulator/populationdata.h"
#include "app/simulator/simulatorjson.h"
#include "app/simulator/simulatorpopulation.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace SimulatorJson;

namespace {

// Copies the keys of `from` that are set into `to` under their new names.
void carry(const QJsonObject &from, QJsonObject &to, std::initializer_list<std::pair<const char *, const char *>> keys)
{
    for (const auto &[oldKey, newKey] : keys) {
        const QJsonValue value = from.value(QLatin1String(oldKey));
        if (isPresent(value))
            to.insert(QLatin1String(newKey), value);
    }
}

QString anyString(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

} // namespace

QString NewApiPopulation::stateFromLegacy(const QString &state)
{
    if (state == QLatin1String("Not Ready"))
        return QStringLiteral("NotReady");
    if (state == QLatin1String("Restarting") || state == QLatin1String("Migrating"))
        return QStringLiteral("Updating");
    return state;
}

QJsonObject NewApiPopulation::endpointFromLegacy(const QJsonObject &deployment)
{
    const QJsonObject metadata = deployment.value(QStringLiteral("metadata")).toObject();
    const QJsonObject spec = deployment.value(QStringLiteral("spec")).toObject();
    const QJsonObject status = deployment.value(QStringLiteral("status")).toObject();
    const QJsonObject resources = spec.value(QStringLiteral("resource_requirement")).toObject();
    const QJsonObject container = spec.value(QStringLiteral("container")).toObject();

    QJsonObject lepton;
    carry(metadata, lepton, {{"owner", "owner"}, {"visibility", "visibility"}, {"created_by", "created_by"},
                             {"last_modified_at", "last_modified_at"}, {"last_modified_by", "last_modified_by"}});
    if (!lepton.contains(QStringLiteral("created_by")))
        lepton.insert(QStringLiteral("created_by"), metadata.value(QStringLiteral("owner")));
    QJsonObject newMetadata{{QStringLiteral("name"), anyString(metadata, "name").isEmpty() ? metadata.value(QStringLiteral("id")) : metadata.value(QStringLiteral("name"))},
                            {QStringLiteral("lepton_metadata"), lepton}};
    carry(metadata, newMetadata, {{"created_at", "created_at"}, {"version", "version"}, {"semantic_version", "semantic_version"}});

    QJsonObject component{{QStringLiteral("name"), QStringLiteral("default")}};
    carry(container, component, {{"image", "image"}, {"command", "command"}});
    QJsonArray ports;
    for (const QJsonValue &port : container.value(QStringLiteral("ports")).toArray()) {
        QJsonObject newPort;
        carry(port.toObject(), newPort, {{"container_port", "container_port"}, {"protocol", "protocol"}, {"app_protocol", "app_protocol"}});
        ports.append(newPort);
    }
    if (!ports.isEmpty())
        component.insert(QStringLiteral("ports"), ports);
    carry(spec, component, {{"envs", "envs"}, {"mounts", "mounts"}, {"auto_scaler", "autoscaling"}, {"health", "health"},
                            {"scheduling_policy", "scheduling_policy"}, {"queue_config", "queue_config"}});
    carry(resources, component, {{"resource_shape", "resource_shape"}, {"min_replicas", "min_replicas"},
                                 {"max_replicas", "max_replicas"}, {"shared_memory_size", "shared_memory_size"},
                                 {"affinity", "affinity"}, {"host_network", "host_network"}});
    component.insert(QStringLiteral("future_component_field"), QJsonObject{{QStringLiteral("warm_pool"), 0}});

    QJsonObject newSpec{{QStringLiteral("components"), QJsonArray{component}}};
    carry(spec, newSpec, {{"auth_config", "access_config"}, {"load_balance_config", "load_balancing"}, {"api_tokens", "api_tokens"},
                          {"routing_policy", "routing_policy"}, {"ingress_timeout_seconds", "ingress_timeout_seconds"},
                          {"log", "log"}, {"metrics", "metrics"}, {"image_pull_secrets", "image_pull_secrets"},
                          {"future_field", "future_field"}});

    const QString state = stateFromLegacy(status.value(QStringLiteral("state")).toString());
    QJsonObject newStatus{{QStringLiteral("state"), state}};
    const QString url = objectAt(status, {QStringLiteral("endpoint")}).value(QStringLiteral("external_endpoint")).toString();
    if (!url.isEmpty())
        newStatus.insert(QStringLiteral("external_url"), url);
    const QJsonObject scaler = status.value(QStringLiteral("autoscaler_status")).toObject();
    if (!scaler.isEmpty())
        newStatus.insert(QStringLiteral("auto_scaler_status"), scaler);
    const int desired = scaler.value(QStringLiteral("desired_replicas")).toInt();
    if (state == QLatin1String("Ready") && desired > 0)
        newStatus.insert(QStringLiteral("ready_replicas"), desired);

    return QJsonObject{{QStringLiteral("metadata"), newMetadata}, {QStringLiteral("spec"), newSpec}, {QStringLiteral("status"), newStatus}};
}

QJsonObject NewApiPopulation::devPodFromLegacy(const QJsonObject &pod)
{
    const QJsonObject metadata = pod.value(QStringLiteral("metadata")).toObject();
    const QJsonObject spec = pod.value(QStringLiteral("spec")).toObject();
    const QJsonObject status = pod.value(QStringLiteral("status")).toObject();
    const QJsonObject resources = spec.value(QStringLiteral("resource_requirement")).toObject();

    // HTTPDevPodMetadata inlines LeptonMetadata: owner and visibility sit on metadata.
    QJsonObject newMetadata{{QStringLiteral("name"), anyString(metadata, "name").isEmpty() ? metadata.value(QStringLiteral("id")) : metadata.value(QStringLiteral("name"))}};
    carry(metadata, newMetadata, {{"created_at", "created_at"}, {"version", "version"}, {"owner", "owner"},
                                  {"visibility", "visibility"}, {"created_by", "created_by"},
                                  {"last_modified_at", "last_modified_at"}, {"last_modified_by", "last_modified_by"}});
    const QString legacyState = status.value(QStringLiteral("state")).toString();
    const bool stopped = resources.value(QStringLiteral("min_replicas")).toInt(1) == 0
        || legacyState == QLatin1String("Stopped") || legacyState == QLatin1String("Stopping");
    QJsonObject newSpec{{QStringLiteral("stopped"), stopped}};
    carry(spec, newSpec, {{"container", "container"}, {"envs", "envs"}, {"mounts", "mounts"}, {"image_pull_secrets", "image_pull_secrets"},
                          {"log", "log"}, {"future_field", "future_field"}});
    carry(resources, newSpec, {{"resource_shape", "resource_shape"}, {"shared_memory_size", "shared_memory_size"}, {"affinity", "affinity"}});

    QString state = stateFromLegacy(legacyState);
    if (stopped && state != QLatin1String("Stopping"))
        state = QStringLiteral("Stopped");
    const quint64 hash = stableHash(newMetadata.value(QStringLiteral("name")).toString());
    QJsonObject newStatus{{QStringLiteral("state"), state}};
    if (!stopped) {
        const QString ip = QStringLiteral("147.%1.%2.%3").arg(hash % 200 + 20).arg((hash >> 8) % 250).arg((hash >> 16) % 250 + 2);
        newStatus.insert(QStringLiteral("public_ip"), ip);
        newStatus.insert(QStringLiteral("port_statuses"),
                         QJsonArray{QJsonObject{{QStringLiteral("container_port"), 22}, {QStringLiteral("host_port"), int(30000 + hash % 2000)},
                                                {QStringLiteral("external_url"), QStringLiteral("%1:%2").arg(ip).arg(30000 + hash % 2000)}}});
    }
    return QJsonObject{{QStringLiteral("metadata"), newMetadata}, {QStringLiteral("spec"), newSpec}, {QStringLiteral("status"), newStatus}};
}

QList<QJsonObject> NewApiPopulation::endpoints(const QList<QJsonObject> &legacy)
{
    QList<QJsonObject> list;
    for (const QJsonObject &deployment : legacy) {
        if (!objectAt(deployment, {QStringLiteral("spec")}).value(QStringLiteral("is_pod")).toBool())
            list.append(endpointFromLegacy(deployment));
    }
    return list;
}

QList<QJsonObject> NewApiPopulation::devPods(const QList<QJsonObject> &legacy)
{
    QList<QJsonObject> list;
    for (const QJsonObject &deployment : legacy) {
        if (objectAt(deployment, {QStringLiteral("spec")}).value(QStringLiteral("is_pod")).toBool())
            list.append(devPodFromLegacy(deployment));
    }
    return list;
}

QList<QJsonObject> NewApiPopulation::multiComponentEndpoints(qint64 nowMs)
{
    return PopulationData::load(QStringLiteral("endpoints.json"), nowMs);
}

QList<QJsonObject> NewApiPopulation::rayClusters(qint64 nowMs)
{
    return PopulationData::load(QStringLiteral("rayclusters.json"), nowMs);
}

QList<QJsonObject> NewApiPopulation::demoEndpoints()
{
    return endpoints(SimulatorPopulation::demo()) + multiComponentEndpoints();
}

QList<QJsonObject> NewApiPopulation::demoDevPods()
{
    return devPods(SimulatorPopulation::demo());
}
