#include "app/simulator/workspacesimulator.h"

#include "app/common/jsonmergepatch.h"
#include "app/simulator/simulateddevpods.h"
#include "app/simulator/simulatedendpoints.h"
#include "app/simulator/simulatedrayclusters.h"
#include "app/simulator/simulatorpopulation.h"

#include <QDateTime>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <memory>

namespace {

const QString ApiPrefix = QStringLiteral("/api/v2/workspaces/");

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    using Method = QHttpServerRequest::Method;
    switch (method) {
    case Method::Get: return "GET";
    case Method::Put: return "PUT";
    case Method::Delete: return "DELETE";
    case Method::Post: return "POST";
    case Method::Head: return "HEAD";
    case Method::Options: return "OPTIONS";
    case Method::Patch: return "PATCH";
    case Method::Connect: return "CONNECT";
    case Method::Trace: return "TRACE";
    default: return "UNKNOWN";
    }
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 409: return "Conflict";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "Status";
    }
}

QByteArray rawHead(int status, const QByteArray &contentType,
                   const QList<QPair<QByteArray, QByteArray>> &headers, qint64 contentLength)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    head += "Content-Type: " + contentType + "\r\n";
    for (const auto &[key, value] : headers)
        head += key + ": " + value + "\r\n";
    head += "Content-Length: " + QByteArray::number(contentLength) + "\r\n\r\n";
    return head;
}

// 64-bit FNV-1a: stable across runs (qHash is seeded per process).
quint64 stableHash(const QString &text)
{
    quint64 hash = 14695981039346656037ULL;
    for (const char byte : text.toUtf8()) {
        hash ^= quint8(byte);
        hash *= 1099511628211ULL;
    }
    return hash;
}

QString hashChars(quint64 hash, int length)
{
    static const char Alphabet[] = "bcdfghjklmnpqrstvwxz2456789"; // what Kubernetes uses
    QString out;
    for (int i = 0; i < length; ++i) {
        out.append(QLatin1Char(Alphabet[hash % 27]));
        hash /= 27;
    }
    return out;
}

bool isInteger(const QJsonValue &value)
{
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    return std::isfinite(number) && std::floor(number) == number && std::fabs(number) < 9.0e15;
}

QJsonObject objectAt(const QJsonObject &root, const QStringList &path)
{
    QJsonObject current = root;
    for (const QString &key : path)
        current = current.value(key).toObject();
    return current;
}

void setAt(QJsonObject &root, QStringList path, const QJsonValue &value)
{
    const QString key = path.takeFirst();
    if (path.isEmpty()) {
        root.insert(key, value);
        return;
    }
    QJsonObject child = root.value(key).toObject();
    setAt(child, path, value);
    root.insert(key, child);
}

QString stateOf(const QJsonObject &deployment)
{
    return deployment.value(QStringLiteral("status")).toObject().value(QStringLiteral("state")).toString();
}

int minReplicasOf(const QJsonObject &deployment)
{
    const QJsonValue value = objectAt(deployment, {QStringLiteral("spec"), QStringLiteral("resource_requirement")})
                                 .value(QStringLiteral("min_replicas"));
    return value.isDouble() ? value.toInt() : 1; // the platform's default is one replica
}

int maxReplicasOf(const QJsonObject &deployment)
{
    const QJsonValue value = objectAt(deployment, {QStringLiteral("spec"), QStringLiteral("resource_requirement")})
                                 .value(QStringLiteral("max_replicas"));
    return value.isDouble() ? value.toInt() : -1;
}

int desiredOf(const QJsonObject &deployment, int fallback)
{
    const QJsonValue value = objectAt(deployment, {QStringLiteral("status"), QStringLiteral("autoscaler_status")})
                                 .value(QStringLiteral("desired_replicas"));
    return value.isDouble() ? value.toInt() : fallback;
}

QString keyOf(const QJsonObject &deployment)
{
    const QJsonObject metadata = deployment.value(QStringLiteral("metadata")).toObject();
    const QString id = metadata.value(QStringLiteral("id")).toString();
    return id.isEmpty() ? metadata.value(QStringLiteral("name")).toString() : id;
}

QString bumpSemanticVersion(const QString &version, bool major)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d+)\\.(\\d+)$"));
    const QRegularExpressionMatch match = pattern.match(version);
    int majorPart = 1;
    int minorPart = 0;
    if (match.hasMatch()) {
        majorPart = match.captured(1).toInt();
        minorPart = match.captured(2).toInt();
    }
    return major ? QStringLiteral("%1.0").arg(majorPart + 1)
                 : QStringLiteral("%1.%2").arg(majorPart).arg(minorPart + 1);
}

// Spec changes the platform applies without replacing replicas; anything else in spec is a
// new replica template (a major semantic_version, a rolling update).
bool replacesReplicas(const QJsonObject &beforeSpec, const QJsonObject &afterSpec)
{
    QJsonObject diff = JsonMergePatch::diff(beforeSpec, afterSpec);
    for (const char *key : {"auto_scaler", "api_tokens", "auth_config", "ingress_timeout_seconds",
                            "routing_policy", "load_balance_config", "queue_config"}) {
        diff.remove(QLatin1String(key));
    }
    QJsonObject resources = diff.value(QStringLiteral("resource_requirement")).toObject();
    resources.remove(QStringLiteral("min_replicas"));
    resources.remove(QStringLiteral("max_replicas"));
    if (resources.isEmpty())
        diff.remove(QStringLiteral("resource_requirement"));
    return !diff.isEmpty();
}

QByteArray garble(const QByteArray &body)
{
    if (body.size() < 8)
        return QByteArrayLiteral("{\"metadata\": {\"name\": \"x\",, ]");
    return body.left(body.size() * 2 / 3) + QByteArrayLiteral("\",, ]{oops");
}

QByteArray reshape(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isArray()) {
        const QJsonArray items = document.array();
        return QJsonDocument(QJsonObject{{QStringLiteral("items"), items},
                                         {QStringLiteral("count"), items.size()}})
            .toJson(QJsonDocument::Compact);
    }
    if (document.isObject()) {
        QJsonObject object = document.object();
        if (object.contains(QStringLiteral("status"))) {
            QJsonObject status = object.value(QStringLiteral("status")).toObject();
            status.insert(QStringLiteral("state"), 3);
            status.insert(QStringLiteral("endpoint"), QStringLiteral("unavailable"));
            object.insert(QStringLiteral("status"), status);
            setAt(object, {QStringLiteral("metadata"), QStringLiteral("version")}, QStringLiteral("seven"));
            return QJsonDocument(object).toJson(QJsonDocument::Compact);
        }
        return QJsonDocument(QJsonArray{object}).toJson(QJsonDocument::Compact);
    }
    return QByteArrayLiteral("{\"unexpected\": true}");
}

QByteArray hugeBody(qint64 size, const QByteArray &pattern)
{
    size = std::max<qint64>(size, 4);
    QByteArray body;
    body.reserve(size);
    if (!pattern.isEmpty()) {
        while (body.size() < size)
            body += pattern;
        body.truncate(size);
        return body;
    }
    // A valid JSON array of strings, exactly `size` bytes.
    const QByteArray filler(1000, 'x');
    body += '[';
    while (body.size() + qint64(filler.size()) + 4 < size) {
        if (body.size() > 1)
            body += ',';
        body += '"' + filler + '"';
    }
    const qint64 rest = size - body.size() - 4; // ,"" and ]
    if (body.size() > 1)
        body += ',';
    body += '"' + QByteArray(std::max<qint64>(0, rest + (body.size() > 1 ? 0 : 1)), 'y') + '"';
    body += ']';
    return body;
}

void writeReply(QHttpServerResponder &responder, int status, const QByteArray &contentType,
                const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body)
{
    responder.writeStatusLine(QHttpServerResponder::StatusCode(status));
    responder.writeHeader(QByteArrayLiteral("Content-Type"), contentType);
    for (const auto &[key, value] : headers)
        responder.writeHeader(key, value);
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(body.size()));
    responder.writeBody(body);
}

