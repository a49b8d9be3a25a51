#include "app/api/apitransport.h"

#include "app/api/apirequestheaders.h"
#include "app/api/originpolicy.h"
#include "app/diagnostics/loggingcategories.h"

#include "app/api/curlmulti.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

#include <curl/curl.h>

#include <cstring>

// One request and what became of it, from the first byte sent to the callback. A redirect
// within the origin is the same exchange, sent again to the new address.
struct ApiTransport::Exchange
{
    ~Exchange()
    {
        if (easy)
            curl_easy_cleanup(easy);
        if (headers)
            curl_slist_free_all(headers);
    }

    CURL *easy = nullptr;
    curl_slist *headers = nullptr;
    QByteArray method;
    QByteArray body;
    QUrl url;
    QString path; // for the log: never the query or the token
    int hops = 0;

    // The answer, as it arrives.
    int status = 0;
    QHash<QByteArray, QByteArray> responseHeaders; // names in lower case
    QByteArray received;
    qint64 maxBytes = 0;
    bool tooLarge = false;
    bool timedOut = false;
    bool cancelled = false;
    QUrl refusedRedirect;
    char errorText[CURL_ERROR_SIZE] = {};

    QTimer *deadline = nullptr;
    QElapsedTimer elapsed;
    QPointer<QObject> context;
    bool hasContext = false;
    ApiTransport::RawCallback done;

    static size_t onHeader(char *data, size_t size, size_t count, void *userData);
    static size_t onBody(char *data, size_t size, size_t count, void *userData);

    void resetAnswer()
    {
        status = 0;
        responseHeaders.clear();
        received.clear();
        tooLarge = false;
        errorText[0] = 0;
    }
};

// Every header line of the answer (and of a 100 Continue before it).
size_t ApiTransport::Exchange::onHeader(char *data, size_t size, size_t count, void *userData)
{
    auto *exchange = static_cast<Exchange *>(userData);
    const size_t bytes = size * count;
    const QByteArray line = QByteArray(data, qsizetype(bytes)).trimmed();
    if (line.startsWith("HTTP/")) {
        // A new status line: an interim answer (100) or the final one.
        exchange->resetAnswer();
        const QList<QByteArray> parts = line.split(' ');
        exchange->status = parts.size() > 1 ? parts.at(1).toInt() : 0;
        return bytes;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0)
        return bytes;
    const QByteArray name = line.left(colon).trimmed().toLower();
    const QByteArray value = line.mid(colon + 1).trimmed();
    exchange->responseHeaders.insert(name, value);
    if (name == "content-length") {
        bool known = false;
        const qint64 length = value.toLongLong(&known);
        if (known && length > exchange->maxBytes) {
            exchange->tooLarge = true;
            return 0; // ends the transfer: the page is never read
        }
        if (known && length > 0)
            exchange->received.reserve(length); // one allocation for the whole body
    }
    return bytes;
}

// The body, as it arrives (decoded, when the server compressed it): never held beyond the limit.
size_t ApiTransport::Exchange::onBody(char *data, size_t size, size_t count, void *userData)
{
    auto *exchange = static_cast<Exchange *>(userData);
    const size_t bytes = size * count;
    const qint64 needed = exchange->received.size() + qint64(bytes);
    if (needed > exchange->maxBytes) {
        exchange->tooLarge = true;
        exchange->received = QByteArray();
        return 0; // ends the transfer
    }
    // Grown by doubling, but never past the limit: an answer without a length must not hold
    // twice the limit in spare capacity.
    if (needed > exchange->received.capacity())
        exchange->received.reserve(std::min(exchange->maxBytes, std::max(needed, 2 * exchange->received.capacity())));
    exchange->received.append(data, qsizetype(bytes));
    return bytes;
}

namespace {

// A 3xx that ended the request without being followed (no usable Location, too many hops).
ApiError redirectNotFollowed(const QUrl &target, int status)
{
    const QString where = target.isValid() && !target.host().isEmpty()
        ? ApiTransport::tr("to %1").arg(OriginPolicy::originOf(target))
        : ApiTransport::tr("a redirect that was not followed");
    return ApiError(ApiError::Kind::RedirectRefused, where, status);
}

// Why a request got no usable answer, in the words users know ("Connection refused"), with
// libcurl's own description where the system has none.
QString transferError(CURL *easy, CURLcode result, const char *errorText)
{
    long osError = 0;
    curl_easy_getinfo(easy, CURLINFO_OS_ERRNO, &osError);
    switch (result) {
    case CURLE_COULDNT_CONNECT:
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
        if (osError != 0)
            return QString::fromLocal8Bit(std::strerror(int(osError)));
        break;
    case CURLE_COULDNT_RESOLVE_HOST:
        return ApiTransport::tr("host not found");
    case CURLE_GOT_NOTHING:
        return ApiTransport::tr("the server closed the connection without answering");
    case CURLE_PARTIAL_FILE:
        return ApiTransport::tr("the answer broke off before its end");
    default:
        break;
    }
    return errorText[0] ? QString::fromUtf8(errorText) : QString::fromUtf8(curl_easy_strerror(result));
}

bool isFollowableRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

} // namespace

