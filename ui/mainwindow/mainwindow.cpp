#include "ui/mainwindow/mainwindow.h"

#include "ui/deployments/badgeanimator.h"
#include "ui/widgets/clearbutton.h"
#include "app/deployments/deploymentfiltermodel.h"
#include "app/deployments/deploymentpoller.h"
#include "app/deployments/deploymenttablemodel.h"
#include "ui/deployments/detailspanel.h"
#include "ui/deployments/editdeploymentdialog.h"
#include "ui/widgets/errorbanner.h"
#include "ui/shell/aboutdialog.h"
#include "app/api/leptonclient.h"
#include "ui/diagnostics/logwindow.h"
#include "ui/widgets/themedicon.h"
#include "ui/notifications/trayicon.h"
#include "app/common/localuser.h"
#include "ui/notes/notespanel.h"
#include "ui/pause/pausedservicesview.h"
#include "app/pause/applywhilepaused.h"
#include "app/pause/bulkpause.h"
#include "app/pause/pausedsettingseditor.h"
#include "app/storage/sqlite/ledgertable.h"
#include "app/storage/storage.h"
#include "app/pause/pausecontroller.h"
#include "ui/pause/pausedialog.h"
#include "ui/deployments/statusbadgedelegate.h"
#include "app/deployments/statuspresentation.h"
#include "ui/widgets/textcelldelegate.h"
#include "app/workspaces/workspacesession.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDockWidget>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <functional>

using namespace std::chrono_literals;

