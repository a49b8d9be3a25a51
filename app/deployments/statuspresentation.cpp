#include "app/deployments/statuspresentation.h"

#include "app/deployments/replicarange.h"
#include "app/deployments/statusreason.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace {
// Same signature as QObject::tr, so lupdate reads the count as a count (numerus forms). It
// serves StatusPresentation's members; the free functions below spell the context out in
// QCoreApplication::translate, because lupdate finds no context for a free function's tr().
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("StatusPresentation", text, disambiguation, n);
}

QString separator()
{
    return QStringLiteral(" · ");
}

// The words of each kind (issue: a dev pod has no replicas in the user's sense, a Ray cluster
// has worker groups): what the console does to it, and what Resume brings back.
QString pausingTip(ResourceKind kind)
{
    switch (kind) {
    case ResourceKind::Pod: return QCoreApplication::translate("StatusPresentation", "The console is pausing this dev pod.");
    case ResourceKind::RayCluster: return QCoreApplication::translate("StatusPresentation", "The console is pausing this Ray cluster.");
    case ResourceKind::Endpoint: break;
    }
    return QCoreApplication::translate("StatusPresentation", "The console is pausing this deployment.");
}

QString resumingTip(ResourceKind kind)
{
    switch (kind) {
    case ResourceKind::Pod: return QCoreApplication::translate("StatusPresentation", "The console is resuming this dev pod.");
    case ResourceKind::RayCluster: return QCoreApplication::translate("StatusPresentation", "The console is resuming this Ray cluster.");
    case ResourceKind::Endpoint: break;
    }
    return QCoreApplication::translate("StatusPresentation", "The console is resuming this deployment.");
}

// "gpu-workers 2–4, cpu-workers 1": a Ray cluster's worker groups as the pause saved them
// (PausePlan's savedState, worker_group_specs).
QString savedWorkerGroups(const QJsonArray &groups)
{
    QStringList parts;
    for (const QJsonValue &value : groups) {
        const QJsonObject group = value.toObject();
        const QJsonValue min = group.value(QLatin1String("min_replicas"));
        const QJsonValue max = group.value(QLatin1String("max_replicas"));
        const QString range = ReplicaRange::text(min.isDouble() ? std::optional<int>(min.toInt()) : std::nullopt,
                                                 max.isDouble() ? std::optional<int>(max.toInt()) : std::nullopt);
        parts << QStringLiteral("%1 %2").arg(group.value(QLatin1String("group_name")).toString(), range).trimmed();
    }
    return parts.join(QStringLiteral(", "));
}

// "Paused by alice since 8.12.26 03:00; Resume …": the paused explanation in the kind's words.
QString pausedExplanation(const Deployment &deployment, const PauseMarker &marker)
{
    const QString who = marker.who().isEmpty() ? QCoreApplication::translate("StatusPresentation", "someone") : marker.who();
    const QString when = QLocale().toString(marker.pausedAt.toLocalTime(), QLocale::ShortFormat);
    switch (deployment.kind) {
    case ResourceKind::Pod:
        return QCoreApplication::translate("StatusPresentation", "Paused by %1 since %2; Resume starts the dev pod again as it was.").arg(who, when);
    case ResourceKind::RayCluster: {
        const QJsonArray groups = marker.savedState.value(QLatin1String("worker_group_specs")).toArray();
        if (groups.isEmpty())
            return QCoreApplication::translate("StatusPresentation", "Paused by %1 since %2; Resume brings back its head node.").arg(who, when);
        const int count = int(groups.size());
        return QCoreApplication::translate("StatusPresentation", "Paused by %1 since %2; Resume brings back its head node and its %n worker group(s) (%3).",
                  nullptr, count)
            .arg(who, when, savedWorkerGroups(groups));
    }
    case ResourceKind::Endpoint: break;
    }
    const std::optional<int> max = marker.savedMaxReplicas >= 0 ? std::optional<int>(marker.savedMaxReplicas) : std::nullopt;
    // A fixed count is counted ("1 replica", "3 replicas"); a range is always plural.
    if (!max || *max == marker.savedMinReplicas)
        return QCoreApplication::translate("StatusPresentation", "Paused by %1 since %2; Resume brings back %n replica(s).", nullptr, marker.savedMinReplicas)
            .arg(who, when);
    return QCoreApplication::translate("StatusPresentation", "Paused by %1 since %2; Resume brings back %3 replicas.")
        .arg(who, when, ReplicaRange::text(marker.savedMinReplicas, max));
}
} // namespace

QString StatusPresentation::label() const
{
    if (details.isEmpty())
        return text;
    return text + separator() + details.join(separator());
}

QString StatusPresentation::shortAge(const QDateTime &since, const QDateTime &now)
{
    const qint64 seconds = std::max<qint64>(0, since.secsTo(now));
    // Counts computed first: Qt 6.4's lupdate stalls on a count argument holding parentheses.
    const int minutes = int(seconds / 60);
    const int hours = int(seconds / 3600);
    const int days = int(seconds / 86400);
    if (seconds < 3600)
        return tr("%n min", nullptr, minutes);
    if (seconds < 86400)
        return tr("%n h", nullptr, hours);
    return tr("%n d", nullptr, days);
}

bool StatusPresentation::isReviewDue(const PauseMarker &marker, const QDateTime &now)
{
    return marker.remindOn.isValid() && marker.remindOn <= (now.isValid() ? now.toLocalTime().date() : QDate::currentDate());
}

