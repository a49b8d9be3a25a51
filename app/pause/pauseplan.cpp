#include "app/pause/pauseplan.h"

#include "app/api/newapitranslation.h"
#include "app/pause/replicafields.h"
#include "app/storage/pauseentry.h"

#include <QHash>
#include <QJsonArray>

namespace {

const QString kKind = QStringLiteral("kind");
const QString kApi = QStringLiteral("api");
const QString kSpec = QStringLiteral("spec");
const QString kMetadata = QStringLiteral("metadata");
const QString kComponents = QStringLiteral("components");
const QString kName = QStringLiteral("name");
const QString kMin = QStringLiteral("min_replicas");
const QString kMax = QStringLiteral("max_replicas");
const QString kAutoScaler = QStringLiteral("auto_scaler");
const QString kAutoscaling = QStringLiteral("autoscaling");
const QString kResources = QStringLiteral("resource_requirement");
const QString kStopped = QStringLiteral("stopped");
const QString kSuspend = QStringLiteral("suspend");
const QString kWorkerGroups = QStringLiteral("worker_group_specs");
const QString kGroupName = QStringLiteral("group_name");
const QString kGpu = QStringLiteral("target_gpu_utilization_percentage");
const QString kThroughput = QStringLiteral("target_throughput");
const QString kQpm = QStringLiteral("qpm");
const QString kScaleDown = QStringLiteral("scale_down");
const QString kNoTrafficTimeout = QStringLiteral("no_traffic_timeout");

QString apiWord(ApiGeneration generation)
{
    return generation == ApiGeneration::New ? QStringLiteral("new") : QStringLiteral("legacy");
}

QString shown(const QJsonValue &value)
{
    if (value.isString())
        return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isArray())
        return QStringLiteral("[…]");
    return QStringLiteral("{…}");
}

// A replica count read exactly: absent or null is no value (true, nothing set); a whole
// number 0..2^31-1 is the value; anything else is false.
bool exactCount(const QJsonValue &value, std::optional<int> *out)
{
    *out = std::nullopt;
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    if (number < 0 || number > 2147483647.0 || number != double(qint64(number)))
        return false;
    *out = int(number);
    return true;
}

// A target is active when it is there and not 0 (the SDK's test for "min 0 is refused").
bool activeTarget(const QJsonValue &value)
{
    return !value.isUndefined() && !value.isNull() && !(value.isDouble() && value.toDouble() == 0);
}

// ---- new-API endpoints

// What one component had: {"name", "min_replicas"?, "max_replicas"?, "autoscaling"?}.
bool savedComponent(const QJsonObject &component, QJsonObject *saved, QString *why)
{
    const QString name = component.value(kName).toString();
    QJsonObject entry {{kName, name}};
    for (const QString &key : {kMin, kMax}) {
        std::optional<int> count;
        if (!exactCount(component.value(key), &count)) {
            *why = PausePlan::tr("Component \"%1\" has %2 %3, which is not a replica count; nothing was changed.")
                       .arg(name, key, shown(component.value(key)));
            return false;
        }
        if (count)
            entry.insert(key, *count);
    }
    const QJsonValue autoscaling = component.value(kAutoscaling);
    if (!autoscaling.isUndefined() && !autoscaling.isNull()) {
        if (!autoscaling.isObject()) {
            *why = PausePlan::tr("Component \"%1\" has autoscaling %2, which is not an object; nothing was changed.")
                       .arg(name, shown(autoscaling));
            return false;
        }
        entry.insert(kAutoscaling, autoscaling);
    }
    *saved = entry;
    return true;
}

// The component at zero replicas, as the SDK's stop makes it.
QJsonObject stoppedComponent(QJsonObject component)
{
    component.insert(kMin, 0);
    const QJsonValue autoscalingValue = component.value(kAutoscaling);
    if (!autoscalingValue.isObject())
        return component;
    QJsonObject autoscaling = autoscalingValue.toObject();
    const QJsonValue throughput = autoscaling.value(kThroughput);
    if (!activeTarget(autoscaling.value(kGpu)) && !activeTarget(throughput.toObject().value(kQpm)))
        return component; // scale-down only: valid at zero, left as it is
    autoscaling.insert(kGpu, 0);
    QJsonObject nextThroughput = throughput.toObject();
    nextThroughput.insert(kQpm, 0);
    nextThroughput.insert(QStringLiteral("paths"), QJsonArray());
    nextThroughput.insert(QStringLiteral("methods"), QJsonArray());
    autoscaling.insert(kThroughput, nextThroughput);
    QJsonObject scaleDown = autoscaling.value(kScaleDown).toObject();
    scaleDown.insert(kNoTrafficTimeout, 0);
    autoscaling.insert(kScaleDown, scaleDown);
    component.insert(kAutoscaling, autoscaling);
    return component;
}

