#pragma once

#include "app/simulator/simulatorfault.h"
#include "app/simulator/simulatorreply.h"
#include "app/simulator/simulatorsettings.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <functional>
#include <memory>

class QHttpServer;
class SimulatedDeployments;
class SimulatedDevPods;
class SimulatedLogs;
class SimulatorFaults;
class SimulatedEndpoints;
class SimulatedRayClusters;
class QHttpServerRequest;
class QHttpServerResponder;
class QTcpSocket;

// A Lepton workspace on 127.0.0.1, speaking the v2 REST API with the JSON shapes of the real
// cloud (see /work/shared/lepton-api.md): for tests, over real HTTP, and for the demo mode.
//
//   GET    {base}/workspace                                  WorkspaceInfo
//   GET    {base}/deployments                                [LeptonDeployment]
//   GET    {base}/deployments/{name}                         LeptonDeployment
//   PATCH  {base}/deployments/{name}[?dryrun=true]           JSON merge patch -> the updated LeptonDeployment
//   DELETE {base}/deployments/{name}                         the deployment, now "Deleting"
//   PUT    {base}/deployments/{name}/restart                 LeptonDeployment, now "Restarting"
//   GET    {base}/deployments/{name}/replicas                [Replica]
//   GET    {base}/deployments/{name}/events                  [LeptonEvent]
//   GET    {base}/deployments/{name}/readiness               {replica_id: [ReplicaReadinessIssue]}
//   GET    {base}/deployments/{name}/termination             {replica_id: [ReplicaTermination]}
//   GET    {base}/deployments/{name}/replicas/{id}/log       text/plain, streamed (SimulatedLogs)
//   GET    {base}/logs?deployment=|endpoint=<name>&...          Loki-shaped history (SimulatedLogs)
// where {base} = /api/v2/workspaces/{workspaceId}.
//
// With setNewDeploymentApi(true) the workspace speaks the new API generation instead (the
// leptonai SDK's endpoint.py, devpod.py and translation.py): GET /workspace carries
// "features": {"enable_new_deployment_api": true}, every /deployments route answers 404, and
//   GET    {base}/endpoints                                  [HTTPEndpoint]
//   GET    {base}/endpoints/{name}                           HTTPEndpoint
//   PATCH  {base}/endpoints/{name}[?dryrun=true]             RFC 7386 merge patch (spec.components replaced wholesale)
//   DELETE {base}/endpoints/{name}                           the endpoint, now "Deleting" (metadata.deleted_at set)
//   PUT    {base}/endpoints/{name}/restart                   the endpoint, now "Updating"
//   GET    {base}/endpoints/{name}/replicas | /events | /history | /replicas/{id}/log
//   GET    {base}/devpods, GET/PATCH/DELETE {base}/devpods/{name}, PUT .../restart, GET .../replicas
// (see SimulatedEndpoints and SimulatedDevPods). Without it those routes answer 404, as an
// older server's do. Both generations serve
//   GET    {base}/rayclusters, GET/PATCH/DELETE {base}/rayclusters/{name}  (SimulatedRayClusters)
//   GET    {base}/tokens       [{"masked_value": "de...en", "expires_at": <ms>}]
//   GET    {base}              {"display_name": ...}
// and, simulator-only (NOT part of the Lepton API; for tests and the demo), in both generations
//   POST   {base}/simulator/state | /simulator/crash-loop   force a state, start a crash loop (SimulatorControl)
//
// Errors carry the backend's body shape {"code": "...", "message": "..."}: 401 without
// "Authorization: Bearer <token>", 404 for another workspace id, an unknown deployment or
// replica, 400 for an invalid or no-op patch ("no valid field to update"), 409 for a patch
// on a deployment that is being deleted.
//
// State changes take time: a change moves the deployment to a transitional state at once
// (Stopping, Starting, Updating, Scaling, Restarting, Deleting) and to its final state after
// transitionDelay(), driven by timers on the thread the simulator lives in.
//
// Not thread-safe: call everything, listen() included, on the simulator's thread. The HTTP
// server is a child, so moveToThread() takes it along (useful when a demo with thousands of
// deployments should not serialise its lists on the GUI thread).
// About 520 lines in one class: the HTTP server's routing for every kind and generation and
// the fault injection around it; the kinds themselves live in the Simulated* classes.
class WorkspaceSimulator : public QObject
{
    Q_OBJECT

public:
    // One HTTP request as it arrived; headers keep Authorization so tests can check it.
    struct RecordedRequest
    {
        QByteArray method;                           // "GET", "PATCH", ...
        QString path;                                // full path, /api/v2/workspaces/<id>/...
        QUrlQuery query;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        qint64 receivedAtMs = 0;

