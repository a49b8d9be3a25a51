#include "ui/pause/pausedservicesview.h"

#include "ui/widgets/errorbanner.h"
#include "app/pause/pausedservicesmodel.h"
#include "app/storage/pauseledger.h"
#include "ui/pause/deleteresourcedialog.h"
#include "ui/pause/reminderdialog.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <chrono>

namespace {

using namespace std::chrono_literals;

// "Paused for" and "Review due" move with the clock.
constexpr auto kClockInterval = 1min;

// The reminder cell of a due row in bold: the words "Review due" carry the meaning, the
// weight only helps the eye (no colour of its own, so any palette works).
class ReminderDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.column() == PausedServicesModel::ReminderColumn && index.data(PausedServicesModel::ReviewDueRole).toBool())
            option->font.setBold(true);
        // "· stale" carries the meaning; the weight only helps the eye.
        if (index.column() == PausedServicesModel::SinceColumn && index.data(PausedServicesModel::StaleRole).toBool())
            option->font.setBold(true);
    }
};

// Ranks by "Cost if resumed" with the older pause ahead among equal costs (and among pauses
// without a price), so a long pause of an expensive shape comes first, then the old ones.
class RankingProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        if (left.column() == PausedServicesModel::ResumeCostColumn) {
            const qint64 a = left.data(PausedServicesModel::SortRole).toLongLong();
            const qint64 b = right.data(PausedServicesModel::SortRole).toLongLong();
            if (a != b)
                return a < b;
            const QDateTime pausedA = left.data(PausedServicesModel::PausedAtRole).toDateTime();
            const QDateTime pausedB = right.data(PausedServicesModel::PausedAtRole).toDateTime();
            if (pausedA != pausedB)
                return sortOrder() == Qt::DescendingOrder ? pausedA > pausedB : pausedA < pausedB;
        }
        return QSortFilterProxyModel::lessThan(left, right);
    }
};

} // namespace

