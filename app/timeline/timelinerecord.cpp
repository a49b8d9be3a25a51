#include "app/timeline/timelinerecord.h"

#include <QHash>
#include <QLocale>

#include <algorithm>

namespace {

QString shortTime(const QDateTime &when)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString durationText(qint64 seconds)
{
    if (seconds < 60)
        return TimelineRecord::tr("%n s", nullptr, int(seconds));
    if (seconds < 3600)
        return TimelineRecord::tr("%n min", nullptr, int(seconds / 60));
    return TimelineRecord::tr("%n h", nullptr, int(seconds / 3600));
}

} // namespace

QString TimelineRecord::sourceName(Source source)
{
    switch (source) {
    case Source::Server:
        return tr("Server");
    case Source::Console:
        return tr("Console");
    case Source::Alert:
        return tr("Alert");
    }
    return QString();
}

QList<TimelineRecord> TimelineRecord::fromEvents(const QList<DeploymentEvent> &events)
{
    // Occurrences counted from the oldest: a newer duplicate never renames an older line.
    QHash<QString, int> seen;
    QList<TimelineRecord> records(events.size());
    for (qsizetype i = events.size() - 1; i >= 0; --i) {
        const DeploymentEvent &event = events.at(i);
        const QString identity = event.type + QLatin1Char('\x1f') + event.reason + QLatin1Char('\x1f') + event.message;
        const int occurrence = seen[identity]++;
        TimelineRecord &record = records[i];
        record.key = occurrence == 0 ? QStringLiteral("event:%1").arg(identity)
                                     : QStringLiteral("event:%1#%2").arg(identity).arg(occurrence);
        record.source = Source::Server;
        record.when = event.lastObserved.toUTC();
        record.warning = event.type.compare(QLatin1String("Normal"), Qt::CaseInsensitive) != 0 && !event.type.isEmpty();
        const QString type = event.type.isEmpty() ? tr("Event") : tr("%1 event").arg(event.type);
        const QString reason = event.reason.isEmpty() ? tr("(no reason)") : event.reason;
        record.title = event.count > 1 ? tr("%1: %2 (%n times)", nullptr, event.count).arg(type, reason)
                                       : tr("%1: %2").arg(type, reason);
        record.details = event.message;
        if (event.lastObserved.isValid())
            record.details = record.details.isEmpty() ? tr("Last seen %1").arg(shortTime(event.lastObserved))
                                                      : tr("%1 (last seen %2)").arg(record.details, shortTime(event.lastObserved));
    }
    return records;
}

QList<TimelineRecord> TimelineRecord::fromReadiness(const QList<ReadinessIssue> &issues)
{
    QList<TimelineRecord> records;
    for (const ReadinessIssue &issue : issues) {
        TimelineRecord record;
        record.key = QStringLiteral("readiness:%1\x1f%2\x1f%3").arg(issue.replicaId, issue.reason, issue.since);
        record.source = Source::Server;
        record.when = QDateTime::fromString(issue.since, Qt::ISODateWithMs).toUTC();
        record.warning = true;
        record.title = tr("Not ready: %1").arg(issue.reason.isEmpty() ? tr("(no reason)") : issue.reason);
        record.details = issue.message.isEmpty() ? tr("Replica %1").arg(issue.replicaId)
                                                 : tr("Replica %1: %2").arg(issue.replicaId, issue.message);
        records.append(record);
    }
    return records;
}

QList<TimelineRecord> TimelineRecord::fromTerminations(const QList<ReplicaTermination> &terminations)
{
    QList<TimelineRecord> records;
    QHash<QString, int> seen;
    for (const ReplicaTermination &termination : terminations) {
        TimelineRecord record;
        const QString identity = QStringLiteral("%1\x1f%2\x1f%3")
                                     .arg(termination.replicaId)
                                     .arg(termination.startedAt.toMSecsSinceEpoch())
                                     .arg(termination.finishedAt.toMSecsSinceEpoch());
        const int occurrence = seen[identity]++;
        record.key = occurrence == 0 ? QStringLiteral("termination:%1").arg(identity)
                                     : QStringLiteral("termination:%1#%2").arg(identity).arg(occurrence);
        record.source = Source::Server;
        record.when = termination.finishedAt.isValid() ? termination.finishedAt : termination.startedAt;
        record.warning = termination.exitCode != 0;
        const QString reason = termination.reason.isEmpty() ? tr("ended") : termination.reason;
        record.title = tr("Replica exited: %1 (exit code %2)").arg(reason).arg(termination.exitCode);
        QString ran;
        if (termination.startedAt.isValid() && termination.finishedAt.isValid()
            && termination.finishedAt >= termination.startedAt)
            ran = tr("Replica %1 ran %2").arg(termination.replicaId,
                                               durationText(termination.startedAt.secsTo(termination.finishedAt)));
        else
            ran = tr("Replica %1").arg(termination.replicaId);
        record.details = termination.message.isEmpty() ? ran : tr("%1: %2").arg(ran, termination.message);
        records.append(record);
    }
    return records;
}