        // The path below the workspace base ("/deployments/x"); the full path when it is not
        // under /api/v2/workspaces/<id>.
        QString apiPath() const;
        QByteArray header(const QByteArray &name) const; // case-insensitive; empty if absent
        QJsonObject jsonBody() const;                    // empty unless the body is a JSON object
    };

    // A misbehaviour of the network or the gateway (see SimulatorFault):
    // Fault::badGateway().on("GET", "/deployments$").times(2)
    using Fault = SimulatorFault;

    explicit WorkspaceSimulator(QObject *parent = nullptr);
    ~WorkspaceSimulator() override;

    // Configuration (before or after listen()).
    void setWorkspaceId(const QString &id);              // default "demo"
    QString workspaceId() const;
    void setToken(const QString &token);                 // default "demo-token"
    QString token() const;
    void setUserName(const QString &user);               // last_modified_by of API changes
    QString userName() const;
    void setWorkspaceName(const QString &name);          // WorkspaceInfo.workspace_name
    void setWorkspaceState(const QString &state);        // "normal", "paused", ...
    void setTransitionDelay(std::chrono::milliseconds delay); // default 1500 ms
    std::chrono::milliseconds transitionDelay() const;
    void setLatency(std::chrono::milliseconds latency);  // added to every answer; default 0
    std::chrono::milliseconds latency() const;
    // The SDK's rule "max_replicas only together with min_replicas", enforced on each
    // PATCH body (default on): a patch setting max_replicas must also carry min_replicas.
    void setRequireMinWithMax(bool require);
    // Which API generation the workspace speaks (default false: the legacy /deployments).
    void setNewDeploymentApi(bool on);
    bool newDeploymentApi() const;
    // The legacy server's answers carry the real state in status.phase; with the fold on
    // (the default: the console reads phase, and a real legacy server folds) status.state says "Not Ready" for Stopping
    // and Stopped, as a real legacy api-server does. The stored objects (deployment()) carry
    // status.phase too, and keep the real state in status.state either way.
    void setLegacyStateFold(bool on);
    bool legacyStateFold() const;

    // Listens on 127.0.0.1; 0 picks a free port. False if the port is taken.
    bool listen(quint16 port = 0);
    bool isListening() const;
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:<port>/api/v2/workspaces/<id>

    // The workspace's deployments. Objects are stored as given (keyed by metadata.id, or
    // metadata.name when there is no id); setting them cancels pending transitions.
    void setDeployments(const QList<QJsonObject> &deployments);
    QList<QJsonObject> deployments() const;
    QStringList deploymentNames() const;
    QJsonObject deployment(const QString &name) const; // empty if there is none
    bool hasDeployment(const QString &name) const;
    // Inserts or replaces one deployment exactly as given: an outside change the console did
    // not make (no version bump unless the object carries one).
    void setDeployment(const QJsonObject &deployment);
    bool removeDeployment(const QString &name);
    // Applies a merge patch as another user would through the API: validation, version bump,
    // last_modified_by = `by`, state transitions. False if refused (unknown name, invalid or
    // no-op patch); the reason goes to *error.
    bool applyOutsideChange(const QString &name, const QJsonObject &patch,
                            const QString &by = QStringLiteral("someone-else@example.com"),
                            QString *error = nullptr);
    // The autoscaler took a running deployment to zero after no traffic: desired_replicas 0,
    // state "Stopped", spec untouched (min_replicas stays as it was).
    bool simulateIdleScaleDown(const QString &name);
    // Replica `replicaIndex` of a deployment (legacy) or endpoint (new API) crashed and was
    // started again: a termination record (legacy; OOMKilled, exit 137 by default) and a
    // counted BackOff warning event; the state stays. False without such a replica.
    bool crashReplica(const QString &name, int replicaIndex = 0, int exitCode = 137,
                      const QString &reason = QStringLiteral("OOMKilled"),
                      const QString &message = QStringLiteral("torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 GiB"));
    // Lets every deployment that sits in a transitional state (as loaded, e.g. the demo's
    // "Starting" one) reach its end after transitionDelay(): Starting, Updating, Scaling,
    // Restarting, Migrating -> Ready; Stopping -> Stopped; Deleting -> removed. Without this
    // call such states stay as they are, which is what tests usually want.
    void settleTransitions();
    QJsonObject workspaceInfo() const;

