#pragma once

#include "app/resources/resourcetablemodel.h"

// The dev pods of one workspace as a table (legacy: the /deployments with spec.is_pod; new
// API: /devpods): name, status badge, resource shape, replicas (1 running, 0 stopped), image,
// and the console's pause marker. Everything else is ResourceTableModel's.
class DevPodTableModel : public ResourceTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, StatusColumn, ShapeColumn, ReplicasColumn, ImageColumn, CostColumn, PauseColumn, ColumnCount };
    Q_ENUM(Column)

    explicit DevPodTableModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QString columnName(int column) const override;
    int costColumn() const override { return CostColumn; }

protected:
    QString cellText(const Deployment &pod, int column) const override;
};
