#pragma once

#include "app/pause/pauseoutcome.h"
#include "app/schedule/schedule.h"
#include "app/schedule/schedulecalendar.h"
#include "app/schedule/scheduletransition.h"
#include "app/storage/resourcehold.h"
#include "app/storage/storeresult.h"
#include "app/storage/transitionclaim.h"
#include "app/storage/wakeup.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <chrono>
#include <functional>
#include <optional>

class PauseController;
class ScheduleStore;

// Carries out what the schedules, holds and wake-ups of one workspace say is due at a given
// time: the one runner behind `lepton-console-cli schedule run` and the window (same code,
// same claim rule). No widgets, no timers: the caller says when (`Options::now`, `--at`).
//
// For each schedule, the latest transition at or before `now` (ScheduleCalendar::due), if it
// is within the catch-up window (older ones are not carried out: a laptop asleep for a day does
// not replay the week):
//  - an active hold on the resource: skipped, and said so (not claimed: released within the
//    catch-up window, the transition still runs);
//  - an active wake-up and the transition is a pause: skipped until the wake-up ends;
//  - else the transition is claimed in the store (TransitionClaim, one INSERT that only one
//    runner of a team store wins) and carried out by PauseController: the normal pause
//    (ledger first, exact restore; its reason note names the schedule) or resume (a resource
//    changed on the server while paused is reported and skipped unless the schedule says
//    force). A claim that exists already means it was carried out (or tried) before: nothing
//    is done again, which is also why a manual resume after a scheduled pause wins until the
//    next transition.
// Wake-ups whose time is up are paused again (claimed at their end time, once) and removed;
// one whose resource is held is left until the hold ends; one a later scheduled transition
// overtook is removed without a pause (the schedule governs). Expired holds are removed.
// Dry run: nothing is claimed, sent or removed; each item says what would happen.
class ScheduleRunner : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QDateTime now;                 // UTC; null: the current time
        bool dryRun = false;
        std::chrono::seconds catchUp = ScheduleCalendar::DefaultCatchUp;
        QString userName;              // written into claims
    };

    // One resource's line of the report.
    struct Item
    {
        enum class Kind {
            Done,          // carried out (paused or resumed, or it already was)
            WouldRun,      // dry run: would be carried out
            AlreadyClaimed,// carried out before (by this or another runner): nothing done
            Held,          // a hold kept it as it is
            Awake,         // a wake-up kept it running
            Skipped,       // changed on the server while paused, not resumed (no force)
            Failed,        // the server refused, the store failed, the schedule cannot be read
        };
        Kind kind = Kind::Done;
        QString workspaceId;
        ResourceKind resourceKind = ResourceKind::Endpoint;
        QString name;
        ScheduleTransition transition;  // what was due
        QString source;                 // "schedule" or "wake-up"
        QString message;                // one sentence for the user
        std::optional<PauseOutcome> outcome; // when PauseController was asked
        StoreError storeError;          // a store call failed

        bool failed() const { return kind == Kind::Failed || kind == Kind::Skipped; }
        QString kindName() const;       // "done", "would-run", "already-claimed", "held", "awake", "skipped", "failed"
    };
    struct Report
    {
        QDateTime now;
        QList<Item> items;
        int expiredHoldsRemoved = 0;
        bool ok() const;
    };

    // `store` and `pauses` must outlive the runner; `pauses` works on `workspaceId`.
    ScheduleRunner(ScheduleStore *store, PauseController *pauses, const QString &workspaceId, QObject *parent = nullptr);

    // Runs once; `done` is called exactly once, on this object's thread. Do not call again
    // before it was.
    void run(const Options &options, std::function<void(const Report &)> done);

    // The note a scheduled pause leaves: which schedule did it.
    static QString pauseReason(const Schedule &schedule, const ScheduleTransition &transition);

private:
    struct Task
    {
        Item item;
        Schedule schedule;    // for a schedule's transition
        bool force = false;
        qint64 wakeUpId = 0;  // for a wake-up's end: removed after its pause
    };
    void plan(const QList<ScheduleRecord> &schedules, const QList<ResourceHold> &holds, const QList<WakeUp> &wakeUps);
    void next();
    void carryOut(Task task);
    void finishTask(Task task, Item::Kind kind, const QString &message, const QString &claimOutcome, qint64 claimId);
    void end();

    ScheduleStore *m_store;
    PauseController *m_pauses;
    QString m_workspaceId;
    Options m_options;
    Report m_report;
    QList<Task> m_tasks;
    std::function<void(const Report &)> m_done;
};
