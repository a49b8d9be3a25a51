#include "ui/mainwindow/deploymentactions.h"

#include "ui/pause/askfirstsetting.h"
#include "ui/pause/pausequestions.h"

#include "app/api/leptonclient.h"
#include "app/diagnostics/loggingcategories.h"
#include "app/deployments/deploymentpoller.h"
#include "app/deployments/deploymenttablemodel.h"
#include "app/deployments/replicarange.h"
#include "app/deployments/statuspresentation.h"
#include "app/pause/applywhilepaused.h"
#include "app/pause/bulkpause.h"
#include "app/pause/pausecontroller.h"
#include "app/pause/pausedsettingseditor.h"
#include "app/storage/pauseledger.h"
#include "app/storage/storage.h"
#include "app/workspaces/workspacesession.h"
#include "ui/deployments/editdeploymentdialog.h"
#include "ui/history/deploymenthistorydialog.h"
#include "app/logs/logroutes.h"
#include "ui/logs/logsview.h"
#include "ui/mainwindow/deploymentsview.h"
#include "ui/mainwindow/windowaction.h"
#include "ui/pause/pausedialog.h"
#include "ui/resources/kindtabs.h"
#include "ui/resources/resourceview.h"
#include "ui/widgets/errorbanner.h"
#include "ui/widgets/themedicon.h"

#include <QAction>
#include <QCheckBox>
#include <QSettings>
#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QUrl>

