#include "ui/shell/workspaceflow.h"

#include "app/api/leptonclient.h"
#include "app/credentials/credentialstring.h"
#include "app/credentials/environmentcredentials.h"
#include "app/credentials/lepcliimporter.h"
#include "app/credentials/sessiontokens.h"
#include "app/credentials/tokenstore.h"
#include "app/credentials/workspaceurl.h"
#include "app/deployments/deploymentpoller.h"
#include "app/diagnostics/loggingcategories.h"
#include "app/storage/notesstore.h"
#include "app/storage/storage.h"
#include "app/workspaces/workspaceregistry.h"
#include "app/workspaces/workspacesession.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/shell/demoworkspace.h"
#include "ui/workspaces/connectdialog.h"
#include "ui/workspaces/importworkspacesdialog.h"
#include "ui/workspaces/welcomepage.h"
#include "ui/workspaces/workspaceswitcher.h"

#include <QAction>
#include <QCheckBox>
#include <QCoreApplication>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QToolBar>

// The user-visible strings below keep the translation context they had in ApplicationController
// (resources/translations), written out so that lupdate still finds them there.

WorkspaceFlow::WorkspaceFlow(const Services &services, QObject *parent)
    : QObject(parent)
    , m_services(services)
{
    setUpWorkspaceControls();
}

// The session goes before the welcome window; the window and its children (the switcher,
// the actions, the dialogs) are already gone (ConsoleApplication deletes it first).
WorkspaceFlow::~WorkspaceFlow() = default;

WorkspaceSwitcher *WorkspaceFlow::switcher() const
{
    return m_switcher;
}

QAction *WorkspaceFlow::connectAction() const
{
    return m_connectAction;
}

QAction *WorkspaceFlow::importAction() const
{
    return m_importAction;
}

QAction *WorkspaceFlow::removeAction() const
{
    return m_removeAction;
}

ConnectDialog *WorkspaceFlow::connectDialog() const
{
    return m_connectDialog;
}

ImportWorkspacesDialog *WorkspaceFlow::importDialog() const
{
    return m_importDialog;
}

bool WorkspaceFlow::start(bool demo, const QString &workspaceId, const QUrl &url)
{
    m_url = url;
    if (demo) {
        if (!openDemo())
            return false;
    } else if (!workspaceId.isEmpty()) {
        // --workspace: a saved workspace, its token from the keychain.
        if (!CredentialString::isValidWorkspaceId(workspaceId)) {
            QMessageBox::critical(m_services.window, QCoreApplication::translate("ApplicationController", "Lepton Console"),
                                  QCoreApplication::translate("ApplicationController", "--workspace: this is not a workspace ID (letters, digits, '-', '_' and '.' only)."));
            return false;
        }
        showMainWindow();
        openSavedWorkspace(workspaceId, url);
    } else {
        // LEPTON_WORKSPACE_ID / _TOKEN / _URL, as the SDK reads them, come before the saved ones.
        const EnvironmentCredentials::Result env = EnvironmentCredentials::read();
        if (env.status == EnvironmentCredentials::Status::Invalid) {
            QMessageBox::critical(m_services.window, QCoreApplication::translate("ApplicationController", "Lepton Console"), env.errorMessage);
            return false;
        }
        if (env.isOk()) {
            WorkspaceCredentials credentials = env.credentials;
            if (!url.isEmpty())
                credentials.baseUrl = url;
            showMainWindow();
            if (credentials.hasToken()) {
                // Kept in memory only, so switching away and back works without storing it.
                m_services.sessionTokens->setToken(credentials.workspaceId, credentials.token);
                openWorkspace(credentials);
            } else {
                openSavedWorkspace(credentials.workspaceId, credentials.baseUrl);
            }
        } else {
            QString current = m_services.registry->currentWorkspaceId();
            if (current.isEmpty() && !m_services.registry->isEmpty())
                current = m_services.registry->workspaces().constFirst().workspaceId;
            if (!current.isEmpty()) {
                showMainWindow();
                openSavedWorkspace(current, url);
            } else {
                showWelcome();
            }
        }
    }
    if (demo)
        showMainWindow();
    return true;
}

