#include "ui/mainwindow/mainwindow.h"

#include "app/common/localuser.h"
#include "app/credentials/tokenexpirywatcher.h"
#include "app/deployments/deploymentpoller.h"
#include "app/deployments/deploymenttablemodel.h"
#include "app/deployments/statuspresentation.h"
#include "app/storage/storage.h"
#include "app/watch/alertbook.h"
#include "app/workspaces/workspacesession.h"
#include "ui/deployments/detailspanel.h"
#include "ui/mainwindow/deploymentactions.h"
#include "ui/mainwindow/deploymentsview.h"
#include "ui/mainwindow/windowaction.h"
#include "ui/mainwindow/windowdocks.h"
#include "ui/mainwindow/windowmenus.h"
#include "ui/notes/notespanel.h"
#include "ui/notifications/trayicon.h"
#include "ui/pause/pausedservicesview.h"
#include "ui/resources/kindtabs.h"
#include "ui/resources/resourceview.h"
#include "app/resources/runningcostfeed.h"
#include "ui/savings/runningcostlabel.h"
#include "ui/savings/savingsview.h"
#include "ui/shell/theme.h"
#include "ui/watch/alertsview.h"
#include "ui/schedule/scheduleboard.h"
#include "ui/schedule/scheduletab.h"
#include "ui/schedule/windowschedulerunner.h"
#include "ui/widgets/errorbanner.h"
#include "ui/widgets/themedicon.h"
#include "ui/workspaces/workspaceswitcher.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

using namespace std::chrono_literals;

