#include "ui/resources/resourceview.h"

#include "ui/pause/askfirstsetting.h"
#include "ui/pause/pausequestions.h"

#include "app/deployments/actionavailability.h"
#include "app/deployments/deploymenttablemodel.h"
#include "app/resources/resourcesession.h"
#include "app/resources/resourcetablemodel.h"
#include "app/workspaces/workspacesession.h"
#include "ui/deployments/statusbadgedelegate.h"
#include "ui/pause/pausedialog.h"
#include "ui/widgets/clearbutton.h"
#include "ui/widgets/errorbanner.h"
#include "ui/widgets/textcelldelegate.h"
#include "ui/widgets/themedicon.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

using Roles = DeploymentTableModel::Role;

ResourceView::ResourceView(ResourceKind kind, QSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_settings(settings)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_banner(new ErrorBanner(this))
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_filter(new QLineEdit(this))
{
    const bool pods = kind == ResourceKind::Pod;
    setObjectName(pods ? QStringLiteral("devPodsView") : QStringLiteral("rayClustersView"));

    m_proxy->setFilterRole(Roles::FilterTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(Roles::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_filter->setObjectName(QStringLiteral("resourceFilterEdit"));
    m_filter->setAccessibleName(pods ? tr("Filter dev pods") : tr("Filter Ray clusters"));
    m_filter->setPlaceholderText(tr("Filter by name, image, shape or state"));
    ClearButton::enable(m_filter, tr("Clear the filter"));
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        updatePlaceholder();
    });

    m_table->setObjectName(pods ? QStringLiteral("devPodTable") : QStringLiteral("rayClusterTable"));
    m_table->setAccessibleName(pods ? tr("Dev pods") : tr("Ray clusters"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ResourceTableModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setItemDelegate(new TextCellDelegate(m_table));
    m_table->setItemDelegateForColumn(ResourceTableModel::StatusColumn, new StatusBadgeDelegate(m_table));
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (m_table->indexAt(pos).isValid() || !selectedNames().isEmpty())
            showRowMenu(m_table->viewport()->mapToGlobal(pos));
    });

    const auto makeAction = [this](const QString &objectName, const QString &text, const QString &tip) {
        auto *action = new QAction(text, this);
        action->setObjectName(objectName);
        action->setToolTip(tip);
        action->setStatusTip(tip);
        return action;
    };
    m_pauseAction = makeAction(QStringLiteral("resourcePauseAction"), tr("&Pause"),
                               pods ? tr("Stop the selected dev pods; Resume brings them back as they were")
                                    : tr("Suspend the selected Ray clusters; Resume brings their workers back"));
    m_pauseAction->setIcon(ThemedIcon::fromTheme(QStringLiteral("media-playback-pause"), QStringLiteral("pause")));
    m_pauseWithNoteAction = makeAction(QStringLiteral("resourcePauseWithNoteAction"), tr("Pause with &Note…"),
                                       tr("Pause with a reason and a reminder"));
    m_resumeAction = makeAction(QStringLiteral("resourceResumeAction"), tr("Res&ume"),
                                tr("Bring back what the console's pause saved"));
    m_resumeAction->setIcon(ThemedIcon::fromTheme(QStringLiteral("media-playback-start"), QStringLiteral("resume")));
    m_copyNameAction = makeAction(QStringLiteral("resourceCopyNameAction"), tr("&Copy Name"), tr("Copy the name"));
    connect(m_pauseAction, &QAction::triggered, this, [this] { requestPause(selectedNames()); });
    connect(m_pauseWithNoteAction, &QAction::triggered, this, [this] { requestPauseWithNote(selectedNames()); });
    connect(m_resumeAction, &QAction::triggered, this, [this] { requestResume(selectedNames()); });
    connect(m_copyNameAction, &QAction::triggered, this, [this] {
        QApplication::clipboard()->setText(selectedNames().join(QLatin1Char('\n')));
    });

    auto *top = new QHBoxLayout;
    top->setContentsMargins(4, 2, 4, 2);
    for (QAction *action : {m_pauseAction, m_resumeAction}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        button->setObjectName(action->objectName() + QStringLiteral("Button"));
        button->setAccessibleName(action->text().remove(QLatin1Char('&')));
        top->addWidget(button);
    }
    top->addStretch(1);
    top->addWidget(m_filter, 2);

    m_placeholder->setObjectName(QStringLiteral("resourcePlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_placeholder->setFocusPolicy(Qt::StrongFocus);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_table);
    m_banner->setObjectName(QStringLiteral("resourceBanner"));
    m_banner->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_banner);
    updateActions();
    updatePlaceholder();
}

ResourceView::~ResourceView() = default;

ResourceTableModel *ResourceView::model() const
{
    return m_resources ? m_resources->model(m_kind) : nullptr;
}

void ResourceView::setResources(ResourceSession *resources)
{
    if (m_resources)
        disconnect(m_resources, nullptr, this, nullptr);
    m_resources = resources;
    m_settle.reset();
    m_banner->hideBanner();
    m_proxy->setSourceModel(model());
    if (m_table->selectionModel()) {
        connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ResourceView::updateActions,
                Qt::UniqueConnection);
        connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ResourceView::currentChanged,
                Qt::UniqueConnection);
        connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ResourceView::currentChanged,
                Qt::UniqueConnection);
    }
    if (resources) {
        const QHeaderView *header = m_table->horizontalHeader();
        const int ch = m_table->fontMetrics().horizontalAdvance(QLatin1Char('x'));
        m_table->setColumnWidth(ResourceTableModel::NameColumn, ch * 24);
        m_table->setColumnWidth(ResourceTableModel::StatusColumn, ch * 22);
        // The image (next to last) and a Ray cluster's worker groups get room; the rest is short.
        const int image = header->count() - 2;
        for (int column = ResourceTableModel::StatusColumn + 1; column < image; ++column)
            m_table->setColumnWidth(column, ch * (m_kind == ResourceKind::RayCluster && column == 3 ? 36 : 14));
        m_table->setColumnWidth(image, ch * 34);
        connect(resources, &ResourceSession::refreshed, this, [this](ResourceKind kind) {
            if (kind != m_kind)
                return;
            updatePlaceholder();
            reportSettled();
            // Back online: the actions (here and the window's) may be usable again.
            updateActions();
            if (const bool was = std::exchange(m_offline, isOffline()); was != m_offline)
                Q_EMIT currentChanged();
        });
        connect(resources, &ResourceSession::markersChanged, this, &ResourceView::reportSettled);
        connect(resources, &ResourceSession::refreshFailed, this, [this](ResourceKind kind, const ApiError &error) {
            if (kind != m_kind)
                return;
            updatePlaceholder();
            updateActions();
            if (const bool was = std::exchange(m_offline, isOffline()); was != m_offline)
                Q_EMIT currentChanged();
            if (m_resources && m_resources->hasLoaded(m_kind) && !m_banner->isVisible())
                m_banner->showError(tr("Refreshing failed; showing the last data received. %1").arg(error.userMessage()), false);
        });
        connect(resources, &ResourceSession::reconciled, this, [this](const QStringList &messages) {
            m_banner->showWarning(messages.join(QLatin1Char('\n')));
        });
        connect(model(), &QAbstractItemModel::dataChanged, this, &ResourceView::updateActions);
        // A change of any row may be the shown one's (its data, marker or action under way).
        connect(model(), &QAbstractItemModel::dataChanged, this, &ResourceView::currentChanged);
        connect(model(), &QAbstractItemModel::modelReset, this, &ResourceView::currentChanged);
        connect(model(), &QAbstractItemModel::rowsRemoved, this, &ResourceView::currentChanged);
    }
    updateActions();
    updatePlaceholder();
    Q_EMIT currentChanged();
}

