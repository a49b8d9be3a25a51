#include "app/cli/commands/pauseresumecommand.h"

#include "app/api/apierror.h"
#include "app/cli/clicontext.h"
#include "app/cli/clijson.h"
#include "app/cli/clioutput.h"
#include "app/pause/pausecontroller.h"

#include <QJsonObject>

namespace {

QString outcomeName(const PauseOutcome &outcome)
{
    switch (outcome.kind) {
    case PauseOutcome::Kind::Paused: return QStringLiteral("paused");
    case PauseOutcome::Kind::AlreadyPaused:
        // Another program's pause is on its way: nothing was sent by this one.
        return outcome.entry.state == PauseEntry::State::Pending ? QStringLiteral("being-paused")
                                                                 : QStringLiteral("already-paused");
    case PauseOutcome::Kind::AlreadyStopped: return QStringLiteral("already-stopped");
    case PauseOutcome::Kind::Resumed: return QStringLiteral("resumed");
    case PauseOutcome::Kind::NotPaused: return QStringLiteral("not-paused");
    case PauseOutcome::Kind::NeedsReplicaCount: return QStringLiteral("needs-replicas");
    case PauseOutcome::Kind::ChangedWhilePaused: return QStringLiteral("changed-while-paused");
    case PauseOutcome::Kind::Failed: return QStringLiteral("failed");
    case PauseOutcome::Kind::LocalStoreFailed: return QStringLiteral("local-store-failed");
    }
    return QStringLiteral("failed");
}

} // namespace

PauseResumeCommand::PauseResumeCommand(const QString &name, const QString &description)
    : Command(name, description)
{
}

QList<QCommandLineOption> PauseResumeCommand::options() const
{
    return {
        QCommandLineOption(QStringLiteral("wait"), tr("Return only once the server reports the deployments %1.")
                                                       .arg(targetState())),
        QCommandLineOption(QStringLiteral("timeout"),
                           tr("With --wait, give up after <seconds> (default %1) with exit code %2.")
                               .arg(DefaultTimeoutSeconds)
                               .arg(int(ExitCode::WaitTimeout)),
                           QStringLiteral("seconds")),
        QCommandLineOption(QStringLiteral("json"), tr("Print the result of each deployment as JSON.")),
    };
}

QList<Command::Argument> PauseResumeCommand::arguments() const
{
    return {{QStringLiteral("[KIND/]NAME"),
             tr("The deployments, one or more. KIND is endpoint (the default), pod or raycluster."),
             QStringLiteral("[KIND/]NAME...")}};
}

QString PauseResumeCommand::readArguments(const QCommandLineParser &parser)
{
    m_refs.clear();
    for (const QString &word : parser.positionalArguments()) {
        QString error;
        const std::optional<ResourceRef> ref = ResourceRef::parse(word, &error);
        if (!ref)
            return error;
        if (!m_refs.contains(*ref))
            m_refs.append(*ref);
    }
    if (m_refs.isEmpty())
        return tr("Name at least one deployment.");
    m_wait = parser.isSet(QStringLiteral("wait"));
    m_json = parser.isSet(QStringLiteral("json"));
    if (const QString error = readTimeout(parser, QStringLiteral("timeout"), &m_timeoutSeconds); !error.isEmpty())
        return error;
    if (parser.isSet(QStringLiteral("timeout")) && !m_wait)
        return tr("--timeout only makes sense with --wait.");
    return QString();
}

void PauseResumeCommand::run()
{
    m_results.clear();
    m_index = 0;
    next();
}

QString PauseResumeCommand::describe(const PauseOutcome &outcome) const
{
    switch (outcome.kind) {
    case PauseOutcome::Kind::ChangedWhilePaused:
        return tr("%1 was changed on the server while it was paused (%2); not resumed. "
                  "Use --force to restore the saved replicas and autoscaling over these changes.")
            .arg(outcome.deploymentName, outcome.changes.join(QStringLiteral("; ")));
    case PauseOutcome::Kind::NeedsReplicaCount:
        return tr("%1 was stopped outside the console, so there is no saved replica count; "
                  "give one with --replicas N.").arg(outcome.deploymentName);
    default:
        return CliOutput::oneLine(outcome.message);
    }
}

