#include "ui/shell/consoleapplication.h"

#include "app/credentials/sessiontokens.h"
#include "app/credentials/tokenstore.h"
#include "app/credentials/workspaceurl.h"
#include "app/storage/storage.h"
#include "app/deployments/deploymentpoller.h"
#include "app/pause/pauseoutcome.h"
#include "app/resources/resourcesession.h"
#include "app/watch/alertbook.h"
#include "app/watch/alertengine.h"
#include "app/watch/alertfeed.h"
#include "app/watch/alertnotifier.h"
#include "app/storage/storagedisposal.h"
#include "app/storage/storagefactory.h"
#include "app/storage/storesettings.h"
#include "app/workspaces/workspaceregistry.h"
#include "app/workspaces/workspacesession.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/resources/kindtabs.h"
#include "ui/shell/demoworkspace.h"
#include "ui/shell/firstpaintprobe.h"
#include "ui/savings/pricespage.h"
#include "ui/settings/settingsdialog.h"
#include "ui/settings/storestatusindicator.h"
#include "ui/settings/alertrulespage.h"
#include "ui/settings/teamstorepage.h"
#include "ui/schedule/windowschedulerunner.h"
#include "ui/shell/workspaceflow.h"

#include <QAction>
#include <QCoreApplication>
#include <QDBusConnection>
#include <QKeySequence>
#include <QMenu>
#include <QStatusBar>
#include <QMessageBox>
#include <QSettings>
#include <QTableView>
#include <QTimer>

#include <cstdio>

// The strings keep the translation context they had in ApplicationController.

ConsoleApplication::ConsoleApplication(QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>())
    , m_sessionTokens(std::make_unique<SessionTokens>())
    , m_registry(std::make_unique<WorkspaceRegistry>(m_settings.get()))
{
}

ConsoleApplication::ConsoleApplication(const QString &settingsFile, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(settingsFile, QSettings::IniFormat))
    , m_sessionTokens(std::make_unique<SessionTokens>())
    , m_registry(std::make_unique<WorkspaceRegistry>(m_settings.get()))
{
}

// The members go in the reverse order of their declaration (see the header).
ConsoleApplication::~ConsoleApplication() = default;

bool ConsoleApplication::start(const Options &options)
{
    const QString keychainService = options.keychainService.isEmpty()
                                        ? QString::fromLatin1(TokenStore::defaultServiceName)
                                        : options.keychainService;
    m_tokenStore = std::make_unique<TokenStore>(keychainService);
    m_storePasswords = std::make_unique<TokenStore>(options.keychainService.isEmpty()
                                                        ? QString::fromLatin1(StoreSettings::KeychainService)
                                                        : keychainService + QStringLiteral("-store"));
    m_window = std::make_unique<MainWindow>(m_settings.get());
    setUpAlerts(options);
    addPreferencesAction();
    // Which store this is, and whether changes go through, in the status bar (the window's child).
    m_storeIndicator = new StoreStatusIndicator(m_window.get());
    m_window->statusBar()->addPermanentWidget(m_storeIndicator);

    // The store: --store, else LEPTON_CONSOLE_STORE, else the settings' Team Store page, else
    // the local file. A saved team store's password comes from the keychain (asynchronously).
    const QString named = (options.store.isEmpty() ? qEnvironmentVariable(StorageFactory::EnvVar) : options.store).trimmed();
    if (!named.isEmpty()) {
        m_storeOverride = StorageFactory::choose(named).description;
        return finishStart(options, named);
    }
    const StoreSettings saved = StoreSettings::load(*m_settings);
    if (saved.kind == StoreSettings::Kind::Team && saved.problem().isEmpty()) {
        m_storePasswords->readToken(saved.keychainKey(), this, [this, options, saved](const TokenStore::Result &result) {
            // No entry: libpq's own ways (~/.pgpass, PGPASSWORD) or none.
            if (!finishStart(options, saved.uri(result.isOk() ? result.token : QString())))
                QCoreApplication::exit(1);
        });
        return true;
    }
    return finishStart(options, QStringLiteral("sqlite:"));
}

