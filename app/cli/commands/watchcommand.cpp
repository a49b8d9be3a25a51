#include "app/cli/commands/watchcommand.h"

#include "app/api/deployment.h"
#include "app/api/leptonclient.h"
#include "app/api/replica.h"
#include "app/cli/clicontext.h"
#include "app/cli/clijson.h"
#include "app/cli/cliledger.h"
#include "app/cli/clioutput.h"
#include "app/credentials/tokenexpirywatcher.h"
#include "app/storage/pauseentry.h"
#include "app/watch/alertbook.h"
#include "app/watch/alertengine.h"
#include "app/watch/alertrules.h"
#include "app/watch/pauseobservation.h"
#include "app/watch/resourceobservation.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

#include <cmath>

namespace {

const QString kJson = QStringLiteral("json");
const QString kExitOnAlert = QStringLiteral("exit-on-alert");
const QString kUntil = QStringLiteral("until");
const QString kTimeout = QStringLiteral("timeout");
const QString kInterval = QStringLiteral("interval");

QString keyOf(ResourceKind kind, const QString &name)
{
    return ResourceKinds::toString(kind) + QLatin1Char('/') + name;
}

int milliseconds(double seconds)
{
    return int(std::lround(seconds * 1000));
}

} // namespace

QString WatchCommand::describe()
{
    return tr("Print state changes and alerts as they happen, until stopped or a condition is met.");
}

WatchCommand::WatchCommand()
    : Command(QString::fromLatin1(Name), describe())
{
    m_pollTimer.setSingleShot(true);
    m_timeoutTimer.setSingleShot(true);
}

WatchCommand::~WatchCommand() = default;

QList<QCommandLineOption> WatchCommand::options() const
{
    return {
        QCommandLineOption(kJson, tr("One JSON object per line: time, kind, name, event (state or alert), state, "
                                     "previous_state, rule, message.")),
        QCommandLineOption(kExitOnAlert, tr("Exit at the first alert (exit code 10, alert-raised).")),
        QCommandLineOption(kUntil, tr("Exit (0) once every watched resource is in <state> (e.g. Ready)."),
                           QStringLiteral("state")),
        QCommandLineOption(kTimeout, tr("Give up after <seconds>: exit code 7 (wait-timeout) with --until, else 0."),
                           QStringLiteral("seconds")),
        QCommandLineOption(kInterval, tr("Poll every <seconds> (default 5)."), QStringLiteral("seconds")),
    };
}

QList<Command::Argument> WatchCommand::arguments() const
{
    return {{QStringLiteral("[KIND/]NAME"),
             tr("The resources to watch (KIND is endpoint, the default, pod or raycluster); none: every one."),
             QStringLiteral("[[KIND/]NAME...]")}};
}

QString WatchCommand::readArguments(const QCommandLineParser &parser)
{
    for (const QString &word : parser.positionalArguments()) {
        QString error;
        const std::optional<ResourceRef> ref = ResourceRef::parse(word, &error);
        if (!ref)
            return error;
        m_refs.append(*ref);
    }
    m_json = parser.isSet(kJson);
    m_exitOnAlert = parser.isSet(kExitOnAlert);
    if (parser.isSet(kUntil)) {
        m_untilText = parser.value(kUntil).trimmed();
        const DeploymentState state = DeploymentStates::fromString(m_untilText);
        if (state == DeploymentState::Unknown)
            return tr("--until takes a state such as Ready, \"Not Ready\", Stopped or Error, not \"%1\".").arg(m_untilText);
        m_until = state;
    }
    QString error = readTimeout(parser, kTimeout, &m_timeoutSeconds);
    if (error.isEmpty())
        error = readTimeout(parser, kInterval, &m_intervalSeconds);
    if (!error.isEmpty())
        return error;
    if (m_intervalSeconds < 0.1)
        return tr("--interval takes at least 0.1 seconds.");
    return QString();
}

void WatchCommand::run()
{
    CliContext &ctx = context();
    m_book = std::make_unique<AlertBook>();
    m_engine = std::make_unique<AlertEngine>(m_book.get());
    m_engine->setWorkspace(ctx.workspaceId);
    // The window's rules for this workspace (the same settings file).
    const QSettings settings;
    m_engine->setRules(AlertRules::load(settings, ctx.workspaceId));
    connect(m_book.get(), &AlertBook::alertRaised, this, &WatchCommand::showAlert);

    m_token = std::make_unique<TokenExpiryWatcher>();
    connect(m_token.get(), &TokenExpiryWatcher::noticeChanged, this, [this](const TokenExpiryNotice &notice) {
        m_engine->observeToken(notice, QDateTime::currentDateTimeUtc());
    });
    m_token->setClient(ctx.client);
    m_token->check();

    connect(&m_pollTimer, &QTimer::timeout, this, &WatchCommand::poll);
    m_pollTimer.setInterval(milliseconds(m_intervalSeconds));
    if (m_timeoutSeconds > 0) {
        connect(&m_timeoutTimer, &QTimer::timeout, this, [this] {
            if (!m_until)
                return finish(ExitCode::Ok);
            fail(ExitCode::WaitTimeout, tr("Not every watched resource was %1 after %2 s.")
                                            .arg(m_untilText)
                                            .arg(m_timeoutSeconds));
        });
        m_timeoutTimer.start(milliseconds(m_timeoutSeconds));
    }
    poll();
}

