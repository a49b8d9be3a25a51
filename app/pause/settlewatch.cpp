#include "app/pause/settlewatch.h"

#include "app/deployments/statuspresentation.h"

SettleWatch::State SettleWatch::start(const QStringList &names, Action action, const QString &done, const Lookup &lookup)
{
    Awaited awaited {names, action, done, {}};
    for (const QString &name : names) {
        if (const std::optional<Row> row = lookup(name))
            awaited.before.insert(name, row->resource);
    }
    m_awaited = std::move(awaited);
    return check(lookup);
}

SettleWatch::State SettleWatch::check(const Lookup &lookup)
{
    if (!m_awaited)
        return State::Idle;
    bool all = true;
    for (const QString &name : std::as_const(m_awaited->names)) {
        const std::optional<Row> row = lookup(name);
        if (!row) {
            m_awaited.reset(); // gone
            return State::Dropped;
        }
        if (shows(*row, m_awaited->action))
            continue;
        all = false;
        // The server's answers since the action: still on the way there, or sent elsewhere by
        // someone else (then the awaited words would be wrong, and are not said).
        const auto before = m_awaited->before.constFind(name);
        const bool newAnswer = before == m_awaited->before.constEnd() || !before->sameAs(row->resource);
        const bool onItsWay = m_awaited->action == Action::Pause ? askedToStop(row->resource) : !askedToStop(row->resource);
        if (newAnswer && !onItsWay) {
            m_awaited.reset();
            return State::Dropped;
        }
    }
    if (!all)
        return State::Waiting;
    m_done = std::exchange(m_awaited, std::nullopt)->done;
    return State::Settled;
}

bool SettleWatch::askedToStop(const Deployment &resource)
{
    return resource.suspended || resource.isScaledToZero();
}

bool SettleWatch::shows(const Row &row, Action action)
{
    const StatusPresentation shown = StatusPresentation::of(row.resource, row.marker, row.pending);
    return action == Action::Pause ? shown.paused && shown.tone == StatusPresentation::Tone::Paused
                                   : !shown.paused && !askedToStop(row.resource) && shown.tone == StatusPresentation::Tone::Good;
}

QString SettleWatch::waitingText(const QStringList &names, Action action, ResourceKind kind)
{
    const int count = int(names.size());
    const bool pause = action == Action::Pause;
    switch (kind) {
    case ResourceKind::Pod: {
        const QString what = count == 1 ? names.constFirst() : tr("%n dev pod(s)", nullptr, count);
        return pause ? tr("Pause of %1 sent; waiting for the server to stop the pod.").arg(what)
                     : tr("Resume of %1 sent; waiting for the server to start the pod.").arg(what);
    }
    case ResourceKind::RayCluster: {
        const QString what = count == 1 ? names.constFirst() : tr("%n Ray cluster(s)", nullptr, count);
        return pause ? tr("Pause of %1 sent; waiting for the server to suspend the cluster.").arg(what)
                     : tr("Resume of %1 sent; waiting for the server to start the cluster.").arg(what);
    }
    case ResourceKind::Endpoint: break;
    }
    const QString what = count == 1 ? names.constFirst() : tr("%n deployment(s)", nullptr, count);
    return pause ? tr("Pause of %1 sent; waiting for the server to stop the replicas.").arg(what)
                 : tr("Resume of %1 sent; waiting for the server to start the replicas.").arg(what);
}
