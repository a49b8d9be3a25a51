#include "app/simulator/simulateddeployments.h"

#include "app/common/jsonmergepatch.h"
#include "app/simulator/simulatorjson.h"
#include "app/simulator/simulatorpopulation.h"
#include "app/simulator/simulatorsettings.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimer>

#include <algorithm>
#include <cmath>

using namespace SimulatorJson;

namespace {

SimulatorReply json(const QJsonValue &value, int status = 200)
{
    return SimulatorReply::json(value, status);
}

SimulatorReply error(int status, const QString &code, const QString &message)
{
    return SimulatorReply::error(status, code, message);
}

int minReplicasOf(const QJsonObject &deployment)
{
    const QJsonValue value = objectAt(deployment, {QStringLiteral("spec"), QStringLiteral("resource_requirement")})
                                 .value(QStringLiteral("min_replicas"));
    return value.isDouble() ? value.toInt() : 1; // the platform's default is one replica
}

int maxReplicasOf(const QJsonObject &deployment)
{
    const QJsonValue value = objectAt(deployment, {QStringLiteral("spec"), QStringLiteral("resource_requirement")})
                                 .value(QStringLiteral("max_replicas"));
    return value.isDouble() ? value.toInt() : -1;
}

int desiredOf(const QJsonObject &deployment, int fallback)
{
    const QJsonValue value = objectAt(deployment, {QStringLiteral("status"), QStringLiteral("autoscaler_status")})
                                 .value(QStringLiteral("desired_replicas"));
    return value.isDouble() ? value.toInt() : fallback;
}

QString keyOf(const QJsonObject &deployment)
{
    const QJsonObject metadata = deployment.value(QStringLiteral("metadata")).toObject();
    const QString id = metadata.value(QStringLiteral("id")).toString();
    return id.isEmpty() ? metadata.value(QStringLiteral("name")).toString() : id;
}

QString bumpSemanticVersion(const QString &version, bool major)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d+)\\.(\\d+)$"));
    const QRegularExpressionMatch match = pattern.match(version);
    int majorPart = 1;
    int minorPart = 0;
    if (match.hasMatch()) {
        majorPart = match.captured(1).toInt();
        minorPart = match.captured(2).toInt();
    }
    return major ? QStringLiteral("%1.0").arg(majorPart + 1)
                 : QStringLiteral("%1.%2").arg(majorPart).arg(minorPart + 1);
}

// Spec changes the platform applies without replacing replicas; anything else in spec is a
// new replica template (a major semantic_version, a rolling update).
bool replacesReplicas(const QJsonObject &beforeSpec, const QJsonObject &afterSpec)
{
    QJsonObject diff = JsonMergePatch::diff(beforeSpec, afterSpec);
    for (const char *key : {"auto_scaler", "api_tokens", "auth_config", "ingress_timeout_seconds",
                            "routing_policy", "load_balance_config", "queue_config"}) {
        diff.remove(QLatin1String(key));
    }
    QJsonObject resources = diff.value(QStringLiteral("resource_requirement")).toObject();
    resources.remove(QStringLiteral("min_replicas"));
    resources.remove(QStringLiteral("max_replicas"));
    if (resources.isEmpty())
        diff.remove(QStringLiteral("resource_requirement"));
    return !diff.isEmpty();
}

} // namespace

SimulatedDeployments::SimulatedDeployments(const SimulatorSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
}

void SimulatedDeployments::setRequireMinWithMax(bool require) { m_requireMinWithMax = require; }
void SimulatedDeployments::setLegacyStateFold(bool on) { m_legacyStateFold = on; }
bool SimulatedDeployments::legacyStateFold() const { return m_legacyStateFold; }

SimulatedDeployments::Usage SimulatedDeployments::usage() const
{
    const QJsonObject shapes = SimulatorPopulation::supportedShapes();
    Usage usage;
    for (const Entry &entry : m_entries) {
        const QJsonObject spec = entry.object.value(QStringLiteral("spec")).toObject();
        if (spec.value(QStringLiteral("is_pod")).toBool())
            ++usage.pods;
        else
            ++usage.deployments;
        const QJsonObject shape = shapes.value(spec.value(QStringLiteral("resource_requirement"))
                                                   .toObject()
                                                   .value(QStringLiteral("resource_shape"))
                                                   .toString())
                                      .toObject();
        usage.cpu += entry.replicas * shape.value(QStringLiteral("cpu")).toDouble();
        usage.memory += entry.replicas * qint64(shape.value(QStringLiteral("memory")).toDouble());
        usage.accelerators += entry.replicas * shape.value(QStringLiteral("accelerator_num")).toDouble();
    }
    return usage;
}

