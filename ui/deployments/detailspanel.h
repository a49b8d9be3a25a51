#pragma once

#include "app/api/deployment.h"
#include "app/api/leptonclient.h"
#include "app/deployments/actionavailability.h"
#include "app/deployments/deploymentdetailsloader.h"
#include "app/deployments/pausemarker.h"
#include "app/deployments/statuspresentation.h"

#include <QWidget>

class AlertBook;
class ApiError;
class QGroupBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QFormLayout;
class QHBoxLayout;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QTabWidget;
class QToolButton;
class QTreeWidget;
class Storage;
class TimelineView;
class ValueLabel;

// The side panel for the selected resource of any kind (Deployment::kind): an endpoint shows
// everything below; a dev pod or Ray cluster shows what its API gives (status, image, shape,
// replicas or worker groups, who made it) and Pause or Resume, without the endpoint-only parts
// (URL, edit, restart, replicas / readiness / events). Every kind shows the console's pause
// marker when there is one (setPauseMarker: who, since when, what Resume brings back, note).
//
// For an endpoint: name, status, endpoint (copy / open), the
// actions (Pause or Resume, Edit, Restart), the spec summary (image, shape, replicas,
// autoscaling, who created and changed it when), the replicas and their nodes, readiness
// issues, recent events, and the raw JSON for power users (collapsed by default).
//
// Replicas, readiness and events are fetched asynchronously by a DeploymentDetailsLoader when a
// deployment is shown; answers for a deployment no longer shown are ignored. An error of one
// of those calls is shown inline in its own section, in ApiError::userMessage() words.
// About 680 lines in one class: one panel for any kind's details; its sections are small
// builders that share the panel's layout, the selected resource and its pending fetches.
class DetailsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DetailsPanel(QWidget *parent = nullptr);
    ~DetailsPanel() override;

    // The client the detail calls go through; null shows "not connected" in the sections.
    void setClient(LeptonClient *client);
    LeptonClient *client() const { return m_loader->client(); }

    // Shows a deployment: text at once, then fetches replicas, readiness and events.
    // `status` is what the table shows (StatusPresentation::of with the pause marker and
    // pending action); when its text is empty it is computed from the deployment alone.
    // The Pause/Resume button is `action` (the window's DeploymentActions::availability, the
    // rule the toolbar follows): its action, enabled state and reason; without one,
    // ActionAvailability::of the deployment and status.paused.
    void showDeployment(const Deployment &deployment, const StatusPresentation &status = {},
                        const std::optional<ActionAvailability> &action = std::nullopt);
    // The same, reading the deployment, its badge and its action from a row of
    // DeploymentTableModel (or a proxy on it); an invalid index clears the panel.
    void showIndex(const QModelIndex &index);
    // The shown deployment, refreshed by a poll: updates the text, and fetches the details
    // again only when its version or state changed. A different name behaves as showDeployment.
    void updateDeployment(const Deployment &deployment, const StatusPresentation &status = {},
                          const std::optional<ActionAvailability> &action = std::nullopt);
    // Fetches replicas, readiness and events again for the shown deployment.
    void refreshDetails();
    // Shows "Select a deployment" and forgets any answer still under way.
    void clear();
    // The console's pause and latest note for the shown resource (from the ledger); a marker
    // with neither hides the line.
    void setPauseMarker(const PauseMarker &marker);
    PauseMarker pauseMarker() const { return m_marker; }

    // What the Pause/Resume button offers now.
    ActionAvailability actionAvailability() const { return m_action; }
    bool isPaused() const { return m_action.action == ActionAvailability::Action::Resume; }

    // The Timeline section follows the shown resource through the client given above; the
    // console's history comes from `storage` (for `workspaceId`) and alerts from `alerts`.
    void setTimelineSources(Storage *storage, const QString &workspaceId, AlertBook *alerts = nullptr);
    TimelineView *timeline() const { return m_timeline; }
    // Adds a page beside the details (a tab: the Schedule) that follows the shown resource
    // through resourceShown(); the panel owns it. Returns its index.
    int addPage(QWidget *page, const QString &title);

    bool hasDeployment() const { return m_hasDeployment; }
    QString deploymentName() const { return m_hasDeployment ? m_deployment.name : QString(); }
    const Deployment &deployment() const { return m_deployment; }

