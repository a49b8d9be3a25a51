#include "app/watch/alertengine.h"

#include "app/watch/alertbook.h"

#include <algorithm>
#include <utility>

namespace {

bool isNotReady(DeploymentState state)
{
    return state == DeploymentState::NotReady || state == DeploymentState::Starting;
}

qint64 minutesBetween(const QDateTime &from, const QDateTime &to)
{
    return from.secsTo(to) / 60;
}

// "…: the server's words." when there are any, else ".".
QString withServer(const QString &sentence, const QString &server)
{
    return server.isEmpty() ? sentence + QLatin1Char('.') : sentence + QStringLiteral(": ") + server;
}

} // namespace

AlertEngine::AlertEngine(AlertBook *book, QObject *parent)
    : QObject(parent)
    , m_book(book)
{
}

void AlertEngine::setWorkspace(const QString &workspaceId, const QString &workspaceName)
{
    m_workspaceId = workspaceId;
    m_workspaceName = workspaceName.isEmpty() ? workspaceId : workspaceName;
}

void AlertEngine::setRules(const AlertRules &rules, const QDateTime &now)
{
    m_rules = rules;
    for (int i = 0; i <= int(Alert::LastRule); ++i) {
        if (!m_rules.isOn(Alert::Rule(i)))
            closeRule(Alert::Rule(i), now);
    }
    // New thresholds apply at once; a rule switched on raises for a condition already there.
    if (!m_token.isEmpty() && m_rules.tokenExpiring && openAlert(Alert::Rule::TokenExpiring, ResourceKind::Endpoint, QString()) == 0) {
        const TokenExpiryNotice token = m_token;
        m_token = TokenExpiryNotice();
        observeToken(token, now);
    }
    evaluateDurations(now);
}

QString AlertEngine::keyOf(ResourceKind kind, const QString &name)
{
    return ResourceKinds::toString(kind) + QLatin1Char('/') + name;
}

QString AlertEngine::alertKey(Alert::Rule rule, ResourceKind kind, const QString &name)
{
    // Workspace-wide rules have no resource: one key per rule.
    return Alert::ruleKey(rule) + QLatin1Char('|') + (name.isEmpty() ? QString() : keyOf(kind, name));
}

QString AlertEngine::label(ResourceKind kind, const QString &name) const
{
    switch (kind) {
    case ResourceKind::Endpoint: return tr("Endpoint %1").arg(name);
    case ResourceKind::Pod: return tr("Dev pod %1").arg(name);
    case ResourceKind::RayCluster: return tr("Ray cluster %1").arg(name);
    }
    return name;
}

quint64 AlertEngine::openAlert(Alert::Rule rule, ResourceKind kind, const QString &name) const
{
    return m_open.value(alertKey(rule, kind, name), 0);
}

void AlertEngine::observeResources(const QList<ResourceObservation> &resources, const QDateTime &now)
{
    for (const ResourceObservation &resource : resources)
        observeResource(resource, now);
}

void AlertEngine::observeCompleteList(ResourceKind kind, const QList<ResourceObservation> &resources, const QDateTime &now)
{
    QSet<QString> present;
    for (const ResourceObservation &resource : resources) {
        present.insert(keyOf(resource.kind, resource.name));
        observeResource(resource, now);
    }
    const QString prefix = ResourceKinds::toString(kind) + QLatin1Char('/');
    QStringList gone;
    for (auto it = m_tracks.cbegin(); it != m_tracks.cend(); ++it) {
        if (it.key().startsWith(prefix) && !present.contains(it.key()))
            gone.append(it.key());
    }
    for (const QString &key : std::as_const(gone))
        forget(key, now);
}