// The legacy api-server keeps the real state in status.phase (stored with every deployment:
// makeEntry, setState) and, as the SDK's translation.py says, folds Stopping and Stopped down
// to "Not Ready" in the deprecated status.state.
QJsonObject SimulatedDeployments::onTheWire(const QJsonObject &deployment) const
{
    QJsonObject status = deployment.value(QStringLiteral("status")).toObject();
    // An object set one at a time (setDeployment) is kept exactly as given; the wire still
    // carries the phase a legacy server always sends.
    const bool addPhase = !status.contains(QStringLiteral("phase")) && status.contains(QStringLiteral("state"));
    if (addPhase)
        status.insert(QStringLiteral("phase"), status.value(QStringLiteral("state")));
    const QString phase = status.value(QStringLiteral("phase")).toString();
    const bool fold = m_legacyStateFold && (phase == QLatin1String("Stopping") || phase == QLatin1String("Stopped"));
    if (!addPhase && !fold)
        return deployment;
    if (fold)
        status.insert(QStringLiteral("state"), QStringLiteral("Not Ready"));
    QJsonObject wire = deployment;
    wire.insert(QStringLiteral("status"), status);
    return wire;
}

SimulatorReply SimulatedDeployments::listReply() const
{
    return json(m_entries.array([this](const QJsonObject &object) { return onTheWire(object); }));
}

SimulatorReply SimulatedDeployments::getReply(const QString &name) const
{
    const Entry *const it = m_entries.find(name);
    if (!it)
        return error(404, QStringLiteral("NotFound"), QStringLiteral("deployment %1 not found").arg(name));
    return json(onTheWire(it->object));
}

SimulatorReply SimulatedDeployments::patchReply(const QString &name, const QByteArray &body, bool dryRun)
{
    QJsonObject patch;
    if (const auto refused = SimulatorReply::readObject(body, &patch))
        return *refused;
    const PatchOutcome outcome = applyPatch(name, patch, m_settings.user, dryRun);
    if (!outcome.ok)
        return error(outcome.status, outcome.code, outcome.message);
    return json(onTheWire(outcome.result));
}

SimulatedDeployments::PatchOutcome SimulatedDeployments::applyPatch(const QString &name, const QJsonObject &patch,
                                                                const QString &by, bool dryRun)
{
    PatchOutcome outcome;
    const auto fail = [&outcome](int status, const QString &code, const QString &message) {
        outcome.ok = false;
        outcome.status = status;
        outcome.code = code;
        outcome.message = message;
        return outcome;
    };

    Entry *const it = m_entries.find(name);
    if (!it)
        return fail(404, QStringLiteral("NotFound"), QStringLiteral("deployment %1 not found").arg(name));
    if (stateOf(it->object) == QLatin1String("Deleting"))
        return fail(409, QStringLiteral("Conflict"), QStringLiteral("deployment %1 is being deleted").arg(name));

    // Only spec, metadata.labels and metadata.visibility can be changed. Everything else
    // (status, metadata.id/name/version, unknown top-level keys) is ignored, as the CLI's
    // update sends metadata {id, name} along.
    QJsonObject effective;
    if (patch.contains(QStringLiteral("spec"))) {
        const QJsonValue spec = patch.value(QStringLiteral("spec"));
        if (spec.isObject())
            effective.insert(QStringLiteral("spec"), spec);
        else if (!spec.isNull())
            return fail(400, QStringLiteral("InvalidRequest"), QStringLiteral("spec must be an object"));
    }
    const QJsonObject metadataPatch = patch.value(QStringLiteral("metadata")).toObject();
    QJsonObject metadataEffective;
    if (metadataPatch.contains(QStringLiteral("labels"))) {
        const QJsonValue labels = metadataPatch.value(QStringLiteral("labels"));
        if (!labels.isObject() && !labels.isNull())
            return fail(400, QStringLiteral("InvalidRequest"), QStringLiteral("metadata.labels must be an object"));
        const QJsonObject labelObject = labels.toObject();
        for (auto label = labelObject.constBegin(); label != labelObject.constEnd(); ++label) {
            if (!label.value().isString() && !label.value().isNull()) {
                return fail(400, QStringLiteral("InvalidRequest"),
                            QStringLiteral("metadata.labels.%1 must be a string").arg(label.key()));
            }
        }
        metadataEffective.insert(QStringLiteral("labels"), labels);
    }
    if (metadataPatch.contains(QStringLiteral("visibility"))) {
        const QString visibility = metadataPatch.value(QStringLiteral("visibility")).toString();
        if (visibility != QLatin1String("public") && visibility != QLatin1String("private")) {
            return fail(400, QStringLiteral("InvalidRequest"),
                        QStringLiteral("metadata.visibility must be \"public\" or \"private\""));
        }
        metadataEffective.insert(QStringLiteral("visibility"), visibility);
    }
    if (!metadataEffective.isEmpty())
        effective.insert(QStringLiteral("metadata"), metadataEffective);

    const QJsonObject before = it->object;
    QJsonObject merged = JsonMergePatch::apply(before, effective);
    if (merged == before)
        return fail(400, QStringLiteral("InvalidRequest"), QStringLiteral("no valid field to update"));
    if (const QString problem = validate(effective, merged); !problem.isEmpty())
        return fail(400, QStringLiteral("InvalidRequest"), problem);

    // A new shape brings its per-replica resources, unless the patch set them itself.
    const QStringList resourcesPath{QStringLiteral("spec"), QStringLiteral("resource_requirement")};
    const QString shapeBefore = objectAt(before, resourcesPath).value(QStringLiteral("resource_shape")).toString();
    QJsonObject resources = objectAt(merged, resourcesPath);
    const QString shapeAfter = resources.value(QStringLiteral("resource_shape")).toString();
    if (shapeAfter != shapeBefore) {
        const QJsonObject shape = SimulatorPopulation::supportedShapes().value(shapeAfter).toObject();
        const QJsonObject patchResources = objectAt(effective, resourcesPath);
        for (const char *key : {"cpu", "memory", "accelerator_type", "accelerator_num"}) {
            const QString field = QLatin1String(key);
            if (patchResources.contains(field))
                continue;
            if (shape.contains(field))
                resources.insert(field, shape.value(field));
            else
                resources.remove(field);
        }
        setAt(merged, resourcesPath, resources);
    }

    const bool replicaAffecting = replacesReplicas(before.value(QStringLiteral("spec")).toObject(),
                                                   merged.value(QStringLiteral("spec")).toObject());
    QJsonObject metadata = merged.value(QStringLiteral("metadata")).toObject();
    metadata.insert(QStringLiteral("version"), metadata.value(QStringLiteral("version")).toInt() + 1);
    metadata.insert(QStringLiteral("last_modified_at"), nowMs());
    metadata.insert(QStringLiteral("last_modified_by"), by);
    metadata.insert(QStringLiteral("semantic_version"),
                    bumpSemanticVersion(metadata.value(QStringLiteral("semantic_version")).toString(),
                                        replicaAffecting));
    if (replicaAffecting) {
        metadata.insert(QStringLiteral("replica_version"),
                        QString::number(metadata.value(QStringLiteral("replica_version")).toString().toInt() + 1));
    }
    merged.insert(QStringLiteral("metadata"), metadata);

    outcome.ok = true;
    if (dryRun) {
        outcome.result = merged;
        return outcome;
    }

    it->object = merged;
    addEvent(*it, QStringLiteral("Normal"), QStringLiteral("Updated"),
             QStringLiteral("deployment updated by %1 (version %2)")
                 .arg(by)
                 .arg(metadata.value(QStringLiteral("version")).toInt()));
    planTransition(*it, before, replicaAffecting);
    outcome.result = m_entries.object(name);
    emit changed(name);
    return outcome;
}

