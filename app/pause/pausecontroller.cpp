#include "app/pause/pausecontroller.h"

#include "app/diagnostics/loggingcategories.h"

#include "app/common/jsonmergepatch.h"
#include "app/api/leptonclient.h"
#include "app/storage/note.h"
#include "app/storage/notesstore.h"
#include "app/storage/pauseledger.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QDeadlineTimer>
#include <QLocale>
#include <QPointer>
#include <QTimer>

#include <memory>


namespace {

// The pause itself: exactly what the SDK's stop() sends.
QJsonObject pausePatch()
{
    return QJsonObject {{"spec", QJsonObject {{"resource_requirement", QJsonObject {{"min_replicas", 0}}}}}};
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
    if (entry.savedMaxReplicas && *entry.savedMaxReplicas != entry.savedMinReplicas)
        return PauseController::tr("%1–%2 replicas").arg(entry.savedMinReplicas).arg(*entry.savedMaxReplicas);
    return PauseController::tr("%n replica(s)", nullptr, entry.savedMinReplicas);
}

} // namespace

PauseController::PauseController(LeptonClient *client, PauseLedger *ledger, NotesStore *notes,
                                 const QString &workspaceId, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_ledger(ledger)
    , m_notes(notes)
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
    QJsonObject expectedResources = expected.value(QLatin1String("resource_requirement")).toObject();
    expectedResources.insert(QStringLiteral("min_replicas"), 0);
    expected.insert(QStringLiteral("resource_requirement"), expectedResources);
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

void PauseController::start(const QString &name, Action action, QObject *context, Callback done, Continuation next)
{
    if (m_inFlight.contains(name)) {
        PauseOutcome outcome;
        outcome.kind = PauseOutcome::Kind::Failed;
        outcome.deploymentName = name;
        outcome.message = tr("%1 is already being paused or resumed.").arg(name);
        return done(outcome);
    }
    m_inFlight.insert(name);
    // The saved values must be what the server has now, not what the table showed a few
    // seconds ago: read it fresh, with its open ledger entry.
    m_client->getDeployment(name, context, [this, name, action, done, next](const ApiResult<Deployment> &fresh) {
        PauseOutcome outcome;
        if (!fresh.ok()) {
            outcome.kind = PauseOutcome::Kind::Failed;
            outcome.error = fresh.error;
            outcome.message = action == Action::Pause
                ? tr("Could not read %1 before pausing it: %2").arg(name, fresh.error.userMessage())
                : tr("Could not read %1 before resuming it: %2").arg(name, fresh.error.userMessage());
            return finish(name, done, outcome);
        }
        const std::optional<PauseEntry> open = m_ledger->openEntry(m_workspaceId, name);
        if (!open && !m_ledger->lastError().isEmpty()) {
            outcome.kind = PauseOutcome::Kind::LocalStoreFailed;
            outcome.message = tr("Nothing was sent: the pause ledger could not be read (%1).").arg(m_ledger->lastError());
            return finish(name, done, outcome);
        }
        next(fresh.value, open);
    });
}

void PauseController::pause(const QString &name, const PauseRequest &request, QObject *context, Callback done)
{
    start(name, Action::Pause, context, done, [this, name, request, context, done](const Deployment &current, const std::optional<PauseEntry> &open) {
        if (open) {
            if (!request.reason.trimmed().isEmpty())
                m_notes->add(reasonNote(name, request.reason.trimmed(), open->id, false));
            if (current.isScaledToZero()) {
                // Paused already: keep the first saved values, and settle a pending entry.
                if (open->state == PauseEntry::State::Pending)
                    m_ledger->markActive(open->id);
                PauseOutcome outcome;
                outcome.kind = PauseOutcome::Kind::AlreadyPaused;
                outcome.entry = *m_ledger->openEntry(m_workspaceId, name);
                outcome.message = tr("%1 is already paused; Resume will bring back %2 replicas as saved on %3.")
                                      .arg(name)
                                      .arg(open->savedMinReplicas)
                                      .arg(QLocale().toString(open->pausedAt.toLocalTime(), QLocale::ShortFormat));
                return finish(name, done, outcome);
            }
            // An open entry but the server is not at zero (a pause that never reached the
            // server, or replicas given back outside): pause again, keeping the saved values.
            return sendPause(current, *open, context, done);
        }
        if (current.isScaledToZero()) {
            PauseOutcome outcome;
            outcome.kind = PauseOutcome::Kind::AlreadyStopped;
            outcome.message = tr("%1 is already at zero replicas and was not paused by the console; "
                                 "there is nothing to remember.").arg(name);
            return finish(name, done, outcome);
        }

        PauseEntry entry;
        entry.workspaceId = m_workspaceId;
        entry.deploymentName = name;
        entry.savedMinReplicas = current.minReplicas.value_or(1);
        entry.savedMaxReplicas = current.maxReplicas;
        entry.hadAutoScaler = current.hasAutoScaler;
        entry.savedAutoScaler = current.autoScaler();
        entry.pausedSnapshot = snapshotOf(current);
        entry.pausedVersion = current.version;
        entry.pausedBy = m_userName;
        entry.pausedAt = QDateTime::currentDateTimeUtc();
        entry.reason = request.reason.trimmed();
        entry.remindOn = request.remindOn;
        const PauseLedger::BeginResult begun = m_ledger->beginPause(entry);
        if (!begun.ok()) {
            PauseOutcome outcome;
            outcome.kind = PauseOutcome::Kind::LocalStoreFailed;
            outcome.message = tr("%1 was not paused: its replicas could not be saved locally first (%2).")
                                  .arg(name, begun.error);
            return finish(name, done, outcome);
        }
        Callback report = done;
        if (begun.created && !entry.reason.isEmpty()) {
            if (!m_notes->add(reasonNote(name, entry.reason, begun.entry.id, true))) {
                // The replicas are saved, so the pause goes on; but the user is told the
                // reason was not kept (a full disk, a lock), not only the log.
                qCWarning(lcPause) << "the pause reason could not be stored:" << m_notes->lastError();
                const QString problem = tr("Its reason was not saved: %1").arg(m_notes->lastError());
                report = [done, problem](const PauseOutcome &outcome) {
                    PauseOutcome told = outcome;
                    told.message += QLatin1Char(' ') + problem;
                    done(told);
                };
            }
        }
        Q_EMIT ledgerChanged(name);
        sendPause(current, begun.entry, context, report);
    });
}

void PauseController::sendPause(const Deployment &current, const PauseEntry &entry, QObject *context, Callback done)
{
    const QString name = current.name;
    Q_EMIT patchSending(name);
    m_client->patchDeployment(name, pausePatch(), LeptonClient::PatchMode::Apply, context,
                              [this, name, entry, done](const ApiResult<QJsonObject> &result) {
        PauseOutcome outcome;
        outcome.entry = entry;
        if (result.ok() || result.error.isNothingToUpdate()) {
            outcome.kind = PauseOutcome::Kind::Paused;
            outcome.message = tr("Paused %1; Resume will bring back %2.")
                                  .arg(name, savedReplicasText(entry));
            if (m_ledger->markActive(entry.id)) {
                outcome.entry.state = PauseEntry::State::Active;
            } else {
                // The saved replicas are on disk already (the Pending entry); only "done" could
                // not be written. The next refresh settles it against the server.
                outcome.message += QLatin1Char(' ')
                    + tr("The local ledger could not record the pause as complete (%1); the saved replicas are kept, "
                         "and the next refresh settles it.")
                          .arg(m_ledger->lastError());
                qCWarning(lcPause) << "pause of" << name << "applied, but markActive failed:" << m_ledger->lastError();
            }
            return finish(name, done, outcome);
        }
        outcome.kind = PauseOutcome::Kind::Failed;
        outcome.error = result.error;
        // A refusal is final: the deployment was not paused, the entry becomes history.
        // Trouble on the way (network, timeout, 5xx) leaves it pending: the server may have
        // applied it, and the next refresh settles it either way.
        if (!result.error.isTransient() && result.error.kind() != ApiError::Kind::Cancelled) {
            m_ledger->markAbandoned(entry.id, m_userName);
            outcome.message = tr("The server refused to pause %1: %2").arg(name, result.error.userMessage());
        } else {
            outcome.message = tr("Pausing %1 did not complete: %2 The saved replicas are kept; "
                                 "the console will check the server and you can try again.")
                                  .arg(name, result.error.userMessage());
        }
        finish(name, done, outcome);
    });
}

void PauseController::resume(const QString &name, const ResumeRequest &request, QObject *context, Callback done)
{
    start(name, Action::Resume, context, done, [this, name, request, context, done](const Deployment &current, const std::optional<PauseEntry> &open) {
        if (!open && current.isIdleAtZero()) {
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
            if (!current.isScaledToZero()) {
                PauseOutcome outcome;
                outcome.kind = PauseOutcome::Kind::NotPaused;
                outcome.message = tr("%1 is not paused.").arg(name);
                return finish(name, done, outcome);
            }
            if (!request.replicas || *request.replicas < 1) {
                PauseOutcome outcome;
                outcome.kind = PauseOutcome::Kind::NeedsReplicaCount;
                outcome.proposedReplicas = 1;
                outcome.message = tr("%1 was stopped outside the console, so there is no saved replica count. "
                                     "How many replicas should it get?").arg(name);
                return finish(name, done, outcome);
            }
            const int replicas = *request.replicas;
            QJsonObject resources {{"min_replicas", replicas}};
            // The server takes max_replicas only with min_replicas, and never below it.
            if (current.maxReplicas)
                resources.insert(QStringLiteral("max_replicas"), qMax(replicas, *current.maxReplicas));
            patch = QJsonObject {{"spec", QJsonObject {{"resource_requirement", resources}}}};
        } else {
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
            patch = open->restorePatch(current.spec());
            if (patch.isEmpty()) {
                // Someone already gave it exactly its values back.
                m_ledger->markClosed(open->id, m_userName);
                PauseOutcome outcome;
                outcome.kind = PauseOutcome::Kind::Resumed;
                outcome.entry = *open;
                outcome.message = tr("%1 already has its saved replicas back.").arg(name);
                return finish(name, done, outcome);
            }
        }

        Q_EMIT patchSending(name);
        m_client->patchDeployment(name, patch, LeptonClient::PatchMode::Apply, context,
                                  [this, name, open, done](const ApiResult<QJsonObject> &result) {
            PauseOutcome outcome;
            if (open)
                outcome.entry = *open;
            if (result.ok() || result.error.isNothingToUpdate()) {
                if (open)
                    m_ledger->markClosed(open->id, m_userName);
                outcome.kind = PauseOutcome::Kind::Resumed;
                outcome.message = open ? tr("Resumed %1 with %2.")
                                             .arg(name, savedReplicasText(*open))
                                       : tr("Resumed %1.").arg(name);
            } else {
                outcome.kind = PauseOutcome::Kind::Failed;
                outcome.error = result.error;
                outcome.message = tr("Resuming %1 failed: %2 It stays paused and its saved replicas are kept.")
                                      .arg(name, result.error.userMessage());
            }
            finish(name, done, outcome);
        });
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

QStringList PauseController::reconcile(const QList<Deployment> &deployments)
{
    QStringList settled;
    QString settledName;
    const QList<PauseEntry> open = m_ledger->openEntries(m_workspaceId);
    if (open.isEmpty())
        return settled;
    QHash<QString, const Deployment *> byName;
    for (const Deployment &d : deployments)
        byName.insert(d.name, &d);
    for (const PauseEntry &entry : open) {
        if (entry.state != PauseEntry::State::Pending || m_inFlight.contains(entry.deploymentName))
            continue;
        const Deployment *d = byName.value(entry.deploymentName);
        if (!d)
            continue;
        if (d->isScaledToZero()) {
            m_ledger->markActive(entry.id);
            settled << tr("The pause of %1 reached the server; its saved replicas are kept.").arg(entry.deploymentName);
            settledName = entry.deploymentName;
        } else {
            // Another process (lepton-console-cli, a second window) may be between its ledger
            // write and its PATCH: give a pending pause time to land before calling it off.
            const qint64 graceMs = m_reconcileGrace ? m_reconcileGrace->count() : m_client->timeout().count() + 30000;
            if (entry.pausedAt.msecsTo(QDateTime::currentDateTimeUtc()) < graceMs)
                continue;
            m_ledger->markAbandoned(entry.id, m_userName);
            settled << tr("The pause of %1 never reached the server; it is still running. Pause it again if you want.")
                           .arg(entry.deploymentName);
            settledName = entry.deploymentName;
        }
    }
    // Once for all the entries settled: each signal makes the session re-read every marker.
    if (!settled.isEmpty())
        Q_EMIT ledgerChanged(settled.size() == 1 ? settledName : QString());
    return settled;
}

void PauseController::waitFor(const QString &name, std::function<bool(const Deployment &)> reached,
                              std::chrono::milliseconds timeout, QObject *context,
                              std::function<void(bool, const ApiError &, const Deployment &)> done)
{
    auto deadline = std::make_shared<QDeadlineTimer>(timeout);
    auto poll = std::make_shared<std::function<void()>>();
    // The poll function refers to itself through `poll`; clearing it when done breaks the cycle.
    auto finished = [poll, done](bool ok, const ApiError &error, const Deployment &last) {
        *poll = nullptr;
        done(ok, error, last);
    };
    QObject *timerContext = context ? context : this;
    *poll = [this, name, reached, deadline, finished, poll, context, timerContext]() {
        m_client->getDeployment(name, context, [reached, deadline, finished, poll, timerContext](const ApiResult<Deployment> &result) {
            if (result.ok() && reached(result.value))
                return finished(true, ApiError(), result.value);
            if (!result.ok() && !result.error.isTransient())
                return finished(false, result.error, Deployment());
            if (deadline->hasExpired())
                return finished(false, result.ok() ? ApiError() : result.error, result.value);
            QTimer::singleShot(std::min<qint64>(1000, qMax<qint64>(50, deadline->remainingTime())), timerContext,
                               [poll] { if (*poll) (*poll)(); });
        });
    };
    (*poll)();
}
