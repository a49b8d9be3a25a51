#include "ui/shell/applicationcontroller.h"

#include "ui/workspaces/connectdialog.h"
#include "app/credentials/credentialstring.h"
#include "app/deployments/deploymentpoller.h"
#include "app/credentials/environmentcredentials.h"
#include "app/diagnostics/loggingcategories.h"
#include "ui/workspaces/importworkspacesdialog.h"
#include "app/credentials/lepcliimporter.h"
#include "app/api/leptonclient.h"
#include "app/storage/sqlite/localdatabase.h"
#include "ui/shell/firstpaintprobe.h"
#include "ui/mainwindow/mainwindow.h"
#include "app/storage/notesstore.h"
#include "app/simulator/simulatorpopulation.h"
#include "app/credentials/tokenstore.h"
#include "ui/workspaces/welcomepage.h"
#include "app/workspaces/workspaceregistry.h"
#include "app/workspaces/workspacesession.h"
#include "app/simulator/workspacesimulator.h"
#include "ui/workspaces/workspaceswitcher.h"
#include "app/credentials/workspaceurl.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QToolBar>

#include <cstdio>

ApplicationController::ApplicationController(QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>())
{
    m_registry = new WorkspaceRegistry(m_settings.get(), this);
}

ApplicationController::ApplicationController(const QString &settingsFile, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(settingsFile, QSettings::IniFormat))
{
    m_registry = new WorkspaceRegistry(m_settings.get(), this);
}

ApplicationController::~ApplicationController()
{
    // The windows (and the dialogs they hold) and the session go before the database they use.
    m_welcomeOwner.reset();
    m_window.reset();
    delete m_session;
}

ConnectDialog *ApplicationController::connectDialog() const
{
    return m_connectDialog;
}

ImportWorkspacesDialog *ApplicationController::importDialog() const
{
    return m_importDialog;
}