DeploymentActions::DeploymentActions(DeploymentsView *view, QSettings *settings, QWidget *window)
    : QObject(window)
    , m_view(view)
    , m_settings(settings)
    , m_window(window)
{
    const auto makeAction = [this](const QString &objectName, const QString &text, const QKeySequence &shortcut,
                                   const QString &tip, void (DeploymentActions::*slot)()) {
        QAction *action = WindowAction::create(this, m_window, objectName, text,
                                               shortcut.isEmpty() ? QList<QKeySequence>() : QList<QKeySequence> {shortcut}, tip);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_pauseAction = makeAction(QStringLiteral("pauseAction"), tr("&Pause"), QKeySequence(tr("Ctrl+Alt+P")),
                               tr("Scale the selected deployments to zero, remembering their replicas"),
                               &DeploymentActions::pauseSelected);
    m_pauseAction->setIcon(ThemedIcon::fromTheme(QStringLiteral("media-playback-pause"), QStringLiteral("pause")));
    m_pauseWithNoteAction = makeAction(QStringLiteral("pauseWithNoteAction"), tr("Pause with &Note…"),
                                       QKeySequence(tr("Ctrl+Shift+P")), tr("Pause with a reason and a reminder"),
                                       &DeploymentActions::pauseSelectedWithNote);
    m_resumeAction = makeAction(QStringLiteral("resumeAction"), tr("Res&ume"), QKeySequence(tr("Ctrl+Alt+R")),
                                tr("Give the selected deployments back the replicas they had"),
                                &DeploymentActions::resumeSelected);
    m_resumeAction->setIcon(ThemedIcon::fromTheme(QStringLiteral("media-playback-start"), QStringLiteral("resume")));
    m_editAction = makeAction(QStringLiteral("editAction"), tr("&Edit…"), QKeySequence(tr("Ctrl+E")),
                              tr("Edit the selected deployment's settings"), &DeploymentActions::editSelected);
    m_editAction->setIcon(ThemedIcon::fromTheme(QStringLiteral("document-edit"), QStringLiteral("edit")));
    m_restartAction = makeAction(QStringLiteral("restartAction"), tr("Res&tart…"), QKeySequence(),
                                 tr("Restart the selected deployment's replicas"), &DeploymentActions::restartSelected);
    m_copyEndpointAction = makeAction(QStringLiteral("copyEndpointAction"), tr("&Copy Endpoint"),
                                      QKeySequence(tr("Ctrl+Shift+C")), tr("Copy the endpoint URL"),
                                      &DeploymentActions::copyEndpoint);
    m_openEndpointAction = makeAction(QStringLiteral("openEndpointAction"), tr("&Open Endpoint in Browser"),
                                      QKeySequence(), tr("Open the endpoint URL in the web browser"),
                                      &DeploymentActions::openEndpoint);
    m_historyAction = makeAction(QStringLiteral("historyAction"), tr("&History…"), QKeySequence(tr("Ctrl+H")),
                                 tr("Show who paused, resumed and wrote notes on the selected deployment, and when"),
                                 &DeploymentActions::showHistory);
    m_logsAction = makeAction(QStringLiteral("logsAction"), tr("&Logs…"), QKeySequence(tr("Ctrl+Alt+L")),
                              tr("Read and follow the selected deployment's log, per replica"), &DeploymentActions::showLogs);

    m_undoAction = new QAction(tr("&Undo"), this);
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    connect(m_undoAction, &QAction::triggered, this, &DeploymentActions::undoLast);
    m_window->addAction(m_undoAction);
    m_askAction = new QAction(tr("&Ask Before Pausing or Resuming"), this);
    m_askAction->setObjectName(QStringLiteral("askBeforeActingAction"));
    m_askAction->setCheckable(true);
    m_askAction->setChecked(true);
    m_askAction->setStatusTip(tr("Pause and Resume ask first in this workspace; turn it off for workspaces that are not production"));
    m_askAction->setToolTip(m_askAction->statusTip());
    connect(m_askAction, &QAction::toggled, this, &DeploymentActions::setAskBeforeActing);
    // The choice changed anywhere (a dev pod or Ray view's "do not ask again"): the check follows.
    connect(AskFirstSetting::of(m_settings), &AskFirstSetting::changed, this, [this](const QString &workspaceId, bool ask) {
        if (m_session && m_session->workspaceId() == workspaceId) {
            const QSignalBlocker blocker(m_askAction);
            m_askAction->setChecked(ask);
        }
    });

    connect(m_view, &DeploymentsView::selectionChanged, this, &DeploymentActions::updateActions);
    connect(m_view, &DeploymentsView::refreshStateChanged, this, &DeploymentActions::updateActions);
    connect(m_view, &DeploymentsView::editRequested, this, &DeploymentActions::editSelected);
    connect(m_view, &DeploymentsView::rowMenuRequested, this, &DeploymentActions::showRowMenu);
    connect(m_view->banner(), &ErrorBanner::retryRequested, this, [this] {
        if (m_session)
            m_session->poller()->refreshNow();
    });
    updateActions();
}

DeploymentActions::~DeploymentActions() = default;

void DeploymentActions::setSession(WorkspaceSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_last = {};
    m_settle.reset();
    if (session) {
        connect(session, &WorkspaceSession::markersChanged, this, &DeploymentActions::updateActions);
        connect(session, &WorkspaceSession::markersChanged, this, &DeploymentActions::reportSettled);
        connect(session, &WorkspaceSession::refreshed, this, &DeploymentActions::reportSettled);
    }
    {
        const QSignalBlocker blocker(m_askAction);
        m_askAction->setChecked(asksBeforeActing());
    }
    m_askAction->setEnabled(session != nullptr);
    updateActions();
}

void DeploymentActions::setKindTabs(KindTabs *tabs)
{
    if (m_kinds)
        disconnect(m_kinds, nullptr, this, nullptr);
    m_kinds = tabs;
    if (tabs) {
        // Another tab, or its selection or rows changed: the actions follow what is shown.
        connect(tabs, &KindTabs::shownResourceChanged, this, &DeploymentActions::updateActions);
        // A dev pod's row menu offers its log, as the endpoints' does (Ray clusters have none).
        if (ResourceView *pods = tabs->view(ResourceKind::Pod))
            pods->setRowMenuAction(m_logsAction);
    }
    updateActions();
}

ResourceView *DeploymentActions::resourceTab() const
{
    return m_kinds ? m_kinds->currentResourceView() : nullptr;
}

QStringList DeploymentActions::shownSelection() const
{
    if (ResourceView *tab = resourceTab())
        return tab->selectedNames();
    return m_view->selectedNames();
}

ActionAvailability DeploymentActions::shownAvailability(const QString &name) const
{
    if (ResourceView *tab = resourceTab())
        return tab->availability(name);
    return availability(name);
}

void DeploymentActions::addTo(QMenu *menu) const
{
    menu->addAction(m_editAction);
    menu->addAction(m_pauseAction);
    menu->addAction(m_pauseWithNoteAction);
    menu->addAction(m_resumeAction);
    menu->addAction(m_restartAction);
    menu->addAction(m_historyAction);
    menu->addAction(m_logsAction);
    menu->addSeparator();
    menu->addAction(m_copyEndpointAction);
    menu->addAction(m_openEndpointAction);
    menu->addSeparator();
    menu->addAction(m_askAction);
}

bool DeploymentActions::asksBeforeActing() const
{
    return !m_session || AskFirstSetting::of(m_settings)->asks(m_session->workspaceId());
}

void DeploymentActions::setAskBeforeActing(bool ask)
{
    if (!m_session)
        return;
    AskFirstSetting::of(m_settings)->setAsks(m_session->workspaceId(), ask);
    const QSignalBlocker blocker(m_askAction);
    m_askAction->setChecked(ask);
}

QString DeploymentActions::replicasText(std::optional<int> min, std::optional<int> max)
{
    // The range as everywhere (ReplicaRange), with its unit.
    const QString range = ReplicaRange::text(min, max);
    return range == QLatin1String("1") ? tr("1 replica") : tr("%1 replicas").arg(range);
}

void DeploymentActions::confirm(const QString &title, const QString &text, const QString &details, const QString &button,
                                std::function<void()> run)
{
    PauseQuestions::confirm(m_window, title, text, details, button, [this, run = std::move(run)](bool dontAskAgain) {
        if (dontAskAgain)
            setAskBeforeActing(false);
        run();
    });
}

void DeploymentActions::requestPause(const QStringList &names)
{
    if (!m_session || names.isEmpty())
        return;
    if (!asksBeforeActing())
        return pauseDeployments(names, {}, {});
    QStringList items;
    for (const QString &name : names) {
        const Deployment *d = m_session->model()->deployment(name);
        items << (d ? tr("%1 (%2)").arg(name, replicasText(d->minReplicas, d->maxReplicas)) : name);
    }
    const QString text = names.size() == 1 ? tr("Pause %1?").arg(items.constFirst())
                                           : tr("Pause %1 deployments: %2?").arg(names.size()).arg(items.join(tr(", ")));
    const QString details = tr("Each goes to zero replicas and stops serving. Its replicas and autoscaling are saved "
                               "first; Resume brings them back, and Edit > Undo (%1) does so at once.")
                                .arg(m_undoAction->shortcut().toString(QKeySequence::NativeText));
    confirm(names.size() == 1 ? tr("Pause %1?").arg(names.constFirst()) : tr("Pause %1 deployments?").arg(names.size()),
            text, details, tr("&Pause"), [this, names] { pauseDeployments(names, {}, {}); });
}

void DeploymentActions::requestResume(const QStringList &names)
{
    if (!m_session || names.isEmpty())
        return;
    QStringList items;
    for (const QString &name : names) {
        const Deployment *d = m_session->model()->deployment(name);
        const PauseMarker marker = m_session->model()->pauseMarker(name);
        if (marker.paused)
            items << tr("%1: back to %2").arg(name, replicasText(marker.savedMinReplicas, marker.savedMaxReplicas >= 0 ? std::optional<int>(marker.savedMaxReplicas) : std::nullopt));
        else if (d && d->isIdleAtZero())
            items << tr("%1: woken with a restart, keeping %2")
                         .arg(name, replicasText(d->minReplicas, d->maxReplicas));
        // Stopped outside the console: Resume asks how many replicas, which is the question.
    }
    const auto run = [this, names] {
        for (const QString &name : names)
            resumeDeployment(name);
    };
    if (!asksBeforeActing() || items.isEmpty())
        return run();
    const QString text = names.size() == 1 ? tr("Resume %1?").arg(items.constFirst())
                                           : tr("Resume %1 deployments:\n%2?").arg(names.size()).arg(items.join(QLatin1Char('\n')));
    confirm(names.size() == 1 ? tr("Resume %1?").arg(names.constFirst()) : tr("Resume %1 deployments?").arg(names.size()),
            text, tr("They start serving again and use GPUs from now on."), tr("Res&ume"), run);
}

bool DeploymentActions::undoApplies() const
{
    if (!m_session || m_last.kind == LastAction::Kind::None || m_last.names.isEmpty())
        return false;
    // A pause is undone by a Resume, a resume by a Pause: while every row still offers it.
    const ActionAvailability::Action takesBack = m_last.kind == LastAction::Kind::Pause ? ActionAvailability::Action::Resume
                                                                                        : ActionAvailability::Action::Pause;
    for (const QString &name : m_last.names) {
        const ActionAvailability a = availability(name);
        if (a.action != takesBack || !a.enabled)
            return false;
    }
    return true;
}

void DeploymentActions::updateUndo()
{
    const bool applies = undoApplies();
    const QString names = m_last.names.join(tr(", "));
    if (applies && m_last.kind == LastAction::Kind::Pause)
        m_undoAction->setText(tr("&Undo Pause of %1").arg(names));
    else if (applies && m_last.kind == LastAction::Kind::Resume)
        m_undoAction->setText(tr("&Undo Resume of %1").arg(names));
    else
        m_undoAction->setText(tr("&Undo"));
    m_undoAction->setEnabled(applies);
}

void DeploymentActions::undoLast()
{
    if (!undoApplies())
        return;
    const LastAction last = m_last;
    if (last.kind == LastAction::Kind::Pause)
        requestResume(last.names);
    else
        requestPause(last.names);
}

void DeploymentActions::showRowMenu(const QPoint &globalPos)
{
    QMenu menu(m_window);
    menu.addAction(m_editAction);
    if (m_pauseAction->isEnabled())
        menu.addAction(m_pauseAction);
    if (m_pauseWithNoteAction->isEnabled())
        menu.addAction(m_pauseWithNoteAction);
    if (m_resumeAction->isEnabled())
        menu.addAction(m_resumeAction);
    menu.addAction(m_restartAction);
    menu.addAction(m_historyAction);
    menu.addAction(m_logsAction);
    menu.addSeparator();
    menu.addAction(m_copyEndpointAction);
    menu.addAction(m_openEndpointAction);
    menu.exec(globalPos);
}

void DeploymentActions::showHistory()
{
    const QStringList names = m_view->selectedNames();
    if (names.size() != 1 || !m_session)
        return;
    // Not modal, deleted on close; it follows the store live while it is open.
    auto *dialog = new DeploymentHistoryDialog(m_session->storage(), m_session->workspaceId(), names.first(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void DeploymentActions::showLogs()
{
    ResourceView *tab = resourceTab();
    const QString name = tab ? tab->currentName() : (m_view->currentDeployment() ? m_view->currentDeployment()->name : QString());
    if (name.isEmpty() || !m_session)
        return;
    const ResourceKind kind = tab ? tab->kind() : ResourceKind::Endpoint;
    const QString objectName = QStringLiteral("logsView:") + (tab ? ResourceKinds::toString(kind) + QLatin1Char(':') : QString()) + name;
    for (QWidget *open : m_window->findChildren<QWidget *>(objectName, Qt::FindDirectChildrenOnly)) {
        open->raise();
        open->activateWindow();
        return;
    }
    const WorkspaceCredentials &credentials = m_session->credentials();
    LogAccess access;
    access.baseUrl = m_session->client()->baseUrl();
    access.token = credentials.token;
    access.origin = credentials.originUrl.isEmpty() ? QString() : credentials.originUrl.toString(QUrl::FullyEncoded);
    access.timeout = m_session->client()->timeout();
    auto *view = new LogsView(m_session->client(), access, kind, name, m_settings, m_window);
    view->setObjectName(objectName);
    view->show();
}

ActionAvailability DeploymentActions::availability(const QString &name) const
{
    const int row = m_session ? m_session->model()->rowOf(name) : -1;
    if (row < 0)
        return {ActionAvailability::Action::Pause, false, QString()};
    // The model's roles are ActionAvailability::of for the row (the server's state, the
    // ledger, an action on its way); what only the window knows, that the server cannot be
    // reached, goes on top.
    const QModelIndex index = m_session->model()->index(row, 0);
    ActionAvailability a;
    a.action = ActionAvailability::Action(index.data(DeploymentTableModel::ActionRole).toInt());
    a.enabled = index.data(DeploymentTableModel::ActionEnabledRole).toBool();
    a.why = index.data(DeploymentTableModel::ActionWhyRole).toString();
    return m_view->isOffline() ? a.unreachable() : a;
}

QStringList DeploymentActions::selectedFor(ActionAvailability::Action action) const
{
    QStringList names;
    for (const QString &name : shownSelection()) {
        const ActionAvailability a = shownAvailability(name);
        if (a.action == action && a.enabled)
            names << name;
    }
    return names;
}

void DeploymentActions::updateActions()
{
    // What the rows are now, never what they were when an action started: for each action,
    // whether a selected row offers it (ActionAvailability), and if none does, why.
    using Action = ActionAvailability::Action;
    // One rule for every kind tab: its selection, its rows' availability, its words.
    ResourceView *tab = resourceTab();
    const QStringList names = shownSelection();
    const bool offline = tab ? tab->isOffline() : m_view->isOffline();
    const ResourceKind kind = tab ? tab->kind() : ResourceKind::Endpoint;
    const auto selectFirst = [kind](Action action) {
        const QString name = ActionAvailability::actionName(action);
        switch (kind) {
        case ResourceKind::Pod: return tr("%1 is unavailable: select a dev pod first.").arg(name);
        case ResourceKind::RayCluster: return tr("%1 is unavailable: select a Ray cluster first.").arg(name);
        case ResourceKind::Endpoint: break;
        }
        return tr("%1 is unavailable: select a deployment first.").arg(name);
    };
    const auto state = [&](Action action, const QString &noneApplies) -> std::pair<bool, QString> {
        if (offline)
            return {false, ActionAvailability::unreachableReason(action)};
        if (names.isEmpty())
            return {false, selectFirst(action)};
        QString why;
        for (const QString &name : names) {
            const ActionAvailability a = shownAvailability(name);
            if (a.action != action)
                continue;
            if (a.enabled)
                return {true, QString()};
            why = a.why;
        }
        // A row that offers it cannot use it now (an action on its way): its reason.
        return {false, why.isEmpty() ? noneApplies : why};
    };
    const auto apply = [](QAction *action, const std::pair<bool, QString> &state) {
        action->setEnabled(state.first);
        action->setToolTip(state.second.isEmpty() ? WindowAction::toolTip(action, action->statusTip()) : state.second);
    };
    QString pausedAlready = tr("Pause is unavailable: the selected deployments are paused or stopped already.");
    QString running = tr("Resume is unavailable: the selected deployments are running.");
    if (kind == ResourceKind::Pod) {
        pausedAlready = tr("Pause is unavailable: the selected dev pods are paused or stopped already.");
        running = tr("Resume is unavailable: the selected dev pods are running.");
    } else if (kind == ResourceKind::RayCluster) {
        pausedAlready = tr("Pause is unavailable: the selected Ray clusters are paused or suspended already.");
        running = tr("Resume is unavailable: the selected Ray clusters are running.");
    }
    // What each does, in the kind's words (the status bar, and the tooltip when it is on).
    switch (kind) {
    case ResourceKind::Pod:
        m_pauseAction->setStatusTip(tr("Stop the selected dev pods; Resume brings them back as they were"));
        m_resumeAction->setStatusTip(tr("Start the selected dev pods again as they were"));
        m_logsAction->setStatusTip(tr("Read and follow the selected dev pod's log"));
        break;
    case ResourceKind::RayCluster:
        m_pauseAction->setStatusTip(tr("Suspend the selected Ray clusters, remembering their worker groups"));
        m_resumeAction->setStatusTip(tr("Give the selected Ray clusters back their head and worker groups"));
        m_logsAction->setStatusTip(tr("Read and follow the selected deployment's log, per replica"));
        break;
    case ResourceKind::Endpoint:
        m_pauseAction->setStatusTip(tr("Scale the selected deployments to zero, remembering their replicas"));
        m_resumeAction->setStatusTip(tr("Give the selected deployments back the replicas they had"));
        m_logsAction->setStatusTip(tr("Read and follow the selected deployment's log, per replica"));
        break;
    }
    const auto pause = state(Action::Pause, pausedAlready);
    apply(m_pauseAction, pause);
    apply(m_pauseWithNoteAction, pause);
    apply(m_resumeAction, state(Action::Resume, running));
    const bool single = names.size() == 1;
    // Logs: one resource of a kind with a log (a Ray cluster has none; the view says when a
    // workspace's API has no live log of a dev pod).
    std::pair<bool, QString> logs {single && m_session, QString()};
    if (kind == ResourceKind::RayCluster)
        logs = {false, LogRoutes::noLiveLogReason(kind, ApiGeneration::Legacy)};
    apply(m_logsAction, logs);
    // The rest is the endpoints' alone.
    const bool endpoints = !tab;
    m_editAction->setEnabled(endpoints && single);
    m_restartAction->setEnabled(endpoints && single);
    m_historyAction->setEnabled(endpoints && single && m_session);
    const Deployment *d = endpoints ? m_view->currentDeployment() : nullptr;
    m_copyEndpointAction->setEnabled(d && !d->endpointUrl().isEmpty());
    m_openEndpointAction->setEnabled(d && !d->externalEndpoint.isEmpty());
    updateUndo();
}

void DeploymentActions::reportOutcome(const PauseOutcome &outcome, Action action)
{
    using Kind = PauseOutcome::Kind;
    const QString name = outcome.deploymentName;
    // Help > Show Log: what the user did and how it ended, with the deployment's name.
    qCInfo(lcUi).noquote() << (action == Action::Pause ? "Pause of" : "Resume of") << name << "by the user:"
                           << (outcome.ok() ? "done." : "not done.") << outcome.message;
    switch (outcome.kind) {
    case Kind::Paused:
    case Kind::Resumed:
        m_last = {outcome.kind == Kind::Paused ? LastAction::Kind::Pause : LastAction::Kind::Resume, {name}};
        // A local write that went with it failed: said at once, in the controller's words,
        // never replaced by "waiting" (the saved replicas are kept; the user must know now).
        if (!outcome.storeProblem.isEmpty())
            m_view->showActionSuccess(outcome.message, [this] { undoLast(); });
        else
            reportWhenShown({name}, outcome.kind == Kind::Paused ? Action::Pause : Action::Resume, outcome.message);
        break;
    case Kind::AlreadyPaused:
    case Kind::AlreadyStopped:
    case Kind::NotPaused:
        m_view->showActionInfo(outcome.message);
        break;
    case Kind::NeedsReplicaCount:
        PauseQuestions::askReplicaCount(m_window, outcome, [this, name](int replicas) { resumeDeployment(name, false, replicas); });
        break;
    case Kind::ChangedWhilePaused:
        PauseQuestions::askResumeAnyway(m_window, outcome, [this, name] { resumeDeployment(name, true); });
        break;
    case Kind::Failed:
    case Kind::LocalStoreFailed:
        m_view->showActionError(failureMessage(outcome, action));
        break;
    }
}

SettleWatch::Lookup DeploymentActions::rowLookup() const
{
    return [model = QPointer<DeploymentTableModel>(m_session ? m_session->model() : nullptr)](
               const QString &name) -> std::optional<SettleWatch::Row> {
        const Deployment *d = model ? model->deployment(name) : nullptr;
        if (!d)
            return std::nullopt;
        return SettleWatch::Row {*d, model->pauseMarker(name), model->pendingAction(name)};
    };
}

void DeploymentActions::reportWhenShown(const QStringList &names, Action action, const QString &done)
{
    // The server took the change; its replicas stop (or start) over the next seconds, and the
    // row follows at the next refreshes. "Done" is said when the rows show it, not before.
    const auto settle = action == Action::Pause ? SettleWatch::Action::Pause : SettleWatch::Action::Resume;
    switch (m_settle.start(names, settle, done, rowLookup())) {
    case SettleWatch::State::Settled: return m_view->showActionSuccess(done, [this] { undoLast(); });
    case SettleWatch::State::Waiting:
        return m_view->showActionInfo(SettleWatch::waitingText(names, settle, ResourceKind::Endpoint));
    case SettleWatch::State::Idle:
    case SettleWatch::State::Dropped: break;
    }
}

void DeploymentActions::reportSettled()
{
    if (m_session && m_settle.check(rowLookup()) == SettleWatch::State::Settled)
        m_view->showActionSuccess(m_settle.done(), [this] { undoLast(); });
}

QString DeploymentActions::failureMessage(const PauseOutcome &outcome, Action action)
{
    // Stopped before anything was written or sent (no ledger entry): say so plainly.
    // Otherwise the controller's sentence says what was kept and what happens next.
    if (outcome.kind != PauseOutcome::Kind::Failed || outcome.entry.id > 0 || !outcome.error.isError())
        return outcome.message;
    return action == Action::Pause
        ? tr("Could not pause %1: %2 Nothing was changed.").arg(outcome.deploymentName, outcome.error.userMessage())
        : tr("Could not resume %1: %2 Nothing was changed; it stays paused.").arg(outcome.deploymentName,
                                                                                   outcome.error.userMessage());
}

void DeploymentActions::pauseSelected()
{
    const QStringList names = selectedFor(ActionAvailability::Action::Pause);
    if (ResourceView *tab = resourceTab())
        return tab->requestPause(names);
    requestPause(names);
}

void DeploymentActions::pauseSelectedWithNote()
{
    const QStringList names = selectedFor(ActionAvailability::Action::Pause);
    if (ResourceView *tab = resourceTab())
        return tab->requestPauseWithNote(names);
    if (names.isEmpty())
        return;
    auto *dialog = new PauseDialog(names, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, names] {
        pauseDeployments(names, dialog->reason(), dialog->remindOn());
    });
    dialog->open();
}

void DeploymentActions::pauseDeployments(const QStringList &names, const QString &reason, const QDate &remindOn)
{
    if (!m_session)
        return;
    if (!names.isEmpty()) {
        auto *run = new BulkPause(m_session->pauses(), m_session->model(), m_session);
        connect(run, &BulkPause::pauseFinished, this, &DeploymentActions::pauseFinished);
        connect(run, &BulkPause::finished, this, [this](const BulkPause::Outcome &outcome) {
            refreshAfterAction();
            if (outcome.total == 1)
                return reportOutcome(outcome.outcomes.constFirst(), Action::Pause);
            // Bulk: one summary, with the failures named.
            const QStringList paused = outcome.pausedNames();
            QStringList failed;
            for (const PauseOutcome &o : outcome.failures())
                failed << failureMessage(o, Action::Pause);
            if (!paused.isEmpty())
                m_last = {LastAction::Kind::Pause, paused};
            if (failed.isEmpty())
                reportWhenShown(paused, Action::Pause,
                                tr("Paused %n deployment(s); Resume gives each its replicas back.", nullptr, int(paused.size())));
            else
                m_view->showActionError(tr("Paused %1 of %2. These failed:\n%3")
                                            .arg(paused.size()).arg(outcome.total).arg(failed.join(QLatin1Char('\n'))));
        });
        run->start(names, {reason, remindOn});
    }
    updateActions();
}

void DeploymentActions::refreshAfterAction()
{
    if (!m_session)
        return;
    m_session->poller()->setBusy(true);
    m_session->poller()->refreshNow();
}

void DeploymentActions::resumeSelected()
{
    const QStringList names = selectedFor(ActionAvailability::Action::Resume);
    if (ResourceView *tab = resourceTab())
        return tab->requestResume(names);
    requestResume(names);
}

void DeploymentActions::resumeDeployment(const QString &name, bool force, std::optional<int> replicas)
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
        reportOutcome(outcome, Action::Resume);
    });
}

