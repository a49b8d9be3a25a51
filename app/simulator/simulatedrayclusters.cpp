#include "app/simulator/simulatedrayclusters.h"

#include "app/simulator/simulatedobjects.h"
#include "app/simulator/simulatorjson.h"
#include "app/simulator/simulatorsettings.h"

#include <QJsonArray>
#include <QSet>

using namespace SimulatorJson;

namespace {

const QString Metadata = QStringLiteral("metadata");
const QString Spec = QStringLiteral("spec");
const QString Suspend = QStringLiteral("suspend");
const QString Workers = QStringLiteral("worker_group_specs");
const QString GroupName = QStringLiteral("group_name");

QString nameOf(const QJsonObject &cluster)
{
    const QJsonObject metadata = cluster.value(Metadata).toObject();
    const QString name = metadata.value(QStringLiteral("name")).toString();
    return name.isEmpty() ? metadata.value(QStringLiteral("id")).toString() : name;
}

bool isDown(const QJsonObject &cluster)
{
    const QString state = stateOf(cluster);
    return state == QLatin1String("Stopped") || state == QLatin1String("Stopping");
}

// The worker groups after `patch` (only group_name, min_replicas, max_replicas per group);
// an empty string when it is valid, else why not.
QString mergeWorkers(QJsonArray &groups, const QJsonValue &patch)
{
    if (!patch.isArray())
        return QStringLiteral("spec.worker_group_specs must be a list");
    QSet<QString> seen;
    for (const QJsonValue &value : patch.toArray()) {
        const QJsonObject change = value.toObject();
        for (auto key = change.constBegin(); key != change.constEnd(); ++key) {
            if (key.key() != GroupName && key.key() != QLatin1String("min_replicas") && key.key() != QLatin1String("max_replicas"))
                return QStringLiteral("spec.worker_group_specs[].%1 cannot be updated (only group_name, min_replicas and max_replicas)").arg(key.key());
        }
        const QString group = change.value(GroupName).toString();
        if (group.isEmpty())
            return QStringLiteral("spec.worker_group_specs[].group_name is required");
        if (seen.contains(group))
            return QStringLiteral("worker group \"%1\" appears twice").arg(group);
        seen.insert(group);
        int index = -1;
        for (int i = 0; i < groups.size(); ++i) {
            if (groups.at(i).toObject().value(GroupName).toString() == group)
                index = i;
        }
        if (index < 0)
            return QStringLiteral("worker group \"%1\" does not exist").arg(group);
        QJsonObject merged = groups.at(index).toObject();
        for (const char *key : {"min_replicas", "max_replicas"}) {
            const QJsonValue number = change.value(QLatin1String(key));
            if (number.isUndefined())
                continue;
            if (!isInteger(number) || number.toDouble() < 0)
                return QStringLiteral("worker group \"%1\": %2 must be a non-negative integer, found %3").arg(group, QLatin1String(key), valueText(number));
            merged.insert(QLatin1String(key), number);
        }
        const QJsonValue min = merged.value(QStringLiteral("min_replicas"));
        const QJsonValue max = merged.value(QStringLiteral("max_replicas"));
        if (isPresent(min) && isPresent(max) && max.toInt() < min.toInt())
            return QStringLiteral("worker group \"%1\": max_replicas (%2) must not be smaller than min_replicas (%3)").arg(group).arg(max.toInt()).arg(min.toInt());
        groups.replace(index, merged);
    }
    return {};
}

} // namespace

SimulatedRayClusters::SimulatedRayClusters(const SimulatorSettings &settings, QObject *parent)
    : QObject(parent)
    , m_objects(new SimulatedObjects(QStringLiteral("raycluster"), nameOf, settings, this))
{
    connect(m_objects, &SimulatedObjects::changed, this, &SimulatedRayClusters::changed);
    connect(m_objects, &SimulatedObjects::removed, this, &SimulatedRayClusters::removed);
}

void SimulatedRayClusters::set(const QList<QJsonObject> &clusters)
{
    m_objects->set(clusters);
}

QList<QJsonObject> SimulatedRayClusters::all() const
{
    return m_objects->all();
}

