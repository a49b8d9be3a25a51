#include "app/pause/pausecontroller.h"

#include "app/diagnostics/loggingcategories.h"

#include "app/common/jsonmergepatch.h"
#include "app/api/leptonclient.h"
#include "app/storage/authortext.h"
#include "app/storage/changeorigin.h"
#include "app/storage/note.h"
#include "app/storage/notesstore.h"
#include "app/storage/pauseledger.h"
#include "app/storage/storage.h"
#include "app/pause/pauseplan.h"
#include "app/pause/replicafields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QDeadlineTimer>
#include <QLocale>
#include <QPointer>
#include <QTimer>

#include <memory>


namespace {

// Kinds whose replicas are the legacy resource_requirement fields: endpoints and dev pods on
// the legacy API (a new-API endpoint has them per component, a new-API dev pod and a Ray
// cluster are stopped by a flag).
bool speaksLegacyReplicas(const Deployment &deployment)
{
    return deployment.kind != ResourceKind::RayCluster && deployment.generation == ApiGeneration::Legacy;
}

// Where a resource stands on the server, for every kind on both generations: at zero (min 0,
// on every component of a new-API endpoint; a dev pod stopped; a Ray cluster suspended) or
// running. Neither, with a problem, when it cannot be read exactly.
struct ServerState {
    bool atZero = false;
    bool running = false;
    QString problem;
};

ServerState serverState(const Deployment &deployment)
{
    ServerState state;
    if (speaksLegacyReplicas(deployment)) {
        const ReplicaFields fields = ReplicaFields::of(deployment);
        state.atZero = fields.isAtZero();
        state.running = fields.isRunning();
        state.problem = fields.problem();
        return state;
    }
    const PausePlan plan = PausePlan::make(deployment.raw, deployment.kind, deployment.generation);
    state.problem = plan.error;
    state.atZero = plan.ok() && plan.alreadyStopped;
    state.running = plan.ok() && !plan.alreadyStopped;
    return state;
}

ResourceKind kindOf(const PauseEntry &entry)
{
    return ResourceKinds::fromString(entry.kind).value_or(ResourceKind::Endpoint);
}

// A saved state that is a flag (a new-API dev pod's spec.stopped, a Ray cluster's suspend).
bool savesAFlag(const PauseEntry &entry)
{
    return entry.savedState.contains(QLatin1String("stopped")) || entry.savedState.contains(QLatin1String("suspend"));
}

// What Resume brings back, as PausePlan reads it. A legacy endpoint's or pod's saved values
// are its saved_* fields (what older versions wrote, and what the paused-settings editor
// changes); every other kind has its PausePlan saved state.
QJsonObject savedStateOf(const PauseEntry &entry)
{
    const bool legacyShaped = entry.savedState.isEmpty()
        || (entry.savedState.value(QLatin1String("api")).toString() == QLatin1String("legacy")
            && kindOf(entry) != ResourceKind::RayCluster);
    if (!legacyShaped)
        return entry.savedState;
    QJsonObject state {{"kind", entry.kind.isEmpty() ? QStringLiteral("endpoint") : entry.kind},
                       {"api", QStringLiteral("legacy")},
                       {"min_replicas", entry.savedMinReplicas}};
    if (entry.savedMaxReplicas)
        state.insert(QStringLiteral("max_replicas"), *entry.savedMaxReplicas);
    if (entry.hadAutoScaler)
        state.insert(QStringLiteral("auto_scaler"), entry.savedAutoScaler);
    return state;
}

// The PATCH that gives `current` back what `entry` saved ({} when it has it), in the shape of
// `current`'s generation; nullopt and `why` when it cannot be made.
std::optional<QJsonObject> restoreFor(const PauseEntry &entry, const Deployment &current, QString *why)
{
    return PausePlan::restorePatch(savedStateOf(entry), current.raw, current.generation, why);
}

QString compact(const QJsonValue &value)
{
    if (value.isUndefined())
        return PauseController::tr("(none)");
    if (value.isString())
        return value.toString();
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return value.toVariant().toString();
}

// Turns a merge patch between two specs into "path: before → after" lines.
void describe(const QJsonObject &before, const QJsonObject &patch, const QString &prefix, QStringList *out)
{
    for (auto it = patch.constBegin(); it != patch.constEnd(); ++it) {
        const QString path = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
        const QJsonValue old = before.value(it.key());
        if (it.value().isObject() && old.isObject()) {
            describe(old.toObject(), it.value().toObject(), path, out);
            continue;
        }
        out->append(QStringLiteral("%1: %2 → %3")
                        .arg(path, compact(old), it.value().isNull() ? PauseController::tr("(removed)") : compact(it.value())));
    }
}

// "2 replicas", or "1–3 replicas" when it may scale.
QString savedReplicasText(const PauseEntry &entry)
{
    if (savesAFlag(entry))
        return PauseController::tr("its running state");
    if (entry.savedMaxReplicas && *entry.savedMaxReplicas != entry.savedMinReplicas)
        return PauseController::tr("%1–%2 replicas").arg(entry.savedMinReplicas).arg(*entry.savedMaxReplicas);
    return PauseController::tr("%n replica(s)", nullptr, entry.savedMinReplicas);
}

} // namespace

