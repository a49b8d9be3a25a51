#include "app/deployments/deploymentfiltermodel.h"

#include "app/api/deploymentstate.h"
#include "app/deployments/deploymenttablemodel.h"

DeploymentFilterModel::DeploymentFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(DeploymentTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void DeploymentFilterModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateRowsFilter();
}

void DeploymentFilterModel::setQuickFilter(QuickFilter filter)
{
    if (filter == m_quickFilter)
        return;
    m_quickFilter = filter;
    invalidateRowsFilter();
}

QString DeploymentFilterModel::quickFilterName(QuickFilter filter)
{
    switch (filter) {
    case QuickFilter::All: return tr("All");
    case QuickFilter::Running: return tr("Running");
    case QuickFilter::Paused: return tr("Paused");
    case QuickFilter::Problems: return tr("Problems");
    }
    return QString();
}

bool DeploymentFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    // Asked only when the quick filter needs it: with "All" a first load of 10,000 rows
    // would otherwise work out 10,000 badges it never uses.
    auto pausedByConsole = [&index] { return index.data(DeploymentTableModel::PausedRole).toBool(); };
    auto atZero = [&index] { return index.data(DeploymentTableModel::ScaledToZeroRole).toBool(); };
    switch (m_quickFilter) {
    case QuickFilter::All: break;
    case QuickFilter::Running:
        // Serving or on its way to: not at zero for any reason, and not in Error.
        if (pausedByConsole() || atZero()
            || index.data(DeploymentTableModel::StateRole).value<DeploymentState>() == DeploymentState::Error)
            return false;
        break;
    case QuickFilter::Paused:
        // At zero because someone paused it: the console's Pause, or min_replicas 0 set
        // outside it (the SDK's stop()). Not Idle: the platform scaled that one down.
        if (!pausedByConsole() && !(atZero() && !index.data(DeploymentTableModel::IdleRole).toBool()))
            return false;
        break;
    case QuickFilter::Problems:
        if (!index.data(DeploymentTableModel::ProblemRole).toBool())
            return false;
        break;
    }
    if (m_text.isEmpty())
        return true;
    // Every word must match somewhere (name, image, shape, state, note).
    const QString haystack = index.data(DeploymentTableModel::FilterTextRole).toString();
    const QStringList words = m_text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

bool DeploymentFilterModel::lessThan(const QModelIndex &sourceLeft, const QModelIndex &sourceRight) const
{
    // Sorting by name, the default, compares the names themselves exactly as the base class
    // compares the two SortRole strings (QString::localeAwareCompare), without building two
    // QVariants per comparison: a first load of 10,000 rows makes ~140,000 comparisons.
    const auto *model = qobject_cast<const DeploymentTableModel *>(sourceModel());
    if (model && sourceLeft.column() == DeploymentTableModel::NameColumn
        && sourceRight.column() == DeploymentTableModel::NameColumn && sortRole() == DeploymentTableModel::SortRole
        && isSortLocaleAware() && !sourceLeft.parent().isValid()) {
        return QString::localeAwareCompare(model->deploymentAt(sourceLeft.row()).name,
                                           model->deploymentAt(sourceRight.row()).name)
            < 0;
    }
    if (QSortFilterProxyModel::lessThan(sourceLeft, sourceRight))
        return true;
    if (!model || QSortFilterProxyModel::lessThan(sourceRight, sourceLeft))
        return false;
    // Equal on the sorted column: by name, ascending in either sort order, so that equal rows
    // have one place and keep it when a refresh moves them (a changed row is re-inserted).
    const int byName = QString::localeAwareCompare(model->deploymentAt(sourceLeft.row()).name,
                                                   model->deploymentAt(sourceRight.row()).name);
    return sortOrder() == Qt::AscendingOrder ? byName < 0 : byName > 0;
}