QString SimulatedDeployments::validate(const QJsonObject &effectivePatch, const QJsonObject &merged) const
{
    const QJsonObject spec = merged.value(QStringLiteral("spec")).toObject();
    const QJsonObject resources = spec.value(QStringLiteral("resource_requirement")).toObject();
    const QString rr = QStringLiteral("spec.resource_requirement.");

    // A stored null is no value (the SDK's Optional[int]; pydantic writes unset fields as null),
    // so a deployment holding "max_replicas": null takes patches like one without the key.
    const auto present = [](const QJsonValue &value) { return !value.isUndefined() && !value.isNull(); };
    const QJsonValue min = resources.value(QStringLiteral("min_replicas"));
    const QJsonValue max = resources.value(QStringLiteral("max_replicas"));
    if (present(min) && (!isInteger(min) || min.toDouble() < 0)) {
        return QStringLiteral("%1min_replicas must be a non-negative integer, found %2")
            .arg(rr, QString::fromUtf8(QJsonDocument(QJsonArray{min}).toJson(QJsonDocument::Compact)).mid(1).chopped(1));
    }
    if (present(max) && (!isInteger(max) || max.toDouble() < 0)) {
        return QStringLiteral("%1max_replicas must be a non-negative integer, found %2")
            .arg(rr, QString::fromUtf8(QJsonDocument(QJsonArray{max}).toJson(QJsonDocument::Compact)).mid(1).chopped(1));
    }
    const QJsonObject patchResources = objectAt(effectivePatch, {QStringLiteral("spec"), QStringLiteral("resource_requirement")});
    if (m_requireMinWithMax && patchResources.contains(QStringLiteral("max_replicas"))
        && !patchResources.value(QStringLiteral("max_replicas")).isNull()
        && !patchResources.contains(QStringLiteral("min_replicas"))) {
        return QStringLiteral("%1min_replicas must be specified if %1max_replicas is specified").arg(rr);
    }
    if (present(min) && present(max) && max.toInt() < min.toInt()) {
        return QStringLiteral("%1max_replicas (%2) must not be smaller than min_replicas (%3)")
            .arg(rr)
            .arg(max.toInt())
            .arg(min.toInt());
    }
    if (resources.contains(QStringLiteral("resource_shape"))) {
        const QString shape = resources.value(QStringLiteral("resource_shape")).toString();
        if (!SimulatorPopulation::supportedShapes().contains(shape)) {
            return QStringLiteral("%1resource_shape \"%2\" is not supported in this workspace (supported: %3)")
                .arg(rr, shape, SimulatorPopulation::shapeNames().join(QStringLiteral(", ")));
        }
    }

    const QJsonObject scaler = spec.value(QStringLiteral("auto_scaler")).toObject();
    const QString as = QStringLiteral("spec.auto_scaler.");
    const QJsonValue gpu = scaler.value(QStringLiteral("target_gpu_utilization_percentage"));
    if (!gpu.isUndefined() && !gpu.isNull() && (!isInteger(gpu) || gpu.toDouble() < 0 || gpu.toDouble() > 100)) {
        return QStringLiteral("%1target_gpu_utilization_percentage must be an integer between 0 and 100, found %2")
            .arg(as)
            .arg(gpu.toDouble());
    }
    const QJsonObject scaleDown = scaler.value(QStringLiteral("scale_down")).toObject();
    for (const char *key : {"no_traffic_timeout", "not_ready_timeout"}) {
        const QJsonValue timeout = scaleDown.value(QLatin1String(key));
        if (!timeout.isUndefined() && !timeout.isNull() && (!isInteger(timeout) || timeout.toDouble() < 0)) {
            return QStringLiteral("%1scale_down.%2 must be a non-negative integer (seconds), found %3")
                .arg(as, QLatin1String(key))
                .arg(timeout.toDouble());
        }
    }
    const QJsonValue qpm = scaler.value(QStringLiteral("target_throughput")).toObject().value(QStringLiteral("qpm"));
    if (!qpm.isUndefined() && !qpm.isNull() && (!qpm.isDouble() || qpm.toDouble() < 0))
        return QStringLiteral("%1target_throughput.qpm must be a non-negative number, found %2").arg(as).arg(qpm.toDouble());

    const QJsonObject container = spec.value(QStringLiteral("container")).toObject();
    if (container.contains(QStringLiteral("image"))
        && container.value(QStringLiteral("image")).toString().trimmed().isEmpty()) {
        return QStringLiteral("spec.container.image must not be empty");
    }
    const QJsonArray ports = container.value(QStringLiteral("ports")).toArray();
    for (const QJsonValue &port : ports) {
        const QJsonValue number = port.toObject().value(QStringLiteral("container_port"));
        if (!isInteger(number) || number.toInt() < 1 || number.toInt() > 65535)
            return QStringLiteral("spec.container.ports[].container_port must be between 1 and 65535");
    }
    const QJsonArray envs = spec.value(QStringLiteral("envs")).toArray();
    for (const QJsonValue &env : envs) {
        if (env.toObject().value(QStringLiteral("name")).toString().isEmpty())
            return QStringLiteral("spec.envs[].name is required");
    }
    return {};
}