void PauseResumeCommand::next()
{
    if (m_index >= m_refs.size()) {
        if (!m_wait)
            return done();
        m_index = 0;
        m_deadline = QDeadlineTimer(qint64(m_timeoutSeconds * 1000));
        return waitNext();
    }
    const ResourceRef ref = m_refs.at(m_index);
    act(ref.name, ref.kindGiven ? std::optional<ResourceKind>(ref.kind) : std::nullopt,
        [this, ref](const PauseOutcome &reported) {
        Result result;
        result.ref = ref;
        result.outcome = reported;
        result.outcome.deploymentName = ref.name;
        // A bare name resolved to the kind its open pause names (a dev pod, a Ray cluster).
        if (!ref.kindGiven && (reported.entry.id != 0 || !reported.entry.deploymentName.isEmpty()))
            result.ref.kind = ResourceKinds::fromString(reported.entry.kind).value_or(ref.kind);
        result.code = ExitCode::fromPauseOutcome(result.outcome);
        // Done on the server, but a local write that goes with it failed (a note, the ledger's
        // "complete" or "resumed"): never exit 0 over a failed write.
        if (result.code == ExitCode::Ok && !result.outcome.storeProblem.isEmpty())
            result.code = ExitCode::LocalStoreError;
        result.message = describe(result.outcome);
        if (result.code != ExitCode::NotFound)
            return record(result);
        suggestResource({ref}, result.message, [this, result](const QString &message) mutable {
            result.message = message;
            record(result);
        });
    });
}

void PauseResumeCommand::record(const Result &result)
{
    if (!m_json) {
        if (result.code == ExitCode::Ok)
            output().print(result.message);
        else
            output().error(result.message);
    }
    m_results.append(result);
    ++m_index;
    next();
}

void PauseResumeCommand::waitNext()
{
    while (m_index < m_results.size() && m_results.at(m_index).code != ExitCode::Ok)
        ++m_index;
    if (m_index >= m_results.size())
        return done();
    const QString name = m_results.at(m_index).outcome.deploymentName;
    const ResourceRef ref = m_results.at(m_index).ref;
    const std::chrono::milliseconds remaining(qMax<qint64>(0, m_deadline.remainingTime()));
    // A bare name is polled as before kinds (getDeployment) unless it turned out to be another kind.
    const std::optional<ResourceKind> kind =
        ref.kindGiven || ref.kind != ResourceKind::Endpoint ? std::optional<ResourceKind>(ref.kind) : std::nullopt;
    context().pauses->waitFor(name, [this](const Deployment &d) { return reached(d); }, remaining, this,
                              [this, name](bool ok, const ApiError &error, const Deployment &last) {
        Result &result = m_results[m_index];
        result.waited = true;
        result.reached = ok;
        result.serverState = last.rawState;
        if (ok) {
            if (!m_json)
                output().print(tr("%1 is %2.").arg(name, targetState()));
        } else if (error.isError() && !error.isTransient()) {
            result.code = ExitCode::fromApiError(error);
            result.message = tr("Waiting for %1 failed: %2").arg(name, error.userMessage());
        } else {
            result.code = ExitCode::WaitTimeout;
            result.message = tr("Timed out after %1 s waiting for %2 to be %3 (it is %4).")
                                 .arg(m_timeoutSeconds)
                                 .arg(name, targetState(),
                                      last.rawState.isEmpty() ? (error.isError() ? error.userMessage() : tr("unknown"))
                                                              : last.rawState);
        }
        if (!ok && !m_json)
            output().error(result.message);
        ++m_index;
        waitNext();
    }, kind);
}

void PauseResumeCommand::done()
{
    ExitCode::Code code = ExitCode::Ok;
    for (const Result &result : std::as_const(m_results)) {
        if (result.code != ExitCode::Ok) {
            code = result.code;
            break;
        }
    }
    if (m_json) {
        QJsonArray results;
        for (const Result &result : std::as_const(m_results)) {
            const PauseOutcome &o = result.outcome;
            PauseEntry entry = o.entry;
            if (o.kind == PauseOutcome::Kind::Resumed)
                entry.state = PauseEntry::State::Closed;
            results.append(QJsonObject {
                {QStringLiteral("name"), o.deploymentName},
                {QStringLiteral("kind"), ResourceKinds::toString(result.ref.kind)},
                {QStringLiteral("outcome"), outcomeName(o)},
                {QStringLiteral("exit_code"), int(result.code)},
                {QStringLiteral("message"), result.message},
                {QStringLiteral("error"), o.error.isError()
                     ? QJsonValue(QJsonObject {{QStringLiteral("kind"), o.error.kindName()},
                                               {QStringLiteral("http_status"), o.error.httpStatus()},
                                               {QStringLiteral("message"), o.error.serverMessage()}})
                     : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("changes"), QJsonArray::fromStringList(o.changes)},
                {QStringLiteral("pause"), entry.id != 0 || !entry.deploymentName.isEmpty()
                     ? QJsonValue(CliJson::pause(entry)) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("waited"), result.waited},
                {QStringLiteral("reached"), result.waited ? QJsonValue(result.reached) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("server_state"), result.waited ? QJsonValue(result.serverState) : QJsonValue(QJsonValue::Null)},
            });
        }
        output().printJson(QJsonObject {{QStringLiteral("workspace_id"), context().workspaceId},
                                        {QStringLiteral("exit_code"), int(code)},
                                        {QStringLiteral("results"), results}});
        // Scripts read the JSON; the failures still get their line on standard error.
        for (const Result &result : std::as_const(m_results)) {
            if (result.code != ExitCode::Ok)
                output().error(result.message);
        }
    }
    finish(code);
}
