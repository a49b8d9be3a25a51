#include "ui/mainwindow/deploymentsview.h"

#include "app/api/leptonclient.h"
#include "app/deployments/deploymentpoller.h"
#include "app/deployments/deploymenttablemodel.h"
#include "app/deployments/statuspresentation.h"
#include "app/workspaces/workspacesession.h"
#include "ui/deployments/badgeanimator.h"
#include "ui/deployments/statusbadgedelegate.h"
#include "ui/widgets/clearbutton.h"
#include "ui/widgets/errorbanner.h"
#include "ui/widgets/textcelldelegate.h"

#include <QAction>
#include <QActionGroup>
#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QHBoxLayout>
#include <QMenu>
#include <QStyle>
#include <QToolButton>
#include <QScrollBar>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

DeploymentsView::DeploymentsView(QSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_proxy(new DeploymentFilterModel(this))
    , m_table(new QTableView(this))
    , m_badgeDelegate(new StatusBadgeDelegate(this))
    , m_banner(new ErrorBanner(this))
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_filter(new QLineEdit(this))
{
    setObjectName(QStringLiteral("deploymentsView"));
    buildQuickFilters();

    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setAccessibleName(tr("Filter deployments"));
    m_filter->setPlaceholderText(tr("Filter by name, image, shape or state (Ctrl+F)"));
    ClearButton::enable(m_filter, tr("Clear the filter"));
    m_filter->setMinimumWidth(m_filter->fontMetrics().averageCharWidth() * 36);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text);
        updatePlaceholder();
    });

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
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (m_table->indexAt(pos).isValid())
            Q_EMIT rowMenuRequested(m_table->viewport()->mapToGlobal(pos));
    });
    connect(m_table->horizontalHeader(), &QWidget::customContextMenuRequested, this, &DeploymentsView::showHeaderMenu);
    // The editor opens on a double-click or Enter, never on `activated`: that signal follows
    // the platform's single-click setting (KDE's "single-click opens"), where every click
    // that selects a row would open the editor. Enter is handled in eventFilter().
    connect(m_table, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.isValid())
            Q_EMIT editRequested();
    });
    m_table->installEventFilter(this);
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

    // The filters sit right above the table, not in the toolbar: a narrow window moves
    // toolbar items into its overflow menu, and Ctrl+F must always find the box.
    auto *filterRow = new QHBoxLayout;
    filterRow->setContentsMargins(style()->pixelMetric(QStyle::PM_LayoutLeftMargin) / 2, 2,
                                  style()->pixelMetric(QStyle::PM_LayoutRightMargin) / 2, 2);
    for (QAction *action : m_quickFilterGroup->actions()) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setAutoRaise(true);
        button->setObjectName(action->objectName() + QStringLiteral("Button"));
        button->setAccessibleName(action->text());
        filterRow->addWidget(button);
    }
    filterRow->addStretch(1);
    filterRow->addWidget(m_filter, 2);
    // Escape in the box clears the filter; with nothing to clear it goes back to the table.
    auto *clear = new QAction(this);
    clear->setShortcut(QKeySequence(Qt::Key_Escape));
    clear->setShortcutContext(Qt::WidgetShortcut);
    m_filter->addAction(clear);
    connect(clear, &QAction::triggered, this, [this] {
        if (m_filter->text().isEmpty())
            m_table->setFocus(Qt::ShortcutFocusReason);
        else
            m_filter->clear();
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(filterRow);
    layout->addWidget(m_stack, 1);
    // The banner floats over the bottom of the table, not in the layout: showing or hiding
    // it never moves a row under the pointer.
    m_banner->setObjectName(QStringLiteral("errorBanner"));
    m_banner->hide();
    m_banner->installEventFilter(this);
    connect(m_banner, &ErrorBanner::dismissed, this, [this] {
        m_bannerFromRefresh = false;
        // The action's message is closed: what the refresh found shows again.
        if (m_session && m_session->lastError().isError())
            showRefreshProblem();
    });


    updatePlaceholder();
}

DeploymentsView::~DeploymentsView() = default;

void DeploymentsView::buildQuickFilters()
{
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
        connect(action, &QAction::triggered, this, [this, filter] {
            m_proxy->setQuickFilter(filter);
            updatePlaceholder();
        });
    }
}