void SimulatedDeployments::planTransition(Entry &entry, const QJsonObject &before, bool replicaAffecting)
{
    const QString name = keyOf(entry.object);
    const int minBefore = minReplicasOf(before);
    const int maxBefore = maxReplicasOf(before);
    const int minAfter = minReplicasOf(entry.object);
    const int maxAfter = maxReplicasOf(entry.object);
    const int desiredBefore = desiredOf(before, entry.replicas);
    const bool up = desiredBefore > 0;
    const bool replicasChanged = minBefore != minAfter || maxBefore != maxAfter;
    const auto clamp = [&](int desired) {
        desired = std::max({desired, minAfter, 1});
        if (maxAfter >= minAfter && maxAfter > 0)
            desired = std::min(desired, maxAfter);
        return desired;
    };
    const QStringList desiredPath{QStringLiteral("status"), QStringLiteral("autoscaler_status"),
                                  QStringLiteral("desired_replicas")};

    if (minAfter == 0) {
        if (up) {
            setAt(entry.object, desiredPath, 0);
            startTransition(name, QStringLiteral("Stopping"), QStringLiteral("Stopped"), 0);
        }
        return;
    }
    if (!up) {
        if (replicasChanged) {
            const int desired = clamp(minAfter);
            setAt(entry.object, desiredPath, desired);
            entry.replicas = desired;
            startTransition(name, QStringLiteral("Starting"), QStringLiteral("Ready"), desired);
        }
        return;
    }
    const int desired = clamp(desiredBefore);
    setAt(entry.object, desiredPath, desired);
    if (replicaAffecting)
        startTransition(name, QStringLiteral("Updating"), QStringLiteral("Ready"), desired);
    else if (desired != desiredBefore)
        startTransition(name, QStringLiteral("Scaling"), QStringLiteral("Ready"), desired);
}

void SimulatedDeployments::startTransition(const QString &name, const QString &transitional,
                                         const QString &finalState, int finalReplicas)
{
    Entry *const it = m_entries.find(name);
    if (!it)
        return;
    const quint64 generation = m_entries.renew(*it);
    setState(*it, transitional);
    addEvent(*it, QStringLiteral("Normal"), transitional, QStringLiteral("deployment is %1").arg(transitional.toLower()));

    scheduleFinish(name, generation, finalState, finalReplicas);
}

void SimulatedDeployments::scheduleFinish(const QString &name, quint64 generation, const QString &finalState,
                                        int finalReplicas)
{
    m_entries.finishLater(this, m_settings.transitionDelay, name, generation,
                          [this, name, finalState, finalReplicas](Entry &entry) {
        if (finalState.isNull()) {
            removeDeployment(name);
            return;
        }
        entry.replicas = finalReplicas;
        setState(entry, finalState);
        addEvent(entry, QStringLiteral("Normal"), finalState,
                 QStringLiteral("deployment is %1 with %2 replica(s)").arg(finalState.toLower()).arg(finalReplicas));
        emit changed(name);
    });
}

