#include "app/cli/commands/logscommand.h"

#include "app/api/apitransport.h"
#include "app/api/leptonclient.h"
#include "app/api/replica.h"
#include "app/cli/clicontext.h"
#include "app/cli/clioutput.h"
#include "app/logs/logroutes.h"
#include "app/logs/logstreamreader.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace {

// The live log without history: its replay has been read once the server is quiet this long.
constexpr int ReplayQuietMs = 1000;

} // namespace

QString LogsCommand::describe()
{
    return tr("Print a replica's log; --follow streams it live.");
}

LogsCommand::LogsCommand()
    : Command(QString::fromLatin1(Name), describe())
{
    m_quiet.setSingleShot(true);
    m_quiet.setInterval(ReplayQuietMs);
}

LogsCommand::~LogsCommand() = default;

std::optional<std::chrono::seconds> LogsCommand::parseDuration(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d+)\\s*([smhd]?)\\s*$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    bool ok = false;
    const qint64 number = match.captured(1).toLongLong(&ok);
    if (!ok || number <= 0 || number > 10LL * 365 * 24 * 3600)
        return std::nullopt;
    const QString unit = match.captured(2).toLower();
    const qint64 factor = unit == QLatin1String("m") ? 60 : unit == QLatin1String("h") ? 3600 : unit == QLatin1String("d") ? 86400 : 1;
    return std::chrono::seconds(number * factor);
}

QList<QCommandLineOption> LogsCommand::options() const
{
    return {
        QCommandLineOption(QStringLiteral("replica"), tr("The replica to read (default: the first)."), QStringLiteral("ID")),
        QCommandLineOption(QStringLiteral("follow"), tr("Stream the log live until the server ends it or Ctrl+C.")),
        QCommandLineOption(QStringLiteral("since"), tr("How far back the history goes: 90s, 10m, 2h, 1d (default 1h)."),
                           QStringLiteral("D")),
        QCommandLineOption(QStringLiteral("tail"), tr("The newest N lines of the history (default 100)."), QStringLiteral("N")),
    };
}

QList<Command::Argument> LogsCommand::arguments() const
{
    return {{QStringLiteral("KIND/NAME"), tr("The deployment; KIND is endpoint (the default) or pod."),
             QStringLiteral("KIND/NAME")}};
}

QString LogsCommand::readArguments(const QCommandLineParser &parser)
{
    const QStringList names = parser.positionalArguments();
    if (names.size() != 1)
        return tr("logs takes exactly one deployment name.");
    QString error;
    const std::optional<ResourceRef> ref = ResourceRef::parse(names.first(), &error);
    if (!ref)
        return error;
    m_ref = *ref;
    m_replica = parser.value(QStringLiteral("replica"));
    m_follow = parser.isSet(QStringLiteral("follow"));
    m_sinceGiven = parser.isSet(QStringLiteral("since"));
    if (m_sinceGiven) {
        const std::optional<std::chrono::seconds> since = parseDuration(parser.value(QStringLiteral("since")));
        if (!since)
            return tr("--since takes a duration such as 90s, 10m, 2h or 1d, not \"%1\".").arg(parser.value(QStringLiteral("since")));
        m_since = *since;
    }
    std::optional<int> tail;
    if (const QString why = readCount(parser, QStringLiteral("tail"), 1, &tail); !why.isEmpty())
        return why;
    m_tailGiven = tail.has_value();
    if (tail)
        m_tail = *tail;
    return QString();
}

void LogsCommand::run()
{
    LeptonClient *client = context().client;
    LogAccess access;
    access.baseUrl = client->baseUrl();
    access.token = context().credentials.token;
    access.origin = context().credentials.originUrl.isEmpty() ? QString()
                                                               : context().credentials.originUrl.toString(QUrl::FullyEncoded);
    access.timeout = client->timeout();
    m_history = new LogHistory(access, this);
    m_reader = new LogStreamReader(access, this);
    // Reading the resource first: it must exist, and the workspace's API generation is known after.
    client->getResource(m_ref.kind, m_ref.name, this, [this, client](const ApiResult<Deployment> &result) {
        if (!result.ok())
            return fail(ExitCode::fromApiError(result.error), tr("Could not read %1: %2").arg(m_ref.text(), result.error.userMessage()));
        if (result.value.kind != m_ref.kind)
            return fail(ExitCode::NotFound, tr("There is no %1 %2: %2 is a %3.")
                                                .arg(ResourceKinds::toString(m_ref.kind), m_ref.name,
                                                     ResourceKinds::toString(result.value.kind)));
        if (!LogRoutes::hasLiveLog(m_ref.kind, client->apiGeneration()))
            return fail(ExitCode::NotFound, LogRoutes::noLiveLogReason(m_ref.kind, client->apiGeneration()));
        pickReplica();
    });
}

