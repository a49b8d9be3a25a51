#include "app/cli/commands/listcommand.h"

#include "app/cli/clicontext.h"
#include "app/cli/clijson.h"
#include "app/cli/clioutput.h"
#include "app/cli/clitext.h"
#include "app/api/leptonclient.h"
#include "app/storage/notesstore.h"
#include "app/storage/pauseledger.h"
#include "app/pause/pausemarkers.h"
#include "app/api/deploymentstate.h"
#include "app/deployments/statuspresentation.h"

#include <algorithm>

namespace {

// "Not Ready", "not-ready" and "notready" are the same state to a user typing it.
QString stateKey(const QString &state)
{
    QString key = state.toLower();
    key.remove(QLatin1Char(' '));
    key.remove(QLatin1Char('-'));
    key.remove(QLatin1Char('_'));
    return key;
}

// What --state accepts: every word a badge shows, and every state the server reports.
QStringList validStates()
{
    QStringList states = StatusPresentation::allTexts();
    for (int state = int(DeploymentState::Ready); state < int(DeploymentState::Unknown); ++state) {
        const QString api = DeploymentStates::toApiString(DeploymentState(state));
        if (!states.contains(api))
            states.append(api);
    }
    return states;
}

} // namespace

QString ListCommand::describe()
{
    return tr("List the deployments with their state, replicas, shape, and pause details.");
}

ListCommand::ListCommand()
    : Command(QString::fromLatin1(Name), describe())
{
}

QList<QCommandLineOption> ListCommand::options() const
{
    return {
        QCommandLineOption(QStringLiteral("state"),
                           tr("Only deployments in state <state>, as the STATE column shows it "
                              "(e.g. Paused, Ready, Stopped, \"Not Ready\"; case and spaces do not matter)."),
                           QStringLiteral("state")),
        QCommandLineOption(QStringLiteral("json"), tr("Print JSON (see the README for its shape).")),
    };
}

QString ListCommand::readArguments(const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return tr("list takes no arguments.");
    m_state = parser.value(QStringLiteral("state"));
    if (parser.isSet(QStringLiteral("state")) && stateKey(m_state).isEmpty())
        return tr("--state needs a state name.");
    if (!m_state.isEmpty()) {
        const QStringList states = validStates();
        QStringList keys;
        for (const QString &state : states)
            keys.append(stateKey(state));
        if (!keys.contains(stateKey(m_state))) {
            return tr("There is no state \"%1\". The states are: %2.%3")
                .arg(m_state, states.join(QStringLiteral(", ")), CliText::didYouMean(m_state, states));
        }
    }
    m_json = parser.isSet(QStringLiteral("json"));
    return QString();
}

void ListCommand::run()
{
    // Entries the client could not read are left out of the list: say so, beside it.
    connect(context().client, &LeptonClient::deploymentsSkipped, this,
            [this](int, const QString &message) { output().warning(message); });
    context().client->listDeployments(this, [this](const ApiResult<QList<Deployment>> &result) {
        if (!result.ok())
            return fail(ExitCode::fromApiError(result.error),
                        tr("Could not list the deployments: %1").arg(result.error.userMessage()));

        CliContext &ctx = context();
        const QHash<QString, PauseMarker> markers = PauseMarkers::fromOverlay(ctx.ledger->overlay(ctx.workspaceId));
        QHash<QString, PauseEntry> entries;
        for (const PauseEntry &entry : ctx.ledger->openEntries(ctx.workspaceId))
            entries.insert(entry.deploymentName, entry);
        const QHash<QString, Note> latest = ctx.notes->latestForWorkspace(ctx.workspaceId);

        QList<Deployment> deployments;
        for (const Deployment &d : result.value) {
            if (d.isPod)
                continue;
            if (!m_state.isEmpty()) {
                const StatusPresentation p = StatusPresentation::of(d, markers.value(d.name));
                if (stateKey(p.text) != stateKey(m_state) && stateKey(d.rawState) != stateKey(m_state))
                    continue;
            }
            deployments.append(d);
        }
        std::sort(deployments.begin(), deployments.end(),
                  [](const Deployment &a, const Deployment &b) { return a.name < b.name; });

        if (m_json) {
            QJsonArray array;
            for (const Deployment &d : deployments) {
                array.append(CliJson::deployment(
                    d, markers.value(d.name),
                    entries.contains(d.name) ? std::optional<PauseEntry>(entries.value(d.name)) : std::nullopt,
                    latest.contains(d.name) ? std::optional<Note>(latest.value(d.name)) : std::nullopt));
            }
            output().printJson(QJsonObject {{QStringLiteral("workspace_id"), ctx.workspaceId},
                                            {QStringLiteral("deployments"), array}});
            return finish(ExitCode::Ok);
        }

        if (deployments.isEmpty()) {
            output().print(m_state.isEmpty() ? tr("No deployments in workspace %1.").arg(ctx.workspaceId)
                                             : tr("No deployments in state %1.").arg(m_state));
            return finish(ExitCode::Ok);
        }
        QList<QStringList> rows;
        for (const Deployment &d : deployments) {
            const PauseMarker marker = markers.value(d.name);
            const StatusPresentation p = StatusPresentation::of(d, marker);
            const QString dash = QStringLiteral("-");
            rows.append({
                d.name,
                p.text,
                CliText::replicas(d.minReplicas, d.maxReplicas),
                d.resourceShape.isEmpty() ? dash : d.resourceShape,
                marker.paused ? (marker.pausedBy.isEmpty() ? dash : marker.pausedBy) : dash,
                marker.paused ? CliText::time(marker.pausedAt) : dash,
                marker.hasNote() ? CliText::brief(marker.latestNote, 50) : dash,
            });
        }
        output().print(CliText::table({tr("NAME"), tr("STATE"), tr("REPLICAS"), tr("SHAPE"), tr("PAUSED BY"),
                                       tr("SINCE"), tr("LATEST NOTE")},
                                      rows).chopped(1));
        finish(ExitCode::Ok);
    });
}
