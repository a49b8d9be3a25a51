#pragma once

#include "app/api/apierror.h"
#include "app/api/deployment.h"
#include "app/api/resourcekind.h"
#include "app/pause/pausecontroller.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class DevPodTableModel;
class RayClusterTableModel;
class ResourcePoller;
class ResourceTableModel;
class WorkspaceSession;

// The kinds beside the endpoints for one open workspace: its dev pods and Ray clusters, each
// a table (ResourceTableModel) kept fresh by its own adaptive poller (ResourcePoller) on the
// workspace's API generation, with the console's pause markers of that kind from the ledger
// laid over it. Every list that arrives also settles the ledger's interrupted pauses of that
// kind (PauseController::reconcile, the rule set the endpoints' refresh runs), so a pod or Ray
// cluster whose pause or resume was cut short is settled on both generations as an endpoint is.
//
// Pause and Resume go through the workspace's PauseController with the kind named, so the
// ledger entry says "pod" or "raycluster" and the right route and PausePlan are used. No
// widgets: the window's views and the tests drive it the same way.
class ResourceSession : public QObject
{
    Q_OBJECT

public:
    // `workspace` must outlive this object (make it a child of the session, or of a view that
    // the session outlives).
    explicit ResourceSession(WorkspaceSession *workspace, QObject *parent = nullptr);
    ~ResourceSession() override;

    WorkspaceSession *workspace() const { return m_workspace; }
    DevPodTableModel *devPods() const { return m_devPods; }
    RayClusterTableModel *rayClusters() const { return m_rayClusters; }
    // The table and poller of a kind (Pod or RayCluster; null for Endpoint, which the
    // workspace session's own table and poller cover).
    ResourceTableModel *model(ResourceKind kind) const;
    ResourcePoller *poller(ResourceKind kind) const;
    // Whether a kind's list has arrived at least once.
    bool hasLoaded(ResourceKind kind) const;
    ApiError lastError(ResourceKind kind) const;

    // Starts polling both kinds at the workspace poller's intervals, once the workspace's API
    // generation is known (its first list, or failure to list, has come).
    void start();
    void stop();
    void refreshNow();
    // Re-reads the ledger's open pauses and notes into both tables' markers.
    void reloadMarkers();

    void pause(ResourceKind kind, const QString &name, PauseController::PauseRequest request, QObject *context,
               PauseController::Callback done);
    void resume(ResourceKind kind, const QString &name, PauseController::ResumeRequest request, QObject *context,
                PauseController::Callback done);

Q_SIGNALS:
    void refreshed(ResourceKind kind);
    void refreshFailed(ResourceKind kind, const ApiError &error);
    // Sentences about ledger entries of these kinds settled against the server.
    void reconciled(const QStringList &messages);
    void markersChanged();

private:
    void startPolling();
    void applyList(ResourceKind kind, const QList<Deployment> &list);
    void finishAction(ResourceKind kind, const QString &name);

    QPointer<WorkspaceSession> m_workspace;
    DevPodTableModel *m_devPods;
    RayClusterTableModel *m_rayClusters;
    ResourcePoller *m_podPoller;
    ResourcePoller *m_rayPoller;
    bool m_podsLoaded = false;
    bool m_rayLoaded = false;
    ApiError m_podError;
    ApiError m_rayError;
    bool m_started = false;
    bool m_polling = false;
};