bool ConsoleApplication::finishStart(const Options &options, const QString &storeUri)
{
    // The backend is picked here. Either opens on its worker (SqliteStorage creates, migrates,
    // recovers the file; a team store connects), so the window is built meanwhile; calls wait
    // behind the open. Everything, the window's views included, reads and writes through it.
    QString storeError;
    const StorageFactory::Choice choice = StorageFactory::choose(storeUri);
    m_storage = StorageFactory::open(choice, &storeError);
    if (!m_storage) {
        showStoreError(storeError);
        return false;
    }
    // What the open found is shown when it ends (storeOpened()).
    m_localStore = choice.backend == StorageFactory::Backend::Sqlite;
    if (m_storage->status().opening)
        connect(m_storage.get(), &Storage::statusChanged, this, &ConsoleApplication::storeOpened, Qt::SingleShotConnection);
    else
        QTimer::singleShot(0, this, [this] { storeOpened(); });
    m_storeIndicator->setStorage(m_storage.get());
    m_demo = std::make_unique<DemoWorkspace>(options.demoDeployments);
    m_flow = std::make_unique<WorkspaceFlow>(WorkspaceFlow::Services{m_window.get(), m_storage.get(), m_registry.get(),
                                                                     m_tokenStore.get(), m_sessionTokens.get(),
                                                                     m_demo.get()});

    QString why;
    if (!options.url.isEmpty() && !WorkspaceUrl::isAllowedBaseUrl(options.url, &why)) {
        QMessageBox::critical(m_window.get(), QCoreApplication::translate("ApplicationController", "Lepton Console"),
                              QCoreApplication::translate("ApplicationController", "--url: %1").arg(why));
        return false;
    }
    if (options.exitAfterFirstLoad)
        reportFirstPaint(options.startClock);
    // Another workspace's alerts are not this one's: the book starts empty for each.
    connect(m_flow.get(), &WorkspaceFlow::workspaceOpened, this, [this](const QString &workspaceId) {
        if (workspaceId != m_alertsWorkspace)
            m_alertBook->clear();
        m_alertsWorkspace = workspaceId;
    });

    // The alert engine watches the workspace shown: its endpoints, dev pods and Ray clusters,
    // their pause markers, the token; the rules are the workspace's (Preferences ▸ Alert Rules).
    m_alertEngine = std::make_unique<AlertEngine>(m_alertBook.get());
    m_alertFeed = std::make_unique<AlertFeed>(m_alertEngine.get());
    m_alertFeed->setSettings(m_settings.get()); // where the Alert Rules page writes
    connect(m_flow.get(), &WorkspaceFlow::workspaceOpened, this, [this] { connectAlertFeed(); });
    connect(m_window.get(), &MainWindow::pauseFinished, m_alertFeed.get(),
            [this](const PauseOutcome &outcome) { m_alertFeed->noteOutcome(outcome); });
    // A scheduled pause or resume that failed is an alert (closed when a later one succeeds).
    if (auto *runner = m_window->findChild<WindowScheduleRunner *>(QStringLiteral("scheduleRunner"))) {
        connect(runner, &WindowScheduleRunner::ran, m_alertFeed.get(), [this](const ScheduleRunner::Report &report) {
            for (const ScheduleRunner::Item &item : report.items) {
                if (item.failed() || item.kind == ScheduleRunner::Item::Kind::Done)
                    m_alertFeed->observeScheduledTransition(item.workspaceId, item.resourceKind, item.name, item.failed(),
                                                            item.message);
            }
        });
    }

    if (!m_flow->start(options.demo, options.workspaceId, options.url))
        return false;
    Q_EMIT started();
    return true;
}

// The alerts' book, their desktop notifications and where they are shown: the window's Alerts
// dock and its tray. A notification's Show and Resume act in the window, hidden or not.
void ConsoleApplication::setUpAlerts(const Options &options)
{
    m_alertBook = std::make_unique<AlertBook>();
    const QDBusConnection bus = options.notificationBus.isEmpty()
        ? QDBusConnection::sessionBus()
        : QDBusConnection::connectToBus(options.notificationBus, QStringLiteral("lepton-notifications"));
    m_alertNotifier = std::make_unique<AlertNotifier>(bus, m_settings.get());
    m_alertNotifier->setAlertBook(m_alertBook.get());
    // Quiet while the user looks at the window: the dock shows the alert there.
    m_alertNotifier->setQuiet([this] { return m_window && m_window->isVisible() && m_window->isActiveWindow(); });
    m_window->setAlertBook(m_alertBook.get());
    connect(m_alertNotifier.get(), &AlertNotifier::showRequested, m_window.get(), &MainWindow::showAlert);
    connect(m_alertNotifier.get(), &AlertNotifier::resumeRequested, m_window.get(), &MainWindow::resumeAlert);
}

void ConsoleApplication::addPreferencesAction()
{
    QMenu *edit = m_window->findChild<QMenu *>(QStringLiteral("editMenu"));
    if (!edit)
        return;
    edit->addSeparator();
    m_preferencesAction = edit->addAction(tr("&Preferences…"), this, [this] { showSettings(); });
    m_preferencesAction->setObjectName(QStringLiteral("preferencesAction"));
    QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (!keys.contains(QKeySequence(tr("Ctrl+,"))))
        keys << QKeySequence(tr("Ctrl+,"));
    m_preferencesAction->setShortcuts(keys);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
}