MainWindow::MainWindow(QSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_proxy(new DeploymentFilterModel(this))
    , m_table(new QTableView(this))
    , m_badgeDelegate(new StatusBadgeDelegate(this))
    , m_details(new DetailsPanel(this))
    , m_banner(new ErrorBanner(this))
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_filter(new QLineEdit(this))
    , m_statusLine(new QLabel(this))
    , m_countLine(new QLabel(this))
    , m_notesPanel(new NotesPanel(this))
    , m_pausedView(new PausedServicesView(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Lepton Console"));
    buildActions();
    buildUi();
    buildMenus();

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
    connect(m_tray, &TrayIcon::quitRequested, this, &QWidget::close);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_tray->notificationsAction());

    // "Updated 12 s ago": a coarse timer, only while a workspace is shown.
    m_statusTimer.setInterval(5s);
    m_statusTimer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_statusTimer, &QTimer::timeout, this, &MainWindow::updateStatusLine);

    resize(1400, 820);
    restoreGeometry(m_settings->value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(m_settings->value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(m_settings->value(QStringLiteral("window/splitter")).toByteArray());
    m_detailsAction->setChecked(m_settings->value(QStringLiteral("window/detailsVisible"), true).toBool());
    updateActions();
    updatePlaceholder();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildActions()
{
    auto makeAction = [this](const QString &objectName, const QString &text, const QKeySequence &shortcut,
                             const QString &tip, void (MainWindow::*slot)()) {
        auto *action = new QAction(text, this);
        action->setObjectName(objectName);
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        action->setToolTip(shortcut.isEmpty() ? tip : tr("%1 (%2)").arg(tip, shortcut.toString(QKeySequence::NativeText)));
        action->setStatusTip(tip);
        if (slot)
            connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_refreshAction = makeAction(QStringLiteral("refreshAction"), tr("&Refresh"), QKeySequence::Refresh,
                                 tr("Fetch the deployments now"), nullptr);
    m_refreshAction->setIcon(ThemedIcon::fromTheme(QStringLiteral("view-refresh"), QStringLiteral("refresh")));
    connect(m_refreshAction, &QAction::triggered, this, [this] {
        if (m_session)
            m_session->poller()->refreshNow();
    });
    m_pauseAction = makeAction(QStringLiteral("pauseAction"), tr("&Pause"), QKeySequence(tr("Ctrl+P")),
                               tr("Scale the selected deployments to zero, remembering their replicas"),
                               &MainWindow::pauseSelected);
    m_pauseAction->setIcon(ThemedIcon::fromTheme(QStringLiteral("media-playback-pause"), QStringLiteral("pause")));
    m_pauseWithNoteAction = makeAction(QStringLiteral("pauseWithNoteAction"), tr("Pause with &Note…"),
                                       QKeySequence(tr("Ctrl+Shift+P")), tr("Pause with a reason and a reminder"),
                                       &MainWindow::pauseSelectedWithNote);
    m_resumeAction = makeAction(QStringLiteral("resumeAction"), tr("Res&ume"), QKeySequence(tr("Ctrl+R")),
                                tr("Give the selected deployments back the replicas they had"),
                                &MainWindow::resumeSelected);
    m_resumeAction->setIcon(ThemedIcon::fromTheme(QStringLiteral("media-playback-start"), QStringLiteral("resume")));
    m_editAction = makeAction(QStringLiteral("editAction"), tr("&Edit…"), QKeySequence(tr("Ctrl+E")),
                              tr("Edit the selected deployment's settings"), &MainWindow::editSelected);
    m_editAction->setIcon(ThemedIcon::fromTheme(QStringLiteral("document-edit"), QStringLiteral("edit")));
    m_restartAction = makeAction(QStringLiteral("restartAction"), tr("Res&tart…"), QKeySequence(),
                                 tr("Restart the selected deployment's replicas"), &MainWindow::restartSelected);
    m_copyEndpointAction = makeAction(QStringLiteral("copyEndpointAction"), tr("&Copy Endpoint"),
                                      QKeySequence(tr("Ctrl+Shift+C")), tr("Copy the endpoint URL"),
                                      &MainWindow::copyEndpoint);
    m_openEndpointAction = makeAction(QStringLiteral("openEndpointAction"), tr("&Open Endpoint in Browser"),
                                      QKeySequence(), tr("Open the endpoint URL in the web browser"),
                                      &MainWindow::openEndpoint);
    m_findAction = makeAction(QStringLiteral("findAction"), tr("&Find"), QKeySequence::Find,
                              tr("Filter the deployments"), nullptr);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    m_detailsAction = makeAction(QStringLiteral("detailsAction"), tr("&Details Panel"), QKeySequence(tr("Ctrl+I")),
                                 tr("Show or hide the details of the selected deployment"), nullptr);
    m_detailsAction->setCheckable(true);
    m_detailsAction->setChecked(true);
    connect(m_detailsAction, &QAction::toggled, m_details, &QWidget::setVisible);

    m_quickFilterGroup = new QActionGroup(this);
    using QuickFilter = DeploymentFilterModel::QuickFilter;
    const QList<std::pair<QuickFilter, QString>> filters {
        {QuickFilter::All, tr("Alt+1")}, {QuickFilter::Running, tr("Alt+2")},
        {QuickFilter::Paused, tr("Alt+3")}, {QuickFilter::Problems, tr("Alt+4")}};
    for (const auto &[filter, key] : filters) {
        auto *action = new QAction(DeploymentFilterModel::quickFilterName(filter), m_quickFilterGroup);
        action->setObjectName(QStringLiteral("quickFilter") + DeploymentFilterModel::quickFilterName(filter));
        action->setCheckable(true);
        action->setChecked(filter == QuickFilter::All);
        action->setShortcut(QKeySequence(key));
        action->setToolTip(tr("Show: %1 (%2)").arg(action->text(), key));
        connect(action, &QAction::triggered, this, [this, filter] { m_proxy->setQuickFilter(filter); updatePlaceholder(); });
    }
}

void MainWindow::buildUi()
{
    auto *toolbar = m_toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setAccessibleName(tr("Main toolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_refreshAction);
    toolbar->addSeparator();
    toolbar->addAction(m_pauseAction);
    toolbar->addAction(m_resumeAction);
    toolbar->addAction(m_editAction);
    toolbar->addSeparator();
    for (QAction *action : m_quickFilterGroup->actions())
        toolbar->addAction(action);
    toolbar->addSeparator();
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setAccessibleName(tr("Filter deployments"));
    m_filter->setPlaceholderText(tr("Filter by name, image, shape or state (Ctrl+F)"));
    ClearButton::enable(m_filter, tr("Clear the filter"));
    m_filter->setMinimumWidth(m_filter->fontMetrics().averageCharWidth() * 36);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text);
        updatePlaceholder();
    });
    toolbar->addWidget(m_filter);

    m_table->setObjectName(QStringLiteral("deploymentTable"));
    m_table->setAccessibleName(tr("Deployments"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DeploymentTableModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setAccessibleName(tr("Deployment columns"));
    m_table->verticalHeader()->setAccessibleName(tr("Deployment rows"));
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setItemDelegate(new TextCellDelegate(m_table));
    m_table->setItemDelegateForColumn(DeploymentTableModel::StatusColumn, m_badgeDelegate);
    m_animator = new BadgeAnimator(m_table, m_badgeDelegate, DeploymentTableModel::StatusColumn, this);
    connect(m_table, &QWidget::customContextMenuRequested, this, &MainWindow::showRowMenu);
    connect(m_table->horizontalHeader(), &QWidget::customContextMenuRequested, this, &MainWindow::showHeaderMenu);
    connect(m_table, &QAbstractItemView::activated, this, [this] { editSelected(); });
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, [this] { saveTableState(); });
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this] { saveTableState(); });
    connect(m_table->horizontalHeader(), &QHeaderView::sectionMoved, this, [this] { saveTableState(); });

    m_placeholder->setObjectName(QStringLiteral("tablePlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    // The server's words when loading fails: selectable with the keyboard too, and reached with Tab.
    m_placeholder->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_placeholder->setFocusPolicy(Qt::StrongFocus);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_table);

    auto *center = new QWidget(this);
    auto *layout = new QVBoxLayout(center);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_banner->setObjectName(QStringLiteral("errorBanner"));
    m_banner->hide();
    connect(m_banner, &ErrorBanner::retryRequested, m_refreshAction, &QAction::trigger);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);

    m_details->setObjectName(QStringLiteral("detailsPanel"));
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(center);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] {
        m_settings->setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    });

    connect(m_details, &DetailsPanel::pauseRequested, this, [this](const QString &name) { pauseDeployments({name}, {}, {}); });
    connect(m_details, &DetailsPanel::resumeRequested, this, [this](const QString &name) { resumeDeployment(name); });
    connect(m_details, &DetailsPanel::editRequested, this, &MainWindow::openEditor);
    connect(m_details, &DetailsPanel::restartRequested, this, [this](const QString &name) {
        if (selectDeployment(name))
            restartSelected();
    });

    m_statusLine->setObjectName(QStringLiteral("statusLine"));
    m_countLine->setObjectName(QStringLiteral("countLine"));
    statusBar()->addWidget(m_statusLine, 1);
    statusBar()->addPermanentWidget(m_countLine);

    // Notes and the Paused services view: docks below the table, tabbed together.
    m_notesDock = new QDockWidget(tr("Notes"), this);
    m_notesDock->setObjectName(QStringLiteral("notesDock"));
    m_notesDock->setAccessibleName(tr("Notes"));
    m_notesDock->setWidget(m_notesPanel);
    m_notesPanel->setObjectName(QStringLiteral("notesPanel"));
    addDockWidget(Qt::BottomDockWidgetArea, m_notesDock);
    m_pausedDock = new QDockWidget(tr("Paused Services"), this);
    m_pausedDock->setObjectName(QStringLiteral("pausedServicesDock"));
    m_pausedDock->setAccessibleName(tr("Paused services"));
    m_pausedDock->setWidget(m_pausedView);
    m_pausedView->setObjectName(QStringLiteral("pausedServicesView"));
    addDockWidget(Qt::BottomDockWidgetArea, m_pausedDock);
    tabifyDockWidget(m_notesDock, m_pausedDock);
    m_notesDock->raise();
    resizeDocks({m_notesDock}, {fontMetrics().height() * 14}, Qt::Vertical);
    m_notesDock->toggleViewAction()->setShortcut(QKeySequence(tr("Ctrl+Shift+N")));
    m_pausedDock->toggleViewAction()->setShortcut(QKeySequence(tr("Ctrl+Shift+S")));

    auto select = [this](const QString &name) {
        if (!selectDeployment(name)) {
            // Hidden by a filter: show everything, then select.
            m_filter->clear();
            m_quickFilterGroup->actions().first()->trigger();
            selectDeployment(name);
        }
    };
    connect(m_notesPanel, &NotesPanel::deploymentActivated, this, select);
    connect(m_pausedView, &PausedServicesView::deploymentActivated, this, select);
    connect(m_pausedView, &PausedServicesView::resumeRequested, this, [this](const QString &name) { resumeDeployment(name); });
    connect(m_notesPanel, &NotesPanel::notesChanged, this, [this] {
        if (m_session)
            m_session->reloadMarkers();
    });
    connect(m_pausedView, &PausedServicesView::remindersChanged, this, [this] {
        if (m_session)
            m_session->reloadMarkers();
    });
}