QJsonObject SimulatedRayClusters::get(const QString &name) const
{
    return m_objects->get(name);
}

void SimulatedRayClusters::put(const QJsonObject &cluster)
{
    m_objects->put(cluster);
}

void SimulatedRayClusters::settleTransitions()
{
    for (const QString &name : m_objects->names()) {
        const QString state = stateOf(m_objects->get(name));
        if (state == QLatin1String("Stopping"))
            m_objects->startTransition(name, state, QStringLiteral("Stopped"));
        else if (state == QLatin1String("Starting") || state == QLatin1String("Scaling"))
            m_objects->startTransition(name, state, QStringLiteral("Ready"));
        else if (state == QLatin1String("Deleting"))
            m_objects->startTransition(name, state, QString());
    }
}

SimulatorReply SimulatedRayClusters::listReply() const
{
    return m_objects->listReply();
}

SimulatorReply SimulatedRayClusters::getReply(const QString &name) const
{
    return m_objects->getReply(name);
}

SimulatorReply SimulatedRayClusters::patchReply(const QString &name, const QByteArray &body, bool dryRun, const QString &by)
{
    QJsonObject patch;
    if (const auto refused = SimulatorReply::readObject(body, &patch))
        return *refused;
    if (const auto refused = m_objects->refuseChange(name))
        return *refused;

    for (auto key = patch.constBegin(); key != patch.constEnd(); ++key) {
        if (key.key() != Spec && !(key.key() == Metadata && key.value().toObject().isEmpty()))
            return SimulatorReply::invalid(QStringLiteral("only spec.worker_group_specs and spec.suspend can be updated, not %1").arg(key.key()));
    }
    const QJsonObject specPatch = patch.value(Spec).toObject();
    for (auto key = specPatch.constBegin(); key != specPatch.constEnd(); ++key) {
        if (key.key() != Workers && key.key() != Suspend)
            return SimulatorReply::invalid(QStringLiteral("only spec.worker_group_specs and spec.suspend can be updated, not spec.%1").arg(key.key()));
    }
    const QJsonObject before = m_objects->get(name);
    QJsonObject spec = before.value(Spec).toObject();
    if (specPatch.contains(Suspend)) {
        if (!specPatch.value(Suspend).isBool())
            return SimulatorReply::invalid(QStringLiteral("spec.suspend must be true or false, found %1").arg(valueText(specPatch.value(Suspend))));
        spec.insert(Suspend, specPatch.value(Suspend));
    }
    if (specPatch.contains(Workers)) {
        QJsonArray groups = spec.value(Workers).toArray();
        if (const QString problem = mergeWorkers(groups, specPatch.value(Workers)); !problem.isEmpty())
            return SimulatorReply::invalid(problem);
        spec.insert(Workers, groups);
    }
    QJsonObject merged = before;
    merged.insert(Spec, spec);
    if (merged == before)
        return SimulatorReply::json(before);
    SimulatedObjects::stampModified(merged, by);
    if (dryRun)
        return SimulatorReply::json(merged);

    *m_objects->find(name) = merged;
    const bool suspend = spec.value(Suspend).toBool();
    if (suspend && !isDown(before))
        m_objects->startTransition(name, QStringLiteral("Stopping"), QStringLiteral("Stopped"));
    else if (!suspend && isDown(before))
        m_objects->startTransition(name, QStringLiteral("Starting"), QStringLiteral("Ready"));
    else if (!suspend && specPatch.contains(Workers))
        m_objects->startTransition(name, QStringLiteral("Scaling"), QStringLiteral("Ready"));
    m_objects->notifyChanged(name);
    return SimulatorReply::json(m_objects->get(name));
}

SimulatorReply SimulatedRayClusters::deleteReply(const QString &name)
{
    const QJsonObject *cluster = m_objects->find(name);
    if (!cluster)
        return m_objects->notFound(name);
    if (stateOf(*cluster) != QLatin1String("Deleting")) {
        m_objects->startTransition(name, QStringLiteral("Deleting"), QString());
        m_objects->notifyChanged(name);
    }
    return SimulatorReply::json(m_objects->get(name));
}
