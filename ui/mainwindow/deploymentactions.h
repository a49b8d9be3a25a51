#pragma once

#include "app/api/deployment.h"
#include "app/deployments/actionavailability.h"
#include "app/pause/pauseoutcome.h"
#include "app/pause/settlewatch.h"
#include "app/storage/pauseentry.h"

#include <QDate>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

#include <optional>

class DeploymentSettings;
class DeploymentsView;
class KindTabs;
class QAction;
class QMenu;
class QPoint;
class QSettings;
class QWidget;
class ResourceView;
class WorkspaceSession;

// What a user can do to deployments, as QActions shared by the menus, the toolbar, the row
// menu, the details panel and the tray: Edit, Pause, Pause with Note, Resume, Restart, copy
// and open the endpoint. It keeps their enabled state (and the reason in the tooltip when
// one is off) in step with the selected rows, runs each action through the core workflows
// and reports the outcome in the view's banner.
//
// Pause and Resume ask first (naming the deployments and their replicas) unless the
// workspace's "ask before pausing or resuming" setting is off, and the last pause or resume
// can be undone (Edit > Undo, or the banner's Undo: the same path) while it still applies.
// About 750 lines in one class: every action on the selected deployments with its one
// enablement rule (ActionAvailability), shared by the toolbar, menus, row menu, details panel
// and tray; one object so that they can never disagree.
class DeploymentActions : public QObject
{
    Q_OBJECT

public:
    // The actions' shortcuts work anywhere in `window`, which also parents the dialogs.
    // `settings` keeps the per-workspace "ask first" choice; it must outlive the actions.
    DeploymentActions(DeploymentsView *view, QSettings *settings, QWidget *window);
    ~DeploymentActions() override;

    void setSession(WorkspaceSession *session);
    // The kind tabs: while a dev pod or Ray cluster tab is current, Pause, Pause with Note,
    // Resume and Logs act on that tab's selection, with its rows' availability (the rule of
    // its row menu); the endpoint-only actions are off. Null: the deployments view only.
    void setKindTabs(KindTabs *tabs);

    QAction *pauseAction() const { return m_pauseAction; }
    QAction *pauseWithNoteAction() const { return m_pauseWithNoteAction; }
    QAction *resumeAction() const { return m_resumeAction; }
    QAction *editAction() const { return m_editAction; }
    QAction *restartAction() const { return m_restartAction; }
    QAction *copyEndpointAction() const { return m_copyEndpointAction; }
    QAction *openEndpointAction() const { return m_openEndpointAction; }
    QAction *historyAction() const { return m_historyAction; }
    QAction *logsAction() const { return m_logsAction; }
    QAction *undoAction() const { return m_undoAction; }
    // Checkable: whether Pause and Resume ask first in this workspace.
    QAction *askBeforeActingAction() const { return m_askAction; }

    bool asksBeforeActing() const;
    void setAskBeforeActing(bool ask);

    // Pause or Resume for the deployment `name` as every view offers it: the model's
    // ActionAvailability for its row, off with the reason while the server cannot be reached.
    ActionAvailability availability(const QString &name) const;

    // Adds the deployment actions to a menu (the Deployment menu).
    void addTo(QMenu *menu) const;
    // The row menu at a global position.
    void showRowMenu(const QPoint &globalPos);

public Q_SLOTS:
    void pauseSelected();
    void pauseSelectedWithNote();
    void resumeSelected();
    void editSelected();
    void restartSelected();
    void copyEndpoint();
    void openEndpoint();
    // Opens the History of the selected deployment (DeploymentHistoryDialog).
    void showHistory();
    // Opens the Logs view of the selected deployment (LogsView), one window per deployment.
    void showLogs();

    // Pause or resume with the question first (when the workspace asks), as the actions do.
    void requestPause(const QStringList &names);
    void requestResume(const QStringList &names);
    // Takes back the last pause or resume, asking as requestPause/requestResume do.
    void undoLast();

    // Without a question: the workflow itself.
    void pauseDeployments(const QStringList &names, const QString &reason, const QDate &remindOn);
    void resumeDeployment(const QString &name, bool force = false, std::optional<int> replicas = std::nullopt);
    void openEditor(const QString &name);
    void openEditorWith(const QString &name, const std::optional<PauseEntry> &entry);
    void restartDeployment(const QString &name);
    // "Pause while applying": pause, apply `edited` as an edit of the paused deployment
    // (replicas to the ledger, image and shape to the server), then resume with them.
    void applyWhilePaused(const QString &name, const DeploymentSettings &edited);
    void updateActions();

Q_SIGNALS:
    // A pause or resume finished (for tests and the tray).
    void pauseFinished(const PauseOutcome &outcome);
    // A short message for the status bar ("Copied …").
    void statusMessage(const QString &message);

private:
    enum class Action { Pause, Resume };
    struct LastAction
    {
        enum class Kind { None, Pause, Resume };
        Kind kind = Kind::None;
        QStringList names;
    };
    // Asks `text` with `button` as the way to go on (Cancel is the default), then runs `run`.
    void confirm(const QString &title, const QString &text, const QString &details, const QString &button,
                 std::function<void()> run);
    // "2–4 replicas", "1 replica".
    static QString replicasText(std::optional<int> min, std::optional<int> max);
    // The current kind tab's view when it is a dev pod or Ray cluster tab; null on Endpoints.
    ResourceView *resourceTab() const;
    // The selection the window's actions act on: the current tab's, and its rows' availability.
    QStringList shownSelection() const;
    ActionAvailability shownAvailability(const QString &name) const;
    // The selected rows of the current tab that offer `action` now.
    QStringList selectedFor(ActionAvailability::Action action) const;
    bool undoApplies() const;
    void updateUndo();
    void reportOutcome(const PauseOutcome &outcome, Action action);
    // The endpoints' rows, for SettleWatch.
    SettleWatch::Lookup rowLookup() const;
    // Says `done` (with Undo) once every row in `names` shows it; until then, that it was
    // sent and the server is on it.
    void reportWhenShown(const QStringList &names, Action action, const QString &done);
    // After a refresh or a ledger change: says the awaited "done" if the rows show it now,
    // forgets it if they went another way.
    void reportSettled();
    // The sentence for a failed pause or resume: what was not done, and whether anything changed.
    QString failureMessage(const PauseOutcome &outcome, Action action);
    // After a pause, resume or restart: the table asks the server again, now.
    void refreshAfterAction();

    DeploymentsView *m_view;
    QPointer<KindTabs> m_kinds;
    QSettings *m_settings;
    QWidget *m_window;
    QPointer<WorkspaceSession> m_session;

    QAction *m_pauseAction = nullptr;
    QAction *m_pauseWithNoteAction = nullptr;
    QAction *m_resumeAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_restartAction = nullptr;
    QAction *m_copyEndpointAction = nullptr;
    QAction *m_openEndpointAction = nullptr;
    QAction *m_historyAction = nullptr;
    QAction *m_logsAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_askAction = nullptr;
    LastAction m_last;
    // A pause or resume the server took, whose "done" waits until the rows show it.
    SettleWatch m_settle;
};