QList<TimelineRecord> TimelineRecord::fromLastChange(qint64 version, qint64 modifiedAtMs, const QString &by)
{
    if (modifiedAtMs <= 0)
        return {};
    TimelineRecord record;
    record.key = QStringLiteral("change:%1:%2").arg(version).arg(modifiedAtMs);
    record.source = Source::Server;
    record.when = QDateTime::fromMSecsSinceEpoch(modifiedAtMs, Qt::UTC);
    record.title = version > 0 ? tr("Last change (version %1)").arg(version) : tr("Last change");
    record.details = by.isEmpty() ? tr("The server's last change to the spec")
                                  : tr("Changed by %1 (the server's last change to the spec)").arg(by);
    return {record};
}

QList<TimelineRecord> TimelineRecord::fromConsole(const QList<DeploymentHistoryEvent> &events)
{
    using Kind = DeploymentHistoryEvent::Kind;
    QList<TimelineRecord> records;
    for (const DeploymentHistoryEvent &event : events) {
        TimelineRecord record;
        record.key = QStringLiteral("console:%1").arg(event.key);
        record.source = Source::Console;
        record.when = event.when.toUTC();
        switch (event.kind) {
        case Kind::Pausing:
            record.title = tr("Pausing (not confirmed)");
            break;
        case Kind::Paused:
            record.title = tr("Paused");
            break;
        case Kind::Resumed:
            record.title = tr("Resumed");
            break;
        case Kind::Abandoned:
            record.title = tr("Pause abandoned");
            record.warning = true;
            break;
        case Kind::Note:
            record.title = tr("Note");
            break;
        }
        const QString who = event.who.isEmpty() ? tr("someone") : event.who;
        record.details = event.details.isEmpty() ? tr("By %1").arg(who) : tr("By %1: %2").arg(who, event.details);
        records.append(record);
    }
    return records;
}

QList<TimelineRecord> TimelineRecord::fromAlerts(const QList<Alert> &alerts)
{
    QList<TimelineRecord> records;
    for (const Alert &alert : alerts) {
        TimelineRecord raised;
        raised.key = QStringLiteral("alert:%1").arg(alert.id);
        raised.source = Source::Alert;
        raised.when = alert.raisedAt.toUTC();
        raised.warning = alert.isOpen() && !alert.isGoodNews();
        const QString rule = Alert::ruleTitle(alert.rule);
        raised.title = alert.isOpen() ? tr("Alert: %1 (open)").arg(rule) : tr("Alert: %1").arg(rule);
        raised.details = alert.acknowledged ? tr("%1 (acknowledged)").arg(alert.message) : alert.message;
        records.append(raised);
        if (!alert.isOpen()) {
            TimelineRecord ended;
            ended.key = QStringLiteral("alert-end:%1").arg(alert.id);
            ended.source = Source::Alert;
            ended.when = alert.closedAt.toUTC();
            ended.title = tr("Alert ended: %1").arg(rule);
            ended.details = tr("The condition raised at %1 is over").arg(shortTime(alert.raisedAt));
            records.append(ended);
        }
    }
    return records;
}

void TimelineRecord::sortNewestFirst(QList<TimelineRecord> &records)
{
    std::stable_sort(records.begin(), records.end(), [](const TimelineRecord &a, const TimelineRecord &b) {
        if (a.when.isValid() != b.when.isValid())
            return a.when.isValid();
        if (a.when != b.when)
            return a.when > b.when;
        return a.key < b.key;
    });
}
