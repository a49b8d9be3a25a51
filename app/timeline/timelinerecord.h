#pragma once

#include "app/api/deploymentevent.h"
#include "app/api/readinessissue.h"
#include "app/api/replicatermination.h"
#include "app/pause/deploymenthistoryevent.h"
#include "app/watch/alert.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

// One line of a resource's timeline (TimelineModel): something that happened to it, told by
// the server (an event, a readiness issue, a replica's termination, the last change), by the
// console itself (a pause, a resume, a note) or by an alert it raised. The builders below turn
// each source's values into lines with keys that stay the same from one read to the next, so a
// read applies as a diff: a BackOff event counted once more updates its line in place.
struct TimelineRecord
{
    Q_DECLARE_TR_FUNCTIONS(TimelineRecord)

public:
    enum class Source { Server, Console, Alert };
    static constexpr int SourceCount = 3;

    QString key;     // "event:…", "readiness:…", "termination:…", "change:…", "console:…", "alert:…"
    Source source = Source::Server;
    QDateTime when;  // UTC; invalid when the source gave no time (sorted last)
    QString title;   // "Warning event: BackOff (14 times)", "Paused", "Alert: Crash loop"
    QString details; // the server's message, who did it and why
    bool warning = false; // a warning, an error or an open alert (its title says so in words too)

    bool operator==(const TimelineRecord &other) const = default;

    // "Server", "Console", "Alert": the Source column's words.
    static QString sourceName(Source source);

    // Events newest first as the client gives them. Kubernetes counts a repeated event on one
    // entry; an event that appears more than once (the same type, reason and message) is keyed
    // by its place among those, counted from the oldest, so earlier lines keep their keys.
    static QList<TimelineRecord> fromEvents(const QList<DeploymentEvent> &events);
    // Readiness issues (replicas that are ready with nothing to say are left out by the caller).
    static QList<TimelineRecord> fromReadiness(const QList<ReadinessIssue> &issues);
    static QList<TimelineRecord> fromTerminations(const QList<ReplicaTermination> &records);
    // The resource's last change as the server stamps it (metadata version, time, who): the
    // console's own edits and pauses, and changes made elsewhere, all land there. Nothing for
    // a time of 0.
    static QList<TimelineRecord> fromLastChange(qint64 version, qint64 modifiedAtMs, const QString &by);
    // The console's history: pauses, resumes, abandoned pauses and notes
    // (DeploymentHistoryModel::merge of the ledger and the notes).
    static QList<TimelineRecord> fromConsole(const QList<DeploymentHistoryEvent> &events);
    // The alerts about one resource: when each was raised, and when it ended.
    static QList<TimelineRecord> fromAlerts(const QList<Alert> &alerts);

    // Newest first; records without a time last; ties in key order (stable across reads).
    static void sortNewestFirst(QList<TimelineRecord> &records);
};