void WorkspaceFlow::setUpWorkspaceControls()
{
    m_switcher = new WorkspaceSwitcher(m_services.registry, m_services.window);
    connect(m_switcher, &WorkspaceSwitcher::workspaceChosen, this,
            [this](const QString &workspaceId, WorkspaceSwitcher::Kind kind) { onWorkspaceChosen(workspaceId, int(kind)); });
    QToolBar *toolbar = m_services.window->mainToolBar();
    QAction *firstTool = toolbar->actions().value(0);
    toolbar->insertWidget(firstTool, m_switcher);
    toolbar->insertSeparator(firstTool);

    m_connectAction = new QAction(QCoreApplication::translate("ApplicationController", "&Connect to Workspace…"), m_services.window);
    m_connectAction->setObjectName(QStringLiteral("connectWorkspaceAction"));
    m_connectAction->setShortcut(QKeySequence(QCoreApplication::translate("ApplicationController", "Ctrl+O")));
    m_connectAction->setStatusTip(QCoreApplication::translate("ApplicationController", "Connect to a workspace with its ID and token"));
    connect(m_connectAction, &QAction::triggered, this, [this] { showConnectDialog(); });

    m_importAction = new QAction(QCoreApplication::translate("ApplicationController", "&Import from lep CLI…"), m_services.window);
    m_importAction->setObjectName(QStringLiteral("importWorkspacesAction"));
    m_importAction->setStatusTip(QCoreApplication::translate("ApplicationController", "Add the workspaces the lep command line is logged in to"));
    connect(m_importAction, &QAction::triggered, this, [this] { showImportDialog(); });

    m_removeAction = new QAction(QCoreApplication::translate("ApplicationController", "Re&move Workspace…"), m_services.window);
    m_removeAction->setObjectName(QStringLiteral("removeWorkspaceAction"));
    m_removeAction->setStatusTip(QCoreApplication::translate("ApplicationController", "Forget the workspace shown and delete its token from the keychain"));
    connect(m_removeAction, &QAction::triggered, this, [this] {
        if (m_session && !m_sessionIsDemo)
            removeWorkspace(m_session->workspaceId());
    });

    // The window's File > Open Demo Workspace and its token banner's Replace Token.
    connect(m_services.window, &MainWindow::openDemoRequested, this, [this] {
        if (!isDemoSession())
            openDemo();
    });
    connect(m_services.window, &MainWindow::replaceTokenRequested, this, [this] {
        if (!m_session || m_sessionIsDemo)
            return void(showConnectDialog());
        QUrl baseUrl = m_session->client()->baseUrl();
        if (baseUrl == WorkspaceUrl::defaultWorkspaceUrl(m_session->workspaceId()))
            baseUrl = QUrl();
        showConnectDialog(m_session->workspaceId(), baseUrl)
            ->setMode(ConnectDialog::Mode::Reauthenticate,
                      QCoreApplication::translate("ApplicationController", "Enter a new token for %1.").arg(m_session->displayName()));
    });

    QMenu *file = m_services.window->fileMenu();
    QAction *firstItem = file->actions().value(0);
    file->insertAction(firstItem, m_connectAction);
    file->insertAction(firstItem, m_importAction);
    file->insertAction(firstItem, m_removeAction);
    file->insertSeparator(firstItem);
    updateWorkspaceControls();
}

