#include "app/cli/commands/statuscommand.h"

#include "app/cli/clicontext.h"
#include "app/cli/clijson.h"
#include "app/cli/clioutput.h"
#include "app/cli/clitext.h"
#include "app/storage/authortext.h"
#include "app/api/leptonclient.h"
#include "app/storage/notesstore.h"
#include "app/pause/pausecontroller.h"
#include "app/storage/pauseledger.h"
#include "app/pause/pausemarkers.h"
#include "app/deployments/deploymentdetailsloader.h"
#include "app/deployments/statuspresentation.h"
#include "app/deployments/statusreason.h"

QString StatusCommand::describe()
{
    return tr("Show one deployment, with its saved (paused) values and notes.");
}

StatusCommand::StatusCommand()
    : Command(QString::fromLatin1(Name), describe())
{
}

QList<QCommandLineOption> StatusCommand::options() const
{
    return {QCommandLineOption(QStringLiteral("json"), tr("Print JSON (see the README for its shape)."))};
}

QList<Command::Argument> StatusCommand::arguments() const
{
    return {{QStringLiteral("[KIND/]NAME"), tr("The deployment; KIND is endpoint (the default), pod or raycluster."),
             QStringLiteral("[KIND/]NAME")}};
}

QString StatusCommand::readArguments(const QCommandLineParser &parser)
{
    const QStringList names = parser.positionalArguments();
    if (names.size() != 1)
        return tr("status takes exactly one deployment name.");
    QString error;
    const std::optional<ResourceRef> ref = ResourceRef::parse(names.first(), &error);
    if (!ref)
        return error;
    m_ref = *ref;
    m_name = m_ref.name;
    m_json = parser.isSet(QStringLiteral("json"));
    return QString();
}

void StatusCommand::run()
{
    const auto shown = [this](const ApiResult<Deployment> &result) {
        if (!result.ok())
            return fail(ExitCode::fromApiError(result.error),
                        tr("Could not read %1: %2").arg(m_ref.text(), result.error.userMessage()));
        // Legacy endpoints and pods share /deployments: a kind named must be the kind found.
        if (m_ref.kindGiven && result.value.kind != m_ref.kind)
            return fail(ExitCode::NotFound, tr("There is no %1 %2: %2 is a %3.")
                                                .arg(ResourceKinds::toString(m_ref.kind), m_name,
                                                     ResourceKinds::toString(result.value.kind)));
        // Readiness and events are /deployments and /endpoints routes: a new-API dev pod and a
        // Ray cluster have none.
        const Deployment &d = result.value;
        const bool hasReasonRoutes = d.kind == ResourceKind::Endpoint
            || (d.kind == ResourceKind::Pod && d.generation == ApiGeneration::Legacy);
        if (!hasReasonRoutes || !DeploymentStates::isProblem(result.value.state))
            return show(result.value, QString());
        findReason(result.value);
    };
    // A bare name is read as before kinds (a legacy dev pod is found too); KIND/NAME on its route.
    if (m_ref.kindGiven)
        context().client->getResource(m_ref.kind, m_name, this, shown);
    else
        context().client->getDeployment(m_name, this, shown);
}

void StatusCommand::findReason(const Deployment &deployment)
{
    context().client->getReadiness(deployment.name, this, [this, deployment](const ApiResult<QList<ReadinessIssue>> &readiness) {
        const QList<ReadinessIssue> issues =
            readiness.ok() ? DeploymentDetailsLoader::Readiness::of(readiness.value).issues : QList<ReadinessIssue>();
        context().client->listEvents(deployment.name, this, [this, deployment, issues](const ApiResult<QList<DeploymentEvent>> &events) {
            show(deployment, StatusReason::pick(deployment, issues, events.ok() ? events.value : QList<DeploymentEvent>()));
        });
    });
}

