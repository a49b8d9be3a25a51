#pragma once

#include "app/savings/savingsreport.h"

#include <QAbstractTableModel>

// The resources of a SavingsReport as a table: resource, shape, pauses, hours paused,
// replica-hours, GPU-hours and money saved. Display text is formatted ("6.00", "no price
// set", "unknown"); SortRole gives the raw figure (unknown sorts below every figure), so a
// QSortFilterProxyModel on SortRole sorts numbers as numbers.
class SavingsTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ResourceColumn, ShapeColumn, PausesColumn, PausedHoursColumn, ReplicaHoursColumn,
                  GpuHoursColumn, CostColumn, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void setReport(const SavingsReport &report);
    const SavingsReport &report() const { return m_report; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // A figure as the table shows it: two decimals.
    static QString formatHours(double hours);

private:
    SavingsReport m_report;
};