bool connected(const QPointer<QTcpSocket> &socket)
{
    return socket && socket->state() == QAbstractSocket::ConnectedState;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// RecordedRequest and Fault

QString WorkspaceSimulator::RecordedRequest::apiPath() const
{
    if (!path.startsWith(ApiPrefix))
        return path;
    const int slash = path.indexOf(QLatin1Char('/'), ApiPrefix.size());
    return slash < 0 ? QString() : path.mid(slash);
}

QByteArray WorkspaceSimulator::RecordedRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QJsonObject WorkspaceSimulator::RecordedRequest::jsonBody() const
{
    return QJsonDocument::fromJson(body).object();
}

WorkspaceSimulator::Fault &WorkspaceSimulator::Fault::on(const QByteArray &onMethod, const QString &pathPattern)
{
    method = onMethod;
    path = pathPattern;
    return *this;
}

WorkspaceSimulator::Fault &WorkspaceSimulator::Fault::times(int hits)
{
    count = hits;
    return *this;
}

WorkspaceSimulator::Fault WorkspaceSimulator::Fault::httpStatus(int status, const QByteArray &body,
                                                                const QByteArray &contentType)
{
    Fault fault;
    fault.kind = Kind::HttpStatus;
    fault.status = status;
    fault.body = body;
    fault.contentType = contentType;
    return fault;
}

WorkspaceSimulator::Fault WorkspaceSimulator::Fault::badGateway()
{
    return httpStatus(502,
                      QByteArrayLiteral("<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n"
                                        "<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n"
                                        "<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"),
                      QByteArrayLiteral("text/html"));
}

WorkspaceSimulator::Fault WorkspaceSimulator::Fault::rateLimited(int retryAfterSeconds)
{
    Fault fault = httpStatus(
        429,
        QJsonDocument(QJsonObject{{QStringLiteral("code"), QStringLiteral("TooManyRequests")},
                                  {QStringLiteral("message"),
                                   QStringLiteral("rate limit exceeded, retry after %1s").arg(retryAfterSeconds)}})
            .toJson(QJsonDocument::Compact));
    fault.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfterSeconds)});
    return fault;
}

WorkspaceSimulator::Fault WorkspaceSimulator::Fault::ofKind(Kind kind)
{
    Fault fault;
    fault.kind = kind;
    return fault;
}

WorkspaceSimulator::Fault WorkspaceSimulator::Fault::redirect(int status, const QUrl &to)
{
    Fault fault = httpStatus(status, QByteArray(), "text/plain; charset=utf-8");
    fault.headers.append({QByteArrayLiteral("Location"), to.toEncoded()});
    return fault;
}

WorkspaceSimulator::Fault WorkspaceSimulator::Fault::streamedBody(int status, qint64 size)
{
    Fault fault;
    fault.kind = Kind::StreamedBody;
    fault.status = status;
    fault.size = size;
    fault.contentType = "application/json";
    return fault;
}

// ---------------------------------------------------------------------------------------------
// Set-up

WorkspaceSimulator::WorkspaceSimulator(QObject *parent)
    : QObject(parent)
    , m_server(new QHttpServer(this))
    , m_endpoints(new SimulatedEndpoints(m_settings, this))
    , m_devPods(new SimulatedDevPods(m_settings, this))
    , m_rayClusters(new SimulatedRayClusters(m_settings, this))
{
    connect(m_rayClusters, &SimulatedRayClusters::changed, this, &WorkspaceSimulator::rayClusterChanged);
    connect(m_rayClusters, &SimulatedRayClusters::removed, this, &WorkspaceSimulator::rayClusterRemoved);
    connect(m_endpoints, &SimulatedEndpoints::changed, this, &WorkspaceSimulator::endpointChanged);
    connect(m_endpoints, &SimulatedEndpoints::removed, this, &WorkspaceSimulator::endpointRemoved);
    connect(m_devPods, &SimulatedDevPods::changed, this, &WorkspaceSimulator::devPodChanged);
    connect(m_devPods, &SimulatedDevPods::removed, this, &WorkspaceSimulator::devPodRemoved);
    setUpRoutes();
}

WorkspaceSimulator::~WorkspaceSimulator() = default;

void WorkspaceSimulator::setWorkspaceId(const QString &id) { m_settings.workspaceId = id; }
QString WorkspaceSimulator::workspaceId() const { return m_settings.workspaceId; }
void WorkspaceSimulator::setToken(const QString &token) { m_token = token; }
QString WorkspaceSimulator::token() const { return m_token; }
void WorkspaceSimulator::setUserName(const QString &user) { m_settings.user = user; }
QString WorkspaceSimulator::userName() const { return m_settings.user; }
void WorkspaceSimulator::setWorkspaceName(const QString &name) { m_workspaceName = name; }
void WorkspaceSimulator::setWorkspaceState(const QString &state) { m_workspaceState = state; }
void WorkspaceSimulator::setTransitionDelay(std::chrono::milliseconds delay) { m_settings.transitionDelay = delay; }
std::chrono::milliseconds WorkspaceSimulator::transitionDelay() const { return m_settings.transitionDelay; }
void WorkspaceSimulator::setLatency(std::chrono::milliseconds latency) { m_latency = latency; }
std::chrono::milliseconds WorkspaceSimulator::latency() const { return m_latency; }
void WorkspaceSimulator::setRequireMinWithMax(bool require) { m_requireMinWithMax = require; }
void WorkspaceSimulator::setNewDeploymentApi(bool on) { m_newApi = on; }
bool WorkspaceSimulator::newDeploymentApi() const { return m_newApi; }

bool WorkspaceSimulator::listen(quint16 port)
{
    if (m_port != 0)
        return true;
    m_port = m_server->listen(QHostAddress::LocalHost, port);
    return m_port != 0;
}

bool WorkspaceSimulator::isListening() const
{
    return m_port != 0;
}

quint16 WorkspaceSimulator::port() const
{
    return m_port;
}

QUrl WorkspaceSimulator::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    url.setPath(ApiPrefix + m_settings.workspaceId);
    return url;
}

