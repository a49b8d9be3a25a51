#include "app/api/leptonclient.h"

#include "app/diagnostics/loggingcategories.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>


namespace {

QString encodeName(const QString &name)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(name));
}

ApiError networkError(QNetworkReply *reply)
{
    switch (reply->error()) {
    case QNetworkReply::OperationCanceledError:
        return ApiError(ApiError::Kind::Cancelled, reply->errorString());
    case QNetworkReply::TimeoutError:
        return ApiError(ApiError::Kind::Timeout, reply->errorString());
    default:
        return ApiError(ApiError::Kind::Network, reply->errorString());
    }
}

ApiError badPayload(const QString &why)
{
    return ApiError(ApiError::Kind::BadPayload, why);
}

// Some gateways and debug proxies echo the request, headers included, in their error pages:
// the token is cut out of the server's message before anything can show, log or print it.
ApiError withoutToken(const ApiError &error, const QByteArray &authorization)
{
    const QString token = QString::fromUtf8(authorization.mid(int(sizeof("Bearer ")) - 1));
    if (token.size() < 4 || !error.serverMessage().contains(token))
        return error;
    QString message = error.serverMessage();
    message.replace(token, QStringLiteral("[token hidden]"));
    return ApiError(error.kind(), message, error.httpStatus());
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

} // namespace

LeptonClient::LeptonClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    // Redirects are followed only within the same scheme and host policy Qt considers safe;
    // a token must never be sent to http:// by a redirect.
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

LeptonClient::~LeptonClient() = default;

void LeptonClient::setBaseUrl(const QUrl &baseUrl)
{
    m_baseUrl = baseUrl;
    QString path = m_baseUrl.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    m_baseUrl.setPath(path);
}

void LeptonClient::setToken(const QString &token)
{
    m_authorization = "Bearer " + token.toUtf8();
}

QUrl LeptonClient::urlFor(const QString &path, const QString &query) const
{
    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path() + path, QUrl::StrictMode);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