    // The new API's endpoints and dev pods (answered only with setNewDeploymentApi(true)).
    // Objects are stored as given, keyed by metadata.name; NewApiPopulation makes them.
    void setEndpoints(const QList<QJsonObject> &endpoints);
    QList<QJsonObject> endpoints() const;
    QJsonObject endpoint(const QString &name) const; // empty if there is none
    void setEndpoint(const QJsonObject &endpoint);   // inserts or replaces, as an outside change
    void setDevPods(const QList<QJsonObject> &pods);
    QList<QJsonObject> devPods() const;
    QJsonObject devPod(const QString &name) const;
    void setDevPod(const QJsonObject &pod);

    // Ray clusters, served in both generations.
    void setRayClusters(const QList<QJsonObject> &clusters);
    QList<QJsonObject> rayClusters() const;
    QJsonObject rayCluster(const QString &name) const;
    void setRayCluster(const QJsonObject &cluster);

    // When the token expires, as GET {base}/tokens tells (default: one day after the
    // simulator was made, as DGX Cloud tokens last a day).
    void setTokenExpiry(const QDateTime &expiry);
    QDateTime tokenExpiry() const;
    // The "origin" header of the last request that carried one (empty if none did), so a
    // test can check that a client sends it as the SDK does.
    QByteArray lastOriginHeader() const;

    // The replicas' logs: stream rate, cuts, the /logs history switch (see SimulatedLogs).
    SimulatedLogs *logs() const { return m_logs; }

    // Fault injection.
    void injectFault(const Fault &fault);
    void clearFaults();
    int pendingFaults() const;
    // Body bytes of the last StreamedBody fault that went out to the client (written to its
    // socket), 0 before any.
    qint64 streamedBodyBytes() const;

    // What the clients sent, in order.
    QList<RecordedRequest> requests() const;
    void clearRequests();

signals:
    void requestReceived(const QByteArray &method, const QString &path);
    void deploymentChanged(const QString &name); // spec or status changed (also mid-transition)
    void deploymentRemoved(const QString &name);
    void endpointChanged(const QString &name);
    void endpointRemoved(const QString &name);
    void devPodChanged(const QString &name);
    void devPodRemoved(const QString &name);
    void rayClusterChanged(const QString &name);
    void rayClusterRemoved(const QString &name);

private:
    using Reply = SimulatorReply;
    using Handler = std::function<Reply(const RecordedRequest &)>;

    void setUpRoutes();
    void serve(const QHttpServerRequest &request, QHttpServerResponder &&responder,
               const QString &workspace, const Handler &handler);
    Reply workspaceReply() const;

    QHttpServer *m_server = nullptr; // child: moves with the simulator to another thread
    quint16 m_port = 0;
    SimulatorSettings m_settings;
    bool m_newApi = false;
    SimulatedDeployments *m_deployments = nullptr; // children, one per resource kind
    SimulatorFaults *m_faults = nullptr;
    SimulatedEndpoints *m_endpoints = nullptr;
    SimulatedDevPods *m_devPods = nullptr;
    SimulatedRayClusters *m_rayClusters = nullptr;
    SimulatedLogs *m_logs = nullptr;
    QDateTime m_tokenExpiry; // invalid: /tokens lists the token without an expiry
    QByteArray m_lastOrigin;
    QString m_token = QStringLiteral("demo-token");
    QString m_workspaceName = QStringLiteral("Demo Workspace");
    QString m_workspaceState = QStringLiteral("normal");

    QList<RecordedRequest> m_requests;
};