void WorkspaceSimulator::setUpRoutes()
{
    using Method = QHttpServerRequest::Method;
    const QString base = ApiPrefix + QStringLiteral("<arg>");
    enum class Generation { Both, Legacy, New };
    // Routes of one generation answer like a missing route while the workspace speaks the other.
    const auto guarded = [this](Generation generation, Handler handler) -> Handler {
        return [this, generation, handler](const RecordedRequest &request) {
            if ((generation == Generation::Legacy && m_newApi) || (generation == Generation::New && !m_newApi))
                return SimulatorReply::noRoute();
            return handler(request);
        };
    };
    const auto route0 = [&](const QString &path, Method method, Generation generation, Handler handler) {
        m_server->route(base + path, method,
                        [this, handler = guarded(generation, std::move(handler))](
                            const QString &ws, const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                            serve(request, std::move(responder), ws, handler);
                        });
    };
    using Handler1 = std::function<Reply(const QString &, const RecordedRequest &)>;
    const auto route1 = [&](const QString &path, Method method, Generation generation, Handler1 handler) {
        m_server->route(base + path, method,
                        [this, generation, guard = guarded, handler](const QString &ws, const QString &name,
                                                                     const QHttpServerRequest &request,
                                                                     QHttpServerResponder &&responder) {
                            serve(request, std::move(responder), ws,
                                  guard(generation, [handler, name](const RecordedRequest &recorded) {
                                      return handler(name, recorded);
                                  }));
                        });
    };
    using Handler2 = std::function<Reply(const QString &, const QString &, const RecordedRequest &)>;
    const auto route2 = [&](const QString &path, Method method, Generation generation, Handler2 handler) {
        m_server->route(base + path, method,
                        [this, generation, guard = guarded, handler](const QString &ws, const QString &name,
                                                                     const QString &second,
                                                                     const QHttpServerRequest &request,
                                                                     QHttpServerResponder &&responder) {
                            serve(request, std::move(responder), ws,
                                  guard(generation, [handler, name, second](const RecordedRequest &recorded) {
                                      return handler(name, second, recorded);
                                  }));
                        });
    };
    const auto dryRun = [](const RecordedRequest &request) {
        return request.query.queryItemValue(QStringLiteral("dryrun")).compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
    };

    route0(QStringLiteral("/workspace"), Method::Get, Generation::Both,
           [this](const RecordedRequest &) { return workspaceReply(); });
    m_server->route(base, Method::Get,
                    [this](const QString &ws, const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                        serve(request, std::move(responder), ws, [this](const RecordedRequest &) {
                            return SimulatorReply::json(QJsonObject{{QStringLiteral("display_name"), m_workspaceName}});
                        });
                    });
    route0(QStringLiteral("/tokens"), Method::Get, Generation::Both, [this](const RecordedRequest &) {
        const QString token = m_token;
        const QString masked = token.size() > 4 ? token.left(2) + QStringLiteral("...") + token.right(2) : QStringLiteral("...");
        return SimulatorReply::json(QJsonArray{QJsonObject{{QStringLiteral("masked_value"), masked},
                                                           {QStringLiteral("expires_at"), m_tokenExpiry.toMSecsSinceEpoch()}}});
    });

    // Ray clusters: both generations.
    const QString cluster = QStringLiteral("/rayclusters/<arg>");
    route0(QStringLiteral("/rayclusters"), Method::Get, Generation::Both,
           [this](const RecordedRequest &) { return m_rayClusters->listReply(); });
    route1(cluster, Method::Get, Generation::Both,
           [this](const QString &name, const RecordedRequest &) { return m_rayClusters->getReply(name); });
    route1(cluster, Method::Patch, Generation::Both, [this, dryRun](const QString &name, const RecordedRequest &request) {
        return m_rayClusters->patchReply(name, request.body, dryRun(request), m_settings.user);
    });
    route1(cluster, Method::Delete, Generation::Both,
           [this](const QString &name, const RecordedRequest &) { return m_rayClusters->deleteReply(name); });

    // The legacy generation: /deployments.
    const QString one = QStringLiteral("/deployments/<arg>");
    route0(QStringLiteral("/deployments"), Method::Get, Generation::Legacy,
           [this](const RecordedRequest &) { return listReply(); });
    route1(one, Method::Get, Generation::Legacy,
           [this](const QString &name, const RecordedRequest &) { return getReply(name); });
    route1(one, Method::Patch, Generation::Legacy,
           [this](const QString &name, const RecordedRequest &request) { return patchReply(name, request); });
    route1(one, Method::Delete, Generation::Legacy,
           [this](const QString &name, const RecordedRequest &) { return deleteReply(name); });
    route1(one + QStringLiteral("/restart"), Method::Put, Generation::Legacy,
           [this](const QString &name, const RecordedRequest &) { return restartReply(name); });
    route1(one + QStringLiteral("/replicas"), Method::Get, Generation::Legacy,
           [this](const QString &name, const RecordedRequest &) { return replicasReply(name); });
    route1(one + QStringLiteral("/events"), Method::Get, Generation::Legacy,
           [this](const QString &name, const RecordedRequest &) { return eventsReply(name); });
    route1(one + QStringLiteral("/readiness"), Method::Get, Generation::Legacy,
           [this](const QString &name, const RecordedRequest &) { return readinessReply(name); });
    route1(one + QStringLiteral("/termination"), Method::Get, Generation::Legacy,
           [this](const QString &name, const RecordedRequest &) { return terminationReply(name); });
    route2(one + QStringLiteral("/replicas/<arg>/log"), Method::Get, Generation::Legacy,
           [this](const QString &name, const QString &replica, const RecordedRequest &) { return logReply(name, replica); });

    // The new generation: /endpoints and /devpods.
    const QString endpoint = QStringLiteral("/endpoints/<arg>");
    route0(QStringLiteral("/endpoints"), Method::Get, Generation::New,
           [this](const RecordedRequest &) { return m_endpoints->listReply(); });
    route1(endpoint, Method::Get, Generation::New,
           [this](const QString &name, const RecordedRequest &) { return m_endpoints->getReply(name); });
    route1(endpoint, Method::Patch, Generation::New, [this, dryRun](const QString &name, const RecordedRequest &request) {
        return m_endpoints->patchReply(name, request.body, dryRun(request), m_settings.user);
    });
    route1(endpoint, Method::Delete, Generation::New,
           [this](const QString &name, const RecordedRequest &) { return m_endpoints->deleteReply(name); });
    route1(endpoint + QStringLiteral("/restart"), Method::Put, Generation::New,
           [this](const QString &name, const RecordedRequest &) { return m_endpoints->restartReply(name); });
    route1(endpoint + QStringLiteral("/replicas"), Method::Get, Generation::New,
           [this](const QString &name, const RecordedRequest &) { return m_endpoints->replicasReply(name); });
    route1(endpoint + QStringLiteral("/events"), Method::Get, Generation::New,
           [this](const QString &name, const RecordedRequest &) { return m_endpoints->eventsReply(name); });
    route1(endpoint + QStringLiteral("/history"), Method::Get, Generation::New,
           [this](const QString &name, const RecordedRequest &) { return m_endpoints->historyReply(name); });
    route2(endpoint + QStringLiteral("/replicas/<arg>/log"), Method::Get, Generation::New,
           [this](const QString &name, const QString &replica, const RecordedRequest &) {
               return m_endpoints->logReply(name, replica);
           });
    const QString devPod = QStringLiteral("/devpods/<arg>");
    route0(QStringLiteral("/devpods"), Method::Get, Generation::New,
           [this](const RecordedRequest &) { return m_devPods->listReply(); });
    route1(devPod, Method::Get, Generation::New,
           [this](const QString &name, const RecordedRequest &) { return m_devPods->getReply(name); });
    route1(devPod, Method::Patch, Generation::New, [this, dryRun](const QString &name, const RecordedRequest &request) {
        return m_devPods->patchReply(name, request.body, dryRun(request), m_settings.user);
    });
    route1(devPod, Method::Delete, Generation::New,
           [this](const QString &name, const RecordedRequest &) { return m_devPods->deleteReply(name); });
    route1(devPod + QStringLiteral("/restart"), Method::Put, Generation::New,
           [this](const QString &name, const RecordedRequest &) { return m_devPods->restartReply(name); });
    route1(devPod + QStringLiteral("/replicas"), Method::Get, Generation::New,
           [this](const QString &name, const RecordedRequest &) { return m_devPods->replicasReply(name); });

    // Everything else: still recorded, faults and auth still apply, then Go's plain 404.
    m_server->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        const QString path = request.url().path();
        QString workspace; // null: not under a workspace, no workspace or auth check
        if (path.startsWith(ApiPrefix))
            workspace = path.mid(ApiPrefix.size()).section(QLatin1Char('/'), 0, 0);
        serve(request, std::move(responder), workspace, [](const RecordedRequest &) {
            return error(404, QStringLiteral("NotFound"), QStringLiteral("404 page not found"));
        });
    });
}

// ---------------------------------------------------------------------------------------------
// Request handling

