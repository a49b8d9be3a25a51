#include "app/simulator/simulateddevpods.h"

#include "app/simulator/simulatedobjects.h"
#include "app/simulator/simulatorjson.h"
#include "app/simulator/simulatorpopulation.h"
#include "app/simulator/simulatorsettings.h"

#include <QJsonArray>

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
    , m_objects(new SimulatedObjects(QStringLiteral("devpod"), nameOf, settings, this))
{
    connect(m_objects, &SimulatedObjects::changed, this, &SimulatedDevPods::changed);
    connect(m_objects, &SimulatedObjects::removed, this, &SimulatedDevPods::removed);
}

void SimulatedDevPods::set(const QList<QJsonObject> &pods)
{
    m_objects->set(pods);
}

QList<QJsonObject> SimulatedDevPods::all() const
{
    return m_objects->all();
}

QJsonObject SimulatedDevPods::get(const QString &name) const
{
    return m_objects->get(name);
}

void SimulatedDevPods::put(const QJsonObject &pod)
{
    m_objects->put(pod);
}

bool SimulatedDevPods::remove(const QString &name)
{
    return m_objects->remove(name);
}

void SimulatedDevPods::settleTransitions()
{
    for (const QString &name : m_objects->names()) {
        const QString state = stateOf(m_objects->get(name));
        if (state == QLatin1String("Stopping"))
            m_objects->startTransition(name, state, QStringLiteral("Stopped"));
        else if (state == QLatin1String("Starting"))
            m_objects->startTransition(name, state, QStringLiteral("Ready"));
        else if (state == QLatin1String("Deleting"))
            m_objects->startTransition(name, state, QString());
    }
}

SimulatorReply SimulatedDevPods::listReply() const
{
    return m_objects->listReply();
}

SimulatorReply SimulatedDevPods::getReply(const QString &name) const
{
    return m_objects->getReply(name);
}

SimulatorReply SimulatedDevPods::patchReply(const QString &name, const QByteArray &body, bool dryRun, const QString &by)
{
    QJsonObject patch;
    if (const auto refused = SimulatorReply::readObject(body, &patch))
        return *refused;
    if (const auto refused = m_objects->refuseChange(name))
        return *refused;
    const QJsonValue spec = patch.value(Spec);
    if (!spec.isUndefined() && !spec.isObject())
        return SimulatorReply::invalid(QStringLiteral("spec must be an object"));

    const QJsonObject before = m_objects->get(name);
    QJsonObject merged = mergePatch(before, QJsonObject{{Spec, spec.toObject()}});
    if (merged == before)
        return SimulatorReply::json(before);
    if (const QString problem = problemIn(merged); !problem.isEmpty())
        return SimulatorReply::invalid(problem);
    SimulatedObjects::stampModified(merged, by);
    if (dryRun)
        return SimulatorReply::json(merged);

    const bool wasRunning = isRunning(before);
    *m_objects->find(name) = merged;
    if (isStopped(merged) && wasRunning)
        m_objects->startTransition(name, QStringLiteral("Stopping"), QStringLiteral("Stopped"));
    else if (!isStopped(merged))
        m_objects->startTransition(name, QStringLiteral("Starting"), QStringLiteral("Ready")); // started, or a new container
    m_objects->notifyChanged(name);
    return SimulatorReply::json(m_objects->get(name));
}

SimulatorReply SimulatedDevPods::deleteReply(const QString &name)
{
    QJsonObject *pod = m_objects->find(name);
    if (!pod)
        return m_objects->notFound(name);
    if (stateOf(*pod) != QLatin1String("Deleting")) {
        setAt(*pod, {Metadata, QStringLiteral("deleted_at")}, nowMs());
        m_objects->startTransition(name, QStringLiteral("Deleting"), QString());
        m_objects->notifyChanged(name);
    }
    return SimulatorReply::json(m_objects->get(name));
}

SimulatorReply SimulatedDevPods::restartReply(const QString &name)
{
    const QJsonObject *pod = m_objects->find(name);
    if (!pod)
        return m_objects->notFound(name);
    if (isRunning(*pod)) {
        m_objects->startTransition(name, QStringLiteral("Starting"), QStringLiteral("Ready"));
        m_objects->notifyChanged(name);
    }
    return SimulatorReply::json(m_objects->get(name));
}

SimulatorReply SimulatedDevPods::replicasReply(const QString &name) const
{
    const QJsonObject pod = m_objects->get(name);
    if (pod.isEmpty())
        return m_objects->notFound(name);
    QJsonArray list;
    if (isRunning(pod)) {
        const quint64 hash = stableHash(name + QString::number(pod.value(Metadata).toObject().value(QStringLiteral("version")).toInt()));
        const QString id = QStringLiteral("%1-%2").arg(name, hashChars(hash, 5));
        list.append(QJsonObject{
            {QStringLiteral("id"), id},
            {Metadata, QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), id}}},
            {QStringLiteral("status"), QJsonObject{{QStringLiteral("public_ip"), pod.value(QStringLiteral("status")).toObject().value(QStringLiteral("public_ip"))},
                                                   {QStringLiteral("readiness_issue"), QJsonObject{{QStringLiteral("reason"), stateOf(pod) == QLatin1String("Ready") ? QStringLiteral("Ready") : QStringLiteral("InProgress")}}}}},
        });
    }
    return SimulatorReply::json(list);
}