Q_SIGNALS:
    void pauseRequested(const QString &name);
    void resumeRequested(const QString &name);
    void editRequested(const QString &name);
    void restartRequested(const QString &name);
    // The endpoint was put on the clipboard (for a status-bar note).
    void endpointCopied(const QString &url);
    // Another resource (kind or name) is shown, or none (clear()).
    void resourceShown();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void fillText(bool rawChanged);
    void applyStatusColors();
    void setActionAvailability(const std::optional<ActionAvailability> &action);
    void updatePauseButton();
    // Shows the parts that apply to the shown resource's kind.
    void applyKind();
    void updatePauseMarker();
    void fetchDetails();
    void showReplicas(const DeploymentDetailsLoader::ReplicasResult &result);
    void showReadiness(const DeploymentDetailsLoader::ReadinessResult &result);
    void showEvents(const DeploymentDetailsLoader::EventsResult &result);
    // The line under the badge and the badge's tooltip: why it is in trouble (StatusReason,
    // from what is loaded so far).
    void updateStatusNote();
    void setSectionMessage(ValueLabel *label, const QString &text, bool isError);
    static QString sectionError(const QString &what, const ApiError &error);
    QString autoscalingSummary() const;
    QString replicasSummary() const;
    static QString whenAndWho(qint64 msSinceEpoch, const QString &who);

    DeploymentDetailsLoader *m_loader;
    Deployment m_deployment;
    StatusPresentation m_status;
    bool m_hasDeployment = false;
    ActionAvailability m_action;
    PauseMarker m_marker;
    // A section of the last fetch failed: the next update from a poll fetches them again
    // (the server is back), so an old "could not load" never outlives the outage.
    bool m_sectionFailed = false;
    // What the last fetch brought, for StatusReason.
    QList<ReadinessIssue> m_readinessIssues;
    QList<DeploymentEvent> m_recentEvents;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    QScrollArea *m_scroll = nullptr;
    QTabWidget *m_pages = nullptr;

    ValueLabel *m_name = nullptr;
    QLabel *m_statusBadge = nullptr;
    ValueLabel *m_statusNote = nullptr;
    QPushButton *m_pauseResume = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_restart = nullptr;
    QPushButton *m_reload = nullptr;

    QLineEdit *m_endpoint = nullptr;
    QPushButton *m_copyEndpoint = nullptr;
    QPushButton *m_openEndpoint = nullptr;

    ValueLabel *m_image = nullptr;
    ValueLabel *m_shape = nullptr;
    ValueLabel *m_replicasSummary = nullptr;
    ValueLabel *m_autoscaling = nullptr;
    ValueLabel *m_created = nullptr;
    ValueLabel *m_modified = nullptr;
    ValueLabel *m_owner = nullptr;
    ValueLabel *m_pauseMarker = nullptr;
    QFormLayout *m_form = nullptr;
    QHBoxLayout *m_endpointRow = nullptr;
    QLabel *m_replicasCaption = nullptr;

    QGroupBox *m_replicasBox = nullptr;
    ValueLabel *m_replicasMessage = nullptr;
    QTreeWidget *m_replicas = nullptr;
    QGroupBox *m_readinessBox = nullptr;
    ValueLabel *m_readinessMessage = nullptr;
    QTreeWidget *m_readiness = nullptr;
    QGroupBox *m_eventsBox = nullptr;
    ValueLabel *m_eventsMessage = nullptr;
    QTreeWidget *m_events = nullptr;

    QGroupBox *m_timelineBox = nullptr;
    TimelineView *m_timeline = nullptr;

    QToolButton *m_rawToggle = nullptr;
    QPlainTextEdit *m_rawJson = nullptr;
};