void SimulatedDeployments::setState(Entry &entry, const QString &state)
{
    QJsonObject status = entry.object.value(QStringLiteral("status")).toObject();
    status.insert(QStringLiteral("state"), state);
    status.insert(QStringLiteral("phase"), state); // the legacy server's real state (see onTheWire)
    QJsonObject scaler = status.value(QStringLiteral("autoscaler_status")).toObject();
    scaler.insert(QStringLiteral("last_transition_time"), nowMs() / 1000);
    if (state == QLatin1String("Ready") || state == QLatin1String("Stopped")) {
        scaler.insert(QStringLiteral("conditions"),
                      QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("AbleToScale")},
                                             {QStringLiteral("status"), QStringLiteral("True")},
                                             {QStringLiteral("last_transition_time"), nowMs() / 1000},
                                             {QStringLiteral("message"), QString()}}});
    }
    status.insert(QStringLiteral("autoscaler_status"), scaler);
    entry.object.insert(QStringLiteral("status"), status);
}

void SimulatedDeployments::addEvent(Entry &entry, const QString &type, const QString &reason, const QString &message)
{
    const QString name = keyOf(entry.object);
    entry.events.append(QJsonObject{
        {QStringLiteral("type"), type},
        {QStringLiteral("reason"), reason},
        {QStringLiteral("message"), message},
        {QStringLiteral("count"), 1},
        {QStringLiteral("last_observed_time"), isoTime(nowMs())},
        {QStringLiteral("regarding"),
         QJsonObject{{QStringLiteral("kind"), QStringLiteral("LeptonDeployment")}, {QStringLiteral("name"), name}}},
    });
    while (entry.events.size() > 50)
        entry.events.removeFirst();
}

SimulatedDeployments::Entry SimulatedDeployments::makeEntry(const QJsonObject &object) const
{
    Entry entry;
    entry.object = object;
    entry.generation = 0;
    // The legacy server carries the real state in status.phase too (see onTheWire).
    QJsonObject status = object.value(QStringLiteral("status")).toObject();
    if (!status.contains(QStringLiteral("phase")) && status.contains(QStringLiteral("state"))) {
        status.insert(QStringLiteral("phase"), status.value(QStringLiteral("state")));
        entry.object.insert(QStringLiteral("status"), status);
    }
    const QString state = stateOf(object);
    const bool down = state == QLatin1String("Stopped");
    entry.replicas = std::max(0, desiredOf(object, down ? 0 : minReplicasOf(object)));

    // A plausible history for the state it is in.
    const QString name = keyOf(object);
    const qint64 modified = object.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("last_modified_at")).toVariant().toLongLong();
    const auto event = [&](const char *type, const char *reason, const QString &message, int count, qint64 at) {
        entry.events.append(QJsonObject{
            {QStringLiteral("type"), QLatin1String(type)},
            {QStringLiteral("reason"), QLatin1String(reason)},
            {QStringLiteral("message"), message},
            {QStringLiteral("count"), count},
            {QStringLiteral("last_observed_time"), isoTime(at)},
            {QStringLiteral("regarding"),
             QJsonObject{{QStringLiteral("kind"), QStringLiteral("LeptonDeployment")}, {QStringLiteral("name"), name}}},
        });
    };
    const QString image = objectAt(object, {QStringLiteral("spec"), QStringLiteral("container")})
                              .value(QStringLiteral("image"))
                              .toString();
    event("Normal", "Pulled", QStringLiteral("Successfully pulled image \"%1\"").arg(image), 1, modified);
    if (state == QLatin1String("Error")) {
        event("Warning", "BackOff", QStringLiteral("Back-off restarting failed container main"), 14, modified + 600000);
        // The crashes behind that back-off: three per replica so far.
        for (const QString &id : replicaIdsOf(name, entry.object, entry.replicas)) {
            for (int crash = 0; crash < 3; ++crash) {
                entry.replicaHistory.addTermination(
                    id, modified + crash * 200000, modified + crash * 200000 + 180000, 137, QStringLiteral("OOMKilled"),
                    QStringLiteral("torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 GiB"));
            }
        }
    } else if (state == QLatin1String("Not Ready")) {
        event("Warning", "FailedScheduling",
              QStringLiteral("0/12 nodes are available: 12 Insufficient nvidia.com/gpu."), 37, modified + 600000);
    } else if (down) {
        event("Normal", "ScaledToZero", QStringLiteral("scaled to zero replicas"), 1, modified + 60000);
    } else {
        event("Normal", "Started", QStringLiteral("Started container main"), 1, modified + 60000);
    }
    return entry;
}

QStringList SimulatedDeployments::replicaIds(const QString &name) const
{
    const Entry *const it = m_entries.find(name);
    return it ? replicaIdsOf(name, it->object, it->replicas) : QStringList();
}