void MainWindow::buildMenus()
{
    QMenu *file = m_fileMenu = menuBar()->addMenu(tr("&File"));
    QMenu *notesMenu = file->addMenu(tr("&Notes"));
    notesMenu->addAction(m_notesPanel->exportMarkdownAction());
    notesMenu->addAction(m_notesPanel->exportCsvAction());
    notesMenu->addAction(m_notesPanel->importCsvAction());
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));

    QMenu *view = m_viewMenu = menuBar()->addMenu(tr("&View"));
    view->addAction(m_refreshAction);
    view->addAction(m_findAction);
    view->addAction(m_detailsAction);
    view->addAction(m_notesDock->toggleViewAction());
    view->addAction(m_pausedDock->toggleViewAction());
    view->addSeparator();
    for (QAction *action : m_quickFilterGroup->actions())
        view->addAction(action);

    QMenu *deployment = menuBar()->addMenu(tr("&Deployment"));
    deployment->addAction(m_editAction);
    deployment->addAction(m_pauseAction);
    deployment->addAction(m_pauseWithNoteAction);
    deployment->addAction(m_resumeAction);
    deployment->addAction(m_restartAction);
    deployment->addSeparator();
    deployment->addAction(m_copyEndpointAction);
    deployment->addAction(m_openEndpointAction);

    QMenu *help = m_helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *showLog = help->addAction(tr("Show &Log"), this, [this] {
        if (!m_logWindow)
            m_logWindow = new LogWindow(this);
        m_logWindow->show();
        m_logWindow->raise();
        m_logWindow->activateWindow();
    });
    showLog->setObjectName(QStringLiteral("showLogAction"));
    QAction *about = help->addAction(tr("&About Lepton Console"), this, [this] {
        auto *dialog = new AboutDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    about->setObjectName(QStringLiteral("aboutAction"));

    // A screen reader names an open menu by its accessible name, which a title does not set.
    const std::function<void(QMenu *)> nameMenus = [&nameMenus](QMenu *menu) {
        menu->setAccessibleName(menu->menuAction()->iconText());
        const QList<QAction *> actions = menu->actions();
        for (QAction *action : actions) {
            if (action->menu())
                nameMenus(action->menu());
        }
    };
    const QList<QAction *> menus = menuBar()->actions();
    for (QAction *action : menus) {
        if (action->menu())
            nameMenus(action->menu());
    }
}

void MainWindow::setSession(WorkspaceSession *session)
{
    if (m_session) {
        saveTableState();
        disconnect(m_session, nullptr, this, nullptr);
        if (m_table->selectionModel())
            disconnect(m_table->selectionModel(), nullptr, this, nullptr);
    }
    m_session = session;
    m_firstLoadReported = false;
    m_banner->hideBanner();
    m_details->clear();
    m_tray->setModel(session ? session->model() : nullptr);
    m_tray->setWorkspaceName(session ? session->displayName() : QString());
    m_notesPanel->setStore(session ? session->notes() : nullptr, session ? session->workspaceId() : QString(), LocalUser::name());
    if (session)
        m_pausedView->setSources(&session->storage()->ledger(), session->workspaceId());
    else
        m_pausedView->clear();
    if (!session) {
        setWindowTitle(tr("Lepton Console"));
        m_proxy->setSourceModel(nullptr);
        m_details->setClient(nullptr);
        m_statusTimer.stop();
        updatePlaceholder();
        updateActions();
        return;
    }
    m_proxy->setSourceModel(session->model());
    m_details->setClient(session->client());
    restoreTableState();
    setWindowTitle(tr("%1 — Lepton Console").arg(session->displayName()));

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        showCurrentInDetails();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { showCurrentInDetails(); });
    connect(session, &WorkspaceSession::refreshed, this, &MainWindow::onRefreshed);
    connect(session, &WorkspaceSession::refreshFailed, this, &MainWindow::onRefreshFailed);
    connect(session, &WorkspaceSession::markersChanged, this, [this] {
        updateActions();
        showCurrentInDetails();
        m_notesPanel->reload();
        m_pausedView->reload();
    });
    connect(session, &WorkspaceSession::infoLoaded, this, [this, session] {
        setWindowTitle(tr("%1 — Lepton Console").arg(session->displayName()));
        m_tray->setWorkspaceName(session->displayName());
    });
    connect(session, &WorkspaceSession::reconciled, this, [this](const QStringList &messages) {
        m_banner->showWarning(messages.join(QLatin1Char('\n')));
    });
    // A deployment the client could not read is left out of the table: say which, once per
    // change (the list is read again at every refresh).
    connect(session->client(), &LeptonClient::deploymentsSkipped, this, [this](int, const QString &message) {
        if (message == m_lastSkippedMessage)
            return;
        m_lastSkippedMessage = message;
        m_banner->showWarning(message);
    });
    connect(session->poller(), &DeploymentPoller::loadingChanged, this, [this] { updateStatusLine(); updatePlaceholder(); });
    m_statusTimer.start();
    updatePlaceholder();
    updateActions();
    updateStatusLine();
}

