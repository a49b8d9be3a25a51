#pragma once

#include "app/pause/pauseoutcome.h"
#include "app/watch/alert.h"
#include "app/workspaces/workspacesession.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

class AlertBook;
class AlertsView;
class DeploymentActions;
class DeploymentFilterModel;
class DeploymentsView;
class DetailsPanel;
class ErrorBanner;
class NotesPanel;
class PausedServicesView;
class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QSettings;
class QSplitter;
class QTableView;
class QToolBar;
class TokenExpiryWatcher;
class TrayIcon;
class WindowDocks;
class WindowMenus;

struct Deployment;
class DeploymentSettings;
class TokenExpiryNotice;

// The console's main window: toolbar and status bar around the kind tabs (the deployments
// view first: the table, its filter and its banner; then dev pods and Ray clusters) and the
// details panel beside them. What can be done to the current tab's selection is
// DeploymentActions; the menu bar is WindowMenus and the docks below are WindowDocks.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `settings` keeps window state and per-workspace table layout; it must outlive the window.
    explicit MainWindow(QSettings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows a workspace (the window does not own the session).
    void setSession(WorkspaceSession *session);
    WorkspaceSession *session() const { return m_session; }

    DeploymentsView *deploymentsView() const { return m_view; }
    DeploymentActions *deploymentActions() const { return m_actions; }
    QTableView *table() const;
    DeploymentFilterModel *proxy() const;
    DetailsPanel *detailsPanel() const { return m_details; }
    ErrorBanner *banner() const;
    NotesPanel *notesPanel() const { return m_notesPanel; }
    PausedServicesView *pausedServicesView() const { return m_pausedView; }
    // The console's alerts (ConsoleApplication owns the book; it must outlive the window or
    // be unset first): the Alerts dock lists them, the tray counts them.
    void setAlertBook(AlertBook *book);
    AlertsView *alertsView() const { return m_alertsView; }
    QDockWidget *alertsDock() const;
    TrayIcon *trayIcon() const { return m_tray; }
    QStringList selectedNames() const;
    // Selects a deployment by name (tests, --select).
    bool selectDeployment(const QString &name);

    // Where the application adds workspace controls (switcher, connect, import).
    QToolBar *mainToolBar() const { return m_toolbar; }
    QMenu *fileMenu() const;
    QMenu *viewMenu() const;
    QMenu *helpMenu() const;

    // The actions, for menus elsewhere and for tests.
    QAction *pauseAction() const;
    QAction *pauseWithNoteAction() const;
    QAction *resumeAction() const;
    QAction *editAction() const;
    QAction *refreshAction() const { return m_refreshAction; }
    QAction *openDemoAction() const { return m_openDemoAction; }
    QAction *replaceTokenAction() const { return m_replaceTokenAction; }

    // The banner over the deployments that warns of the token's expiry, and what keeps it
    // current (read when a workspace connects, after a new token, and once a day).
    ErrorBanner *tokenBanner() const { return m_tokenBanner; }
    TokenExpiryWatcher *tokenExpiryWatcher() const { return m_tokenWatcher; }

public Q_SLOTS:
    // The deployment actions (DeploymentActions), here for the tray, the demo and tests.
    void pauseDeployments(const QStringList &names, const QString &reason, const QDate &remindOn);
    void resumeDeployment(const QString &name, bool force = false, std::optional<int> replicas = std::nullopt);
    void openEditor(const QString &name);
    // Selects the resource's row in its tab (a deployment, pod or Ray cluster); false when it is
    // not listed.
    bool revealResource(ResourceKind kind, const QString &name);
    // A notification's "Show": the window comes to the front (from the tray too), with the
    // alert's resource selected and the alert current in the Alerts dock.
    void showAlert(const Alert &alert);
    // A notification's "Resume": the window comes to the front and resumes the resource the
    // way its toolbar does (the same questions).
    void resumeAlert(const Alert &alert);

Q_SIGNALS:
    // A pause or resume finished (for tests and the tray).
    void pauseFinished(const PauseOutcome &outcome);
    void firstLoadFinished();
    // File > Open Demo Workspace: the user asked for the demo (WorkspaceFlow opens it).
    void openDemoRequested();
    // The token banner's Replace Token: the user wants to give this workspace a new token.
    void replaceTokenRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildActions();
    void buildUi();
    void updateStatusLine();
    void updateCountLine();
    void showCurrentInDetails();
    void showTokenNotice(const TokenExpiryNotice &notice);

    QSettings *m_settings;
    QPointer<WorkspaceSession> m_session;

    DeploymentsView *m_view;
    DeploymentActions *m_actions;
    DetailsPanel *m_details;
    QSplitter *m_splitter;
    QLabel *m_statusLine;
    QLabel *m_countLine;
    NotesPanel *m_notesPanel;
    PausedServicesView *m_pausedView;
    TrayIcon *m_tray = nullptr;
    AlertsView *m_alertsView = nullptr;
    WindowDocks *m_docks = nullptr;
    WindowMenus *m_menus = nullptr;
    QTimer m_statusTimer;
    bool m_stateRestored = false;  // the docks' sizes came from the settings

    QToolBar *m_toolbar = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_detailsAction = nullptr;
    QAction *m_openDemoAction = nullptr;
    QAction *m_replaceTokenAction = nullptr;
    ErrorBanner *m_tokenBanner = nullptr;
    TokenExpiryWatcher *m_tokenWatcher = nullptr;
    QPointer<AlertBook> m_alertBook;
};
