#include "app/cli/commands/setreplicascommand.h"
#include "app/storage/storage.h"

#include "app/cli/clicontext.h"
#include "app/cli/clijson.h"
#include "app/cli/clioutput.h"
#include "app/cli/clitext.h"
#include "app/deployments/deploymentsettings.h"
#include "app/api/leptonclient.h"
#include "app/pause/pausedsettingseditor.h"
#include "app/storage/pauseledger.h"

QString SetReplicasCommand::describe()
{
    return tr("Change a deployment's replicas; for a paused one, what Resume brings back.");
}

SetReplicasCommand::SetReplicasCommand()
    : Command(QString::fromLatin1(Name), describe())
{
}

QList<QCommandLineOption> SetReplicasCommand::options() const
{
    return {
        QCommandLineOption(QStringLiteral("min"), tr("Minimum replicas."), QStringLiteral("n")),
        QCommandLineOption(QStringLiteral("max"), tr("Maximum replicas (default: unchanged, raised to --min if below)."),
                           QStringLiteral("n")),
        QCommandLineOption(QStringLiteral("json"), tr("Print the result as JSON.")),
    };
}

QList<Command::Argument> SetReplicasCommand::arguments() const
{
    return {{QStringLiteral("[KIND/]NAME"), tr("The deployment; KIND is endpoint (the default) or pod (a legacy dev pod)."),
             QStringLiteral("[KIND/]NAME")}};
}

QString SetReplicasCommand::readArguments(const QCommandLineParser &parser)
{
    const QStringList names = parser.positionalArguments();
    if (names.size() != 1)
        return tr("set-replicas takes exactly one deployment name.");
    QString refError;
    const std::optional<ResourceRef> ref = ResourceRef::parse(names.first(), &refError);
    if (!ref)
        return refError;
    if (ref->kind == ResourceKind::RayCluster)
        return tr("set-replicas changes the replicas of an endpoint or a legacy dev pod; a Ray cluster's worker "
                  "groups are not changed here (pause and resume keep them).");
    m_ref = *ref;
    m_name = m_ref.name;
    if (const QString error = readCount(parser, QStringLiteral("min"), 0, &m_min); !error.isEmpty())
        return error;
    if (const QString error = readCount(parser, QStringLiteral("max"), 0, &m_max); !error.isEmpty())
        return error;
    if (!m_min && !m_max)
        return tr("Give --min, --max or both.");
    if (m_min && m_max && *m_max < *m_min)
        return tr("--max (%1) cannot be below --min (%2).").arg(*m_max).arg(*m_min);
    m_json = parser.isSet(QStringLiteral("json"));
    return QString();
}

void SetReplicasCommand::report(bool paused, const QString &appliedTo, int min, int max, const QString &message)
{
    if (m_json) {
        CliContext &ctx = context();
        const std::optional<PauseEntry> entry = paused ? ctx.ledger->openEntry(ctx.workspaceId, m_name) : std::nullopt;
        output().printJson(QJsonObject {
            {QStringLiteral("workspace_id"), ctx.workspaceId},
            {QStringLiteral("name"), m_name},
            {QStringLiteral("kind"), ResourceKinds::toString(m_ref.kind)},
            {QStringLiteral("paused"), paused},
            {QStringLiteral("applied_to"), appliedTo},
            {QStringLiteral("min_replicas"), min},
            {QStringLiteral("max_replicas"), max},
            {QStringLiteral("message"), message},
            {QStringLiteral("pause"), entry ? QJsonValue(CliJson::pause(*entry)) : QJsonValue(QJsonValue::Null)},
        });
    } else {
        output().print(message);
    }
    finish(ExitCode::Ok);
}

