#include "app/api/leptonclient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThreadPool>
#include <QTimer>


namespace {

QString encodeName(const QString &name)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(name));
}

ApiError badPayload(const QString &why)
{
    return ApiError(ApiError::Kind::BadPayload, why);
}

// Drops a reference to a list on a worker thread: when it was the last one, the list is
// freed there instead of on the calling (GUI) thread. Freeing the thousands of deployments a
// refresh leaves behind keeps a core busy for 10-20 ms; started at once, that thread would
// wake exactly while the table repaints, and Linux lets a newly woken thread run before the
// GUI thread (on two cores the repaint then waited ~12 ms for a core). So it starts a moment
// later, after the repaint.
constexpr std::chrono::milliseconds ReleaseDelay {250};

void releaseOffThread(QList<Deployment> &&list)
{
    if (list.isEmpty())
        return;
    auto held = std::make_shared<QList<Deployment>>(std::move(list));
    QTimer::singleShot(ReleaseDelay, QCoreApplication::instance(), [held] {
        QThreadPool::globalInstance()->start([held] { *held = QList<Deployment>(); });
    });
}

// "1 deployment could not be read: ..." for the entries a list had to leave out.
QString unreadableMessage(const QStringList &reasons)
{
    const QString why = reasons.join(QLatin1String("; "));
    return reasons.size() == 1
        ? QCoreApplication::translate("LeptonClient", "1 deployment could not be read: %1").arg(why)
        : QCoreApplication::translate("LeptonClient", "%1 deployments could not be read: %2").arg(reasons.size()).arg(why);
}

} // namespace

LeptonClient::LeptonClient(QObject *parent)
    : QObject(parent)
    , m_transport(new ApiTransport(this))
{
    connect(m_transport, &ApiTransport::authorizationFailed, this, &LeptonClient::authorizationFailed);
    connect(m_transport, &ApiTransport::requestFinished, this, &LeptonClient::requestFinished);
}

LeptonClient::~LeptonClient() = default;

void LeptonClient::setBaseUrl(const QUrl &baseUrl)
{
    m_transport->setBaseUrl(baseUrl);
}

QUrl LeptonClient::baseUrl() const
{
    return m_transport->baseUrl();
}

void LeptonClient::setToken(const QString &token)
{
    m_transport->setToken(token);
}

void LeptonClient::setTimeout(std::chrono::milliseconds timeout)
{
    m_transport->setTimeout(timeout);
}

std::chrono::milliseconds LeptonClient::timeout() const
{
    return m_transport->timeout();
}

void LeptonClient::setMaxResponseBytes(qint64 bytes)
{
    m_transport->setMaxResponseBytes(bytes);
}

qint64 LeptonClient::maxResponseBytes() const
{
    return m_transport->maxResponseBytes();
}

void LeptonClient::send(const QByteArray &method, const QString &path, const QString &query,
                        const QByteArray &body, QObject *context, ApiTransport::RawCallback done)
{
    m_transport->send(method, path, query, body, context, std::move(done));
    if (method != "GET")
        Q_EMIT mutationSent(QString::fromLatin1(method), path.section(QLatin1Char('/'), 2, 2));
}

template <typename T>
void LeptonClient::getJson(const QString &path, QObject *context, ApiCallback<T> done,
                           std::function<T(const QJsonValue &)> convert)
{
    send("GET", path, QString(), QByteArray(), context,
         [done = std::move(done), convert = std::move(convert)](const ApiError &error, const QByteArray &body) {
        if (error.isError())
            return done(ApiResult<T>::failure(error));
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return done(ApiResult<T>::failure(badPayload(
                tr("the answer is not valid JSON (%1)").arg(parseError.errorString()))));
        const QJsonValue value = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
        done(ApiResult<T>::success(convert(value)));
    });
}

void LeptonClient::getWorkspaceInfo(QObject *context, ApiCallback<WorkspaceInfo> done)
{
    send("GET", QStringLiteral("/workspace"), QString(), QByteArray(), context,
         [done = std::move(done)](const ApiError &error, const QByteArray &body) {
        if (error.isError())
            return done(ApiResult<WorkspaceInfo>::failure(error));
        const QJsonDocument document = QJsonDocument::fromJson(body);
        if (!document.isObject())
            return done(ApiResult<WorkspaceInfo>::failure(badPayload(tr("the workspace description is not a JSON object"))));
        done(ApiResult<WorkspaceInfo>::success(WorkspaceInfo::fromJson(document.object())));
    });
}