PausedServicesView::PausedServicesView(QWidget *parent)
    : QWidget(parent)
    , m_model(new PausedServicesModel(this))
    , m_proxy(new RankingProxy(this))
{
    setObjectName(QStringLiteral("pausedServicesView"));
    setAccessibleName(tr("Paused services"));
    setWindowTitle(tr("Paused services"));

    m_proxy->setObjectName(QStringLiteral("pausedServicesProxy"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(PausedServicesModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterRole(PausedServicesModel::ReviewDueRole);
    m_proxy->setFilterKeyColumn(PausedServicesModel::NameColumn);
    m_proxy->setDynamicSortFilter(true);

    m_dueOnly = new QCheckBox(tr("Review &due only"), this);
    m_dueOnly->setObjectName(QStringLiteral("pausedDueOnly"));
    m_dueOnly->setAccessibleName(tr("Show only deployments whose review is due"));
    m_dueOnly->setToolTip(tr("Show only the pauses whose reminder day has come"));
    connect(m_dueOnly, &QCheckBox::toggled, this, &PausedServicesView::setReviewDueOnly);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("pausedSummary"));
    m_summary->setTextFormat(Qt::PlainText);

    m_reload = new QPushButton(tr("Re&load"), this);
    m_reload->setObjectName(QStringLiteral("pausedReload"));
    m_reload->setAccessibleName(tr("Reload the paused services"));
    m_reload->setToolTip(tr("Read the pause ledger and the notes again"));
    connect(m_reload, &QPushButton::clicked, this, &PausedServicesView::reload);

    m_message = new ErrorBanner(this);
    m_message->setObjectName(QStringLiteral("pausedMessage"));
    m_message->hide();

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("pausedEmpty"));
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("pausedTable"));
    m_table->setAccessibleName(tr("Paused deployments"));
    m_table->horizontalHeader()->setAccessibleName(tr("Paused deployments columns"));
    m_table->verticalHeader()->setAccessibleName(tr("Paused deployments rows"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegateForColumn(PausedServicesModel::ReminderColumn, new ReminderDelegate(m_table));
    m_table->setItemDelegateForColumn(PausedServicesModel::SinceColumn, new ReminderDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setTabKeyNavigation(false); // Tab leaves the table, arrows move in it
    m_table->verticalHeader()->hide();
    m_table->setSortingEnabled(true);
    // The most expensive to resume first; "Paused for" sorts by age (oldest first, ascending).
    m_table->sortByColumn(PausedServicesModel::ResumeCostColumn, Qt::DescendingOrder);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PausedServicesModel::ReasonColumn, QHeaderView::Stretch);
    header->setHighlightSections(false);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString name = index.data(PausedServicesModel::NameRole).toString();
        const auto kind = ResourceKinds::fromString(index.data(PausedServicesModel::KindRole).toString());
        if (!name.isEmpty())
            Q_EMIT deploymentActivated(name, kind.value_or(ResourceKind::Endpoint));
    });

    m_show = new QPushButton(tr("&Show in table"), this);
    m_show->setObjectName(QStringLiteral("pausedShow"));
    m_show->setAccessibleName(tr("Show the deployment in the table"));
    connect(m_show, &QPushButton::clicked, this, [this] {
        if (const QString name = selectedName(); !name.isEmpty())
            Q_EMIT deploymentActivated(name, selectedKind());
    });

    m_reminder = new QPushButton(tr("Set re&minder…"), this);
    m_reminder->setObjectName(QStringLiteral("pausedSetReminder"));
    m_reminder->setAccessibleName(tr("Set reminder"));
    m_reminder->setToolTip(tr("Choose when to look at this pause again"));
    connect(m_reminder, &QPushButton::clicked, this, &PausedServicesView::editReminder);

    m_resume = new QPushButton(tr("&Resume"), this);
    m_resume->setObjectName(QStringLiteral("pausedResume"));
    m_resume->setAccessibleName(tr("Resume"));
    m_resume->setToolTip(tr("Give the deployment back its saved replicas and autoscaling"));
    connect(m_resume, &QPushButton::clicked, this, [this] {
        if (const QString name = selectedName(); !name.isEmpty())
            Q_EMIT resumeRequested(name, selectedKind());
    });

    m_delete = new QPushButton(tr("&Delete deployment…"), this);
    m_delete->setObjectName(QStringLiteral("pausedDelete"));
    m_delete->setAccessibleName(tr("Delete deployment"));
    m_delete->setToolTip(tr("Delete the paused resource on the server, after typing its name; the pause and notes stay as history"));
    connect(m_delete, &QPushButton::clicked, this, &PausedServicesView::deleteSelected);

    auto *top = new QHBoxLayout;
    top->addWidget(m_dueOnly);
    top->addWidget(m_summary, 1);
    top->addWidget(m_reload);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_show);
    bottom->addStretch(1);
    bottom->addWidget(m_delete);
    bottom->addWidget(m_reminder);
    bottom->addWidget(m_resume);

    // Compact: this view shares its dock area with the Notes panel below the table (#24); the
    // table may shrink to a couple of rows and scrolls.
    m_table->setMinimumHeight(m_table->fontMetrics().height() * 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(m_empty);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    setTabOrder(m_dueOnly, m_reload);
    setTabOrder(m_reload, m_table);
    setTabOrder(m_table, m_show);
    setTabOrder(m_show, m_delete);
    setTabOrder(m_delete, m_reminder);
    setTabOrder(m_reminder, m_resume);

    const auto changed = [this] {
        updateSummary();
        updateButtons();
    };
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, changed);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, changed);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, changed);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, changed);
    connect(m_model, &QAbstractItemModel::dataChanged, this, changed);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PausedServicesView::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PausedServicesView::updateButtons);

    m_clock = new QTimer(this);
    m_clock->setInterval(kClockInterval);
    connect(m_clock, &QTimer::timeout, m_model, &PausedServicesModel::refreshTimes);
    connect(m_model, &PausedServicesModel::reloaded, this, &PausedServicesView::showReloaded);
    m_clock->start();

    changed();
}

PausedServicesView::~PausedServicesView() = default;

void PausedServicesView::setSources(PauseLedger *ledger, const QString &workspaceId)
{
    m_ledger = ledger;
    m_model->setSources(ledger, workspaceId);
    m_message->hideBanner();
    reload();
}

void PausedServicesView::clear()
{
    setSources(nullptr, QString());
    setDeleter(nullptr, nullptr, QString());
}

void PausedServicesView::setDeleter(LeptonClient *client, Storage *storage, const QString &user)
{
    m_client = client;
    m_storage = storage;
    m_user = user;
    updateButtons();
}

void PausedServicesView::setCostRates(const CostRates &rates)
{
    m_model->setCostRates(rates);
    updateSummary();
}

DeleteResourceDialog *PausedServicesView::deleteSelected()
{
    const QModelIndex index = currentSourceIndex();
    if (!index.isValid() || !m_client || !m_storage)
        return nullptr;
    const PauseEntry entry = index.data(PausedServicesModel::EntryRole).value<PauseEntry>();
    auto *dialog = new DeleteResourceDialog(entry, m_client, m_storage, m_user, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DeleteResourceDialog::resourceDeleted, this, [this](const QString &name) {
        reload();
        Q_EMIT resourceDeleted(name);
    });
    dialog->open();
    return dialog;
}