void StatusCommand::show(const Deployment &d, const QString &reason)
{
    {
        CliContext &ctx = context();
        const QHash<QString, PauseMarker> markers = PauseMarkers::fromOverlay(ctx.ledger->overlay(ctx.workspaceId));
        std::optional<PauseEntry> entry = ctx.ledger->openEntry(ctx.workspaceId, d.name);
        if (!entry && !ctx.ledger->lastError().isEmpty())
            return fail(ExitCode::LocalStoreError, tr("The pause ledger could not be read: %1").arg(ctx.ledger->lastError()));
        // The ledger is by name: a pause of a pod "x" is not a pause of an endpoint "x".
        PauseMarker marker = markers.value(d.name);
        if (entry && ResourceKinds::fromString(entry->kind).value_or(ResourceKind::Endpoint) != d.kind) {
            entry.reset();
            PauseMarker notesOnly;
            notesOnly.latestNote = marker.latestNote;
            notesOnly.latestNoteAuthor = marker.latestNoteAuthor;
            notesOnly.noteCount = marker.noteCount;
            marker = notesOnly;
        }
        const QList<Note> notes = ctx.notes->history(ctx.workspaceId, d.name);
        const QStringList changes = entry ? PauseController::changesSincePause(*entry, d) : QStringList();

        if (m_json) {
            QJsonObject json = CliJson::deployment(d, marker, entry,
                                                   notes.isEmpty() ? std::nullopt : std::optional<Note>(notes.first()));
            json.insert(QStringLiteral("workspace_id"), ctx.workspaceId);
            json.insert(QStringLiteral("reason"), reason.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(reason));
            json.insert(QStringLiteral("changes_since_pause"), QJsonArray::fromStringList(changes));
            json.insert(QStringLiteral("notes"), CliJson::notes(notes));
            output().printJson(json);
            return finish(ExitCode::Ok);
        }

        const StatusPresentation p = StatusPresentation::of(d, marker);
        QList<QStringList> rows {
            {tr("Name:"), d.name},
        };
        if (d.kind != ResourceKind::Endpoint)
            rows.append({tr("Kind:"), ResourceKinds::toString(d.kind)});
        rows << QList<QStringList> {
            {tr("State:"), d.rawState.isEmpty() || d.rawState == p.text
                               ? p.text : tr("%1 (server: %2)").arg(p.text, d.rawState)},
        };
        if (!reason.isEmpty())
            rows.append({tr("Reason:"), reason});
        rows << QList<QStringList> {
            {tr("Replicas:"), CliText::replicas(d.minReplicas, d.maxReplicas)
                                  + (d.desiredReplicas ? tr(" (running: %1)").arg(*d.desiredReplicas) : QString())},
            {tr("Shape:"), d.resourceShape.isEmpty() ? QStringLiteral("-") : d.resourceShape},
            {tr("Image:"), d.image.isEmpty() ? QStringLiteral("-") : d.image},
            {tr("Endpoint:"), d.endpointUrl().isEmpty() ? QStringLiteral("-") : d.endpointUrl()},
        };
        if (entry) {
            rows.append({tr("Paused by:"), AuthorText::pausedBy(*entry)});
            rows.append({tr("Paused since:"), CliText::time(entry->pausedAt)
                                                  + (entry->state == PauseEntry::State::Pending ? tr(" (not confirmed yet)") : QString())});
            QString back;
            if (entry->savedState.contains(QLatin1String("suspend")))
                back = tr("the cluster running, with its worker groups' replicas");
            else if (entry->savedState.contains(QLatin1String("stopped")))
                back = tr("the pod running");
            else if (entry->savedState.contains(QLatin1String("components")))
                back = tr("every component's replicas and autoscaling");
            else
                back = tr("%1 replicas%2").arg(CliText::replicas(entry->savedMinReplicas, entry->savedMaxReplicas),
                                               entry->hadAutoScaler ? tr(", with its autoscaling") : QString());
            rows.append({tr("Resume brings back:"), back});
            if (!entry->reason.isEmpty())
                rows.append({tr("Pause reason:"), entry->reason});
            if (entry->remindOn.isValid())
                rows.append({tr("Reminder:"), CliText::date(entry->remindOn)});
            if (!changes.isEmpty())
                rows.append({tr("Changed since the pause:"), changes.join(QStringLiteral("; "))});
        }
        QString text;
        qsizetype width = 0;
        for (const QStringList &row : rows)
            width = qMax(width, row.first().size());
        for (const QStringList &row : rows)
            text += row.first().leftJustified(width + 1) + CliText::brief(row.last(), 0) + QLatin1Char('\n');
        if (!notes.isEmpty()) {
            text += tr("Notes (newest first):") + QLatin1Char('\n');
            for (const Note &note : notes)
                text += QStringLiteral("  %1  %2  %3\n").arg(CliText::time(note.createdAt), AuthorText::author(note),
                                                              CliText::brief(note.text, 0));
        }
        output().print(text.chopped(1));
        finish(ExitCode::Ok);
    }
}
