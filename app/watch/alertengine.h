#pragma once

#include "app/credentials/tokenexpirynotice.h"
#include "app/watch/alert.h"
#include "app/watch/alertrules.h"
#include "app/watch/pauseobservation.h"
#include "app/watch/resourceobservation.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class AlertBook;

// Decides, from what the polls saw, when an alert begins and when it ends, and raises and
// closes it in an AlertBook: one alert per transition (never one per poll), closed when its
// condition ends. Fed plain values with an explicit `now`, so tests drive time themselves; the
// window's AlertFeed and `lepton-console-cli watch` feed it from the live sources. Keeps its
// state per (kind, name). Respects the AlertRules' switches and thresholds: a rule switched
// off closes its open alerts and raises no more.
class AlertEngine : public QObject
{
    Q_OBJECT

public:
    explicit AlertEngine(AlertBook *book, QObject *parent = nullptr);

    void setWorkspace(const QString &workspaceId, const QString &workspaceName = QString());
    void setRules(const AlertRules &rules, const QDateTime &now = QDateTime::currentDateTimeUtc());
    const AlertRules &rules() const { return m_rules; }

    // One poll's view of resources. With `complete`, these are every resource of the kinds in
    // `kinds` (a list poll): one of those kinds not in the list is gone, and its alerts close.
    void observeResources(const QList<ResourceObservation> &resources, const QDateTime &now);
    void observeCompleteList(ResourceKind kind, const QList<ResourceObservation> &resources, const QDateTime &now);
    void observeResource(const ResourceObservation &resource, const QDateTime &now);
    // The ledger's open pauses (all of them: a pause not in the list is closed, and a pause
    // that closed is a resume on its way: resumeStarted()). The engine is the one holder of
    // the open pauses; callers keep no list of their own.
    void observePauses(const QList<PauseObservation> &open, const QDateTime &now);
    // A resume was sent (the ledger closed an entry, or a PauseOutcome said Resumed).
    void resumeStarted(ResourceKind kind, const QString &name, const QDateTime &now);
    // The workspace API answered (reachable) or failed to (`error` in the user's words).
    void observeApi(bool reachable, const QString &error, const QDateTime &now);
    // The token's expiry notice changed (TokenExpiryWatcher::noticeChanged).
    void observeToken(const TokenExpiryNotice &notice, const QDateTime &now);
    // A scheduled transition (or a wake-up's end) of the resource was carried out (`failed`
    // false) or failed (`message`: the runner's sentence, with the server's words): a failure
    // raises ScheduleFailed, a later success closes it.
    void observeScheduledTransition(ResourceKind kind, const QString &name, bool failed, const QString &message,
                                    const QDateTime &now);
    // Time passed without a new observation: the rules that fire on a duration look again.
    void tick(const QDateTime &now);
    // Forgets everything (another workspace); closes nothing (the book is cleared with it).
    void reset();

    // The open alert of `rule` for the resource (0 when none).
    quint64 openAlert(Alert::Rule rule, ResourceKind kind, const QString &name) const;

private:
    struct Track
    {
        bool seen = false;
        ResourceObservation last;
        QDateTime notReadySince;        // invalid unless Not Ready / Starting
        bool running = false;           // last seen not at zero
        std::optional<int> restartCount;
        QList<QDateTime> restarts;      // when the restart count went up (one entry per restart)
        QList<QDateTime> terminations;  // distinct termination records' end times
        QDateTime resumedAt;            // a resume is waiting to become Ready
        bool resumeUnseen = false;      // no observation since the resume started (the last one predates it)
        int runningWhilePaused = 0;     // observations in a row found running with a pause open
    };

    static QString keyOf(ResourceKind kind, const QString &name);
    static QString alertKey(Alert::Rule rule, ResourceKind kind, const QString &name);
    QString label(ResourceKind kind, const QString &name) const;
    void evaluate(Track &track, const QDateTime &now);
    void evaluateCrashLoop(Track &track, const QDateTime &now);
    void evaluateDurations(const QDateTime &now);
    void forget(const QString &key, const QDateTime &now);
    void raise(Alert::Rule rule, ResourceKind kind, const QString &name, const QString &message, const QDateTime &now);
    void close(Alert::Rule rule, ResourceKind kind, const QString &name, const QDateTime &now);
    void closeRule(Alert::Rule rule, const QDateTime &now);

    QPointer<AlertBook> m_book;
    AlertRules m_rules;
    QString m_workspaceId;
    QString m_workspaceName;
    QHash<QString, Track> m_tracks;            // by keyOf(kind, name)
    QHash<QString, PauseObservation> m_pauses; // open pauses, by keyOf(kind, name)
    QHash<QString, quint64> m_open;            // open alert ids, by alertKey()
    bool m_firstSight = false; // evaluating a resource seen for the first time
    QDateTime m_unreachableSince;
    QString m_unreachableError;
    TokenExpiryNotice m_token;
};
