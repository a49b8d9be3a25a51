#include "app/simulator/simulatedendpoints.h"

#include "app/simulator/simulatedreplicahistory.h"

#include "app/simulator/simulatorjson.h"
#include "app/simulator/simulatorpopulation.h"
#include "app/simulator/simulatorsettings.h"

#include <QJsonDocument>
#include <QSet>
#include <QTimer>

#include <algorithm>

using namespace SimulatorJson;

namespace {

const QString Metadata = QStringLiteral("metadata");
const QString LeptonMetadata = QStringLiteral("lepton_metadata");
const QString Spec = QStringLiteral("spec");
const QString Status = QStringLiteral("status");
const QString Components = QStringLiteral("components");
const QString MinReplicas = QStringLiteral("min_replicas");
const QString MaxReplicas = QStringLiteral("max_replicas");
const QString Autoscaling = QStringLiteral("autoscaling");

QString nameOf(const QJsonObject &endpoint)
{
    return endpoint.value(Metadata).toObject().value(QStringLiteral("name")).toString();
}

QJsonArray componentsOf(const QJsonObject &endpoint)
{
    return endpoint.value(Spec).toObject().value(Components).toArray();
}

int minOf(const QJsonObject &component)
{
    const QJsonValue value = component.value(MinReplicas);
    return value.isDouble() ? value.toInt() : 1; // the platform's default is one replica
}

int maxOf(const QJsonObject &component)
{
    const QJsonValue value = component.value(MaxReplicas);
    return value.isDouble() ? value.toInt() : -1;
}

// The replicas a running component settles on, from what it had.
int clampWanted(const QJsonObject &component, int had)
{
    const int min = minOf(component);
    if (min <= 0)
        return 0;
    int wanted = std::max({had, min, 1});
    const int max = maxOf(component);
    if (max >= min && max > 0)
        wanted = std::min(wanted, max);
    return wanted;
}

QHash<QString, QJsonObject> byName(const QJsonArray &components)
{
    QHash<QString, QJsonObject> map;
    for (const QJsonValue &value : components) {
        const QJsonObject component = value.toObject();
        map.insert(component.value(QStringLiteral("name")).toString(), component);
    }
    return map;
}

// A change of anything but replicas and autoscaling in a component (or a component added or
// removed) is a new replica template: a rolling update.
bool replacesReplicas(const QJsonArray &before, const QJsonArray &after)
{
    const auto strip = [](const QJsonArray &components) {
        QHash<QString, QJsonObject> map = byName(components);
        for (QJsonObject &component : map) {
            component.remove(MinReplicas);
            component.remove(MaxReplicas);
            component.remove(Autoscaling);
        }
        return map;
    };
    return strip(before) != strip(after);
}

bool replicasChanged(const QJsonArray &before, const QJsonArray &after)
{
    const QHash<QString, QJsonObject> was = byName(before);
    const QHash<QString, QJsonObject> now = byName(after);
    if (QSet<QString>(was.keyBegin(), was.keyEnd()) != QSet<QString>(now.keyBegin(), now.keyEnd()))
        return true;
    for (auto it = now.constBegin(); it != now.constEnd(); ++it) {
        const QJsonObject old = was.value(it.key());
        if (old.value(MinReplicas) != it->value(MinReplicas) || old.value(MaxReplicas) != it->value(MaxReplicas))
            return true;
    }
    return false;
}

QString componentProblem(const QJsonObject &component, const QString &at)
{
    const QJsonValue min = component.value(MinReplicas);
    const QJsonValue max = component.value(MaxReplicas);
    if (isPresent(min) && (!isInteger(min) || min.toDouble() < 0))
        return QStringLiteral("%1.min_replicas must be a non-negative integer, found %2").arg(at, valueText(min));
    if (isPresent(max) && (!isInteger(max) || max.toDouble() < 0))
        return QStringLiteral("%1.max_replicas must be a non-negative integer, found %2").arg(at, valueText(max));
    if (isPresent(min) && isPresent(max) && max.toInt() < min.toInt()) {
        return QStringLiteral("%1.max_replicas (%2) must not be smaller than min_replicas (%3)")
            .arg(at)
            .arg(max.toInt())
            .arg(min.toInt());
    }
    if (component.contains(QStringLiteral("resource_shape"))) {
        const QString shape = component.value(QStringLiteral("resource_shape")).toString();
        if (!SimulatorPopulation::supportedShapes().contains(shape)) {
            return QStringLiteral("%1.resource_shape \"%2\" is not supported in this workspace (supported: %3)")
                .arg(at, shape, SimulatorPopulation::shapeNames().join(QStringLiteral(", ")));
        }
    }
    if (component.contains(QStringLiteral("image")) && component.value(QStringLiteral("image")).toString().trimmed().isEmpty())
        return QStringLiteral("%1.image must not be empty").arg(at);
    for (const QJsonValue &port : component.value(QStringLiteral("ports")).toArray()) {
        const QJsonValue number = port.toObject().value(QStringLiteral("container_port"));
        if (!isInteger(number) || number.toInt() < 1 || number.toInt() > 65535)
            return QStringLiteral("%1.ports[].container_port must be between 1 and 65535").arg(at);
    }

    const QJsonObject scaling = component.value(Autoscaling).toObject();
    const QJsonValue gpu = scaling.value(QStringLiteral("target_gpu_utilization_percentage"));
    if (isPresent(gpu) && (!isInteger(gpu) || gpu.toDouble() < 0 || gpu.toDouble() > 100)) {
        return QStringLiteral("%1.autoscaling.target_gpu_utilization_percentage must be an integer between 0 and 100, found %2")
            .arg(at, valueText(gpu));
    }
    const QJsonValue timeout = scaling.value(QStringLiteral("scale_down")).toObject().value(QStringLiteral("no_traffic_timeout"));
    if (isPresent(timeout) && (!isInteger(timeout) || timeout.toDouble() < 0)) {
        return QStringLiteral("%1.autoscaling.scale_down.no_traffic_timeout must be a non-negative integer (seconds), found %2")
            .arg(at, valueText(timeout));
    }
    const QJsonValue qpm = scaling.value(QStringLiteral("target_throughput")).toObject().value(QStringLiteral("qpm"));
    if (isPresent(qpm) && (!qpm.isDouble() || qpm.toDouble() < 0))
        return QStringLiteral("%1.autoscaling.target_throughput.qpm must be a non-negative number, found %2").arg(at, valueText(qpm));

    const bool gpuTarget = isPresent(gpu) && gpu.toDouble() != 0;
    const bool throughputTarget = isPresent(qpm) && qpm.toDouble() != 0;
    if ((gpuTarget || throughputTarget) && minOf(component) < 1) {
        return QStringLiteral("%1: min_replicas must be >= 1 while the %2 target is active")
            .arg(at, gpuTarget ? QStringLiteral("GPU utilization") : QStringLiteral("throughput"));
    }
    return {};
}

} // namespace