void DeploymentsView::setSession(WorkspaceSession *session)
{
    if (m_session) {
        saveTableState();
        disconnect(m_session, nullptr, this, nullptr);
        disconnect(m_session->client(), nullptr, this, nullptr);
        disconnect(m_session->poller(), nullptr, this, nullptr);
        disconnect(m_session->model(), nullptr, this, nullptr);
        if (m_table->selectionModel())
            disconnect(m_table->selectionModel(), nullptr, this, nullptr);
    }
    m_session = session;
    m_firstLoadReported = false;
    m_bannerFromRefresh = false;
    m_lastSkippedMessage.clear();
    m_banner->hideBanner();
    if (!session) {
        m_proxy->setSourceModel(nullptr);
        updatePlaceholder();
        return;
    }
    m_proxy->setSourceModel(session->model());
    restoreTableState();

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DeploymentsView::selectionChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DeploymentsView::selectionChanged);
    // A pause or resume ending changes a row without a refresh: the actions and the details
    // follow the row as it is now, never as it was when the action started.
    connect(session->model(), &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
        if (!m_table->selectionModel())
            return;
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        for (const QModelIndex &index : rows) {
            const int row = m_proxy->mapToSource(index).row();
            if (row >= topLeft.row() && row <= bottomRight.row())
                return Q_EMIT selectionChanged();
        }
    });
    connect(session, &WorkspaceSession::refreshed, this, &DeploymentsView::onRefreshed);
    connect(session, &WorkspaceSession::refreshFailed, this, &DeploymentsView::onRefreshFailed);
    connect(session, &WorkspaceSession::reconciled, this, [this](const QStringList &messages) {
        showActionWarning(messages.join(QLatin1Char('\n')));
    });
    // A deployment the client could not read is left out of the table: say which, once per
    // change (the list is read again at every refresh).
    connect(session->client(), &LeptonClient::deploymentsSkipped, this, [this](int, const QString &message) {
        if (message == m_lastSkippedMessage)
            return;
        m_lastSkippedMessage = message;
        showActionWarning(message);
    });
    connect(session->poller(), &DeploymentPoller::loadingChanged, this, [this] {
        updatePlaceholder();
        Q_EMIT refreshStateChanged();
    });
    updatePlaceholder();
}

void DeploymentsView::onRefreshed()
{
    if (m_bannerFromRefresh && m_banner->isVisible())
        m_banner->hideBanner();
    m_bannerFromRefresh = false;
    updatePlaceholder();
    Q_EMIT refreshStateChanged();
    Q_EMIT selectionChanged();
    if (!m_firstLoadReported) {
        m_firstLoadReported = true;
        Q_EMIT firstLoadFinished();
    }
}

void DeploymentsView::onRefreshFailed()
{
    showRefreshProblem();
    updatePlaceholder();
    Q_EMIT refreshStateChanged();
}

bool DeploymentsView::holdsActionMessage() const
{
    return m_banner->isVisible() && !m_bannerFromRefresh
        && (m_banner->kind() == ErrorBanner::Kind::Error || m_banner->kind() == ErrorBanner::Kind::Warning);
}

bool DeploymentsView::isOffline() const
{
    if (!m_session)
        return false;
    const ApiError::Kind kind = m_session->lastError().kind();
    return kind == ApiError::Kind::Network || kind == ApiError::Kind::Timeout;
}

void DeploymentsView::showRefreshProblem()
{
    // An action's error the user has not closed stays: the status line says the data is
    // stale meanwhile, and the refresh's problem shows when the error is closed.
    if (!m_session || holdsActionMessage())
        return;
    const ApiError error = m_session->lastError();
    if (!error.isError())
        return;
    const QString message = m_session->hasLoaded()
        ? tr("Refreshing failed; showing the last data received. %1").arg(error.userMessage())
        : error.userMessage();
    if (error.kind() == ApiError::Kind::Network || error.kind() == ApiError::Kind::Timeout)
        m_banner->showOffline(message, true);
    else
        m_banner->showError(message, true);
    m_bannerFromRefresh = true;
}

void DeploymentsView::showActionError(const QString &message)
{
    m_bannerFromRefresh = false;
    m_banner->showError(message, false);
}

void DeploymentsView::showActionWarning(const QString &message)
{
    m_bannerFromRefresh = false;
    m_banner->showWarning(message);
}

void DeploymentsView::showActionSuccess(const QString &message, std::function<void()> undo)
{
    if (holdsActionMessage())
        return; // an unread error is worth more than a success, which the row shows anyway
    m_bannerFromRefresh = false;
    m_banner->showSuccess(message, std::move(undo));
}

void DeploymentsView::showActionInfo(const QString &message)
{
    if (holdsActionMessage())
        return;
    m_bannerFromRefresh = false;
    m_banner->showInfo(message);
}

void DeploymentsView::updatePlaceholder()
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
    else if (shown == 0 && !m_filter->text().isEmpty())
        text = tr("No deployment matches “%1”.\nPress Escape in the filter box to clear it.").arg(m_filter->text());
    else if (shown == 0)
        text = tr("No deployment is in “%1”.\nAlt+1 shows all %2.")
                   .arg(m_quickFilterGroup->checkedAction() ? m_quickFilterGroup->checkedAction()->text() : QString())
                   .arg(total);
    m_placeholder->setText(text);
    m_placeholder->setAccessibleName(text);
    m_stack->setCurrentWidget(text.isEmpty() ? static_cast<QWidget *>(m_table) : m_placeholder);
    Q_EMIT countsChanged();
}

