#pragma once

#include "app/api/deployment.h"
#include "app/api/resourcekind.h"
#include "app/storage/note.h"
#include "app/storage/pauseentry.h"
#include "app/pause/pauseoutcome.h"

#include <QDate>
#include <QObject>
#include <QSet>

#include <chrono>
#include <functional>
#include <optional>

class LeptonClient;
class NotesStore;
class PauseLedger;
class Storage;

// Pause and Resume that never forget the replicas: the one implementation behind the
// window's buttons and the command line.
//
// Pause: read the deployment fresh from the server, write a ledger entry with what it has
// (min, max, auto_scaler) *before* anything is sent, then PATCH min_replicas to 0 (what the
// SDK's stop() sends; Lepton does not scale up from zero, so the autoscaler block can stay
// as it is and is restored anyway). A second Pause keeps the first entry and sends nothing:
// when another program wrote that entry and its pause request may still be on its way (a race,
// settled by the store's one-open-pause rule), the outcome is AlreadyPaused with the Pending
// entry, so exactly one pause request reaches Lepton.
// Resume: restore exactly the saved values in one PATCH, then close the entry. A deployment
// changed on the server while paused is not overwritten unless the caller forces it.
// About 880 lines in one class: pause, resume, reconcile and reopen share one per-resource
// busy map and one ledger/client pair, and the order of their steps (ledger before PATCH,
// compare-and-set before closing) is the safety rule; spread over objects it could not be read
// in one place.
class PauseController : public QObject
{
    Q_OBJECT

public:
    struct PauseRequest {
        QString reason;     // becomes the first note of the pause
        QDate remindOn;     // "look at this again" date, optional
        // What `name` is; unset: an endpoint (a legacy dev pod is found as one too), or the kind
        // its open pause names. Set: a resource of another kind is refused as not found.
        std::optional<ResourceKind> kind;
    };
    struct ResumeRequest {
        bool force = false;                 // resume over changes made while paused
        std::optional<int> replicas;        // for deployments stopped outside the console
        std::optional<ResourceKind> kind;   // as PauseRequest::kind
    };
    using Callback = std::function<void(const PauseOutcome &)>;

    // The ledger and notes are `storage`'s (which must outlive this object). Every ledger call
    // is asynchronous; a pause's PATCH leaves only once its ledger entry is committed.
    PauseController(LeptonClient *client, Storage *storage, const QString &workspaceId,
                    QObject *parent = nullptr);

    void setUserName(const QString &name) { m_userName = name; }
    QString userName() const { return m_userName; }
    QString workspaceId() const { return m_workspaceId; }

    void pause(const QString &name, const PauseRequest &request, QObject *context, Callback done);
    void resume(const QString &name, const ResumeRequest &request, QObject *context, Callback done);

    // Brings the ledger in line with the server after a refresh or at start, with the same
    // settle() that every pause and resume runs first (so the window and the command line
    // settle entries one way):
    //  - Pending, server at zero: the pause landed -> Active.
    //  - Pending, server running: still in flight (another process between its ledger write and
    //    its PATCH) for the grace time, then Abandoned (kept as history).
    //  - Active, server running again: a resume whose bookkeeping never happened, or one made
    //    outside the console -> Closed, "resumed outside the console (by last_modified_by)".
    // Entries this controller is pausing or resuming right now are left to it. Every change is
    // a compare-and-set on the entry's state, so two processes settling at once agree.
    // Ends in `done` (unless `context` died) with a sentence per entry it settled.
    void reconcile(const QList<Deployment> &deployments, QObject *context,
                   std::function<void(const QStringList &settled)> done);

    // What changed on the server since the pause, ignoring min_replicas being 0 and the
    // fields a paused deployment's edits recorded. Empty: nothing.
    static QStringList changesSincePause(const PauseEntry &entry, const Deployment &current);
    // The spec a paused deployment is expected to have: the current spec as recorded.
    static QJsonObject snapshotOf(const Deployment &deployment);