QString ResourceView::noun(int count) const
{
    return m_kind == ResourceKind::Pod ? tr("%n dev pod(s)", nullptr, count) : tr("%n Ray cluster(s)", nullptr, count);
}

void ResourceView::updatePlaceholder()
{
    QString text;
    if (!m_resources)
        text = tr("Not connected to a workspace.");
    else if (!m_resources->hasLoaded(m_kind))
        text = m_resources->lastError(m_kind).isError()
            ? tr("Could not load the list.\n%1").arg(m_resources->lastError(m_kind).userMessage())
            : tr("Loading…");
    else if (model()->rowCount() == 0)
        text = m_kind == ResourceKind::Pod
            ? tr("This workspace has no dev pods.\nCreate one with the Lepton dashboard or `lep pod create`, and it appears here.")
            : tr("This workspace has no Ray clusters.\nCreate one with the Lepton dashboard or `lep raycluster create`, and it appears here.");
    else if (m_proxy->rowCount() == 0)
        text = tr("Nothing matches “%1”.").arg(m_filter->text());
    m_placeholder->setText(text);
    m_placeholder->setAccessibleName(text);
    m_stack->setCurrentWidget(text.isEmpty() ? static_cast<QWidget *>(m_table) : m_placeholder);
}

QStringList ResourceView::selectedNames() const
{
    QStringList names;
    if (!m_table->selectionModel())
        return names;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows(ResourceTableModel::NameColumn);
    for (const QModelIndex &index : rows)
        names << index.data(Roles::NameRole).toString();
    names.sort();
    return names;
}