void WorkspaceSimulator::serve(const QHttpServerRequest &request, QHttpServerResponder &&responder,
                               const QString &workspace, const Handler &handler)
{
    RecordedRequest recorded;
    recorded.method = methodName(request.method());
    recorded.path = request.url().path();
    recorded.query = request.query();
    recorded.headers = request.headers();
    recorded.body = request.body();
    recorded.receivedAtMs = nowMs();
    m_requests.append(recorded);
    if (const QByteArray origin = recorded.header(QByteArrayLiteral("origin")); !origin.isEmpty())
        m_lastOrigin = origin;
    emit requestReceived(recorded.method, recorded.path);

    const auto process = [&]() -> Reply {
        if (!workspace.isNull()) {
            if (workspace != m_settings.workspaceId) {
                return error(404, QStringLiteral("NotFound"),
                             QStringLiteral("workspace %1 not found").arg(workspace));
            }
            const QByteArray authorization = recorded.header(QByteArrayLiteral("Authorization"));
            const bool bearer = authorization.size() > 7
                && authorization.left(7).compare(QByteArrayLiteral("Bearer "), Qt::CaseInsensitive) == 0;
            if (!bearer || authorization.mid(7) != m_token.toUtf8()) {
                Reply reply = error(401, QStringLiteral("Unauthorized"),
                                    bearer ? QStringLiteral("invalid token")
                                           : QStringLiteral("missing Authorization: Bearer <token> header"));
                reply.headers.append({QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer")});
                return reply;
            }
        }
        return handler(recorded);
    };

    for (int i = 0; i < m_faults.size(); ++i) {
        Fault &candidate = m_faults[i];
        if (!candidate.method.isEmpty() && candidate.method.compare(recorded.method, Qt::CaseInsensitive) != 0)
            continue;
        if (!candidate.path.isEmpty()) {
            const QRegularExpression pattern(candidate.path);
            const bool matches = pattern.isValid() ? pattern.match(recorded.path).hasMatch()
                                                   : recorded.path.contains(candidate.path);
            if (!matches)
                continue;
        }
        const Fault fault = candidate;
        if (candidate.count > 0 && --candidate.count == 0)
            m_faults.removeAt(i);
        const bool runsRequest = fault.applyRequest || fault.kind == Fault::Kind::MalformedJson
            || fault.kind == Fault::Kind::TruncatedBody || fault.kind == Fault::Kind::WrongShape
            || fault.kind == Fault::Kind::SlowDrip;
        performFault(fault, std::move(responder), runsRequest ? process() : Reply{});
        return;
    }
    deliver(std::move(responder), process());
}

void WorkspaceSimulator::deliver(QHttpServerResponder &&responder, const Reply &reply)
{
    if (m_latency.count() <= 0) {
        writeReply(responder, reply.status, reply.contentType, reply.headers, reply.body);
        return;
    }
    auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
    const QPointer<QTcpSocket> socket = held->socket();
    QTimer::singleShot(m_latency, this, [held, socket, reply] {
        if (connected(socket))
            writeReply(*held, reply.status, reply.contentType, reply.headers, reply.body);
    });
}

void WorkspaceSimulator::performFault(const Fault &fault, QHttpServerResponder &&responder, const Reply &real)
{
    const QPointer<QTcpSocket> socket = responder.socket();
    const auto later = [this](std::function<void()> action) {
        if (m_latency.count() <= 0)
            action();
        else
            QTimer::singleShot(m_latency, this, std::move(action));
    };

    switch (fault.kind) {
    case Fault::Kind::HttpStatus:
        deliver(std::move(responder), Reply{fault.status, fault.body, fault.contentType, fault.headers});
        return;
    case Fault::Kind::MalformedJson:
        deliver(std::move(responder),
                Reply{200, fault.body.isEmpty() ? garble(real.body) : fault.body, "application/json", {}});
        return;
    case Fault::Kind::WrongShape:
        deliver(std::move(responder),
                Reply{200, fault.body.isEmpty() ? reshape(real.body) : fault.body, "application/json", {}});
        return;
    case Fault::Kind::HugeBody:
        deliver(std::move(responder), Reply{200, hugeBody(fault.size, fault.body), "application/json", {}});
        return;
    case Fault::Kind::Hang:
        // Nothing is ever written; the client's timeout has to end it.
        return;
    case Fault::Kind::CloseConnection:
        later([socket] {
            if (socket)
                socket->abort();
        });
        return;
    case Fault::Kind::TruncatedBody:
        later([socket, real] {
            if (!connected(socket))
                return;
            const QByteArray body = real.body.isEmpty() ? QByteArrayLiteral("{\"metadata\":{}}") : real.body;
            socket->write(rawHead(real.status, real.contentType, real.headers, body.size()));
            socket->write(body.left(body.size() / 2));
            socket->disconnectFromHost(); // writes what is buffered, then closes
        });
        return;
    case Fault::Kind::StreamedBody: {
        const auto written = m_streamedBodyBytes;
        *written = 0;
        later([socket, fault, written] {
            if (!connected(socket))
                return;
            QByteArray head = "HTTP/1.1 " + QByteArray::number(fault.status) + ' ' + reasonPhrase(fault.status) + "\r\n";
            head += "Content-Type: " + fault.contentType + "\r\n";
            for (const auto &[key, value] : fault.headers)
                head += key + ": " + value + "\r\n";
            head += "Transfer-Encoding: chunked\r\n\r\n";
            socket->write(head);
            // Each chunk goes out only when the socket has taken the one before: the body is
            // never in memory here, and what the client read is what went out.
            static constexpr qint64 ChunkSize = 64 * 1024;
            const QByteArray filler = fault.body.isEmpty()
                ? QByteArray(ChunkSize, 'x')
                : fault.body.repeated(int(ChunkSize / fault.body.size() + 1)).left(ChunkSize);
            auto queued = std::make_shared<qint64>(0); // body bytes handed to the socket
            const qint64 total = std::max<qint64>(0, fault.size);
            auto pump = [socket, filler, total, queued] {
                while (connected(socket) && socket->bytesToWrite() < 2 * ChunkSize && *queued < total) {
                    const qint64 n = std::min<qint64>(ChunkSize, total - *queued);
                    socket->write(QByteArray::number(n, 16) + "\r\n" + filler.left(n) + "\r\n");
                    *queued += n;
                }
                if (connected(socket) && *queued >= total && socket->property("streamEnded").isNull()) {
                    socket->setProperty("streamEnded", true);
                    socket->write("0\r\n\r\n");
                }
            };
            // Body bytes the socket has passed to the kernel: everything queued but what waits.
            QObject::connect(socket.data(), &QTcpSocket::bytesWritten, socket.data(), [socket, queued, written, pump] {
                if (!socket)
                    return;
                *written = std::max<qint64>(0, *queued - socket->bytesToWrite());
                pump();
            });
            pump();
        });
        return;
    }
    case Fault::Kind::SlowDrip: {
        const int chunk = std::max(1, fault.chunkSize);
        const auto interval = fault.interval;
        later([socket, real, chunk, interval] {
            if (!connected(socket))
                return;
            socket->write(rawHead(real.status, real.contentType, real.headers, real.body.size()));
            auto *timer = new QTimer(socket.data()); // dies with the connection
            auto offset = std::make_shared<qsizetype>(0);
            QObject::connect(timer, &QTimer::timeout, socket.data(), [timer, socket, real, chunk, offset] {
                if (!connected(socket) || *offset >= real.body.size()) {
                    timer->stop();
                    timer->deleteLater();
                    return;
                }
                socket->write(real.body.mid(*offset, chunk));
                *offset += chunk;
            });
            timer->start(interval);
        });
        return;
    }
    }
}

WorkspaceSimulator::Reply WorkspaceSimulator::json(const QJsonValue &value, int status)
{
    Reply reply;
    reply.status = status;
    reply.body = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    return reply;
}

WorkspaceSimulator::Reply WorkspaceSimulator::error(int status, const QString &code, const QString &message)
{
    return json(QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}, status);
}

// ---------------------------------------------------------------------------------------------
// Routes

QJsonObject WorkspaceSimulator::workspaceInfo() const
{
    const QJsonObject shapes = SimulatorPopulation::supportedShapes();
    int deployments = 0;
    int pods = 0;
    double cpu = 0;
    qint64 memory = 0;
    double accelerators = 0;
    for (const Entry &entry : m_entries) {
        const QJsonObject spec = entry.object.value(QStringLiteral("spec")).toObject();
        if (spec.value(QStringLiteral("is_pod")).toBool())
            ++pods;
        else
            ++deployments;
        const QJsonObject shape = shapes.value(spec.value(QStringLiteral("resource_requirement"))
                                                   .toObject()
                                                   .value(QStringLiteral("resource_shape"))
                                                   .toString())
                                      .toObject();
        cpu += entry.replicas * shape.value(QStringLiteral("cpu")).toDouble();
        memory += entry.replicas * qint64(shape.value(QStringLiteral("memory")).toDouble());
        accelerators += entry.replicas * shape.value(QStringLiteral("accelerator_num")).toDouble();
    }
    const auto total = [](double c, qint64 m, double a) {
        return QJsonObject{{QStringLiteral("cpu"), c}, {QStringLiteral("memory"), m},
                           {QStringLiteral("accelerator_num"), a}};
    };
    QJsonObject info{
        {QStringLiteral("build_time"), QStringLiteral("2026-11-20T08:12:45Z")},
        {QStringLiteral("git_commit"), QStringLiteral("v0.27.3-14-g9c1d2e4")},
        {QStringLiteral("workspace_name"), m_workspaceName},
        {QStringLiteral("workspace_tier"), QStringLiteral("enterprise")},
        {QStringLiteral("workspace_state"), m_workspaceState},
        {QStringLiteral("supported_shapes"), shapes},
        {QStringLiteral("not_in_use"), false},
        {QStringLiteral("workspace_disk_usage_bytes"), qint64(734) * 1024 * 1024 * 1024},
        {QStringLiteral("workloads"),
         QJsonObject{{QStringLiteral("num_deployments"), deployments},
                     {QStringLiteral("num_jobs"), 3},
                     {QStringLiteral("num_pods"), pods},
                     {QStringLiteral("num_secrets"), 6},
                     {QStringLiteral("num_image_pull_secrets"), 2}}},
        {QStringLiteral("resource_quota"),
         QJsonObject{{QStringLiteral("limit"), total(4096, qint64(16) * 1024 * 1024, 256)},
                     {QStringLiteral("used"), total(cpu, memory, accelerators)}}},
        {QStringLiteral("dedicated_node_group_only"), false},
    };
    if (m_newApi) {
        // The switch the SDK reads (types/workspace.py WorkspaceFeatures); an older server
        // leaves the key out.
        info.insert(QStringLiteral("features"), QJsonObject{{QStringLiteral("enable_new_deployment_api"), true}});
        QJsonObject workloads = info.value(QStringLiteral("workloads")).toObject();
        workloads.insert(QStringLiteral("num_deployments"), m_endpoints->all().size());
        workloads.insert(QStringLiteral("num_pods"), m_devPods->all().size());
        info.insert(QStringLiteral("workloads"), workloads);
    }
    return info;
}

WorkspaceSimulator::Reply WorkspaceSimulator::workspaceReply() const
{
    return json(workspaceInfo());
}

WorkspaceSimulator::Reply WorkspaceSimulator::listReply() const
{
    QJsonArray list;
    for (const QString &name : m_order)
        list.append(m_entries.value(name).object);
    return json(list);
}

WorkspaceSimulator::Reply WorkspaceSimulator::getReply(const QString &name) const
{
    const auto it = m_entries.constFind(name);
    if (it == m_entries.constEnd())
        return error(404, QStringLiteral("NotFound"), QStringLiteral("deployment %1 not found").arg(name));
    return json(it->object);
}

WorkspaceSimulator::Reply WorkspaceSimulator::patchReply(const QString &name, const RecordedRequest &request)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return error(400, QStringLiteral("InvalidRequest"),
                     parseError.error != QJsonParseError::NoError
                         ? QStringLiteral("invalid request body: %1").arg(parseError.errorString())
                         : QStringLiteral("invalid request body: expected a JSON object"));
    }
    const bool dryRun = request.query.queryItemValue(QStringLiteral("dryrun")).compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
    const PatchOutcome outcome = applyPatch(name, document.object(), m_settings.user, dryRun);
    if (!outcome.ok)
        return error(outcome.status, outcome.code, outcome.message);
    return json(outcome.result);
}

