#include "app/simulator/workspacesimulator.h"

#include "app/simulator/simulateddeployments.h"
#include "app/simulator/simulateddevpods.h"
#include "app/simulator/simulatedendpoints.h"
#include "app/simulator/simulatedlogs.h"
#include "app/simulator/simulatedrayclusters.h"
#include "app/simulator/simulatorcontrol.h"
#include "app/simulator/simulatorfaults.h"
#include "app/simulator/simulatorpopulation.h"

#include <QDateTime>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <memory>

namespace {

const QString ApiPrefix = QStringLiteral("/api/v2/workspaces/");

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    using Method = QHttpServerRequest::Method;
    switch (method) {
    case Method::Get: return "GET";
    case Method::Put: return "PUT";
    case Method::Delete: return "DELETE";
    case Method::Post: return "POST";
    case Method::Head: return "HEAD";
    case Method::Options: return "OPTIONS";
    case Method::Patch: return "PATCH";
    case Method::Connect: return "CONNECT";
    case Method::Trace: return "TRACE";
    default: return "UNKNOWN";
    }
}

} // namespace

// ---------------------------------------------------------------------------------------------
// RecordedRequest and Fault

QString WorkspaceSimulator::RecordedRequest::apiPath() const
{
    if (!path.startsWith(ApiPrefix))
        return path;
    const int slash = path.indexOf(QLatin1Char('/'), ApiPrefix.size());
    return slash < 0 ? QString() : path.mid(slash);
}

QByteArray WorkspaceSimulator::RecordedRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QJsonObject WorkspaceSimulator::RecordedRequest::jsonBody() const
{
    return QJsonDocument::fromJson(body).object();
}









// ---------------------------------------------------------------------------------------------
// Set-up

WorkspaceSimulator::WorkspaceSimulator(QObject *parent)
    : QObject(parent)
    , m_server(new QHttpServer(this))
    , m_deployments(new SimulatedDeployments(m_settings, this))
    , m_faults(new SimulatorFaults(this))
    , m_endpoints(new SimulatedEndpoints(m_settings, this))
    , m_devPods(new SimulatedDevPods(m_settings, this))
    , m_rayClusters(new SimulatedRayClusters(m_settings, this))
    , m_logs(new SimulatedLogs(this))
{
    // A real legacy api-server folds Stopping/Stopped into "Not Ready" in status.state.
    m_deployments->setLegacyStateFold(true);
    connect(m_deployments, &SimulatedDeployments::changed, this, &WorkspaceSimulator::deploymentChanged);
    connect(m_deployments, &SimulatedDeployments::removed, this, &WorkspaceSimulator::deploymentRemoved);
    connect(m_rayClusters, &SimulatedRayClusters::changed, this, &WorkspaceSimulator::rayClusterChanged);
    connect(m_rayClusters, &SimulatedRayClusters::removed, this, &WorkspaceSimulator::rayClusterRemoved);
    connect(m_endpoints, &SimulatedEndpoints::changed, this, &WorkspaceSimulator::endpointChanged);
    connect(m_endpoints, &SimulatedEndpoints::removed, this, &WorkspaceSimulator::endpointRemoved);
    connect(m_devPods, &SimulatedDevPods::changed, this, &WorkspaceSimulator::devPodChanged);
    connect(m_devPods, &SimulatedDevPods::removed, this, &WorkspaceSimulator::devPodRemoved);
    setUpRoutes();
}

WorkspaceSimulator::~WorkspaceSimulator() = default;

void WorkspaceSimulator::setWorkspaceId(const QString &id) { m_settings.workspaceId = id; }
QString WorkspaceSimulator::workspaceId() const { return m_settings.workspaceId; }
void WorkspaceSimulator::setToken(const QString &token) { m_token = token; }
QString WorkspaceSimulator::token() const { return m_token; }
void WorkspaceSimulator::setUserName(const QString &user) { m_settings.user = user; }
QString WorkspaceSimulator::userName() const { return m_settings.user; }
void WorkspaceSimulator::setWorkspaceName(const QString &name) { m_workspaceName = name; }
void WorkspaceSimulator::setWorkspaceState(const QString &state) { m_workspaceState = state; }
void WorkspaceSimulator::setTransitionDelay(std::chrono::milliseconds delay) { m_settings.transitionDelay = delay; }
std::chrono::milliseconds WorkspaceSimulator::transitionDelay() const { return m_settings.transitionDelay; }
void WorkspaceSimulator::setLatency(std::chrono::milliseconds latency) { m_faults->setLatency(latency); }
std::chrono::milliseconds WorkspaceSimulator::latency() const { return m_faults->latency(); }
void WorkspaceSimulator::setRequireMinWithMax(bool require) { m_deployments->setRequireMinWithMax(require); }
void WorkspaceSimulator::setNewDeploymentApi(bool on) { m_newApi = on; }
void WorkspaceSimulator::setLegacyStateFold(bool on) { m_deployments->setLegacyStateFold(on); }
bool WorkspaceSimulator::legacyStateFold() const { return m_deployments->legacyStateFold(); }

