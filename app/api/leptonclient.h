#pragma once

#include "app/api/apiresult.h"
#include "app/api/apitransport.h"
#include "app/api/deployment.h"
#include "app/api/deploymentevent.h"
#include "app/api/readinessissue.h"
#include "app/api/replica.h"
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
    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const;
    // Bodies larger than this are never buffered, whatever the status: a 2xx is refused as
    // BadPayload, an error keeps its kind without the page (by default 64 MB: a list of
    // 10,000 deployments is about 20 MB).
    static constexpr qint64 DefaultMaxResponseBytes = ApiTransport::DefaultMaxResponseBytes;
    void setMaxResponseBytes(qint64 bytes);
    qint64 maxResponseBytes() const;

    void getWorkspaceInfo(QObject *context, ApiCallback<WorkspaceInfo> done);
    void listDeployments(QObject *context, ApiCallback<QList<Deployment>> done);
    void getDeployment(const QString &name, QObject *context, ApiCallback<Deployment> done);
    // Sends a JSON merge patch. The value is the server's answer body (may be empty).
    void patchDeployment(const QString &name, const QJsonObject &patch, PatchMode mode,
                         QObject *context, ApiCallback<QJsonObject> done);
    void restartDeployment(const QString &name, QObject *context, ApiCallback<ApiNothing> done);
    void deleteDeployment(const QString &name, QObject *context, ApiCallback<ApiNothing> done);
    void listReplicas(const QString &name, QObject *context, ApiCallback<QList<Replica>> done);
    void listEvents(const QString &name, QObject *context, ApiCallback<QList<DeploymentEvent>> done);
    void getReadiness(const QString &name, QObject *context, ApiCallback<QList<ReadinessIssue>> done);

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

private:
    // Sends through the transport, then announces PATCH, PUT and DELETE (mutationSent).
    void send(const QByteArray &method, const QString &path, const QString &query,
              const QByteArray &body, QObject *context, ApiTransport::RawCallback done);
    template <typename T>
    void getJson(const QString &path, QObject *context, ApiCallback<T> done,
                 std::function<T(const QJsonValue &)> convert);

    ApiTransport *m_transport = nullptr;
};
