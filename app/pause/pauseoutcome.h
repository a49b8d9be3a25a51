#pragma once

#include "app/api/apierror.h"
#include "app/storage/pauseentry.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

// How one Pause or Resume ended, for the window's banner and the command line's exit code.
struct PauseOutcome
{
    enum class Kind {
        Paused,              // ledger written, server accepted min_replicas 0
        AlreadyPaused,       // an open ledger entry exists: its saved values were kept and
                             // nothing was sent; entry.state Pending: another program's pause
                             // of it is on its way ("being paused by ...")
        AlreadyStopped,      // at 0 replicas with no ledger entry: nothing to remember
        Resumed,             // saved values restored, ledger entry closed
        NotPaused,           // nothing to resume
        NeedsReplicaCount,   // stopped outside the console: the user must say how many
        ChangedWhilePaused,  // changed on the server while paused: `changes` says what
        Failed,              // the server refused or could not be reached: `error`
        LocalStoreFailed,    // the ledger could not be written: nothing was sent
    };

    Kind kind = Kind::Failed;
    QString deploymentName;
    QString message;        // a sentence for the user
    QStringList changes;    // ChangedWhilePaused: "field: before → now"
    ApiError error;
    PauseEntry entry;       // the ledger entry involved, when there is one
    // Non-empty when what the server was asked to do was done, but a local write that goes
    // with it failed (the reason's note, "pause complete", "resumed"): one sentence saying
    // which. `message` says it too; the command line exits with LocalStoreError, because an
    // exit code of 0 must never hide a failed write.
    QString storeProblem;
    int proposedReplicas = 1;

    bool ok() const
    {
        return kind == Kind::Paused || kind == Kind::AlreadyPaused || kind == Kind::Resumed
            || kind == Kind::AlreadyStopped;
    }
};

Q_DECLARE_METATYPE(PauseOutcome)
