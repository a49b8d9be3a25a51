#pragma once

#include "app/savings/savingsreport.h"
#include "app/storage/pauseentry.h"
#include "app/storage/shapeprice.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

struct WorkspaceInfo;

// Turns the ledger's history into what the pauses saved (SavingsReport): pure arithmetic, no
// store, no server, no clock of its own (the caller says what "now" is).
//
// What counts: every Active or Closed entry (a Pending one may never have reached the server;
// an Abandoned one did not pause anything). A closed pause runs from pausedAt to closedAt, an
// open one to `until`. Each is clipped to [since, until]. Where two entries of one resource
// overlap in time (a pause written again after a lost race), the time is counted once, with
// the newer entry's figures. Per stretch of time:
//   replica-hours = saved min replicas x hours
//   GPU-hours     = saved min replicas x accelerators per replica x hours
//   money         = replica-hours x the price of the shape (one replica, one hour), for the
//                   stretches whose shape has a price; null when none has (or in several
//                   currencies), never 0
// The shape is the one the resource had at pause time (paused snapshot); its accelerators come
// from the workspace's supported_shapes, else from the snapshot's own accelerator_num.
class SavingsCalculator
{
public:
    // `acceleratorsByShape`: accelerators per replica of each shape the workspace offers (may
    // be empty: then only the snapshots say). `prices`: the price list.
    SavingsCalculator(QHash<QString, double> acceleratorsByShape, const QList<ShapePrice> &prices);

    // accelerator_num of every shape in the workspace's supported_shapes.
    static QHash<QString, double> acceleratorsOf(const WorkspaceInfo &info);
    // The resource shape a pause saved (its snapshot's resource_requirement.resource_shape, or
    // a flat resource_shape); empty when it names none.
    static QString shapeOf(const PauseEntry &entry);

    // What `entries` saved between `since` (null: no lower bound) and `until`; `now` decides
    // whether `until` is a projection.
    SavingsReport calculate(const QList<PauseEntry> &entries, const QDateTime &since, const QDateTime &until,
                            const QDateTime &now) const;

    // Accelerators per replica for `entry`'s shape; nullopt when unknown.
    std::optional<double> acceleratorsFor(const PauseEntry &entry) const;

private:
    QHash<QString, double> m_accelerators;
    QHash<QString, ShapePrice> m_prices;
};