void SetReplicasCommand::run()
{
    const auto read = [this](const ApiResult<Deployment> &fresh) {
        if (!fresh.ok())
            return fail(ExitCode::fromApiError(fresh.error), tr("Could not read %1: %2").arg(m_ref.text(), fresh.error.userMessage()));
        CliContext &ctx = context();
        const Deployment current = fresh.value;
        // Legacy endpoints and pods share /deployments: a kind named must be the kind found.
        if (m_ref.kindGiven && current.kind != m_ref.kind)
            return fail(ExitCode::NotFound, tr("There is no %1 %2: %2 is a %3.")
                                                .arg(ResourceKinds::toString(m_ref.kind), m_name,
                                                     ResourceKinds::toString(current.kind)));
        // A new-API dev pod has no replicas: it runs or is stopped (pause and resume).
        if (current.kind == ResourceKind::Pod && current.generation == ApiGeneration::New)
            return fail(ExitCode::Usage, tr("%1 is a dev pod on the new API, which has no replica count; "
                                            "use pause and resume to stop and start it.").arg(m_name));
        m_ref.kind = current.kind;
        const std::optional<PauseEntry> open = ctx.ledger->openEntry(ctx.workspaceId, m_name);
        if (!open && !ctx.ledger->lastError().isEmpty())
            return fail(ExitCode::LocalStoreError, tr("The pause ledger could not be read: %1").arg(ctx.ledger->lastError()));

        DeploymentSettings settings = open ? PausedSettingsEditor::settingsToResume(*open, current)
                                           : DeploymentSettings::fromDeployment(current);
        const DeploymentSettings original = settings;
        if (m_min)
            settings.minReplicas = *m_min;
        if (m_max)
            settings.maxReplicas = *m_max;
        else if (settings.maxReplicas < settings.minReplicas)
            settings.maxReplicas = settings.minReplicas;
        if (!m_min && settings.minReplicas > settings.maxReplicas)
            return fail(ExitCode::Usage, tr("--max %1 is below the minimum of %2 (%3); give --min too.")
                                             .arg(settings.maxReplicas)
                                             .arg(m_name)
                                             .arg(settings.minReplicas));
        const int min = settings.minReplicas;
        const int max = settings.maxReplicas;

        if (open) {
            auto *editor = new PausedSettingsEditor(ctx.client, &ctx.storage->ledger(), ctx.workspaceId, this);
            editor->apply(current, settings, this, [this, min, max](const PausedSettingsEditor::Outcome &outcome) {
                switch (outcome.kind) {
                case PausedSettingsEditor::Outcome::Kind::Saved:
                case PausedSettingsEditor::Outcome::Kind::NothingChanged:
                    return report(true, QStringLiteral("saved"), min, max,
                                  tr("%1 stays paused; Resume will bring back %2 replicas.").arg(m_name, CliText::replicas(min, max)));
                case PausedSettingsEditor::Outcome::Kind::Invalid:
                    return fail(ExitCode::Usage, outcome.message);
                case PausedSettingsEditor::Outcome::Kind::NotPaused:
                    return fail(ExitCode::Conflict, tr("%1 was resumed meanwhile; nothing was changed.").arg(m_name));
                case PausedSettingsEditor::Outcome::Kind::LocalStoreFailed:
                    return fail(ExitCode::LocalStoreError, outcome.message);
                case PausedSettingsEditor::Outcome::Kind::Failed:
                    return fail(ExitCode::fromApiError(outcome.error), outcome.message);
                }
            });
            return;
        }

        if (const QStringList problems = settings.validate(nullptr, &original); !problems.isEmpty())
            return fail(ExitCode::Usage, problems.join(QLatin1Char(' ')));
        const QJsonObject patch = settings.mergePatchFrom(current, DeploymentSettings::Part::Replicas);
        if (patch.isEmpty())
            return report(false, QStringLiteral("none"), min, max, tr("%1 already has %2 replicas.").arg(m_name, CliText::replicas(min, max)));
        ctx.client->patchDeployment(m_name, patch, LeptonClient::PatchMode::Apply, this,
                                    [this, min, max](const ApiResult<QJsonObject> &result) {
            if (!result.ok() && !result.error.isNothingToUpdate())
                return fail(ExitCode::fromApiError(result.error),
                            tr("The server refused the new replicas of %1: %2").arg(m_name, result.error.userMessage()));
            report(false, QStringLiteral("server"), min, max, tr("%1 now has %2 replicas.").arg(m_name, CliText::replicas(min, max)));
        });
    };
    // A bare name is read as before kinds (a legacy dev pod is found too); KIND/NAME on its route.
    if (m_ref.kindGiven)
        context().client->getResource(m_ref.kind, m_name, this, read);
    else
        context().client->getDeployment(m_name, this, read);
}
