#include "app/resources/devpodtablemodel.h"

DevPodTableModel::DevPodTableModel(QObject *parent)
    : ResourceTableModel(ResourceKind::Pod, parent)
{
}

QString DevPodTableModel::columnName(int column) const
{
    switch (column) {
    case NameColumn: return tr("Name");
    case StatusColumn: return tr("Status");
    case ShapeColumn: return tr("Shape");
    case ReplicasColumn: return tr("Replicas");
    case ImageColumn: return tr("Image");
    case CostColumn: return tr("Cost/hour");
    case PauseColumn: return tr("Pause");
    default: return QString();
    }
}

QString DevPodTableModel::cellText(const Deployment &pod, int column) const
{
    switch (column) {
    case ShapeColumn: return pod.resourceShape;
    case ReplicasColumn:
        // A new-API pod is running or stopped (spec.stopped); a legacy one has its replicas.
        if (pod.generation == ApiGeneration::New)
            return pod.suspended ? QStringLiteral("0") : QStringLiteral("1");
        return pod.minReplicas || pod.desiredReplicas ? QString::number(pod.effectiveReplicas()) : QStringLiteral("–");
    case ImageColumn: return pod.image;
    default: return QString();
    }
}
