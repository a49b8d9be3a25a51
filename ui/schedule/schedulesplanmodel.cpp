#include "ui/schedule/schedulesplanmodel.h"

#include <QLocale>

SchedulesPlanModel::SchedulesPlanModel(QObject *parent)
    : KeyedTableModel(parent)
{
}

int SchedulesPlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SchedulesPlanModel::keyOf(const ScheduleBoard::Planned &row) const
{
    return QStringLiteral("%1/%2/%3/%4")
        .arg(ResourceKinds::toString(row.kind), row.name, row.transition.actionName(), row.transition.at.toString(Qt::ISODate));
}

QVariant SchedulesPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LocalTimeColumn: return tr("When (local)");
    case UtcColumn: return tr("UTC");
    case ResourceColumn: return tr("Resource");
    case ActionColumn: return tr("Action");
    case SourceColumn: return tr("Schedule");
    case HeldColumn: return tr("Held?");
    default: return {};
    }
}

QVariant SchedulesPlanModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const ScheduleBoard::Planned &p = rowAt(index.row());
    const bool pause = p.transition.action == ScheduleTransition::Action::Pause;
    if (role == SortRole) {
        switch (index.column()) {
        case LocalTimeColumn:
        case UtcColumn: return p.transition.at.toMSecsSinceEpoch();
        case HeldColumn: return p.held;
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case LocalTimeColumn: return QLocale().toString(p.transition.at.toLocalTime(), QStringLiteral("ddd d MMM HH:mm"));
        case UtcColumn: return p.transition.at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        case ResourceColumn: return QStringLiteral("%1/%2").arg(ResourceKinds::toString(p.kind), p.name);
        case ActionColumn: return pause ? tr("Pause") : tr("Resume");
        case SourceColumn: return p.scheduleText;
        case HeldColumn: return p.held ? tr("🔒 held: skipped") : QString();
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == HeldColumn && p.held)
            return p.holdText;
        if (index.column() == LocalTimeColumn)
            return tr("In the schedule's zone: %1").arg(QLocale().toString(p.transition.local, QStringLiteral("ddd d MMM HH:mm t")));
        return data(index, Qt::DisplayRole);
    }
    return {};
}