void AlertEngine::observeResource(const ResourceObservation &o, const QDateTime &now)
{
    const QString key = keyOf(o.kind, o.name);
    Track &t = m_tracks[key];
    const bool wasRunning = t.seen && t.running;
    const bool firstSight = !t.seen;
    t.resumeUnseen = false;

    if (isNotReady(o.state)) {
        if (!t.notReadySince.isValid())
            t.notReadySince = now;
    } else {
        t.notReadySince = QDateTime();
    }
    if (o.restartCount) {
        if (t.restartCount && *o.restartCount > *t.restartCount) {
            // One entry per restart, bounded: a count that jumps by thousands is still "many".
            const int added = std::min(*o.restartCount - *t.restartCount, 1000);
            for (int i = 0; i < added; ++i)
                t.restarts.append(now);
        }
        t.restartCount = o.restartCount;
    }
    const QDateTime windowStart = now.addSecs(-60LL * m_rules.crashWindowMinutes);
    // Records already seen come again on every read: only the ones beyond those are new (two
    // records may end in the same second, so they are counted per time, not merely deduplicated).
    for (const QDateTime &ended : o.terminations) {
        if (!ended.isValid() || ended < windowStart)
            continue;
        if (o.terminations.count(ended) > t.terminations.count(ended))
            t.terminations.append(ended);
    }
    t.last = o;
    t.seen = true;
    t.running = !o.atZero;

    // Paused here and found running: resumed outside the console. Seen twice in a row, so the
    // console's own resume (server first, ledger closed just after) is not taken for one.
    const auto pause = m_pauses.constFind(key);
    const bool pausedHere = pause != m_pauses.cend();
    if (pausedHere && pause->confirmed && !o.atZero) {
        if (++t.runningWhilePaused >= 2)
            raise(Alert::Rule::ResumedOutside, o.kind, o.name,
                  tr("%1 was paused here but is running: it was resumed outside the console.").arg(label(o.kind, o.name)), now);
    } else {
        t.runningWhilePaused = 0;
        close(Alert::Rule::ResumedOutside, o.kind, o.name, now);
    }

    // Running before, at zero now, and no pause of it here: stopped outside the console.
    if (o.atZero && wasRunning && !pausedHere) {
        const QString message = o.idleAtZero
            ? tr("%1 was scaled to zero by the platform after no traffic; it serves nothing until it gets replicas again.")
                  .arg(label(o.kind, o.name))
            : tr("%1 was running and is now at zero replicas; nobody paused it here.").arg(label(o.kind, o.name));
        raise(Alert::Rule::StoppedOutside, o.kind, o.name, message, now);
    } else if (!o.atZero || pausedHere) {
        close(Alert::Rule::StoppedOutside, o.kind, o.name, now);
    }

    m_firstSight = firstSight;
    evaluate(t, now);
    m_firstSight = false;
}

void AlertEngine::evaluate(Track &t, const QDateTime &now)
{
    const ResourceObservation &o = t.last;
    const QString who = label(o.kind, o.name);

    if (o.state == DeploymentState::Error)
        raise(Alert::Rule::EnteredError, o.kind, o.name, withServer(tr("%1 entered Error").arg(who), o.serverMessage), now);
    else
        close(Alert::Rule::EnteredError, o.kind, o.name, now);

    // A resume waiting to become Ready.
    if (t.resumedAt.isValid()) {
        if (o.state == DeploymentState::Ready) {
            t.resumedAt = QDateTime();
            close(Alert::Rule::ResumeNotReady, o.kind, o.name, now);
            // Good news: announced, and closed at once (nothing stays wrong).
            raise(Alert::Rule::ResumeReady, o.kind, o.name, tr("%1 is Ready again after the resume.").arg(who), now);
            close(Alert::Rule::ResumeReady, o.kind, o.name, now);
        } else if (o.atZero && o.state != DeploymentState::Starting && !t.resumeUnseen) {
            // Paused or stopped again: nothing is waiting any more. (An observation from
            // before the resume started says nothing about it.)
            t.resumedAt = QDateTime();
            close(Alert::Rule::ResumeNotReady, o.kind, o.name, now);
        } else if (minutesBetween(t.resumedAt, now) >= m_rules.resumeMinutes) {
            raise(Alert::Rule::ResumeNotReady, o.kind, o.name,
                  withServer(tr("%1 was resumed %2 minutes ago and is still %3")
                                 .arg(who)
                                 .arg(minutesBetween(t.resumedAt, now))
                                 .arg(o.stateText),
                             o.serverMessage),
                  now);
        }
    } else {
        close(Alert::Rule::ResumeNotReady, o.kind, o.name, now);
    }

    // Not Ready / Starting too long (a resume that is waiting has its own rule).
    if (t.notReadySince.isValid() && !t.resumedAt.isValid()
        && minutesBetween(t.notReadySince, now) >= m_rules.stuckMinutes) {
        raise(Alert::Rule::StuckNotReady, o.kind, o.name,
              withServer(tr("%1 has been %2 for %3 minutes").arg(who, o.stateText).arg(minutesBetween(t.notReadySince, now)),
                         o.serverMessage),
              now);
    } else if (!t.notReadySince.isValid() || minutesBetween(t.notReadySince, now) < m_rules.stuckMinutes) {
        close(Alert::Rule::StuckNotReady, o.kind, o.name, now);
    }

    evaluateCrashLoop(t, now);
}

