#include "app/api/apitransport.h"

#include "app/api/originpolicy.h"
#include "app/diagnostics/loggingcategories.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace {

// Qt's own buffer for an answer's body, before readyRead takes it.
constexpr qint64 ReadBufferBytes = 1024 * 1024;

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

// A 3xx that ended the request without being followed (no usable Location, too many hops).
ApiError redirectNotFollowed(QNetworkReply *reply, int status)
{
    const QUrl target = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
    const QString where = target.isValid() && !target.host().isEmpty()
        ? ApiTransport::tr("to %1").arg(OriginPolicy::originOf(target))
        : ApiTransport::tr("a redirect that was not followed");
    return ApiError(ApiError::Kind::RedirectRefused, where, status);
}

} // namespace

ApiTransport::ApiTransport(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    // Every redirect is put to send() (see there): followed only within the same origin.
    m_network->setRedirectPolicy(QNetworkRequest::UserVerifiedRedirectPolicy);
}

ApiTransport::~ApiTransport() = default;

void ApiTransport::setBaseUrl(const QUrl &baseUrl)
{
    m_baseUrl = baseUrl;
    QString path = m_baseUrl.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    m_baseUrl.setPath(path);
}

void ApiTransport::setToken(const QString &token)
{
    m_token = token;
    m_authorization = "Bearer " + token.toUtf8();
}

QUrl ApiTransport::urlFor(const QString &path, const QString &query) const
{
    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path() + path, QUrl::StrictMode);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