ActionAvailability ResourceView::availability(const QString &name) const
{
    ResourceTableModel *table = model();
    const int row = table ? table->rowOf(name) : -1;
    if (row < 0)
        return {ActionAvailability::Action::Pause, false, QString()};
    // The row menu's rule: the model's roles (ActionAvailability::of for the row), and on top
    // what the view knows, that the server cannot be reached.
    const QModelIndex index = table->index(row, 0);
    ActionAvailability a;
    a.action = ActionAvailability::Action(index.data(Roles::ActionRole).toInt());
    a.enabled = index.data(Roles::ActionEnabledRole).toBool();
    a.why = index.data(Roles::ActionWhyRole).toString();
    return isOffline() ? a.unreachable() : a;
}

bool ResourceView::isOffline() const
{
    if (!m_resources)
        return false;
    const ApiError::Kind kind = m_resources->lastError(m_kind).kind();
    return kind == ApiError::Kind::Network || kind == ApiError::Kind::Timeout;
}

QModelIndex ResourceView::currentIndex() const
{
    QItemSelectionModel *selection = m_table->selectionModel();
    if (!selection || !model())
        return {};
    const QModelIndex current = selection->currentIndex();
    if (current.isValid() && selection->isRowSelected(current.row()))
        return current.siblingAtColumn(ResourceTableModel::NameColumn);
    const QModelIndexList rows = selection->selectedRows(ResourceTableModel::NameColumn);
    return rows.size() == 1 ? rows.constFirst() : QModelIndex();
}

QString ResourceView::currentName() const
{
    return currentIndex().data(Roles::NameRole).toString();
}

bool ResourceView::selectResource(const QString &name)
{
    ResourceTableModel *table = model();
    const int row = table ? table->rowOf(name) : -1;
    const QModelIndex index = row >= 0 ? m_proxy->mapFromSource(table->index(row, 0)) : QModelIndex();
    if (!index.isValid())
        return false;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void ResourceView::updateActions()
{
    bool pausable = false;
    bool resumable = false;
    for (const QString &name : selectedNames()) {
        const ActionAvailability a = availability(name);
        pausable = pausable || (a.enabled && a.action == ActionAvailability::Action::Pause);
        resumable = resumable || (a.enabled && a.action == ActionAvailability::Action::Resume);
    }
    m_pauseAction->setEnabled(pausable);
    m_pauseWithNoteAction->setEnabled(pausable);
    m_resumeAction->setEnabled(resumable);
    m_copyNameAction->setEnabled(!selectedNames().isEmpty());
}

void ResourceView::showRowMenu(const QPoint &globalPos)
{
    updateActions();
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("resourceRowMenu"));
    menu.setAccessibleName(m_kind == ResourceKind::Pod ? tr("Dev pod") : tr("Ray cluster"));
    menu.addAction(m_pauseAction);
    menu.addAction(m_pauseWithNoteAction);
    menu.addAction(m_resumeAction);
    if (m_rowMenuAction)
        menu.addAction(m_rowMenuAction);
    menu.addSeparator();
    menu.addAction(m_copyNameAction);
    menu.exec(globalPos);
}

bool ResourceView::asksFirst() const
{
    const QString id = m_resources && m_resources->workspace() ? m_resources->workspace()->workspaceId() : QString();
    // The endpoints' setting: one "ask before pausing or resuming" per workspace.
    return AskFirstSetting::of(m_settings)->asks(id);
}

void ResourceView::confirm(const QString &title, const QString &text, const QString &details, const QString &button,
                           std::function<void()> run)
{
    PauseQuestions::confirm(this, title, text, details, button, [this, run = std::move(run)](bool dontAskAgain) {
        if (dontAskAgain && m_resources && m_resources->workspace())
            AskFirstSetting::of(m_settings)->setAsks(m_resources->workspace()->workspaceId(), false);
        run();
    });
}

void ResourceView::requestPause(const QStringList &names)
{
    if (!m_resources || names.isEmpty())
        return;
    const auto run = [this, names] { pause(names, {}, {}); };
    if (!asksFirst())
        return run();
    const bool pods = m_kind == ResourceKind::Pod;
    const QString title = names.size() == 1 ? tr("Pause %1?").arg(names.constFirst())
                                            : tr("Pause %1?").arg(noun(int(names.size())));
    const QString text = names.size() == 1 ? title : tr("Pause %1: %2?").arg(noun(int(names.size())), names.join(tr(", ")));
    const QString details = pods
        ? tr("A dev pod stops and gives its GPU back; what it runs is lost, its storage stays. What it had is saved "
             "first; Resume brings it back.")
        : tr("A Ray cluster is suspended: its head and workers stop. Its worker groups are saved first; Resume brings "
             "them back.");
    confirm(title, text, details, tr("&Pause"), run);
}