WorkspaceSimulator::PatchOutcome WorkspaceSimulator::applyPatch(const QString &name, const QJsonObject &patch,
                                                                const QString &by, bool dryRun)
{
    PatchOutcome outcome;
    const auto fail = [&outcome](int status, const QString &code, const QString &message) {
        outcome.ok = false;
        outcome.status = status;
        outcome.code = code;
        outcome.message = message;
        return outcome;
    };

    const auto it = m_entries.find(name);
    if (it == m_entries.end())
        return fail(404, QStringLiteral("NotFound"), QStringLiteral("deployment %1 not found").arg(name));
    if (stateOf(it->object) == QLatin1String("Deleting"))
        return fail(409, QStringLiteral("Conflict"), QStringLiteral("deployment %1 is being deleted").arg(name));

    // Only spec, metadata.labels and metadata.visibility can be changed. Everything else
    // (status, metadata.id/name/version, unknown top-level keys) is ignored, as the CLI's
    // update sends metadata {id, name} along.
    QJsonObject effective;
    if (patch.contains(QStringLiteral("spec"))) {
        const QJsonValue spec = patch.value(QStringLiteral("spec"));
        if (spec.isObject())
            effective.insert(QStringLiteral("spec"), spec);
        else if (!spec.isNull())
            return fail(400, QStringLiteral("InvalidRequest"), QStringLiteral("spec must be an object"));
    }
    const QJsonObject metadataPatch = patch.value(QStringLiteral("metadata")).toObject();
    QJsonObject metadataEffective;
    if (metadataPatch.contains(QStringLiteral("labels"))) {
        const QJsonValue labels = metadataPatch.value(QStringLiteral("labels"));
        if (!labels.isObject() && !labels.isNull())
            return fail(400, QStringLiteral("InvalidRequest"), QStringLiteral("metadata.labels must be an object"));
        const QJsonObject labelObject = labels.toObject();
        for (auto label = labelObject.constBegin(); label != labelObject.constEnd(); ++label) {
            if (!label.value().isString() && !label.value().isNull()) {
                return fail(400, QStringLiteral("InvalidRequest"),
                            QStringLiteral("metadata.labels.%1 must be a string").arg(label.key()));
            }
        }
        metadataEffective.insert(QStringLiteral("labels"), labels);
    }
    if (metadataPatch.contains(QStringLiteral("visibility"))) {
        const QString visibility = metadataPatch.value(QStringLiteral("visibility")).toString();
        if (visibility != QLatin1String("public") && visibility != QLatin1String("private")) {
            return fail(400, QStringLiteral("InvalidRequest"),
                        QStringLiteral("metadata.visibility must be \"public\" or \"private\""));
        }
        metadataEffective.insert(QStringLiteral("visibility"), visibility);
    }
    if (!metadataEffective.isEmpty())
        effective.insert(QStringLiteral("metadata"), metadataEffective);

    const QJsonObject before = it->object;
    QJsonObject merged = JsonMergePatch::apply(before, effective);
    if (merged == before)
        return fail(400, QStringLiteral("InvalidRequest"), QStringLiteral("no valid field to update"));
    if (const QString problem = validate(effective, merged); !problem.isEmpty())
        return fail(400, QStringLiteral("InvalidRequest"), problem);

    // A new shape brings its per-replica resources, unless the patch set them itself.
    const QStringList resourcesPath{QStringLiteral("spec"), QStringLiteral("resource_requirement")};
    const QString shapeBefore = objectAt(before, resourcesPath).value(QStringLiteral("resource_shape")).toString();
    QJsonObject resources = objectAt(merged, resourcesPath);
    const QString shapeAfter = resources.value(QStringLiteral("resource_shape")).toString();
    if (shapeAfter != shapeBefore) {
        const QJsonObject shape = SimulatorPopulation::supportedShapes().value(shapeAfter).toObject();
        const QJsonObject patchResources = objectAt(effective, resourcesPath);
        for (const char *key : {"cpu", "memory", "accelerator_type", "accelerator_num"}) {
            const QString field = QLatin1String(key);
            if (patchResources.contains(field))
                continue;
            if (shape.contains(field))
                resources.insert(field, shape.value(field));
            else
                resources.remove(field);
        }
        setAt(merged, resourcesPath, resources);
    }

    const bool replicaAffecting = replacesReplicas(before.value(QStringLiteral("spec")).toObject(),
                                                   merged.value(QStringLiteral("spec")).toObject());
    QJsonObject metadata = merged.value(QStringLiteral("metadata")).toObject();
    metadata.insert(QStringLiteral("version"), metadata.value(QStringLiteral("version")).toInt() + 1);
    metadata.insert(QStringLiteral("last_modified_at"), nowMs());
    metadata.insert(QStringLiteral("last_modified_by"), by);
    metadata.insert(QStringLiteral("semantic_version"),
                    bumpSemanticVersion(metadata.value(QStringLiteral("semantic_version")).toString(),
                                        replicaAffecting));
    if (replicaAffecting) {
        metadata.insert(QStringLiteral("replica_version"),
                        QString::number(metadata.value(QStringLiteral("replica_version")).toString().toInt() + 1));
    }
    merged.insert(QStringLiteral("metadata"), metadata);

    outcome.ok = true;
    if (dryRun) {
        outcome.result = merged;
        return outcome;
    }

    it->object = merged;
    addEvent(*it, QStringLiteral("Normal"), QStringLiteral("Updated"),
             QStringLiteral("deployment updated by %1 (version %2)")
                 .arg(by)
                 .arg(metadata.value(QStringLiteral("version")).toInt()));
    planTransition(*it, before, replicaAffecting);
    outcome.result = m_entries.value(name).object;
    emit deploymentChanged(name);
    return outcome;
}

QString WorkspaceSimulator::validate(const QJsonObject &effectivePatch, const QJsonObject &merged) const
{
    const QJsonObject spec = merged.value(QStringLiteral("spec")).toObject();
    const QJsonObject resources = spec.value(QStringLiteral("resource_requirement")).toObject();
    const QString rr = QStringLiteral("spec.resource_requirement.");

    // A stored null is no value (the SDK's Optional[int]; pydantic writes unset fields as null),
    // so a deployment holding "max_replicas": null takes patches like one without the key.
    const auto present = [](const QJsonValue &value) { return !value.isUndefined() && !value.isNull(); };
    const QJsonValue min = resources.value(QStringLiteral("min_replicas"));
    const QJsonValue max = resources.value(QStringLiteral("max_replicas"));
    if (present(min) && (!isInteger(min) || min.toDouble() < 0)) {
        return QStringLiteral("%1min_replicas must be a non-negative integer, found %2")
            .arg(rr, QString::fromUtf8(QJsonDocument(QJsonArray{min}).toJson(QJsonDocument::Compact)).mid(1).chopped(1));
    }
    if (present(max) && (!isInteger(max) || max.toDouble() < 0)) {
        return QStringLiteral("%1max_replicas must be a non-negative integer, found %2")
            .arg(rr, QString::fromUtf8(QJsonDocument(QJsonArray{max}).toJson(QJsonDocument::Compact)).mid(1).chopped(1));
    }
    const QJsonObject patchResources = objectAt(effectivePatch, {QStringLiteral("spec"), QStringLiteral("resource_requirement")});
    if (m_requireMinWithMax && patchResources.contains(QStringLiteral("max_replicas"))
        && !patchResources.value(QStringLiteral("max_replicas")).isNull()
        && !patchResources.contains(QStringLiteral("min_replicas"))) {
        return QStringLiteral("%1min_replicas must be specified if %1max_replicas is specified").arg(rr);
    }
    if (present(min) && present(max) && max.toInt() < min.toInt()) {
        return QStringLiteral("%1max_replicas (%2) must not be smaller than min_replicas (%3)")
            .arg(rr)
            .arg(max.toInt())
            .arg(min.toInt());
    }
    if (resources.contains(QStringLiteral("resource_shape"))) {
        const QString shape = resources.value(QStringLiteral("resource_shape")).toString();
        if (!SimulatorPopulation::supportedShapes().contains(shape)) {
            return QStringLiteral("%1resource_shape \"%2\" is not supported in this workspace (supported: %3)")
                .arg(rr, shape, SimulatorPopulation::shapeNames().join(QStringLiteral(", ")));
        }
    }

    const QJsonObject scaler = spec.value(QStringLiteral("auto_scaler")).toObject();
    const QString as = QStringLiteral("spec.auto_scaler.");
    const QJsonValue gpu = scaler.value(QStringLiteral("target_gpu_utilization_percentage"));
    if (!gpu.isUndefined() && !gpu.isNull() && (!isInteger(gpu) || gpu.toDouble() < 0 || gpu.toDouble() > 100)) {
        return QStringLiteral("%1target_gpu_utilization_percentage must be an integer between 0 and 100, found %2")
            .arg(as)
            .arg(gpu.toDouble());
    }
    const QJsonObject scaleDown = scaler.value(QStringLiteral("scale_down")).toObject();
    for (const char *key : {"no_traffic_timeout", "not_ready_timeout"}) {
        const QJsonValue timeout = scaleDown.value(QLatin1String(key));
        if (!timeout.isUndefined() && !timeout.isNull() && (!isInteger(timeout) || timeout.toDouble() < 0)) {
            return QStringLiteral("%1scale_down.%2 must be a non-negative integer (seconds), found %3")
                .arg(as, QLatin1String(key))
                .arg(timeout.toDouble());
        }
    }
    const QJsonValue qpm = scaler.value(QStringLiteral("target_throughput")).toObject().value(QStringLiteral("qpm"));
    if (!qpm.isUndefined() && !qpm.isNull() && (!qpm.isDouble() || qpm.toDouble() < 0))
        return QStringLiteral("%1target_throughput.qpm must be a non-negative number, found %2").arg(as).arg(qpm.toDouble());

    const QJsonObject container = spec.value(QStringLiteral("container")).toObject();
    if (container.contains(QStringLiteral("image"))
        && container.value(QStringLiteral("image")).toString().trimmed().isEmpty()) {
        return QStringLiteral("spec.container.image must not be empty");
    }
    const QJsonArray ports = container.value(QStringLiteral("ports")).toArray();
    for (const QJsonValue &port : ports) {
        const QJsonValue number = port.toObject().value(QStringLiteral("container_port"));
        if (!isInteger(number) || number.toInt() < 1 || number.toInt() > 65535)
            return QStringLiteral("spec.container.ports[].container_port must be between 1 and 65535");
    }
    const QJsonArray envs = spec.value(QStringLiteral("envs")).toArray();
    for (const QJsonValue &env : envs) {
        if (env.toObject().value(QStringLiteral("name")).toString().isEmpty())
            return QStringLiteral("spec.envs[].name is required");
    }
    return {};
}

