#pragma once

#include "app/api/apigeneration.h"
#include "app/api/apiresult.h"
#include "app/api/apitransport.h"
#include "app/api/deployment.h"
#include "app/api/deploymentevent.h"
#include "app/api/readinessissue.h"
#include "app/api/replica.h"
#include "app/api/replicatermination.h"
#include "app/api/resourcekind.h"
#include "app/api/tokenlifetime.h"
#include "app/api/workspaceinfo.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>

// The Lepton v2 workspace API: what each call sends and what its answer means.
//
// One client per workspace. Every call is asynchronous and ends in exactly one callback,
// with a value or a typed ApiError; a call whose `context` object has been destroyed
// ends silently. How requests travel (token, deadlines, size limits, redirects, error
// mapping, parsing off the calling thread) is ApiTransport's, which this client owns.
class LeptonClient : public QObject
{
    Q_OBJECT

public:
    enum class PatchMode { Apply, DryRun };

    explicit LeptonClient(QObject *parent = nullptr);
    ~LeptonClient() override;

    // The workspace's API root, e.g. https://gateway.dgxc-lepton.nvidia.com/api/v2/workspaces/<id>.
    void setBaseUrl(const QUrl &baseUrl);
    QUrl baseUrl() const;
    // Sent as "Authorization: Bearer <token>" to the base URL's origin and nowhere else: a
    // redirect to another scheme, host or port is not followed (ApiError::RedirectRefused),
    // and the token is cut out of any error message a server echoes it in.
    void setToken(const QString &token);
    // The "origin" header, as the SDK sends it (see ApiTransport::setOrigin); pass
    // WorkspaceCredentials::originUrl. Empty: the SDK's default.
    void setOrigin(const QUrl &origin);
    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const;
    // Bodies larger than this are never buffered, whatever the status: a 2xx is refused as
    // BadPayload, an error keeps its kind without the page (by default 64 MB: a list of
    // 10,000 deployments is about 20 MB).
    static constexpr qint64 DefaultMaxResponseBytes = ApiTransport::DefaultMaxResponseBytes;
    void setMaxResponseBytes(qint64 bytes);
    qint64 maxResponseBytes() const;
    // See ApiTransport::setCaCertificates: trust exactly these (PEM) instead of the system's.
    void setCaCertificates(const QByteArray &pem);

    // Which deployment API the workspace speaks. Legacy until a workspace read says
    // otherwise: every successful getWorkspaceInfo() sets it from
    // features.enable_new_deployment_api (a re-read may change it), and the deployment calls
    // below choose their routes and shapes by it. A call made while a workspace read is under
    // way waits for that read, so the first list of a session already takes the right routes.
    ApiGeneration apiGeneration() const { return m_generation; }
    void setApiGeneration(ApiGeneration generation);

    void getWorkspaceInfo(QObject *context, ApiCallback<WorkspaceInfo> done);
    // GET <workspace URL>/tokens: when the token in use expires (matched by the first and
    // last characters of masked_value). An unknown lifetime (no match, no expiry) is a
    // success with known() false; a server without the route answers NotFound.
    void getTokenLifetime(QObject *context, ApiCallback<TokenLifetime> done);
    // The deployment calls speak the legacy shape on both generations. On the new API they go
    // to /endpoints and translate at this edge: an endpoint comes back as a Deployment (the
    // frontend component's fields typed, every component in `components`, `raw` as sent).
    //
    // Legacy: every /deployments entry (dev pods too, as kind Pod). New: every /endpoints entry.
    void listDeployments(QObject *context, ApiCallback<QList<Deployment>> done);
    void getDeployment(const QString &name, QObject *context, ApiCallback<Deployment> done);
    // Sends a JSON merge patch in the legacy shape. The value is the server's answer body
    // (may be empty). On the new API the endpoint is read fresh first and the change goes
    // onto its frontend component; the whole spec.components array is sent back with every
    // other component and field as read (see NewApiTranslation::endpointPatchFromLegacy).
    // Nothing is sent, and the call ends in BadPayload, when that read is malformed (no
    // components, duplicate names, no single frontend among several); in Invalid when the
    // patch holds a field the new API has no place for.
    void patchDeployment(const QString &name, const QJsonObject &patch, PatchMode mode,
                         QObject *context, ApiCallback<QJsonObject> done);