void ApiTransport::send(const QByteArray &method, const QString &path, const QString &query,
                        const QByteArray &body, QObject *context, RawCallback done)
{
    QNetworkRequest request(urlFor(path, query));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setMaximumRedirectsAllowed(MaxRedirects);
    request.setRawHeader("Authorization", m_authorization);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArray("lepton-console/" LEPTON_CONSOLE_VERSION));
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    // As the SDK does: the workspace's origin URL when the credentials carry one, else for
    // DGX Cloud the workspace URL itself.
    if (!m_origin.isEmpty())
        request.setRawHeader("origin", m_origin);
    else if (m_baseUrl.host().contains(QLatin1String("dgxc")))
        request.setRawHeader("origin", m_baseUrl.toString(QUrl::FullyEncoded).toUtf8());

    QNetworkReply *reply = body.isEmpty() && method != "PATCH"
        ? m_network->sendCustomRequest(request, method)
        : m_network->sendCustomRequest(request, method, body);
    // The body is taken as it arrives, with Qt's own buffer kept small (set at once, before
    // the answer can start arriving).
    reply->setReadBufferSize(ReadBufferBytes);

    // What happened to the exchange besides its HTTP status, decided as it goes.
    struct Exchange {
        bool timedOut = false;
        bool tooLarge = false;
        QUrl refusedRedirect;
        QByteArray received;
    };
    auto exchange = std::make_shared<Exchange>();

    // The whole exchange has a deadline, not just the idle time between packets: a server
    // that drips a byte a second must not hold a refresh forever.
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [reply, exchange] {
        exchange->timedOut = true;
        reply->abort();
    });
    deadline->start(m_timeout);

    // A redirect is followed only to the same origin (scheme, host and port) as the workspace
    // URL, and only where the URL rule lets a token go; anything else ends the request before
    // a byte, let alone the token (or a replayed PATCH), reaches the other address.
    const QUrl origin = m_baseUrl;
    connect(reply, &QNetworkReply::redirected, reply, [reply, exchange, origin](const QUrl &target) {
        if (OriginPolicy::isSameOrigin(origin, target) && OriginPolicy::mayCarryToken(target)) {
            Q_EMIT reply->redirectAllowed();
            return;
        }
        exchange->refusedRedirect = target;
        reply->abort();
    });

    // Whatever the status, a body is never held beyond the size limit: refused at once when
    // its announced length is larger, and as soon as what arrived passes the limit otherwise.
    const qint64 maxBytes = m_maxResponseBytes;
    const auto refuseTooLarge = [reply, exchange] {
        if (exchange->tooLarge)
            return;
        exchange->tooLarge = true;
        exchange->received = QByteArray();
        reply->abort();
    };
    connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, exchange, maxBytes, refuseTooLarge] {
        bool known = false;
        const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
        if (known && length > maxBytes) {
            refuseTooLarge();
        } else if (known && length > 0 && exchange->received.isEmpty()) {
            // One allocation for the whole body: growing a 17 MB buffer copies it over and
            // over on this thread.
            exchange->received.reserve(length);
        }
    });
    // Qt's HTTP thread reports what it has read before the data reaches readyRead.
    connect(reply, &QNetworkReply::downloadProgress, reply, [maxBytes, refuseTooLarge](qint64 bytes, qint64 total) {
        if (bytes > maxBytes || total > maxBytes)
            refuseTooLarge();
    });
    connect(reply, &QNetworkReply::readyRead, reply, [reply, exchange, maxBytes, refuseTooLarge] {
        if (exchange->tooLarge)
            return;
        const qint64 needed = exchange->received.size() + reply->bytesAvailable();
        if (needed > maxBytes)
            return refuseTooLarge();
        // Grown by doubling, but never past the limit: an answer without a length must not
        // hold twice the limit in spare capacity.
        if (needed > exchange->received.capacity())
            exchange->received.reserve(std::min(maxBytes, std::max(needed, 2 * exchange->received.capacity())));
        exchange->received.append(reply->readAll());
    });

    auto elapsed = std::make_shared<QElapsedTimer>();
    elapsed->start();
    QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, guard, done = std::move(done), exchange, elapsed, method, path, maxBytes, hasContext = context != nullptr] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        Q_EMIT requestFinished(QString::fromLatin1(method), path, status, elapsed->elapsed());
        qCDebug(lcApi) << method << path << status << elapsed->elapsed() << "ms";

        // Qt hands a 401 or 407 page over only whole, when it ends, without a readyRead
        // before: the limit is applied here too.
        if (!exchange->tooLarge && exchange->received.size() + reply->bytesAvailable() > maxBytes) {
            exchange->tooLarge = true;
            exchange->received = QByteArray();
        }

        ApiError error;
        QByteArray body;
        const QString tooLargeMessage = tr("the answer is larger than %1 MB and was not read")
                                            .arg(double(maxBytes) / (1024 * 1024));
        if (exchange->timedOut) {
            error = ApiError(ApiError::Kind::Timeout,
                             tr("no complete answer after %1 s").arg(m_timeout.count() / 1000.0));
        } else if (exchange->refusedRedirect.isValid()) {
            error = ApiError(ApiError::Kind::RedirectRefused,
                             tr("to %1").arg(OriginPolicy::originOf(exchange->refusedRedirect)), status);
        } else if (exchange->tooLarge && (status == 0 || (status >= 200 && status < 300))) {
            error = ApiError(ApiError::Kind::BadPayload, tooLargeMessage);
        } else if (status == 0) {
            error = networkError(reply);
        } else {
            if (!exchange->tooLarge) {
                // Appended, then moved: `a + b` would copy the whole body (17 MB for 10,000
                // deployments) on this thread.
                exchange->received.append(reply->readAll());
                body = std::move(exchange->received);
            }
            if (status < 200 || status >= 300) {
                // A refusal stays what it is when its page is too large to read: a 401 is
                // still "the token was refused".
                error = ApiError::fromHttpStatus(status, body, m_token);
                if (exchange->tooLarge)
                    error = ApiError(error.kind(), tooLargeMessage, status);
                else if (error.kind() == ApiError::Kind::RedirectRefused)
                    error = redirectNotFollowed(reply, status);
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

void ApiTransport::abortAll()
{
    const auto replies = m_network->findChildren<QNetworkReply *>();
    for (QNetworkReply *reply : replies)
        reply->abort();
}
