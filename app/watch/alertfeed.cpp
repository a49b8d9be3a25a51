#include "app/watch/alertfeed.h"

#include "app/api/apierror.h"
#include "app/credentials/tokenexpirywatcher.h"
#include "app/deployments/deploymenttablemodel.h"
#include "app/deployments/resourcepoller.h"
#include "app/pause/pauseoutcome.h"
#include "app/resources/resourcetablemodel.h"
#include "app/watch/alertengine.h"
#include "app/watch/alertrules.h"

#include <QSettings>

AlertFeed::AlertFeed(AlertEngine *engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_tick.setInterval(std::chrono::seconds(30));
    connect(&m_tick, &QTimer::timeout, this, [this] {
        if (m_engine)
            m_engine->tick(m_clock());
    });
}

AlertFeed::~AlertFeed() = default;

void AlertFeed::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

void AlertFeed::setTickInterval(std::chrono::milliseconds interval)
{
    m_tick.setInterval(interval);
}

void AlertFeed::setSources(const Sources &sources)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_endpointNames.clear();
    m_workspaceId = sources.workspaceId;
    m_endpointTable = sources.endpointTable;
    m_podTable = sources.podTable;
    m_rayTable = sources.rayTable;
    if (!m_engine)
        return;
    m_engine->reset();
    if (m_workspaceId.isEmpty()) {
        m_tick.stop();
        return;
    }
    m_engine->setWorkspace(sources.workspaceId, sources.workspaceName);
    reloadRules();

    if (sources.endpoints) {
        m_connections << connect(sources.endpoints, &ResourcePoller::refreshed, this,
                                 [this](const QList<Deployment> &list) { observeList(ResourceKind::Endpoint, list); })
                      << connect(sources.endpoints, &ResourcePoller::failed, this, &AlertFeed::observeFailure);
    }
    for (const auto &[kind, poller] : {std::pair{ResourceKind::Pod, sources.pods}, std::pair{ResourceKind::RayCluster, sources.rayClusters}}) {
        if (poller) {
            m_connections << connect(poller, &ResourcePoller::refreshed, this,
                                     [this, kind](const QList<Deployment> &list) { observeList(kind, list); })
                          << connect(poller, &ResourcePoller::failed, this, &AlertFeed::observeFailure);
        }
    }
    if (TokenExpiryWatcher *token = sources.token) {
        m_connections << connect(token, &TokenExpiryWatcher::noticeChanged, this, [this](const TokenExpiryNotice &notice) {
            if (m_engine)
                m_engine->observeToken(notice, m_clock());
        });
        if (!token->notice().isEmpty())
            m_engine->observeToken(token->notice(), m_clock());
    }
    m_tick.start();
}

void AlertFeed::reloadRules()
{
    if (!m_engine || m_workspaceId.isEmpty())
        return;
    if (m_settings) {
        m_engine->setRules(AlertRules::load(*m_settings, m_workspaceId), m_clock());
        return;
    }
    const QSettings settings;
    m_engine->setRules(AlertRules::load(settings, m_workspaceId), m_clock());
}

void AlertFeed::noteOutcome(const PauseOutcome &outcome, ResourceKind kind)
{
    if (!m_engine || outcome.kind != PauseOutcome::Kind::Resumed)
        return;
    // The ledger entry names its kind; `kind` is for an outcome without one.
    const ResourceKind resumed = ResourceKinds::fromString(outcome.entry.kind).value_or(kind);
    m_engine->resumeStarted(resumed, outcome.deploymentName.isEmpty() ? outcome.entry.deploymentName : outcome.deploymentName,
                            m_clock());
}

void AlertFeed::observeScheduledTransition(const QString &workspaceId, ResourceKind kind, const QString &name, bool failed,
                                           const QString &message)
{
    if (!m_engine || m_workspaceId.isEmpty() || (!workspaceId.isEmpty() && workspaceId != m_workspaceId))
        return;
    m_engine->observeScheduledTransition(kind, name, failed, message, m_clock());
}

void AlertFeed::observeList(ResourceKind kind, const QList<Deployment> &list)
{
    if (!m_engine || m_workspaceId.isEmpty())
        return;
    QList<ResourceObservation> observations;
    if (kind == ResourceKind::Endpoint)
        m_endpointNames.clear();
    for (const Deployment &deployment : list) {
        // The legacy /deployments list holds dev pods too: those are the pod poller's.
        if (deployment.kind != kind)
            continue;
        observations.append(ResourceObservation::of(deployment));
        if (kind == ResourceKind::Endpoint)
            m_endpointNames.insert(deployment.name);
    }
    const QDateTime now = m_clock();
    m_engine->observeApi(true, QString(), now);
    // The pauses first, so a resource paused here since the last refresh is not "stopped outside".
    observeMarkers();
    m_engine->observeCompleteList(kind, observations, now);
}

void AlertFeed::observeFailure(const ApiError &error)
{
    if (!m_engine)
        return;
    // A refused token is its own banner and a new token fixes it; every other failure is the
    // workspace not answering.
    if (error.kind() == ApiError::Kind::Cancelled)
        return;
    m_engine->observeApi(false, error.userMessage(), m_clock());
}

void AlertFeed::observeMarkers()
{
    if (!m_engine || m_workspaceId.isEmpty())
        return;
    QList<PauseObservation> pauses;
    const auto add = [&](ResourceKind kind, const QString &name, const PauseMarker &marker) {
        if (!marker.paused)
            return;
        PauseObservation pause;
        pause.kind = kind;
        pause.name = name;
        pause.pausedAt = marker.pausedAt;
        pause.remindOn = marker.remindOn;
        pause.confirmed = marker.confirmed;
        pauses.append(pause);
    };
    if (m_endpointTable) {
        for (const QString &name : std::as_const(m_endpointNames))
            add(ResourceKind::Endpoint, name, m_endpointTable->pauseMarker(name));
    }
    for (const auto &[kind, model] : {std::pair{ResourceKind::Pod, m_podTable.data()}, std::pair{ResourceKind::RayCluster, m_rayTable.data()}}) {
        if (model) {
            for (const Deployment &deployment : model->rows())
                add(kind, deployment.name, model->pauseMarker(deployment.name));
        }
    }
    // The engine holds the open pauses: one that closed since is a resume on its way.
    m_engine->observePauses(pauses, m_clock());
}
