#pragma once

#include "app/api/deployment.h"
#include "app/deployments/pausemarker.h"
#include "app/deployments/pendingaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <functional>
#include <optional>

// "Done" when the rows show it, not when the PATCH is accepted: a pause or resume the server
// took is "sent; waiting for the server…" until each resource's row shows the end of it
// (Paused, or running again), for every kind on both API generations. The endpoints' actions
// and the dev pod / Ray cluster views use this one rule.
//
// The watcher reads the rows through a lookup (the table the caller shows), so it holds no
// model; the caller calls check() after each refresh or ledger change.
class SettleWatch
{
    Q_DECLARE_TR_FUNCTIONS(SettleWatch)

public:
    enum class Action { Pause, Resume };
    // What a table shows of one resource now.
    struct Row
    {
        Deployment resource;
        PauseMarker marker;
        PendingAction pending = PendingAction::None;
    };
    using Lookup = std::function<std::optional<Row>(const QString &name)>;
    enum class State {
        Idle,    // nothing awaited
        Waiting, // the rows do not show it yet
        Settled, // every row shows it: say done()
        Dropped, // a resource went away, or someone sent it elsewhere: say nothing more
    };

    // Starts awaiting `action` of `names` (forgetting any earlier wait); `done` is what to say
    // once the rows show it. Returns the state right away (Settled when they show it already).
    State start(const QStringList &names, Action action, const QString &done, const Lookup &lookup);
    // After a refresh or a marker change. Settled and Dropped end the wait (Idle afterwards).
    State check(const Lookup &lookup);
    void reset() { m_awaited.reset(); }
    bool isWaiting() const { return m_awaited.has_value(); }
    // The sentence of the last Settled.
    QString done() const { return m_done; }

    // "Pause of chat sent; waiting for the server to stop the replicas.", with the kind's
    // words (a dev pod stops, a Ray cluster is suspended).
    static QString waitingText(const QStringList &names, Action action, ResourceKind kind);
    // Whether a row shows the end of `action`: Paused by the console, or running again.
    static bool shows(const Row &row, Action action);
    // The resource is asked to have nothing running: min_replicas 0, a stopped dev pod, a
    // suspended Ray cluster.
    static bool askedToStop(const Deployment &resource);

private:
    struct Awaited
    {
        QStringList names;
        Action action;
        QString done;
        QHash<QString, Deployment> before; // the rows as they were when the outcome came
    };
    std::optional<Awaited> m_awaited;
    QString m_done;
};
