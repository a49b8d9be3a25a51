#pragma once

#include "app/api/apierror.h"
#include "app/credentials/sessiontokens.h"
#include "app/credentials/workspacecredentials.h"
#include "app/workspaces/workspacesession.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

class ConnectDialog;
class ImportWorkspacesDialog;
class LocalDatabase;
class MainWindow;
class QAction;
class QSettings;
class QWidget;
class TokenStore;
class WelcomePage;
class WorkspaceRegistry;
class WorkspaceSimulator;
class WorkspaceSwitcher;

// Puts the console together: the local database, the settings, the saved workspaces
// (WorkspaceRegistry) and their tokens (TokenStore: the system keychain; SessionTokens: kept
// in memory only), the current workspace session and the main window; starts the built-in
// simulator for the demo workspace.
//
// The workspace flow lives here too: the welcome window on first run, the connect dialog,
// the workspace switcher in the toolbar, import from the lep CLI, removing a workspace, and
// asking for a new token when a workspace refuses the one it has (401/403) while keeping the
// session, its table, notes and ledger as they are. Every dialog is opened with open(); the
// accessors below let tests drive them.
class ApplicationController : public QObject
{
    Q_OBJECT

public:
    struct Options {
        bool demo = false;
        int demoDeployments = 0;          // 0: the hand-picked demo population
        QString workspaceId;              // --workspace: a saved workspace to open
        QUrl url;                         // --url: base URL for the workspace opened at start
        bool exitAfterFirstLoad = false;  // for the start-up benchmark
        QElapsedTimer startClock;         // started by main() before anything else
        QString keychainService;          // empty: TokenStore::defaultServiceName (tests use their own)
    };

    explicit ApplicationController(QObject *parent = nullptr);
    // Settings in an INI file of their own (tests); the default constructor uses QSettings().
    explicit ApplicationController(const QString &settingsFile, QObject *parent = nullptr);
    ~ApplicationController() override;

    // Returns false (with a message already shown or printed) when nothing could be opened.
    bool start(const Options &options);

    MainWindow *window() const { return m_window.get(); }
    WelcomePage *welcomePage() const { return m_welcome; }
    WorkspaceSwitcher *switcher() const { return m_switcher; }
    WorkspaceSession *session() const { return m_session; }
    WorkspaceSimulator *simulator() const { return m_simulator; }
    WorkspaceRegistry *registry() const { return m_registry; }
    TokenStore *tokenStore() const { return m_tokenStore; }
    SessionTokens *sessionTokens() { return &m_sessionTokens; }
    QSettings *settings() const { return m_settings.get(); }
    // The dialog open now, if any.
    ConnectDialog *connectDialog() const;
    ImportWorkspacesDialog *importDialog() const;
    // Whether the session shown is the built-in demo workspace.
    bool isDemoSession() const { return m_session && m_sessionIsDemo; }

    QAction *connectAction() const { return m_connectAction; }
    QAction *importAction() const { return m_importAction; }
    QAction *removeAction() const { return m_removeAction; }

    // Opens a workspace in the window, replacing the current one.
    void openWorkspace(const WorkspaceCredentials &credentials);
    // Opens a workspace by id: its token from this session's tokens or the keychain (read
    // asynchronously); without one, the connect dialog prefilled for it. `baseUrl` overrides
    // the saved base URL.
    void openSavedWorkspace(const QString &workspaceId, const QUrl &baseUrl = QUrl());
    // Starts the demo workspace's simulator if needed and opens it.
    bool openDemo();

    // The connect dialog; prefilled when an id is given. `reason` says why it is shown.
    ConnectDialog *showConnectDialog(const QString &workspaceId = QString(), const QUrl &baseUrl = QUrl(),
                                     const QString &reason = QString());
    // Reads the lep CLI's file and shows what it holds.
    ImportWorkspacesDialog *showImportDialog();
    // Asks, then removes the saved workspace: its keychain entry and its registry entry;
    // notes only when the user ticks the box. The pause ledger is always kept.
    void removeWorkspace(const QString &workspaceId);

Q_SIGNALS:
    // A workspace session was created and shown.
    void workspaceOpened(const QString &workspaceId);
    // A removal finished (the keychain entry and the registry entry are gone).
    void workspaceRemoved(const QString &workspaceId);
    // The session's token was refused; the re-enter-token dialog is open.
    void reauthenticationRequested(const QString &workspaceId);

private:
    bool startDemo(int deployments);
    void setUpWorkspaceControls();
    void openSession(const WorkspaceCredentials &credentials, bool demo);
    void closeSession();
    void onAuthorizationFailed(WorkspaceSession *session, const ApiError &error);
    void onWorkspaceConnected(const WorkspaceCredentials &credentials, bool sessionOnly);
    void onWorkspaceChosen(const QString &workspaceId, int kind);
    void finishRemoval(const QString &workspaceId, bool deleteNotes);
    void openSomethingAfterRemoval();
    void updateWorkspaceControls();
    void showMainWindow();
    void showWelcome(const QString &message = QString());
    QWidget *dialogParent() const;

    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<LocalDatabase> m_database;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<WelcomePage> m_welcomeOwner;
    WelcomePage *m_welcome = nullptr;
    WorkspaceRegistry *m_registry = nullptr;
    TokenStore *m_tokenStore = nullptr;
    SessionTokens m_sessionTokens;
    WorkspaceSwitcher *m_switcher = nullptr;
    QAction *m_connectAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_removeAction = nullptr;
    QPointer<ConnectDialog> m_connectDialog;
    QPointer<ImportWorkspacesDialog> m_importDialog;
    QPointer<WorkspaceSession> m_session;
    bool m_sessionIsDemo = false;
    bool m_reauthenticating = false;
    int m_openGeneration = 0; // bumps on every open: a late keychain answer for an older choice is dropped
    WorkspaceSimulator *m_simulator = nullptr;
    Options m_options;
};