void DeploymentActions::editSelected()
{
    const QString name = m_view->currentName();
    if (!name.isEmpty())
        openEditor(name);
}

void DeploymentActions::openEditor(const QString &name)
{
    if (!m_session)
        return;
    // The ledger is read first (on the storage's thread): a paused deployment's form shows
    // what Resume brings back. A failed read opens the plain form.
    QPointer<WorkspaceSession> session = m_session;
    m_session->storage()->ledger().openEntry(m_session->workspaceId(), name, this,
                                             [this, session, name](const StoreResult<std::optional<PauseEntry>> &open) {
        if (!session || session != m_session)
            return;
        openEditorWith(name, open.ok() ? open.value : std::nullopt);
    });
}

void DeploymentActions::openEditorWith(const QString &name, const std::optional<PauseEntry> &entry)
{
    const Deployment *d = m_session->model()->deployment(name);
    if (!d)
        return;
    auto *dialog = new EditDeploymentDialog(m_session->client(), *d, m_session->info(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (entry && d->isScaledToZero()) {
        // Paused: the form shows what Resume brings back, and edits go through the ledger.
        dialog->setPaused(true);
        dialog->setResumeValues(PausedSettingsEditor::settingsToResume(*entry, *d));
        dialog->setPausedApplier([this, dialog](const Deployment &server, const DeploymentSettings &edited, auto done) {
            m_session->pausedEditor()->apply(server, edited, dialog, [this, done](const PausedSettingsEditor::Outcome &outcome) {
                if (outcome.ok())
                    m_view->showActionSuccess(outcome.message);
                done(outcome.ok(), outcome.message);
            });
        });
    }
    connect(dialog, &EditDeploymentDialog::applyWhilePausedRequested, this, &DeploymentActions::applyWhilePaused);
    connect(dialog, &EditDeploymentDialog::applied, this, [this, name] {
        qCInfo(lcUi).noquote() << "Edit of" << name << "by the user: applied.";
        refreshAfterAction();
    });
    connect(dialog, &EditDeploymentDialog::pauseRequested, this, [this](const QString &n) { requestPause({n}); });
    connect(dialog, &EditDeploymentDialog::resumeRequested, this, [this](const QString &n) { requestResume({n}); });
    dialog->open();
}

void DeploymentActions::applyWhilePaused(const QString &name, const DeploymentSettings &edited)
{
    if (!m_session)
        return;
    QPointer<WorkspaceSession> session = m_session;
    auto *run = new ApplyWhilePaused(session->pauses(), session->client(), session->pausedEditor(), session->model(),
                                     session);
    connect(run, &ApplyWhilePaused::stepStarted, this, [this](ApplyWhilePaused::Step step, const QString &n) {
        if (step == ApplyWhilePaused::Step::Pausing)
            m_view->showActionInfo(tr("Pausing %1 to apply the change…").arg(n));
        else if (step == ApplyWhilePaused::Step::Applying)
            m_view->showActionInfo(tr("Applying the change to %1 while it is paused…").arg(n));
    });
    connect(run, &ApplyWhilePaused::pauseFinished, this, &DeploymentActions::pauseFinished);
    connect(run, &ApplyWhilePaused::finished, this, [this](const ApplyWhilePaused::Outcome &outcome) {
        using Kind = ApplyWhilePaused::Outcome::Kind;
        const QString &n = outcome.deploymentName;
        switch (outcome.kind) {
        case Kind::Resumed:
            refreshAfterAction();
            return reportOutcome(outcome.resumed, Action::Resume);
        case Kind::NotPaused:
            return m_view->showActionError(tr("The change was not applied: %1").arg(outcome.paused.message));
        case Kind::NotRead:
            return m_view->showActionError(
                tr("%1 is paused, but the change was not applied: %2").arg(n, outcome.error.userMessage()));
        case Kind::NotApplied:
            return m_view->showActionError(tr("%1 stays paused; the change was not applied: %2").arg(n, outcome.edit.message));
        }
    });
    run->start(name, edited, {tr("Paused while applying a change"), {}});
}

void DeploymentActions::restartSelected()
{
    restartDeployment(m_view->currentName());
}

void DeploymentActions::restartDeployment(const QString &name)
{
    if (name.isEmpty() || !m_session)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Restart %1?").arg(name),
                                tr("Restart every replica of %1? Replicas are replaced one by one.").arg(name),
                                QMessageBox::Cancel, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *restart = box->addButton(tr("&Restart"), QMessageBox::AcceptRole);
    connect(restart, &QPushButton::clicked, this, [this, name] {
        if (!m_session)
            return;
        m_session->model()->setPendingAction(name, PendingAction::Restarting);
        m_session->client()->restartDeployment(name, this, [this, name](const ApiResult<ApiNothing> &result) {
            m_session->model()->setPendingAction(name, PendingAction::None);
            qCInfo(lcUi).noquote() << "Restart of" << name << "by the user:"
                                   << (result.ok() ? QStringLiteral("done.") : result.error.userMessage());
            if (result.ok())
                m_view->showActionSuccess(tr("Restarting %1.").arg(name));
            else
                m_view->showActionError(tr("Could not restart %1: %2").arg(name, result.error.userMessage()));
            refreshAfterAction();
        });
    });
    box->open();
}

void DeploymentActions::copyEndpoint()
{
    if (const Deployment *d = m_view->currentDeployment()) {
        QGuiApplication::clipboard()->setText(d->endpointUrl());
        Q_EMIT statusMessage(tr("Copied %1").arg(d->endpointUrl()));
    }
}

void DeploymentActions::openEndpoint()
{
    if (const Deployment *d = m_view->currentDeployment(); d && !d->externalEndpoint.isEmpty())
        QDesktopServices::openUrl(QUrl(d->externalEndpoint));
}