SimulatedEndpoints::SimulatedEndpoints(const SimulatorSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
}

QString SimulatedEndpoints::validate(const QJsonObject &endpoint)
{
    const QJsonValue componentsValue = endpoint.value(Spec).toObject().value(Components);
    if (!componentsValue.isArray() || componentsValue.toArray().isEmpty())
        return QStringLiteral("spec.components must be a non-empty list");
    const QJsonArray components = componentsValue.toArray();
    QSet<QString> names;
    int frontends = 0;
    for (int i = 0; i < components.size(); ++i) {
        const QString at = QStringLiteral("spec.components[%1]").arg(i);
        if (!components.at(i).isObject())
            return QStringLiteral("%1 must be an object").arg(at);
        const QJsonObject component = components.at(i).toObject();
        const QString name = component.value(QStringLiteral("name")).toString();
        if (name.isEmpty())
            return QStringLiteral("%1.name is required").arg(at);
        if (names.contains(name))
            return QStringLiteral("duplicate component name \"%1\" in spec.components").arg(name);
        names.insert(name);
        if (component.value(QStringLiteral("frontend")).toBool())
            ++frontends;
        if (const QString problem = componentProblem(component, at); !problem.isEmpty())
            return problem;
    }
    if (components.size() > 1 && frontends != 1) {
        return QStringLiteral("spec.components must have exactly one frontend component when there are several (found %1)")
            .arg(frontends);
    }
    return {};
}