bool WorkspaceFlow::openDemo()
{
    if (!m_services.demo->start()) {
        auto *box = new QMessageBox(QMessageBox::Critical, QCoreApplication::translate("ApplicationController", "Lepton Console"),
                                    QCoreApplication::translate("ApplicationController", "The demo workspace could not start a local server on 127.0.0.1."),
                                    QMessageBox::Ok, dialogParent());
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
    openSession(m_services.demo->credentials(), true);
    m_services.demo->seedPauses(m_session.get()); // a few pauses by the console, for the first look
    return true;
}

void WorkspaceFlow::setStorage(Storage *storage)
{
    m_services.storage = storage;
    if (!m_session)
        return;
    // A copy: the session that holds them goes while the new one is made.
    const WorkspaceCredentials credentials = m_session->credentials();
    openSession(credentials, m_sessionIsDemo);
}

void WorkspaceFlow::openWorkspace(const WorkspaceCredentials &credentials)
{
    openSession(credentials, false);
}

void WorkspaceFlow::openSession(const WorkspaceCredentials &credentials, bool demo)
{
    ++m_openGeneration; // a keychain answer for an earlier choice no longer applies
    WorkspaceCredentials effective = credentials;
    QString why;
    if (!WorkspaceUrl::isAllowedBaseUrl(effective.effectiveBaseUrl(), &why)) {
        // Never send a token there (a hand-edited settings file, say): let the user fix the address.
        showConnectDialog(effective.workspaceId, effective.baseUrl, why);
        return;
    }
    const std::optional<WorkspaceRegistry::Entry> entry = demo ? std::nullopt : m_services.registry->workspace(credentials.workspaceId);
    if (effective.displayName.isEmpty() && entry)
        effective.displayName = entry->displayName;

    std::unique_ptr<WorkspaceSession> old = std::move(m_session);
    if (old) {
        disconnect(old.get(), nullptr, this, nullptr);
        disconnect(old->client(), nullptr, this, nullptr);
    }
    m_session = std::make_unique<WorkspaceSession>(effective, m_services.storage);
    WorkspaceSession *session = m_session.get();
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
            std::optional<WorkspaceRegistry::Entry> saved = m_services.registry->workspace(session->workspaceId());
            if (saved && !info.name.isEmpty() && saved->displayName != info.name) {
                saved->displayName = info.name;
                m_services.registry->addOrUpdate(*saved);
            }
        });
    }

    m_services.window->setSession(session);
    old.reset(); // after the window has let go of it
    if (!demo && entry) {
        m_services.registry->markUsed(effective.workspaceId);
        m_services.registry->setCurrentWorkspaceId(effective.workspaceId);
    }
    session->start();
    updateWorkspaceControls();
    showMainWindow();
    Q_EMIT workspaceOpened(effective.workspaceId);
}

void WorkspaceFlow::closeSession()
{
    ++m_openGeneration;
    std::unique_ptr<WorkspaceSession> old = std::move(m_session);
    m_sessionIsDemo = false;
    m_reauthenticating = false;
    m_services.window->setSession(nullptr);
    m_services.window->setWindowTitle(QCoreApplication::translate("ApplicationController", "Lepton Console"));
    old.reset(); // after the window has let go of it
    updateWorkspaceControls();
}

void WorkspaceFlow::openSavedWorkspace(const QString &workspaceId, const QUrl &baseUrl)
{
    const int generation = ++m_openGeneration;
    const std::optional<WorkspaceRegistry::Entry> entry = m_services.registry->workspace(workspaceId);
    WorkspaceCredentials credentials;
    credentials.workspaceId = workspaceId;
    credentials.baseUrl = !baseUrl.isEmpty() ? baseUrl : entry ? entry->baseUrl : QUrl();
    credentials.displayName = entry ? entry->displayName : QString();
    credentials.originUrl = entry ? entry->originUrl : QUrl();

    if (m_services.sessionTokens->contains(workspaceId)) {
        credentials.token = m_services.sessionTokens->token(workspaceId);
        openWorkspace(credentials);
        return;
    }
    m_services.tokenStore->readToken(workspaceId, this, [this, generation, credentials, known = entry.has_value()](
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
            reason = known ? QCoreApplication::translate("ApplicationController", "No token for %1 is stored in the system keychain. Enter it to connect.")
                                 .arg(credentials.displayNameOrId())
                           : QCoreApplication::translate("ApplicationController", "The workspace %1 is not saved in this console yet. Enter its token to connect.")
                                 .arg(credentials.workspaceId);
        else
            reason = QCoreApplication::translate("ApplicationController", "The token for %1 could not be read from the system keychain. %2")
                         .arg(credentials.displayNameOrId(), result.message);
        updateWorkspaceControls(); // the switcher shows the workspace still open
        showConnectDialog(credentials.workspaceId, credentials.baseUrl, reason);
    });
}

ConnectDialog *WorkspaceFlow::showConnectDialog(const QString &workspaceId, const QUrl &baseUrl,
                                                        const QString &reason)
{
    if (m_connectDialog)
        m_connectDialog->close();
    auto *dialog = new ConnectDialog(m_services.tokenStore, m_services.sessionTokens, m_services.registry, dialogParent());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!workspaceId.isEmpty() || !baseUrl.isEmpty())
        dialog->setWorkspace(workspaceId, baseUrl);
    dialog->setMode(ConnectDialog::Mode::Connect, reason);
    connect(dialog, &ConnectDialog::workspaceConnected, this, &WorkspaceFlow::onWorkspaceConnected);
    m_connectDialog = dialog;
    dialog->open();
    return dialog;
}

