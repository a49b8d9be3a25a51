#include "app/simulator/simulateddevpods.h"

#include "app/simulator/simulatorjson.h"
#include "app/simulator/simulatorpopulation.h"
#include "app/simulator/simulatorsettings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

using namespace SimulatorJson;

namespace {

const QString Metadata = QStringLiteral("metadata");
const QString Spec = QStringLiteral("spec");
const QString Stopped = QStringLiteral("stopped");

QString nameOf(const QJsonObject &pod)
{
    return pod.value(Metadata).toObject().value(QStringLiteral("name")).toString();
}

bool isStopped(const QJsonObject &pod)
{
    return pod.value(Spec).toObject().value(Stopped).toBool();
}

bool isRunning(const QJsonObject &pod)
{
    const QString state = stateOf(pod);
    return !isStopped(pod) && state != QLatin1String("Stopped") && state != QLatin1String("Deleting");
}

QString problemIn(const QJsonObject &pod)
{
    const QJsonObject spec = pod.value(Spec).toObject();
    if (spec.contains(Stopped) && !spec.value(Stopped).isBool())
        return QStringLiteral("spec.stopped must be true or false, found %1").arg(valueText(spec.value(Stopped)));
    if (spec.contains(QStringLiteral("resource_shape"))) {
        const QString shape = spec.value(QStringLiteral("resource_shape")).toString();
        if (!SimulatorPopulation::supportedShapes().contains(shape)) {
            return QStringLiteral("spec.resource_shape \"%1\" is not supported in this workspace (supported: %2)")
                .arg(shape, SimulatorPopulation::shapeNames().join(QStringLiteral(", ")));
        }
    }
    const QJsonObject container = spec.value(QStringLiteral("container")).toObject();
    if (container.contains(QStringLiteral("image")) && container.value(QStringLiteral("image")).toString().trimmed().isEmpty())
        return QStringLiteral("spec.container.image must not be empty");
    return {};
}

} // namespace

SimulatedDevPods::SimulatedDevPods(const SimulatorSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
}

void SimulatedDevPods::set(const QList<QJsonObject> &pods)
{
    m_entries.clear();
    m_order.clear();
    for (const QJsonObject &pod : pods) {
        const QString name = nameOf(pod);
        if (name.isEmpty())
            continue;
        if (!m_entries.contains(name))
            m_order.append(name);
        m_entries.insert(name, Entry{pod, m_nextGeneration++});
    }
}

QList<QJsonObject> SimulatedDevPods::all() const
{
    QList<QJsonObject> list;
    for (const QString &name : m_order)
        list.append(m_entries.value(name).object);
    return list;
}

QJsonObject SimulatedDevPods::get(const QString &name) const
{
    return m_entries.value(name).object;
}

void SimulatedDevPods::put(const QJsonObject &pod)
{
    const QString name = nameOf(pod);
    if (name.isEmpty())
        return;
    if (!m_entries.contains(name))
        m_order.append(name);
    m_entries.insert(name, Entry{pod, m_nextGeneration++});
    emit changed(name);
}

bool SimulatedDevPods::remove(const QString &name)
{
    if (!m_entries.remove(name))
        return false;
    m_order.removeAll(name);
    emit removed(name);
    return true;
}

void SimulatedDevPods::settleTransitions()
{
    for (const QString &name : std::as_const(m_order)) {
        const QString state = stateOf(m_entries.value(name).object);
        if (state == QLatin1String("Stopping"))
            startTransition(name, state, QStringLiteral("Stopped"));
        else if (state == QLatin1String("Starting"))
            startTransition(name, state, QStringLiteral("Ready"));
        else if (state == QLatin1String("Deleting"))
            startTransition(name, state, QString());
    }
}

SimulatorReply SimulatedDevPods::listReply() const
{
    QJsonArray list;
    for (const QString &name : m_order)
        list.append(m_entries.value(name).object);
    return SimulatorReply::json(list);
}

SimulatorReply SimulatedDevPods::getReply(const QString &name) const
{
    const auto it = m_entries.constFind(name);
    if (it == m_entries.constEnd())
        return SimulatorReply::notFound(QStringLiteral("devpod %1 not found").arg(name));
    return SimulatorReply::json(it->object);
}

