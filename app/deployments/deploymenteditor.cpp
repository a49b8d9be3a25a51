#include "app/deployments/deploymenteditor.h"

#include "app/api/leptonclient.h"

using Part = DeploymentSettings::Part;

DeploymentEditor::DeploymentEditor(LeptonClient *client, const WorkspaceInfo &info, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_info(info)
{
}

DeploymentSettings::Parts DeploymentEditor::serverParts(bool paused)
{
    if (paused)
        return DeploymentSettings::Parts(Part::Image) | Part::ResourceShape;
    return DeploymentSettings::AllParts;
}

bool DeploymentEditor::movedSince(const Deployment &opened, const Deployment &now)
{
    if (opened.version > 0 || now.version > 0)
        return opened.version != now.version;
    // No versions to compare: a change of the spec is what matters.
    return opened.spec() != now.spec();
}

DeploymentEditor::Outcome DeploymentEditor::outcome(Outcome::Kind kind, const QString &name) const
{
    Outcome result;
    result.kind = kind;
    result.deploymentName = name;
    return result;
}

std::optional<DeploymentEditor::Outcome> DeploymentEditor::check(const Request &request) const
{
    const QString name = request.opened.name;
    if (!m_client) {
        Outcome result = outcome(Outcome::Kind::Refused, name);
        result.error = ApiError(ApiError::Kind::Cancelled, QString());
        return result;
    }
    const QStringList problems = request.edited.validate(&m_info, &request.original);
    if (!problems.isEmpty()) {
        Outcome result = outcome(Outcome::Kind::Invalid, name);
        result.problems = problems;
        return result;
    }
    if (!request.edited.changedParts(request.original)) {
        Outcome result = outcome(Outcome::Kind::NothingToChange, name);
        result.editedNothing = true;
        return result;
    }
    return std::nullopt;
}

void DeploymentEditor::cancel()
{
    ++m_generation;
    m_running = false;
}

void DeploymentEditor::step(Step step)
{
    Q_EMIT stepStarted(step);
}

void DeploymentEditor::finish(Outcome outcome)
{
    ++m_generation;
    m_running = false;
    Q_EMIT finished(outcome);
}

void DeploymentEditor::apply(const Request &request)
{
    cancel();
    if (std::optional<Outcome> early = check(request)) {
        finish(*early);
        return;
    }
    m_running = true;
    const int generation = m_generation;
    step(Step::CheckingServer);
    m_client->getDeployment(request.opened.name, this, [this, generation, request](const ApiResult<Deployment> &result) {
        if (generation != m_generation)
            return;
        if (!result.ok()) {
            Outcome refused = outcome(Outcome::Kind::Refused, request.opened.name);
            refused.error = result.error;
            return finish(refused);
        }
        if (movedSince(request.opened, result.value)) {
            Outcome conflict = outcome(Outcome::Kind::Conflict, request.opened.name);
            conflict.server = result.value;
            return finish(conflict);
        }
        sendPatch(request, result.value);
    });
}

void DeploymentEditor::sendPatch(const Request &request, const Deployment &server)
{
    const QString name = request.opened.name;
    const DeploymentSettings &edited = request.edited;
    if (request.paused && m_pausedApplier) {
        const int generation = m_generation;
        step(Step::SavingForResume);
        m_pausedApplier(server, edited, [this, generation, name, guard = QPointer<DeploymentEditor>(this)](bool ok, const QString &message) {
            if (!guard || generation != m_generation)
                return;
            Outcome result = outcome(ok ? Outcome::Kind::SavedForResume : Outcome::Kind::Refused, name);
            result.message = message;
            finish(result);
        });
        return;
    }
    const DeploymentSettings serverSettings = DeploymentSettings::fromDeployment(server);
    // Only the user's edits, on what the server has now (the same object as opened, unless
    // the caller rebased the edit on a newer one).
    DeploymentSettings target = edited.rebased(request.original, serverSettings);
    if (request.paused) // replicas and autoscaling go to the ledger, not to the server
        target.copyParts(serverSettings, ResumeParts);
    const QStringList problems = target.validate(&m_info, &serverSettings);
    if (!problems.isEmpty()) {
        Outcome invalid = outcome(Outcome::Kind::Invalid, name);
        invalid.problems = problems;
        return finish(invalid);
    }

    std::optional<DeploymentSettings> saved;
    if (request.paused && (edited.changedParts(request.original) & ResumeParts))
        saved = edited;

    const QJsonObject body = target.mergePatchFrom(server, serverParts(request.paused));
    if (body.isEmpty()) {
        Outcome result = outcome(saved ? Outcome::Kind::SavedForResume : Outcome::Kind::NothingToChange, name);
        result.valuesForResume = saved;
        return finish(result);
    }
    patch(name, body, saved, true);
}

void DeploymentEditor::patch(const QString &name, const QJsonObject &body, const std::optional<DeploymentSettings> &saved,
                             bool dryRun)
{
    if (!m_client) {
        Outcome refused = outcome(Outcome::Kind::Refused, name);
        refused.error = ApiError(ApiError::Kind::Cancelled, QString());
        return finish(refused);
    }
    const int generation = m_generation;
    step(dryRun ? Step::DryRun : Step::Applying);
    m_client->patchDeployment(name, body, dryRun ? LeptonClient::PatchMode::DryRun : LeptonClient::PatchMode::Apply, this,
                              [this, generation, name, body, saved, dryRun](const ApiResult<QJsonObject> &result) {
        if (generation != m_generation)
            return;
        if (!result.ok())
            return onPatchError(name, result.error, saved);
        if (dryRun)
            return patch(name, body, saved, false);
        Outcome applied = outcome(Outcome::Kind::Applied, name);
        applied.valuesForResume = saved;
        finish(applied);
    });
}

void DeploymentEditor::onPatchError(const QString &name, const ApiError &error, const std::optional<DeploymentSettings> &saved)
{
    if (error.kind() == ApiError::Kind::Invalid
        && error.serverMessage().contains(QLatin1String("no valid field to update"), Qt::CaseInsensitive)) {
        // The server already has these values: what Resume brings back may still have changed.
        Outcome result = outcome(saved ? Outcome::Kind::Applied : Outcome::Kind::NothingToChange, name);
        result.valuesForResume = saved;
        return finish(result);
    }
    Outcome refused = outcome(Outcome::Kind::Refused, name);
    refused.error = error;
    finish(refused);
}