void LeptonClient::listDeployments(QObject *context, ApiCallback<QList<Deployment>> done)
{
    send("GET", QStringLiteral("/deployments"), QString(), QByteArray(), context,
         [this, context, done = std::move(done)](const ApiError &error, const QByteArray &body) {
        if (error.isError())
            return done(ApiResult<QList<Deployment>>::failure(error));
        // Thousands of deployments take milliseconds to parse: do it off this thread.
        struct Parsed {
            QList<Deployment> deployments;
            QString why;
            QStringList unreadable;
            bool ok = false;
        };
        m_transport->parseOffThread<Parsed>(
            context,
            [body] {
                Parsed parsed;
                int skipped = 0;
                parsed.ok = DeploymentList::parse(body, &parsed.deployments, &parsed.why, &skipped, &parsed.unreadable);
                // A list of things that are not deployments is not an empty workspace: taking
                // it for one would empty the table.
                if (parsed.ok && parsed.deployments.isEmpty() && !parsed.unreadable.isEmpty()) {
                    parsed.ok = false;
                    parsed.why = unreadableMessage(parsed.unreadable);
                } else if (parsed.ok && parsed.deployments.isEmpty() && skipped > 0) {
                    parsed.ok = false;
                    parsed.why = tr("none of the %n entries of the deployment list is a deployment", nullptr, skipped);
                }
                return parsed;
            },
            [this, done](Parsed &&parsed) {
                if (!parsed.ok)
                    return done(ApiResult<QList<Deployment>>::failure(badPayload(parsed.why)));
                if (!parsed.unreadable.isEmpty())
                    Q_EMIT deploymentsSkipped(int(parsed.unreadable.size()), unreadableMessage(parsed.unreadable));
                auto result = ApiResult<QList<Deployment>>::success(std::move(parsed.deployments));
                done(result);
                // After a refresh the table keeps only the rows that changed; freeing the
                // other thousands of JSON trees would hold this thread for milliseconds.
                releaseOffThread(std::move(result.value));
            },
            [](Parsed &&parsed) { releaseOffThread(std::move(parsed.deployments)); });
    });
}

void LeptonClient::getDeployment(const QString &name, QObject *context, ApiCallback<Deployment> done)
{
    send("GET", QStringLiteral("/deployments/") + encodeName(name), QString(), QByteArray(), context,
         [done = std::move(done)](const ApiError &error, const QByteArray &body) {
        if (error.isError())
            return done(ApiResult<Deployment>::failure(error));
        const QJsonDocument document = QJsonDocument::fromJson(body);
        Deployment deployment;
        QString why;
        if (!document.isObject() || !Deployment::fromJson(document.object(), &deployment, &why))
            return done(ApiResult<Deployment>::failure(badPayload(
                why.isEmpty() ? tr("the deployment is not a JSON object") : why)));
        done(ApiResult<Deployment>::success(std::move(deployment)));
    });
}

void LeptonClient::patchDeployment(const QString &name, const QJsonObject &patch, PatchMode mode,
                                   QObject *context, ApiCallback<QJsonObject> done)
{
    const QByteArray body = QJsonDocument(patch).toJson(QJsonDocument::Compact);
    send("PATCH", QStringLiteral("/deployments/") + encodeName(name),
         mode == PatchMode::DryRun ? QStringLiteral("dryrun=true") : QString(), body, context,
         [done = std::move(done)](const ApiError &error, const QByteArray &answer) {
        if (error.isError())
            return done(ApiResult<QJsonObject>::failure(error));
        done(ApiResult<QJsonObject>::success(QJsonDocument::fromJson(answer).object()));
    });
}

void LeptonClient::restartDeployment(const QString &name, QObject *context, ApiCallback<ApiNothing> done)
{
    send("PUT", QStringLiteral("/deployments/%1/restart").arg(encodeName(name)), QString(), QByteArray(), context,
         [done = std::move(done)](const ApiError &error, const QByteArray &) {
        done(error.isError() ? ApiResult<ApiNothing>::failure(error) : ApiResult<ApiNothing>::success({}));
    });
}

void LeptonClient::deleteDeployment(const QString &name, QObject *context, ApiCallback<ApiNothing> done)
{
    send("DELETE", QStringLiteral("/deployments/") + encodeName(name), QString(), QByteArray(), context,
         [done = std::move(done)](const ApiError &error, const QByteArray &) {
        done(error.isError() ? ApiResult<ApiNothing>::failure(error) : ApiResult<ApiNothing>::success({}));
    });
}

void LeptonClient::listReplicas(const QString &name, QObject *context, ApiCallback<QList<Replica>> done)
{
    getJson<QList<Replica>>(QStringLiteral("/deployments/%1/replicas").arg(encodeName(name)), context,
                            std::move(done), &Replica::listFromJson);
}

void LeptonClient::listEvents(const QString &name, QObject *context, ApiCallback<QList<DeploymentEvent>> done)
{
    getJson<QList<DeploymentEvent>>(QStringLiteral("/deployments/%1/events").arg(encodeName(name)), context,
                                    std::move(done), &DeploymentEvent::listFromJson);
}

void LeptonClient::getReadiness(const QString &name, QObject *context, ApiCallback<QList<ReadinessIssue>> done)
{
    getJson<QList<ReadinessIssue>>(QStringLiteral("/deployments/%1/readiness").arg(encodeName(name)), context,
                                   std::move(done), &ReadinessIssue::listFromJson);
}

void LeptonClient::abortAll()
{
    m_transport->abortAll();
}