SimulatedEndpoints::Entry SimulatedEndpoints::makeEntry(const QJsonObject &object) const
{
    Entry entry;
    entry.object = object;
    const QString state = stateOf(object);
    const bool down = state == QLatin1String("Stopped") || state == QLatin1String("Stopping");
    const QJsonArray components = componentsOf(object);
    const QJsonValue desired = objectAt(object, {Status, QStringLiteral("auto_scaler_status")}).value(QStringLiteral("desired_replicas"));
    for (const QJsonValue &value : components) {
        const QJsonObject component = value.toObject();
        int wanted = down ? 0 : clampWanted(component, 0);
        if (components.size() == 1 && desired.isDouble() && !down)
            wanted = desired.toInt();
        entry.wanted.insert(component.value(QStringLiteral("name")).toString(), wanted);
    }
    entry.replicas = totalWanted(entry);
    if (state == QLatin1String("Stopping")) {
        // What it still runs while it stops.
        entry.replicas = 0;
        for (const QJsonValue &value : components)
            entry.replicas += clampWanted(value.toObject(), 0);
    }
    const qint64 modified = objectAt(object, {Metadata, LeptonMetadata}).value(QStringLiteral("last_modified_at")).toVariant().toLongLong();
    const QString name = nameOf(object);
    const auto event = [&](const QString &type, const QString &reason, const QString &message, int count, qint64 at) {
        entry.events.append(QJsonObject{
            {QStringLiteral("type"), type},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("count"), count},
            {QStringLiteral("last_observed_time"), isoTime(at)},
            {QStringLiteral("regarding"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("Endpoint")}, {QStringLiteral("name"), name}}},
            {QStringLiteral("message"), message},
        });
    };
    for (const QJsonValue &value : components) {
        const QJsonObject component = value.toObject();
        event(QStringLiteral("Normal"), QStringLiteral("Pulled"),
              QStringLiteral("Successfully pulled image \"%1\"").arg(component.value(QStringLiteral("image")).toString()), 1, modified);
    }
    if (state == QLatin1String("Error"))
        event(QStringLiteral("Warning"), QStringLiteral("BackOff"), QStringLiteral("Back-off restarting failed container"), 14, modified + 600000);
    else if (state == QLatin1String("NotReady"))
        event(QStringLiteral("Warning"), QStringLiteral("FailedScheduling"),
              QStringLiteral("0/12 nodes are available: 12 Insufficient nvidia.com/gpu."), 37, modified + 600000);
    else if (down)
        event(QStringLiteral("Normal"), QStringLiteral("ScaledToZero"), QStringLiteral("scaled to zero replicas"), 1, modified + 60000);
    else
        event(QStringLiteral("Normal"), QStringLiteral("Started"), QStringLiteral("Started container"), 1, modified + 60000);
    return entry;
}

int SimulatedEndpoints::totalWanted(const Entry &entry)
{
    int total = 0;
    for (const int wanted : entry.wanted)
        total += wanted;
    return total;
}

void SimulatedEndpoints::set(const QList<QJsonObject> &endpoints)
{
    m_entries.clear();
    for (const QJsonObject &endpoint : endpoints) {
        const QString name = nameOf(endpoint);
        if (!name.isEmpty())
            m_entries.store(name, makeEntry(endpoint));
    }
}

QList<QJsonObject> SimulatedEndpoints::all() const
{
    return m_entries.objects();
}

QStringList SimulatedEndpoints::names() const
{
    return m_entries.names();
}

QJsonObject SimulatedEndpoints::get(const QString &name) const
{
    return m_entries.object(name);
}

void SimulatedEndpoints::put(const QJsonObject &endpoint)
{
    const QString name = nameOf(endpoint);
    if (name.isEmpty())
        return;
    Entry entry = makeEntry(endpoint);
    if (const Entry *existing = m_entries.find(name)) {
        entry.events = existing->events;
        entry.history = existing->history;
    }
    m_entries.store(name, entry);
    emit changed(name);
}

