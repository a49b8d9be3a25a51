#include "app/resources/rayclustertablemodel.h"

RayClusterTableModel::RayClusterTableModel(QObject *parent)
    : ResourceTableModel(ResourceKind::RayCluster, parent)
{
}

QString RayClusterTableModel::columnName(int column) const
{
    switch (column) {
    case NameColumn: return tr("Name");
    case StatusColumn: return tr("Status");
    case HeadColumn: return tr("Head");
    case WorkersColumn: return tr("Workers");
    case ImageColumn: return tr("Image");
    case CostColumn: return tr("Cost/hour");
    case PauseColumn: return tr("Pause");
    default: return QString();
    }
}

QString RayClusterTableModel::workersText(const Deployment &cluster, bool withShapes)
{
    QStringList groups;
    for (const DeploymentComponent &group : cluster.components) {
        const QString min = group.minReplicas ? QString::number(*group.minReplicas) : QStringLiteral("?");
        QString range = min;
        if (group.maxReplicas && (!group.minReplicas || *group.maxReplicas != *group.minReplicas))
            range = QStringLiteral("%1–%2").arg(min).arg(*group.maxReplicas);
        QString text = QStringLiteral("%1 %2").arg(group.name, range);
        if (withShapes && !group.resourceShape.isEmpty())
            text += QStringLiteral(" × ") + group.resourceShape;
        groups << text;
    }
    return groups.join(withShapes ? QStringLiteral("\n") : QStringLiteral(" · "));
}

QString RayClusterTableModel::cellText(const Deployment &cluster, int column) const
{
    switch (column) {
    case HeadColumn: return cluster.resourceShape;
    case WorkersColumn: return cluster.components.isEmpty() ? tr("no workers") : workersText(cluster);
    case ImageColumn: return cluster.image;
    default: return QString();
    }
}

QString RayClusterTableModel::cellToolTip(const Deployment &cluster, int column) const
{
    if (column == WorkersColumn && !cluster.components.isEmpty())
        return tr("Worker groups (min–max replicas × shape):\n%1").arg(workersText(cluster, true));
    return cellText(cluster, column);
}
