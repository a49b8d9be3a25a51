#include "app/savings/savingstablemodel.h"

namespace {

// Unknown figures sort below every real one.
constexpr double UnknownSortValue = -1.0;

} // namespace

void SavingsTableModel::setReport(const SavingsReport &report)
{
    beginResetModel();
    m_report = report;
    endResetModel();
}

int SavingsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.resources.size());
}

int SavingsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SavingsTableModel::formatHours(double hours)
{
    return QString::number(hours, 'f', 2);
}

QVariant SavingsTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_report.resources.size())
        return {};
    const SavingsReport::Resource &r = m_report.resources.at(index.row());
    if (role == SortRole) {
        switch (index.column()) {
        case ResourceColumn: return r.key();
        case ShapeColumn: return r.shape;
        case PausesColumn: return r.pauses;
        case PausedHoursColumn: return r.pausedHours();
        case ReplicaHoursColumn: return r.replicaHours;
        case GpuHoursColumn: return r.gpuHours.value_or(UnknownSortValue);
        case CostColumn: return r.cost.value_or(UnknownSortValue);
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() >= PausesColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case ResourceColumn:
        return r.stillPaused && role != Qt::DisplayRole ? tr("%1 (still paused)").arg(r.key()) : r.key();
    case ShapeColumn: return r.shape.isEmpty() ? tr("unknown") : r.shape;
    case PausesColumn: return QString::number(r.pauses);
    case PausedHoursColumn: return formatHours(r.pausedHours());
    case ReplicaHoursColumn: return formatHours(r.replicaHours);
    case GpuHoursColumn:
        if (!r.gpuHours)
            return role == Qt::DisplayRole ? tr("unknown") : tr("unknown: the shape's accelerators are not known");
        return formatHours(*r.gpuHours);
    case CostColumn:
        if (!r.cost)
            return tr("no price set");
        return QStringLiteral("%1 %2").arg(formatHours(*r.cost), r.currency);
    default: return {};
    }
}

QVariant SavingsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ResourceColumn: return tr("Resource");
    case ShapeColumn: return tr("Shape");
    case PausesColumn: return tr("Pauses");
    case PausedHoursColumn: return tr("Hours paused");
    case ReplicaHoursColumn: return role == Qt::ToolTipRole ? tr("Saved min replicas × hours paused") : tr("Replica-hours");
    case GpuHoursColumn:
        return role == Qt::ToolTipRole ? tr("Saved min replicas × accelerators per replica × hours paused") : tr("GPU-hours");
    case CostColumn: return role == Qt::ToolTipRole ? tr("Replica-hours × the shape's price") : tr("Saved");
    default: return {};
    }
}