bool SimulatedEndpoints::remove(const QString &name)
{
    if (!m_entries.remove(name))
        return false;
    emit removed(name);
    return true;
}

void SimulatedEndpoints::settleTransitions()
{
    for (const QString &name : m_entries.names()) {
        Entry &entry = *m_entries.find(name);
        const QString state = stateOf(entry.object);
        QString finalState;
        if (state == QLatin1String("Stopping")) {
            finalState = QStringLiteral("Stopped");
        } else if (state == QLatin1String("Deleting")) {
            finalState = QString();
        } else if (state == QLatin1String("Starting") || state == QLatin1String("Updating")
                   || state == QLatin1String("Scaling")) {
            finalState = QStringLiteral("Ready");
            for (const QJsonValue &value : componentsOf(entry.object)) {
                const QJsonObject component = value.toObject();
                const QString componentName = component.value(QStringLiteral("name")).toString();
                entry.wanted.insert(componentName, std::max(entry.wanted.value(componentName), clampWanted(component, 0)));
            }
        } else {
            continue;
        }
        scheduleFinish(name, m_entries.renew(entry), finalState);
    }
}

// ---------------------------------------------------------------------------------------------
// Routes

SimulatorReply SimulatedEndpoints::listReply() const
{
    return SimulatorReply::json(m_entries.array());
}

SimulatorReply SimulatedEndpoints::getReply(const QString &name) const
{
    const Entry *const it = m_entries.find(name);
    if (!it)
        return SimulatorReply::notFound(QStringLiteral("endpoint %1 not found").arg(name));
    return SimulatorReply::json(it->object);
}

SimulatorReply SimulatedEndpoints::patchReply(const QString &name, const QByteArray &body, bool dryRun, const QString &by)
{
    const auto invalid = [](const QString &message) { return SimulatorReply::invalid(message); };
    QJsonObject patch;
    if (const auto refused = SimulatorReply::readObject(body, &patch))
        return *refused;
    Entry *const it = m_entries.find(name);
    if (!it)
        return SimulatorReply::notFound(QStringLiteral("endpoint %1 not found").arg(name));
    if (stateOf(it->object) == QLatin1String("Deleting"))
        return SimulatorReply::error(409, QStringLiteral("Conflict"), QStringLiteral("endpoint %1 is being deleted").arg(name));

    // spec merges (components replaced wholesale, as RFC 7386 replaces arrays);
    // metadata.lepton_metadata.owner and .visibility can change; the rest is ignored.
    QJsonObject effective;
    if (patch.contains(Spec)) {
        if (!patch.value(Spec).isObject())
            return invalid(QStringLiteral("spec must be an object"));
        const QJsonObject spec = patch.value(Spec).toObject();
        if (spec.contains(Components) && !spec.value(Components).isArray())
            return invalid(QStringLiteral("spec.components must be a list"));
        effective.insert(Spec, spec);
    }
    const QJsonObject leptonPatch = objectAt(patch, {Metadata, LeptonMetadata});
    QJsonObject leptonEffective;
    for (const char *key : {"owner", "visibility"}) {
        const QString field = QLatin1String(key);
        if (leptonPatch.contains(field))
            leptonEffective.insert(field, leptonPatch.value(field));
    }
    if (leptonEffective.contains(QStringLiteral("visibility"))) {
        const QString visibility = leptonEffective.value(QStringLiteral("visibility")).toString();
        if (visibility != QLatin1String("public") && visibility != QLatin1String("private"))
            return invalid(QStringLiteral("metadata.lepton_metadata.visibility must be \"public\" or \"private\""));
    }
    if (!leptonEffective.isEmpty())
        effective.insert(Metadata, QJsonObject{{LeptonMetadata, leptonEffective}});

    const QJsonObject before = it->object;
    QJsonObject merged = mergePatch(before, effective);
    if (merged == before)
        return SimulatorReply::json(before); // nothing to change
    if (const QString problem = validate(merged); !problem.isEmpty())
        return invalid(problem);

    QJsonObject metadata = merged.value(Metadata).toObject();
    metadata.insert(QStringLiteral("version"), metadata.value(QStringLiteral("version")).toInt() + 1);
    QJsonObject lepton = metadata.value(LeptonMetadata).toObject();
    lepton.insert(QStringLiteral("last_modified_at"), nowMs());
    lepton.insert(QStringLiteral("last_modified_by"), by);
    metadata.insert(LeptonMetadata, lepton);
    merged.insert(Metadata, metadata);
    if (dryRun)
        return SimulatorReply::json(merged);

    it->history.prepend(QJsonObject{
        {QStringLiteral("version"), before.value(Metadata).toObject().value(QStringLiteral("version"))},
        {QStringLiteral("last_modified_at"), objectAt(before, {Metadata, LeptonMetadata}).value(QStringLiteral("last_modified_at"))},
        {QStringLiteral("last_modified_by"), objectAt(before, {Metadata, LeptonMetadata}).value(QStringLiteral("last_modified_by"))},
        {Spec, before.value(Spec)},
    });
    it->object = merged;
    addEvent(*it, QStringLiteral("Normal"), QStringLiteral("Updated"),
             QStringLiteral("endpoint updated by %1 (version %2)").arg(by).arg(metadata.value(QStringLiteral("version")).toInt()));
    planTransition(*it, before);
    emit changed(name);
    return SimulatorReply::json(m_entries.object(name));
}

