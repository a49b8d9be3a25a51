#pragma once

#include "app/pause/pauseoutcome.h"
#include "app/workspaces/workspacesession.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

class BadgeAnimator;
class DeploymentFilterModel;
class DetailsPanel;
class ErrorBanner;
class QAction;
class QActionGroup;
class QLabel;
class QLineEdit;
class QSettings;
class QSplitter;
class QStackedWidget;
class LogWindow;
class NotesPanel;
class TrayIcon;
class PausedServicesView;
class QDockWidget;
class QMenu;
class QTableView;
class QToolBar;
class StatusBadgeDelegate;

struct Deployment;
class DeploymentSettings;

// The console's main window: the deployments of the current workspace in a live table,
// a details panel beside it, an error banner above it, and the actions on the selection
// (Edit, Pause, Resume, Restart, copy and open the endpoint).
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

    QTableView *table() const { return m_table; }
    DeploymentFilterModel *proxy() const { return m_proxy; }
    DetailsPanel *detailsPanel() const { return m_details; }
    ErrorBanner *banner() const { return m_banner; }
    NotesPanel *notesPanel() const { return m_notesPanel; }
    PausedServicesView *pausedServicesView() const { return m_pausedView; }
    QStringList selectedNames() const;
    // Selects a deployment by name (tests, --select).
    bool selectDeployment(const QString &name);

    // Where the application adds workspace controls (switcher, connect, import).
    QToolBar *mainToolBar() const { return m_toolbar; }
    QMenu *fileMenu() const { return m_fileMenu; }
    QMenu *viewMenu() const { return m_viewMenu; }
    QMenu *helpMenu() const { return m_helpMenu; }

    // The actions, for menus elsewhere and for tests.
    QAction *pauseAction() const { return m_pauseAction; }
    QAction *pauseWithNoteAction() const { return m_pauseWithNoteAction; }
    QAction *resumeAction() const { return m_resumeAction; }
    QAction *editAction() const { return m_editAction; }
    QAction *refreshAction() const { return m_refreshAction; }

public Q_SLOTS:
    void pauseSelected();
    void pauseSelectedWithNote();
    void resumeSelected();
    void editSelected();
    void restartSelected();
    void copyEndpoint();
    void openEndpoint();

    void pauseDeployments(const QStringList &names, const QString &reason, const QDate &remindOn);
    void resumeDeployment(const QString &name, bool force = false, std::optional<int> replicas = std::nullopt);
    void openEditor(const QString &name);
    // "Pause while applying": pause, apply `edited` as an edit of the paused deployment
    // (replicas to the ledger, image and shape to the server), then resume with them.
    void applyWhilePaused(const QString &name, const DeploymentSettings &edited);

Q_SIGNALS:
    // A pause or resume finished (for tests and the tray).
    void pauseFinished(const PauseOutcome &outcome);
    void firstLoadFinished();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildActions();
    void buildUi();
    void buildMenus();
    void updateActions();
    void updatePlaceholder();
    void updateStatusLine();
    void showCurrentInDetails();
    void onRefreshed();
    void onRefreshFailed();
    void reportOutcome(const PauseOutcome &outcome);
    // After a pause, resume or restart: the table asks the server again, now.
    void refreshAfterAction();
    void showHeaderMenu(const QPoint &pos);
    void showRowMenu(const QPoint &pos);
    void saveTableState();
    void restoreTableState();
    QString tableStateKey() const;
    QString currentName() const;
    const Deployment *currentDeployment() const;

    QSettings *m_settings;
    QPointer<WorkspaceSession> m_session;

    DeploymentFilterModel *m_proxy;
    QTableView *m_table;
    StatusBadgeDelegate *m_badgeDelegate;
    BadgeAnimator *m_animator = nullptr;
    DetailsPanel *m_details;
    ErrorBanner *m_banner;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QSplitter *m_splitter;
    QLineEdit *m_filter;
    QLabel *m_statusLine;
    QLabel *m_countLine;
    NotesPanel *m_notesPanel;
    PausedServicesView *m_pausedView;
    QDockWidget *m_notesDock = nullptr;
    TrayIcon *m_tray = nullptr;
    QPointer<LogWindow> m_logWindow;
    QDockWidget *m_pausedDock = nullptr;
    QTimer m_statusTimer;
    bool m_firstLoadReported = false;

    QToolBar *m_toolbar = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_pauseAction = nullptr;
    QAction *m_pauseWithNoteAction = nullptr;
    QAction *m_resumeAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_restartAction = nullptr;
    QAction *m_copyEndpointAction = nullptr;
    QAction *m_openEndpointAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_detailsAction = nullptr;
    QActionGroup *m_quickFilterGroup = nullptr;
    QString m_lastSkippedMessage; // the last "could not be read" warning shown
};
