#include "app/simulator/simulatorcontrol.h"

#include "app/simulator/workspacesimulator.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

const QString Endpoint = QStringLiteral("endpoint");
const QString Pod = QStringLiteral("pod");
const QString RayCluster = QStringLiteral("raycluster");

bool knownKind(const QString &kind)
{
    return kind == Endpoint || kind == Pod || kind == RayCluster;
}

} // namespace

SimulatorControl::SimulatorControl(WorkspaceSimulator *simulator)
    : QObject(simulator)
    , m_simulator(simulator)
{
}

SimulatorControl::~SimulatorControl() = default;

// Legacy endpoints and pods are both /deployments ("deployment"), so they share one key there.
QString SimulatorControl::keyOf(const QString &kind, const QString &name) const
{
    const bool deployment = kind == QLatin1String("deployment")
        || (!m_simulator->newDeploymentApi() && (kind == Endpoint || kind == Pod));
    return (deployment ? QStringLiteral("deployment") : kind) + QLatin1Char('/') + name;
}

bool SimulatorControl::exists(const QString &kind, const QString &name) const
{
    if (kind == RayCluster)
        return !m_simulator->rayCluster(name).isEmpty();
    if (!m_simulator->newDeploymentApi())
        return m_simulator->hasDeployment(name);
    return kind == Endpoint ? !m_simulator->endpoint(name).isEmpty() : !m_simulator->devPod(name).isEmpty();
}

bool SimulatorControl::forceState(const QString &kind, const QString &name, const QString &state, const QString &message,
                                  QString *error)
{
    const auto refuse = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!knownKind(kind))
        return refuse(QStringLiteral("kind must be endpoint, pod or raycluster"));
    if (state.isEmpty())
        return refuse(QStringLiteral("state is required"));
    if (!exists(kind, name))
        return refuse(QStringLiteral("%1 %2 not found").arg(kind, name));

    const bool legacy = !m_simulator->newDeploymentApi() && kind != RayCluster;
    QJsonObject object = kind == RayCluster ? m_simulator->rayCluster(name)
        : legacy                            ? m_simulator->deployment(name)
        : kind == Endpoint                  ? m_simulator->endpoint(name)
                                            : m_simulator->devPod(name);
    QJsonObject status = object.value(QStringLiteral("status")).toObject();
    // The new API writes states without spaces ("NotReady").
    const QString word = legacy || kind == RayCluster ? state : QString(state).remove(QLatin1Char(' '));
    status.insert(QStringLiteral("state"), word);
    if (legacy)
        status.insert(QStringLiteral("phase"), word);
    if (kind != RayCluster) {
        const QString key = legacy ? QStringLiteral("autoscaler_status") : QStringLiteral("auto_scaler_status");
        QJsonObject autoscaler = status.value(key).toObject();
        if (message.isEmpty())
            autoscaler.remove(QStringLiteral("conditions"));
        else
            autoscaler.insert(QStringLiteral("conditions"),
                              QJsonArray{QJsonObject{{QStringLiteral("type"), word}, {QStringLiteral("message"), message}}});
        status.insert(key, autoscaler);
    }
    object.insert(QStringLiteral("status"), status);
    if (kind == RayCluster)
        m_simulator->setRayCluster(object);
    else if (legacy)
        m_simulator->setDeployment(object);
    else if (kind == Endpoint)
        m_simulator->setEndpoint(object);
    else
        m_simulator->setDevPod(object);
    return true;
}

int SimulatorControl::addRestarts(const QString &kind, const QString &name, int count, const QString &reason,
                                  const QString &message)
{
    std::shared_ptr<Loop> &loop = m_loops[keyOf(kind, name)];
    if (!loop)
        loop = std::make_shared<Loop>();
    if (!reason.isEmpty())
        loop->reason = reason;
    if (!message.isEmpty())
        loop->message = message;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int i = 0; i < count; ++i) {
        Record record;
        record.startedAtMs = now - 30'000;
        record.finishedAtMs = now - (count - 1 - i); // distinct times, the last one now
        record.reason = loop->reason.isEmpty() ? QStringLiteral("Error") : loop->reason;
        record.message = loop->message;
        loop->records.append(record);
    }
    return int(loop->records.size());
}

int SimulatorControl::restarts(const QString &kind, const QString &name) const
{
    const auto loop = m_loops.value(keyOf(kind, name));
    return loop ? int(loop->records.size()) : 0;
}

