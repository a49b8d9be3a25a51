#include "app/workspaces/workspacesession.h"

#include "app/deployments/deploymentpoller.h"
#include "app/api/leptonclient.h"
#include "app/common/localuser.h"
#include "app/storage/pauseledger.h"
#include "app/storage/storage.h"
#include "app/pause/pausecontroller.h"
#include "app/pause/pausedsettingseditor.h"
#include "app/pause/pausemarkers.h"

#include <QElapsedTimer>

#include <algorithm>

WorkspaceSession::WorkspaceSession(const WorkspaceCredentials &credentials, Storage *storage, QObject *parent)
    : QObject(parent)
    , m_credentials(credentials)
    , m_storage(storage)
    , m_client(new LeptonClient(this))
    , m_poller(new DeploymentPoller(m_client, this))
    , m_pauses(new PauseController(m_client, storage, credentials.workspaceId, this))
    , m_pausedEditor(new PausedSettingsEditor(m_client, &storage->ledger(), credentials.workspaceId, this))
    , m_model(new DeploymentTableModel(this))
{
    m_client->setBaseUrl(credentials.effectiveBaseUrl());
    m_client->setToken(credentials.token);
    m_client->setOrigin(credentials.originUrl);
    m_pauses->setUserName(LocalUser::name());

    connect(m_poller, &DeploymentPoller::refreshed, this, &WorkspaceSession::applyRefresh);
    m_sliceTimer.setSingleShot(true);
    m_sliceTimer.setInterval(0);
    connect(&m_sliceTimer, &QTimer::timeout, this, &WorkspaceSession::applyNextSlice);
    connect(m_poller, &DeploymentPoller::failed, this, [this](const ApiError &error) {
        m_lastError = error;
        m_model->setStale(true); // the rows are what the server said last; the next list makes them fresh
        Q_EMIT refreshFailed(error);
    });
    // Every commit to the store, this window's (pause, resume, reminders, settings kept for
    // Resume) and other programs' (the command line, another window), reloads the markers once.
    connect(m_storage, &Storage::changed, this, &WorkspaceSession::reloadMarkers);
}

void WorkspaceSession::setCredentials(const WorkspaceCredentials &credentials)
{
    Q_ASSERT(credentials.workspaceId == m_credentials.workspaceId);
    m_credentials = credentials;
    m_client->setBaseUrl(credentials.effectiveBaseUrl());
    m_client->setToken(credentials.token);
    m_client->setOrigin(credentials.originUrl);
}

WorkspaceSession::~WorkspaceSession()
{
    m_poller->stop();
    m_client->abortAll();
}

QString WorkspaceSession::displayName() const
{
    if (!m_info.name.isEmpty())
        return m_info.name;
    return m_credentials.displayNameOrId();
}

QDateTime WorkspaceSession::lastUpdated() const
{
    return m_poller->lastSuccess();
}

void WorkspaceSession::start()
{
    reloadMarkers();
    m_client->getWorkspaceInfo(this, [this](const ApiResult<WorkspaceInfo> &result) {
        if (result.ok()) {
            m_info = result.value;
            Q_EMIT infoLoaded(m_info);
        }
        // A failure shows up through the deployments poll as well; nothing more to say here.
    });
    m_poller->start();
}

void WorkspaceSession::stop()
{
    m_poller->stop();
}

void WorkspaceSession::applyRefresh(const QList<Deployment> &deployments)
{
    m_lastError = ApiError();
    // The ledger is settled against this list on the storage's thread; its sentences (and the
    // markers it changed, through ledgerChanged) arrive when it is done. The table does not
    // wait for it.
    m_pauses->reconcile(deployments, this, [this](const QStringList &settled) {
        if (!settled.isEmpty())
            Q_EMIT reconciled(settled);
    });
    // A newer list replaces one still going in: the rows already in are diffed against it,
    // and what is new to the table goes in after, a slice at a time.
    m_sliceTimer.stop();
    m_slicing = deployments;
    m_slicingNew.clear();
    m_slicingNext = 0;
    m_slicingStats = m_model->applyDeployments(m_slicing, &m_slicingNew);
    applyNextSlice();
}

void WorkspaceSession::applyNextSlice()
{
    // Putting 10,000 rows into the sorted table at once holds the GUI thread for ~100 ms,
    // and the cost of a row grows with the rows already there (the proxy and the view place
    // each one). So each slice is sized from the last one's cost per row, to take about
    // SliceBudget; a usual poll's handful of new rows goes in at once.
    const qsizetype left = m_slicingNew.size() - m_slicingNext;
    const qsizetype count = left <= m_sliceRows * 3 / 2 ? left : m_sliceRows;
    QElapsedTimer took;
    took.start();
    m_slicingStats.inserted += m_model->insertDeployments(
        m_slicing, std::span<const int>(m_slicingNew.constData() + m_slicingNext, size_t(count)));
    m_slicingNext += count;
    if (count >= MinSliceRows) {
        const double nsPerRow = double(std::max<qint64>(1, took.nsecsElapsed())) / double(count);
        m_sliceRows = int(std::clamp(double(std::chrono::nanoseconds(SliceBudget).count()) / nsPerRow,
                                     double(MinSliceRows), double(MaxSliceRows)));
    }
    if (m_slicingNext < m_slicingNew.size()) {
        // A zero timer fires once the events waiting (input, paint) have been handled.
        m_sliceTimer.start();
        return;
    }
    const DeploymentTableModel::ApplyStats total = std::exchange(m_slicingStats, {});
    m_slicing = {};
    m_slicingNew = {};
    m_slicingNext = 0;
    m_loaded = true;
    m_poller->setBusy(m_model->anyTransitional());
    Q_EMIT refreshed(total);
}

void WorkspaceSession::reloadMarkers()
{
    // One call: the open pauses, the newest notes and their counts.
    m_storage->ledger().overlay(workspaceId(), this, [this](const StoreResult<PauseLedger::Overlay> &overlay) {
        if (!overlay.ok())
            return; // the markers stay as they were; the next change or refresh tries again
        m_ledgerMarkers = PauseMarkers::fromOverlay(overlay.value);
        applyMarkers();
    });
}

void WorkspaceSession::setScheduleHints(const QHash<QString, ScheduleHint> &hints)
{
    if (hints == m_scheduleHints)
        return;
    m_scheduleHints = hints;
    applyMarkers();
}

void WorkspaceSession::applyMarkers()
{
    QHash<QString, PauseMarker> markers = m_ledgerMarkers;
    for (auto it = m_scheduleHints.constBegin(); it != m_scheduleHints.constEnd(); ++it)
        markers[it.key()].schedule = it.value();
    m_model->setPauseMarkers(markers);
    Q_EMIT markersChanged();
}