QString MainWindow::tableStateKey() const
{
    return m_session ? QStringLiteral("workspaces/%1/tableHeader").arg(m_session->workspaceId())
                     : QStringLiteral("tableHeader");
}

void MainWindow::saveTableState()
{
    if (m_session)
        m_settings->setValue(tableStateKey(), m_table->horizontalHeader()->saveState());
}

void MainWindow::restoreTableState()
{
    const QByteArray state = m_settings->value(tableStateKey()).toByteArray();
    QHeaderView *header = m_table->horizontalHeader();
    if (!state.isEmpty() && header->restoreState(state))
        return;
    const QFontMetrics metrics = m_table->fontMetrics();
    // Widths in characters of the usual content; the badge column fits its longest word.
    const int ch = metrics.horizontalAdvance(QLatin1Char('x'));
    header->resizeSection(DeploymentTableModel::NameColumn, ch * 28);
    int widestBadge = 0;
    for (const QString &word : StatusPresentation::allTexts())
        widestBadge = std::max(widestBadge, metrics.horizontalAdvance(word));
    header->resizeSection(DeploymentTableModel::StatusColumn, widestBadge + ch * 8);
    header->resizeSection(DeploymentTableModel::ReplicasColumn, ch * 12);
    header->resizeSection(DeploymentTableModel::ShapeColumn, ch * 18);
    header->resizeSection(DeploymentTableModel::ImageColumn, ch * 34);
    header->resizeSection(DeploymentTableModel::EndpointColumn, ch * 36);
    header->resizeSection(DeploymentTableModel::LastModifiedColumn, ch * 14);
}