SimulatorReply SimulatedDevPods::patchReply(const QString &name, const QByteArray &body, bool dryRun, const QString &by)
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
        return SimulatorReply::notFound(QStringLiteral("devpod %1 not found").arg(name));
    if (stateOf(it->object) == QLatin1String("Deleting"))
        return SimulatorReply::error(409, QStringLiteral("Conflict"), QStringLiteral("devpod %1 is being deleted").arg(name));
    const QJsonValue spec = document.object().value(Spec);
    if (!spec.isUndefined() && !spec.isObject())
        return invalid(QStringLiteral("spec must be an object"));

    const QJsonObject before = it->object;
    QJsonObject merged = mergePatch(before, QJsonObject{{Spec, spec.toObject()}});
    if (merged == before)
        return SimulatorReply::json(before);
    if (const QString problem = problemIn(merged); !problem.isEmpty())
        return invalid(problem);
    QJsonObject metadata = merged.value(Metadata).toObject();
    metadata.insert(QStringLiteral("version"), metadata.value(QStringLiteral("version")).toInt() + 1);
    metadata.insert(QStringLiteral("last_modified_at"), nowMs());
    metadata.insert(QStringLiteral("last_modified_by"), by);
    merged.insert(Metadata, metadata);
    if (dryRun)
        return SimulatorReply::json(merged);

    const bool wasRunning = isRunning(before);
    it->object = merged;
    if (isStopped(merged) && wasRunning)
        startTransition(name, QStringLiteral("Stopping"), QStringLiteral("Stopped"));
    else if (!isStopped(merged) && !wasRunning)
        startTransition(name, QStringLiteral("Starting"), QStringLiteral("Ready"));
    else if (!isStopped(merged))
        startTransition(name, QStringLiteral("Starting"), QStringLiteral("Ready")); // a new container
    emit changed(name);
    return SimulatorReply::json(m_entries.value(name).object);
}

SimulatorReply SimulatedDevPods::deleteReply(const QString &name)
{
    const auto it = m_entries.find(name);
    if (it == m_entries.end())
        return SimulatorReply::notFound(QStringLiteral("devpod %1 not found").arg(name));
    if (stateOf(it->object) != QLatin1String("Deleting")) {
        setAt(it->object, {Metadata, QStringLiteral("deleted_at")}, nowMs());
        startTransition(name, QStringLiteral("Deleting"), QString());
        emit changed(name);
    }
    return SimulatorReply::json(m_entries.value(name).object);
}

SimulatorReply SimulatedDevPods::restartReply(const QString &name)
{
    const auto it = m_entries.find(name);
    if (it == m_entries.end())
        return SimulatorReply::notFound(QStringLiteral("devpod %1 not found").arg(name));
    if (isRunning(it->object)) {
        startTransition(name, QStringLiteral("Starting"), QStringLiteral("Ready"));
        emit changed(name);
    }
    return SimulatorReply::json(m_entries.value(name).object);
}

SimulatorReply SimulatedDevPods::replicasReply(const QString &name) const
{
    const auto it = m_entries.constFind(name);
    if (it == m_entries.constEnd())
        return SimulatorReply::notFound(QStringLiteral("devpod %1 not found").arg(name));
    QJsonArray list;
    if (isRunning(it->object)) {
        const quint64 hash = stableHash(name + QString::number(it->object.value(Metadata).toObject().value(QStringLiteral("version")).toInt()));
        const QString id = QStringLiteral("%1-%2").arg(name, hashChars(hash, 5));
        list.append(QJsonObject{
            {QStringLiteral("id"), id},
            {Metadata, QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), id}}},
            {QStringLiteral("status"), QJsonObject{{QStringLiteral("public_ip"), it->object.value(QStringLiteral("status")).toObject().value(QStringLiteral("public_ip"))},
                                                   {QStringLiteral("readiness_issue"), QJsonObject{{QStringLiteral("reason"), stateOf(it->object) == QLatin1String("Ready") ? QStringLiteral("Ready") : QStringLiteral("InProgress")}}}}},
        });
    }
    return SimulatorReply::json(list);
}

void SimulatedDevPods::startTransition(const QString &name, const QString &transitional, const QString &finalState)
{
    const auto it = m_entries.find(name);
    if (it == m_entries.end())
        return;
    const quint64 generation = m_nextGeneration++;
    it->generation = generation;
    setState(*it, transitional);
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
        setState(*entry, finalState);
        emit changed(name);
    });
}

void SimulatedDevPods::setState(Entry &entry, const QString &state)
{
    setAt(entry.object, {QStringLiteral("status"), QStringLiteral("state")}, state);
}