void WorkspaceSimulator::planTransition(Entry &entry, const QJsonObject &before, bool replicaAffecting)
{
    const QString name = keyOf(entry.object);
    const int minBefore = minReplicasOf(before);
    const int maxBefore = maxReplicasOf(before);
    const int minAfter = minReplicasOf(entry.object);
    const int maxAfter = maxReplicasOf(entry.object);
    const int desiredBefore = desiredOf(before, entry.replicas);
    const bool up = desiredBefore > 0;
    const bool replicasChanged = minBefore != minAfter || maxBefore != maxAfter;
    const auto clamp = [&](int desired) {
        desired = std::max({desired, minAfter, 1});
        if (maxAfter >= minAfter && maxAfter > 0)
            desired = std::min(desired, maxAfter);
        return desired;
    };
    const QStringList desiredPath{QStringLiteral("status"), QStringLiteral("autoscaler_status"),
                                  QStringLiteral("desired_replicas")};

    if (minAfter == 0) {
        if (up) {
            setAt(entry.object, desiredPath, 0);
            startTransition(name, QStringLiteral("Stopping"), QStringLiteral("Stopped"), 0);
        }
        return;
    }
    if (!up) {
        if (replicasChanged) {
            const int desired = clamp(minAfter);
            setAt(entry.object, desiredPath, desired);
            entry.replicas = desired;
            startTransition(name, QStringLiteral("Starting"), QStringLiteral("Ready"), desired);
        }
        return;
    }
    const int desired = clamp(desiredBefore);
    setAt(entry.object, desiredPath, desired);
    if (replicaAffecting)
        startTransition(name, QStringLiteral("Updating"), QStringLiteral("Ready"), desired);
    else if (desired != desiredBefore)
        startTransition(name, QStringLiteral("Scaling"), QStringLiteral("Ready"), desired);
}

void WorkspaceSimulator::startTransition(const QString &name, const QString &transitional,
                                         const QString &finalState, int finalReplicas)
{
    const auto it = m_entries.find(name);
    if (it == m_entries.end())
        return;
    const quint64 generation = m_nextGeneration++;
    it->generation = generation;
    setState(*it, transitional);
    addEvent(*it, QStringLiteral("Normal"), transitional, QStringLiteral("deployment is %1").arg(transitional.toLower()));

    scheduleFinish(name, generation, finalState, finalReplicas);
}

void WorkspaceSimulator::scheduleFinish(const QString &name, quint64 generation, const QString &finalState,
                                        int finalReplicas)
{
    QTimer::singleShot(m_settings.transitionDelay, this, [this, name, generation, finalState, finalReplicas] {
        const auto entry = m_entries.find(name);
        if (entry == m_entries.end() || entry->generation != generation)
            return; // replaced, removed or overtaken by a later change
        if (finalState.isNull()) {
            m_entries.erase(entry);
            m_order.removeAll(name);
            emit deploymentRemoved(name);
            return;
        }
        entry->replicas = finalReplicas;
        setState(*entry, finalState);
        addEvent(*entry, QStringLiteral("Normal"), finalState,
                 QStringLiteral("deployment is %1 with %2 replica(s)").arg(finalState.toLower()).arg(finalReplicas));
        emit deploymentChanged(name);
    });
}

void WorkspaceSimulator::setState(Entry &entry, const QString &state)
{
    QJsonObject status = entry.object.value(QStringLiteral("status")).toObject();
    status.insert(QStringLiteral("state"), state);
    QJsonObject scaler = status.value(QStringLiteral("autoscaler_status")).toObject();
    scaler.insert(QStringLiteral("last_transition_time"), nowMs() / 1000);
    if (state == QLatin1String("Ready") || state == QLatin1String("Stopped")) {
        scaler.insert(QStringLiteral("conditions"),
                      QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("AbleToScale")},
                                             {QStringLiteral("status"), QStringLiteral("True")},
                                             {QStringLiteral("last_transition_time"), nowMs() / 1000},
                                             {QStringLiteral("message"), QString()}}});
    }
    status.insert(QStringLiteral("autoscaler_status"), scaler);
    entry.object.insert(QStringLiteral("status"), status);
}

void WorkspaceSimulator::addEvent(Entry &entry, const QString &type, const QString &reason, const QString &message)
{
    const QString name = keyOf(entry.object);
    entry.events.append(QJsonObject{
        {QStringLiteral("type"), type},
        {QStringLiteral("reason"), reason},
        {QStringLiteral("message"), message},
        {QStringLiteral("count"), 1},
        {QStringLiteral("last_observed_time"), isoTime(nowMs())},
        {QStringLiteral("regarding"),
         QJsonObject{{QStringLiteral("kind"), QStringLiteral("LeptonDeployment")}, {QStringLiteral("name"), name}}},
    });
    while (entry.events.size() > 50)
        entry.events.removeFirst();
}

WorkspaceSimulator::Entry WorkspaceSimulator::makeEntry(const QJsonObject &object) const
{
    Entry entry;
    entry.object = object;
    entry.generation = 0;
    const QString state = stateOf(object);
    const bool down = state == QLatin1String("Stopped");
    entry.replicas = std::max(0, desiredOf(object, down ? 0 : minReplicasOf(object)));

    // A plausible history for the state it is in.
    const QString name = keyOf(object);
    const qint64 modified = object.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("last_modified_at")).toVariant().toLongLong();
    const auto event = [&](const char *type, const char *reason, const QString &message, int count, qint64 at) {
        entry.events.append(QJsonObject{
            {QStringLiteral("type"), QLatin1String(type)},
            {QStringLiteral("reason"), QLatin1String(reason)},
            {QStringLiteral("message"), message},
            {QStringLiteral("count"), count},
            {QStringLiteral("last_observed_time"), isoTime(at)},
            {QStringLiteral("regarding"),
             QJsonObject{{QStringLiteral("kind"), QStringLiteral("LeptonDeployment")}, {QStringLiteral("name"), name}}},
        });
    };
    const QString image = objectAt(object, {QStringLiteral("spec"), QStringLiteral("container")})
                              .value(QStringLiteral("image"))
                              .toString();
    event("Normal", "Pulled", QStringLiteral("Successfully pulled image \"%1\"").arg(image), 1, modified);
    if (state == QLatin1String("Error")) {
        event("Warning", "BackOff", QStringLiteral("Back-off restarting failed container main"), 14, modified + 600000);
    } else if (state == QLatin1String("Not Ready")) {
        event("Warning", "FailedScheduling",
              QStringLiteral("0/12 nodes are available: 12 Insufficient nvidia.com/gpu."), 37, modified + 600000);
    } else if (down) {
        event("Normal", "ScaledToZero", QStringLiteral("scaled to zero replicas"), 1, modified + 60000);
    } else {
        event("Normal", "Started", QStringLiteral("Started container main"), 1, modified + 60000);
    }
    return entry;
}

