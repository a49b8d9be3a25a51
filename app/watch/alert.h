#pragma once

#include "app/api/resourcekind.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

// One alert: a rule that fired for one resource (or for the workspace), from the moment the
// condition began until it ended. The AlertEngine raises it once per transition (never once
// per poll) and closes it when the condition ends; the AlertBook keeps it.
struct Alert
{
    enum class Rule {
        EnteredError,     // a deployment, pod or Ray cluster entered Error
        StuckNotReady,    // Not Ready / Starting longer than the rule's minutes
        CrashLoop,        // N restarts or termination records within M minutes
        ResumeReady,      // a resume finished: Ready (good news, off by default)
        ResumeNotReady,   // a resume did not become Ready within the rule's minutes
        ResumedOutside,   // something the console paused is found running
        StoppedOutside,   // something running is found at zero that nobody paused here
        ReviewDue,        // a pause's review date is due
        TokenExpiring,    // the workspace token is about to expire (or has)
        ApiUnreachable,   // the workspace API has been unreachable for the rule's minutes
        ScheduleFailed,   // a scheduled pause or resume failed (closed when a later one succeeds)
    };
    static constexpr Rule LastRule = Rule::ScheduleFailed; // every rule is 0 .. LastRule

    quint64 id = 0;              // given by the AlertBook; 0 until then
    Rule rule = Rule::EnteredError;
    ResourceKind kind = ResourceKind::Endpoint;
    QString name;                // the resource; empty for workspace-wide rules (token, API)
    QString workspaceId;
    QString message;             // one sentence in the user's words, with the server's own where it has one
    QDateTime raisedAt;
    QDateTime closedAt;          // invalid while the alert is open
    bool acknowledged = false;
    // Raised on the first look at the resource: the condition began before the console
    // watched it (a deployment already in Error when the workspace opened). Listed, counted,
    // but not announced as news on the desktop.
    bool foundAtFirstSight = false;

    bool isOpen() const { return !closedAt.isValid(); }
    bool concernsResource() const { return !name.isEmpty(); }
    // Good news (a resume became Ready): notified, but not counted as an open problem.
    bool isGoodNews() const { return rule == Rule::ResumeReady; }

    // "error", "stuck", "crash-loop", "resume-ready", "resume-not-ready", "resumed-outside",
    // "stopped-outside", "review-due", "token-expiring", "api-unreachable", "schedule-failed": the words of
    // `watch --json` ("rule") and of the settings keys.
    static QString ruleKey(Rule rule);
    static bool ruleFromKey(const QString &key, Rule *rule);
    // The rule's name for people ("Entered Error", "Crash loop" ...), translated.
    static QString ruleTitle(Rule rule);
};

Q_DECLARE_METATYPE(Alert)
