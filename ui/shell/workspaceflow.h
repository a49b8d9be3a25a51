#pragma once

#include "app/api/apierror.h"
#include "app/credentials/workspacecredentials.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <memory>

class ConnectDialog;
class DemoWorkspace;
class ImportWorkspacesDialog;
class Storage;
class MainWindow;
class QAction;
class QWidget;
class SessionTokens;
class TokenStore;
class WelcomePage;
class WorkspaceRegistry;
class WorkspaceSession;
class WorkspaceSwitcher;

// Which workspace the window shows, and how the user gets to another one:
//  - the start-up decision tree: --demo; --workspace; LEPTON_WORKSPACE_ID/_TOKEN/_URL (as the
//    SDK reads them); the registry's current (or first) workspace; else the welcome window;
//  - open, switch (the toolbar's WorkspaceSwitcher) and re-authentication: a workspace that
//    refuses its token (401/403) gets the re-enter-token dialog while its session, table,
//    notes and ledger stay as they are;
//  - File > Connect, Import from lep CLI and Remove Workspace (keychain entry, registry entry,
//    and the notes only when the user ticks the box; the pause ledger always stays).
//
// Owns the current WorkspaceSession and the welcome window. Everything else (the window, the
// database, the registry, the token stores, the demo) belongs to ConsoleApplication and must
// outlive this object. Every dialog is opened with open(); the accessors let tests drive them.
// About 550 lines in one class: which workspace is shown, from every source (--demo,
// --workspace, environment, registry, welcome), and every switch between them, in one place.
class WorkspaceFlow : public QObject
{
    Q_OBJECT

public:
    struct Services
    {
        MainWindow *window = nullptr;
        Storage *storage = nullptr;
        WorkspaceRegistry *registry = nullptr;
        TokenStore *tokenStore = nullptr;
        SessionTokens *sessionTokens = nullptr;
        DemoWorkspace *demo = nullptr;
    };

    // Adds the switcher to the window's toolbar and Connect / Import / Remove to its File menu.
    explicit WorkspaceFlow(const Services &services, QObject *parent = nullptr);
    ~WorkspaceFlow() override;

    // The start-up decision tree. `url` (--url, already checked) overrides the base URL of the
    // workspace opened at start and prefills the connect dialog. Returns false, with a message
    // shown, when nothing can be opened (an invalid --workspace or environment).
    bool start(bool demo, const QString &workspaceId, const QUrl &url);

    WelcomePage *welcomePage() const { return m_welcome.get(); }
    WorkspaceSwitcher *switcher() const;
    WorkspaceSession *session() const { return m_session.get(); }
    ConnectDialog *connectDialog() const;
    ImportWorkspacesDialog *importDialog() const;
    bool isDemoSession() const { return m_session && m_sessionIsDemo; }
    QAction *connectAction() const;
    QAction *importAction() const;
    QAction *removeAction() const;
    // The window to put a dialog on: the welcome window while it stands alone, else the main window.
    QWidget *dialogParent() const;

    // Another store for everything from now on (the settings switched it): the workspace
    // shown is opened again on it. `storage` must outlive this object or be replaced first.
    void setStorage(Storage *storage);

    // Opens a workspace in the window, replacing the current one.
    void openWorkspace(const WorkspaceCredentials &credentials);
    // Opens a workspace by id: its token from this session's tokens or the keychain (read
    // asynchronously); without one, the connect dialog prefilled for it. `baseUrl` overrides
    // the saved base URL.
    void openSavedWorkspace(const QString &workspaceId, const QUrl &baseUrl = QUrl());
    // Starts the demo workspace if needed and opens it.
    bool openDemo();
    // The connect dialog; prefilled when an id is given. `reason` says why it is shown.
    ConnectDialog *showConnectDialog(const QString &workspaceId = QString(), const QUrl &baseUrl = QUrl(),
                                     const QString &reason = QString());
    // Reads the lep CLI's file and shows what it holds.
    ImportWorkspacesDialog *showImportDialog();
    // Asks, then removes the saved workspace: its keychain entry and its registry entry;
    // notes only when the user ticks the box. The pause ledger is always kept. The box opens
    // once the store has counted the workspace's notes (asynchronously).
    void removeWorkspace(const QString &workspaceId);

Q_SIGNALS:
    // A workspace session was created and shown.
    void workspaceOpened(const QString &workspaceId);
    // A removal finished (the keychain entry and the registry entry are gone).
    void workspaceRemoved(const QString &workspaceId);
    // The session's token was refused; the re-enter-token dialog is open.
    void reauthenticationRequested(const QString &workspaceId);

private:
    // The question of removeWorkspace; noteCount -1: the notes could not be counted.
    void showRemoveWorkspaceDialog(const QString &workspaceId, int noteCount);
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

    Services m_services;
    QUrl m_url; // --url: prefills the connect dialog the welcome window opens
    // The window's children: it deletes them (it goes before this object, see ConsoleApplication).
    QPointer<WorkspaceSwitcher> m_switcher;
    QPointer<QAction> m_connectAction;
    QPointer<QAction> m_importAction;
    QPointer<QAction> m_removeAction;
    QPointer<ConnectDialog> m_connectDialog;
    QPointer<ImportWorkspacesDialog> m_importDialog;
    std::unique_ptr<WelcomePage> m_welcome;
    std::unique_ptr<WorkspaceSession> m_session;
    bool m_sessionIsDemo = false;
    bool m_reauthenticating = false;
    int m_openGeneration = 0; // bumps on every open: a late keychain answer for an older choice is dropped
};
