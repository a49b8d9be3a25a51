#pragma once

#include <QSortFilterProxyModel>

// Sorting on raw values and filtering by text and by a quick state filter, on top of
// DeploymentTableModel.
class DeploymentFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class QuickFilter { All, Running, Paused, Problems };
    Q_ENUM(QuickFilter)

    explicit DeploymentFilterModel(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }
    void setQuickFilter(QuickFilter filter);
    QuickFilter quickFilter() const { return m_quickFilter; }
    static QString quickFilterName(QuickFilter filter);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &sourceLeft, const QModelIndex &sourceRight) const override;

private:
    QString m_text;
    QuickFilter m_quickFilter = QuickFilter::All;
};
