#include "ui/watch/alertsview.h"

#include "app/watch/alertbook.h"
#include "app/watch/alertlistmodel.h"

#include <QAction>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace {

// Open, unacknowledged problems in bold: the state column says it in words too.
class AlertsProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::FontRole && index.data(AlertListModel::OpenRole).toBool()
            && !index.data(AlertListModel::AcknowledgedRole).toBool()) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return QSortFilterProxyModel::data(index, role);
    }

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        const QVariant a = left.data(AlertListModel::SortRole);
        const QVariant b = right.data(AlertListModel::SortRole);
        if (a != b)
            return QVariant::compare(a, b) == QPartialOrdering::Less;
        // Same time (or state): the later raised one counts as later.
        return left.data(AlertListModel::AlertIdRole).toULongLong() < right.data(AlertListModel::AlertIdRole).toULongLong();
    }
};

} // namespace

AlertsView::AlertsView(QWidget *parent)
    : QWidget(parent)
    , m_model(new AlertListModel(this))
    , m_proxy(new AlertsProxy(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_show(new QPushButton(tr("&Show in table"), this))
    , m_acknowledge(new QPushButton(tr("Ac&knowledge"), this))
    , m_acknowledgeAction(new QAction(tr("Acknowledge"), this))
{
    setAccessibleName(tr("Alerts"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AlertListModel::SortRole);

    m_summary->setObjectName(QStringLiteral("alertsSummary"));
    m_summary->setTextFormat(Qt::PlainText);

    m_table->setObjectName(QStringLiteral("alertsTable"));
    m_table->setAccessibleName(tr("Alerts"));
    m_table->setAccessibleDescription(tr("Open and recent alerts, newest first. Enter shows the resource; Ctrl+K acknowledges."));
    m_table->horizontalHeader()->setAccessibleName(tr("Alerts columns"));
    m_table->verticalHeader()->setAccessibleName(tr("Alerts rows"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setTabKeyNavigation(false); // Tab leaves the table, arrows move in it
    m_table->verticalHeader()->hide();
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AlertListModel::TimeColumn, Qt::DescendingOrder); // newest first
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AlertListModel::MessageColumn, QHeaderView::Stretch);
    header->setHighlightSections(false);
    m_table->setMinimumHeight(m_table->fontMetrics().height() * 3);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString name = index.data(AlertListModel::NameRole).toString();
        if (!name.isEmpty())
            Q_EMIT resourceActivated(index.data(AlertListModel::KindRole).value<ResourceKind>(), name);
    });

    m_show->setObjectName(QStringLiteral("alertsShow"));
    m_show->setAccessibleName(tr("Show the alert's resource in the table"));
    connect(m_show, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid())
            Q_EMIT m_table->activated(current);
    });

    // Ctrl+K wherever the focus is inside the dock.
    m_acknowledgeAction->setObjectName(QStringLiteral("alertsAcknowledgeAction"));
    m_acknowledgeAction->setShortcut(QKeySequence(tr("Ctrl+K")));
    m_acknowledgeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_acknowledgeAction);
    connect(m_acknowledgeAction, &QAction::triggered, this, &AlertsView::acknowledgeSelected);
    m_acknowledge->setObjectName(QStringLiteral("alertsAcknowledge"));
    m_acknowledge->setAccessibleName(tr("Acknowledge the selected alert"));
    m_acknowledge->setToolTip(tr("Mark the alert as seen (Ctrl+K): it stays listed until its condition ends, "
                                 "but no longer counts in the tray"));
    connect(m_acknowledge, &QPushButton::clicked, this, &AlertsView::acknowledgeSelected);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(m_show);
    bottom->addWidget(m_acknowledge);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(4);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AlertsView::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &AlertsView::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AlertsView::updateSummary);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &AlertsView::updateSummary);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &AlertsView::updateSummary);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AlertsView::updateSummary);
    updateButtons();
    updateSummary();
}

AlertsView::~AlertsView() = default;

void AlertsView::setAlertBook(AlertBook *book)
{
    m_model->setAlertBook(book);
    updateSummary();
    updateButtons();
}

quint64 AlertsView::currentAlertId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(AlertListModel::AlertIdRole).toULongLong() : 0;
}

bool AlertsView::selectAlert(quint64 id)
{
    const int row = m_model->rowOfAlert(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_table->setCurrentIndex(index);
    m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void AlertsView::acknowledgeSelected()
{
    const quint64 id = currentAlertId();
    if (id != 0 && m_model->alertBook())
        m_model->alertBook()->acknowledge(id);
}

void AlertsView::updateButtons()
{
    const QModelIndex current = m_table->currentIndex();
    const bool open = current.isValid() && current.data(AlertListModel::OpenRole).toBool();
    const bool acknowledged = current.isValid() && current.data(AlertListModel::AcknowledgedRole).toBool();
    m_acknowledge->setEnabled(open && !acknowledged);
    m_acknowledgeAction->setEnabled(open && !acknowledged);
    m_show->setEnabled(current.isValid() && !current.data(AlertListModel::NameRole).toString().isEmpty());
}

void AlertsView::updateSummary()
{
    const AlertBook *book = m_model->alertBook();
    const int open = book ? book->openCount() : 0;
    const int listed = m_model->rowCount();
    QString text;
    if (listed == 0)
        text = tr("No alerts. Alert rules are in Edit ▸ Preferences ▸ Alert Rules.");
    else if (open == 0)
        text = tr("No open alerts; %n recent alert(s).", nullptr, listed);
    else
        text = tr("%n open alert(s) to look at.", nullptr, open);
    m_summary->setText(text);
    m_summary->setAccessibleName(text);
}
