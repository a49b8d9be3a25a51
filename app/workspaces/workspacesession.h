#pragma once

#include "app/api/apierror.h"
#include "app/deployments/deploymenttablemodel.h"
#include "app/credentials/workspacecredentials.h"
#include "app/api/workspaceinfo.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <memory>

class DeploymentPoller;
class LeptonClient;
class PauseController;
class Storage;
class PausedSettingsEditor;

// Everything the console holds for one connected workspace: the API client, the poller
// that keeps the table model fresh, the pause controller, and the local ledger and notes
// laid over the server's data. The window and the tests drive it the same way.
class WorkspaceSession : public QObject
{
    Q_OBJECT

public:
    // A refresh that brings many new rows (a first load) puts them into the table a slice per
    // turn of the event loop, each sized to take about SliceBudget of the GUI thread.
    static constexpr std::chrono::milliseconds SliceBudget {4};
    static constexpr int MinSliceRows = 64;
    static constexpr int MaxSliceRows = 4000;

    // `storage` is shared by every session (one store for all workspaces) and must outlive it.
    WorkspaceSession(const WorkspaceCredentials &credentials, Storage *storage, QObject *parent = nullptr);
    ~WorkspaceSession() override;

    QString workspaceId() const { return m_credentials.workspaceId; }
    QString displayName() const;
    const WorkspaceCredentials &credentials() const { return m_credentials; }
    // A new token or address for the same workspace (after a 401): the table, the ledger
    // and the notes stay as they are.
    void setCredentials(const WorkspaceCredentials &credentials);

    LeptonClient *client() const { return m_client; }
    DeploymentPoller *poller() const { return m_poller; }
    PauseController *pauses() const { return m_pauses; }
    // Edits of paused deployments: what Resume brings back, and image/shape while paused.
    PausedSettingsEditor *pausedEditor() const { return m_pausedEditor; }
    // The asynchronous ledger and notes: the pause controller, the markers, the settings
    // editor, the notes panel and the Paused Services view.
    Storage *storage() const { return m_storage; }
    DeploymentTableModel *model() const { return m_model; }

    const WorkspaceInfo &info() const { return m_info; }
    bool hasLoaded() const { return m_loaded; }
    QDateTime lastUpdated() const;
    ApiError lastError() const { return m_lastError; }

    // Fetches the workspace description and starts polling.
    void start();
    void stop();
    // Re-reads the ledger and notes into the table's markers (after a local change, or when
    // another process such as lepton-console-cli wrote to the database).
    void reloadMarkers();
    // The endpoints' schedules, holds and wake-ups in a few words (name -> hint), laid over the
    // ledger's markers in the Pause column until the next call replaces them.
    void setScheduleHints(const QHash<QString, ScheduleHint> &hints);

Q_SIGNALS:
    void infoLoaded(const WorkspaceInfo &info);
    void refreshed(const DeploymentTableModel::ApplyStats &stats);
    void refreshFailed(const ApiError &error);
    // Sentences about ledger entries settled against the server (a crash mid-pause).
    void reconciled(const QStringList &messages);
    void markersChanged();

private:
    void applyRefresh(const QList<Deployment> &deployments);
    void applyNextSlice();
    void applyMarkers();

    WorkspaceCredentials m_credentials;
    Storage *m_storage;
    LeptonClient *m_client;
    DeploymentPoller *m_poller;
    PauseController *m_pauses;
    PausedSettingsEditor *m_pausedEditor;
    DeploymentTableModel *m_model;
    WorkspaceInfo m_info;
    ApiError m_lastError;
    bool m_loaded = false;
    QHash<QString, PauseMarker> m_ledgerMarkers; // the last overlay read
    QHash<QString, ScheduleHint> m_scheduleHints;
    // A refresh that adds thousands of rows (a first load) goes into the table a slice at a
    // time, one slice per turn of the event loop, so the window never stalls for long.
    QTimer m_sliceTimer;
    QList<Deployment> m_slicing;          // the list being applied
    QList<int> m_slicingNew;              // indexes in it of the rows new to the table
    qsizetype m_slicingNext = 0;          // the first of those not inserted yet
    int m_sliceRows = 500;                // the next slice's size, from the last one's cost
    DeploymentTableModel::ApplyStats m_slicingStats;
};