bool WorkspaceSimulator::newDeploymentApi() const { return m_newApi; }

bool WorkspaceSimulator::listen(quint16 port)
{
    if (m_port != 0)
        return true;
    m_port = m_server->listen(QHostAddress::LocalHost, port);
    return m_port != 0;
}

bool WorkspaceSimulator::isListening() const
{
    return m_port != 0;
}

quint16 WorkspaceSimulator::port() const
{
    return m_port;
}

QUrl WorkspaceSimulator::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    url.setPath(ApiPrefix + m_settings.workspaceId);
    return url;
}

void WorkspaceSimulator::setUpRoutes()
{
    using Method = QHttpServerRequest::Method;
    const QString base = ApiPrefix + QStringLiteral("<arg>");
    enum class Generation { Both, Legacy, New };
    // Routes of one generation answer like a missing route while the workspace speaks the other.
    const auto guarded = [this](Generation generation, Handler handler) -> Handler {
        return [this, generation, handler](const RecordedRequest &request) {
            if ((generation == Generation::Legacy && m_newApi) || (generation == Generation::New && !m_newApi))
                return SimulatorReply::noRoute();
            return handler(request);
        };
    };
    const auto route0 = [&](const QString &path, Method method, Generation generation, Handler handler) {
        m_server->route(base + path, method,
                        [this, handler = guarded(generation, std::move(handler))](
                            const QString &ws, const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                            serve(request, std::move(responder), ws, handler);
                        });
    };
    using Handler1 = std::function<Reply(const QString &, const RecordedRequest &)>;
    const auto route1 = [&](const QString &path, Method method, Generation generation, Handler1 handler) {
        m_server->route(base + path, method,
                        [this, generation, guard = guarded, handler](const QString &ws, const QString &name,
                                                                     const QHttpServerRequest &request,
                                                                     QHttpServerResponder &&responder) {
                            serve(request, std::move(responder), ws,
                                  guard(generation, [handler, name](const RecordedRequest &recorded) {
                                      return handler(name, recorded);
                                  }));
                        });
    };
    using Handler2 = std::function<Reply(const QString &, const QString &, const RecordedRequest &)>;
    const auto route2 = [&](const QString &path, Method method, Generation generation, Handler2 handler) {
        m_server->route(base + path, method,
                        [this, generation, guard = guarded, handler](const QString &ws, const QString &name,
                                                                     const QString &second,
                                                                     const QHttpServerRequest &request,
                                                                     QHttpServerResponder &&responder) {
                            serve(request, std::move(responder), ws,
                                  guard(generation, [handler, name, second](const RecordedRequest &recorded) {
                                      return handler(name, second, recorded);
                                  }));
                        });
    };
    const auto dryRun = [](const RecordedRequest &request) {
        return request.query.queryItemValue(QStringLiteral("dryrun")).compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
    };

    // Simulator-only control routes (not the Lepton API): see SimulatorControl.
    auto *const control = new SimulatorControl(this);
    route0(QStringLiteral("/simulator/state"), Method::Post, Generation::Both,
           [control](const RecordedRequest &request) { return control->stateReply(request.body); });
    route0(QStringLiteral("/simulator/crash-loop"), Method::Post, Generation::Both,
           [control](const RecordedRequest &request) { return control->crashLoopReply(request.body); });
    route0(QStringLiteral("/workspace"), Method::Get, Generation::Both,
           [this](const RecordedRequest &) { return workspaceReply(); });
    m_server->route(base, Method::Get,
                    [this](const QString &ws, const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                        serve(request, std::move(responder), ws, [this](const RecordedRequest &) {
                            return SimulatorReply::json(QJsonObject{{QStringLiteral("display_name"), m_workspaceName}});
                        });
                    });
    route0(QStringLiteral("/tokens"), Method::Get, Generation::Both, [this](const RecordedRequest &) {
        const QString token = m_token;
        const QString masked = token.size() > 4 ? token.left(2) + QStringLiteral("...") + token.right(2) : QStringLiteral("...");
        QJsonObject entry{{QStringLiteral("masked_value"), masked}};
        // A token without an expiry (none set) is listed without one, as a server that does
        // not say.
        if (m_tokenExpiry.isValid())
            entry.insert(QStringLiteral("expires_at"), m_tokenExpiry.toMSecsSinceEpoch());
        return SimulatorReply::json(QJsonArray{entry});
    });

    // Ray clusters: both generations.
    const QString cluster = QStringLiteral("/rayclusters/<arg>");
    route0(QStringLiteral("/rayclusters"), Method::Get, Generation::Both,
           [this](const RecordedRequest &) { return m_rayClusters->listReply(); });
    route1(cluster, Method::Get, Generation::Both,
           [this](const QString &name, const RecordedRequest &) { return m_rayClusters->getReply(name); });
    route1(cluster, Method::Patch, Generation::Both, [this, dryRun](const QString &name, const RecordedRequest &request) {
        return m_rayClusters->patchReply(name, request.body, dryRun(request), m_settings.user);
    });
    route1(cluster, Method::Delete, Generation::Both,
           [this](const QString &name, const RecordedRequest &) { return m_rayClusters->deleteReply(name); });

    // The legacy generation: /deployments.
    const QString one = QStringLiteral("/deployments/<arg>");
    route0(QStringLiteral("/deployments"), Method::Get, Generation::Legacy,
           [this](const RecordedRequest &) { return m_deployments->listReply(); });
    route1(one, Method::Get, Generation::Legacy,
           [this](const QString &name, const RecordedRequest &) { return m_deployments->getReply(name); });
    route1(one, Method::Patch, Generation::Legacy,
           [this, dryRun](const QString &name, const RecordedRequest &request) { return m_deployments->patchReply(name, request.body, dryRun(request)); });
    route1(one, Method::Delete, Generation::Legacy,
           [this](const QString &name, const RecordedRequest &) { return m_deployments->deleteReply(name); });
    route1(one + QStringLiteral("/restart"), Method::Put, Generation::Legacy,
           [this](const QString &name, const RecordedRequest &) { return m_deployments->restartReply(name); });
    route1(one + QStringLiteral("/replicas"), Method::Get, Generation::Legacy,
           [this, control](const QString &name, const RecordedRequest &) { return control->withRestarts(QStringLiteral("deployment"), name, m_deployments->replicasReply(name)); });
    route1(one + QStringLiteral("/events"), Method::Get, Generation::Legacy,
           [this](const QString &name, const RecordedRequest &) { return m_deployments->eventsReply(name); });
    route1(one + QStringLiteral("/readiness"), Method::Get, Generation::Legacy,
           [this](const QString &name, const RecordedRequest &) { return m_deployments->readinessReply(name); });
    route1(one + QStringLiteral("/termination"), Method::Get, Generation::Legacy,
           [this, control](const QString &name, const RecordedRequest &) { return control->withTerminations(name, m_deployments->terminationReply(name), m_deployments->replicasReply(name)); });
    route2(one + QStringLiteral("/replicas/<arg>/log"), Method::Get, Generation::Legacy,
           [this](const QString &name, const QString &replica, const RecordedRequest &) {
               return m_logs->streamReply(name, replica, m_deployments->logReply(name, replica));
           });

    // The new generation: /endpoints and /devpods.
    const QString endpoint = QStringLiteral("/endpoints/<arg>");
    route0(QStringLiteral("/endpoints"), Method::Get, Generation::New,
           [this](const RecordedRequest &) { return m_endpoints->listReply(); });
    route1(endpoint, Method::Get, Generation::New,
           [this](const QString &name, const RecordedRequest &) { return m_endpoints->getReply(name); });
    route1(endpoint, Method::Patch, Generation::New, [this, dryRun](const QString &name, const RecordedRequest &request) {
        return m_endpoints->patchReply(name, request.body, dryRun(request), m_settings.user);
    });
    route1(endpoint, Method::Delete, Generation::New,
           [this](const QString &name, const RecordedRequest &) { return m_endpoints->deleteReply(name); });
    route1(endpoint + QStringLiteral("/restart"), Method::Put, Generation::New,
           [this](const QString &name, const RecordedRequest &) { return m_endpoints->restartReply(name); });
    route1(endpoint + QStringLiteral("/replicas"), Method::Get, Generation::New,
           [this, control](const QString &name, const RecordedRequest &) { return control->withRestarts(QStringLiteral("endpoint"), name, m_endpoints->replicasReply(name)); });
    route1(endpoint + QStringLiteral("/events"), Method::Get, Generation::New,
           [this](const QString &name, const RecordedRequest &) { return m_endpoints->eventsReply(name); });
    route1(endpoint + QStringLiteral("/history"), Method::Get, Generation::New,
           [this](const QString &name, const RecordedRequest &) { return m_endpoints->historyReply(name); });
    route2(endpoint + QStringLiteral("/replicas/<arg>/log"), Method::Get, Generation::New,
           [this](const QString &name, const QString &replica, const RecordedRequest &) {
               return m_logs->streamReply(name, replica, m_endpoints->logReply(name, replica));
           });
    route0(QStringLiteral("/logs"), Method::Get, Generation::Both, [this](const RecordedRequest &request) {
        const auto ids = [this](const QString &name) -> std::optional<QStringList> {
            const Reply list = m_newApi ? m_endpoints->replicasReply(name) : m_deployments->replicasReply(name);
            if (list.status != 200)
                return std::nullopt;
            QStringList found;
            for (const QJsonValue &replica : QJsonDocument::fromJson(list.body).array())
                found.append(replica.toObject().value(QStringLiteral("id")).toString());
            return found;
        };
        return m_logs->historyReply(request.query, m_newApi ? QStringLiteral("endpoint") : QStringLiteral("deployment"), ids,
                                    [this](const QString &name, const QString &replica) {
                                        return m_newApi ? m_endpoints->logReply(name, replica) : m_deployments->logReply(name, replica);
                                    });
    });
    const QString devPod = QStringLiteral("/devpods/<arg>");
    route0(QStringLiteral("/devpods"), Method::Get, Generation::New,
           [this](const RecordedRequest &) { return m_devPods->listReply(); });
    route1(devPod, Method::Get, Generation::New,
           [this](const QString &name, const RecordedRequest &) { return m_devPods->getReply(name); });
    route1(devPod, Method::Patch, Generation::New, [this, dryRun](const QString &name, const RecordedRequest &request) {
        return m_devPods->patchReply(name, request.body, dryRun(request), m_settings.user);
    });
    route1(devPod, Method::Delete, Generation::New,
           [this](const QString &name, const RecordedRequest &) { return m_devPods->deleteReply(name); });
    route1(devPod + QStringLiteral("/restart"), Method::Put, Generation::New,
           [this](const QString &name, const RecordedRequest &) { return m_devPods->restartReply(name); });
    route1(devPod + QStringLiteral("/replicas"), Method::Get, Generation::New,
           [this, control](const QString &name, const RecordedRequest &) { return control->withRestarts(QStringLiteral("pod"), name, m_devPods->replicasReply(name)); });

    // Everything else: still recorded, faults and auth still apply, then Go's plain 404.
    m_server->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        const QString path = request.url().path();
        QString workspace; // null: not under a workspace, no workspace or auth check
        if (path.startsWith(ApiPrefix))
            workspace = path.mid(ApiPrefix.size()).section(QLatin1Char('/'), 0, 0);
        serve(request, std::move(responder), workspace, [](const RecordedRequest &) {
            return SimulatorReply::error(404, QStringLiteral("NotFound"), QStringLiteral("404 page not found"));
        });
    });
}