QStringList SimulatedDeployments::replicaIdsOf(const QString &name, const QJsonObject &object, int replicas)
{
    const QString version = object.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("replica_version")).toString();
    const QString templateHash = hashChars(stableHash(name + QLatin1Char('/') + version), 10);
    QStringList ids;
    for (int i = 0; i < replicas; ++i) {
        ids.append(QStringLiteral("%1-%2-%3").arg(name, templateHash,
                                                   hashChars(stableHash(name + version + QString::number(i)), 5)));
    }
    return ids;
}

SimulatorReply SimulatedDeployments::deleteReply(const QString &name)
{
    Entry *const it = m_entries.find(name);
    if (!it)
        return error(404, QStringLiteral("NotFound"), QStringLiteral("deployment %1 not found").arg(name));
    if (stateOf(it->object) != QLatin1String("Deleting")) {
        startTransition(name, QStringLiteral("Deleting"), QString(), 0);
        emit changed(name);
    }
    return json(onTheWire(m_entries.object(name)));
}

SimulatorReply SimulatedDeployments::restartReply(const QString &name)
{
    Entry *const it = m_entries.find(name);
    if (!it)
        return error(404, QStringLiteral("NotFound"), QStringLiteral("deployment %1 not found").arg(name));
    if (stateOf(it->object) == QLatin1String("Deleting"))
        return error(409, QStringLiteral("Conflict"), QStringLiteral("deployment %1 is being deleted").arg(name));

    const int min = minReplicasOf(it->object);
    const int desired = desiredOf(it->object, it->replicas);
    if (desired <= 0 && min <= 0)
        return json(onTheWire(it->object)); // scaled to zero on purpose: nothing to restart

    // The running containers end with SIGTERM (143) and are replaced.
    const qint64 now = nowMs();
    const qint64 modified = it->object.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("last_modified_at")).toVariant().toLongLong();
    for (const QString &id : replicaIds(name)) {
        it->replicaHistory.addTermination(id, it->replicaHistory.runningSince(id, modified), now, 143, QStringLiteral("Error"),
                                          QStringLiteral("terminated for a rolling restart"));
    }
    QJsonObject metadata = it->object.value(QStringLiteral("metadata")).toObject();
    metadata.insert(QStringLiteral("replica_version"),
                    QString::number(metadata.value(QStringLiteral("replica_version")).toString().toInt() + 1));
    it->object.insert(QStringLiteral("metadata"), metadata);
    addEvent(*it, QStringLiteral("Normal"), QStringLiteral("RestartRequested"),
             QStringLiteral("rolling restart requested by %1").arg(m_settings.user));
    if (desired > 0) {
        startTransition(name, QStringLiteral("Restarting"), QStringLiteral("Ready"), desired);
    } else {
        // Idle-scaled (min_replicas > 0 but no replicas): a restart brings it back.
        const int wanted = std::max(1, min);
        setAt(it->object, {QStringLiteral("status"), QStringLiteral("autoscaler_status"), QStringLiteral("desired_replicas")}, wanted);
        it->replicas = wanted;
        startTransition(name, QStringLiteral("Starting"), QStringLiteral("Ready"), wanted);
    }
    emit changed(name);
    return json(onTheWire(m_entries.object(name)));
}

SimulatorReply SimulatedDeployments::replicasReply(const QString &name) const
{
    const Entry *const it = m_entries.find(name);
    if (!it)
        return error(404, QStringLiteral("NotFound"), QStringLiteral("deployment %1 not found").arg(name));
    const QJsonObject metadata = it->object.value(QStringLiteral("metadata")).toObject();
    QJsonArray list;
    for (const QString &id : replicaIds(name)) {
        const quint64 hash = stableHash(id);
        list.append(QJsonObject{
            {QStringLiteral("id"), id},
            {QStringLiteral("metadata"),
             QJsonObject{{QStringLiteral("id"), id},
                         {QStringLiteral("name"), id},
                         {QStringLiteral("created_at"), metadata.value(QStringLiteral("last_modified_at"))},
                         {QStringLiteral("version"), metadata.value(QStringLiteral("version"))},
                         {QStringLiteral("semantic_version"), metadata.value(QStringLiteral("semantic_version"))},
                         {QStringLiteral("replica_version"), metadata.value(QStringLiteral("replica_version"))}}},
            {QStringLiteral("status"),
             QJsonObject{{QStringLiteral("public_ip"),
                          QStringLiteral("10.%1.%2.%3").arg(hash % 200 + 20).arg((hash >> 8) % 250).arg((hash >> 16) % 250 + 2)},
                         {QStringLiteral("node"),
                          QJsonObject{{QStringLiteral("name"), QStringLiteral("node-%1").arg(hashChars(hash >> 20, 6))},
                                      {QStringLiteral("id"), QStringLiteral("n-%1").arg(hashChars(hash >> 24, 8))}}}}},
        });
    }
    return json(list);
}

SimulatorReply SimulatedDeployments::eventsReply(const QString &name) const
{
    const Entry *const it = m_entries.find(name);
    if (!it)
        return error(404, QStringLiteral("NotFound"), QStringLiteral("deployment %1 not found").arg(name));
    return json(it->events);
}

