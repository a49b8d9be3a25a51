#pragma once

#include "app/api/resourcekind.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>

class AlertEngine;
class QSettings;
class ApiError;
class DeploymentTableModel;
class ResourcePoller;
class ResourceTableModel;
class TokenExpiryWatcher;
struct Deployment;
struct PauseOutcome;

// Connects the window's live sources to an AlertEngine, with no widgets: every refresh of the
// workspace's deployment poller (endpoints) and of the dev pod and Ray cluster pollers
// (ResourceSession's) is one observation of that kind; a failed refresh is the API not answering; the
// tables' pause markers are the ledger's open pauses (a marker that goes from paused to not
// paused is the ledger closing an entry: a resume); the TokenExpiryWatcher's notice is the
// token rule; a timer looks again at the rules that fire on a duration between refreshes.
// Loads the workspace's AlertRules from the console's settings (reloadRules() after the
// settings page saved them).
class AlertFeed : public QObject
{
    Q_OBJECT

public:
    explicit AlertFeed(AlertEngine *engine, QObject *parent = nullptr);
    ~AlertFeed() override;

    // The live sources of the workspace shown (WorkspaceSession and ResourceSession hold them).
    struct Sources
    {
        QString workspaceId;
        QString workspaceName;
        ResourcePoller *endpoints = nullptr;           // WorkspaceSession::poller()
        DeploymentTableModel *endpointTable = nullptr; // WorkspaceSession::model(): its pause markers
        // ResourceSession::poller(kind) and model(kind) of dev pods and Ray clusters; may be null.
        ResourcePoller *pods = nullptr;
        ResourceTableModel *podTable = nullptr;
        ResourcePoller *rayClusters = nullptr;
        ResourceTableModel *rayTable = nullptr;
        TokenExpiryWatcher *token = nullptr;           // may be null
    };
    // Another workspace (an empty workspaceId: none); the engine forgets the last one.
    void setSources(const Sources &sources);
    // Re-reads the AlertRules of the workspace from `settings` (the console's own, which the
    // rules page writes; without one, the application's default QSettings). Must outlive the feed.
    void setSettings(QSettings *settings) { m_settings = settings; }
    void reloadRules();
    // The ledger or notes changed (WorkspaceSession::markersChanged,
    // ResourceSession::markersChanged): the open pauses are read again from the markers.
    void observeMarkers();
    // A pause or resume the window made finished (MainWindow::pauseFinished): Resumed starts the
    // resume rules for the entry's kind (`kind` when the outcome names none).
    void noteOutcome(const PauseOutcome &outcome, ResourceKind kind = ResourceKind::Endpoint);
    // A scheduled transition of `name` in `workspaceId` was carried out (`failed` false) or
    // failed (`message`: the runner's sentence), from each item of the window's schedule
    // runner's report (WindowScheduleRunner::ran): a failure raises ScheduleFailed for the
    // resource, one carried out later closes it. Another workspace's items are ignored.
    void observeScheduledTransition(const QString &workspaceId, ResourceKind kind, const QString &name, bool failed,
                                    const QString &message);
    // How often the duration rules look again between refreshes (default 30 s).
    void setTickInterval(std::chrono::milliseconds interval);
    // The clock (tests): UTC now by default.
    void setClock(std::function<QDateTime()> clock);

private:
    void observeList(ResourceKind kind, const QList<Deployment> &list);
    void observeFailure(const ApiError &error);

    QPointer<AlertEngine> m_engine;
    QString m_workspaceId;
    QSettings *m_settings = nullptr;
    QPointer<DeploymentTableModel> m_endpointTable;
    QPointer<ResourceTableModel> m_podTable;
    QPointer<ResourceTableModel> m_rayTable;
    QSet<QString> m_endpointNames; // the endpoints of the last refresh (their markers are read)
    QList<QMetaObject::Connection> m_connections;
    QTimer m_tick;
    std::function<QDateTime()> m_clock;
};