int DeploymentsView::shownCount() const
{
    return m_proxy->rowCount();
}

int DeploymentsView::totalCount() const
{
    return m_session ? m_session->model()->rowCount() : 0;
}

bool DeploymentsView::hasLoaded() const
{
    return m_session && m_session->hasLoaded();
}

void DeploymentsView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeBanner();
}

bool DeploymentsView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_banner && (event->type() == QEvent::Show || event->type() == QEvent::LayoutRequest))
        placeBanner();
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && !(key->modifiers() & ~Qt::KeypadModifier) && m_table->currentIndex().isValid()) {
            Q_EMIT editRequested();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DeploymentsView::placeBanner()
{
    QRect area = m_stack->geometry();
    // Above the horizontal scroll bar, which stays usable.
    if (m_stack->currentWidget() == m_table && m_table->horizontalScrollBar()->isVisible())
        area.setBottom(area.bottom() - m_table->horizontalScrollBar()->height());
    const int height = m_banner->hasHeightForWidth() ? m_banner->heightForWidth(area.width())
                                                     : m_banner->sizeHint().height();
    m_banner->setGeometry(area.left(), area.bottom() + 1 - height, area.width(), height);
    m_banner->raise();
}

QString DeploymentsView::tableStateKey() const
{
    return m_session ? QStringLiteral("workspaces/%1/tableHeader").arg(m_session->workspaceId())
                     : QStringLiteral("tableHeader");
}

void DeploymentsView::saveTableState()
{
    if (m_session)
        m_settings->setValue(tableStateKey(), m_table->horizontalHeader()->saveState());
}

void DeploymentsView::restoreTableState()
{
    const QByteArray state = m_settings->value(tableStateKey()).toByteArray();
    QHeaderView *header = m_table->horizontalHeader();
    if (!state.isEmpty() && header->restoreState(state))
        return;
    const QFontMetrics metrics = m_table->fontMetrics();
    // Widths in characters of the usual content; the badge column fits its longest word.
    // The Pause column (pause age, note marker) stands right after the status, where it is
    // seen at any window size; the endpoint goes last and takes what width is left.
    const int ch = metrics.horizontalAdvance(QLatin1Char('x'));
    header->moveSection(header->visualIndex(DeploymentTableModel::PauseColumn),
                        header->visualIndex(DeploymentTableModel::StatusColumn) + 1);
    header->moveSection(header->visualIndex(DeploymentTableModel::EndpointColumn), DeploymentTableModel::ColumnCount - 1);
    header->resizeSection(DeploymentTableModel::NameColumn, ch * 24);
    int widestBadge = 0;
    for (const QString &word : StatusPresentation::allTexts())
        widestBadge = std::max(widestBadge, metrics.horizontalAdvance(word));
    header->resizeSection(DeploymentTableModel::StatusColumn, widestBadge + ch * 8);
    header->resizeSection(DeploymentTableModel::PauseColumn, ch * 20);
    header->resizeSection(DeploymentTableModel::ReplicasColumn, ch * 10);
    header->resizeSection(DeploymentTableModel::ShapeColumn, ch * 14);
    header->resizeSection(DeploymentTableModel::LastModifiedColumn, ch * 12);
    header->resizeSection(DeploymentTableModel::CostColumn, ch * 20); // "31.60–63.20 USD/h"
    header->resizeSection(DeploymentTableModel::ImageColumn, ch * 26);
    header->resizeSection(DeploymentTableModel::EndpointColumn, ch * 30);
}

void DeploymentsView::showHeaderMenu(const QPoint &pos)
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

QStringList DeploymentsView::selectedNames() const
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

QString DeploymentsView::currentName() const
{
    if (!m_table->selectionModel())
        return QString();
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (current.isValid() && m_table->selectionModel()->isRowSelected(current.row(), current.parent()))
        return current.data(DeploymentTableModel::NameRole).toString();
    const QStringList names = selectedNames();
    return names.size() == 1 ? names.first() : QString();
}

const Deployment *DeploymentsView::currentDeployment() const
{
    const QString name = currentName();
    return m_session && !name.isEmpty() ? m_session->model()->deployment(name) : nullptr;
}

bool DeploymentsView::selectDeployment(const QString &name)
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

void DeploymentsView::revealDeployment(const QString &name)
{
    if (selectDeployment(name))
        return;
    // Hidden by a filter: show everything, then select.
    m_filter->clear();
    m_quickFilterGroup->actions().first()->trigger();
    selectDeployment(name);
}

void DeploymentsView::focusFilter()
{
    if (!m_filter->isVisible())
        show(); // the view itself hidden (no workspace yet): nothing to filter
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}