QStringList WorkspaceSimulator::replicaIds(const QString &name) const
{
    const auto it = m_entries.constFind(name);
    if (it == m_entries.constEnd())
        return {};
    const QString version = it->object.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("replica_version")).toString();
    const QString templateHash = hashChars(stableHash(name + QLatin1Char('/') + version), 10);
    QStringList ids;
    for (int i = 0; i < it->replicas; ++i) {
        ids.append(QStringLiteral("%1-%2-%3").arg(name, templateHash,
                                                   hashChars(stableHash(name + version + QString::number(i)), 5)));
    }
    return ids;
}

WorkspaceSimulator::Reply WorkspaceSimulator::deleteReply(const QString &name)
{
    const auto it = m_entries.find(name);
    if (it == m_entries.end())
        return error(404, QStringLiteral("NotFound"), QStringLiteral("deployment %1 not found").arg(name));
    if (stateOf(it->object) != QLatin1String("Deleting")) {
        startTransition(name, QStringLiteral("Deleting"), QString(), 0);
        emit deploymentChanged(name);
    }
    return json(m_entries.value(name).object);
}

WorkspaceSimulator::Reply WorkspaceSimulator::restartReply(const QString &name)
{
    const auto it = m_entries.find(name);
    if (it == m_entries.end())
        return error(404, QStringLiteral("NotFound"), QStringLiteral("deployment %1 not found").arg(name));
    if (stateOf(it->object) == QLatin1String("Deleting"))
        return error(409, QStringLiteral("Conflict"), QStringLiteral("deployment %1 is being deleted").arg(name));

    const int min = minReplicasOf(it->object);
    const int desired = desiredOf(it->object, it->replicas);
    if (desired <= 0 && min <= 0)
        return json(it->object); // scaled to zero on purpose: nothing to restart

    QJsonObject metadata = it->object.value(QStringLiteral("metadata")).toObject();
    metadata.insert(QStringLiteral("replica_version"),
                    QString::number(metadata.value(QStringLiteral("replica_version")).toString().toInt() + 1));
    it->object.insert(QStringLiteral("metadata"), metadata);
    addEvent(*it, QStringLiteral("Normal"), QStringLiteral("RestartRequested"),
             QStringLiteral("rolling restart requested by %1").arg(m_settings.user));
    if (desired > 0) {
        startTransition(name, QStringLiteral("Restarting"), QStringLiteral("Ready"), desired);
    } else {
        // Idle-scaled (min_replicas > 0 but no replicas): a restart brings it back.
        const int wanted = std::max(1, min);
        setAt(it->object, {QStringLiteral("status"), QStringLiteral("autoscaler_status"), QStringLiteral("desired_replicas")}, wanted);
        it->replicas = wanted;
        startTransition(name, QStringLiteral("Starting"), QStringLiteral("Ready"), wanted);
    }
    emit deploymentChanged(name);
    return json(m_entries.value(name).object);
}

WorkspaceSimulator::Reply WorkspaceSimulator::replicasReply(const QString &name) const
{
    const auto it = m_entries.constFind(name);
    if (it == m_entries.constEnd())
        return error(404, QStringLiteral("NotFound"), QStringLiteral("deployment %1 not found").arg(name));
    const QJsonObject metadata = it->object.value(QStringLiteral("metadata")).toObject();
    QJsonArray list;
    for (const QString &id : replicaIds(name)) {
        const quint64 hash = stableHash(id);
        list.append(QJsonObject{
            {QStringLiteral("id"), id},
            {QStringLiteral("metadata"),
             QJsonObject{{QStringLiteral("id"), id},
                         {QStringLiteral("name"), id},
                         {QStringLiteral("created_at"), metadata.value(QStringLiteral("last_modified_at"))},
                         {QStringLiteral("version"), metadata.value(QStringLiteral("version"))},
                         {QStringLiteral("semantic_version"), metadata.value(QStringLiteral("semantic_version"))},
                         {QStringLiteral("replica_version"), metadata.value(QStringLiteral("replica_version"))}}},
            {QStringLiteral("status"),
             QJsonObject{{QStringLiteral("public_ip"),
                          QStringLiteral("10.%1.%2.%3").arg(hash % 200 + 20).arg((hash >> 8) % 250).arg((hash >> 16) % 250 + 2)},
                         {QStringLiteral("node"),
                          QJsonObject{{QStringLiteral("name"), QStringLiteral("node-%1").arg(hashChars(hash >> 20, 6))},
                                      {QStringLiteral("id"), QStringLiteral("n-%1").arg(hashChars(hash >> 24, 8))}}}}},
        });
    }
    return json(list);
}

WorkspaceSimulator::Reply WorkspaceSimulator::eventsReply(const QString &name) const
{
    const auto it = m_entries.constFind(name);
    if (it == m_entries.constEnd())
        return error(404, QStringLiteral("NotFound"), QStringLiteral("deployment %1 not found").arg(name));
    return json(it->events);
}

WorkspaceSimulator::Reply WorkspaceSimulator::readinessReply(const QString &name) const
{
    const auto it = m_entries.constFind(name);
    if (it == m_entries.constEnd())
        return error(404, QStringLiteral("NotFound"), QStringLiteral("deployment %1 not found").arg(name));
    const QString state = stateOf(it->object);
    const QString shape = objectAt(it->object, {QStringLiteral("spec"), QStringLiteral("resource_requirement")})
                              .value(QStringLiteral("resource_shape"))
                              .toString();
    QString reason = QStringLiteral("Ready");
    QString message;
    if (state == QLatin1String("Starting") || state == QLatin1String("Updating")
        || state == QLatin1String("Restarting") || state == QLatin1String("Scaling")) {
        reason = QStringLiteral("InProgress");
        message = QStringLiteral("replica is starting: pulling image and loading the model");
    } else if (state == QLatin1String("Not Ready")) {
        reason = QStringLiteral("NoCapacity");
        message = QStringLiteral("no node with a free %1 is available; the replica is waiting").arg(shape);
    } else if (state == QLatin1String("Error")) {
        reason = QStringLiteral("ConfigError");
        message = QStringLiteral("container main exited with code 137 (OOMKilled) 14 times");
    } else if (state == QLatin1String("Stopping") || state == QLatin1String("Deleting")) {
        reason = QStringLiteral("Deleting");
        message = QStringLiteral("replica is shutting down");
    } else if (state != QLatin1String("Ready") && state != QLatin1String("Migrating")) {
        reason = QStringLiteral("Unknown");
    }
    const qint64 since = it->object.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("last_modified_at")).toVariant().toLongLong();
    QJsonObject map;
    for (const QString &id : replicaIds(name)) {
        map.insert(id, QJsonArray{QJsonObject{{QStringLiteral("reason"), reason},
                                              {QStringLiteral("message"), message},
                                              {QStringLiteral("creationTimestamp"), isoTime(since)}}});
    }
    return json(map);
}

WorkspaceSimulator::Reply WorkspaceSimulator::terminationReply(const QString &name) const
{
    const auto it = m_entries.constFind(name);
    if (it == m_entries.constEnd())
        return error(404, QStringLiteral("NotFound"), QStringLiteral("deployment %1 not found").arg(name));
    const QString state = stateOf(it->object);
    QJsonObject map;
    if (state == QLatin1String("Error") || state == QLatin1String("Restarting")) {
        const bool crashed = state == QLatin1String("Error");
        const qint64 seconds = nowMs() / 1000;
        for (const QString &id : replicaIds(name)) {
            map.insert(id, QJsonArray{QJsonObject{
                               {QStringLiteral("started_at"), seconds - 420},
                               {QStringLiteral("finished_at"), seconds - 60},
                               {QStringLiteral("exit_code"), crashed ? 137 : 143},
                               {QStringLiteral("reason"), crashed ? QStringLiteral("OOMKilled") : QStringLiteral("Error")},
                               {QStringLiteral("message"),
                                crashed ? QStringLiteral("torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 GiB")
                                        : QStringLiteral("terminated for a rolling restart")},
                           }});
        }
    }
    return json(map);
}

