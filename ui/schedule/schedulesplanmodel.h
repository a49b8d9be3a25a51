#pragma once

#include "app/deployments/keyedtablemodel.h"
#include "ui/schedule/scheduleboard.h"

// Everything planned for the coming days (ScheduleBoard::plan), one row per transition:
// when in local time and in UTC, the resource, pause or resume, which schedule (or wake-up)
// and whether a hold will make the runner skip it. A refresh is a diff by transition
// (KeyedTableModel), so the sort and the selection stay. SortRole gives raw values.
class SchedulesPlanModel : public KeyedTableModel<ScheduleBoard::Planned>
{
    Q_OBJECT

public:
    enum Column { LocalTimeColumn, UtcColumn, ResourceColumn, ActionColumn, HeldColumn, SourceColumn, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit SchedulesPlanModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const ScheduleBoard::Planned &row) const override;
    bool same(const ScheduleBoard::Planned &a, const ScheduleBoard::Planned &b) const override { return a == b; }
};