void SimulatedEndpoints::planTransition(Entry &entry, const QJsonObject &before)
{
    const QString name = nameOf(entry.object);
    const QJsonArray was = componentsOf(before);
    const QJsonArray now = componentsOf(entry.object);
    const int totalBefore = totalWanted(entry);
    const bool up = totalBefore > 0;

    QHash<QString, int> wanted;
    for (const QJsonValue &value : now) {
        const QJsonObject component = value.toObject();
        const QString componentName = component.value(QStringLiteral("name")).toString();
        wanted.insert(componentName, clampWanted(component, up ? entry.wanted.value(componentName) : 0));
    }
    int total = 0;
    for (const int count : std::as_const(wanted))
        total += count;

    if (total == 0) {
        entry.wanted = wanted;
        if (up)
            startTransition(name, QStringLiteral("Stopping"), QStringLiteral("Stopped"));
        return;
    }
    if (!up) {
        if (replicasChanged(was, now)) {
            entry.wanted = wanted;
            startTransition(name, QStringLiteral("Starting"), QStringLiteral("Ready"));
        }
        return;
    }
    entry.wanted = wanted;
    if (replacesReplicas(was, now))
        startTransition(name, QStringLiteral("Updating"), QStringLiteral("Ready"));
    else if (total != totalBefore)
        startTransition(name, QStringLiteral("Scaling"), QStringLiteral("Ready"));
    else
        setState(entry, stateOf(entry.object)); // refresh the desired count
}

void SimulatedEndpoints::startTransition(const QString &name, const QString &transitional, const QString &finalState)
{
    Entry *const it = m_entries.find(name);
    if (!it)
        return;
    const quint64 generation = m_entries.renew(*it);
    setState(*it, transitional);
    addEvent(*it, QStringLiteral("Normal"), transitional, QStringLiteral("endpoint is %1").arg(transitional.toLower()));
    scheduleFinish(name, generation, finalState);
}

void SimulatedEndpoints::scheduleFinish(const QString &name, quint64 generation, const QString &finalState)
{
    m_entries.finishLater(this, m_settings.transitionDelay, name, generation, [this, name, finalState](Entry &entry) {
        if (finalState.isNull()) {
            remove(name);
            return;
        }
        entry.replicas = totalWanted(entry);
        setState(entry, finalState);
        addEvent(entry, QStringLiteral("Normal"), finalState,
                 QStringLiteral("endpoint is %1 with %2 replica(s)").arg(finalState.toLower()).arg(entry.replicas));
        emit changed(name);
    });
}