// ---------------------------------------------------------------------------------------------
// Request handling

void WorkspaceSimulator::serve(const QHttpServerRequest &request, QHttpServerResponder &&responder,
                               const QString &workspace, const Handler &handler)
{
    RecordedRequest recorded;
    recorded.method = methodName(request.method());
    recorded.path = request.url().path();
    recorded.query = request.query();
    recorded.headers = request.headers();
    recorded.body = request.body();
    recorded.receivedAtMs = nowMs();
    m_requests.append(recorded);
    if (const QByteArray origin = recorded.header(QByteArrayLiteral("origin")); !origin.isEmpty())
        m_lastOrigin = origin;
    emit requestReceived(recorded.method, recorded.path);

    const auto process = [&]() -> Reply {
        if (!workspace.isNull()) {
            if (workspace != m_settings.workspaceId) {
                return SimulatorReply::error(404, QStringLiteral("NotFound"),
                             QStringLiteral("workspace %1 not found").arg(workspace));
            }
            const QByteArray authorization = recorded.header(QByteArrayLiteral("Authorization"));
            const bool bearer = authorization.size() > 7
                && authorization.left(7).compare(QByteArrayLiteral("Bearer "), Qt::CaseInsensitive) == 0;
            if (!bearer || authorization.mid(7) != m_token.toUtf8()) {
                Reply reply = SimulatorReply::error(401, QStringLiteral("Unauthorized"),
                                    bearer ? QStringLiteral("invalid token")
                                           : QStringLiteral("missing Authorization: Bearer <token> header"));
                reply.headers.append({QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer")});
                return reply;
            }
        }
        return handler(recorded);
    };

    if (const std::optional<Fault> fault = m_faults->take(recorded.method, recorded.path)) {
        m_faults->perform(*fault, std::move(responder), fault->runsRequest() ? process() : Reply{});
        return;
    }
    Reply reply = process();
    if (reply.stream) { // a live log: written over time to the connection (SimulatedLogs)
        reply.stream(responder.socket());
        return;
    }
    m_faults->deliver(std::move(responder), reply);
}





// ---------------------------------------------------------------------------------------------
// Routes

QJsonObject WorkspaceSimulator::workspaceInfo() const
{
    const QJsonObject shapes = SimulatorPopulation::supportedShapes();
    const SimulatedDeployments::Usage usage = m_deployments->usage();
    const int deployments = usage.deployments;
    const int pods = usage.pods;
    const double cpu = usage.cpu;
    const qint64 memory = usage.memory;
    const double accelerators = usage.accelerators;
    const auto total = [](double c, qint64 m, double a) {
        return QJsonObject{{QStringLiteral("cpu"), c}, {QStringLiteral("memory"), m},
                           {QStringLiteral("accelerator_num"), a}};
    };
    QJsonObject info{
        {QStringLiteral("build_time"), QStringLiteral("2026-11-20T08:12:45Z")},
        {QStringLiteral("git_commit"), QStringLiteral("v0.27.3-14-g9c1d2e4")},
        {QStringLiteral("workspace_name"), m_workspaceName},
        {QStringLiteral("workspace_tier"), QStringLiteral("enterprise")},
        {QStringLiteral("workspace_state"), m_workspaceState},
        {QStringLiteral("supported_shapes"), shapes},
        {QStringLiteral("not_in_use"), false},
        {QStringLiteral("workspace_disk_usage_bytes"), qint64(734) * 1024 * 1024 * 1024},
        {QStringLiteral("workloads"),
         QJsonObject{{QStringLiteral("num_deployments"), deployments},
                     {QStringLiteral("num_jobs"), 3},
                     {QStringLiteral("num_pods"), pods},
                     {QStringLiteral("num_secrets"), 6},
                     {QStringLiteral("num_image_pull_secrets"), 2}}},
        {QStringLiteral("resource_quota"),
         QJsonObject{{QStringLiteral("limit"), total(4096, qint64(16) * 1024 * 1024, 256)},
                     {QStringLiteral("used"), total(cpu, memory, accelerators)}}},
        {QStringLiteral("dedicated_node_group_only"), false},
    };
    if (m_newApi) {
        // The switch the SDK reads (types/workspace.py WorkspaceFeatures); an older server
        // leaves the key out.
        info.insert(QStringLiteral("features"), QJsonObject{{QStringLiteral("enable_new_deployment_api"), true}});
        QJsonObject workloads = info.value(QStringLiteral("workloads")).toObject();
        workloads.insert(QStringLiteral("num_deployments"), m_endpoints->all().size());
        workloads.insert(QStringLiteral("num_pods"), m_devPods->all().size());
        info.insert(QStringLiteral("workloads"), workloads);
    }
    return info;
}

WorkspaceSimulator::Reply WorkspaceSimulator::workspaceReply() const
{
    return SimulatorReply::json(workspaceInfo());
}




















// ---------------------------------------------------------------------------------------------
// Test hooks











void WorkspaceSimulator::injectFault(const Fault &fault)
{
    m_faults->inject(fault);
}

void WorkspaceSimulator::clearFaults()
{
    m_faults->clear();
}

int WorkspaceSimulator::pendingFaults() const
{
    return m_faults->pending();
}

qint64 WorkspaceSimulator::streamedBodyBytes() const
{
    return m_faults->streamedBodyBytes();
}

QList<WorkspaceSimulator::RecordedRequest> WorkspaceSimulator::requests() const
{
    return m_requests;
}

void WorkspaceSimulator::clearRequests()
{
    m_requests.clear();
}

// ---------------------------------------------------------------------------------------------
// The new API's resources

void WorkspaceSimulator::setEndpoints(const QList<QJsonObject> &endpoints) { m_endpoints->set(endpoints); }
QList<QJsonObject> WorkspaceSimulator::endpoints() const { return m_endpoints->all(); }
QJsonObject WorkspaceSimulator::endpoint(const QString &name) const { return m_endpoints->get(name); }
void WorkspaceSimulator::setEndpoint(const QJsonObject &endpoint) { m_endpoints->put(endpoint); }
void WorkspaceSimulator::setDevPods(const QList<QJsonObject> &pods) { m_devPods->set(pods); }
QList<QJsonObject> WorkspaceSimulator::devPods() const { return m_devPods->all(); }
QJsonObject WorkspaceSimulator::devPod(const QString &name) const { return m_devPods->get(name); }
void WorkspaceSimulator::setDevPod(const QJsonObject &pod) { m_devPods->put(pod); }

void WorkspaceSimulator::setRayClusters(const QList<QJsonObject> &clusters) { m_rayClusters->set(clusters); }
QList<QJsonObject> WorkspaceSimulator::rayClusters() const { return m_rayClusters->all(); }
QJsonObject WorkspaceSimulator::rayCluster(const QString &name) const { return m_rayClusters->get(name); }
void WorkspaceSimulator::setRayCluster(const QJsonObject &cluster) { m_rayClusters->put(cluster); }
void WorkspaceSimulator::setTokenExpiry(const QDateTime &expiry) { m_tokenExpiry = expiry; }
QDateTime WorkspaceSimulator::tokenExpiry() const { return m_tokenExpiry; }
QByteArray WorkspaceSimulator::lastOriginHeader() const { return m_lastOrigin; }

// ---------------------------------------------------------------------------------------------
// The legacy deployments

void WorkspaceSimulator::setDeployments(const QList<QJsonObject> &deployments) { m_deployments->setDeployments(deployments); }
QList<QJsonObject> WorkspaceSimulator::deployments() const { return m_deployments->deployments(); }
QStringList WorkspaceSimulator::deploymentNames() const { return m_deployments->deploymentNames(); }
QJsonObject WorkspaceSimulator::deployment(const QString &name) const { return m_deployments->deployment(name); }
bool WorkspaceSimulator::hasDeployment(const QString &name) const { return m_deployments->hasDeployment(name); }
void WorkspaceSimulator::setDeployment(const QJsonObject &deployment) { m_deployments->setDeployment(deployment); }
bool WorkspaceSimulator::removeDeployment(const QString &name) { return m_deployments->removeDeployment(name); }
bool WorkspaceSimulator::simulateIdleScaleDown(const QString &name) { return m_deployments->simulateIdleScaleDown(name); }
bool WorkspaceSimulator::crashReplica(const QString &name, int replicaIndex, int exitCode, const QString &reason, const QString &message)
{
    return m_newApi ? m_endpoints->crashReplica(name, replicaIndex)
                    : m_deployments->crashReplica(name, replicaIndex, exitCode, reason, message);
}

bool WorkspaceSimulator::applyOutsideChange(const QString &name, const QJsonObject &patch, const QString &by, QString *error)
{
    return m_deployments->applyOutsideChange(name, patch, by, error);
}

void WorkspaceSimulator::settleTransitions()
{
    m_deployments->settleTransitions();
    m_endpoints->settleTransitions();
    m_devPods->settleTransitions();
    m_rayClusters->settleTransitions();
}