ApiTransport::ApiTransport(QObject *parent)
    : QObject(parent)
    , m_curl(std::make_unique<CurlMulti>())
{
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
    return ApiRequestHeaders::urlFor(m_baseUrl, path, query);
}

void ApiTransport::send(const QByteArray &method, const QString &path, const QString &query,
                        const QByteArray &body, QObject *context, RawCallback done)
{
    auto exchange = std::make_shared<Exchange>();
    exchange->method = method;
    exchange->body = body;
    exchange->url = urlFor(path, query);
    exchange->path = path;
    exchange->maxBytes = m_maxResponseBytes;
    exchange->context = context;
    exchange->hasContext = context != nullptr;
    exchange->done = std::move(done);
    exchange->elapsed.start();

    QList<QByteArray> headers{"Accept: application/json", "Expect:"}; // no 100-continue round trip before a PATCH body
    // Authorization and origin, as every reader of the workspace sends them (ApiRequestHeaders).
    for (const auto &[name, value] : ApiRequestHeaders::forWorkspace(m_baseUrl, m_token, m_origin))
        headers.append(name + ": " + value);
    if (!body.isEmpty())
        headers.append("Content-Type: application/json");
    for (const QByteArray &header : std::as_const(headers))
        exchange->headers = curl_slist_append(exchange->headers, header.constData());

    // The whole exchange has a deadline, not just the idle time between packets: a server
    // that drips a byte a second must not hold a refresh forever.
    exchange->deadline = new QTimer(this);
    exchange->deadline->setSingleShot(true);
    std::weak_ptr<Exchange> weak = exchange;
    connect(exchange->deadline, &QTimer::timeout, this, [this, weak] {
        if (const auto timedOut = weak.lock()) {
            timedOut->timedOut = true;
            m_curl->remove(timedOut->easy);
            finish(timedOut, CURLE_OPERATION_TIMEDOUT);
        }
    });
    exchange->deadline->start(m_timeout);

    m_exchanges.append(exchange);
    transfer(exchange);
}

void ApiTransport::transfer(const std::shared_ptr<Exchange> &exchange)
{
    if (exchange->easy)
        curl_easy_reset(exchange->easy);
    else
        exchange->easy = curl_easy_init();
    exchange->resetAnswer();
    CURL *easy = exchange->easy;
    const QByteArray url = exchange->url.toString(QUrl::FullyEncoded).toUtf8();
    curl_easy_setopt(easy, CURLOPT_URL, url.constData()); // copied by libcurl
    curl_easy_setopt(easy, CURLOPT_PROTOCOLS_STR, "http,https");
    // Redirects are put to finish(): followed only within the same origin.
    curl_easy_setopt(easy, CURLOPT_FOLLOWLOCATION, 0L);
    // Proxies only when the program is told to (as Qt did), never from the environment.
    curl_easy_setopt(easy, CURLOPT_PROXY, "");
    curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(easy, CURLOPT_ACCEPT_ENCODING, ""); // every encoding libcurl decodes
    curl_easy_setopt(easy, CURLOPT_USERAGENT, "lepton-console/" LEPTON_CONSOLE_VERSION);
    curl_easy_setopt(easy, CURLOPT_HTTPHEADER, exchange->headers);
    if (!m_caCertificates.isEmpty()) {
        curl_blob certificates{const_cast<char *>(m_caCertificates.constData()), size_t(m_caCertificates.size()),
                               CURL_BLOB_COPY};
        curl_easy_setopt(easy, CURLOPT_CAINFO_BLOB, &certificates);
    }
    curl_easy_setopt(easy, CURLOPT_ERRORBUFFER, exchange->errorText);
    curl_easy_setopt(easy, CURLOPT_HEADERFUNCTION, &Exchange::onHeader);
    curl_easy_setopt(easy, CURLOPT_HEADERDATA, exchange.get());
    curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, &Exchange::onBody);
    curl_easy_setopt(easy, CURLOPT_WRITEDATA, exchange.get());
    // libcurl's own buffer stays small; the body goes to onBody as it arrives.
    curl_easy_setopt(easy, CURLOPT_BUFFERSIZE, 64L * 1024);
    if (exchange->method == "GET" && exchange->body.isEmpty()) {
        curl_easy_setopt(easy, CURLOPT_HTTPGET, 1L);
    } else if (exchange->method == "HEAD") {
        curl_easy_setopt(easy, CURLOPT_NOBODY, 1L);
    } else {
        if (!exchange->body.isEmpty() || exchange->method == "PATCH" || exchange->method == "POST"
            || exchange->method == "PUT") {
            curl_easy_setopt(easy, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(exchange->body.size()));
            curl_easy_setopt(easy, CURLOPT_POSTFIELDS, exchange->body.constData());
        }
        curl_easy_setopt(easy, CURLOPT_CUSTOMREQUEST, exchange->method.constData());
        // A change goes out on a connection of its own: libcurl sends a request again when a
        // reused connection turns out to be dead, and a PATCH the server already applied
        // must not be sent twice.
        curl_easy_setopt(easy, CURLOPT_FRESH_CONNECT, 1L);
    }
    std::weak_ptr<Exchange> weak = exchange;
    m_curl->start(easy, [this, weak](CURLcode result) {
        if (const auto finished = weak.lock())
            finish(finished, result);
    });
}