void planNewEndpoint(const QJsonObject &fresh, PausePlan *plan)
{
    QString why;
    const std::optional<QJsonArray> components = NewApiTranslation::checkedComponents(fresh, &why);
    if (!components) {
        plan->error = PausePlan::tr("The endpoint cannot be paused: %1.").arg(why);
        return;
    }
    QJsonArray saved;
    QJsonArray paused;
    bool allAtZero = true;
    for (const QJsonValue &value : *components) {
        QJsonObject entry;
        if (!savedComponent(value.toObject(), &entry, &plan->error))
            return;
        if (entry.value(kMin).toInt(-1) != 0)
            allAtZero = false;
        saved.append(entry);
        paused.append(stoppedComponent(value.toObject()));
    }
    plan->alreadyStopped = allAtZero;
    plan->savedState.insert(kComponents, saved);
    plan->pausePatch = QJsonObject {{kMetadata, QJsonObject()}, {kSpec, QJsonObject {{kComponents, paused}}}};
}

std::optional<QJsonObject> restoreNewEndpoint(const QJsonObject &saved, const QJsonObject &fresh, QString *why)
{
    QString reason;
    const std::optional<QJsonArray> components = NewApiTranslation::checkedComponents(fresh, &reason);
    if (!components) {
        if (why)
            *why = PausePlan::tr("The endpoint cannot be resumed: %1.").arg(reason);
        return std::nullopt;
    }
    QHash<QString, QJsonObject> byName;
    for (const QJsonValue &value : saved.value(kComponents).toArray())
        byName.insert(value.toObject().value(kName).toString(), value.toObject());
    QJsonArray next;
    for (const QJsonValue &value : *components) {
        QJsonObject component = value.toObject();
        const auto found = byName.constFind(component.value(kName).toString());
        if (found != byName.constEnd()) {
            for (const QString &key : {kMin, kMax, kAutoscaling}) {
                if (found->contains(key))
                    component.insert(key, found->value(key));
                else
                    component.remove(key);
            }
        }
        next.append(component);
    }
    if (next == *components)
        return QJsonObject();
    return QJsonObject {{kMetadata, QJsonObject()}, {kSpec, QJsonObject {{kComponents, next}}}};
}

// ---- legacy endpoints and pods: what PauseEntry keeps and restores

void planLegacy(const QJsonObject &fresh, PausePlan *plan)
{
    const ReplicaFields fields = ReplicaFields::ofSpec(fresh.value(kSpec).toObject());
    if (!fields.isExact()) {
        plan->error = fields.problem();
        return;
    }
    plan->alreadyStopped = fields.isAtZero();
    plan->savedState.insert(kMin, *fields.minReplicas());
    if (fields.maxReplicas())
        plan->savedState.insert(kMax, *fields.maxReplicas());
    if (fields.hasAutoScaler())
        plan->savedState.insert(kAutoScaler, fields.autoScaler());
    plan->pausePatch = QJsonObject {{kSpec, QJsonObject {{kResources, QJsonObject {{kMin, 0}}}}}};
}

PauseEntry legacyEntry(const QJsonObject &saved)
{
    PauseEntry entry;
    entry.savedMinReplicas = saved.value(kMin).toInt();
    if (saved.value(kMax).isDouble())
        entry.savedMaxReplicas = saved.value(kMax).toInt();
    entry.hadAutoScaler = saved.value(kAutoScaler).isObject();
    entry.savedAutoScaler = saved.value(kAutoScaler).toObject();
    return entry;
}

// ---- Ray clusters

void planRay(const QJsonObject &fresh, PausePlan *plan)
{
    const QJsonObject spec = fresh.value(kSpec).toObject();
    QJsonArray groups;
    for (const QJsonValue &value : spec.value(kWorkerGroups).toArray()) {
        const QJsonObject group = value.toObject();
        QJsonObject entry {{kGroupName, group.value(kGroupName)}};
        for (const QString &key : {kMin, kMax}) {
            std::optional<int> count;
            if (!exactCount(group.value(key), &count)) {
                plan->error = PausePlan::tr("Worker group \"%1\" has %2 %3, which is not a replica count; nothing was changed.")
                                  .arg(group.value(kGroupName).toString(), key, shown(group.value(key)));
                return;
            }
            if (count)
                entry.insert(key, *count);
        }
        groups.append(entry);
    }
    const bool suspended = spec.value(kSuspend).toBool(false);
    plan->alreadyStopped = suspended;
    plan->savedState.insert(kSuspend, suspended);
    plan->savedState.insert(kWorkerGroups, groups);
    plan->pausePatch = QJsonObject {{kSpec, QJsonObject {{kSuspend, true}}}};
}

