#include "app/pause/pausedsettingseditor.h"

#include "app/common/jsonmergepatch.h"
#include "app/api/leptonclient.h"
#include "app/storage/pauseledger.h"

#include <QJsonDocument>
#include <QPointer>
#include <QSqlQuery>
#include <QTimer>

namespace {

const QString kSpec = QStringLiteral("spec");
const QString kResources = QStringLiteral("resource_requirement");
const QString kMin = QStringLiteral("min_replicas");
const QString kMax = QStringLiteral("max_replicas");
const QString kAutoScaler = QStringLiteral("auto_scaler");

Deployment withSpec(const Deployment &deployment, const QJsonObject &spec)
{
    Deployment copy = deployment;
    copy.raw.insert(kSpec, spec);
    return copy;
}

// Calls back from the event loop, never from inside apply().
void later(QObject *context, const PausedSettingsEditor::Callback &done, const PausedSettingsEditor::Outcome &outcome)
{
    QPointer<QObject> guard(context);
    QTimer::singleShot(0, context, [guard, done, outcome] {
        if (guard)
            done(outcome);
    });
}

} // namespace

PausedSettingsEditor::PausedSettingsEditor(LeptonClient *client, PauseLedger *ledger, const QString &workspaceId, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_ledger(ledger)
    , m_workspaceId(workspaceId)
{
}

QJsonObject PausedSettingsEditor::specToResume(const PauseEntry &entry, const Deployment &current)
{
    QJsonObject spec = current.spec();
    QJsonObject resources = spec.value(kResources).toObject();
    resources.insert(kMin, entry.savedMinReplicas);
    if (entry.savedMaxReplicas)
        resources.insert(kMax, *entry.savedMaxReplicas);
    else
        resources.remove(kMax);
    spec.insert(kResources, resources);
    if (entry.hadAutoScaler)
        spec.insert(kAutoScaler, entry.savedAutoScaler);
    else
        spec.remove(kAutoScaler);
    return spec;
}

DeploymentSettings PausedSettingsEditor::settingsToResume(const PauseEntry &entry, const Deployment &current)
{
    return DeploymentSettings::fromSpec(specToResume(entry, current));
}

void PausedSettingsEditor::apply(const Deployment &current, const DeploymentSettings &edited, QObject *context,
                                 Callback done)
{
    QPointer<QObject> guard(context);
    m_ledger->openEntry(m_workspaceId, current.name, this,
                        [this, current, edited, guard, done](const StoreResult<std::optional<PauseEntry>> &found) {
        if (guard)
            applyTo(current, edited, found, guard.data(), done);
    });
}

void PausedSettingsEditor::applyTo(const Deployment &current, const DeploymentSettings &edited,
                                   const StoreResult<std::optional<PauseEntry>> &found, QObject *context, Callback done)
{
    const QString name = current.name;
    Outcome outcome;
    outcome.deploymentName = name;

    const std::optional<PauseEntry> open = found.value;
    if (!open) {
        if (!found.ok()) {
            outcome.kind = Outcome::Kind::LocalStoreFailed;
            outcome.message = tr("The pause ledger could not be read (%1).").arg(found.error.message);
        } else {
            outcome.kind = Outcome::Kind::NotPaused;
            outcome.message = tr("%1 is not paused.").arg(name);
        }
        return later(context, done, outcome);
    }
    outcome.entry = *open;

    const QJsonObject resumeSpec = specToResume(*open, current);
    const Deployment resumeView = withSpec(current, resumeSpec);
    const DeploymentSettings original = DeploymentSettings::fromSpec(resumeSpec);
    outcome.problems = edited.validate(nullptr, &original);
    if (!outcome.problems.isEmpty()) {
        outcome.kind = Outcome::Kind::Invalid;
        outcome.message = outcome.problems.join(QLatin1Char(' '));
        return later(context, done, outcome);
    }
    const DeploymentSettings::Parts changed = edited.changedParts(original);
    if (!changed) {
        outcome.kind = Outcome::Kind::NothingChanged;
        outcome.message = tr("%1 already has these settings.").arg(name);
        return later(context, done, outcome);
    }
    for (const DeploymentSettings::Change &change : edited.describeChanges(original))
        outcome.changes << change.text();

    // 1. What Resume brings back: the ledger only.
    const DeploymentSettings::Parts saved = changed & (DeploymentSettings::Part::Replicas | DeploymentSettings::Part::AutoScaler);
    if (saved) {
        const QJsonObject patch = edited.mergePatchFrom(resumeView, saved);
        const QJsonObject newSpec = JsonMergePatch::apply(resumeSpec, patch.value(kSpec).toObject());
        const QJsonObject resources = newSpec.value(kResources).toObject();
        const int min = resources.value(kMin).toInt(open->savedMinReplicas);
        const std::optional<int> max = resources.value(kMax).isDouble() ? std::optional<int>(resources.value(kMax).toInt())
                                                                        : std::nullopt;
        const bool hasAutoScaler = newSpec.contains(kAutoScaler);
        QPointer<QObject> guard(context);
        m_ledger->updateSavedValues(open->id, min, max, newSpec.value(kAutoScaler).toObject(), hasAutoScaler, this,
                                    [this, current, edited, changed, open, outcome, guard, done](const StoreResult<PauseEntry> &updated) mutable {
            if (!guard)
                return;
            if (!updated.ok()) {
                outcome.kind = Outcome::Kind::LocalStoreFailed;
                outcome.message = tr("The new settings of %1 could not be saved (%2); nothing was changed.")
                                      .arg(outcome.deploymentName, updated.error.message);
                return done(outcome);
            }
            outcome.entry = updated.value;
            applyLive(current, edited, changed, *open, outcome, guard.data(), done);
        });
        return;
    }
    applyLive(current, edited, changed, *open, outcome, context, done);
}

void PausedSettingsEditor::applyLive(const Deployment &current, const DeploymentSettings &edited,
                                     DeploymentSettings::Parts changed, const PauseEntry &entry, Outcome outcome,
                                     QObject *context, Callback done)
{
    const QString name = current.name;
    const std::optional<PauseEntry> open = entry;
    // 2. Image and shape: applied now, while it stays paused.
    const DeploymentSettings::Parts live = changed & (DeploymentSettings::Part::Image | DeploymentSettings::Part::ResourceShape);
    const QJsonObject livePatch = live ? edited.mergePatchFrom(current, live) : QJsonObject();
    if (livePatch.isEmpty()) {
        outcome.kind = Outcome::Kind::Saved;
        outcome.message = tr("%1 stays paused; Resume will bring back %2.").arg(name, edited.replicasDescription());
        return later(context, done, outcome);
    }
    const qint64 entryId = open->id;
    const QJsonObject snapshot = JsonMergePatch::apply(open->pausedSnapshot, livePatch.value(kSpec).toObject());
    m_client->patchDeployment(name, livePatch, LeptonClient::PatchMode::Apply, context,
                              [this, outcome, entryId, snapshot, edited, done](const ApiResult<QJsonObject> &result) mutable {
        if (!result.ok() && !result.error.isNothingToUpdate()) {
            outcome.kind = Outcome::Kind::Failed;
            outcome.error = result.error;
            outcome.message = tr("%1 stays paused, but the server refused the change: %2")
                                  .arg(outcome.deploymentName, result.error.userMessage());
            return done(outcome);
        }
        m_ledger->updatePausedSnapshot(entryId, snapshot, this,
                                       [outcome, edited, done](const StoreResult<PauseEntry> &updated) mutable {
            if (!updated.ok()) {
                outcome.kind = Outcome::Kind::LocalStoreFailed;
                outcome.message = tr("%1 was changed, but the change could not be recorded in the pause ledger (%2); "
                                     "Resume will ask about it.").arg(outcome.deploymentName, updated.error.message);
                return done(outcome);
            }
            outcome.entry = updated.value;
            outcome.kind = Outcome::Kind::Saved;
            outcome.message = tr("%1 was changed and stays paused; Resume will bring back %2.")
                                  .arg(outcome.deploymentName, edited.replicasDescription());
            done(outcome);
        });
    });
}