SimulatorReply SimulatedDeployments::readinessReply(const QString &name) const
{
    const Entry *const it = m_entries.find(name);
    if (!it)
        return error(404, QStringLiteral("NotFound"), QStringLiteral("deployment %1 not found").arg(name));
    const QString state = stateOf(it->object);
    const QString shape = objectAt(it->object, {QStringLiteral("spec"), QStringLiteral("resource_requirement")})
                              .value(QStringLiteral("resource_shape"))
                              .toString();
    QString reason = QStringLiteral("Ready");
    QString message;
    if (state == QLatin1String("Starting") || state == QLatin1String("Updating")
        || state == QLatin1String("Restarting") || state == QLatin1String("Scaling")) {
        reason = QStringLiteral("InProgress");
        message = QStringLiteral("replica is starting: pulling image and loading the model");
    } else if (state == QLatin1String("Not Ready")) {
        reason = QStringLiteral("NoCapacity");
        message = QStringLiteral("no node with a free %1 is available; the replica is waiting").arg(shape);
    } else if (state == QLatin1String("Error")) {
        reason = QStringLiteral("ConfigError");
        message = QStringLiteral("container main exited with code 137 (OOMKilled) 14 times");
    } else if (state == QLatin1String("Stopping") || state == QLatin1String("Deleting")) {
        reason = QStringLiteral("Deleting");
        message = QStringLiteral("replica is shutting down");
    } else if (state != QLatin1String("Ready") && state != QLatin1String("Migrating")) {
        reason = QStringLiteral("Unknown");
    }
    const qint64 since = it->object.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("last_modified_at")).toVariant().toLongLong();
    QJsonObject map;
    for (const QString &id : replicaIds(name)) {
        map.insert(id, QJsonArray{QJsonObject{{QStringLiteral("reason"), reason},
                                              {QStringLiteral("message"), message},
                                              {QStringLiteral("creationTimestamp"), isoTime(since)}}});
    }
    return json(map);
}

SimulatorReply SimulatedDeployments::terminationReply(const QString &name) const
{
    const Entry *const it = m_entries.find(name);
    if (!it)
        return error(404, QStringLiteral("NotFound"), QStringLiteral("deployment %1 not found").arg(name));
    return json(it->replicaHistory.terminationsJson());
}

bool SimulatedDeployments::crashReplica(const QString &name, int replicaIndex, int exitCode, const QString &reason,
                                        const QString &message)
{
    Entry *const it = m_entries.find(name);
    const QStringList ids = replicaIds(name);
    if (!it || replicaIndex < 0 || replicaIndex >= ids.size())
        return false;
    const QString id = ids.at(replicaIndex);
    const qint64 now = nowMs();
    const qint64 modified = it->object.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("last_modified_at")).toVariant().toLongLong();
    it->replicaHistory.addTermination(id, it->replicaHistory.runningSince(id, modified), now, exitCode, reason, message);
    SimulatedReplicaHistory::addCountedEvent(it->events, QStringLiteral("Warning"), QStringLiteral("BackOff"),
                                             QStringLiteral("Back-off restarting failed container main"),
                                             QStringLiteral("LeptonDeployment"), name, now);
    emit changed(name);
    return true;
}

SimulatorReply SimulatedDeployments::logReply(const QString &name, const QString &replicaId) const
{
    const Entry *const it = m_entries.find(name);
    if (!it)
        return error(404, QStringLiteral("NotFound"), QStringLiteral("deployment %1 not found").arg(name));
    if (!replicaIds(name).contains(replicaId))
        return error(404, QStringLiteral("NotFound"), QStringLiteral("replica %1 not found").arg(replicaId));

    const QJsonObject container = objectAt(it->object, {QStringLiteral("spec"), QStringLiteral("container")});
    const QString image = container.value(QStringLiteral("image")).toString();
    const int port = container.value(QStringLiteral("ports")).toArray().first().toObject().value(QStringLiteral("container_port")).toInt(8080);
    const qint64 start = nowMs() - 15 * 60 * 1000;
    QStringList lines;
    const auto line = [&](int offsetSeconds, const QString &level, const QString &text) {
        lines.append(QStringLiteral("%1 %2 %3").arg(isoTime(start + offsetSeconds * 1000LL), level, text));
    };
    line(0, QStringLiteral("INFO"), QStringLiteral("Starting %1 on replica %2").arg(image, replicaId));
    line(2, QStringLiteral("INFO"), QStringLiteral("Loading model weights from /root/.cache/huggingface"));
    line(41, QStringLiteral("INFO"), QStringLiteral("Model loaded in 39.2s"));
    if (stateOf(it->object) == QLatin1String("Error")) {
        line(43, QStringLiteral("ERROR"), QStringLiteral("Traceback (most recent call last):"));
        line(43, QStringLiteral("ERROR"), QStringLiteral("  File \"/app/server.py\", line 88, in warmup"));
        line(43, QStringLiteral("ERROR"), QStringLiteral("torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 GiB"));
    } else {
        line(42, QStringLiteral("INFO"), QStringLiteral("Uvicorn running on http://0.0.0.0:%1 (Press CTRL+C to quit)").arg(port));
        for (int i = 0; i < 20; ++i) {
            line(60 + i * 37, QStringLiteral("INFO"),
                 QStringLiteral("10.0.%1.%2 - \"POST /v1/chat/completions HTTP/1.1\" 200 OK (%3 ms)")
                     .arg(i % 7)
                     .arg(20 + i)
                     .arg(180 + (i * 53) % 900));
        }
    }
    SimulatorReply reply;
    reply.body = lines.join(QLatin1Char('\n')).toUtf8() + '\n';
    reply.contentType = "text/plain; charset=utf-8";
    return reply;
}