void WorkspaceFlow::onAuthorizationFailed(WorkspaceSession *session, const ApiError &error)
{
    if (session != m_session.get() || m_sessionIsDemo || m_reauthenticating)
        return;
    // Nothing more to ask the workspace until it has a token it takes; F5 or Retry asks again.
    session->poller()->stop();
    const WorkspaceCredentials &credentials = session->credentials();
    const QString reason = QCoreApplication::translate("ApplicationController", "%1 refused the token. %2").arg(session->displayName(), error.userMessage());
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

void WorkspaceFlow::onWorkspaceConnected(const WorkspaceCredentials &credentials, bool sessionOnly)
{
    Q_UNUSED(sessionOnly); // the dialog has put the token where it belongs
    if (m_session && !m_sessionIsDemo && m_session->workspaceId() == credentials.workspaceId) {
        // The same workspace with a new token: the session, its table, notes and ledger stay;
        // it carries on where it stopped.
        m_session->setCredentials(credentials);
        m_services.registry->markUsed(credentials.workspaceId);
        m_services.registry->setCurrentWorkspaceId(credentials.workspaceId);
        m_session->start();
        updateWorkspaceControls();
        showMainWindow();
        return;
    }
    openWorkspace(credentials);
}

void WorkspaceFlow::onWorkspaceChosen(const QString &workspaceId, int kind)
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

ImportWorkspacesDialog *WorkspaceFlow::showImportDialog()
{
    if (m_importDialog)
        m_importDialog->close();
    auto *dialog = new ImportWorkspacesDialog(LepCliImporter::importDefault(), m_services.tokenStore, m_services.sessionTokens,
                                              m_services.registry, dialogParent());
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

void WorkspaceFlow::removeWorkspace(const QString &workspaceId)
{
    const std::optional<WorkspaceRegistry::Entry> entry = m_services.registry->workspace(workspaceId);
    if (!entry)
        return;
    // The box offers to delete the notes, with their number: it opens once the store has
    // counted them (the count is a query, and the GUI thread never waits for one).
    m_services.storage->notes().countsForWorkspace(
        workspaceId, this, [this, workspaceId](const StoreResult<QHash<QString, int>> &counted) {
            if (!counted.ok()) {
                showRemoveWorkspaceDialog(workspaceId, -1);
                return;
            }
            int noteCount = 0;
            for (const int count : counted.value)
                noteCount += count;
            showRemoveWorkspaceDialog(workspaceId, noteCount);
        });
}

void WorkspaceFlow::showRemoveWorkspaceDialog(const QString &workspaceId, int noteCount)
{
    const std::optional<WorkspaceRegistry::Entry> entry = m_services.registry->workspace(workspaceId);
    if (!entry)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, QCoreApplication::translate("ApplicationController", "Remove Workspace"),
                                QCoreApplication::translate("ApplicationController", "Remove the workspace %1 from the console?").arg(entry->displayNameOrId()),
                                QMessageBox::NoButton, dialogParent());
    box->setObjectName(QStringLiteral("removeWorkspaceDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(QCoreApplication::translate("ApplicationController", "Its token is deleted from the system keychain. The deployments themselves are not "
                               "touched. The pause records stay, so paused deployments can still be resumed after "
                               "connecting again; the notes stay too unless you tick the box."));
    QPushButton *remove = box->addButton(QCoreApplication::translate("ApplicationController", "&Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmRemoveButton"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    QPointer<QCheckBox> deleteNotes;
    if (noteCount != 0) {
        // -1: the notes could not be counted; the choice is offered all the same.
        deleteNotes = new QCheckBox(noteCount > 0
                                        ? QCoreApplication::translate("ApplicationController", "Also delete its &notes (%n note(s))", nullptr, noteCount)
                                        : QCoreApplication::translate("ApplicationController", "Also delete its &notes"),
                                    box);
        deleteNotes->setObjectName(QStringLiteral("deleteNotesCheck"));
        deleteNotes->setAccessibleName(QCoreApplication::translate("ApplicationController", "Also delete the workspace's notes"));
        box->setCheckBox(deleteNotes);
    }
    connect(remove, &QPushButton::clicked, this, [this, workspaceId, deleteNotes] {
        const bool alsoNotes = deleteNotes && deleteNotes->isChecked();
        m_services.tokenStore->deleteToken(workspaceId, this, [this, workspaceId, alsoNotes](const TokenStore::Result &result) {
            if (result.isOk()) {
                finishRemoval(workspaceId, alsoNotes);
                return;
            }
            auto *failed = new QMessageBox(QMessageBox::Warning, QCoreApplication::translate("ApplicationController", "Remove Workspace"),
                                           QCoreApplication::translate("ApplicationController", "The token of %1 could not be deleted from the system keychain. %2")
                                               .arg(workspaceId, result.message),
                                           QMessageBox::NoButton, dialogParent());
            failed->setObjectName(QStringLiteral("removeKeychainFailedDialog"));
            failed->setAttribute(Qt::WA_DeleteOnClose);
            failed->setInformativeText(QCoreApplication::translate("ApplicationController", "Remove the workspace from the console anyway? A token stored in the keychain "
                                          "stays there (service \"%1\", account \"%2\") until you delete it with your "
                                          "keychain manager.")
                                           .arg(m_services.tokenStore->serviceName(), workspaceId));
            QPushButton *anyway = failed->addButton(QCoreApplication::translate("ApplicationController", "Remove &Anyway"), QMessageBox::DestructiveRole);
            anyway->setObjectName(QStringLiteral("removeAnywayButton"));
            failed->setDefaultButton(failed->addButton(QMessageBox::Cancel));
            connect(anyway, &QPushButton::clicked, this,
                    [this, workspaceId, alsoNotes] { finishRemoval(workspaceId, alsoNotes); });
            failed->open();
        });
    });
    box->open();
}

void WorkspaceFlow::finishRemoval(const QString &workspaceId, bool deleteNotes)
{
    m_services.sessionTokens->remove(workspaceId);
    if (deleteNotes) {
        // One transaction: one commit for all the notes, and all of them or none.
        m_services.storage->notes().removeWorkspace(workspaceId, this, [workspaceId](const StoreResult<int> &removed) {
            if (!removed.ok())
                qCWarning(lcStore) << "the notes of" << workspaceId << "were not deleted:" << removed.error.message;
        });
    }
    const bool wasOpen = m_session && !m_sessionIsDemo && m_session->workspaceId() == workspaceId;
    m_services.registry->remove(workspaceId);
    if (wasOpen) {
        closeSession();
        openSomethingAfterRemoval();
    }
    updateWorkspaceControls();
    Q_EMIT workspaceRemoved(workspaceId);
}

void WorkspaceFlow::openSomethingAfterRemoval()
{
    const QList<WorkspaceRegistry::Entry> entries = m_services.registry->workspaces();
    if (!entries.isEmpty())
        openSavedWorkspace(entries.constFirst().workspaceId);
    else if (m_services.demo->isRunning())
        openDemo();
    else
        showWelcome();
}

void WorkspaceFlow::updateWorkspaceControls()
{
    if (!m_switcher)
        return;
    m_switcher->setDemoAvailable(m_services.demo->isRunning());
    const bool saved = m_session && !m_sessionIsDemo && m_services.registry->contains(m_session->workspaceId());
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

void WorkspaceFlow::showMainWindow()
{
    if (!m_services.window->isVisible())
        m_services.window->show();
    if (m_welcome && m_welcome->isVisible())
        m_welcome->hide();
}

void WorkspaceFlow::showWelcome(const QString &message)
{
    if (!m_welcome) {
        m_welcome = std::make_unique<WelcomePage>();
        connect(m_welcome.get(), &WelcomePage::connectRequested, this, [this] { showConnectDialog(QString(), m_url); });
        connect(m_welcome.get(), &WelcomePage::demoRequested, this, [this] { openDemo(); });
        connect(m_welcome.get(), &WelcomePage::importRequested, this, [this] { showImportDialog(); });
    }
    const QString lepFile = LepCliImporter::defaultFilePath();
    m_welcome->setLepCliFile(QFileInfo::exists(lepFile) ? lepFile : QString());
    m_welcome->setMessage(message);
    m_welcome->show();
    m_welcome->raise();
    m_welcome->activateWindow();
    if (m_services.window->isVisible())
        m_services.window->hide();
}

QWidget *WorkspaceFlow::dialogParent() const
{
    if (m_welcome && m_welcome->isVisible() && !m_services.window->isVisible())
        return m_welcome.get();
    return m_services.window;
}
