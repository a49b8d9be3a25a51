#include "app/resources/resourcesession.h"

#include "app/api/deployment.h"
#include "app/api/leptonclient.h"
#include "app/deployments/deploymentpoller.h"
#include "app/deployments/resourcepoller.h"
#include "app/pause/pausemarkers.h"
#include "app/resources/devpodtablemodel.h"
#include "app/resources/rayclustertablemodel.h"
#include "app/storage/pauseledger.h"
#include "app/storage/storage.h"
#include "app/workspaces/workspacesession.h"

namespace {

// The overlay with only the open pauses of `kind` (an entry written before kinds were
// recorded is an endpoint's, or a legacy dev pod's found as one).
PauseLedger::Overlay ofKind(const PauseLedger::Overlay &overlay, ResourceKind kind)
{
    PauseLedger::Overlay mine = overlay;
    mine.open.clear();
    for (const PauseEntry &entry : overlay.open) {
        if (ResourceKinds::fromString(entry.kind).value_or(ResourceKind::Endpoint) == kind)
            mine.open.append(entry);
    }
    return mine;
}

} // namespace

ResourceSession::ResourceSession(WorkspaceSession *workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_devPods(new DevPodTableModel(this))
    , m_rayClusters(new RayClusterTableModel(this))
    // Legacy dev pods are /deployments entries, which the endpoints' poll lists already: on that
    // generation they are taken from its list (no second GET /deployments), and this poller
    // sends nothing (it lists /devpods on the new API).
    , m_podPoller(new ResourcePoller(
          [client = QPointer<LeptonClient>(workspace->client())](QObject *context, ApiCallback<QList<Deployment>> done) {
              if (!client || client->apiGeneration() == ApiGeneration::Legacy)
                  return false;
              client->listResources(ResourceKind::Pod, context, std::move(done));
              return true;
          },
          this))
    , m_rayPoller(ResourcePoller::forKind(workspace->client(), ResourceKind::RayCluster, this))
{
    for (ResourceKind kind : {ResourceKind::Pod, ResourceKind::RayCluster}) {
        ResourcePoller *p = poller(kind);
        connect(p, &ResourcePoller::refreshed, this, [this, kind](const QList<Deployment> &list) { applyList(kind, list); });
        connect(p, &ResourcePoller::failed, this, [this, kind](const ApiError &error) {
            (kind == ResourceKind::Pod ? m_podError : m_rayError) = error;
            model(kind)->setStale(true);
            Q_EMIT refreshFailed(kind, error);
        });
    }
    connect(workspace->poller(), &ResourcePoller::refreshed, this, [this](const QList<Deployment> &list) {
        if (m_started && m_workspace && m_workspace->client()->apiGeneration() == ApiGeneration::Legacy)
            applyList(ResourceKind::Pod, list);
    });
    // Every commit to the store (this window's pauses, the command line's) moves the markers.
    connect(workspace->storage(), &Storage::changed, this, &ResourceSession::reloadMarkers);
    // The workspace turned out to speak the other API generation: list on its routes now.
    connect(workspace->client(), &LeptonClient::apiGenerationChanged, this, [this] {
        if (m_polling)
            refreshNow();
    });
}

ResourceSession::~ResourceSession()
{
    stop();
}

ResourceTableModel *ResourceSession::model(ResourceKind kind) const
{
    switch (kind) {
    case ResourceKind::Pod: return m_devPods;
    case ResourceKind::RayCluster: return m_rayClusters;
    case ResourceKind::Endpoint: break;
    }
    return nullptr;
}

ResourcePoller *ResourceSession::poller(ResourceKind kind) const
{
    switch (kind) {
    case ResourceKind::Pod: return m_podPoller;
    case ResourceKind::RayCluster: return m_rayPoller;
    case ResourceKind::Endpoint: break;
    }
    return nullptr;
}

bool ResourceSession::hasLoaded(ResourceKind kind) const
{
    return kind == ResourceKind::Pod ? m_podsLoaded : kind == ResourceKind::RayCluster && m_rayLoaded;
}

ApiError ResourceSession::lastError(ResourceKind kind) const
{
    return kind == ResourceKind::Pod ? m_podError : m_rayError;
}

void ResourceSession::start()
{
    if (m_started || !m_workspace)
        return;
    m_started = true;
    reloadMarkers();
    // The first list of each kind goes to the routes of the workspace's generation: wait for
    // the workspace session's first answer (it reads the workspace before it lists).
    if (m_workspace->hasLoaded() || m_workspace->lastError().isError())
        return startPolling();
    auto *once = new QObject(this);
    const auto go = [this, once] {
        once->deleteLater(); // one answer is enough; startPolling() ignores a second
        startPolling();
    };
    connect(m_workspace, &WorkspaceSession::refreshed, once, go);
    connect(m_workspace, &WorkspaceSession::refreshFailed, once, go);
}

void ResourceSession::startPolling()
{
    if (m_polling || !m_started || !m_workspace)
        return;
    m_polling = true;
    const DeploymentPoller *endpoints = m_workspace->poller();
    for (ResourceKind kind : {ResourceKind::Pod, ResourceKind::RayCluster}) {
        poller(kind)->setIntervals(endpoints->busyInterval(), endpoints->settledInterval());
        poller(kind)->start();
    }
}

void ResourceSession::stop()
{
    m_podPoller->stop();
    m_rayPoller->stop();
    m_polling = false;
    m_started = false;
}

void ResourceSession::refreshNow()
{
    if (!m_started)
        return;
    if (!m_polling)
        return startPolling();
    m_podPoller->refreshNow();
    m_rayPoller->refreshNow();
    // Legacy dev pods come with the endpoints' list (a poll already under way is not repeated).
    if (m_workspace && m_workspace->client()->apiGeneration() == ApiGeneration::Legacy)
        m_workspace->poller()->refreshNow();
}

void ResourceSession::applyList(ResourceKind kind, const QList<Deployment> &list)
{
    if (!m_workspace)
        return;
    (kind == ResourceKind::Pod ? m_podError : m_rayError) = ApiError();
    // Interrupted pauses of this kind are settled against what the server says now, with the
    // same rules as the endpoints' refresh; the table does not wait for it.
    QList<Deployment> ofThisKind;
    for (const Deployment &d : list) {
        if (d.kind == kind)
            ofThisKind.append(d);
    }
    // (Legacy dev pods are in the endpoints' list, which the workspace session settles.)
    if (!(kind == ResourceKind::Pod && list.size() != ofThisKind.size())) {
        m_workspace->pauses()->reconcile(ofThisKind, this, [this](const QStringList &settled) {
            if (!settled.isEmpty())
                Q_EMIT reconciled(settled);
        });
    }
    ResourceTableModel *table = model(kind);
    table->setStale(false);
    table->apply(ofThisKind);
    (kind == ResourceKind::Pod ? m_podsLoaded : m_rayLoaded) = true;
    poller(kind)->setBusy(table->anyTransitional());
    Q_EMIT refreshed(kind);
}

void ResourceSession::reloadMarkers()
{
    if (!m_workspace)
        return;
    m_workspace->storage()->ledger().overlay(m_workspace->workspaceId(), this,
                                             [this](const StoreResult<PauseLedger::Overlay> &overlay) {
        if (!overlay.ok())
            return; // the markers stay; the next change tries again
        m_devPods->setPauseMarkers(PauseMarkers::fromOverlay(ofKind(overlay.value, ResourceKind::Pod)));
        m_rayClusters->setPauseMarkers(PauseMarkers::fromOverlay(ofKind(overlay.value, ResourceKind::RayCluster)));
        Q_EMIT markersChanged();
    });
}

void ResourceSession::pause(ResourceKind kind, const QString &name, PauseController::PauseRequest request,
                            QObject *context, PauseController::Callback done)
{
    if (!m_workspace || !model(kind))
        return;
    request.kind = kind;
    model(kind)->setPendingAction(name, PendingAction::Pausing);
    poller(kind)->setBusy(true);
    m_workspace->pauses()->pause(name, request, this, [this, kind, name, context = QPointer<QObject>(context),
                                                       done](const PauseOutcome &outcome) {
        finishAction(kind, name);
        if (context && done)
            done(outcome);
    });
}

void ResourceSession::resume(ResourceKind kind, const QString &name, PauseController::ResumeRequest request,
                             QObject *context, PauseController::Callback done)
{
    if (!m_workspace || !model(kind))
        return;
    request.kind = kind;
    model(kind)->setPendingAction(name, PendingAction::Resuming);
    poller(kind)->setBusy(true);
    m_workspace->pauses()->resume(name, request, this, [this, kind, name, context = QPointer<QObject>(context),
                                                        done](const PauseOutcome &outcome) {
        finishAction(kind, name);
        if (context && done)
            done(outcome);
    });
}

void ResourceSession::finishAction(ResourceKind kind, const QString &name)
{
    model(kind)->setPendingAction(name, PendingAction::None);
    reloadMarkers();
    poller(kind)->refreshNow();
    if (kind == ResourceKind::Pod && m_workspace && m_workspace->client()->apiGeneration() == ApiGeneration::Legacy)
        m_workspace->poller()->refreshNow(); // legacy dev pods come with the endpoints' list
}