void SimulatedDeployments::setDeployments(const QList<QJsonObject> &deployments)
{
    m_entries.clear();
    m_entries.reserve(deployments.size());
    for (const QJsonObject &deployment : deployments) {
        const QString name = keyOf(deployment);
        if (!name.isEmpty())
            m_entries.store(name, makeEntry(deployment));
    }
}

QList<QJsonObject> SimulatedDeployments::deployments() const
{
    return m_entries.objects();
}

QStringList SimulatedDeployments::deploymentNames() const
{
    return m_entries.names();
}

QJsonObject SimulatedDeployments::deployment(const QString &name) const
{
    return m_entries.object(name);
}

bool SimulatedDeployments::hasDeployment(const QString &name) const
{
    return m_entries.contains(name);
}

void SimulatedDeployments::setDeployment(const QJsonObject &deployment)
{
    const QString name = keyOf(deployment);
    if (name.isEmpty())
        return;
    Entry entry = makeEntry(deployment);
    entry.object = deployment; // exactly as given: deployment() returns what was set
    if (const Entry *existing = m_entries.find(name)) {
        entry.events = existing->events;
        entry.replicaHistory = existing->replicaHistory;
    }
    m_entries.store(name, entry);
    emit changed(name);
}

bool SimulatedDeployments::removeDeployment(const QString &name)
{
    if (!m_entries.remove(name))
        return false;
    emit removed(name);
    return true;
}

bool SimulatedDeployments::applyOutsideChange(const QString &name, const QJsonObject &patch, const QString &by,
                                            QString *error)
{
    const PatchOutcome outcome = applyPatch(name, patch, by, false);
    if (!outcome.ok && error)
        *error = outcome.message;
    return outcome.ok;
}

bool SimulatedDeployments::simulateIdleScaleDown(const QString &name)
{
    Entry *const it = m_entries.find(name);
    if (!it)
        return false;
    m_entries.renew(*it);
    it->replicas = 0;
    setAt(it->object, {QStringLiteral("status"), QStringLiteral("autoscaler_status"), QStringLiteral("desired_replicas")}, 0);
    setState(*it, QStringLiteral("Stopped"));
    const int timeout = objectAt(it->object, {QStringLiteral("spec"), QStringLiteral("auto_scaler"), QStringLiteral("scale_down")})
                            .value(QStringLiteral("no_traffic_timeout"))
                            .toInt(3600);
    const QString message = QStringLiteral("no traffic for %1s: scaled to zero").arg(timeout);
    QJsonObject scaler = objectAt(it->object, {QStringLiteral("status"), QStringLiteral("autoscaler_status")});
    QJsonArray conditions = scaler.value(QStringLiteral("conditions")).toArray();
    QJsonObject condition = conditions.isEmpty() ? QJsonObject{} : conditions.first().toObject();
    condition.insert(QStringLiteral("type"), QStringLiteral("AbleToScale"));
    condition.insert(QStringLiteral("status"), QStringLiteral("True"));
    condition.insert(QStringLiteral("message"), message);
    conditions = QJsonArray{condition};
    scaler.insert(QStringLiteral("conditions"), conditions);
    setAt(it->object, {QStringLiteral("status"), QStringLiteral("autoscaler_status")}, scaler);
    addEvent(*it, QStringLiteral("Normal"), QStringLiteral("ScaledToZero"), message);
    emit changed(name);
    return true;
}

void SimulatedDeployments::settleTransitions()
{
    for (const QString &name : m_entries.names()) {
        Entry &entry = *m_entries.find(name);
        const QString state = stateOf(entry.object);
        const int desired = desiredOf(entry.object, entry.replicas);
        QString finalState;
        int finalReplicas = desired;
        if (state == QLatin1String("Stopping")) {
            finalState = QStringLiteral("Stopped");
            finalReplicas = 0;
        } else if (state == QLatin1String("Deleting")) {
            finalState = QString(); // removed
        } else if (state == QLatin1String("Starting") || state == QLatin1String("Updating")
                   || state == QLatin1String("Scaling") || state == QLatin1String("Restarting")
                   || state == QLatin1String("Migrating")) {
            finalState = QStringLiteral("Ready");
            finalReplicas = std::max(desired, 1);
        } else {
            continue;
        }
        scheduleFinish(name, m_entries.renew(entry), finalState, finalReplicas);
    }
}