void WatchCommand::poll()
{
    m_observed.clear();
    m_lists.clear();
    m_pollError.reset();
    // One count for poll() itself, so answers that come at once cannot end the poll early.
    m_pending = 1;
    if (m_refs.isEmpty()) {
        for (const ResourceKind kind : {ResourceKind::Endpoint, ResourceKind::Pod, ResourceKind::RayCluster})
            pollKind(kind);
    } else {
        for (const ResourceRef &ref : std::as_const(m_refs))
            pollOne(ref);
    }
    pollDone();
}

void WatchCommand::pollOne(const ResourceRef &ref)
{
    ++m_pending;
    const auto done = [this, ref](const ApiResult<Deployment> &result) {
        if (!result.ok()) {
            failed(result.error, ref.text());
            return pollDone();
        }
        if (ref.kindGiven && result.value.kind != ref.kind) {
            failed(ApiError(ApiError::Kind::NotFound, tr("There is no %1 %2: %2 is a %3.")
                                                          .arg(ResourceKinds::toString(ref.kind), ref.name,
                                                               ResourceKinds::toString(result.value.kind))),
                   ref.text());
            return pollDone();
        }
        withReplicas(result.value);
    };
    if (ref.kindGiven)
        context().client->getResource(ref.kind, ref.name, this, done);
    else
        context().client->getDeployment(ref.name, this, done);
}

// Restart counts come from the replicas, where the API has a replicas route for the kind.
void WatchCommand::withReplicas(const Deployment &deployment)
{
    const bool hasReplicas = deployment.kind == ResourceKind::Endpoint
        || (deployment.kind == ResourceKind::Pod && deployment.generation == ApiGeneration::Legacy);
    ResourceObservation observation = ResourceObservation::of(deployment);
    if (!hasReplicas) {
        m_observed.append(observation);
        return pollDone();
    }
    context().client->listReplicas(deployment.name, this, [this, observation](const ApiResult<QList<Replica>> &replicas) mutable {
        // Without replicas (a failed read) the state still counts; only the restarts are unknown.
        if (replicas.ok())
            ResourceObservation::addReplicas(&observation, replicas.value);
        m_observed.append(observation);
        pollDone();
    });
}

void WatchCommand::pollKind(ResourceKind kind)
{
    ++m_pending;
    context().client->listResources(kind, this, [this, kind](const ApiResult<QList<Deployment>> &result) {
        if (result.ok()) {
            QList<ResourceObservation> list;
            for (const Deployment &deployment : result.value)
                list.append(ResourceObservation::of(deployment));
            m_lists.insert(int(kind), list);
        } else if (result.error.kind() != ApiError::Kind::NotFound) {
            // A kind this server does not have (404) is simply not watched.
            failed(result.error, ResourceKinds::toString(kind));
        }
        pollDone();
    });
}

void WatchCommand::failed(const ApiError &error, const QString &what)
{
    Q_UNUSED(what);
    if (!m_pollError)
        m_pollError = error;
}

void WatchCommand::pollDone()
{
    if (--m_pending > 0)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool first = m_firstPoll;
    m_firstPoll = false;

    if (m_pollError) {
        const ApiError error = *m_pollError;
        const ExitCode::Code code = ExitCode::fromApiError(error);
        // What polling again cannot mend ends the watch: a refused token, a resource that is
        // not there (a typo, or deleted while watched), a request the server refuses.
        if (code == ExitCode::Unauthorized || code == ExitCode::NotFound || code == ExitCode::Conflict
            || (first && code != ExitCode::ServerError))
            return fail(code, tr("Could not watch: %1").arg(error.userMessage()));
        if (!m_unreachableSaid) {
            m_unreachableSaid = true;
            output().warning(tr("The workspace did not answer (%1); still trying every %2 s.")
                                 .arg(error.userMessage())
                                 .arg(m_intervalSeconds));
        }
        m_engine->observeApi(false, error.userMessage(), now);
        m_pollTimer.start();
        return;
    }
    m_unreachableSaid = false;
    m_engine->observeApi(true, QString(), now);
    observePauses(now);

    if (m_refs.isEmpty()) {
        for (auto it = m_lists.cbegin(); it != m_lists.cend(); ++it) {
            for (const ResourceObservation &observation : it.value())
                showState(observation, now);
            m_engine->observeCompleteList(ResourceKind(it.key()), it.value(), now);
        }
    } else {
        for (const ResourceObservation &observation : std::as_const(m_observed)) {
            showState(observation, now);
            m_engine->observeResource(observation, now);
        }
    }
    m_engine->tick(now);
    checkUntil();
    if (m_pending == 0)
        m_pollTimer.start();
}