QStringList StatusPresentation::allTexts()
{
    QStringList texts {tr("Pausing"), tr("Resuming"), tr("Paused"), tr("Idle")};
    for (int state = int(DeploymentState::Ready); state <= int(DeploymentState::Unknown); ++state)
        texts << DeploymentStates::displayName(DeploymentState(state));
    // The widest a pause makes the badge: three digits of days and a review that is due.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QString &word : {tr("Paused"), tr("Pausing")})
        texts << word + separator() + shortAge(now.addDays(-999), now) + separator() + tr("Review due");
    return texts;
}

StatusPresentation StatusPresentation::of(const Deployment &deployment, const PauseMarker &marker,
                                          PendingAction pending, const QDateTime &now)
{
    StatusPresentation p;
    const DeploymentState state = deployment.state;
    p.animated = DeploymentStates::isTransitional(state);

    switch (pending) {
    case PendingAction::Pausing:
        p.severity = 3;
        p.text = tr("Pausing");
        p.tone = Tone::Busy;
        p.animated = true;
        p.paused = true;
        p.tooltip = pausingTip(deployment.kind);
        return p;
    case PendingAction::Resuming:
        p.severity = 3;
        p.text = tr("Resuming");
        p.tone = Tone::Busy;
        p.animated = true;
        p.tooltip = resumingTip(deployment.kind);
        return p;
    case PendingAction::Restarting:
    case PendingAction::Updating:
    case PendingAction::Deleting:
    case PendingAction::None:
        break;
    }

    if (marker.paused && deployment.isScaledToZero()) {
        p.paused = true;
        p.severity = state == DeploymentState::Stopping ? 3 : 5;
        if (state == DeploymentState::Stopping) {
            p.text = tr("Pausing");
            p.tone = Tone::Busy;
            p.animated = true;
        } else {
            p.text = tr("Paused");
            p.tone = Tone::Paused;
            p.animated = false;
        }
        p.explanation = marker.pausedAt.isValid() ? pausedExplanation(deployment, marker) : tr("Paused by the console.");
        p.tooltip = p.explanation;
        if (marker.pausedAt.isValid())
            p.details << shortAge(marker.pausedAt, now.isValid() ? now : QDateTime::currentDateTimeUtc());
        if (isReviewDue(marker, now)) {
            p.reviewDue = true;
            p.details << tr("Review due");
            p.tooltip += QLatin1Char(' ')
                + tr("A review was due on %1.").arg(QLocale().toString(marker.remindOn, QLocale::ShortFormat));
        }
        if (!deployment.rawState.isEmpty())
            p.tooltip += QLatin1Char(' ') + tr("Server state: %1.").arg(deployment.rawState);
        return p;
    }

    p.text = DeploymentStates::displayName(state);
    switch (state) {
    case DeploymentState::Ready: p.tone = Tone::Good; p.severity = 7; break;
    case DeploymentState::Stopped: p.tone = Tone::Stopped; p.severity = deployment.isIdleAtZero() ? 6 : 4; break;
    case DeploymentState::Error: p.tone = Tone::Bad; p.severity = 0; break;
    case DeploymentState::NotReady: p.tone = Tone::Bad; p.severity = 1; break;
    case DeploymentState::Unknown: p.tone = Tone::Unknown; p.severity = 2; break;
    default: p.tone = Tone::Busy; p.severity = 3; break;
    }
    if (state == DeploymentState::Unknown) {
        p.tooltip = deployment.rawState.isEmpty()
            ? tr("The server did not report a state.")
            : tr("The server reported the state \"%1\", which this console does not know.").arg(deployment.rawState);
    } else if (deployment.isIdleAtZero()) {
        const int configured = deployment.minReplicas.value_or(1);
        p.text = tr("Idle");
        p.tooltip = tr("Scaled down to zero by the platform after no traffic; Resume brings it back with the %n "
                       "replica(s) it is configured for.", nullptr, configured);
        p.explanation = tr("Idle: the platform scaled it down to zero after no traffic, and it does not start again "
                           "by itself. Nothing is lost; Resume restarts it with the %n replica(s) it is configured for.",
                           nullptr, configured);
    } else if (state == DeploymentState::Stopped) {
        switch (deployment.kind) {
        case ResourceKind::Pod:
            p.tooltip = tr("Stopped outside the console: the console saved nothing for it.");
            // A legacy workspace's pod is a deployment underneath: starting it needs a count.
            p.explanation = deployment.generation == ApiGeneration::Legacy
                ? tr("Stopped outside the console, so the console saved nothing for this dev pod; Resume starts it "
                     "again and asks how many copies to run (usually 1).")
                : tr("Stopped outside the console, so the console saved nothing for this dev pod; Resume starts it "
                     "again as it is.");
            break;
        case ResourceKind::RayCluster:
            p.tooltip = tr("Suspended outside the console: the console saved nothing for it.");
            p.explanation = tr("Suspended outside the console, so the console saved nothing for this Ray cluster; "
                               "Resume starts its head node and its worker groups as they are set now.");
            break;
        case ResourceKind::Endpoint:
            p.tooltip = tr("Stopped outside the console: no saved replica count.");
            if (deployment.isScaledToZero())
                p.explanation = tr("Stopped outside the console (min_replicas 0), so the console has no saved replica "
                                   "count; Resume asks how many replicas to bring back.");
            break;
        }
    } else {
        // Why it is in trouble, in the server's words, rather than the state's name again.
        p.reason = StatusReason::fromDeployment(deployment);
        p.tooltip = p.reason.isEmpty() ? tr("Server state: %1").arg(deployment.rawState) : p.reason;
    }
    return p;
}