PauseController::PauseController(LeptonClient *client, Storage *storage, const QString &workspaceId,
                                 QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_ledger(&storage->ledger())
    , m_notes(&storage->notes())
    , m_workspaceId(workspaceId)
{
}

QJsonObject PauseController::snapshotOf(const Deployment &deployment)
{
    return deployment.spec();
}

QStringList PauseController::changesSincePause(const PauseEntry &entry, const Deployment &current)
{
    QJsonObject expected = entry.pausedSnapshot;
    QJsonObject now = current.spec();
    // min_replicas 0 is the pause itself; anything else in the spec is a change.
    if (expected.contains(QLatin1String("resource_requirement"))) {
        QJsonObject expectedResources = expected.value(QLatin1String("resource_requirement")).toObject();
        expectedResources.insert(QStringLiteral("min_replicas"), 0);
        expected.insert(QStringLiteral("resource_requirement"), expectedResources);
    }
    QStringList changes;
    describe(expected, JsonMergePatch::diff(expected, now), QString(), &changes);
    return changes;
}

void PauseController::finish(const QString &name, const Callback &done, PauseOutcome outcome)
{
    m_inFlight.remove(name);
    outcome.deploymentName = name;
    Q_EMIT ledgerChanged(name);
    done(outcome);
}

bool PauseController::inFlightElsewhere(const PauseEntry &entry) const
{
    // Not one this controller began (its request ended: it may send it again); not one whose
    // process on this machine has died (nobody is sending it); and within the time a pause
    // request takes at most (after that, settle() calls it off).
    return entry.state == PauseEntry::State::Pending && !m_writtenHere.contains(entry.id)
        && !ChangeOrigin::processGone(entry.pausedHost, entry.pausedPid)
        && entry.pausedAt.msecsTo(QDateTime::currentDateTimeUtc()) < reconcileGrace().count();
}

std::chrono::milliseconds PauseController::reconcileGrace() const
{
    return m_reconcileGrace ? *m_reconcileGrace : m_client->timeout() + std::chrono::seconds(30);
}

void PauseController::settle(const PauseEntry &entry, const Deployment &deployment,
                             std::function<void(const Settlement &)> next)
{
    const ServerState fields = serverState(deployment);
    const QString name = entry.deploymentName;
    // Moves the entry (compare-and-set) and ends in `next` with `message` when it moved.
    const auto move = [this, entry, name, next](PauseEntry::State target, const QString &closedBy,
                                                const QString &message) {
        m_ledger->compareAndSet(entry.id, entry.state, target, closedBy, this,
                                [this, name, next, message](const StoreResult<PauseLedger::Settled> &set) {
            Settlement result;
            if (!set.ok()) {
                result.error = set.error.message;
                return next(result);
            }
            if (set.value.result == PauseLedger::SetResult::LostRace) {
                // Another process settled it first: its word stands; re-read what is open now.
                result.lostRace = true;
                return m_ledger->openEntry(m_workspaceId, name, this,
                                           [next, result](const StoreResult<std::optional<PauseEntry>> &open) mutable {
                    result.open = open.value;
                    if (!open.ok())
                        result.error = open.error.message;
                    next(result);
                });
            }
            const PauseEntry &found = set.value.found;
            result.open = found.isOpen() ? std::optional<PauseEntry>(found) : std::nullopt;
            result.message = message;
            next(result);
        });
    };

    if (entry.state == PauseEntry::State::Pending) {
        if (fields.atZero) {
            return move(PauseEntry::State::Active, QString(),
                        tr("The pause of %1 reached the server; its saved replicas are kept.").arg(name));
        } else if (fields.running) {
            // Another process (lepton-console-cli, a second window) may be between its ledger
            // write and its PATCH: give a pending pause time to land before calling it off.
            if (entry.pausedAt.msecsTo(QDateTime::currentDateTimeUtc()) >= reconcileGrace().count())
                return move(PauseEntry::State::Abandoned, m_userName,
                            tr("The pause of %1 never reached the server; it is still running. "
                               "Pause it again if you want.").arg(name));
        }
    } else if (entry.state == PauseEntry::State::Active && fields.running
               && deployment.version >= entry.pausedVersion + 2) {
        // Paused, and now it has replicas again: a resume whose bookkeeping did not happen (a
        // process killed after its PATCH, a failed write), or someone gave them back outside
        // the console. Either way it is not paused any more: close the pause, keep the history.
        // Only on a deployment changed at least twice since the version the pause read (the
        // pause, then what gave the replicas back): a list fetched before the pause's PATCH
        // landed (a refresh racing another process's pause) shows it running, and is stale.
        const QString who = deployment.lastModifiedBy.isEmpty() ? tr("someone") : deployment.lastModifiedBy;
        const std::optional<QJsonObject> restore = restoreFor(entry, deployment, nullptr);
        const bool savedValuesBack = restore && restore->isEmpty();
        QString message = tr("%1 was resumed outside the console (by %2); its pause is closed and kept as history.")
                              .arg(name, who);
        if (savedValuesBack)
            message += QLatin1Char(' ') + tr("It has its saved replicas back.");
        return move(PauseEntry::State::Closed, tr("%1 (outside the console)").arg(who), message);
    }
    Settlement unchanged;
    unchanged.open = entry;
    next(unchanged);
}

void PauseController::start(const QString &name, Action action, std::optional<ResourceKind> kind, QObject *context,
                            Callback done, Continuation next)
{
    if (m_inFlight.contains(name)) {
        PauseOutcome outcome;
        outcome.kind = PauseOutcome::Kind::Failed;
        outcome.deploymentName = name;
        outcome.message = tr("%1 is already being paused or resumed.").arg(name);
        return done(outcome);
    }
    m_inFlight.insert(name);
    read(name, action, kind, context, done, next, 3);
}

void PauseController::read(const QString &name, Action action, std::optional<ResourceKind> kind, QObject *context,
                           Callback done, Continuation next, int attemptsLeft)
{
    const auto ledgerFailed = [this, name, done](const QString &why) {
        PauseOutcome outcome;
        outcome.kind = PauseOutcome::Kind::LocalStoreFailed;
        outcome.message = tr("Nothing was sent: the pause ledger could not be read or settled (%1).").arg(why);
        finish(name, done, outcome);
    };
    // The ledger is read before and after the server: a decision is taken only on a pair that
    // did not change in between. Another process settling the entry meanwhile (a resume
    // closing it) means the server's answer may be older than the ledger: read again.
    m_ledger->openEntry(m_workspaceId, name, this, [=, this](const StoreResult<std::optional<PauseEntry>> &first) {
        if (!first.ok())
            return ledgerFailed(first.error.message);
        const std::optional<PauseEntry> before = first.value;
        // The saved values must be what the server has now, not what the table showed a few
        // seconds ago: read it fresh.
        // The kind asked for, else the one its open pause names (a dev pod, a Ray cluster).
        const ResourceKind resourceKind = kind ? *kind : (before ? kindOf(*before) : ResourceKind::Endpoint);
        m_client->getResource(resourceKind, name, context, [=, this](const ApiResult<Deployment> &fresh) {
            if (!fresh.ok()) {
                PauseOutcome outcome;
                outcome.kind = PauseOutcome::Kind::Failed;
                outcome.error = fresh.error;
                outcome.message = action == Action::Pause
                    ? tr("Could not read %1 before pausing it: %2").arg(name, fresh.error.userMessage())
                    : tr("Could not read %1 before resuming it: %2").arg(name, fresh.error.userMessage());
                return finish(name, done, outcome);
            }
            // Legacy endpoints and pods share /deployments: a kind asked for must be the kind found.
            if (kind && fresh.value.kind != *kind) {
                PauseOutcome outcome;
                outcome.kind = PauseOutcome::Kind::Failed;
                outcome.error = ApiError(ApiError::Kind::NotFound, QString(), 404);
                outcome.message = tr("There is no %1 %2: %2 is a %3.")
                                      .arg(ResourceKinds::toString(*kind), name, ResourceKinds::toString(fresh.value.kind));
                return finish(name, done, outcome);
            }
            m_ledger->openEntry(m_workspaceId, name, this, [=, this](const StoreResult<std::optional<PauseEntry>> &second) {
                if (!second.ok())
                    return ledgerFailed(second.error.message);
                const std::optional<PauseEntry> open = second.value;
                const bool unchanged = before.has_value() == open.has_value()
                    && (!open || (before->id == open->id && before->state == open->state));
                if (!unchanged && attemptsLeft > 1)
                    return read(name, action, kind, context, done, next, attemptsLeft - 1);
                // The ledger finds open pauses by name: an open pause of another kind with this
                // name (a Ray cluster "chat" beside the endpoint "chat") must not be settled
                // against this resource, which would close it and lose what it saved.
                if (kind && open && kindOf(*open) != *kind) {
                    PauseOutcome outcome;
                    outcome.kind = PauseOutcome::Kind::Failed;
                    outcome.error = ApiError(ApiError::Kind::Conflict, QString());
                    outcome.message = tr("Nothing was done: %1 has an open pause as a %2, and the ledger keeps one open "
                                         "pause per name; resume %2/%1 first.")
                                          .arg(name, open->kind);
                    return finish(name, done, outcome);
                }
                if (!open)
                    return next(fresh.value, open, QString());
                // Settle the entry against what the server says, exactly as a refresh would.
                settle(*open, fresh.value, [=, this](const Settlement &s) {
                    if (!s.error.isEmpty())
                        return ledgerFailed(s.error);
                    if (s.lostRace && attemptsLeft > 1)
                        return read(name, action, kind, context, done, next, attemptsLeft - 1);
                    next(fresh.value, s.open, s.message);
                });
            });
        });
    });
}

void PauseController::addReasonNote(const QString &name, const QString &reason, qint64 entryId, bool atPause,
                                    std::function<void(const QString &storeProblem)> next)
{
    if (reason.isEmpty())
        return next(QString());
    m_notes->add(reasonNote(name, reason, entryId, atPause), this, [next](const StoreResult<Note> &added) {
        // The pause goes on (the replicas are what must not be lost), but the user is told the
        // reason was not kept, and the command line does not exit 0.
        next(added.ok() ? QString() : tr("Its reason was not saved: %1").arg(added.error.message));
    });
}

namespace {

// `outcome` with its store problem, if any, added to the message.
PauseOutcome told(PauseOutcome outcome)
{
    if (!outcome.storeProblem.isEmpty() && !outcome.message.contains(outcome.storeProblem))
        outcome.message += QLatin1Char(' ') + outcome.storeProblem;
    return outcome;
}

// Who began a pause, for messages.
QString authorOf(const PauseEntry &entry)
{
    return AuthorText::pausedBy(entry);
}

// Another program's pause of `entry`'s deployment is on its way: nothing was sent.
PauseOutcome beingPaused(const PauseEntry &entry, const QString &storeProblem)
{
    PauseOutcome outcome;
    outcome.kind = PauseOutcome::Kind::AlreadyPaused;
    outcome.entry = entry;
    outcome.storeProblem = storeProblem;
    outcome.message = PauseController::tr("%1 is already being paused by %2 (begun at %3); nothing was sent. Its pause "
                                          "saved %4.")
                          .arg(entry.deploymentName, authorOf(entry),
                               QLocale().toString(entry.pausedAt.toLocalTime(), QLocale::LongFormat),
                               savedReplicasText(entry));
    return outcome;
}

// A deployment whose replica fields cannot be read exactly: nothing is saved or sent.
PauseOutcome unreadable(const QString &name, const QString &problem, bool pausing)
{
    PauseOutcome outcome;
    outcome.kind = PauseOutcome::Kind::Failed;
    outcome.error = ApiError(ApiError::Kind::BadPayload, problem);
    outcome.message = pausing
        ? PauseController::tr("%1 was not paused: on the server its %2. The console saves only what it can give back "
                              "exactly; correct the deployment, then pause it.").arg(name, problem)
        : PauseController::tr("%1 was not resumed: on the server its %2.").arg(name, problem);
    return outcome;
}

} // namespace

void PauseController::pause(const QString &name, const PauseRequest &request, QObject *context, Callback done)
{
    start(name, Action::Pause, request.kind, context, done, [this, name, request, context, done](const Deployment &current, const std::optional<PauseEntry> &open, const QString &) {
        const QString reason = request.reason.trimmed();
        const ServerState state = serverState(current);
        PauseOutcome outcome;
        if (open) {
            return addReasonNote(name, reason, open->id, false, [=, this](const QString &storeProblem) {
            PauseOutcome outcome;
            outcome.storeProblem = storeProblem;
            if (state.atZero) {
                // Paused already (settled to Active above): keep the first saved values.
                outcome.kind = PauseOutcome::Kind::AlreadyPaused;
                outcome.entry = *open;
                outcome.message = tr("%1 is already paused; Resume will bring back %2 replicas as saved on %3.")
                                      .arg(name)
                                      .arg(open->savedMinReplicas)
                                      .arg(QLocale().toString(open->pausedAt.toLocalTime(), QLocale::ShortFormat));
                return finish(name, done, told(outcome));
            }
            if (open->state == PauseEntry::State::Pending && state.running) {
                // Another program's pause on its way: one pause request is enough.
                if (inFlightElsewhere(*open))
                    return finish(name, done, told(beingPaused(*open, outcome.storeProblem)));
                // A pause of ours that has not reached the server (its request failed on the
                // way), or one whose writer is long gone: send it again with the values saved
                // before the first attempt.
                return sendPause(current, *open, context, done, outcome.storeProblem);
            }
            const bool exact = state.problem.isEmpty();
            PauseOutcome refused = exact ? PauseOutcome {} : unreadable(name, state.problem, true);
            if (exact) {
                // Only after a race lost on every attempt: say so rather than guess.
                refused.kind = PauseOutcome::Kind::Failed;
                refused.message = tr("%1 was not paused: it was being paused or resumed by another program at the "
                                     "same time. Try again.").arg(name);
            }
            refused.entry = *open;
            refused.storeProblem = outcome.storeProblem;
            return finish(name, done, told(refused));
            });
        }
        // What to save and what to send, for this kind on this generation, from the fresh read.
        const PausePlan plan = PausePlan::make(current.raw, current.kind, current.generation);
        if (!plan.ok())
            return finish(name, done, unreadable(name, plan.error, true));
        if (plan.alreadyStopped) {
            outcome.kind = PauseOutcome::Kind::AlreadyStopped;
            outcome.message = speaksLegacyReplicas(current) || current.kind == ResourceKind::Endpoint
                ? tr("%1 is already at zero replicas and was not paused by the console; "
                     "there is nothing to remember.").arg(name)
                : tr("%1 is already stopped and was not paused by the console; there is nothing to remember.").arg(name);
            if (reason.isEmpty())
                return finish(name, done, told(outcome));
            return addReasonNote(name, reason, 0, false, [=, this](const QString &storeProblem) mutable {
                outcome.storeProblem = storeProblem;
                if (outcome.storeProblem.isEmpty())
                    outcome.message += QLatin1Char(' ') + tr("Your note was added.");
                finish(name, done, told(outcome));
            });
        }

        PauseEntry entry;
        entry.workspaceId = m_workspaceId;
        entry.deploymentName = name;
        entry.kind = ResourceKinds::toString(current.kind);
        entry.savedState = plan.savedState;
        // The fields the window shows ("Resume brings back 1–4"): a legacy endpoint's or pod's
        // own, a new-API endpoint's frontend component's (Deployment::spec() unfolds it).
        const ReplicaFields fields = ReplicaFields::of(current);
        if (fields.isExact() && fields.minReplicas()) {
            entry.savedMinReplicas = *fields.minReplicas();
            entry.savedMaxReplicas = fields.maxReplicas();
            entry.hadAutoScaler = fields.hasAutoScaler();
            entry.savedAutoScaler = fields.autoScaler();
        } else {
            // A dev pod or Ray cluster stopped by a flag: the saved state is the flag.
            entry.savedMinReplicas = qMax(0, current.minReplicas.value_or(1));
        }
        // What the resource will look like once paused, to notice changes made while paused.
        Deployment paused = current;
        paused.raw = JsonMergePatch::apply(current.raw, plan.pausePatch);
        entry.pausedSnapshot = snapshotOf(speaksLegacyReplicas(current) ? current : paused);
        entry.pausedVersion = current.version;
        entry.pausedBy = m_userName;
        entry.pausedAt = QDateTime::currentDateTimeUtc();
        entry.reason = reason;
        entry.remindOn = request.remindOn;
        // The PATCH leaves only from beginPause's callback: after the entry is committed.
        m_ledger->beginPause(entry, this, [=, this](const StoreResult<PauseLedger::Begun> &begun) {
            if (!begun.ok()) {
                PauseOutcome failed;
                failed.kind = PauseOutcome::Kind::LocalStoreFailed;
                failed.message = tr("%1 was not paused: its replicas could not be saved locally first (%2).")
                                     .arg(name, begun.error.message);
                return finish(name, done, failed);
            }
            // Another process may have begun its pause between our read and our write: then its
            // entry (and its saved values) stands, this reason becomes a note on it, and its
            // writer sends the one pause request: this one sends nothing.
            Q_EMIT ledgerChanged(name);
            const PauseEntry saved = begun.value.entry;
            const bool created = begun.value.created;
            if (created)
                m_writtenHere.insert(saved.id);
            addReasonNote(name, reason, saved.id, created, [=, this](const QString &storeProblem) {
                if (created)
                    return sendPause(current, saved, context, done, storeProblem);
                if (saved.state == PauseEntry::State::Pending)
                    return finish(name, done, told(beingPaused(saved, storeProblem)));
                PauseOutcome paused;
                paused.kind = PauseOutcome::Kind::AlreadyPaused;
                paused.entry = saved;
                paused.storeProblem = storeProblem;
                paused.message = tr("%1 was paused by %2 at %3, just before this pause; nothing was sent, and Resume "
                                    "will bring back %4 as they saved it.")
                                     .arg(name, authorOf(saved),
                                          QLocale().toString(saved.pausedAt.toLocalTime(), QLocale::ShortFormat),
                                          savedReplicasText(saved));
                finish(name, done, told(paused));
            });
        });
    });
}

void PauseController::sendPause(const Deployment &current, const PauseEntry &entry, QObject *context, Callback done,
                                const QString &storeProblem)
{
    const QString name = current.name;
    // Made from the fresh read just taken: a new-API endpoint's PATCH carries its whole
    // component list as it is now.
    const PausePlan plan = PausePlan::make(current.raw, current.kind, current.generation);
    if (!plan.ok()) {
        PauseOutcome failed = unreadable(name, plan.error, true);
        failed.entry = entry;
        failed.storeProblem = storeProblem;
        return finish(name, done, told(failed));
    }
    Q_EMIT patchSending(name);
    m_client->patchResource(current.kind, name, plan.pausePatch, LeptonClient::PatchMode::Apply, context,
                            [this, name, entry, done, context, storeProblem](const ApiResult<QJsonObject> &result) {
        PauseOutcome outcome;
        outcome.entry = entry;
        outcome.storeProblem = storeProblem;
        if (result.ok() || result.error.isNothingToUpdate())
            return confirmPause(name, entry, context, done, outcome);
        outcome.kind = PauseOutcome::Kind::Failed;
        outcome.error = result.error;
        // A refusal is final: the deployment was not paused, the entry becomes history.
        // Trouble on the way (network, timeout, 5xx) leaves it pending: the server may have
        // applied it, and the next refresh settles it either way.
        if (!result.error.isTransient() && result.error.kind() != ApiError::Kind::Cancelled) {
            // Only while still pending: had it been confirmed meanwhile (another process's
            // pause landed), it stays.
            outcome.message = tr("The server refused to pause %1: %2").arg(name, result.error.userMessage());
            return m_ledger->compareAndSet(entry.id, PauseEntry::State::Pending, PauseEntry::State::Abandoned,
                                           m_userName, this,
                                           [this, name, done, outcome](const StoreResult<PauseLedger::Settled> &) {
                finish(name, done, told(outcome));
            });
        } else {
            outcome.message = tr("Pausing %1 did not complete: %2 The saved replicas are kept; "
                                 "the console will check the server and you can try again.")
                                  .arg(name, result.error.userMessage());
        }
        finish(name, done, told(outcome));
    });
}

void PauseController::confirmPause(const QString &name, const PauseEntry &entry, QObject *context, Callback done,
                                   PauseOutcome outcome)
{
    // The server took min_replicas 0. The entry becomes Active only if it is still open: a
    // resume in another process may have closed it while the PATCH was on the way.
    m_ledger->compareAndSet(entry.id, entry.state, PauseEntry::State::Active, QString(), this,
                            [=, this](const StoreResult<PauseLedger::Settled> &set) mutable {
    if (set.ok() && set.value.result == PauseLedger::SetResult::Done) {
        outcome.kind = PauseOutcome::Kind::Paused;
        outcome.entry = set.value.found;
        outcome.message = tr("Paused %1; Resume will bring back %2.").arg(name, savedReplicasText(entry));
        return finish(name, done, told(outcome));
    }
    if (!set.ok()) {
        // The saved replicas are on disk already (the Pending entry); only "done" could not be
        // written. The next refresh or command settles it against the server.
        outcome.kind = PauseOutcome::Kind::Paused;
        outcome.storeProblem = tr("The local ledger could not record the pause as complete (%1); the saved replicas "
                                  "are kept, and the next refresh settles it.").arg(set.error.message)
            + (outcome.storeProblem.isEmpty() ? QString() : QLatin1Char(' ') + outcome.storeProblem);
        outcome.message = tr("Paused %1; Resume will bring back %2.").arg(name, savedReplicasText(entry));
        return finish(name, done, told(outcome));
    }
    // Lost the race: the entry was closed or abandoned meanwhile. Whether the deployment is
    // paused now depends on which PATCH landed last: ask the server.
    m_client->getResource(kindOf(entry), name, context, [this, name, entry, done, outcome](const ApiResult<Deployment> &now) mutable {
        if (now.ok() && serverState(now.value).running) {
            // The resume landed after this pause: it runs, with its pause closed. True and done.
            outcome.kind = PauseOutcome::Kind::NotPaused;
            outcome.entry = entry;
            outcome.message = tr("%1 was paused, then resumed right after by another program; it is running and "
                                 "not paused.").arg(name);
            return finish(name, done, told(outcome));
        }
        // At zero (or unknown: then the safe side): the pause stands, so its saved values must
        // be in an open entry again.
        m_ledger->reopen(entry, this, [this, name, entry, done, outcome](const StoreResult<PauseLedger::Begun> &reopened) mutable {
            if (!reopened.ok()) {
                outcome.kind = PauseOutcome::Kind::Paused;
                outcome.storeProblem = tr("Its saved replicas could not be written back to the local ledger (%1): "
                                          "it had %2.").arg(reopened.error.message, savedReplicasText(entry));
                outcome.message = tr("Paused %1.").arg(name);
                return finish(name, done, told(outcome));
            }
            outcome.kind = PauseOutcome::Kind::Paused;
            outcome.entry = reopened.value.entry;
            outcome.message = tr("Paused %1; Resume will bring back %2.").arg(name, savedReplicasText(reopened.value.entry));
            finish(name, done, told(outcome));
        });
    });
    });
}

void PauseController::resume(const QString &name, const ResumeRequest &request, QObject *context, Callback done)
{
    start(name, Action::Resume, request.kind, context, done, [this, name, request, context, done](const Deployment &current, const std::optional<PauseEntry> &open, const QString &settled) {
        const ReplicaFields fields = ReplicaFields::of(current);
        const ServerState state = serverState(current);
        // Whether `patch` is in the legacy shape (sent through patchDeployment, which puts it on
        // a new-API endpoint's frontend component) or the resource's own (sent as it is).
        bool legacyShapedPatch = false;
        if (!open && state.running && current.desiredReplicas.value_or(-1) == 0
            && current.state == DeploymentState::Stopped) {
            // Scaled down by the platform after no traffic: its spec still has the replicas it
            // is configured for, so a patch would change nothing; a restart brings it back.
            Q_EMIT patchSending(name);
            m_client->restartDeployment(name, context, [this, name, done](const ApiResult<ApiNothing> &result) {
                PauseOutcome outcome;
                outcome.kind = result.ok() ? PauseOutcome::Kind::Resumed : PauseOutcome::Kind::Failed;
                outcome.error = result.error;
                outcome.message = result.ok()
                    ? tr("Woke %1 up with the replicas it is configured for.").arg(name)
                    : tr("Waking %1 up failed: %2").arg(name, result.error.userMessage());
                finish(name, done, outcome);
            });
            return;
        }
        QJsonObject patch;
        if (!open) {
            if (state.running) {
                PauseOutcome outcome;
                outcome.kind = PauseOutcome::Kind::NotPaused;
                outcome.message = settled.isEmpty() ? tr("%1 is not paused.").arg(name)
                                                    : tr("%1 is not paused: %2").arg(name, settled);
                return finish(name, done, outcome);
            }
            if (!state.atZero)
                return finish(name, done, unreadable(name, state.problem, false));
            if (!speaksLegacyReplicas(current) && current.kind != ResourceKind::Endpoint) {
                // A dev pod or Ray cluster stopped outside the console: starting it needs no count.
                patch = QJsonObject {{"spec", QJsonObject {{current.kind == ResourceKind::RayCluster
                                                                ? QStringLiteral("suspend") : QStringLiteral("stopped"),
                                                            false}}}};
            } else if (!request.replicas || *request.replicas < 1) {
                PauseOutcome outcome;
                outcome.kind = PauseOutcome::Kind::NeedsReplicaCount;
                outcome.proposedReplicas = 1;
                outcome.message = tr("%1 was stopped outside the console, so there is no saved replica count. "
                                     "How many replicas should it get?").arg(name);
                return finish(name, done, outcome);
            } else {
                const int replicas = *request.replicas;
                QJsonObject resources {{"min_replicas", replicas}};
                // The server takes max_replicas only with min_replicas, and never below it.
                if (fields.maxReplicas())
                    resources.insert(QStringLiteral("max_replicas"), qMax(replicas, *fields.maxReplicas()));
                patch = QJsonObject {{"spec", QJsonObject {{"resource_requirement", resources}}}};
                legacyShapedPatch = true;
            }
        } else {
            if (open->state == PauseEntry::State::Pending) {
                // Settling left it pending: the server still runs it, and the pause is on its way
                // (or died on the way and its grace time has not passed). Nothing to resume.
                PauseOutcome outcome;
                outcome.kind = PauseOutcome::Kind::NotPaused;
                outcome.entry = *open;
                outcome.message = tr("%1 is not paused: the pause begun by %2 at %3 has not reached the server.")
                                      .arg(name, AuthorText::pausedBy(*open),
                                           QLocale().toString(open->pausedAt.toLocalTime(), QLocale::ShortFormat));
                return finish(name, done, outcome);
            }
            const QStringList changes = changesSincePause(*open, current);
            if (!changes.isEmpty() && !request.force) {
                PauseOutcome outcome;
                outcome.kind = PauseOutcome::Kind::ChangedWhilePaused;
                outcome.entry = *open;
                outcome.changes = changes;
                outcome.message = tr("%1 was changed on the server while it was paused:\n%2\n"
                                     "Resuming restores the saved replicas and autoscaling over these changes.")
                                      .arg(name, changes.join(QLatin1Char('\n')));
                return finish(name, done, outcome);
            }
            QString why;
            const std::optional<QJsonObject> restore = restoreFor(*open, current, &why);
            if (!restore) {
                PauseOutcome outcome;
                outcome.kind = PauseOutcome::Kind::Failed;
                outcome.entry = *open;
                outcome.error = ApiError(ApiError::Kind::BadPayload, why);
                outcome.message = tr("%1 was not resumed: %2 It stays paused and its saved state is kept.").arg(name, why);
                return finish(name, done, outcome);
            }
            patch = *restore;
            if (patch.isEmpty()) {
                // Someone already gave it exactly its values back.
                return closeResumed(*open, [this, name, done](PauseOutcome outcome) {
                    outcome.message = tr("%1 already has its saved replicas back.").arg(name);
                    finish(name, done, told(outcome));
                });
            }
        }

        Q_EMIT patchSending(name);
        auto answered = [this, name, open, done](const ApiResult<QJsonObject> &result) {
            PauseOutcome outcome;
            if (open)
                outcome.entry = *open;
            if (result.ok() || result.error.isNothingToUpdate()) {
                if (open) {
                    return closeResumed(*open, [this, name, open, done](PauseOutcome closed) {
                        closed.kind = PauseOutcome::Kind::Resumed;
                        closed.message = tr("Resumed %1 with %2.").arg(name, savedReplicasText(*open));
                        finish(name, done, told(closed));
                    });
                }
                outcome.kind = PauseOutcome::Kind::Resumed;
                outcome.message = tr("Resumed %1.").arg(name);
            } else {
                outcome.kind = PauseOutcome::Kind::Failed;
                outcome.error = result.error;
                outcome.message = tr("Resuming %1 failed: %2 It stays paused and its saved replicas are kept.")
                                      .arg(name, result.error.userMessage());
            }
            finish(name, done, told(outcome));
        };
        if (legacyShapedPatch)
            m_client->patchDeployment(name, patch, LeptonClient::PatchMode::Apply, context, answered);
        else
            m_client->patchResource(current.kind, name, patch, LeptonClient::PatchMode::Apply, context, answered);
    });
}

void PauseController::closeResumed(const PauseEntry &open, std::function<void(PauseOutcome)> next)
{
    // Closed already by another process (a refresh that saw it running) is as good.
    m_ledger->compareAndSet(open.id, open.state, PauseEntry::State::Closed, m_userName, this,
                            [open, next](const StoreResult<PauseLedger::Settled> &set) {
        PauseOutcome outcome;
        outcome.kind = PauseOutcome::Kind::Resumed;
        outcome.entry = open;
        if (!set.ok()) {
            outcome.storeProblem = tr("The local ledger could not record the resume (%1); it still lists the deployment "
                                      "as paused until the next refresh or command settles it.").arg(set.error.message);
        } else {
            outcome.entry = set.value.found;
        }
        next(outcome);
    });
}

Note PauseController::reasonNote(const QString &name, const QString &text, qint64 entryId, bool atPause) const
{
    Note note;
    note.workspaceId = m_workspaceId;
    note.deploymentName = name;
    note.text = text;
    note.author = m_userName;
    note.atPause = atPause;
    note.pauseEntryId = entryId;
    return note;
}

void PauseController::reconcile(const QList<Deployment> &deployments, QObject *context,
                                std::function<void(const QStringList &settled)> done)
{
    QPointer<QObject> guard(context);
    m_ledger->openEntries(m_workspaceId, this, [this, deployments, guard, done](const StoreResult<QList<PauseEntry>> &open) {
        if (!open.ok())
            qCWarning(lcPause) << "could not read the open pauses:" << open.error.message;
        // The entries to settle, one after the other (each a compare-and-set on the store).
        struct Run {
            QList<std::pair<PauseEntry, Deployment>> pending;
            QStringList settled;
            QString settledName;
        };
        auto run = std::make_shared<Run>();
        // An entry is settled against the resource of its own kind and name: a Ray cluster
        // "chat" says nothing about the endpoint "chat"'s pause. An entry written before kinds
        // were recorded says "endpoint" and may be a legacy dev pod's (listed with the endpoints).
        const auto key = [](ResourceKind kind, const QString &name) { return ResourceKinds::toString(kind) + u'/' + name; };
        QHash<QString, const Deployment *> byKey;
        for (const Deployment &d : deployments)
            byKey.insert(key(d.kind, d.name), &d);
        for (const PauseEntry &entry : open.value) {
            if (m_inFlight.contains(entry.deploymentName))
                continue;
            const Deployment *d = byKey.value(key(kindOf(entry), entry.deploymentName));
            if (const Deployment *pod = byKey.value(key(ResourceKind::Pod, entry.deploymentName));
                !d && pod && kindOf(entry) == ResourceKind::Endpoint && pod->generation == ApiGeneration::Legacy)
                d = pod;
            if (d)
                run->pending.append({entry, *d});
        }
        auto step = std::make_shared<std::function<void()>>();
        *step = [this, run, step, guard, done]() {
            if (run->pending.isEmpty()) {
                // Clearing `step` breaks the cycle through it and destroys this lambda's
                // captures: everything used after is copied out first.
                PauseController *self = this;
                const QPointer<QObject> alive = guard;
                const auto finished = done;
                const QStringList settled = run->settled;
                const QString settledName = run->settledName;
                *step = nullptr;
                // Once for all the entries settled: each signal makes the session re-read every marker.
                if (!settled.isEmpty())
                    Q_EMIT self->ledgerChanged(settled.size() == 1 ? settledName : QString());
                if (alive)
                    finished(settled);
                return;
            }
            const auto [entry, deployment] = run->pending.takeFirst();
            settle(entry, deployment, [run, step, name = entry.deploymentName](const Settlement &s) {
                if (!s.error.isEmpty())
                    qCWarning(lcPause) << "could not settle the pause of" << name << ":" << s.error;
                if (!s.message.isEmpty()) {
                    run->settled << s.message;
                    run->settledName = name;
                }
                (*step)();
            });
        };
        (*step)();
    });
}

void PauseController::waitFor(const QString &name, std::function<bool(const Deployment &)> reached,
                              std::chrono::milliseconds timeout, QObject *context,
                              std::function<void(bool, const ApiError &, const Deployment &)> done,
                              std::optional<ResourceKind> kind)
{
    auto deadline = std::make_shared<QDeadlineTimer>(timeout);
    auto poll = std::make_shared<std::function<void()>>();
    // The poll function refers to itself through `poll`; clearing it when done breaks the cycle.
    auto finished = [poll, done](bool ok, const ApiError &error, const Deployment &last) {
        *poll = nullptr;
        done(ok, error, last);
    };
    QObject *timerContext = context ? context : this;
    *poll = [this, name, kind, reached, deadline, finished, poll, context, timerContext]() {
        auto answered = [reached, deadline, finished, poll, timerContext](const ApiResult<Deployment> &result) {
            if (result.ok() && reached(result.value))
                return finished(true, ApiError(), result.value);
            if (!result.ok() && !result.error.isTransient())
                return finished(false, result.error, Deployment());
            if (deadline->hasExpired())
                return finished(false, result.ok() ? ApiError() : result.error, result.value);
            QTimer::singleShot(std::min<qint64>(1000, qMax<qint64>(50, deadline->remainingTime())), timerContext,
                               [poll] { if (*poll) (*poll)(); });
        };
        if (kind)
            m_client->getResource(*kind, name, context, answered);
        else
            m_client->getDeployment(name, context, answered);
    };
    (*poll)();
}