void LeptonClient::send(const QByteArray &method, const QString &path, const QString &query,
                        const QByteArray &body, QObject *context, RawCallback done)
{
    QNetworkRequest request(urlFor(path, query));
    request.setRawHeader("Authorization", m_authorization);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArray("lepton-console/" LEPTON_CONSOLE_VERSION));
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    // As the SDK does: DGX Cloud's gateway wants the workspace URL as the origin.
    if (m_baseUrl.host().contains(QLatin1String("dgxc")))
        request.setRawHeader("origin", m_baseUrl.toString(QUrl::FullyEncoded).toUtf8());

    QNetworkReply *reply = body.isEmpty() && method != "PATCH"
        ? m_network->sendCustomRequest(request, method)
        : m_network->sendCustomRequest(request, method, body);

    const bool mutating = method != "GET";
    if (mutating)
        Q_EMIT mutationSent(QString::fromLatin1(method), path.section(QLatin1Char('/'), 2, 2));

    // The whole exchange has a deadline, not just the idle time between packets: a server
    // that drips a byte a second must not hold a refresh forever.
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    auto timedOut = std::make_shared<bool>(false);
    auto tooLarge = std::make_shared<bool>(false);
    connect(deadline, &QTimer::timeout, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    deadline->start(m_timeout);

    // The body is taken as it arrives, with Qt's own buffer kept small, so that an answer
    // beyond the size limit is refused without ever holding more than the limit: at once when
    // its length is announced, at the limit when it is not.
    const qint64 maxBytes = m_maxResponseBytes;
    auto received = std::make_shared<QByteArray>();
    reply->setReadBufferSize(1024 * 1024);
    connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, received, tooLarge, maxBytes] {
        bool known = false;
        const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
        if (known && length > maxBytes && !*tooLarge) {
            *tooLarge = true;
            reply->abort();
        } else if (known && length > 0 && received->isEmpty()) {
            // One allocation for the whole body: growing a 17 MB buffer copies it over and
            // over on this thread.
            received->reserve(length);
        }
    });
    connect(reply, &QNetworkReply::readyRead, reply, [reply, received, tooLarge, maxBytes] {
        if (*tooLarge)
            return;
        if (received->size() + reply->bytesAvailable() > maxBytes) {
            *tooLarge = true;
            reply->abort();
            return;
        }
        received->append(reply->readAll());
    });

    auto elapsed = std::make_shared<QElapsedTimer>();
    elapsed->start();
    QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, guard, done = std::move(done), timedOut, tooLarge, received, elapsed, method, path, hasContext = context != nullptr] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        Q_EMIT requestFinished(QString::fromLatin1(method), path, status, elapsed->elapsed());
        qCDebug(lcApi) << method << path << status << elapsed->elapsed() << "ms";

        ApiError error;
        QByteArray body;
        if (*timedOut) {
            error = ApiError(ApiError::Kind::Timeout,
                             tr("no complete answer after %1 s").arg(m_timeout.count() / 1000.0));
        } else if (*tooLarge) {
            error = badPayload(tr("the answer is larger than %1 MB").arg(m_maxResponseBytes / (1024 * 1024)));
        } else if (status == 0) {
            error = networkError(reply);
        } else {
            // Appended, then moved: `a + b` would copy the whole body (17 MB for 10,000
            // deployments) on this thread.
            received->append(reply->readAll());
            body = std::move(*received);
            if (status < 200 || status >= 300) {
                error = withoutToken(ApiError::fromHttpStatus(status, body), m_authorization);
                if (status == 429) {
                    bool ok = false;
                    const int seconds = reply->rawHeader("Retry-After").trimmed().toInt(&ok);
                    if (ok)
                        error.setRetryAfterSeconds(seconds);
                }
                if (status == 401 || status == 403)
                    Q_EMIT authorizationFailed(error);
            } else if (reply->error() != QNetworkReply::NoError) {
                // A 2xx that broke off in the middle (truncated body, reset): still worth
                // retrying, but the user should not read "could not reach" the server.
                error = ApiError(ApiError::Kind::Network, reply->errorString(), status);
            }
        }
        if (hasContext && !guard)
            return;
        done(error, body);
    });
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
            bool ok = false;
        };
        auto *watcher = new QFutureWatcher<Parsed>(this);
        QPointer<QObject> guard(context);
        connect(watcher, &QFutureWatcher<Parsed>::finished, this, [watcher, guard, done, hasContext = context != nullptr] {
            watcher->deleteLater();
            // Taken, not copied: the future keeps no second reference to the list.
            Parsed parsed = watcher->future().takeResult();
            if (hasContext && !guard)
                return releaseOffThread(std::move(parsed.deployments));
            if (!parsed.ok)
                return done(ApiResult<QList<Deployment>>::failure(badPayload(parsed.why)));
            auto result = ApiResult<QList<Deployment>>::success(std::move(parsed.deployments));
            done(result);
            // After a refresh the table keeps only the rows that changed; freeing the other
            // thousands of JSON trees would hold this thread for milliseconds.
            releaseOffThread(std::move(result.value));
        });
        watcher->setFuture(QtConcurrent::run([body] {
            Parsed parsed;
            int skipped = 0;
            parsed.ok = DeploymentList::parse(body, &parsed.deployments, &parsed.why, &skipped);
            // A list of things that are not deployments is not an empty workspace: taking it
            // for one would empty the table.
            if (parsed.ok && parsed.deployments.isEmpty() && skipped > 0) {
                parsed.ok = false;
                parsed.why = tr("none of the %n entries of the deployment list is a deployment", nullptr, skipped);
            }
            return parsed;
        }));
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
    const auto replies = m_network->findChildren<QNetworkReply *>();
    for (QNetworkReply *reply : replies)
        reply->abort();
}
