#pragma once

#include "app/storage/note.h"
#include "app/storage/pauseentry.h"
#include "app/storage/storeresult.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

// The pause ledger: what each paused deployment had before the pause, so Resume can give it
// back. An interface: a backend (app/storage/<backend>/) implements it on its own thread, and
// every call returns at once and ends in exactly one StoreResult, delivered on the thread of
// `context` unless `context` died first. Calls on one ledger run in the order they were made.
//
// Rules every backend keeps, whichever process writes:
//  - at most one open (Pending or Active) entry per workspace + kind + deployment;
//  - a second pause never overwrites the saved values of the first (beginPause returns the
//    existing entry untouched, and import skips it);
//  - Closed and Abandoned entries are history and are never changed again;
//  - every write is one transaction, durable (fsync'ed) when its callback says ok.
class PauseLedger
{
public:
    struct Begun
    {
        PauseEntry entry;     // the new Pending entry, or the open one that was already there
        bool created = false; // true: `entry` was just written; false: it existed already
    };

    enum class SetResult {
        Done,     // the entry is now in the target state (or was already)
        LostRace, // another process moved it from `expected` first; nothing was written
    };
    struct Settled
    {
        SetResult result = SetResult::Done;
        PauseEntry found; // the entry as it is after the call
    };

    struct ImportResult
    {
        int imported = 0;
        int skipped = 0;      // an open entry for that deployment exists here: left untouched
        int invalid = 0;      // malformed, or not an open pause
        QStringList messages; // one sentence per skipped or invalid entry
        QString error;        // non-empty: the file is unreadable or nothing could be saved
        bool ok() const { return error.isEmpty(); }
    };

    // An open pause with the notes of its deployment, newest first (the Paused Services view).
    struct OpenPause
    {
        PauseEntry entry;
        QList<Note> notes;
    };
    // What the deployments table lays over a workspace: open pauses, and per deployment its
    // newest note and how many it has.
    struct Overlay
    {
        QList<PauseEntry> open;
        QHash<QString, Note> latestNotes;
        QHash<QString, int> noteCounts;
    };

    virtual ~PauseLedger() = default;

    // The open (Pending or Active) entry of a deployment; nullopt when there is none.
    virtual void openEntry(const QString &workspaceId, const QString &deploymentName, QObject *context,
                           StoreCallback<std::optional<PauseEntry>> done) = 0;
    // An entry by id; a Conflict error when there is none.
    virtual void entry(qint64 id, QObject *context, StoreCallback<PauseEntry> done) = 0;

    // Writes `entry` as Pending (its id, state and closed fields are ignored; a null pausedAt
    // becomes now), unless the deployment already has an open entry: then that one comes back
    // untouched with created == false. Call before sending the pause PATCH: the callback runs
    // after the commit.
    virtual void beginPause(const PauseEntry &entry, QObject *context, StoreCallback<Begun> done) = 0;
    // Compare-and-set, in one transaction: moves entry `id` to `target` only while it is still
    // in `expected`. The loser of a race re-reads and decides again; it never overwrites.
    virtual void compareAndSet(qint64 id, PauseEntry::State expected, PauseEntry::State target,
                               const QString &closedBy, QObject *context, StoreCallback<Settled> done) = 0;
    // A pause reached the server after its entry had been closed by someone else: writes a new
    // Active entry with the same saved values, unless the deployment has an open entry again
    // (returned untouched, created == false). One transaction.
    virtual void reopen(const PauseEntry &closed, QObject *context, StoreCallback<Begun> done) = 0;

    // Edits what Resume will bring back; open entries only. Ends in the entry as stored.
    virtual void updateSavedValues(qint64 id, int savedMinReplicas, std::optional<int> savedMaxReplicas,
                                   const QJsonObject &savedAutoScaler, bool hadAutoScaler, QObject *context,
                                   StoreCallback<PauseEntry> done) = 0;
    // Records the spec a paused deployment has after an edit made through the console.
    virtual void updatePausedSnapshot(qint64 id, const QJsonObject &snapshot, QObject *context,
                                      StoreCallback<PauseEntry> done) = 0;
    // Sets or clears (null date) the reminder of an open entry.
    virtual void setRemindOn(qint64 id, const QDate &remindOn, QObject *context,
                             StoreCallback<StoreNothing> done) = 0;

    // Open entries of a workspace, by deployment name.
    virtual void openEntries(const QString &workspaceId, QObject *context,
                             StoreCallback<QList<PauseEntry>> done) = 0;
    // Every entry of a deployment (an empty name: of every deployment of the workspace),
    // newest first.
    virtual void history(const QString &workspaceId, const QString &deploymentName, QObject *context,
                         StoreCallback<QList<PauseEntry>> done) = 0;
    // Open entries of every workspace, by workspace then deployment name.
    virtual void allOpenEntries(QObject *context, StoreCallback<QList<PauseEntry>> done) = 0;
    // Every entry of a workspace, whatever its state, whose time overlaps [since, until): paused
    // before `until`, and open or closed after `since` (a null bound leaves that side open). By
    // pause time. The savings figures read the ledger's history with it.
    virtual void entriesBetween(const QString &workspaceId, const QDateTime &since, const QDateTime &until,
                                QObject *context, StoreCallback<QList<PauseEntry>> done) = 0;
    // The open entries of a workspace with their deployments' notes, in one round trip.
    virtual void openPauses(const QString &workspaceId, QObject *context,
                            StoreCallback<QList<OpenPause>> done) = 0;
    // The table's overlay of a workspace, in one round trip.
    virtual void overlay(const QString &workspaceId, QObject *context, StoreCallback<Overlay> done) = 0;

    // Adds open entries (from another machine's export), keeping their state. Entries for
    // deployments with an open entry here are skipped, never overwritten. One transaction: on
    // a database error nothing is imported. `result` carries what the reader already counted
    // (invalid entries and their messages).
    virtual void importEntries(const QList<PauseEntry> &entries, const ImportResult &result, QObject *context,
                               StoreCallback<ImportResult> done) = 0;
};