bool ApplicationController::start(const Options &options)
{
    m_options = options;
    m_tokenStore = new TokenStore(options.keychainService.isEmpty() ? QString::fromLatin1(TokenStore::defaultServiceName)
                                                                    : options.keychainService,
                                  this);
    m_database = std::make_unique<LocalDatabase>();
    m_window = std::make_unique<MainWindow>(m_settings.get());
    if (!m_database->isOpen()) {
        QMessageBox::critical(m_window.get(), tr("Lepton Console"),
                              tr("The local notes and pause database could not be opened: %1")
                                  .arg(m_database->errorString()));
        return false;
    }
    setUpWorkspaceControls();
    QString why;
    if (!options.url.isEmpty() && !WorkspaceUrl::isAllowedBaseUrl(options.url, &why)) {
        QMessageBox::critical(m_window.get(), tr("Lepton Console"), tr("--url: %1").arg(why));
        return false;
    }

    if (options.exitAfterFirstLoad) {
        // From the process's first statement to the end of the table's first paint with rows.
        const QElapsedTimer clock = options.startClock.isValid() ? options.startClock : [] {
            QElapsedTimer started;
            started.start();
            return started;
        }();
        connect(m_window.get(), &MainWindow::firstLoadFinished, this, [this, clock] {
            new FirstPaintProbe(m_window->table()->viewport(), [clock] {
                std::printf("first-load-ms %lld\n", static_cast<long long>(clock.elapsed()));
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        });
    }

    if (options.demo) {
        if (!startDemo(options.demoDeployments))
            return false;
    } else if (!options.workspaceId.isEmpty()) {
        // --workspace: a saved workspace, its token from the keychain.
        if (!CredentialString::isValidWorkspaceId(options.workspaceId)) {
            QMessageBox::critical(m_window.get(), tr("Lepton Console"),
                                  tr("--workspace: this is not a workspace ID (letters, digits, '-', '_' and '.' only)."));
            return false;
        }
        showMainWindow();
        openSavedWorkspace(options.workspaceId, options.url);
    } else {
        // LEPTON_WORKSPACE_ID / _TOKEN / _URL, as the SDK reads them, come before the saved ones.
        const EnvironmentCredentials::Result env = EnvironmentCredentials::read();
        if (env.status == EnvironmentCredentials::Status::Invalid) {
            QMessageBox::critical(m_window.get(), tr("Lepton Console"), env.errorMessage);
            return false;
        }
        if (env.isOk()) {
            WorkspaceCredentials credentials = env.credentials;
            if (!options.url.isEmpty())
                credentials.baseUrl = options.url;
            showMainWindow();
            if (credentials.hasToken()) {
                // Kept in memory only, so switching away and back works without storing it.
                m_sessionTokens.setToken(credentials.workspaceId, credentials.token);
                openWorkspace(credentials);
            } else {
                openSavedWorkspace(credentials.workspaceId, credentials.baseUrl);
            }
        } else {
            QString current = m_registry->currentWorkspaceId();
            if (current.isEmpty() && !m_registry->isEmpty())
                current = m_registry->workspaces().constFirst().workspaceId;
            if (!current.isEmpty()) {
                showMainWindow();
                openSavedWorkspace(current, options.url);
            } else {
                showWelcome();
            }
        }
    }
    if (!m_database->recoveryMessage().isEmpty())
        QTimer::singleShot(0, this, [this] {
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Local database recovered"),
                                        m_database->recoveryMessage(), QMessageBox::Ok, dialogParent());
            box->setObjectName(QStringLiteral("databaseRecoveredDialog"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        });
    if (options.demo)
        showMainWindow();
    return true;
}

void ApplicationController::setUpWorkspaceControls()
{
    m_switcher = new WorkspaceSwitcher(m_registry, m_window.get());
    connect(m_switcher, &WorkspaceSwitcher::workspaceChosen, this,
            [this](const QString &workspaceId, WorkspaceSwitcher::Kind kind) { onWorkspaceChosen(workspaceId, int(kind)); });
    QToolBar *toolbar = m_window->mainToolBar();
    QAction *firstTool = toolbar->actions().value(0);
    toolbar->insertWidget(firstTool, m_switcher);
    toolbar->insertSeparator(firstTool);

    m_connectAction = new QAction(tr("&Connect to Workspace…"), m_window.get());
    m_connectAction->setObjectName(QStringLiteral("connectWorkspaceAction"));
    m_connectAction->setShortcut(QKeySequence(tr("Ctrl+O")));
    m_connectAction->setStatusTip(tr("Connect to a workspace with its ID and token"));
    connect(m_connectAction, &QAction::triggered, this, [this] { showConnectDialog(); });

    m_importAction = new QAction(tr("&Import from lep CLI…"), m_window.get());
    m_importAction->setObjectName(QStringLiteral("importWorkspacesAction"));
    m_importAction->setStatusTip(tr("Add the workspaces the lep command line is logged in to"));
    connect(m_importAction, &QAction::triggered, this, [this] { showImportDialog(); });

    m_removeAction = new QAction(tr("Re&move Workspace…"), m_window.get());
    m_removeAction->setObjectName(QStringLiteral("removeWorkspaceAction"));
    m_removeAction->setStatusTip(tr("Forget the workspace shown and delete its token from the keychain"));
    connect(m_removeAction, &QAction::triggered, this, [this] {
        if (m_session && !m_sessionIsDemo)
            removeWorkspace(m_session->workspaceId());
    });

    QMenu *file = m_window->fileMenu();
    QAction *firstItem = file->actions().value(0);
    file->insertAction(firstItem, m_connectAction);
    file->insertAction(firstItem, m_importAction);
    file->insertAction(firstItem, m_removeAction);
    file->insertSeparator(firstItem);
    updateWorkspaceControls();
}

bool ApplicationController::startDemo(int deployments)
{
    if (!m_simulator) {
        m_simulator = new WorkspaceSimulator(this);
        m_simulator->setWorkspaceName(tr("Demo workspace"));
        m_simulator->setDeployments(deployments > 0 ? SimulatorPopulation::generate(deployments)
                                                    : SimulatorPopulation::demo());
        if (!m_simulator->listen()) {
            delete m_simulator;
            m_simulator = nullptr;
            auto *box = new QMessageBox(QMessageBox::Critical, tr("Lepton Console"),
                                        tr("The demo workspace could not start a local server on 127.0.0.1."),
                                        QMessageBox::Ok, dialogParent());
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
            return false;
        }
        // The demo opens with deployments on their way somewhere (Starting, Scaling, ...);
        // after a while they arrive, as real ones do, and the console goes quiet.
        QTimer::singleShot(std::chrono::seconds(20), m_simulator, &WorkspaceSimulator::settleTransitions);
    }
    WorkspaceCredentials credentials;
    credentials.workspaceId = m_simulator->workspaceId();
    credentials.token = m_simulator->token();
    credentials.baseUrl = m_simulator->baseUrl();
    credentials.displayName = tr("Demo workspace");
    openSession(credentials, true);
    return true;
}

bool ApplicationController::openDemo()
{
    return startDemo(m_options.demoDeployments);
}

void ApplicationController::openWorkspace(const WorkspaceCredentials &credentials)
{
    openSession(credentials, false);
}

void ApplicationController::openSession(const WorkspaceCredentials &credentials, bool demo)
{
    ++m_openGeneration; // a keychain answer for an earlier choice no longer applies
    WorkspaceCredentials effective = credentials;
    QString why;
    if (!WorkspaceUrl::isAllowedBaseUrl(effective.effectiveBaseUrl(), &why)) {
        // Never send a token there (a hand-edited settings file, say): let the user fix the address.
        showConnectDialog(effective.workspaceId, effective.baseUrl, why);
        return;
    }
    const std::optional<WorkspaceRegistry::Entry> entry = demo ? std::nullopt : m_registry->workspace(credentials.workspaceId);
    if (effective.displayName.isEmpty() && entry)
        effective.displayName = entry->displayName;

    WorkspaceSession *old = m_session;
    if (old) {
        disconnect(old, nullptr, this, nullptr);
        disconnect(old->client(), nullptr, this, nullptr);
    }
    auto *session = new WorkspaceSession(effective, m_database.get(), this);
    m_session = session;
    m_sessionIsDemo = demo;
    m_reauthenticating = false;

    // A refused token, from any call: ask for a new one, keep the session.
    connect(session->client(), &LeptonClient::authorizationFailed, this,
            [this, session](const ApiError &error) { onAuthorizationFailed(session, error); });
    connect(session, &WorkspaceSession::refreshFailed, this, [this, session](const ApiError &error) {
        if (error.kind() == ApiError::Kind::Unauthorized || error.kind() == ApiError::Kind::Forbidden)
            onAuthorizationFailed(session, error);
    });
    connect(session, &WorkspaceSession::infoLoaded, this, [this] { updateWorkspaceControls(); });
    if (!demo) {
        // Keep the saved name in step with the workspace's own.
        connect(session, &WorkspaceSession::infoLoaded, this, [this, session](const WorkspaceInfo &info) {
            std::optional<WorkspaceRegistry::Entry> saved = m_registry->workspace(session->workspaceId());
            if (saved && !info.name.isEmpty() && saved->displayName != info.name) {
                saved->displayName = info.name;
                m_registry->addOrUpdate(*saved);
            }
        });
    }

    m_window->setSession(session);
    delete old;
    if (!demo && entry) {
        m_registry->markUsed(effective.workspaceId);
        m_registry->setCurrentWorkspaceId(effective.workspaceId);
    }
    session->start();
    updateWorkspaceControls();
    showMainWindow();
    Q_EMIT workspaceOpened(effective.workspaceId);
}

void ApplicationController::closeSession()
{
    ++m_openGeneration;
    WorkspaceSession *old = m_session;
    m_session = nullptr;
    m_sessionIsDemo = false;
    m_reauthenticating = false;
    m_window->setSession(nullptr);
    m_window->setWindowTitle(tr("Lepton Console"));
    delete old;
    updateWorkspaceControls();
}

void ApplicationController::openSavedWorkspace(const QString &workspaceId, const QUrl &baseUrl)
{
    const int generation = ++m_openGeneration;
    const std::optional<WorkspaceRegistry::Entry> entry = m_registry->workspace(workspaceId);
    WorkspaceCredentials credentials;
    credentials.workspaceId = workspaceId;
    credentials.baseUrl = !baseUrl.isEmpty() ? baseUrl : entry ? entry->baseUrl : QUrl();
    credentials.displayName = entry ? entry->displayName : QString();

    if (m_sessionTokens.contains(workspaceId)) {
        credentials.token = m_sessionTokens.token(workspaceId);
        openWorkspace(credentials);
        return;
    }
    m_tokenStore->readToken(workspaceId, this, [this, generation, credentials, known = entry.has_value()](
                                                   const TokenStore::Result &result) mutable {
        if (generation != m_openGeneration)
            return; // the user has chosen something else meanwhile
        if (result.isOk()) {
            credentials.token = result.token;
            openWorkspace(credentials);
            return;
        }
        QString reason;
        if (result.error == TokenStore::Error::NotFound)
            reason = known ? tr("No token for %1 is stored in the system keychain. Enter it to connect.")
                                 .arg(credentials.displayNameOrId())
                           : tr("The workspace %1 is not saved in this console yet. Enter its token to connect.")
                                 .arg(credentials.workspaceId);
        else
            reason = tr("The token for %1 could not be read from the system keychain. %2")
                         .arg(credentials.displayNameOrId(), result.message);
        updateWorkspaceControls(); // the switcher shows the workspace still open
        showConnectDialog(credentials.workspaceId, credentials.baseUrl, reason);
    });
}

ConnectDialog *ApplicationController::showConnectDialog(const QString &workspaceId, const QUrl &baseUrl,
                                                        const QString &reason)
{
    if (m_connectDialog)
        m_connectDialog->close();
    auto *dialog = new ConnectDialog(m_tokenStore, &m_sessionTokens, m_registry, dialogParent());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!workspaceId.isEmpty() || !baseUrl.isEmpty())
        dialog->setWorkspace(workspaceId, baseUrl);
    dialog->setMode(ConnectDialog::Mode::Connect, reason);
    connect(dialog, &ConnectDialog::workspaceConnected, this, &ApplicationController::onWorkspaceConnected);
    m_connectDialog = dialog;
    dialog->open();
    return dialog;
}

void ApplicationController::onAuthorizationFailed(WorkspaceSession *session, const ApiError &error)
{
    if (session != m_session || m_sessionIsDemo || m_reauthenticating)
        return;
    // Nothing more to ask the workspace until it has a token it takes; F5 or Retry asks again.
    session->poller()->stop();
    const WorkspaceCredentials &credentials = session->credentials();
    const QString reason = tr("%1 refused the token. %2").arg(session->displayName(), error.userMessage());
    // The address in use now (a new token may have come with a new URL); the default stays implicit.
    QUrl baseUrl = session->client()->baseUrl();
    if (baseUrl == WorkspaceUrl::defaultWorkspaceUrl(credentials.workspaceId))
        baseUrl = QUrl();
    ConnectDialog *dialog = showConnectDialog(credentials.workspaceId, baseUrl);
    dialog->setObjectName(QStringLiteral("reauthenticateDialog"));
    dialog->setMode(ConnectDialog::Mode::Reauthenticate, reason);
    m_reauthenticating = true;
    connect(dialog, &QDialog::finished, this, [this] { m_reauthenticating = false; });
    Q_EMIT reauthenticationRequested(credentials.workspaceId);
}

void ApplicationController::onWorkspaceConnected(const WorkspaceCredentials &credentials, bool sessionOnly)
{
    Q_UNUSED(sessionOnly); // the dialog has put the token where it belongs
    if (m_session && !m_sessionIsDemo && m_session->workspaceId() == credentials.workspaceId) {
        // The same workspace with a new token: the session, its table, notes and ledger stay;
        // it carries on where it stopped.
        m_session->setCredentials(credentials);
        m_registry->markUsed(credentials.workspaceId);
        m_registry->setCurrentWorkspaceId(credentials.workspaceId);
        m_session->start();
        updateWorkspaceControls();
        showMainWindow();
        return;
    }
    openWorkspace(credentials);
}

void ApplicationController::onWorkspaceChosen(const QString &workspaceId, int kind)
{
    if (WorkspaceSwitcher::Kind(kind) == WorkspaceSwitcher::Kind::Demo) {
        if (!isDemoSession())
            openDemo();
        return;
    }
    if (m_session && !m_sessionIsDemo && m_session->workspaceId() == workspaceId)
        return;
    openSavedWorkspace(workspaceId);
}

ImportWorkspacesDialog *ApplicationController::showImportDialog()
{
    if (m_importDialog)
        m_importDialog->close();
    auto *dialog = new ImportWorkspacesDialog(LepCliImporter::importDefault(), m_tokenStore, &m_sessionTokens,
                                              m_registry, dialogParent());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportWorkspacesDialog::workspacesImported, this,
            [this](const QStringList &ids, const QString &preferred) {
                // Open one when nothing is open yet; otherwise they are in the switcher.
                if (!m_session && !ids.isEmpty())
                    openSavedWorkspace(preferred.isEmpty() ? ids.constFirst() : preferred);
            });
    m_importDialog = dialog;
    dialog->open();
    return dialog;
}

void ApplicationController::removeWorkspace(const QString &workspaceId)
{
    const std::optional<WorkspaceRegistry::Entry> entry = m_registry->workspace(workspaceId);
    if (!entry)
        return;
    int noteCount = 0;
    for (const int count : NotesStore(*m_database).countsForWorkspace(workspaceId))
        noteCount += count;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove Workspace"),
                                tr("Remove the workspace %1 from the console?").arg(entry->displayNameOrId()),
                                QMessageBox::NoButton, dialogParent());
    box->setObjectName(QStringLiteral("removeWorkspaceDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("Its token is deleted from the system keychain. The deployments themselves are not "
                               "touched. The pause records stay, so paused deployments can still be resumed after "
                               "connecting again; the notes stay too unless you tick the box."));
    QPushButton *remove = box->addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmRemoveButton"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    QPointer<QCheckBox> deleteNotes;
    if (noteCount > 0) {
        deleteNotes = new QCheckBox(tr("Also delete its &notes (%n note(s))", nullptr, noteCount), box);
        deleteNotes->setObjectName(QStringLiteral("deleteNotesCheck"));
        deleteNotes->setAccessibleName(tr("Also delete the workspace's notes"));
        box->setCheckBox(deleteNotes);
    }
    connect(remove, &QPushButton::clicked, this, [this, workspaceId, deleteNotes] {
        const bool alsoNotes = deleteNotes && deleteNotes->isChecked();
        m_tokenStore->deleteToken(workspaceId, this, [this, workspaceId, alsoNotes](const TokenStore::Result &result) {
            if (result.isOk()) {
                finishRemoval(workspaceId, alsoNotes);
                return;
            }
            auto *failed = new QMessageBox(QMessageBox::Warning, tr("Remove Workspace"),
                                           tr("The token of %1 could not be deleted from the system keychain. %2")
                                               .arg(workspaceId, result.message),
                                           QMessageBox::NoButton, dialogParent());
            failed->setObjectName(QStringLiteral("removeKeychainFailedDialog"));
            failed->setAttribute(Qt::WA_DeleteOnClose);
            failed->setInformativeText(tr("Remove the workspace from the console anyway? A token stored in the keychain "
                                          "stays there (service \"%1\", account \"%2\") until you delete it with your "
                                          "keychain manager.")
                                           .arg(m_tokenStore->serviceName(), workspaceId));
            QPushButton *anyway = failed->addButton(tr("Remove &Anyway"), QMessageBox::DestructiveRole);
            anyway->setObjectName(QStringLiteral("removeAnywayButton"));
            failed->setDefaultButton(failed->addButton(QMessageBox::Cancel));
            connect(anyway, &QPushButton::clicked, this,
                    [this, workspaceId, alsoNotes] { finishRemoval(workspaceId, alsoNotes); });
            failed->open();
        });
    });
    box->open();
}