WorkspaceSimulator::Reply WorkspaceSimulator::logReply(const QString &name, const QString &replicaId) const
{
    const auto it = m_entries.constFind(name);
    if (it == m_entries.constEnd())
        return error(404, QStringLiteral("NotFound"), QStringLiteral("deployment %1 not found").arg(name));
    if (!replicaIds(name).contains(replicaId))
        return error(404, QStringLiteral("NotFound"), QStringLiteral("replica %1 not found").arg(replicaId));

    const QJsonObject container = objectAt(it->object, {QStringLiteral("spec"), QStringLiteral("container")});
    const QString image = container.value(QStringLiteral("image")).toString();
    const int port = container.value(QStringLiteral("ports")).toArray().first().toObject().value(QStringLiteral("container_port")).toInt(8080);
    const qint64 start = nowMs() - 15 * 60 * 1000;
    QStringList lines;
    const auto line = [&](int offsetSeconds, const QString &level, const QString &text) {
        lines.append(QStringLiteral("%1 %2 %3").arg(isoTime(start + offsetSeconds * 1000LL), level, text));
    };
    line(0, QStringLiteral("INFO"), QStringLiteral("Starting %1 on replica %2").arg(image, replicaId));
    line(2, QStringLiteral("INFO"), QStringLiteral("Loading model weights from /root/.cache/huggingface"));
    line(41, QStringLiteral("INFO"), QStringLiteral("Model loaded in 39.2s"));
    if (stateOf(it->object) == QLatin1String("Error")) {
        line(43, QStringLiteral("ERROR"), QStringLiteral("Traceback (most recent call last):"));
        line(43, QStringLiteral("ERROR"), QStringLiteral("  File \"/app/server.py\", line 88, in warmup"));
        line(43, QStringLiteral("ERROR"), QStringLiteral("torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 GiB"));
    } else {
        line(42, QStringLiteral("INFO"), QStringLiteral("Uvicorn running on http://0.0.0.0:%1 (Press CTRL+C to quit)").arg(port));
        for (int i = 0; i < 20; ++i) {
            line(60 + i * 37, QStringLiteral("INFO"),
                 QStringLiteral("10.0.%1.%2 - \"POST /v1/chat/completions HTTP/1.1\" 200 OK (%3 ms)")
                     .arg(i % 7)
                     .arg(20 + i)
                     .arg(180 + (i * 53) % 900));
        }
    }
    Reply reply;
    reply.body = lines.join(QLatin1Char('\n')).toUtf8() + '\n';
    reply.contentType = "text/plain; charset=utf-8";
    return reply;
}

// ---------------------------------------------------------------------------------------------
// Test hooks

void WorkspaceSimulator::setDeployments(const QList<QJsonObject> &deployments)
{
    m_entries.clear();
    m_order.clear();
    m_entries.reserve(deployments.size());
    for (const QJsonObject &deployment : deployments) {
        const QString name = keyOf(deployment);
        if (name.isEmpty())
            continue;
        if (!m_entries.contains(name))
            m_order.append(name);
        Entry entry = makeEntry(deployment);
        entry.generation = m_nextGeneration++;
        m_entries.insert(name, entry);
    }
}

QList<QJsonObject> WorkspaceSimulator::deployments() const
{
    QList<QJsonObject> list;
    list.reserve(m_order.size());
    for (const QString &name : m_order)
        list.append(m_entries.value(name).object);
    return list;
}

QStringList WorkspaceSimulator::deploymentNames() const
{
    return m_order;
}

QJsonObject WorkspaceSimulator::deployment(const QString &name) const
{
    return m_entries.value(name).object;
}

bool WorkspaceSimulator::hasDeployment(const QString &name) const
{
    return m_entries.contains(name);
}

void WorkspaceSimulator::setDeployment(const QJsonObject &deployment)
{
    const QString name = keyOf(deployment);
    if (name.isEmpty())
        return;
    Entry entry = makeEntry(deployment);
    if (const auto existing = m_entries.constFind(name); existing != m_entries.constEnd())
        entry.events = existing->events;
    else
        m_order.append(name);
    entry.generation = m_nextGeneration++;
    m_entries.insert(name, entry);
    emit deploymentChanged(name);
}

bool WorkspaceSimulator::removeDeployment(const QString &name)
{
    if (!m_entries.remove(name))
        return false;
    m_order.removeAll(name);
    emit deploymentRemoved(name);
    return true;
}

bool WorkspaceSimulator::applyOutsideChange(const QString &name, const QJsonObject &patch, const QString &by,
                                            QString *error)
{
    const PatchOutcome outcome = applyPatch(name, patch, by, false);
    if (!outcome.ok && error)
        *error = outcome.message;
    return outcome.ok;
}

bool WorkspaceSimulator::simulateIdleScaleDown(const QString &name)
{
    const auto it = m_entries.find(name);
    if (it == m_entries.end())
        return false;
    it->generation = m_nextGeneration++;
    it->replicas = 0;
    setAt(it->object, {QStringLiteral("status"), QStringLiteral("autoscaler_status"), QStringLiteral("desired_replicas")}, 0);
    setState(*it, QStringLiteral("Stopped"));
    const int timeout = objectAt(it->object, {QStringLiteral("spec"), QStringLiteral("auto_scaler"), QStringLiteral("scale_down")})
                            .value(QStringLiteral("no_traffic_timeout"))
                            .toInt(3600);
    const QString message = QStringLiteral("no traffic for %1s: scaled to zero").arg(timeout);
    QJsonObject scaler = objectAt(it->object, {QStringLiteral("status"), QStringLiteral("autoscaler_status")});
    QJsonArray conditions = scaler.value(QStringLiteral("conditions")).toArray();
    QJsonObject condition = conditions.isEmpty() ? QJsonObject{} : conditions.first().toObject();
    condition.insert(QStringLiteral("type"), QStringLiteral("AbleToScale"));
    condition.insert(QStringLiteral("status"), QStringLiteral("True"));
    condition.insert(QStringLiteral("message"), message);
    conditions = QJsonArray{condition};
    scaler.insert(QStringLiteral("conditions"), conditions);
    setAt(it->object, {QStringLiteral("status"), QStringLiteral("autoscaler_status")}, scaler);
    addEvent(*it, QStringLiteral("Normal"), QStringLiteral("ScaledToZero"), message);
    emit deploymentChanged(name);
    return true;
}

void WorkspaceSimulator::settleTransitions()
{
    m_endpoints->settleTransitions();
    m_devPods->settleTransitions();
    m_rayClusters->settleTransitions();
    for (const QString &name : std::as_const(m_order)) {
        Entry &entry = m_entries[name];
        const QString state = stateOf(entry.object);
        const int desired = desiredOf(entry.object, entry.replicas);
        QString finalState;
        int finalReplicas = desired;
        if (state == QLatin1String("Stopping")) {
            finalState = QStringLiteral("Stopped");
            finalReplicas = 0;
        } else if (state == QLatin1String("Deleting")) {
            finalState = QString(); // removed
        } else if (state == QLatin1String("Starting") || state == QLatin1String("Updating")
                   || state == QLatin1String("Scaling") || state == QLatin1String("Restarting")
                   || state == QLatin1String("Migrating")) {
            finalState = QStringLiteral("Ready");
            finalReplicas = std::max(desired, 1);
        } else {
            continue;
        }
        entry.generation = m_nextGeneration++;
        scheduleFinish(name, entry.generation, finalState, finalReplicas);
    }
}

void WorkspaceSimulator::injectFault(const Fault &fault)
{
    if (fault.count != 0)
        m_faults.append(fault);
}

void WorkspaceSimulator::clearFaults()
{
    m_faults.clear();
}

int WorkspaceSimulator::pendingFaults() const
{
    return m_faults.size();
}

qint64 WorkspaceSimulator::streamedBodyBytes() const
{
    return *m_streamedBodyBytes;
}

QList<WorkspaceSimulator::RecordedRequest> WorkspaceSimulator::requests() const
{
    return m_requests;
}

void WorkspaceSimulator::clearRequests()
{
    m_requests.clear();
}

// ---------------------------------------------------------------------------------------------
// The new API's resources

void WorkspaceSimulator::setEndpoints(const QList<QJsonObject> &endpoints) { m_endpoints->set(endpoints); }
QList<QJsonObject> WorkspaceSimulator::endpoints() const { return m_endpoints->all(); }
QJsonObject WorkspaceSimulator::endpoint(const QString &name) const { return m_endpoints->get(name); }
void WorkspaceSimulator::setEndpoint(const QJsonObject &endpoint) { m_endpoints->put(endpoint); }
void WorkspaceSimulator::setDevPods(const QList<QJsonObject> &pods) { m_devPods->set(pods); }
QList<QJsonObject> WorkspaceSimulator::devPods() const { return m_devPods->all(); }
QJsonObject WorkspaceSimulator::devPod(const QString &name) const { return m_devPods->get(name); }
void WorkspaceSimulator::setDevPod(const QJsonObject &pod) { m_devPods->put(pod); }

void WorkspaceSimulator::setRayClusters(const QList<QJsonObject> &clusters) { m_rayClusters->set(clusters); }
QList<QJsonObject> WorkspaceSimulator::rayClusters() const { return m_rayClusters->all(); }
QJsonObject WorkspaceSimulator::rayCluster(const QString &name) const { return m_rayClusters->get(name); }
void WorkspaceSimulator::setRayCluster(const QJsonObject &cluster) { m_rayClusters->put(cluster); }
void WorkspaceSimulator::setTokenExpiry(const QDateTime &expiry) { m_tokenExpiry = expiry; }
QDateTime WorkspaceSimulator::tokenExpiry() const { return m_tokenExpiry; }
QByteArray WorkspaceSimulator::lastOriginHeader() const { return m_lastOrigin; }