void AlertEngine::evaluateCrashLoop(Track &t, const QDateTime &now)
{
    const ResourceObservation &o = t.last;
    const QDateTime windowStart = now.addSecs(-60LL * m_rules.crashWindowMinutes);
    const auto old = [&windowStart](const QDateTime &when) { return when < windowStart; };
    t.restarts.removeIf(old);
    t.terminations.removeIf(old);
    // A termination record and a restart are usually the same event: the larger count, not the sum.
    const qsizetype count = std::max(t.restarts.size(), t.terminations.size());
    if (count >= m_rules.crashRestarts) {
        QString message = tr("%1 is crash-looping: %2 restarts in the last %3 minutes")
                              .arg(label(o.kind, o.name))
                              .arg(count)
                              .arg(m_rules.crashWindowMinutes);
        raise(Alert::Rule::CrashLoop, o.kind, o.name, withServer(message, o.lastTermination), now);
    } else {
        close(Alert::Rule::CrashLoop, o.kind, o.name, now);
    }
}

void AlertEngine::observePauses(const QList<PauseObservation> &open, const QDateTime &now)
{
    QHash<QString, PauseObservation> pauses;
    for (const PauseObservation &pause : open)
        pauses.insert(keyOf(pause.kind, pause.name), pause);
    // Pauses that ended: their own alerts end with them, and the ledger closing an entry is a
    // resume on its way (the resume rules start).
    const QHash<QString, PauseObservation> before = std::exchange(m_pauses, pauses);
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!pauses.contains(it.key())) {
            close(Alert::Rule::ReviewDue, it->kind, it->name, now);
            resumeStarted(it->kind, it->name, now); // closes ResumedOutside, resets the count
        }
    }
    // A resource now paused here is no longer "stopped outside".
    for (const PauseObservation &pause : std::as_const(m_pauses))
        close(Alert::Rule::StoppedOutside, pause.kind, pause.name, now);
    evaluateDurations(now);
}

void AlertEngine::resumeStarted(ResourceKind kind, const QString &name, const QDateTime &now)
{
    Track &t = m_tracks[keyOf(kind, name)];
    t.resumedAt = now;
    t.resumeUnseen = true;
    t.runningWhilePaused = 0;
    close(Alert::Rule::ResumedOutside, kind, name, now);
    close(Alert::Rule::StoppedOutside, kind, name, now);
    if (!t.seen) {
        t.last.kind = kind;
        t.last.name = name;
    }
}

void AlertEngine::observeApi(bool reachable, const QString &error, const QDateTime &now)
{
    if (reachable) {
        m_unreachableSince = QDateTime();
        m_unreachableError.clear();
        close(Alert::Rule::ApiUnreachable, ResourceKind::Endpoint, QString(), now);
        return;
    }
    if (!m_unreachableSince.isValid())
        m_unreachableSince = now;
    m_unreachableError = error;
    evaluateDurations(now);
}

void AlertEngine::observeToken(const TokenExpiryNotice &notice, const QDateTime &now)
{
    if (notice.level() != m_token.level())
        close(Alert::Rule::TokenExpiring, ResourceKind::Endpoint, QString(), now);
    m_token = notice;
    if (!notice.isEmpty())
        raise(Alert::Rule::TokenExpiring, ResourceKind::Endpoint, QString(), notice.message(m_workspaceName), now);
}