SettingsDialog *ConsoleApplication::showSettings()
{
    if (!m_settingsDialog) {
        m_settingsDialog = new SettingsDialog(m_window.get());
        auto *store = new TeamStorePage(m_settings.get(), m_storePasswords.get());
        store->setOverride(m_storeOverride);
        connect(store, &TeamStorePage::storeChanged, this, &ConsoleApplication::switchStore);
        m_settingsDialog->addPage(store);
        // The rules of the workspace shown (with none, of no workspace: "default").
        auto *rules = new AlertRulesPage(m_settings.get(), m_alertsWorkspace);
        connect(rules, &AlertRulesPage::rulesChanged, m_alertFeed.get(), &AlertFeed::reloadRules);
        connect(rules, &AlertRulesPage::rulesChanged, m_alertNotifier.get(), &AlertNotifier::reloadRules);
        m_settingsDialog->addPage(rules);
        // The prices of the store in use (issue 22), the editor of the Savings window's dialog.
        const WorkspaceSession *session = m_window->session();
        m_settingsDialog->addPage(new PricesPage(m_storage.get(), session ? session->info().supportedShapes : QStringList()));
        m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_settingsDialog->open();
    m_settingsDialog->raise();
    m_settingsDialog->activateWindow();
    return m_settingsDialog;
}

void ConsoleApplication::switchStore(const StoreSettings &settings, const QString &password)
{
    if (!m_storeOverride.isEmpty() || !m_flow)
        return;
    const QString uri = settings.kind == StoreSettings::Kind::Team ? settings.uri(password) : QStringLiteral("sqlite:");
    QString error;
    std::unique_ptr<Storage> next = StorageFactory::open(StorageFactory::choose(uri), &error);
    if (!next) {
        QMessageBox::warning(m_flow->dialogParent(), tr("Team Store"), error);
        return;
    }
    std::unique_ptr<Storage> old = std::move(m_storage);
    m_storage = std::move(next);
    m_flow->setStorage(m_storage.get()); // the session is made again on the new store
    m_storeIndicator->setStorage(m_storage.get());
    // Nothing uses it now; it goes once its queued calls have ended, without the window waiting.
    StorageDisposal::disposeLater(std::move(old));
    Q_EMIT storeSwitched();
}

// The open ended. A local file that could not be opened stops the console, as it always has
// (a team store that cannot be reached keeps the window: its calls say so, and it is tried
// again before each); a damaged one kept aside is said once.
void ConsoleApplication::storeOpened()
{
    const Storage::Status status = m_storage->status();
    if (!status.open && m_localStore) {
        showStoreError(status.errorString);
        QCoreApplication::exit(1);
        return;
    }
    if (!status.recoveryMessage.isEmpty() && m_flow)
        showRecoveryMessage();
}

void ConsoleApplication::showStoreError(const QString &why)
{
    QMessageBox::critical(m_window.get(), QCoreApplication::translate("ApplicationController", "Lepton Console"),
                          QCoreApplication::translate("ApplicationController", "The local notes and pause database could not be opened: %1")
                              .arg(why));
}

// --exit-after-first-load: prints the time from the process's first statement to the end of
// the table's first paint with rows, then quits.
void ConsoleApplication::reportFirstPaint(const QElapsedTimer &startClock)
{
    const QElapsedTimer clock = startClock.isValid() ? startClock : [] {
        QElapsedTimer started;
        started.start();
        return started;
    }();
    connect(m_window.get(), &MainWindow::firstLoadFinished, this, [this, clock] {
        // A child of the table's viewport: it goes with the window.
        new FirstPaintProbe(m_window->table()->viewport(), [clock] {
            std::printf("first-load-ms %lld\n", static_cast<long long>(clock.elapsed()));
            std::fflush(stdout);
            QCoreApplication::exit(0);
        });
    });
}

void ConsoleApplication::showRecoveryMessage()
{
    auto *box = new QMessageBox(QMessageBox::Warning,
                                QCoreApplication::translate("ApplicationController", "Local database recovered"),
                                m_storage->status().recoveryMessage, QMessageBox::Ok, m_flow->dialogParent());
    box->setObjectName(QStringLiteral("databaseRecoveredDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

WorkspaceSimulator *ConsoleApplication::simulator() const
{
    return m_demo ? m_demo->simulator() : nullptr;
}

void ConsoleApplication::connectAlertFeed()
{
    AlertFeed::Sources sources;
    if (WorkspaceSession *session = m_window->session()) {
        sources.workspaceId = session->workspaceId();
        sources.workspaceName = session->displayName();
        sources.endpoints = session->poller();
        sources.endpointTable = session->model();
        connect(session, &WorkspaceSession::markersChanged, m_alertFeed.get(), &AlertFeed::observeMarkers,
                Qt::UniqueConnection);
    }
    if (auto *tabs = m_window->findChild<KindTabs *>(); tabs && tabs->resources()) {
        ResourceSession *resources = tabs->resources();
        sources.pods = resources->poller(ResourceKind::Pod);
        sources.podTable = resources->model(ResourceKind::Pod);
        sources.rayClusters = resources->poller(ResourceKind::RayCluster);
        sources.rayTable = resources->model(ResourceKind::RayCluster);
        connect(resources, &ResourceSession::markersChanged, m_alertFeed.get(), &AlertFeed::observeMarkers,
                Qt::UniqueConnection);
    }
    sources.token = m_window->tokenExpiryWatcher();
    m_alertFeed->setSources(sources);
}