void PausedServicesView::reload()
{
    m_model->reload(); // ends in PausedServicesModel::reloaded -> showReloaded()
}

void PausedServicesView::showReloaded(bool ok)
{
    if (!ok)
        showError(m_model->lastError());
    else if (m_message->kind() == ErrorBanner::Kind::Error)
        m_message->hideBanner();
    updateSummary();
    updateButtons();
}

bool PausedServicesView::reviewDueOnly() const
{
    return m_dueOnly->isChecked();
}

void PausedServicesView::setReviewDueOnly(bool on)
{
    if (m_dueOnly->isChecked() != on) {
        m_dueOnly->setChecked(on); // comes back here through toggled
        return;
    }
    // ReviewDueRole is a bool, which reads as "true" as a string.
    m_proxy->setFilterRegularExpression(on ? QStringLiteral("^true$") : QString());
    updateSummary();
    updateButtons();
}

QModelIndex PausedServicesView::currentSourceIndex() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return m_proxy->mapToSource(rows.first());
}

QString PausedServicesView::selectedName() const
{
    const QModelIndex index = currentSourceIndex();
    return index.isValid() ? index.data(PausedServicesModel::NameRole).toString() : QString();
}

ResourceKind PausedServicesView::selectedKind() const
{
    const QModelIndex index = currentSourceIndex();
    return ResourceKinds::fromString(index.data(PausedServicesModel::KindRole).toString()).value_or(ResourceKind::Endpoint);
}

bool PausedServicesView::selectDeployment(const QString &name)
{
    const int row = m_model->rowOf(name);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void PausedServicesView::editReminder()
{
    const QModelIndex index = currentSourceIndex();
    if (!index.isValid() || !m_ledger)
        return;
    const QString name = index.data(PausedServicesModel::NameRole).toString();
    const qint64 entryId = index.data(PausedServicesModel::EntryIdRole).toLongLong();
    auto *dialog = new ReminderDialog(name, index.data(PausedServicesModel::RemindOnRole).toDate(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, name, entryId] {
        if (!m_ledger)
            return;
        m_ledger->setRemindOn(entryId, dialog->remindOn(), this, [this, name](const StoreResult<StoreNothing> &set) {
            if (!set.ok()) {
                showError(tr("The reminder for %1 was not saved: %2").arg(name, set.error.message));
                return;
            }
            reload();
            Q_EMIT remindersChanged(name);
        });
    });
    dialog->open();
}

void PausedServicesView::updateSummary()
{
    const int total = m_model->rowCount();
    const int due = m_model->dueCount();
    if (total == 0) {
        m_summary->setText(QString());
        m_empty->setText(m_model->workspaceId().isEmpty() ? tr("Connect to a workspace to see its paused deployments.")
                                                          : tr("Nothing is paused in this workspace."));
    } else {
        QString text = tr("%n paused", nullptr, total);
        if (due > 0)
            text += QStringLiteral(" · ") + tr("%n review(s) due", nullptr, due);
        const RunningCostTotal resume = m_model->resumeTotal();
        if (!resume.byCurrency.isEmpty()) {
            QStringList sums;
            for (auto it = resume.byCurrency.constBegin(); it != resume.byCurrency.constEnd(); ++it)
                sums << RunningCost::rangeText(it->minMicros, it->maxMicros, it.key());
            text += QStringLiteral(" · ") + tr("%1 if all resumed").arg(sums.join(QStringLiteral(" + ")));
        }
        m_summary->setText(text);
        m_empty->setText(m_proxy->rowCount() == 0 ? tr("No review is due.") : QString());
    }
    m_summary->setAccessibleName(m_summary->text());
    m_empty->setAccessibleName(m_empty->text());
    m_empty->setVisible(!m_empty->text().isEmpty());
}

void PausedServicesView::updateButtons()
{
    const bool selected = currentSourceIndex().isValid();
    m_show->setEnabled(selected);
    m_reminder->setEnabled(selected && m_ledger);
    m_resume->setEnabled(selected);
    m_delete->setEnabled(selected && m_client && m_storage);
    m_reload->setEnabled(!m_model->workspaceId().isEmpty());
}

void PausedServicesView::showError(const QString &message)
{
    m_message->showMessage(ErrorBanner::Kind::Error, message, false);
}