void AlertEngine::observeScheduledTransition(ResourceKind kind, const QString &name, bool failed, const QString &message,
                                             const QDateTime &now)
{
    if (!failed) {
        close(Alert::Rule::ScheduleFailed, kind, name, now);
        return;
    }
    raise(Alert::Rule::ScheduleFailed, kind, name,
          message.isEmpty() ? tr("The scheduled pause or resume of %1 failed.").arg(label(kind, name)) : message, now);
}

void AlertEngine::tick(const QDateTime &now)
{
    evaluateDurations(now);
}

void AlertEngine::evaluateDurations(const QDateTime &now)
{
    for (auto it = m_tracks.begin(); it != m_tracks.end(); ++it) {
        if (it->seen)
            evaluate(*it, now);
    }
    if (m_unreachableSince.isValid() && minutesBetween(m_unreachableSince, now) >= m_rules.apiUnreachableMinutes) {
        raise(Alert::Rule::ApiUnreachable, ResourceKind::Endpoint, QString(),
              withServer(tr("The workspace %1 has not answered for %2 minutes")
                             .arg(m_workspaceName)
                             .arg(minutesBetween(m_unreachableSince, now)),
                         m_unreachableError),
              now);
    }
    const QDate today = now.toLocalTime().date();
    for (const PauseObservation &pause : std::as_const(m_pauses)) {
        if (pause.remindOn.isValid() && pause.remindOn <= today) {
            QString message = tr("The pause of %1 is due for review (review date %2)")
                                  .arg(label(pause.kind, pause.name), pause.remindOn.toString(Qt::ISODate));
            raise(Alert::Rule::ReviewDue, pause.kind, pause.name, withServer(message, pause.reason), now);
        } else {
            close(Alert::Rule::ReviewDue, pause.kind, pause.name, now);
        }
    }
}

void AlertEngine::forget(const QString &key, const QDateTime &now)
{
    const auto it = m_tracks.constFind(key);
    if (it == m_tracks.cend())
        return;
    const ResourceKind kind = it->last.kind;
    const QString name = it->last.name;
    for (int i = 0; i <= int(Alert::LastRule); ++i) {
        const auto rule = Alert::Rule(i);
        // A pause's own alerts outlive the resource's listing (its review date is still due).
        if (rule != Alert::Rule::ReviewDue)
            close(rule, kind, name, now);
    }
    m_tracks.remove(key);
}

void AlertEngine::reset()
{
    m_tracks.clear();
    m_pauses.clear();
    m_open.clear();
    m_unreachableSince = QDateTime();
    m_unreachableError.clear();
    m_token = TokenExpiryNotice();
}

void AlertEngine::raise(Alert::Rule rule, ResourceKind kind, const QString &name, const QString &message, const QDateTime &now)
{
    const QString key = alertKey(rule, kind, name);
    if (!m_rules.isOn(rule) || m_open.contains(key) || !m_book)
        return;
    Alert alert;
    alert.rule = rule;
    alert.kind = kind;
    alert.name = name;
    alert.workspaceId = m_workspaceId;
    alert.message = message;
    alert.raisedAt = now;
    alert.foundAtFirstSight = m_firstSight;
    m_open.insert(key, m_book->raise(alert));
}

void AlertEngine::close(Alert::Rule rule, ResourceKind kind, const QString &name, const QDateTime &now)
{
    const QString key = alertKey(rule, kind, name);
    const auto it = m_open.constFind(key);
    if (it == m_open.cend())
        return;
    const quint64 id = *it;
    m_open.erase(it);
    if (m_book)
        m_book->close(id, now);
}

void AlertEngine::closeRule(Alert::Rule rule, const QDateTime &now)
{
    const QString prefix = Alert::ruleKey(rule) + QLatin1Char('|');
    QStringList keys;
    for (auto it = m_open.cbegin(); it != m_open.cend(); ++it) {
        if (it.key().startsWith(prefix))
            keys.append(it.key());
    }
    for (const QString &key : std::as_const(keys)) {
        const quint64 id = m_open.take(key);
            if (m_book)
            m_book->close(id, now);
    }
}