void SimulatedEndpoints::setState(Entry &entry, const QString &state)
{
    QJsonObject status = entry.object.value(Status).toObject();
    status.insert(QStringLiteral("state"), state);
    // HTTPEndpointStatus leaves ready_replicas out when it is zero.
    const bool serving = state == QLatin1String("Ready") || state == QLatin1String("Scaling")
        || state == QLatin1String("Updating");
    if (serving && entry.replicas > 0)
        status.insert(QStringLiteral("ready_replicas"), entry.replicas);
    else
        status.remove(QStringLiteral("ready_replicas"));
    QJsonObject scaler = status.value(QStringLiteral("auto_scaler_status")).toObject();
    scaler.insert(QStringLiteral("desired_replicas"), totalWanted(entry));
    scaler.insert(QStringLiteral("last_transition_time"), nowMs() / 1000);
    status.insert(QStringLiteral("auto_scaler_status"), scaler);
    entry.object.insert(Status, status);
}

void SimulatedEndpoints::addEvent(Entry &entry, const QString &type, const QString &reason, const QString &message)
{
    entry.events.append(QJsonObject{
        {QStringLiteral("type"), type},
        {QStringLiteral("reason"), reason},
        {QStringLiteral("count"), 1},
        {QStringLiteral("last_observed_time"), isoTime(nowMs())},
        {QStringLiteral("regarding"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("Endpoint")}, {QStringLiteral("name"), nameOf(entry.object)}}},
        {QStringLiteral("message"), message},
    });
    while (entry.events.size() > 50)
        entry.events.removeFirst();
}

SimulatorReply SimulatedEndpoints::deleteReply(const QString &name)
{
    Entry *const it = m_entries.find(name);
    if (!it)
        return SimulatorReply::notFound(QStringLiteral("endpoint %1 not found").arg(name));
    if (stateOf(it->object) != QLatin1String("Deleting")) {
        setAt(it->object, {Metadata, QStringLiteral("deleted_at")}, nowMs());
        startTransition(name, QStringLiteral("Deleting"), QString());
        emit changed(name);
    }
    return SimulatorReply::json(m_entries.object(name));
}

SimulatorReply SimulatedEndpoints::restartReply(const QString &name)
{
    Entry *const it = m_entries.find(name);
    if (!it)
        return SimulatorReply::notFound(QStringLiteral("endpoint %1 not found").arg(name));
    if (stateOf(it->object) == QLatin1String("Deleting"))
        return SimulatorReply::error(409, QStringLiteral("Conflict"), QStringLiteral("endpoint %1 is being deleted").arg(name));
    const QJsonArray components = componentsOf(it->object);
    bool anyMin = false;
    for (const QJsonValue &value : components)
        anyMin = anyMin || minOf(value.toObject()) > 0;
    if (totalWanted(*it) <= 0 && !anyMin)
        return SimulatorReply::json(it->object); // scaled to zero on purpose: nothing to restart
    addEvent(*it, QStringLiteral("Normal"), QStringLiteral("RestartRequested"),
             QStringLiteral("rolling restart requested by %1").arg(m_settings.user));
    if (totalWanted(*it) > 0) {
        startTransition(name, QStringLiteral("Updating"), QStringLiteral("Ready"));
    } else {
        // Scaled to zero after no traffic: a restart brings it back.
        for (const QJsonValue &value : components) {
            const QJsonObject component = value.toObject();
            it->wanted.insert(component.value(QStringLiteral("name")).toString(), clampWanted(component, 0));
        }
        startTransition(name, QStringLiteral("Starting"), QStringLiteral("Ready"));
    }
    emit changed(name);
    return SimulatorReply::json(m_entries.object(name));
}

QStringList SimulatedEndpoints::replicaIds(const Entry &entry) const
{
    const QString name = nameOf(entry.object);
    const QString version = QString::number(entry.object.value(Metadata).toObject().value(QStringLiteral("version")).toInt());
    QStringList ids;
    int index = 0;
    for (const QJsonValue &value : componentsOf(entry.object)) {
        const QString component = value.toObject().value(QStringLiteral("name")).toString();
        const int running = entry.replicas > 0 ? entry.wanted.value(component) : 0;
        const QString templateHash = hashChars(stableHash(name + QLatin1Char('/') + component + version), 10);
        for (int i = 0; i < running; ++i, ++index)
            ids.append(QStringLiteral("%1-%2-%3-%4").arg(name, component, templateHash, hashChars(stableHash(name + version + QString::number(index)), 5)));
    }
    return ids;
}