    bool isBusy(const QString &name) const { return m_inFlight.contains(name); }
    // How long a pending entry written elsewhere is given to reach the server before
    // reconcile() calls it off (default: the client's timeout plus 30 s).
    void setReconcileGrace(std::chrono::milliseconds grace) { m_reconcileGrace = grace; }

    // Polls GET until `reached` says yes, or the timeout passes (for --wait). `kind` picks the
    // route (getResource); unset: getDeployment, as before kinds.
    void waitFor(const QString &name, std::function<bool(const Deployment &)> reached,
                 std::chrono::milliseconds timeout, QObject *context,
                 std::function<void(bool reached, const ApiError &error, const Deployment &last)> done,
                 std::optional<ResourceKind> kind = std::nullopt);

Q_SIGNALS:
    // The ledger or notes changed (the table refreshes its markers): for `name`, or for several
    // deployments at once when `name` is empty (a refresh that settled more than one pause).
    void ledgerChanged(const QString &name);
    // A PATCH for a pause or resume is about to leave the process.
    void patchSending(const QString &name);

private:
    enum class Action { Pause, Resume };
    // The note a pause's reason becomes, by this controller's user, tied to ledger entry
    // `entryId`; `atPause` when it is the reason given with the pause itself.
    Note reasonNote(const QString &name, const QString &text, qint64 entryId, bool atPause) const;
    // The deployment as just read, its open ledger entry once settled against it, and the
    // sentence settling it produced (empty: nothing to say).
    using Continuation = std::function<void(const Deployment &current, const std::optional<PauseEntry> &open,
                                            const QString &settled)>;
    struct Settlement {
        std::optional<PauseEntry> open; // what is open after settling
        QString message;                // what settling did, for the user; empty: nothing
        QString error;                  // the ledger failed
        bool lostRace = false;          // another process settled it first (`open` re-read)
    };
    // The one rule set that settles an open entry against the deployment (see reconcile()).
    void settle(const PauseEntry &entry, const Deployment &deployment, std::function<void(const Settlement &)> next);
    std::chrono::milliseconds reconcileGrace() const;
    // A Pending entry another program wrote within the grace time: its writer's pause request
    // may be on its way, so this controller must not send a second one.
    bool inFlightElsewhere(const PauseEntry &entry) const;
    // Marks `name` busy and goes on with read().
    void start(const QString &name, Action action, std::optional<ResourceKind> kind, QObject *context, Callback done,
               Continuation next);
    // Reads the open entry, the deployment fresh from the server, the open entry again (reading
    // again, up to `attemptsLeft` times, while another process changes it underneath), settles
    // it, and goes on with `next`; ends in `done` by itself when something cannot be read.
    void read(const QString &name, Action action, std::optional<ResourceKind> kind, QObject *context, Callback done,
              Continuation next, int attemptsLeft);
    // Stores a pause's reason as a note; a failure goes into outcome->storeProblem.
    void addReasonNote(const QString &name, const QString &reason, qint64 entryId, bool atPause,
                       std::function<void(const QString &storeProblem)> next);
    void sendPause(const Deployment &current, const PauseEntry &entry, QObject *context, Callback done,
                   const QString &storeProblem);
    // After the server took the pause: `entry` becomes Active, or, when a resume closed it
    // meanwhile and the deployment is at zero, its saved values go into a new open entry.
    void confirmPause(const QString &name, const PauseEntry &entry, QObject *context, Callback done,
                      PauseOutcome outcome);
    // After the server took the resume: closes `open` (compare-and-set); a failed write goes
    // into storeProblem.
    void closeResumed(const PauseEntry &open, std::function<void(PauseOutcome)> next);
    void finish(const QString &name, const Callback &done, PauseOutcome outcome);

    LeptonClient *m_client;
    PauseLedger *m_ledger;
    NotesStore *m_notes;
    QString m_workspaceId;
    QString m_userName;
    QSet<QString> m_inFlight;
    QSet<qint64> m_writtenHere; // ledger entries this controller began (it may send their pause again)
    std::optional<std::chrono::milliseconds> m_reconcileGrace;
};