void LogsCommand::pickReplica()
{
    LeptonClient *client = context().client;
    m_history->transport()->send("GET", LogRoutes::replicasPath(*client, m_ref.kind, m_ref.name), QString(), QByteArray(), this,
                              [this](const ApiError &error, const QByteArray &body) {
        if (error.isError())
            return fail(ExitCode::fromApiError(error), tr("Could not read the replicas of %1: %2").arg(m_ref.text(), error.userMessage()));
        const QList<Replica> replicas = Replica::listFromJson(QJsonDocument::fromJson(body).array());
        if (replicas.isEmpty())
            return fail(ExitCode::NotFound, tr("%1 has no running replica, so it has no log to read.").arg(m_ref.text()));
        if (m_replica.isEmpty()) {
            m_replica = replicas.first().id;
            output().printError(replicas.size() == 1
                                    ? tr("Replica %1").arg(m_replica)
                                    : tr("Replica %1 (1 of %2; --replica ID for another)").arg(m_replica).arg(replicas.size()));
        } else if (std::none_of(replicas.cbegin(), replicas.cend(), [this](const Replica &r) { return r.id == m_replica; })) {
            QStringList ids;
            for (const Replica &r : replicas)
                ids.append(r.id);
            return fail(ExitCode::NotFound, tr("%1 has no replica %2; its replicas: %3.").arg(m_ref.text(), m_replica, ids.join(QStringLiteral(", "))));
        }
        if (!m_follow || m_sinceGiven || m_tailGiven)
            readHistory();
        else
            follow({});
    });
}

void LogsCommand::readHistory()
{
    LeptonClient *client = context().client;
    LogHistory::Query query;
    query.generation = client->apiGeneration();
    query.name = m_ref.name;
    query.replica = m_replica;
    const qint64 nowNs = QDateTime::currentMSecsSinceEpoch() * 1000000LL;
    query.endNs = nowNs;
    query.startNs = nowNs - qint64(m_since.count()) * 1000000000LL;
    query.limit = m_tail;
    m_history->fetch(query, this, [this](const ApiResult<QList<LogEntry>> &result) {
        if (!result.ok()) {
            if (LogHistory::isNotOffered(result.error)) {
                // No history here: the live log's replay is the recent log.
                if (m_follow)
                    return follow({});
                output().printError(tr("This workspace does not offer log history; reading the live log's recent lines."));
                return readReplay();
            }
            return fail(ExitCode::fromApiError(result.error), tr("Could not read the log history of %1: %2").arg(m_ref.text(), result.error.userMessage()));
        }
        QStringList lines;
        for (const LogEntry &entry : result.value)
            lines.append(entry.line);
        if (lines.size() > m_tail)
            lines = lines.mid(lines.size() - m_tail);
        printLines(lines);
        if (m_follow)
            return follow(lines);
        finish(ExitCode::Ok);
    });
}

void LogsCommand::follow(const QStringList &alreadyShown)
{
    LeptonClient *client = context().client;
    m_reader->setPath(LogRoutes::livePath(*client, m_ref.kind, m_ref.name, m_replica));
    connect(m_reader, &LogStreamReader::linesReceived, this, &LogsCommand::printLines);
    connect(m_reader, &LogStreamReader::stateChanged, this, [this](LogStreamReader::State state, const QString &message) {
        switch (state) {
        case LogStreamReader::State::Ended:
            return finish(ExitCode::Ok);
        case LogStreamReader::State::Failed:
            return fail(ExitCode::fromApiError(m_reader->lastError()), tr("The log of %1: %2").arg(m_ref.text(), message));
        case LogStreamReader::State::Waiting:
            output().printError(message);
            return;
        default:
            return;
        }
    });
    m_reader->start(alreadyShown);
}

void LogsCommand::readReplay()
{
    LeptonClient *client = context().client;
    m_reader->setPath(LogRoutes::livePath(*client, m_ref.kind, m_ref.name, m_replica));
    const auto done = [this] {
        m_reader->stop();
        QStringList lines = m_replay;
        if (lines.size() > m_tail)
            lines = lines.mid(lines.size() - m_tail);
        printLines(lines);
        finish(ExitCode::Ok);
    };
    connect(&m_quiet, &QTimer::timeout, this, done);
    connect(m_reader, &LogStreamReader::linesReceived, this, [this](const QStringList &lines) {
        m_replay += lines;
        if (m_replay.size() > 4 * m_tail)
            m_replay = m_replay.mid(m_replay.size() - m_tail);
        m_quiet.start();
    });
    connect(m_reader, &LogStreamReader::stateChanged, this, [this, done](LogStreamReader::State state, const QString &message) {
        if (state == LogStreamReader::State::Streaming)
            m_quiet.start();
        else if (state == LogStreamReader::State::Ended)
            done();
        else if (state == LogStreamReader::State::Failed)
            fail(ExitCode::fromApiError(m_reader->lastError()), tr("The log of %1: %2").arg(m_ref.text(), message));
        else if (state == LogStreamReader::State::Waiting) {
            m_reader->stop();
            fail(ExitCode::ServerError, tr("The log of %1: %2").arg(m_ref.text(), message));
        }
    });
    m_reader->start();
}

void LogsCommand::printLines(const QStringList &lines)
{
    if (lines.isEmpty())
        return;
    output().print(lines.join(QLatin1Char('\n')));
}
