#pragma once

#include "app/storage/pauseentry.h"

// LocalDatabase is an SqlDatabase; included so that the callers still on the local file
// (which know only LocalDatabase) can hand it over.
#include "app/storage/sqlite/localdatabase.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>


// The pause ledger: what each paused deployment had before the pause, so Resume can give it
// back. Works on an SqlDatabase (which must outlive it): the same SQL for the SQLite file and
// for a PostgreSQL server. Plain class, no signals: the storage backends notice changes.
//
// Rules it keeps, whichever process writes:
//  - at most one open (Pending or Active) entry per workspace + deployment;
//  - a second pause never overwrites the saved values of the first (beginPause returns the
//    existing entry untouched, and import skips it);
//  - Closed and Abandoned entries are history and are never changed again.
// Every write is one transaction; every function reports failure through its return value
// and lastError(), never by throwing.
// About 530 lines in one class: the ledger's SQL, one statement per PauseLedger method, run
// by both backends; it is the schema's one spelling, so it stays together.
class LedgerTable
{
    Q_DECLARE_TR_FUNCTIONS(PauseLedger)

public:
    struct BeginResult
    {
        PauseEntry entry;     // the new Pending entry, or the open one that was already there
        bool created = false; // true: `entry` was just written; false: it existed already
        QString error;        // non-empty: nothing was written and `entry` is meaningless
        bool ok() const { return error.isEmpty(); }
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

    explicit LedgerTable(SqlDatabase &database);

    // The open (Pending or Active) entry of a deployment. nullopt when there is none, or on
    // failure: then lastError() is non-empty.
    std::optional<PauseEntry> openEntry(const QString &workspaceId, const QString &deploymentName) const;
    std::optional<PauseEntry> entry(qint64 id) const;

    // Writes `entry` as Pending (its id, state and closed fields are ignored; a null pausedAt
    // becomes now), unless the deployment already has an open entry: then that one is
    // returned untouched with created == false. Call before sending the pause PATCH.
    BeginResult beginPause(const PauseEntry &entry);

    // Pending -> Active: the server accepted the pause.
    bool markActive(qint64 id);
    // Pending/Active -> Closed: resumed. closedAt = now.
    bool markClosed(qint64 id, const QString &closedBy);
    // Pending/Active -> Abandoned: the PATCH failed, or the deployment turned out not paused.
    bool markAbandoned(qint64 id, const QString &closedBy = QString());
    // Setting the state an entry already has succeeds and changes nothing; leaving Closed or
    // Abandoned fails.

    enum class SetResult {
        Done,      // the entry is now in the target state (or was already)
        LostRace,  // another process moved it from `expected` first; nothing was written
        Failed,    // the database failed: lastError() says why
    };
    // Compare-and-set, in one transaction: moves entry `id` to `target` only while it is still
    // in `expected`. This is how the pause and resume paths settle an entry another process may
    // be settling at the same time: the loser re-reads and decides again, it never overwrites.
    // `found`, when given, receives the entry as it is after the call.
    SetResult compareAndSet(qint64 id, PauseEntry::State expected, PauseEntry::State target,
                            const QString &closedBy = QString(), PauseEntry *found = nullptr);
    // A pause reached the server after its entry had been closed by someone else (a resume
    // that lost the race to it): writes a new Active entry with the same saved values, who and
    // when, unless the deployment has an open entry again (then that one is returned untouched,
    // created == false). One transaction.
    BeginResult reopen(const PauseEntry &closed);

    // Edits what Resume will bring back (the user changed a paused deployment's settings).
    // Only for open entries.
    bool updateSavedValues(qint64 id, int savedMinReplicas, std::optional<int> savedMaxReplicas,
                           const QJsonObject &savedAutoScaler, bool hadAutoScaler);
    // Records the spec a paused deployment now has after an edit made through the console
    // (image, shape), so Resume does not take it for a change made outside. Open entries only.
    bool updatePausedSnapshot(qint64 id, const QJsonObject &snapshot);
    // Sets or clears (null date) the reminder of an open entry.
    bool setRemindOn(qint64 id, const QDate &remindOn);

    // Open entries of a workspace, by deployment name.
    QList<PauseEntry> openEntries(const QString &workspaceId) const;
    // Every entry of a deployment (an empty name: of every deployment of the workspace), newest first.
    QList<PauseEntry> history(const QString &workspaceId, const QString &deploymentName) const;
    // Open entries of every workspace, by workspace then deployment name.
    QList<PauseEntry> allOpenEntries() const;
    // Every entry of a workspace whose time overlaps [since, until) (see PauseLedger), by
    // pause time then id.
    QList<PauseEntry> entriesBetween(const QString &workspaceId, const QDateTime &since, const QDateTime &until) const;

    // The writing half of an import (LedgerExchange reads the file): adds the open ones of `entries` (already read and
    // checked; `invalid` and `messages` are what the reader counted and said), one transaction.
    ImportResult importEntries(const QList<PauseEntry> &entries, int invalid, const QStringList &messages);

    // The last failure of any call, empty after a success.
    QString lastError() const { return m_lastError; }

private:
    BeginResult insertUnlessOpen(PauseEntry fresh);
    bool transition(qint64 id, PauseEntry::State target, const QString &closedBy);
    // The UPDATE of one open entry's state (inside a transaction); refuses to leave a closed one.
    bool writeState(const PauseEntry &current, PauseEntry::State target, const QString &closedBy, QString &err);
    std::optional<PauseEntry> fetchOpen(const QString &workspaceId, const QString &deploymentName,
                                        QString &error) const;
    std::optional<PauseEntry> fetchById(qint64 id, QString &error) const;
    bool insert(PauseEntry &entry, QString &error);
    QList<PauseEntry> select(const QString &where, const QVariantMap &binds,
                             const QString &orderBy) const;
    bool report(bool ok, const QString &error) const;

    SqlDatabase &m_db;
    mutable QString m_lastError;
};
