#pragma once

#include "app/resources/resourcetablemodel.h"

// The Ray clusters of one workspace as a table (/rayclusters on both API generations): name,
// status badge, the head's shape, the worker groups with their min–max replicas, image, and
// the console's pause marker. Everything else is ResourceTableModel's.
class RayClusterTableModel : public ResourceTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, StatusColumn, HeadColumn, WorkersColumn, ImageColumn, CostColumn, PauseColumn, ColumnCount };
    Q_ENUM(Column)

    explicit RayClusterTableModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QString columnName(int column) const override;
    int costColumn() const override { return CostColumn; }
    // "gpu-workers 2–4 · cpu-workers 1–8"; with shapes: "gpu-workers 2–4 × gpu.a10".
    static QString workersText(const Deployment &cluster, bool withShapes = false);

protected:
    QString cellText(const Deployment &cluster, int column) const override;
    QString cellToolTip(const Deployment &cluster, int column) const override;
};
