#include "app/simulator/simulatedrayclusters.h"

#include "app/simulator/simulatorjson.h"
#include "app/simulator/simulatorsettings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTimer>

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
    , m_settings(settings)
{
}

void SimulatedRayClusters::set(const QList<QJsonObject> &clusters)
{
    m_entries.clear();
    m_order.clear();
    for (const QJsonObject &cluster : clusters) {
        const QString name = nameOf(cluster);
        if (name.isEmpty())
            continue;
        if (!m_entries.contains(name))
            m_order.append(name);
        m_entries.insert(name, Entry{cluster, m_nextGeneration++});
    }
}

QList<QJsonObject> SimulatedRayClusters::all() const
{
    QList<QJsonObject> list;
    for (const QString &name : m_order)
        list.append(m_entries.value(name).object);
    return list;
}

QJsonObject SimulatedRayClusters::get(const QString &name) const
{
    return m_entries.value(name).object;
}

void SimulatedRayClusters::put(const QJsonObject &cluster)
{
    const QString name = nameOf(cluster);
    if (name.isEmpty())
        return;
    if (!m_entries.contains(name))
        m_order.append(name);
    m_entries.insert(name, Entry{cluster, m_nextGeneration++});
    emit changed(name);
}

void SimulatedRayClusters::settleTransitions()
{
    for (const QString &name : std::as_const(m_order)) {
        const QString state = stateOf(m_entries.value(name).object);
        if (state == QLatin1String("Stopping"))
            startTransition(name, state, QStringLiteral("Stopped"));
        else if (state == QLatin1String("Starting") || state == QLatin1String("Scaling"))
            startTransition(name, state, QStringLiteral("Ready"));
        else if (state == QLatin1String("Deleting"))
            startTransition(name, state, QString());
    }
}

SimulatorReply SimulatedRayClusters::listReply() const
{
    QJsonArray list;
    for (const QString &name : m_order)
        list.append(m_entries.value(name).object);
    return SimulatorReply::json(list);
}

SimulatorReply SimulatedRayClusters::getReply(const QString &name) const
{
    const auto it = m_entries.constFind(name);
    if (it == m_entries.constEnd())
        return SimulatorReply::notFound(QStringLiteral("raycluster %1 not found").arg(name));
    return SimulatorReply::json(it->object);
}

SimulatorReply SimulatedRayClusters::patchReply(const QString &name, const QByteArray &body, bool dryRun, const QString &by)
{
    const auto invalid = [](const QString &message) {
        return SimulatorReply::error(400, QStringLiteral("InvalidRequest"), message);
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalid(QStringLiteral("invalid request body: %1").arg(parseError.errorString()));
    if (!document.isObject())
        return invalid(QStringLiteral("invalid request body: expected a JSON object"));
    const auto it = m_entries.find(name);
    if (it == m_entries.end())
        return SimulatorReply::notFound(QStringLiteral("raycluster %1 not found").arg(name));
    if (stateOf(it->object) == QLatin1String("Deleting"))
        return SimulatorReply::error(409, QStringLiteral("Conflict"), QStringLiteral("raycluster %1 is being deleted").arg(name));

    const QJsonObject patch = document.object();
    for (auto key = patch.constBegin(); key != patch.constEnd(); ++key) {
        if (key.key() != Spec && !(key.key() == Metadata && key.value().toObject().isEmpty()))
            return invalid(QStringLiteral("only spec.worker_group_specs and spec.suspend can be updated, not %1").arg(key.key()));
    }
    const QJsonObject specPatch = patch.value(Spec).toObject();
    for (auto key = specPatch.constBegin(); key != specPatch.constEnd(); ++key) {
        if (key.key() != Workers && key.key() != Suspend)
            return invalid(QStringLiteral("only spec.worker_group_specs and spec.suspend can be updated, not spec.%1").arg(key.key()));
    }
    const QJsonObject before = it->object;
    QJsonObject spec = before.value(Spec).toObject();
    if (specPatch.contains(Suspend)) {
        if (!specPatch.value(Suspend).isBool())
            return invalid(QStringLiteral("spec.suspend must be true or false, found %1").arg(valueText(specPatch.value(Suspend))));
        spec.insert(Suspend, specPatch.value(Suspend));
    }
    if (specPatch.contains(Workers)) {
        QJsonArray groups = spec.value(Workers).toArray();
        if (const QString problem = mergeWorkers(groups, specPatch.value(Workers)); !problem.isEmpty())
            return invalid(problem);
        spec.insert(Workers, groups);
    }
    QJsonObject merged = before;
    merged.insert(Spec, spec);
    if (merged == before)
        return SimulatorReply::json(before);
    QJsonObject metadata = merged.value(Metadata).toObject();
    metadata.insert(QStringLiteral("version"), metadata.value(QStringLiteral("version")).toInt() + 1);
    metadata.insert(QStringLiteral("last_modified_at"), nowMs());
    metadata.insert(QStringLiteral("last_modified_by"), by);
    merged.insert(Metadata, metadata);
    if (dryRun)
        return SimulatorReply::json(merged);

    it->object = merged;
    const bool suspend = spec.value(Suspend).toBool();
    if (suspend && !isDown(before))
        startTransition(name, QStringLiteral("Stopping"), QStringLiteral("Stopped"));
    else if (!suspend && isDown(before))
        startTransition(name, QStringLiteral("Starting"), QStringLiteral("Ready"));
    else if (!suspend && specPatch.contains(Workers))
        startTransition(name, QStringLiteral("Scaling"), QStringLiteral("Ready"));
    emit changed(name);
    return SimulatorReply::json(m_entries.value(name).object);
}

SimulatorReply SimulatedRayClusters::deleteReply(const QString &name)
{
    const auto it = m_entries.find(name);
    if (it == m_entries.end())
        return SimulatorReply::notFound(QStringLiteral("raycluster %1 not found").arg(name));
    if (stateOf(it->object) != QLatin1String("Deleting")) {
        startTransition(name, QStringLiteral("Deleting"), QString());
        emit changed(name);
    }
    return SimulatorReply::json(m_entries.value(name).object);
}

void SimulatedRayClusters::startTransition(const QString &name, const QString &transitional, const QString &finalState)
{
    const auto it = m_entries.find(name);
    if (it == m_entries.end())
        return;
    const quint64 generation = m_nextGeneration++;
    it->generation = generation;
    setAt(it->object, {QStringLiteral("status"), QStringLiteral("state")}, transitional);
    QTimer::singleShot(m_settings.transitionDelay, this, [this, name, generation, finalState] {
        const auto entry = m_entries.find(name);
        if (entry == m_entries.end() || entry->generation != generation)
            return;
        if (finalState.isNull()) {
            m_entries.erase(entry);
            m_order.removeAll(name);
            emit removed(name);
            return;
        }
        setAt(entry->object, {QStringLiteral("status"), QStringLiteral("state")}, finalState);
        emit changed(name);
    });
}