void ApplicationController::finishRemoval(const QString &workspaceId, bool deleteNotes)
{
    m_sessionTokens.remove(workspaceId);
    if (deleteNotes) {
        // One transaction: one commit for all the notes, and all of them or none.
        NotesStore notes(*m_database);
        QString error;
        const bool removed = m_database->transaction([&](QString &why) {
            const QList<Note> all = notes.all(workspaceId);
            for (const Note &note : all) {
                if (!notes.remove(note.id)) {
                    why = notes.lastError();
                    return false;
                }
            }
            return true;
        }, &error);
        if (!removed)
            qCWarning(lcStore) << "the notes of" << workspaceId << "were not deleted:" << error;
    }
    const bool wasOpen = m_session && !m_sessionIsDemo && m_session->workspaceId() == workspaceId;
    m_registry->remove(workspaceId);
    if (wasOpen) {
        closeSession();
        openSomethingAfterRemoval();
    }
    updateWorkspaceControls();
    Q_EMIT workspaceRemoved(workspaceId);
}

void ApplicationController::openSomethingAfterRemoval()
{
    const QList<WorkspaceRegistry::Entry> entries = m_registry->workspaces();
    if (!entries.isEmpty())
        openSavedWorkspace(entries.constFirst().workspaceId);
    else if (m_simulator)
        openDemo();
    else
        showWelcome();
}