    // Every resource of `kind` on this generation's routes: endpoints (/endpoints, or the
    // /deployments that are not pods), dev pods (/devpods, or the is_pod deployments), Ray
    // clusters (/rayclusters). Each comes back with its kind. `detail`: Summary for a listing
    // that only shows the typed fields (see DeploymentList::Detail).
    void listResources(ResourceKind kind, QObject *context, ApiCallback<QList<Deployment>> done,
                       DeploymentList::Detail detail = DeploymentList::Detail::Full);
    void getResource(ResourceKind kind, const QString &name, QObject *context, ApiCallback<Deployment> done);
    // Sends `patch` exactly as given, in the kind's own shape on this generation (what
    // PausePlan makes), to the resource's route.
    void patchResource(ResourceKind kind, const QString &name, const QJsonObject &patch, PatchMode mode,
                       QObject *context, ApiCallback<QJsonObject> done);
    // The route of a resource on the current generation, e.g. "/endpoints/chat" (`name`
    // percent-encoded), or of its collection when `name` is empty.
    QString resourcePath(ResourceKind kind, const QString &name = QString()) const;
    void restartDeployment(const QString &name, QObject *context, ApiCallback<ApiNothing> done);
    void deleteDeployment(const QString &name, QObject *context, ApiCallback<ApiNothing> done);
    // DELETE of any kind at its route on the current generation (deleteDeployment is the endpoint's).
    void deleteResource(ResourceKind kind, const QString &name, QObject *context, ApiCallback<ApiNothing> done);
    void listReplicas(const QString &name, QObject *context, ApiCallback<QList<Replica>> done);
    void listEvents(const QString &name, QObject *context, ApiCallback<QList<DeploymentEvent>> done);
    // The new API has no readiness route: there the answer is an empty list, at once, with no
    // request and no error (readiness is per replica there).
    void getReadiness(const QString &name, QObject *context, ApiCallback<QList<ReadinessIssue>> done);
    // GET /deployments/{name}/termination: when and why each replica's container ended. Only
    // the legacy API has the route: on the new API the answer is "not offered" (offered
    // false), at once and with nothing on the wire; a 404 is "not offered" too. A body that is
    // not the SDK's shape ends in BadPayload, saying where.
    void getTerminations(const QString &name, QObject *context, ApiCallback<ReplicaTerminations> done);

    // Aborts every request under way; their callbacks get Cancelled.
    void abortAll();

Q_SIGNALS:
    // Any call that came back 401 or 403: the UI leads the user back to the token.
    void authorizationFailed(const ApiError &error);
    // For the log: method, path (never the token), outcome.
    void requestFinished(const QString &method, const QString &path, int httpStatus, qint64 elapsedMs);
    // The client has sent a mutating request (PATCH, PUT, DELETE) onto the wire.
    void mutationSent(const QString &method, const QString &name);
    // A deployment list left out `count` entries it could not read (the others came back as
    // usual); `message` says so for the user: "1 deployment could not be read: ...".
    // Emitted just before that list's callback.
    void deploymentsSkipped(int count, const QString &message);
    // The workspace turned out to speak another deployment API than assumed until now.
    void apiGenerationChanged(ApiGeneration generation);

private:
    QString m_token;
    // Sends through the transport, then announces PATCH, PUT and DELETE (mutationSent).
    void send(const QByteArray &method, const QString &path, const QString &query,
              const QByteArray &body, QObject *context, ApiTransport::RawCallback done);
    // GET `path` and parse a list of `kind` in `generation`'s shape; `keep` filters it.
    void listAt(const QString &path, ResourceKind kind, ApiGeneration generation,
                std::function<bool(const Deployment &)> keep, QObject *context, ApiCallback<QList<Deployment>> done,
                DeploymentList::Detail detail = DeploymentList::Detail::Full);
    void getAt(const QString &path, ResourceKind kind, ApiGeneration generation, QObject *context,
               ApiCallback<Deployment> done);
    void sendPatch(const QString &path, const QJsonObject &patch, PatchMode mode, QObject *context,
                   ApiCallback<QJsonObject> done);
    template <typename T>
    void getJson(const QString &path, QObject *context, ApiCallback<T> done,
                 std::function<T(const QJsonValue &)> convert);

    // Runs `run` now, or once the workspace reads under way have ended (the generation is
    // known then). `cancel` runs instead when abortAll() comes first; neither runs when
    // `context` (if given) is gone by then.
    void whenGenerationKnown(QObject *context, std::function<void()> run, std::function<void()> cancel);
    void releaseHeld();

    struct HeldCall
    {
        QPointer<QObject> context;
        bool hasContext = false;
        std::function<void()> run;
        std::function<void()> cancel;
    };

    ApiTransport *m_transport = nullptr;
    ApiGeneration m_generation = ApiGeneration::Legacy;
    int m_workspaceReads = 0;
    QList<HeldCall> m_held;
};
