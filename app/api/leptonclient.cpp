#include "app/api/leptonclient.h"

#include "app/api/newapitranslation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThreadPool>
#include <QTimer>

#include <utility>


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
    m_token = token;
    m_transport->setToken(token);
}

void LeptonClient::setOrigin(const QUrl &origin)
{
    m_transport->setOrigin(origin.isEmpty() ? QString() : origin.toString(QUrl::FullyEncoded));
}

void LeptonClient::getTokenLifetime(QObject *context, ApiCallback<TokenLifetime> done)
{
    const QString token = m_token;
    getJson<TokenLifetime>(QStringLiteral("/tokens"), context, std::move(done),
                           [token](const QJsonValue &answer) { return TokenLifetime::fromTokensAnswer(answer, token); });
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

void LeptonClient::setCaCertificates(const QByteArray &pem)
{
    m_transport->setCaCertificates(pem);
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

void LeptonClient::setApiGeneration(ApiGeneration generation)
{
    if (generation == m_generation)
        return;
    m_generation = generation;
    Q_EMIT apiGenerationChanged(generation);
}

void LeptonClient::whenGenerationKnown(QObject *context, std::function<void()> run, std::function<void()> cancel)
{
    if (m_workspaceReads == 0)
        return run();
    m_held.append(HeldCall {QPointer<QObject>(context), context != nullptr, std::move(run), std::move(cancel)});
}

void LeptonClient::releaseHeld()
{
    const QList<HeldCall> held = std::exchange(m_held, {});
    for (const HeldCall &call : held) {
        if (!call.hasContext || call.context)
            call.run();
    }
}

void LeptonClient::getWorkspaceInfo(QObject *context, ApiCallback<WorkspaceInfo> done)
{
    // The transport's context is this client, so the read always ends here (and releases the
    // calls waiting for the generation) even when the caller is gone by then.
    ++m_workspaceReads;
    QPointer<QObject> caller(context);
    send("GET", QStringLiteral("/workspace"), QString(), QByteArray(), this,
         [this, caller, hasCaller = context != nullptr, done = std::move(done)](const ApiError &error, const QByteArray &body) {
        ApiResult<WorkspaceInfo> result;
        if (error.isError()) {
            result = ApiResult<WorkspaceInfo>::failure(error);
        } else {
            const QJsonDocument document = QJsonDocument::fromJson(body);
            if (!document.isObject())
                result = ApiResult<WorkspaceInfo>::failure(badPayload(tr("the workspace description is not a JSON object")));
            else
                result = ApiResult<WorkspaceInfo>::success(WorkspaceInfo::fromJson(document.object()));
        }
        // A failed read keeps the generation known so far (Legacy when none was ever read).
        if (result.ok())
            setApiGeneration(result.value.apiGeneration());
        if (--m_workspaceReads == 0)
            releaseHeld();
        if (!hasCaller || caller)
            done(result);
    });
}

QString LeptonClient::resourcePath(ResourceKind kind, const QString &name) const
{
    QString collection;
    switch (kind) {
    case ResourceKind::Endpoint:
        collection = m_generation == ApiGeneration::New ? QStringLiteral("/endpoints") : QStringLiteral("/deployments");
        break;
    case ResourceKind::Pod:
        collection = m_generation == ApiGeneration::New ? QStringLiteral("/devpods") : QStringLiteral("/deployments");
        break;
    case ResourceKind::RayCluster:
        collection = QStringLiteral("/rayclusters");
        break;
    }
    return name.isEmpty() ? collection : collection + QLatin1Char('/') + encodeName(name);
}

void LeptonClient::listDeployments(QObject *context, ApiCallback<QList<Deployment>> done)
{
    whenGenerationKnown(context, [this, context, done] {
        listAt(resourcePath(ResourceKind::Endpoint), ResourceKind::Endpoint, m_generation, {}, context, done);
    }, [done] { done(ApiResult<QList<Deployment>>::failure(ApiError(ApiError::Kind::Cancelled, QString()))); });
}

void LeptonClient::listResources(ResourceKind kind, QObject *context, ApiCallback<QList<Deployment>> done,
                                 DeploymentList::Detail detail)
{
    whenGenerationKnown(context, [this, kind, context, done, detail] {
        std::function<bool(const Deployment &)> keep;
        // Legacy endpoints and pods share /deployments; is_pod tells them apart.
        if (m_generation == ApiGeneration::Legacy && kind != ResourceKind::RayCluster)
            keep = [kind](const Deployment &d) { return d.kind == kind; };
        listAt(resourcePath(kind), kind, m_generation, keep, context, done, detail);
    }, [done] { done(ApiResult<QList<Deployment>>::failure(ApiError(ApiError::Kind::Cancelled, QString()))); });
}

void LeptonClient::listAt(const QString &path, ResourceKind kind, ApiGeneration generation,
                          std::function<bool(const Deployment &)> keep, QObject *context,
                          ApiCallback<QList<Deployment>> done, DeploymentList::Detail detail)
{
    send("GET", path, QString(), QByteArray(), context,
         [this, context, kind, generation, detail, keep = std::move(keep), done = std::move(done)](const ApiError &error, const QByteArray &body) {
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
            [body, kind, generation, keep, detail] {
                Parsed parsed;
                int skipped = 0;
                parsed.ok = DeploymentList::parse(body, &parsed.deployments, &parsed.why, &skipped, &parsed.unreadable,
                                                  kind, generation, detail);
                // A list of things that are not deployments is not an empty workspace: taking
                // it for one would empty the table.
                if (parsed.ok && parsed.deployments.isEmpty() && !parsed.unreadable.isEmpty()) {
                    parsed.ok = false;
                    parsed.why = unreadableMessage(parsed.unreadable);
                } else if (parsed.ok && parsed.deployments.isEmpty() && skipped > 0) {
                    parsed.ok = false;
                    parsed.why = tr("none of the %n entries of the deployment list is a deployment", nullptr, skipped);
                }
                if (parsed.ok && keep)
                    parsed.deployments.removeIf([&keep](const Deployment &d) { return !keep(d); });
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
    getResource(ResourceKind::Endpoint, name, context, std::move(done));
}

void LeptonClient::getResource(ResourceKind kind, const QString &name, QObject *context, ApiCallback<Deployment> done)
{
    whenGenerationKnown(context, [this, kind, name, context, done] {
        getAt(resourcePath(kind, name), kind, m_generation, context, done);
    }, [done] { done(ApiResult<Deployment>::failure(ApiError(ApiError::Kind::Cancelled, QString()))); });
}

void LeptonClient::getAt(const QString &path, ResourceKind kind, ApiGeneration generation, QObject *context,
                         ApiCallback<Deployment> done)
{
    send("GET", path, QString(), QByteArray(), context,
         [kind, generation, done = std::move(done)](const ApiError &error, const QByteArray &body) {
        if (error.isError())
            return done(ApiResult<Deployment>::failure(error));
        const QJsonDocument document = QJsonDocument::fromJson(body);
        Deployment deployment;
        QString why;
        if (!document.isObject() || !Deployment::fromJson(document.object(), kind, generation, &deployment, &why))
            return done(ApiResult<Deployment>::failure(badPayload(
                why.isEmpty() ? tr("the deployment is not a JSON object") : why)));
        done(ApiResult<Deployment>::success(std::move(deployment)));
    });
}

void LeptonClient::sendPatch(const QString &path, const QJsonObject &patch, PatchMode mode, QObject *context,
                             ApiCallback<QJsonObject> done)
{
    const QByteArray body = QJsonDocument(patch).toJson(QJsonDocument::Compact);
    send("PATCH", path, mode == PatchMode::DryRun ? QStringLiteral("dryrun=true") : QString(), body, context,
         [done = std::move(done)](const ApiError &error, const QByteArray &answer) {
        if (error.isError())
            return done(ApiResult<QJsonObject>::failure(error));
        done(ApiResult<QJsonObject>::success(QJsonDocument::fromJson(answer).object()));
    });
}

void LeptonClient::patchResource(ResourceKind kind, const QString &name, const QJsonObject &patch, PatchMode mode,
                                 QObject *context, ApiCallback<QJsonObject> done)
{
    whenGenerationKnown(context, [this, kind, name, patch, mode, context, done] {
        sendPatch(resourcePath(kind, name), patch, mode, context, done);
    }, [done] { done(ApiResult<QJsonObject>::failure(ApiError(ApiError::Kind::Cancelled, QString()))); });
}

void LeptonClient::patchDeployment(const QString &name, const QJsonObject &patch, PatchMode mode,
                                   QObject *context, ApiCallback<QJsonObject> done)
{
    whenGenerationKnown(context, [this, name, patch, mode, context, done] {
        const QString path = resourcePath(ResourceKind::Endpoint, name);
        if (m_generation == ApiGeneration::Legacy)
            return sendPatch(path, patch, mode, context, done);
        // The new API replaces spec.components whole: read the endpoint as it is now, put the
        // change on its frontend component, send the whole array back.
        QPointer<QObject> guard(context);
        send("GET", path, QString(), QByteArray(), context,
             [this, path, patch, mode, guard, context, done](const ApiError &error, const QByteArray &body) {
            if (error.isError())
                return done(ApiResult<QJsonObject>::failure(error));
            const QJsonDocument document = QJsonDocument::fromJson(body);
            if (!document.isObject())
                return done(ApiResult<QJsonObject>::failure(badPayload(tr("the endpoint is not a JSON object; nothing was sent"))));
            QString why;
            const QJsonObject endpoint = document.object();
            if (!NewApiTranslation::checkedComponents(endpoint, &why))
                return done(ApiResult<QJsonObject>::failure(badPayload(why)));
            const std::optional<QJsonObject> translated = NewApiTranslation::endpointPatchFromLegacy(endpoint, patch, &why);
            if (!translated)
                return done(ApiResult<QJsonObject>::failure(ApiError(ApiError::Kind::Invalid, why)));
            if (context && !guard)
                return;
            sendPatch(path, *translated, mode, context, done);
        });
    }, [done] { done(ApiResult<QJsonObject>::failure(ApiError(ApiError::Kind::Cancelled, QString()))); });
}

void LeptonClient::restartDeployment(const QString &name, QObject *context, ApiCallback<ApiNothing> done)
{
    whenGenerationKnown(context, [this, name, context, done] {
        send("PUT", resourcePath(ResourceKind::Endpoint, name) + QStringLiteral("/restart"), QString(), QByteArray(), context,
             [done](const ApiError &error, const QByteArray &) {
            done(error.isError() ? ApiResult<ApiNothing>::failure(error) : ApiResult<ApiNothing>::success({}));
        });
    }, [done] { done(ApiResult<ApiNothing>::failure(ApiError(ApiError::Kind::Cancelled, QString()))); });
}

void LeptonClient::deleteDeployment(const QString &name, QObject *context, ApiCallback<ApiNothing> done)
{
    deleteResource(ResourceKind::Endpoint, name, context, std::move(done));
}

void LeptonClient::deleteResource(ResourceKind kind, const QString &name, QObject *context, ApiCallback<ApiNothing> done)
{
    whenGenerationKnown(context, [this, kind, name, context, done] {
        send("DELETE", resourcePath(kind, name), QString(), QByteArray(), context,
             [done](const ApiError &error, const QByteArray &) {
            done(error.isError() ? ApiResult<ApiNothing>::failure(error) : ApiResult<ApiNothing>::success({}));
        });
    }, [done] { done(ApiResult<ApiNothing>::failure(ApiError(ApiError::Kind::Cancelled, QString()))); });
}

void LeptonClient::listReplicas(const QString &name, QObject *context, ApiCallback<QList<Replica>> done)
{
    whenGenerationKnown(context, [this, name, context, done] {
        getJson<QList<Replica>>(resourcePath(ResourceKind::Endpoint, name) + QStringLiteral("/replicas"), context, done,
                                &Replica::listFromJson);
    }, [done] { done(ApiResult<QList<Replica>>::failure(ApiError(ApiError::Kind::Cancelled, QString()))); });
}

void LeptonClient::listEvents(const QString &name, QObject *context, ApiCallback<QList<DeploymentEvent>> done)
{
    whenGenerationKnown(context, [this, name, context, done] {
        getJson<QList<DeploymentEvent>>(resourcePath(ResourceKind::Endpoint, name) + QStringLiteral("/events"), context,
                                        done, &DeploymentEvent::listFromJson);
    }, [done] { done(ApiResult<QList<DeploymentEvent>>::failure(ApiError(ApiError::Kind::Cancelled, QString()))); });
}

void LeptonClient::getReadiness(const QString &name, QObject *context, ApiCallback<QList<ReadinessIssue>> done)
{
    whenGenerationKnown(context, [this, name, context, done] {
        if (m_generation == ApiGeneration::New) {
            // No such route on the new API (SDK endpoint.py): an empty answer, from the event
            // loop as any answer comes, and nothing on the wire.
            QPointer<QObject> guard(context);
            QTimer::singleShot(0, this, [guard, hasContext = context != nullptr, done] {
                if (!hasContext || guard)
                    done(ApiResult<QList<ReadinessIssue>>::success({}));
            });
            return;
        }
        getJson<QList<ReadinessIssue>>(resourcePath(ResourceKind::Endpoint, name) + QStringLiteral("/readiness"), context,
                                       done, &ReadinessIssue::listFromJson);
    }, [done] { done(ApiResult<QList<ReadinessIssue>>::failure(ApiError(ApiError::Kind::Cancelled, QString()))); });
}

void LeptonClient::getTerminations(const QString &name, QObject *context, ApiCallback<ReplicaTerminations> done)
{
    whenGenerationKnown(context, [this, name, context, done] {
        if (m_generation == ApiGeneration::New) {
            // No such route on the new API: "not offered", from the event loop, nothing sent.
            QPointer<QObject> guard(context);
            QTimer::singleShot(0, this, [guard, hasContext = context != nullptr, done] {
                ReplicaTerminations none;
                none.offered = false;
                if (!hasContext || guard)
                    done(ApiResult<ReplicaTerminations>::success(none));
            });
            return;
        }
        send("GET", resourcePath(ResourceKind::Endpoint, name) + QStringLiteral("/termination"), QString(), QByteArray(),
             context, [done](const ApiError &error, const QByteArray &body) {
            if (error.kind() == ApiError::Kind::NotFound) {
                ReplicaTerminations none;
                none.offered = false;
                return done(ApiResult<ReplicaTerminations>::success(none));
            }
            if (error.isError())
                return done(ApiResult<ReplicaTerminations>::failure(error));
            QJsonParseError parseError;
            const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
            if (parseError.error != QJsonParseError::NoError)
                return done(ApiResult<ReplicaTerminations>::failure(badPayload(
                    tr("the answer is not valid JSON (%1)").arg(parseError.errorString()))));
            const QJsonValue value = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
            ReplicaTerminations terminations;
            QString why;
            if (!ReplicaTerminations::fromJson(value, &terminations, &why))
                return done(ApiResult<ReplicaTerminations>::failure(badPayload(why)));
            done(ApiResult<ReplicaTerminations>::success(terminations));
        });
    }, [done] { done(ApiResult<ReplicaTerminations>::failure(ApiError(ApiError::Kind::Cancelled, QString()))); });
}

void LeptonClient::abortAll()
{
    const QList<HeldCall> held = std::exchange(m_held, {});
    for (const HeldCall &call : held) {
        if (!call.hasContext || call.context)
            call.cancel();
    }
    m_transport->abortAll();
}