MainWindow::MainWindow(QSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_view(new DeploymentsView(settings, this))
    , m_actions(new DeploymentActions(m_view, settings, this))
    , m_details(new DetailsPanel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_statusLine(new QLabel(this))
    , m_countLine(new QLabel(this))
    , m_notesPanel(new NotesPanel(this))
    , m_pausedView(new PausedServicesView(this))
    , m_tokenBanner(new ErrorBanner(this))
    , m_tokenWatcher(new TokenExpiryWatcher(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Lepton Console"));
    Theme::apply(Theme::saved(*m_settings));
    buildActions();
    buildUi();
    WindowMenus::Parts parts;
    parts.actions = m_actions;
    parts.view = m_view;
    parts.notes = m_notesPanel;
    parts.refresh = m_refreshAction;
    parts.find = m_findAction;
    parts.details = m_detailsAction;
    parts.openDemo = m_openDemoAction;
    parts.dockToggles = m_docks->toggleActions();
    m_menus = new WindowMenus(this, m_settings, parts);

    // The tray (where the desktop has one): trouble count, and notifications.
    m_tray = new TrayIcon(m_settings, this);
    m_tray->setWindow(this);
    m_tray->show();
    connect(this, &MainWindow::pauseFinished, m_tray, &TrayIcon::notifyPauseFinished);
    connect(m_tray, &TrayIcon::showWindowRequested, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    connect(m_alertsView, &AlertsView::resourceActivated, this, &MainWindow::revealResource);
    connect(m_tray, &TrayIcon::quitRequested, this, &QWidget::close);
    m_menus->viewMenu()->addSeparator();
    m_menus->viewMenu()->addAction(m_tray->notificationsAction());

    // "Updated 12 s ago": a coarse timer, only while a workspace is shown.
    m_statusTimer.setInterval(5s);
    m_statusTimer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_statusTimer, &QTimer::timeout, this, &MainWindow::updateStatusLine);

    resize(1400, 820);
    restoreGeometry(m_settings->value(QStringLiteral("window/geometry")).toByteArray());
    m_stateRestored = restoreState(m_settings->value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(m_settings->value(QStringLiteral("window/splitter")).toByteArray());
    m_detailsAction->setChecked(m_settings->value(QStringLiteral("window/detailsVisible"), true).toBool());
}

MainWindow::~MainWindow() = default;

QTableView *MainWindow::table() const { return m_view->table(); }
DeploymentFilterModel *MainWindow::proxy() const { return m_view->proxy(); }
ErrorBanner *MainWindow::banner() const { return m_view->banner(); }
QAction *MainWindow::pauseAction() const { return m_actions->pauseAction(); }
QAction *MainWindow::pauseWithNoteAction() const { return m_actions->pauseWithNoteAction(); }
QAction *MainWindow::resumeAction() const { return m_actions->resumeAction(); }
QAction *MainWindow::editAction() const { return m_actions->editAction(); }
QDockWidget *MainWindow::alertsDock() const { return m_docks->alertsDock(); }
QMenu *MainWindow::fileMenu() const { return m_menus->fileMenu(); }
QMenu *MainWindow::viewMenu() const { return m_menus->viewMenu(); }
QMenu *MainWindow::helpMenu() const { return m_menus->helpMenu(); }
QStringList MainWindow::selectedNames() const { return m_view->selectedNames(); }
bool MainWindow::selectDeployment(const QString &name) { return m_view->selectDeployment(name); }

void MainWindow::pauseDeployments(const QStringList &names, const QString &reason, const QDate &remindOn)
{
    m_actions->pauseDeployments(names, reason, remindOn);
}

void MainWindow::resumeDeployment(const QString &name, bool force, std::optional<int> replicas)
{
    m_actions->resumeDeployment(name, force, replicas);
}

void MainWindow::openEditor(const QString &name)
{
    m_actions->openEditor(name);
}

bool MainWindow::revealResource(ResourceKind kind, const QString &name)
{
    if (findChild<KindTabs *>()->revealResource(kind, name))
        return true;
    // Endpoints are the deployments view's own.
    if (kind != ResourceKind::Endpoint)
        return false;
    m_view->revealDeployment(name);
    return selectedNames().contains(name);
}

void MainWindow::setAlertBook(AlertBook *book)
{
    m_alertsView->setAlertBook(book);
    m_tray->setAlertBook(book);
    m_alertBook = book; // the details' Timeline shows the shown resource's alerts
    m_details->setTimelineSources(m_session ? m_session->storage() : nullptr,
                                  m_session ? m_session->workspaceId() : QString(), book);
}

void MainWindow::showAlert(const Alert &alert)
{
    showNormal();
    raise();
    activateWindow();
    m_alertsView->selectAlert(alert.id);
    if (alert.concernsResource()) {
        revealResource(alert.kind, alert.name);
        return;
    }
    // A workspace-wide alert (the token, the API) has no row: its place is the Alerts dock.
    m_docks->alertsDock()->show();
    m_docks->alertsDock()->raise();
}

void MainWindow::resumeAlert(const Alert &alert)
{
    showAlert(alert);
    if (!alert.concernsResource())
        return;
    // The toolbar's Resume for that kind: the same availability rule and the same question.
    if (ResourceView *view = findChild<KindTabs *>()->view(alert.kind))
        return view->requestResume({alert.name});
    m_actions->requestResume({alert.name});
}

void MainWindow::buildActions()
{
    // Ctrl+R reloads in browsers and file managers: here too, so the reflex is harmless.
    QList<QKeySequence> refreshKeys = QKeySequence::keyBindings(QKeySequence::Refresh);
    if (!refreshKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_R)))
        refreshKeys << QKeySequence(Qt::CTRL | Qt::Key_R);
    m_refreshAction = WindowAction::create(this, this, QStringLiteral("refreshAction"), tr("&Refresh"), refreshKeys,
                                           tr("Fetch the deployments now"));
    m_refreshAction->setIcon(ThemedIcon::fromTheme(QStringLiteral("view-refresh"), QStringLiteral("refresh")));
    connect(m_refreshAction, &QAction::triggered, this, [this] {
        if (m_session)
            m_session->poller()->refreshNow();
        findChild<KindTabs *>()->refreshNow();
    });
    m_findAction = WindowAction::create(this, this, QStringLiteral("findAction"), tr("&Find"),
                                        QKeySequence::keyBindings(QKeySequence::Find), tr("Filter the deployments"));
    connect(m_findAction, &QAction::triggered, m_view, &DeploymentsView::focusFilter);
    m_detailsAction = WindowAction::create(this, this, QStringLiteral("detailsAction"), tr("&Details Panel"),
                                           {QKeySequence(tr("Ctrl+I"))},
                                           tr("Show or hide the details of the selected deployment"));
    m_detailsAction->setCheckable(true);
    m_detailsAction->setChecked(true);
    connect(m_detailsAction, &QAction::toggled, m_details, &QWidget::setVisible);

    m_openDemoAction = WindowAction::create(this, this, QStringLiteral("openDemoAction"), tr("Open &Demo Workspace"), {},
                                            tr("Show the simulated workspace on this computer; your workspace stays in "
                                               "the Workspace list, one click away"));
    connect(m_openDemoAction, &QAction::triggered, this, &MainWindow::openDemoRequested);
    m_replaceTokenAction = WindowAction::create(this, this, QStringLiteral("replaceTokenAction"), tr("&Replace Token…"), {},
                                                tr("Give this workspace a new token; the table, notes and pauses stay"));
    connect(m_replaceTokenAction, &QAction::triggered, this, &MainWindow::replaceTokenRequested);
}

void MainWindow::buildUi()
{
    auto *toolbar = m_toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setAccessibleName(tr("Main toolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_refreshAction);
    toolbar->addSeparator();
    toolbar->addAction(m_actions->pauseAction());
    toolbar->addAction(m_actions->resumeAction());
    toolbar->addAction(m_actions->editAction());

    m_details->setObjectName(QStringLiteral("detailsPanel"));
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    // The endpoints view is the first tab of the kind switcher (dev pods, Ray clusters).
    auto *kinds = new KindTabs(m_view, m_settings, this);
    m_splitter->addWidget(kinds);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    // The token's expiry, over the deployments and the details, in the layout: it comes with
    // the workspace (or once a day), never in answer to a click on the table.
    m_tokenBanner->setObjectName(QStringLiteral("tokenExpiryBanner"));
    m_tokenBanner->setAction(m_replaceTokenAction);
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_tokenBanner);
    centralLayout->addWidget(m_splitter, 1);
    setCentralWidget(central);
    connect(m_tokenWatcher, &TokenExpiryWatcher::noticeChanged, this, &MainWindow::showTokenNotice);
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] {
        m_settings->setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    });

    // The details show the selection of the current kind tab; a dev pod's or Ray cluster's
    // Pause and Resume go through its own view, and so do the window's when its tab is current.
    connect(kinds, &KindTabs::shownResourceChanged, this, &MainWindow::showCurrentInDetails);
    m_actions->setKindTabs(kinds);
    connect(m_details, &DetailsPanel::pauseRequested, m_actions, [this, kinds](const QString &name) {
        if (ResourceView *view = kinds->view(m_details->deployment().kind))
            return view->requestPause({name});
        m_actions->requestPause({name});
    });
    connect(m_details, &DetailsPanel::resumeRequested, m_actions, [this, kinds](const QString &name) {
        if (ResourceView *view = kinds->view(m_details->deployment().kind))
            return view->requestResume({name});
        m_actions->requestResume({name});
    });
    // Schedules (#21): one board of the workspace's schedules, holds and wake-ups; the details'
    // Schedule page; the window's runner of due transitions (the CLI's runner and claim rule).
    auto *schedules = new ScheduleBoard(this);
    schedules->setObjectName(QStringLiteral("scheduleBoard"));
    (new WindowScheduleRunner(schedules, schedules))->setObjectName(QStringLiteral("scheduleRunner"));
    auto *scheduleTab = new ScheduleTab(schedules, m_details);
    m_details->addPage(scheduleTab, tr("Schedule"));
    connect(scheduleTab, &ScheduleTab::resumeRequested, m_details, &DetailsPanel::resumeRequested);
    connect(m_details, &DetailsPanel::editRequested, m_actions, &DeploymentActions::openEditor);
    connect(m_details, &DetailsPanel::restartRequested, m_actions, &DeploymentActions::restartDeployment);
    connect(m_actions, &DeploymentActions::pauseFinished, this, &MainWindow::pauseFinished);
    connect(m_actions, &DeploymentActions::statusMessage, this, [this](const QString &message) {
        statusBar()->showMessage(message, 3000);
    });
    connect(m_view, &DeploymentsView::selectionChanged, this, &MainWindow::showCurrentInDetails);
    connect(m_view, &DeploymentsView::refreshStateChanged, this, &MainWindow::updateStatusLine);
    // Offline or back: the details' Pause/Resume follows, as the toolbar's does.
    connect(m_view, &DeploymentsView::refreshStateChanged, this, &MainWindow::showCurrentInDetails);
    connect(m_view, &DeploymentsView::firstLoadFinished, this, &MainWindow::firstLoadFinished);

    m_statusLine->setObjectName(QStringLiteral("statusLine"));
    statusBar()->addWidget(m_statusLine, 1);
    m_countLine->setObjectName(QStringLiteral("countLine"));
    statusBar()->addPermanentWidget(m_countLine);
    // What runs costs (issue 22): its feed prices the tables and the Paused Services view too.
    auto *runningCost = new RunningCostLabel(this);
    statusBar()->addPermanentWidget(runningCost);
    connect(runningCost, &RunningCostLabel::feedChanged, m_pausedView, [this](RunningCostFeed *feed) {
        m_pausedView->setCostRates(feed ? feed->rates() : CostRates());
        if (feed)
            connect(feed, &RunningCostFeed::ratesChanged, m_pausedView, &PausedServicesView::setCostRates, Qt::UniqueConnection);
    });
    connect(m_view, &DeploymentsView::countsChanged, this, &MainWindow::updateCountLine);

    // Notes, Paused Services and Alerts: docks below the tables, tabbed together.
    m_alertsView = new AlertsView(this);
    m_docks = new WindowDocks(this, m_notesPanel, m_pausedView, m_alertsView);

    connect(m_notesPanel, &NotesPanel::deploymentActivated, m_view, &DeploymentsView::revealDeployment);
    // A paused dev pod or Ray cluster is shown and resumed in its own tab.
    connect(m_pausedView, &PausedServicesView::deploymentActivated, this, [this](const QString &name, ResourceKind kind) {
        if (!findChild<KindTabs *>()->revealResource(kind, name))
            m_view->revealDeployment(name);
    });
    connect(m_pausedView, &PausedServicesView::resumeRequested, m_actions, [this](const QString &name, ResourceKind kind) {
        if (ResourceView *view = findChild<KindTabs *>()->view(kind))
            return view->requestResume({name});
        m_actions->requestResume({name});
    });
}

void MainWindow::setSession(WorkspaceSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_view->setSession(session);
    findChild<KindTabs *>()->setSession(session);
    findChild<RunningCostLabel *>()->setSessions(session, session ? findChild<KindTabs *>()->resources() : nullptr);
    m_actions->setSession(session);
    m_details->clear();
    if (auto *schedules = findChild<ScheduleBoard *>(QStringLiteral("scheduleBoard"))) {
        schedules->setSession(session);
        schedules->findChild<WindowScheduleRunner *>()->setSession(session);
    }
    m_tray->setModel(session ? session->model() : nullptr);
    m_tray->setWorkspaceName(session ? session->displayName() : QString());
    m_notesPanel->setStorage(session ? session->storage() : nullptr, session ? session->workspaceId() : QString(), LocalUser::name());
    m_details->setTimelineSources(session ? session->storage() : nullptr, session ? session->workspaceId() : QString(),
                                  m_alertBook);
    if (session)
    {
        m_pausedView->setSources(&session->storage()->ledger(), session->workspaceId());
        m_pausedView->setDeleter(session->client(), session->storage(), LocalUser::name());
    } else
        m_pausedView->clear();
    m_tokenWatcher->setClient(session ? session->client() : nullptr);
    if (auto *savings = findChild<SavingsView *>())
        savings->setSources(session ? session->storage() : nullptr, session ? session->client() : nullptr,
                            session ? session->workspaceId() : QString());
    if (!session) {
        setWindowTitle(tr("Lepton Console"));
        m_details->setClient(nullptr);
        m_statusTimer.stop();
        updateStatusLine();
        return;
    }
    m_details->setClient(session->client());
    setWindowTitle(tr("%1 — Lepton Console").arg(session->displayName()));
    connect(session, &WorkspaceSession::markersChanged, this, [this] {
        showCurrentInDetails();
        m_notesPanel->reload();
        m_pausedView->reload();
    });
    connect(session, &WorkspaceSession::infoLoaded, this, [this, session] {
        setWindowTitle(tr("%1 — Lepton Console").arg(session->displayName()));
        m_tray->setWorkspaceName(session->displayName());
        // Every start reads the workspace: the first connect, and again after a new token.
        m_tokenWatcher->check();
    });
    m_statusTimer.start();
    updateStatusLine();
}

void MainWindow::updateStatusLine()
{
    if (!m_session) {
        m_statusLine->clear();
        return;
    }
    const QDateTime last = m_session->lastUpdated();
    QString text;
    if (m_session->poller()->isLoading() && !last.isValid())
        text = tr("Loading…");
    else if (last.isValid()) {
        const qint64 seconds = last.secsTo(QDateTime::currentDateTimeUtc());
        text = seconds < 5 ? tr("Updated just now") : tr("Updated %n s ago", nullptr, int(seconds));
        if (m_session->lastError().isError())
            text += QLatin1Char(' ') + tr("(stale: the last refresh failed)");
    }
    m_statusLine->setText(text);
}

void MainWindow::updateCountLine()
{
    const int total = m_view->totalCount();
    const int shown = m_view->shownCount();
    m_countLine->setText(m_view->hasLoaded() ? (shown == total ? tr("%n deployment(s)", nullptr, total)
                                                               : tr("%1 of %n deployment(s)", nullptr, total).arg(shown))
                                             : QString());
}

void MainWindow::showCurrentInDetails()
{
    if (!m_session || findChild<KindTabs *>()->showCurrentIn(m_details, m_notesPanel))
        return;
    const QString name = m_view->currentName();
    const int row = name.isEmpty() ? -1 : m_session->model()->rowOf(name);
    if (row < 0) {
        m_details->clear();
        m_notesPanel->clear();
        return;
    }
    m_notesPanel->setDeployment(m_session->workspaceId(), name);
    // One way in: what the table shows for the row (StatusPresentation with its pause marker
    // and pending action) and the action the toolbar offers for it.
    const DeploymentTableModel *model = m_session->model();
    const Deployment &deployment = model->deploymentAt(row);
    m_details->updateDeployment(deployment,
                                StatusPresentation::of(deployment, model->pauseMarker(name), model->pendingAction(name)),
                                m_actions->availability(name));
    m_details->setPauseMarker(model->pauseMarker(name));
}

void MainWindow::showTokenNotice(const TokenExpiryNotice &notice)
{
    const QString message = m_session ? notice.message(m_session->displayName()) : QString();
    if (auto *switcher = findChild<WorkspaceSwitcher *>())
        switcher->setNote(message);
    m_tray->setTokenWarning(message);
    if (message.isEmpty())
        m_tokenBanner->hideBanner();
    else if (notice.level() == TokenExpiryNotice::Level::Expired)
        m_tokenBanner->showError(message, false);
    else
        m_tokenBanner->showWarning(message);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    m_docks->sizeOnFirstShow(m_stateRestored);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_view->saveTableState();
    m_settings->setValue(QStringLiteral("window/geometry"), saveGeometry());
    m_settings->setValue(QStringLiteral("window/state"), saveState());
    m_settings->setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    m_settings->setValue(QStringLiteral("window/detailsVisible"), m_detailsAction->isChecked());
    QMainWindow::closeEvent(event);
}