void ResourceView::requestPauseWithNote(const QStringList &names)
{
    if (!m_resources || names.isEmpty())
        return;
    auto *dialog = new PauseDialog(names, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, names] { pause(names, dialog->reason(), dialog->remindOn()); });
    dialog->open();
}

void ResourceView::requestResume(const QStringList &names)
{
    if (!m_resources || names.isEmpty())
        return;
    const auto run = [this, names] {
        for (const QString &name : names)
            resume(name);
    };
    if (!asksFirst())
        return run();
    const QString title = names.size() == 1 ? tr("Resume %1?").arg(names.constFirst())
                                            : tr("Resume %1?").arg(noun(int(names.size())));
    confirm(title, names.size() == 1 ? title : tr("Resume %1: %2?").arg(noun(int(names.size())), names.join(tr(", "))),
            tr("They start again and use GPUs from now on."), tr("Res&ume"), run);
}

void ResourceView::pause(const QStringList &names, const QString &reason, const QDate &remindOn)
{
    if (!m_resources)
        return;
    for (const QString &name : names) {
        PauseController::PauseRequest request;
        request.reason = reason;
        request.remindOn = remindOn;
        m_resources->pause(m_kind, name, request, this, [this](const PauseOutcome &outcome) { report(outcome, true); });
    }
    updateActions();
}

void ResourceView::resume(const QString &name, bool force, std::optional<int> replicas)
{
    if (!m_resources)
        return;
    PauseController::ResumeRequest request;
    request.force = force;
    request.replicas = replicas;
    m_resources->resume(m_kind, name, request, this, [this](const PauseOutcome &outcome) { report(outcome, false); });
    updateActions();
}

void ResourceView::report(const PauseOutcome &outcome, bool pausing)
{
    using Kind = PauseOutcome::Kind;
    const QString name = outcome.deploymentName;
    switch (outcome.kind) {
    case Kind::Paused:
    case Kind::Resumed: {
        // A local write that went with it failed: said at once, never replaced by "waiting".
        if (!outcome.storeProblem.isEmpty()) {
            m_settle.reset();
            m_banner->showSuccess(outcome.message);
            break;
        }
        // "Done" when the row shows it (SettleWatch, the endpoints' rule), not before.
        const auto action = pausing ? SettleWatch::Action::Pause : SettleWatch::Action::Resume;
        switch (m_settle.start({name}, action, outcome.message, rowLookup())) {
        case SettleWatch::State::Settled: m_banner->showSuccess(outcome.message); break;
        case SettleWatch::State::Waiting: m_banner->showInfo(SettleWatch::waitingText({name}, action, m_kind)); break;
        case SettleWatch::State::Idle:
        case SettleWatch::State::Dropped: break;
        }
        break;
    }
    case Kind::AlreadyPaused:
    case Kind::AlreadyStopped:
    case Kind::NotPaused:
        m_banner->showInfo(outcome.message);
        break;
    case Kind::NeedsReplicaCount:
        PauseQuestions::askReplicaCount(this, outcome, [this, name](int count) { resume(name, false, count); });
        break;
    case Kind::ChangedWhilePaused:
        PauseQuestions::askResumeAnyway(this, outcome, [this, name] { resume(name, true); });
        break;
    case Kind::Failed:
    case Kind::LocalStoreFailed:
        m_banner->showError(outcome.message.isEmpty()
                                ? (pausing ? tr("Could not pause %1: %2").arg(name, outcome.error.userMessage())
                                           : tr("Could not resume %1: %2").arg(name, outcome.error.userMessage()))
                                : outcome.message,
                            false);
        break;
    }
    updateActions();
    Q_EMIT pauseFinished(outcome);
}

SettleWatch::Lookup ResourceView::rowLookup() const
{
    return [table = QPointer<ResourceTableModel>(model())](const QString &name) -> std::optional<SettleWatch::Row> {
        const int row = table ? table->rowOf(name) : -1;
        if (row < 0)
            return std::nullopt;
        return SettleWatch::Row {table->rowAt(row), table->pauseMarker(name), table->pendingAction(name)};
    };
}

void ResourceView::reportSettled()
{
    if (m_settle.check(rowLookup()) == SettleWatch::State::Settled)
        m_banner->showSuccess(m_settle.done());
}
