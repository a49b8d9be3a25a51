#pragma once

#include "app/api/deployment.h"
#include "app/api/resourcekind.h"
#include "app/deployments/costrates.h"
#include "app/deployments/keyedtablemodel.h"
#include "app/deployments/pausemarker.h"
#include "app/deployments/pendingaction.h"

#include <QHash>
#include <QObject>

struct RunningCost;

// What every resource table has, whatever its kind: rows keyed by name and diffed on each
// refresh (KeyedTableModel), the console's pause markers from the ledger laid over them, the
// action under way, a stale flag, and the roles of the deployments table
// (DeploymentTableModel::Role: badge text, label and tone, paused, action...), so the status
// badge delegate, the filters and the actions read every kind the same way.
//
// A kind's table (DevPodTableModel, RayClusterTableModel) adds only its columns: column 0 is
// the name, column 1 the status badge, the last the console's pause marker; cellText() and
// columnName() give the rest.
class ResourceTableModel : public KeyedTableModel<Deployment>
{
    Q_OBJECT

public:
    static constexpr int NameColumn = 0;
    static constexpr int StatusColumn = 1;

    ResourceKind kind() const { return m_kind; }
    int pauseColumn() const { return columnCount() - 1; }

    // The ledger's markers for this kind (name -> marker); only rows whose marker changed are
    // announced.
    void setPauseMarkers(const QHash<QString, PauseMarker> &markers);
    PauseMarker pauseMarker(const QString &name) const { return m_markers.value(name); }
    void setPendingAction(const QString &name, PendingAction action);
    PendingAction pendingAction(const QString &name) const { return m_pending.value(name, PendingAction::None); }
    // The last refresh failed: the rows are what the server said before (StaleRole).
    void setStale(bool stale);
    bool isStale() const { return m_stale; }
    // The prices and shapes behind the kind's Cost column (RunningCost); every row's cost is
    // announced.
    void setCostRates(const CostRates &rates);
    const CostRates &costRates() const { return m_costRates; }
    // What the row costs per hour now, with its pause marker.
    RunningCost costAt(int row) const;
    // The kind's Cost column, just before the pause marker; -1 when the kind has none.
    virtual int costColumn() const { return -1; }
    // Something is on its way to another state (the poller polls faster).
    bool anyTransitional() const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    virtual QString columnName(int column) const = 0;

protected:
    ResourceTableModel(ResourceKind kind, QObject *parent);

    // The text of a column that is neither the name, the status nor the pause marker.
    virtual QString cellText(const Deployment &resource, int column) const = 0;
    virtual QString cellToolTip(const Deployment &resource, int column) const;

    QString keyOf(const Deployment &resource) const override { return resource.name; }
    bool same(const Deployment &a, const Deployment &b) const override { return a.sameAs(b); }
    bool accepts(const Deployment &resource) const override { return resource.kind == m_kind; }

private:
    // "Paused by alice · 3 h · ✎ note": the console's pause of this resource, from the ledger.
    QString pauseText(const PauseMarker &marker) const;

    ResourceKind m_kind;
    QHash<QString, PauseMarker> m_markers;
    QHash<QString, PendingAction> m_pending;
    bool m_stale = false;
    CostRates m_costRates;
};