void ApplicationController::updateWorkspaceControls()
{
    if (!m_switcher)
        return;
    m_switcher->setDemoAvailable(m_simulator != nullptr);
    const bool saved = m_session && !m_sessionIsDemo && m_registry->contains(m_session->workspaceId());
    if (m_session && !m_sessionIsDemo && !saved)
        m_switcher->setUnsavedWorkspace(m_session->workspaceId(), m_session->displayName());
    if (!m_session)
        m_switcher->setCurrent(WorkspaceSwitcher::Kind::Saved, QString());
    else if (m_sessionIsDemo)
        m_switcher->setCurrent(WorkspaceSwitcher::Kind::Demo, QString());
    else
        m_switcher->setCurrent(saved ? WorkspaceSwitcher::Kind::Saved : WorkspaceSwitcher::Kind::Unsaved,
                               m_session->workspaceId());
    m_removeAction->setEnabled(saved);
}

void ApplicationController::showMainWindow()
{
    if (!m_window->isVisible())
        m_window->show();
    if (m_welcome && m_welcome->isVisible())
        m_welcome->hide();
}

void ApplicationController::showWelcome(const QString &message)
{
    if (!m_welcome) {
        m_welcomeOwner = std::make_unique<WelcomePage>();
        m_welcome = m_welcomeOwner.get();
        connect(m_welcome, &WelcomePage::connectRequested, this, [this] { showConnectDialog(QString(), m_options.url); });
        connect(m_welcome, &WelcomePage::demoRequested, this, [this] { openDemo(); });
        connect(m_welcome, &WelcomePage::importRequested, this, [this] { showImportDialog(); });
    }
    const QString lepFile = LepCliImporter::defaultFilePath();
    m_welcome->setLepCliFile(QFileInfo::exists(lepFile) ? lepFile : QString());
    m_welcome->setMessage(message);
    m_welcome->show();
    m_welcome->raise();
    m_welcome->activateWindow();
    if (m_window->isVisible())
        m_window->hide();
}

QWidget *ApplicationController::dialogParent() const
{
    if (m_welcome && m_welcome->isVisible() && !m_window->isVisible())
        return m_welcome;
    return m_window.get();
}