std::optional<QJsonObject> restoreRay(const QJsonObject &saved, const QJsonObject &fresh)
{
    const QJsonObject spec = fresh.value(kSpec).toObject();
    QHash<QString, QJsonObject> byName;
    for (const QJsonValue &value : saved.value(kWorkerGroups).toArray())
        byName.insert(value.toObject().value(kGroupName).toString(), value.toObject());
    // The PATCH takes worker groups as {group_name, min_replicas, max_replicas}: all of them
    // (an array is replaced whole), the saved values where there are some.
    QJsonArray groups;
    bool groupsDiffer = false;
    for (const QJsonValue &value : spec.value(kWorkerGroups).toArray()) {
        const QJsonObject group = value.toObject();
        const QString name = group.value(kGroupName).toString();
        QJsonObject entry {{kGroupName, name}};
        const auto found = byName.constFind(name);
        for (const QString &key : {kMin, kMax}) {
            const QJsonValue want = found != byName.constEnd() ? found->value(key) : group.value(key);
            if (!want.isUndefined() && !want.isNull())
                entry.insert(key, want);
            if (want != group.value(key) && !(want.isUndefined() && group.value(key).isNull()))
                groupsDiffer = true;
        }
        groups.append(entry);
    }
    QJsonObject patchSpec;
    const bool suspend = saved.value(kSuspend).toBool(false);
    if (spec.value(kSuspend).toBool(false) != suspend)
        patchSpec.insert(kSuspend, suspend);
    if (groupsDiffer)
        patchSpec.insert(kWorkerGroups, groups);
    if (patchSpec.isEmpty())
        return QJsonObject();
    return QJsonObject {{kSpec, patchSpec}};
}

} // namespace

PausePlan PausePlan::make(const QJsonObject &fresh, ResourceKind kind, ApiGeneration generation)
{
    PausePlan plan;
    plan.kind = kind;
    plan.generation = generation;
    plan.savedState.insert(kKind, ResourceKinds::toString(kind));
    plan.savedState.insert(kApi, apiWord(kind == ResourceKind::RayCluster ? ApiGeneration::Legacy : generation));
    if (kind == ResourceKind::RayCluster) {
        planRay(fresh, &plan);
    } else if (generation == ApiGeneration::Legacy) {
        planLegacy(fresh, &plan);
    } else if (kind == ResourceKind::Endpoint) {
        planNewEndpoint(fresh, &plan);
    } else {
        const bool stopped = fresh.value(kSpec).toObject().value(kStopped).toBool(false);
        plan.alreadyStopped = stopped;
        plan.savedState.insert(kStopped, stopped);
        plan.pausePatch = QJsonObject {{kSpec, QJsonObject {{kStopped, true}}}};
    }
    if (!plan.ok()) {
        plan.savedState = QJsonObject();
        plan.pausePatch = QJsonObject();
    }
    return plan;
}

std::optional<QJsonObject> PausePlan::restorePatch(const QJsonObject &savedState, const QJsonObject &fresh,
                                                   ApiGeneration generation, QString *why)
{
    const std::optional<ResourceKind> kind = ResourceKinds::fromString(savedState.value(kKind).toString());
    const bool savedNew = savedState.value(kApi).toString() == QLatin1String("new");
    auto refuse = [why](const QString &reason) -> std::optional<QJsonObject> {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    if (!kind)
        return refuse(tr("The saved state names no kind of resource; nothing was sent."));
    if (*kind == ResourceKind::RayCluster)
        return restoreRay(savedState, fresh);
    if (savedNew && generation == ApiGeneration::New)
        return *kind == ResourceKind::Endpoint
            ? restoreNewEndpoint(savedState, fresh, why)
            : (fresh.value(kSpec).toObject().value(kStopped).toBool(false) == savedState.value(kStopped).toBool(false)
                   ? QJsonObject()
                   : QJsonObject {{kSpec, QJsonObject {{kStopped, savedState.value(kStopped).toBool(false)}}}});
    if (!savedNew && generation == ApiGeneration::Legacy)
        return legacyEntry(savedState).restorePatch(fresh.value(kSpec).toObject());
    if (!savedNew && *kind == ResourceKind::Endpoint) {
        // Paused on the legacy API, resumed on the new one: the same restore, onto the
        // frontend component.
        const QJsonObject legacySpec = NewApiTranslation::endpointSpecToLegacy(fresh.value(kSpec).toObject());
        const QJsonObject patch = legacyEntry(savedState).restorePatch(legacySpec);
        if (patch.isEmpty())
            return QJsonObject();
        QString reason;
        const std::optional<QJsonObject> translated = NewApiTranslation::endpointPatchFromLegacy(fresh, patch, &reason);
        if (!translated)
            return refuse(tr("The endpoint cannot be resumed: %1.").arg(reason));
        return translated;
    }
    return refuse(tr("%1 was paused on the %2 deployment API, which this workspace no longer speaks; nothing was sent.")
                      .arg(savedState.value(kKind).toString(), savedState.value(kApi).toString()));
}
