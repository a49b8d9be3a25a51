#include "app/cli/commands/listcommand.h"

#include "app/cli/clicontext.h"
#include "app/cli/clijson.h"
#include "app/cli/clioutput.h"
#include "app/cli/clitext.h"
#include "app/cli/resourceref.h"
#include "app/api/leptonclient.h"
#include "app/storage/notesstore.h"
#include "app/storage/pauseledger.h"
#include "app/pause/pausemarkers.h"
#include "app/api/deploymentstate.h"
#include "app/deployments/statuspresentation.h"

#include <QTimer>

#include <algorithm>
#include <memory>
#include <utility>

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
        QCommandLineOption(QStringLiteral("kind"),
                           tr("What to list: endpoint (the default), pod, raycluster, or all."),
                           QStringLiteral("kind")),
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
    if (parser.isSet(QStringLiteral("kind"))) {
        const QString word = parser.value(QStringLiteral("kind"));
        if (word.compare(QLatin1String("all"), Qt::CaseInsensitive) == 0) {
            m_kinds = {ResourceKind::Endpoint, ResourceKind::Pod, ResourceKind::RayCluster};
        } else if (const std::optional<ResourceKind> kind = ResourceRef::kindFromWord(word)) {
            m_kinds = {*kind};
        } else {
            return tr("--kind takes one of %1, or all; not \"%2\".%3")
                .arg(ResourceRef::kindList(), word,
                     CliText::didYouMean(word, ResourceRef::kindWords() + QStringList {QStringLiteral("all")}));
        }
    }
    return QString();
}

void ListCommand::prefetch(LeptonClient *client)
{
    if (m_fetching || !client)
        return;
    m_fetching = true;
    fetchFrom(client, 0, {});
}

void ListCommand::run()
{
    m_running = true;
    if (m_fetched)
        return fetchedAll(*std::exchange(m_fetched, std::nullopt));
    prefetch(context().client);
}

void ListCommand::fetchFrom(LeptonClient *client, qsizetype index, Fetched fetched)
{
    if (index >= m_kinds.size())
        return fetchedAll(std::move(fetched));
    const ResourceKind kind = m_kinds.at(index);
    // Entries the client could not read are left out of the list: said beside it. The client
    // says so just before the list's callback, in the same call; what it says of another list
    // (the reconcile's, meanwhile) is forgotten before the next event.
    auto skipped = std::make_shared<QString>();
    auto connection = std::make_shared<QMetaObject::Connection>(
        connect(client, &LeptonClient::deploymentsSkipped, this, [this, skipped](int, const QString &message) {
            *skipped = message;
            QTimer::singleShot(0, this, [skipped] { skipped->clear(); });
        }));
    // Summary: the list prints typed fields only, so the rest of each entry is not parsed.
    client->listResources(kind, this, [this, client, index, kind, fetched, skipped, connection](const ApiResult<QList<Deployment>> &result) mutable {
        disconnect(*connection);
        if (!skipped->isEmpty())
            fetched.warnings.append(*skipped);
        if (!result.ok()) {
            // --kind all on a server without one of the routes (an older one without
            // /rayclusters): the other kinds are still worth listing.
            if (m_kinds.size() > 1 && result.error.kind() == ApiError::Kind::NotFound) {
                fetched.warnings.append(tr("This workspace does not list %1 resources (%2); listed the other kinds.")
                                            .arg(ResourceKinds::toString(kind), result.error.userMessage()));
                return fetchFrom(client, index + 1, std::move(fetched));
            }
            fetched.failure = std::make_pair(ExitCode::fromApiError(result.error),
                                             kind == ResourceKind::Endpoint
                                                 ? tr("Could not list the deployments: %1").arg(result.error.userMessage())
                                                 : tr("Could not list the %1 resources: %2").arg(ResourceKinds::toString(kind), result.error.userMessage()));
            return fetchedAll(std::move(fetched));
        }
        for (const Deployment &d : result.value) {
            // The legacy /deployments holds endpoints and pods: keep what was asked for.
            if (d.kind == kind)
                fetched.found.append(d);
        }
        fetchFrom(client, index + 1, std::move(fetched));
    }, DeploymentList::Detail::Summary);
}

void ListCommand::fetchedAll(Fetched fetched)
{
    if (!m_running) {
        m_fetched = std::move(fetched); // run() reports it
        return;
    }
    for (const QString &warning : std::as_const(fetched.warnings))
        output().warning(warning);
    if (fetched.failure)
        return fail(fetched.failure->first, fetched.failure->second);
    print(std::move(fetched.found));
}