void WatchCommand::observePauses(const QDateTime &now)
{
    CliContext &ctx = context();
    const QList<PauseEntry> entries = ctx.ledger->openEntries(ctx.workspaceId);
    if (entries.isEmpty() && !ctx.ledger->lastError().isEmpty())
        return; // the ledger could not be read: the pause rules wait for the next poll
    QList<PauseObservation> pauses;
    QSet<QString> open;
    for (const PauseEntry &entry : entries) {
        PauseObservation pause;
        pause.kind = ResourceKinds::fromString(entry.kind).value_or(ResourceKind::Endpoint);
        pause.name = entry.deploymentName;
        pause.pausedAt = entry.pausedAt;
        pause.remindOn = entry.remindOn;
        pause.confirmed = entry.state == PauseEntry::State::Active;
        pause.reason = entry.reason;
        pauses.append(pause);
        open.insert(keyOf(pause.kind, pause.name));
    }
    // An open pause that closed since the last poll: a resume (here or by another program of
    // the console) is on its way.
    for (const QString &key : std::as_const(m_openPauses)) {
        if (!open.contains(key)) {
            const QString kind = key.section(QLatin1Char('/'), 0, 0);
            m_engine->resumeStarted(ResourceKinds::fromString(kind).value_or(ResourceKind::Endpoint),
                                    key.section(QLatin1Char('/'), 1), now);
        }
    }
    m_openPauses = open;
    m_engine->observePauses(pauses, now);
}

void WatchCommand::showState(const ResourceObservation &o, const QDateTime &now)
{
    const QString key = keyOf(o.kind, o.name);
    const auto it = m_seen.constFind(key);
    if (it != m_seen.cend() && it->state == o.state && it->stateText == o.stateText)
        return;
    const QString previous = it == m_seen.cend() ? QString() : it->stateText;
    m_seen.insert(key, Seen{o.kind, o.name, o.state, o.stateText});
    QJsonObject json{
        {QStringLiteral("time"), CliJson::time(now)},
        {QStringLiteral("kind"), ResourceKinds::toString(o.kind)},
        {QStringLiteral("name"), o.name},
        {QStringLiteral("event"), QStringLiteral("state")},
        {QStringLiteral("state"), o.stateText},
        {QStringLiteral("previous_state"), previous.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(previous)},
        {QStringLiteral("rule"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("message"), o.serverMessage.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(o.serverMessage)},
    };
    QString text = QStringLiteral("%1  %2  %3").arg(now.toString(Qt::ISODate), key, o.stateText);
    if (!previous.isNull())
        text += tr(" (was %1)").arg(previous);
    if (!o.serverMessage.isEmpty())
        text += QStringLiteral(": ") + o.serverMessage;
    printLine(json, text);
}

void WatchCommand::showAlert(const Alert &alert)
{
    const QString key = alert.concernsResource() ? keyOf(alert.kind, alert.name) : QString();
    const auto seen = m_seen.constFind(key);
    const QJsonValue state = seen == m_seen.cend() ? QJsonValue(QJsonValue::Null) : QJsonValue(seen->stateText);
    QJsonObject json{
        {QStringLiteral("time"), CliJson::time(alert.raisedAt)},
        {QStringLiteral("kind"), alert.concernsResource() ? QJsonValue(ResourceKinds::toString(alert.kind)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("name"), alert.concernsResource() ? QJsonValue(alert.name) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("event"), QStringLiteral("alert")},
        {QStringLiteral("state"), state},
        {QStringLiteral("previous_state"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("rule"), Alert::ruleKey(alert.rule)},
        {QStringLiteral("message"), alert.message},
    };
    const QString text = QStringLiteral("%1  %2  %3 %4: %5")
                             .arg(alert.raisedAt.toString(Qt::ISODate), key.isEmpty() ? tr("workspace") : key,
                                  tr("ALERT"), Alert::ruleKey(alert.rule), alert.message);
    printLine(json, text);
    if (m_exitOnAlert && !alert.isGoodNews()) {
        m_pollTimer.stop();
        m_timeoutTimer.stop();
        finish(ExitCode::AlertRaised);
    }
}

void WatchCommand::printLine(const QJsonObject &json, const QString &text)
{
    if (m_json)
        output().write(QJsonDocument(json).toJson(QJsonDocument::Compact) + '\n');
    else
        output().print(text);
}

void WatchCommand::checkUntil()
{
    if (!m_until || m_seen.isEmpty())
        return;
    for (const Seen &seen : std::as_const(m_seen)) {
        if (seen.state != *m_until)
            return;
    }
    m_pollTimer.stop();
    m_timeoutTimer.stop();
    finish(ExitCode::Ok);
}