void MainWindow::showHeaderMenu(const QPoint &pos)
{
    QMenu menu(this);
    menu.setTitle(tr("Columns"));
    QHeaderView *header = m_table->horizontalHeader();
    for (int column = 0; column < DeploymentTableModel::ColumnCount; ++column) {
        QAction *action = menu.addAction(DeploymentTableModel::columnName(column));
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        action->setEnabled(column != DeploymentTableModel::NameColumn);
        connect(action, &QAction::toggled, this, [this, header, column](bool visible) {
            header->setSectionHidden(column, !visible);
            saveTableState();
        });
    }
    menu.exec(header->viewport()->mapToGlobal(pos));
}

void MainWindow::showRowMenu(const QPoint &pos)
{
    if (!m_table->indexAt(pos).isValid())
        return;
    QMenu menu(this);
    menu.addAction(m_editAction);
    if (m_pauseAction->isEnabled())
        menu.addAction(m_pauseAction);
    if (m_pauseWithNoteAction->isEnabled())
        menu.addAction(m_pauseWithNoteAction);
    if (m_resumeAction->isEnabled())
        menu.addAction(m_resumeAction);
    menu.addAction(m_restartAction);
    menu.addSeparator();
    menu.addAction(m_copyEndpointAction);
    menu.addAction(m_openEndpointAction);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

QStringList MainWindow::selectedNames() const
{
    QStringList names;
    if (!m_table->selectionModel())
        return names;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows(DeploymentTableModel::NameColumn);
    for (const QModelIndex &index : rows)
        names << index.data(DeploymentTableModel::NameRole).toString();
    names.sort();
    return names;
}

QString MainWindow::currentName() const
{
    if (!m_table->selectionModel())
        return QString();
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (current.isValid() && m_table->selectionModel()->isRowSelected(current.row(), current.parent()))
        return current.data(DeploymentTableModel::NameRole).toString();
    const QStringList names = selectedNames();
    return names.size() == 1 ? names.first() : QString();
}

const Deployment *MainWindow::currentDeployment() const
{
    const QString name = currentName();
    return m_session && !name.isEmpty() ? m_session->model()->deployment(name) : nullptr;
}

bool MainWindow::selectDeployment(const QString &name)
{
    if (!m_session)
        return false;
    const int row = m_session->model()->rowOf(name);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_session->model()->index(row, 0));
    if (!index.isValid())
        return false;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void MainWindow::updateActions()
{
    const QStringList names = selectedNames();
    bool anyPausable = false;
    bool anyResumable = false;
    if (m_session) {
        for (const QString &name : names) {
            const int row = m_session->model()->rowOf(name);
            if (row < 0)
                continue;
            const QModelIndex index = m_session->model()->index(row, 0);
            const bool paused = index.data(DeploymentTableModel::PausedRole).toBool()
                || index.data(DeploymentTableModel::ScaledToZeroRole).toBool();
            anyPausable = anyPausable || !paused;
            anyResumable = anyResumable || paused;
        }
    }
    const bool single = names.size() == 1;
    m_pauseAction->setEnabled(anyPausable);
    m_pauseWithNoteAction->setEnabled(anyPausable);
    m_resumeAction->setEnabled(anyResumable);
    m_editAction->setEnabled(single);
    m_restartAction->setEnabled(single);
    const Deployment *d = currentDeployment();
    m_copyEndpointAction->setEnabled(d && !d->endpointUrl().isEmpty());
    m_openEndpointAction->setEnabled(d && !d->externalEndpoint.isEmpty());
}

void MainWindow::updatePlaceholder()
{
    const bool loaded = m_session && m_session->hasLoaded();
    const int total = m_session ? m_session->model()->rowCount() : 0;
    const int shown = m_proxy->rowCount();
    QString text;
    if (!m_session)
        text = tr("Not connected to a workspace.");
    else if (!loaded)
        text = m_session->lastError().isError()
            ? tr("Could not load the deployments.\n%1").arg(m_session->lastError().userMessage())
            : tr("Loading deployments…");
    else if (total == 0)
        text = tr("This workspace has no deployments yet.\nCreate one with the Lepton dashboard or `lep endpoint create`, "
                  "and it appears here.");
    m_placeholder->setText(text);
    m_placeholder->setAccessibleName(text);
    m_stack->setCurrentWidget(text.isEmpty() ? static_cast<QWidget *>(m_table) : m_placeholder);
    m_countLine->setText(loaded ? (shown == total ? tr("%n deployment(s)", nullptr, total)
                                                  : tr("%1 of %n deployment(s)", nullptr, total).arg(shown))
                                : QString());
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

void MainWindow::showCurrentInDetails()
{
    if (!m_session)
        return;
    const QString name = currentName();
    const int row = name.isEmpty() ? -1 : m_session->model()->rowOf(name);
    if (row < 0) {
        m_details->clear();
        m_notesPanel->clear();
        return;
    }
    m_notesPanel->setDeployment(m_session->workspaceId(), name);
    const QModelIndex index = m_session->model()->index(row, 0);
    if (m_details->deploymentName() == name)
        m_details->updateDeployment(m_session->model()->deploymentAt(row),
                                    StatusPresentation::of(m_session->model()->deploymentAt(row),
                                                           m_session->model()->pauseMarker(name),
                                                           m_session->model()->pendingAction(name)));
    else
        m_details->showIndex(index);
}

void MainWindow::onRefreshed()
{
    if (m_banner->isVisible() && m_banner->kind() == ErrorBanner::Kind::Offline)
        m_banner->hideBanner();
    if (m_banner->isVisible() && m_banner->kind() == ErrorBanner::Kind::Error && m_session->lastError().kind() == ApiError::Kind::None
        && m_banner->property("refreshError").toBool())
        m_banner->hideBanner();
    updatePlaceholder();
    updateActions();
    updateStatusLine();
    showCurrentInDetails();
    if (!m_firstLoadReported) {
        m_firstLoadReported = true;
        Q_EMIT firstLoadFinished();
    }
}

void MainWindow::onRefreshFailed()
{
    const ApiError error = m_session->lastError();
    const QString message = m_session->hasLoaded()
        ? tr("Refreshing failed; showing the last data received. %1").arg(error.userMessage())
        : error.userMessage();
    if (error.kind() == ApiError::Kind::Network || error.kind() == ApiError::Kind::Timeout)
        m_banner->showOffline(message, true);
    else
        m_banner->showError(message, true);
    m_banner->setProperty("refreshError", true);
    updatePlaceholder();
    updateStatusLine();
}

void MainWindow::reportOutcome(const PauseOutcome &outcome)
{
    m_banner->setProperty("refreshError", false);
    using Kind = PauseOutcome::Kind;
    const QString name = outcome.deploymentName;
    switch (outcome.kind) {
    case Kind::Paused:
        m_banner->showSuccess(outcome.message, [this, name] { resumeDeployment(name); });
        break;
    case Kind::Resumed:
        m_banner->showSuccess(outcome.message, [this, name] { pauseDeployments({name}, {}, {}); });
        break;
    case Kind::AlreadyPaused:
    case Kind::AlreadyStopped:
    case Kind::NotPaused:
        m_banner->showInfo(outcome.message);
        break;
    case Kind::NeedsReplicaCount: {
        auto *dialog = new QInputDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setObjectName(QStringLiteral("replicaCountDialog"));
        dialog->setWindowTitle(tr("Resume %1").arg(name));
        dialog->setLabelText(outcome.message);
        dialog->setInputMode(QInputDialog::IntInput);
        dialog->setIntRange(1, 1000);
        dialog->setIntValue(outcome.proposedReplicas);
        dialog->setOkButtonText(tr("&Resume"));
        connect(dialog, &QInputDialog::intValueSelected, this, [this, name](int replicas) {
            resumeDeployment(name, false, replicas);
        });
        dialog->open();
        break;
    }
    case Kind::ChangedWhilePaused: {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Resume %1?").arg(name), outcome.message,
                                    QMessageBox::Cancel, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setObjectName(QStringLiteral("changedWhilePausedDialog"));
        QPushButton *anyway = box->addButton(tr("Resume &Anyway"), QMessageBox::AcceptRole);
        anyway->setObjectName(QStringLiteral("resumeAnywayButton"));
        connect(anyway, &QPushButton::clicked, this, [this, name] { resumeDeployment(name, true); });
        box->open();
        break;
    }
    case Kind::Failed:
    case Kind::LocalStoreFailed:
        m_banner->showError(outcome.message, false);
        break;
    }
}

void MainWindow::pauseSelected()
{
    const QStringList names = selectedNames();
    if (names.size() == 1) {
        pauseDeployments(names, {}, {});
        return;
    }
    pauseSelectedWithNote();  // several: one confirmation listing them
}

void MainWindow::pauseSelectedWithNote()
{
    QStringList names;
    for (const QString &name : selectedNames()) {
        const int row = m_session ? m_session->model()->rowOf(name) : -1;
        if (row >= 0 && !m_session->model()->index(row, 0).data(DeploymentTableModel::PausedRole).toBool()
            && !m_session->model()->index(row, 0).data(DeploymentTableModel::ScaledToZeroRole).toBool())
            names << name;
    }
    if (names.isEmpty())
        return;
    auto *dialog = new PauseDialog(names, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, names] {
        pauseDeployments(names, dialog->reason(), dialog->remindOn());
    });
    dialog->open();
}

void MainWindow::pauseDeployments(const QStringList &names, const QString &reason, const QDate &remindOn)
{
    if (!m_session)
        return;
    if (!names.isEmpty()) {
        auto *run = new BulkPause(m_session->pauses(), m_session->model(), m_session);
        connect(run, &BulkPause::pauseFinished, this, &MainWindow::pauseFinished);
        connect(run, &BulkPause::finished, this, [this](const BulkPause::Outcome &outcome) {
            refreshAfterAction();
            if (outcome.total == 1)
                return reportOutcome(outcome.outcomes.constFirst());
            // Bulk: one summary, with the failures named.
            const QStringList paused = outcome.pausedNames();
            QStringList failed;
            for (const PauseOutcome &o : outcome.failures())
                failed << tr("%1: %2").arg(o.deploymentName, o.message);
            if (failed.isEmpty())
                m_banner->showSuccess(tr("Paused %n deployment(s); Resume gives each its replicas back.", nullptr, int(paused.size())),
                                      [this, paused] { for (const QString &n : paused) resumeDeployment(n); });
            else
                m_banner->showError(tr("Paused %1 of %2. These failed:\n%3")
                                        .arg(paused.size()).arg(outcome.total).arg(failed.join(QLatin1Char('\n'))),
                                    false);
        });
        run->start(names, {reason, remindOn});
    }
    updateActions();
}

void MainWindow::refreshAfterAction()
{
    if (!m_session)
        return;
    m_session->poller()->setBusy(true);
    m_session->poller()->refreshNow();
}

void MainWindow::resumeSelected()
{
    for (const QString &name : selectedNames()) {
        const int row = m_session ? m_session->model()->rowOf(name) : -1;
        if (row < 0)
            continue;
        const QModelIndex index = m_session->model()->index(row, 0);
        if (index.data(DeploymentTableModel::PausedRole).toBool() || index.data(DeploymentTableModel::ScaledToZeroRole).toBool())
            resumeDeployment(name);
    }
}

void MainWindow::resumeDeployment(const QString &name, bool force, std::optional<int> replicas)
{
    if (!m_session)
        return;
    m_session->model()->setPendingAction(name, PendingAction::Resuming);
    PauseController::ResumeRequest request;
    request.force = force;
    request.replicas = replicas;
    m_session->pauses()->resume(name, request, this, [this, name](const PauseOutcome &outcome) {
        m_session->model()->setPendingAction(name, PendingAction::None);
        Q_EMIT pauseFinished(outcome);
        refreshAfterAction();
        reportOutcome(outcome);
    });
}

void MainWindow::editSelected()
{
    const QString name = currentName();
    if (!name.isEmpty())
        openEditor(name);
}

void MainWindow::openEditor(const QString &name)
{
    if (!m_session)
        return;
    const Deployment *d = m_session->model()->deployment(name);
    if (!d)
        return;
    auto *dialog = new EditDeploymentDialog(m_session->client(), *d, m_session->info(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (const std::optional<PauseEntry> entry = m_session->ledger()->openEntry(m_session->workspaceId(), name);
        entry && d->isScaledToZero()) {
        // Paused: the form shows what Resume brings back, and edits go through the ledger.
        dialog->setPaused(true);
        dialog->setResumeValues(PausedSettingsEditor::settingsToResume(*entry, *d));
        dialog->setPausedApplier([this, dialog](const Deployment &server, const DeploymentSettings &edited, auto done) {
            m_session->pausedEditor()->apply(server, edited, dialog, [this, done](const PausedSettingsEditor::Outcome &outcome) {
                m_session->reloadMarkers();
                if (outcome.ok())
                    m_banner->showSuccess(outcome.message);
                done(outcome.ok(), outcome.message);
            });
        });
    }
    connect(dialog, &EditDeploymentDialog::applyWhilePausedRequested, this, &MainWindow::applyWhilePaused);
    connect(dialog, &EditDeploymentDialog::applied, this, &MainWindow::refreshAfterAction);
    connect(dialog, &EditDeploymentDialog::pauseRequested, this, [this](const QString &n) { pauseDeployments({n}, {}, {}); });
    connect(dialog, &EditDeploymentDialog::resumeRequested, this, [this](const QString &n) { resumeDeployment(n); });
    dialog->open();
}

void MainWindow::applyWhilePaused(const QString &name, const DeploymentSettings &edited)
{
    if (!m_session)
        return;
    QPointer<WorkspaceSession> session = m_session;
    auto *run = new ApplyWhilePaused(session->pauses(), session->client(), session->pausedEditor(), session->model(),
                                     session);
    connect(run, &ApplyWhilePaused::stepStarted, this, [this](ApplyWhilePaused::Step step, const QString &n) {
        if (step == ApplyWhilePaused::Step::Pausing)
            m_banner->showInfo(tr("Pausing %1 to apply the change…").arg(n));
        else if (step == ApplyWhilePaused::Step::Applying)
            m_banner->showInfo(tr("Applying the change to %1 while it is paused…").arg(n));
    });
    connect(run, &ApplyWhilePaused::pauseFinished, this, &MainWindow::pauseFinished);
    connect(run, &ApplyWhilePaused::ledgerEdited, session, &WorkspaceSession::reloadMarkers);
    connect(run, &ApplyWhilePaused::finished, this, [this](const ApplyWhilePaused::Outcome &outcome) {
        using Kind = ApplyWhilePaused::Outcome::Kind;
        const QString &n = outcome.deploymentName;
        switch (outcome.kind) {
        case Kind::Resumed:
            refreshAfterAction();
            return reportOutcome(outcome.resumed);
        case Kind::NotPaused:
            return m_banner->showError(tr("The change was not applied: %1").arg(outcome.paused.message), false);
        case Kind::NotRead:
            return m_banner->showError(tr("%1 is paused, but the change was not applied: %2").arg(n, outcome.error.userMessage()),
                                       false);
        case Kind::NotApplied:
            return m_banner->showError(tr("%1 stays paused; the change was not applied: %2").arg(n, outcome.edit.message),
                                       false);
        }
    });
    run->start(name, edited, {tr("Paused while applying a change"), {}});
}

void MainWindow::restartSelected()
{
    const QString name = currentName();
    if (name.isEmpty() || !m_session)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Restart %1?").arg(name),
                                tr("Restart every replica of %1? Replicas are replaced one by one.").arg(name),
                                QMessageBox::Cancel, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *restart = box->addButton(tr("&Restart"), QMessageBox::AcceptRole);
    connect(restart, &QPushButton::clicked, this, [this, name] {
        m_session->model()->setPendingAction(name, PendingAction::Restarting);
        m_session->client()->restartDeployment(name, this, [this, name](const ApiResult<ApiNothing> &result) {
            m_session->model()->setPendingAction(name, PendingAction::None);
            if (result.ok())
                m_banner->showSuccess(tr("Restarting %1.").arg(name));
            else
                m_banner->showError(tr("Could not restart %1: %2").arg(name, result.error.userMessage()), false);
            refreshAfterAction();
        });
    });
    box->open();
}

void MainWindow::copyEndpoint()
{
    if (const Deployment *d = currentDeployment()) {
        QGuiApplication::clipboard()->setText(d->endpointUrl());
        statusBar()->showMessage(tr("Copied %1").arg(d->endpointUrl()), 3000);
    }
}

void MainWindow::openEndpoint()
{
    if (const Deployment *d = currentDeployment(); d && !d->externalEndpoint.isEmpty())
        QDesktopServices::openUrl(QUrl(d->externalEndpoint));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveTableState();
    m_settings->setValue(QStringLiteral("window/geometry"), saveGeometry());
    m_settings->setValue(QStringLiteral("window/state"), saveState());
    m_settings->setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    m_settings->setValue(QStringLiteral("window/detailsVisible"), m_detailsAction->isChecked());
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
}