void ListCommand::print(QList<Deployment> found)
{
    CliContext &ctx = context();
    // No local store (Need::DatabaseIfExists): nothing was ever paused or noted here.
    QHash<QString, PauseMarker> markers;
    QHash<QString, PauseEntry> entries;
    QHash<QString, Note> latest;
    if (ctx.ledger && ctx.notes) {
        markers = PauseMarkers::fromOverlay(ctx.ledger->overlay(ctx.workspaceId));
        for (const PauseEntry &entry : ctx.ledger->openEntries(ctx.workspaceId))
            entries.insert(entry.deploymentName, entry);
        latest = ctx.notes->latestForWorkspace(ctx.workspaceId);
    }

    // The ledger is by name: a pause of a pod "x" is not a pause of an endpoint "x".
    const auto pauseOf = [&entries](const Deployment &d) -> std::optional<PauseEntry> {
        const auto it = entries.constFind(d.name);
        if (it == entries.constEnd() || ResourceKinds::fromString(it->kind).value_or(ResourceKind::Endpoint) != d.kind)
            return std::nullopt;
        return *it;
    };
    const auto markerOf = [&markers, &pauseOf](const Deployment &d) {
        PauseMarker marker = markers.value(d.name);
        if (marker.paused && !pauseOf(d)) {
            PauseMarker notesOnly;
            notesOnly.latestNote = marker.latestNote;
            notesOnly.latestNoteAuthor = marker.latestNoteAuthor;
            notesOnly.noteCount = marker.noteCount;
            marker = notesOnly;
        }
        return marker;
    };

    QList<Deployment> deployments;
    for (const Deployment &d : std::as_const(found)) {
        if (!m_state.isEmpty()) {
            const StatusPresentation p = StatusPresentation::of(d, markerOf(d));
            if (stateKey(p.text) != stateKey(m_state) && stateKey(d.rawState) != stateKey(m_state))
                continue;
        }
        deployments.append(d);
    }
    std::sort(deployments.begin(), deployments.end(), [](const Deployment &a, const Deployment &b) {
        return a.kind != b.kind ? a.kind < b.kind : a.name < b.name;
    });

    if (m_json) {
        QJsonArray array;
        for (const Deployment &d : std::as_const(deployments)) {
            array.append(CliJson::deployment(d, markerOf(d), pauseOf(d),
                                             latest.contains(d.name) ? std::optional<Note>(latest.value(d.name)) : std::nullopt));
        }
        output().printJson(QJsonObject {{QStringLiteral("workspace_id"), ctx.workspaceId},
                                        {QStringLiteral("deployments"), array}});
        return finish(ExitCode::Ok);
    }

    if (deployments.isEmpty()) {
        QString what;
        if (m_kinds.size() > 1)
            what = m_state.isEmpty() ? tr("Nothing to list in workspace %1.").arg(ctx.workspaceId)
                                     : tr("Nothing in state %1.").arg(m_state);
        else if (m_kinds.first() == ResourceKind::Pod)
            what = m_state.isEmpty() ? tr("No dev pods in workspace %1.").arg(ctx.workspaceId)
                                     : tr("No dev pods in state %1.").arg(m_state);
        else if (m_kinds.first() == ResourceKind::RayCluster)
            what = m_state.isEmpty() ? tr("No Ray clusters in workspace %1.").arg(ctx.workspaceId)
                                     : tr("No Ray clusters in state %1.").arg(m_state);
        else
            what = m_state.isEmpty() ? tr("No deployments in workspace %1.").arg(ctx.workspaceId)
                                     : tr("No deployments in state %1.").arg(m_state);
        output().print(what);
        return finish(ExitCode::Ok);
    }
    // A KIND column only when more than one kind can be shown.
    const bool kindColumn = m_kinds.size() > 1;
    QList<QStringList> rows;
    for (const Deployment &d : std::as_const(deployments)) {
        const PauseMarker marker = markerOf(d);
        const StatusPresentation p = StatusPresentation::of(d, marker);
        const QString dash = QStringLiteral("-");
        QStringList row {
            d.name,
            p.text,
            CliText::replicas(d.minReplicas, d.maxReplicas),
            d.resourceShape.isEmpty() ? dash : d.resourceShape,
            marker.paused ? (marker.pausedBy.isEmpty() ? dash : marker.pausedBy) : dash,
            marker.paused ? CliText::time(marker.pausedAt) : dash,
            marker.hasNote() ? CliText::brief(marker.latestNote, 50) : dash,
        };
        if (kindColumn)
            row.prepend(ResourceKinds::toString(d.kind));
        rows.append(row);
    }
    QStringList headers {tr("NAME"), tr("STATE"), tr("REPLICAS"), tr("SHAPE"), tr("PAUSED BY"), tr("SINCE"), tr("LATEST NOTE")};
    if (kindColumn)
        headers.prepend(tr("KIND"));
    output().print(CliText::table(headers, rows).chopped(1));
    finish(ExitCode::Ok);
}
