#pragma once

#include "ui/settings/settingsdialog.h"
#include "ui/settings/storestatusindicator.h"

#include <QAction>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <memory>

class AlertBook;
class AlertEngine;
class AlertFeed;
class AlertNotifier;
class DemoWorkspace;
struct StoreSettings;
class Storage;
class MainWindow;
class QSettings;
class SessionTokens;
class TokenStore;
class WorkspaceFlow;
class WorkspaceRegistry;
class WorkspaceSimulator;

// The window's composition root: it makes and owns, for the life of the process, the
// settings, the local database (the SQLite backend: the one place in ui/ that picks it), the
// keychain (TokenStore) and the session-only tokens, the saved workspaces (WorkspaceRegistry),
// the demo workspace, the main window and the workspace flow, and hands each the others it needs.
// It decides nothing itself: WorkspaceFlow chooses and switches workspaces, DemoWorkspace runs
// the simulator.
//
// Everything is a std::unique_ptr member, declared so that it is destroyed after everything
// that uses it (see the members). Tests and the benchmark drive the console as main() builds it
// through the accessors: flow() for what the user opens, switches and removes.
class ConsoleApplication : public QObject
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
        QString store;                    // --store: wins over LEPTON_CONSOLE_STORE and the settings
        QString notificationBus;          // D-Bus address for desktop notifications; empty: the session bus
    };

    explicit ConsoleApplication(QObject *parent = nullptr);
    // Settings in an INI file of their own (tests); the default constructor uses QSettings().
    explicit ConsoleApplication(const QString &settingsFile, QObject *parent = nullptr);
    ~ConsoleApplication() override;

    // Returns false (with a message already shown or printed) when nothing could be opened.
    // With a team store saved in the settings, its password is read from the keychain first:
    // the store and the flow exist once started() has been emitted (at once otherwise).
    bool start(const Options &options);

    MainWindow *window() const { return m_window.get(); }
    WorkspaceRegistry *registry() const { return m_registry.get(); }
    TokenStore *tokenStore() const { return m_tokenStore.get(); }
    SessionTokens *sessionTokens() const { return m_sessionTokens.get(); }
    QSettings *settings() const { return m_settings.get(); }
    // Which workspace is shown and how the user switches: null until start() has made it.
    WorkspaceFlow *flow() const { return m_flow.get(); }
    DemoWorkspace *demo() const { return m_demo.get(); }
    // Null until the demo workspace has been opened.
    WorkspaceSimulator *simulator() const;
    // The store everything reads and writes now (it changes when the settings switch it).
    Storage *storage() const { return m_storage.get(); }
    // The keychain entries of team store passwords (StoreSettings::KeychainService).
    TokenStore *storePasswords() const { return m_storePasswords.get(); }
    QAction *preferencesAction() const { return m_preferencesAction; }
    // The alerts of the workspace shown (emptied when another workspace opens), and their
    // desktop notifications.
    AlertBook *alertBook() const { return m_alertBook.get(); }
    AlertNotifier *alertNotifier() const { return m_alertNotifier.get(); }
    // Edit > Preferences: opens (or raises) the settings dialog.
    SettingsDialog *showSettings();
    // Moves the running window to another store without a restart: the workspace shown is
    // opened again on it. Does nothing while --store or LEPTON_CONSOLE_STORE names the store.
    void switchStore(const StoreSettings &settings, const QString &password);

Q_SIGNALS:
    // start() has made the store and the flow (later than start() with a saved team store).
    void started();
    // The window works on another store (switchStore()).
    void storeSwitched();

private:
    void addPreferencesAction();
    bool finishStart(const Options &options, const QString &storeUri);
    void reportFirstPaint(const QElapsedTimer &startClock);
    void storeOpened();
    // Points the alert feed at the session just opened (its pollers, tables and token).
    void connectAlertFeed();
    void showStoreError(const QString &why);
    void showRecoveryMessage();
    void setUpAlerts(const Options &options);

    // Destroyed bottom to top: the window (and the dialogs it holds) first, then the flow
    // (the session, the welcome window), then what they use.
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Storage> m_storage;        // the ledger and notes, on their worker thread
    std::unique_ptr<TokenStore> m_tokenStore;
    std::unique_ptr<TokenStore> m_storePasswords;
    std::unique_ptr<SessionTokens> m_sessionTokens;
    std::unique_ptr<WorkspaceRegistry> m_registry;
    std::unique_ptr<AlertBook> m_alertBook;   // read by the notifier, the window and its tray
    std::unique_ptr<AlertNotifier> m_alertNotifier; // goes before the book
    std::unique_ptr<AlertEngine> m_alertEngine;     // raises into the book: goes before it
    std::unique_ptr<AlertFeed> m_alertFeed;         // feeds the engine from the session: goes before both
    std::unique_ptr<DemoWorkspace> m_demo;    // serves the demo session: goes after it
    std::unique_ptr<WorkspaceFlow> m_flow;    // the session and the welcome window
    std::unique_ptr<MainWindow> m_window;     // shows the session: goes before it
    QPointer<QAction> m_preferencesAction;    // the window's
    QPointer<SettingsDialog> m_settingsDialog; // the window's child
    QPointer<StoreStatusIndicator> m_storeIndicator; // the window's status bar's child
    QString m_storeOverride; // the store --store or LEPTON_CONSOLE_STORE names (description)
    bool m_localStore = true;                 // the store is the local SQLite file
    QString m_alertsWorkspace;                // whose alerts the book holds
};
