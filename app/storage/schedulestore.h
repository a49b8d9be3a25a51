#pragma once

#include "app/storage/resourcehold.h"
#include "app/storage/schedulerecord.h"
#include "app/storage/storeresult.h"
#include "app/storage/transitionclaim.h"
#include "app/storage/wakeup.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class Storage;

// Schedules, holds, wake-ups and transition claims (issue 21), kept with the ledger and the
// notes (so a team store shares them). An interface: a backend (app/storage/<backend>/)
// implements it on its own thread; every call returns at once and ends in exactly one
// StoreResult, delivered on the thread of `context` unless `context` died first. Calls run in
// the order they were made. Every write is one transaction and stamps the process's
// ChangeOrigin (program, host) on what it writes.
//
// Keys: one schedule, one hold and one wake-up per workspace + kind + name (set* replaces);
// one claim per workspace + kind + name + action + transition time (claim() is an INSERT only
// one writer wins, whichever process or machine).
class ScheduleStore
{
public:
    struct Claimed
    {
        TransitionClaim claim; // ours when won; else the one that was there first
        bool won = false;
    };

    virtual ~ScheduleStore() = default;

    // The schedule store of `storage`, working on its worker thread (its calls run in order with
    // the ledger's and notes'; a write emits Storage::changed()); nullptr when that storage
    // keeps no schedules (not an SQL store). The storage must outlive it.
    static std::unique_ptr<ScheduleStore> open(Storage &storage);

    // Stores (inserts or replaces) the schedule of record.workspaceId/kind/name; a null setAt
    // becomes now. Ends in the schedule as stored (with its id).
    virtual void setSchedule(const ScheduleRecord &record, QObject *context, StoreCallback<ScheduleRecord> done) = 0;
    // Removes a resource's schedule; ends in whether there was one.
    virtual void removeSchedule(const QString &workspaceId, const QString &kind, const QString &name,
                                QObject *context, StoreCallback<bool> done) = 0;
    // The schedules of a workspace (every workspace for an empty id), by kind then name.
    virtual void schedules(const QString &workspaceId, QObject *context, StoreCallback<QList<ScheduleRecord>> done) = 0;

    // Stores (inserts or replaces) a resource's hold; a null createdAt becomes now.
    virtual void setHold(const ResourceHold &hold, QObject *context, StoreCallback<ResourceHold> done) = 0;
    // Ends a hold now; ends in whether there was one.
    virtual void releaseHold(const QString &workspaceId, const QString &kind, const QString &name,
                             QObject *context, StoreCallback<bool> done) = 0;
    // The holds of a workspace (every workspace for an empty id), expired ones included.
    virtual void holds(const QString &workspaceId, QObject *context, StoreCallback<QList<ResourceHold>> done) = 0;

    // Stores (inserts or replaces) a resource's wake-up; a null createdAt becomes now.
    virtual void setWakeUp(const WakeUp &wakeUp, QObject *context, StoreCallback<WakeUp> done) = 0;
    // Removes wake-up `id` (not a newer one that replaced it); ends in whether it was there.
    virtual void removeWakeUp(qint64 id, QObject *context, StoreCallback<bool> done) = 0;
    // The wake-ups of a workspace (every workspace for an empty id), ended ones included.
    virtual void wakeUps(const QString &workspaceId, QObject *context, StoreCallback<QList<WakeUp>> done) = 0;

    // Removes holds whose `until` is at or before `now` (they ended by themselves); ends in
    // how many. Wake-ups are not removed here: the runner pauses their resource first.
    virtual void removeExpiredHolds(const QString &workspaceId, const QDateTime &now, QObject *context,
                                    StoreCallback<int> done) = 0;

    // Claims a transition: INSERTs `claim` (claimedAt null becomes now) unless one with its key
    // exists. Exactly one of any number of concurrent callers, in any process, wins.
    virtual void claim(const TransitionClaim &claim, QObject *context, StoreCallback<Claimed> done) = 0;
    // Records how a won claim ended ("done", "skipped", "failed") and what happened.
    virtual void finishClaim(qint64 id, const QString &outcome, const QString &message, QObject *context,
                             StoreCallback<StoreNothing> done) = 0;
    // The claim of one transition, if any (for --dry-run: would it run?).
    virtual void findClaim(const QString &workspaceId, const QString &kind, const QString &name,
                           const QString &action, const QDateTime &transitionAt, QObject *context,
                           StoreCallback<std::optional<TransitionClaim>> done) = 0;
    // Claims of a workspace (every workspace for an empty id) whose transition is at or after
    // `since`, newest first (what ran, for the Schedules view and the table's hint).
    virtual void claims(const QString &workspaceId, const QDateTime &since, QObject *context,
                        StoreCallback<QList<TransitionClaim>> done) = 0;
};