bool SimulatedEndpoints::crashReplica(const QString &name, int replicaIndex)
{
    Entry *const it = m_entries.find(name);
    if (!it || replicaIndex < 0 || replicaIndex >= replicaIds(*it).size())
        return false;
    SimulatedReplicaHistory::addCountedEvent(it->events, QStringLiteral("Warning"), QStringLiteral("BackOff"),
                                             QStringLiteral("Back-off restarting failed container main"),
                                             QStringLiteral("Endpoint"), name, nowMs());
    emit changed(name);
    return true;
}

SimulatorReply SimulatedEndpoints::replicasReply(const QString &name) const
{
    const Entry *const it = m_entries.find(name);
    if (!it)
        return SimulatorReply::notFound(QStringLiteral("endpoint %1 not found").arg(name));
    const QJsonObject metadata = it->object.value(Metadata).toObject();
    QJsonArray list;
    for (const QString &id : replicaIds(*it)) {
        const quint64 hash = stableHash(id);
        list.append(QJsonObject{
            {QStringLiteral("id"), id},
            {Metadata, QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), id},
                                   {QStringLiteral("version"), metadata.value(QStringLiteral("version"))}}},
            {Status, QJsonObject{
                         {QStringLiteral("public_ip"), QStringLiteral("10.%1.%2.%3").arg(hash % 200 + 20).arg((hash >> 8) % 250).arg((hash >> 16) % 250 + 2)},
                         {QStringLiteral("node"), QJsonObject{{QStringLiteral("name"), QStringLiteral("node-%1").arg(hashChars(hash >> 20, 6))},
                                                              {QStringLiteral("id"), QStringLiteral("n-%1").arg(hashChars(hash >> 24, 8))}}},
                         {QStringLiteral("readiness_issue"), QJsonObject{{QStringLiteral("reason"), stateOf(it->object) == QLatin1String("Ready") ? QStringLiteral("Ready") : QStringLiteral("InProgress")}}},
                     }},
        });
    }
    return SimulatorReply::json(list);
}

SimulatorReply SimulatedEndpoints::eventsReply(const QString &name) const
{
    const Entry *const it = m_entries.find(name);
    if (!it)
        return SimulatorReply::notFound(QStringLiteral("endpoint %1 not found").arg(name));
    return SimulatorReply::json(it->events);
}

SimulatorReply SimulatedEndpoints::historyReply(const QString &name) const
{
    const Entry *const it = m_entries.find(name);
    if (!it)
        return SimulatorReply::notFound(QStringLiteral("endpoint %1 not found").arg(name));
    return SimulatorReply::json(it->history);
}

SimulatorReply SimulatedEndpoints::logReply(const QString &name, const QString &replicaId) const
{
    const Entry *const it = m_entries.find(name);
    if (!it)
        return SimulatorReply::notFound(QStringLiteral("endpoint %1 not found").arg(name));
    if (!replicaIds(*it).contains(replicaId))
        return SimulatorReply::notFound(QStringLiteral("replica %1 not found").arg(replicaId));
    const qint64 start = nowMs() - 15 * 60 * 1000;
    QStringList lines;
    lines << QStringLiteral("%1 INFO Starting replica %2").arg(isoTime(start), replicaId)
          << QStringLiteral("%1 INFO Model loaded in 39.2s").arg(isoTime(start + 41000));
    if (stateOf(it->object) == QLatin1String("Error"))
        lines << QStringLiteral("%1 ERROR torch.OutOfMemoryError: CUDA out of memory").arg(isoTime(start + 43000));
    else
        lines << QStringLiteral("%1 INFO Uvicorn running on http://0.0.0.0:8080").arg(isoTime(start + 42000));
    SimulatorReply reply;
    reply.body = lines.join(QLatin1Char('\n')).toUtf8() + '\n';
    reply.contentType = "text/plain; charset=utf-8";
    return reply;
}