SimulatorReply SimulatorControl::stateReply(const QByteArray &body)
{
    QJsonObject request;
    if (const auto refused = SimulatorReply::readObject(body, &request))
        return *refused;
    const QString kind = request.value(QStringLiteral("kind")).toString(Endpoint);
    const QString name = request.value(QStringLiteral("name")).toString();
    QString error;
    if (!forceState(kind, name, request.value(QStringLiteral("state")).toString(),
                    request.value(QStringLiteral("message")).toString(), &error)) {
        return error.endsWith(QLatin1String("not found")) ? SimulatorReply::notFound(error) : SimulatorReply::invalid(error);
    }
    return SimulatorReply::json(QJsonObject{{QStringLiteral("kind"), kind}, {QStringLiteral("name"), name},
                                            {QStringLiteral("state"), request.value(QStringLiteral("state"))}});
}

SimulatorReply SimulatorControl::crashLoopReply(const QByteArray &body)
{
    QJsonObject request;
    if (const auto refused = SimulatorReply::readObject(body, &request))
        return *refused;
    const QString kind = request.value(QStringLiteral("kind")).toString(Endpoint);
    const QString name = request.value(QStringLiteral("name")).toString();
    if (!knownKind(kind))
        return SimulatorReply::invalid(QStringLiteral("kind must be endpoint, pod or raycluster"));
    if (!exists(kind, name))
        return SimulatorReply::notFound(QStringLiteral("%1 %2 not found").arg(kind, name));
    const int count = request.value(QStringLiteral("restarts")).toInt(1);
    const int every = request.value(QStringLiteral("every_ms")).toInt(-1);
    if (count < 0 || count > 10'000)
        return SimulatorReply::invalid(QStringLiteral("restarts must be 0..10000"));
    const int total = addRestarts(kind, name, count, request.value(QStringLiteral("reason")).toString(),
                                  request.value(QStringLiteral("message")).toString());
    std::shared_ptr<Loop> loop = m_loops.value(keyOf(kind, name));
    if (every == 0) {
        loop->timer.reset();
    } else if (every > 0) {
        loop->timer = std::make_unique<QTimer>();
        loop->timer->setInterval(std::max(every, 10));
        connect(loop->timer.get(), &QTimer::timeout, this, [this, kind, name] { addRestarts(kind, name, 1); });
        loop->timer->start();
    }
    return SimulatorReply::json(QJsonObject{{QStringLiteral("restarts"), total}});
}

SimulatorReply SimulatorControl::withRestarts(const QString &kind, const QString &name, SimulatorReply replicas) const
{
    const int count = restarts(kind, name);
    if (replicas.status != 200 || count == 0)
        return replicas;
    QJsonArray list = QJsonDocument::fromJson(replicas.body).array();
    if (list.isEmpty())
        return replicas;
    QJsonObject first = list.first().toObject();
    QJsonObject status = first.value(QStringLiteral("status")).toObject();
    status.insert(QStringLiteral("restart_count"), count);
    first.insert(QStringLiteral("status"), status);
    list.replace(0, first);
    replicas.body = QJsonDocument(list).toJson(QJsonDocument::Compact);
    return replicas;
}

SimulatorReply SimulatorControl::withTerminations(const QString &name, SimulatorReply termination,
                                                  const SimulatorReply &replicas) const
{
    const auto loop = m_loops.value(keyOf(QStringLiteral("deployment"), name));
    if (termination.status != 200 || !loop || loop->records.isEmpty())
        return termination;
    const QJsonArray list = QJsonDocument::fromJson(replicas.body).array();
    const QString replica = list.isEmpty() ? name + QStringLiteral("-0") : list.first().toObject().value(QStringLiteral("id")).toString();
    QJsonObject map = QJsonDocument::fromJson(termination.body).object();
    QJsonArray records = map.value(replica).toArray();
    for (const Record &record : loop->records) {
        records.append(QJsonObject{{QStringLiteral("started_at"), record.startedAtMs / 1000},
                                   {QStringLiteral("finished_at"), record.finishedAtMs / 1000},
                                   {QStringLiteral("exit_code"), 1},
                                   {QStringLiteral("reason"), record.reason},
                                   {QStringLiteral("message"), record.message}});
    }
    map.insert(replica, records);
    termination.body = QJsonDocument(map).toJson(QJsonDocument::Compact);
    return termination;
}