void ApiTransport::finish(const std::shared_ptr<Exchange> &exchange, int curlResult)
{
    const int status = exchange->status;

    // A redirect is followed only to the same origin (scheme, host and port) as the workspace
    // URL, and only where the URL rule lets a token go; anything else ends the request before
    // a byte, let alone the token (or a replayed PATCH), reaches the other address.
    if (!exchange->timedOut && !exchange->cancelled && curlResult == CURLE_OK && isFollowableRedirect(status)) {
        const QByteArray location = exchange->responseHeaders.value("location");
        const QUrl target = location.isEmpty() ? QUrl() : exchange->url.resolved(QUrl::fromEncoded(location));
        if (target.isValid() && !target.host().isEmpty()) {
            if (!OriginPolicy::isSameOrigin(m_baseUrl, target) || !OriginPolicy::mayCarryToken(target)) {
                exchange->refusedRedirect = target;
            } else if (exchange->hops < MaxRedirects) {
                ++exchange->hops;
                exchange->url = target;
                // As browsers and Qt do: a 303, and a 301/302 after a POST, continue as a GET.
                if (status == 303 || ((status == 301 || status == 302) && exchange->method == "POST")) {
                    exchange->method = "GET";
                    exchange->body.clear();
                }
                transfer(exchange);
                return;
            }
        }
    }

    Q_EMIT requestFinished(QString::fromLatin1(exchange->method), exchange->path, status, exchange->elapsed.elapsed());
    qCDebug(lcApi) << exchange->method << exchange->path << status << exchange->elapsed.elapsed() << "ms";

    ApiError error;
    QByteArray body;
    const qint64 maxBytes = exchange->maxBytes;
    const QString tooLargeMessage = tr("the answer is larger than %1 MB and was not read")
                                        .arg(double(maxBytes) / (1024 * 1024));
    const bool readWhole = curlResult == CURLE_OK || (exchange->tooLarge && curlResult == CURLE_WRITE_ERROR);
    if (exchange->cancelled) {
        error = ApiError(ApiError::Kind::Cancelled, tr("Operation canceled"));
    } else if (exchange->timedOut || curlResult == CURLE_OPERATION_TIMEDOUT) {
        error = ApiError(ApiError::Kind::Timeout, tr("no complete answer after %1 s").arg(m_timeout.count() / 1000.0));
    } else if (exchange->refusedRedirect.isValid()) {
        error = ApiError(ApiError::Kind::RedirectRefused,
                         tr("to %1").arg(OriginPolicy::originOf(exchange->refusedRedirect)), status);
    } else if (exchange->tooLarge && (status == 0 || (status >= 200 && status < 300))) {
        error = ApiError(ApiError::Kind::BadPayload, tooLargeMessage);
    } else if (status == 0 || (!readWhole && status >= 200 && status < 300)) {
        // Never reached, or the answer broke off in the middle (truncated body, reset): with
        // a status, still worth retrying, but the user should not read "could not reach".
        error = ApiError(ApiError::Kind::Network, transferError(exchange->easy, CURLcode(curlResult), exchange->errorText),
                         status);
    } else {
        if (!exchange->tooLarge)
            body = std::move(exchange->received);
        if (status < 200 || status >= 300) {
            // A refusal stays what it is when its page is too large to read: a 401 is still
            // "the token was refused".
            error = ApiError::fromHttpStatus(status, body, m_token);
            if (exchange->tooLarge) {
                error = ApiError(error.kind(), tooLargeMessage, status);
            } else if (error.kind() == ApiError::Kind::RedirectRefused) {
                const QByteArray location = exchange->responseHeaders.value("location");
                error = redirectNotFollowed(location.isEmpty() ? QUrl() : exchange->url.resolved(QUrl::fromEncoded(location)),
                                            status);
            }
            if (status == 429) {
                bool ok = false;
                const int seconds = exchange->responseHeaders.value("retry-after").toInt(&ok);
                if (ok)
                    error.setRetryAfterSeconds(seconds);
            }
            if (status == 401 || status == 403)
                Q_EMIT authorizationFailed(error);
        }
    }
    complete(exchange, error, body);
}

void ApiTransport::complete(const std::shared_ptr<Exchange> &exchange, const ApiError &error, const QByteArray &body)
{
    if (!m_exchanges.removeOne(exchange))
        return; // already completed (a deadline racing the transfer's end)
    delete exchange->deadline;
    exchange->deadline = nullptr;
    if (exchange->hasContext && !exchange->context)
        return;
    const RawCallback done = std::move(exchange->done);
    done(error, body);
}

void ApiTransport::abortAll()
{
    const QList<std::shared_ptr<Exchange>> underWay = m_exchanges;
    for (const auto &exchange : underWay) {
        m_curl->remove(exchange->easy);
        exchange->cancelled = true;
        finish(exchange, CURLE_ABORTED_BY_CALLBACK);
    }
}
