#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

// "This runner carries out this transition": written (ScheduleStore::claim) before a scheduled
// pause or resume is sent. The store keeps at most one claim per workspace + kind + name +
// action + transition time (a unique key; the claim is an INSERT only one writer wins), so
// with a team store several runners and consoles never carry out one transition twice. The
// winner records how it ended (finish). Times are UTC.
struct TransitionClaim
{
    qint64 id = 0;
    QString workspaceId;
    QString kind; // "endpoint", "pod", "raycluster"
    QString name;
    QString action;         // "pause" or "resume"
    QDateTime transitionAt; // the transition's planned time
    QString source;         // "schedule" or "wake-up"
    QString claimedBy;
    QString claimedProgram;
    QString claimedHost;
    qint64 claimedPid = 0;
    QDateTime claimedAt;
    QString outcome; // empty while being carried out; then "done", "skipped" or "failed"
    QString message; // what happened, in a sentence

    bool operator==(const TransitionClaim &other) const = default;
};

Q_DECLARE_METATYPE(TransitionClaim)
