#pragma once

#include "app/api/deployment.h"
#include "app/deployments/costrates.h"
#include "app/deployments/pausemarker.h"
#include "app/deployments/pendingaction.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QTimer>

#include <vector>

struct RunningCost;

#include <chrono>
#include <span>

// The deployments of one workspace as a table.
//
// A refresh is applied as a diff by deployment name: rows are inserted, removed, or updated
// with dataChanged for what really changed, and the model is never reset by a refresh, so
// selection, scroll position, sort and an open editor survive it.
//
// Why it keeps its own diff rather than KeyedTableModel's (which the other kinds' tables
// use), and so is one class of about 550 lines: the endpoints table is the one that holds
// 10,000 rows refreshed every few seconds, and its in-place walk (rows matched where they
// stand, no hash of every key per refresh) applies such a refresh in 1.7–1.9 ms. A port onto
// the generic engine (branch s8-keyedmodel, commits 8ca5aee and 16aa709) passed every test
// but took 5.0–5.3 ms on the same benchmark (`scripts/bench apply`), over the 5 ms target,
// so it was not merged. The overlays (pause markers, pending actions, notes, cost, staleness)
// are what make up the rest of the class.
class DeploymentTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        StatusColumn,
        ReplicasColumn,
        ShapeColumn,
        ImageColumn,
        EndpointColumn,
        LastModifiedColumn,
        PauseColumn,
        CostColumn,         // what it costs per hour (RunningCost); at the end, so saved layouts keep theirs
        ColumnCount
    };

    enum Role {
        DeploymentRole = Qt::UserRole + 1, // QVariant<Deployment>
        NameRole,
        StateRole,            // DeploymentState
        RawStateRole,         // status.state as sent
        SortRole,             // a value to sort on, apart from the display text
        BadgeTextRole,        // the word on the status badge
        BadgeToneRole,        // int(StatusPresentation::Tone)
        AnimatedRole,         // bool: transitional state or pending action
        PausedRole,           // bool: paused by the console
        HasNoteRole,          // bool
        PendingActionRole,    // int(PendingAction)
        FilterTextRole,       // name, image, shape and state, for the text filter
        ProblemRole,          // bool: a state a user should look at
        ScaledToZeroRole,     // bool: at zero replicas (min_replicas 0, or idle-scaled by the platform)
        IdleRole,             // bool: scaled to zero by the platform after no traffic (min_replicas > 0)
        ActionRole,           // int(ActionAvailability::Action): Pause or Resume, the one rule for every view
        ActionEnabledRole,    // bool: that action can be used now (ActionAvailability::enabled)
        StatusExplanationRole, // StatusPresentation::explanation: the details panel's sentence
        BadgeLabelRole,       // what the badge paints: the word and its details ("Paused · 12 d · Review due")
        StaleRole,            // bool: the last refresh failed; this is what the server said before (dim it)
        ActionWhyRole,        // QString: why ActionRole cannot be used now, when it cannot (ActionAvailability::why)
    };
    Q_ENUM(Role)

    struct ApplyStats {
        int inserted = 0;
        int removed = 0;
        int changed = 0;
    };

    explicit DeploymentTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Applies a fresh list from the server as a diff (see the class comment). Dev pods
    // (spec.is_pod) are not endpoints and are left out, as the Lepton CLI does.
    // With `deferredNew`, rows new to the table are not inserted: their indexes in
    // `deployments` are appended to it, in the server's order, for insertDeployments().
    ApplyStats applyDeployments(const QList<Deployment> &deployments, QList<int> *deferredNew = nullptr);
    // Adds the deployments at these indexes of `from` at the end, in one insertion; names the
    // table already has (and pods) are passed over. Returns how many rows were added. A first
    // load of thousands goes in this way a slice at a time (see WorkspaceSession).
    int insertDeployments(const QList<Deployment> &from, std::span<const int> indexes);
    // Replaces the ledger and notes overlay; only rows whose marker changed are updated.
    void setPauseMarkers(const QHash<QString, PauseMarker> &markers);
    void setPendingAction(const QString &name, PendingAction action);
    // Drops all rows (switching workspaces): the one case where a reset is right.
    void clear();
    // The server could not be reached: the rows are what it said last (StaleRole), and nothing
    // animates. The next applyDeployments() makes them fresh again.
    void setStale(bool stale);
    bool isStale() const { return m_stale; }
    // Relative times ("3 min ago", "Paused · 12 d") are announced again this often (default a
    // minute), so the views show them moving on without a refresh.
    void setClockInterval(std::chrono::milliseconds interval);

    int rowOf(const QString &name) const;
    const Deployment *deployment(const QString &name) const;
    const Deployment &deploymentAt(int row) const { return m_rows.at(row); }
    PauseMarker pauseMarker(const QString &name) const { return m_markers.value(name); }
    PendingAction pendingAction(const QString &name) const { return m_pending.value(name, PendingAction::None); }
    bool anyTransitional() const;
    int problemCount() const;
    // The prices and shapes behind the Cost column (RunningCost); every row's cost is announced.
    void setCostRates(const CostRates &rates);
    const CostRates &costRates() const { return m_costRates; }
    // What the row costs per hour now, with its pause marker.
    RunningCost costAt(int row) const;
    // The column's name for menus and accessibility.
    static QString columnName(int column);

private:
    void emitRowChanged(int row);
    void updateClock();
    int appendRows(const QList<const Deployment *> &candidates);
    QString replicasText(const Deployment &d) const;
    QVariant costData(const Deployment &d, const PauseMarker &marker, int role) const;

    QList<Deployment> m_rows;
    QHash<QString, int> m_rowByName;
    QHash<QString, PauseMarker> m_markers;
    QHash<QString, PendingAction> m_pending;
    // The Status column's sort key (StatusPresentation::severity) by row, computed once per
    // row when a sort asks and dropped whenever a row, a marker or a pending action changes
    // (any dataChanged, insert, remove or reset), so a sort does not build two presentations
    // per comparison.
    mutable std::vector<int> m_severityKeys;
    int m_problemCount = 0; // rows in a problem state, kept as rows come, change and go
    bool m_stale = false;
    CostRates m_costRates;
    QTimer m_clock;         // runs while there are rows: relative times move on
};
