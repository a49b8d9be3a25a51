#include "app/logs/logstreamreader.h"

#include "app/api/apirequestheaders.h"
#include "app/diagnostics/loggingcategories.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <algorithm>

namespace {

constexpr qsizetype MaxErrorBody = 64 * 1024;
// A line longer than this is cut (and shown in pieces) rather than held without end.
constexpr qsizetype MaxLineBytes = 1024 * 1024;
// After a reconnect, lines never shown wait this long for the last line shown to come back.
constexpr int ReleaseAfterMs = 2000;

QString seconds(std::chrono::milliseconds delay)
{
    return QString::number(double(delay.count()) / 1000.0, 'g', 3);
}

} // namespace

LogStreamReader::LogStreamReader(const LogAccess &access, QObject *parent)
    : QObject(parent)
    , m_access(access)
    , m_manager(new QNetworkAccessManager(this))
    , m_retryTimer(new QTimer(this))
    , m_answerTimer(new QTimer(this))
    , m_releaseTimer(new QTimer(this))
{
    m_releaseTimer->setSingleShot(true);
    m_releaseTimer->setInterval(ReleaseAfterMs);
    connect(m_releaseTimer, &QTimer::timeout, this, [this] {
        const QStringList held = m_resync.release();
        if (!held.isEmpty())
            Q_EMIT linesReceived(held);
    });
    // As ApiTransport: proxies only when the program is told to, never from the environment.
    m_manager->setProxy(QNetworkProxy::NoProxy);
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &LogStreamReader::connectNow);
    // The answer's head must come within the transport's timeout; the body then may be quiet
    // as long as the replica is (a quiet log is not a dead connection).
    m_answerTimer->setSingleShot(true);
    connect(m_answerTimer, &QTimer::timeout, this, [this] {
        if (m_reply) {
            m_timedOut = true;
            m_reply->abort();
        }
    });
}

LogStreamReader::~LogStreamReader()
{
    stop();
}

void LogStreamReader::setBackoff(std::chrono::milliseconds first, std::chrono::milliseconds max)
{
    m_firstBackoff = std::max(first, std::chrono::milliseconds(1));
    m_maxBackoff = std::max(max, m_firstBackoff);
    m_backoff = m_firstBackoff;
}

void LogStreamReader::start(const QStringList &alreadyShown)
{
    stop();
    m_everOpened = false;
    m_reconnects = 0;
    m_backoff = m_firstBackoff;
    m_resync.clear();
    for (const QString &line : alreadyShown)
        m_resync.shown(line);
    m_resync.beginResync();
    m_lastError = ApiError();
    connectNow();
}

void LogStreamReader::stop()
{
    m_retryTimer->stop();
    m_answerTimer->stop();
    m_releaseTimer->stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    m_pending.clear();
    if (m_state != State::Idle && m_state != State::Ended && m_state != State::Failed)
        m_state = State::Idle;
}

void LogStreamReader::connectNow()
{
    m_pending.clear();
    m_errorBody.clear();
    m_timedOut = false;
    m_gotData = false;
    QNetworkRequest request(ApiRequestHeaders::urlFor(m_access.baseUrl, m_path));
    for (const auto &[name, value] : ApiRequestHeaders::forWorkspace(m_access.baseUrl, m_access.token, m_access.origin.toUtf8()))
        request.setRawHeader(name, value);
    request.setRawHeader("Accept", "text/plain");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("lepton-console/" LEPTON_CONSOLE_VERSION));
    // The token goes to the workspace only: a redirect ends the stream with an error.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    m_reply = m_manager->get(request);
    connect(m_reply.data(), &QNetworkReply::metaDataChanged, this, [this] { m_answerTimer->stop(); });
    connect(m_reply.data(), &QNetworkReply::readyRead, this, &LogStreamReader::onReadyRead);
    connect(m_reply.data(), &QNetworkReply::finished, this, &LogStreamReader::onFinished);
    m_answerTimer->start(m_access.timeout);
    setState(State::Connecting, m_everOpened ? tr("Reconnecting…") : tr("Connecting…"));
}

void LogStreamReader::onReadyRead()
{
    if (!m_reply)
        return;
    m_answerTimer->stop();
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status < 200 || status >= 300) {
        const QByteArray data = m_reply->read(MaxErrorBody - m_errorBody.size());
        m_errorBody += data;
        m_reply->readAll(); // past the limit: dropped
        return;
    }
    if (m_state != State::Streaming) {
        if (m_everOpened)
            ++m_reconnects;
        m_everOpened = true;
        setState(State::Streaming, tr("Following the live log."));
    }
    m_pending += m_reply->readAll();
    if (!m_gotData && !m_pending.isEmpty()) {
        m_gotData = true;
        m_backoff = m_firstBackoff; // a stream that delivers resets the backoff
    }
    takeLines(false);
}

void LogStreamReader::takeLines(bool flushPartial)
{
    QStringList lines;
    qsizetype from = 0;
    for (;;) {
        qsizetype end = m_pending.indexOf('\n', from);
        if (end < 0) {
            if (m_pending.size() - from > MaxLineBytes)
                end = from + MaxLineBytes;
            else
                break;
        }
        qsizetype lineEnd = end;
        if (lineEnd > from && m_pending.at(lineEnd - 1) == '\r')
            --lineEnd;
        lines += m_resync.take(QString::fromUtf8(m_pending.constData() + from, lineEnd - from));
        from = m_pending.at(end) == '\n' ? end + 1 : end;
    }
    m_pending.remove(0, from);
    if (flushPartial && !m_pending.isEmpty()) {
        const QString line = QString::fromUtf8(m_pending);
        m_pending.clear();
        lines += m_resync.take(line);
    }
    // Lines held while the replay is matched: shown after a short wait when the last line
    // shown does not come back (the log started afresh), and at a clean end at once.
    if (m_resync.holding()) {
        if (flushPartial)
            lines += m_resync.release();
        else if (!m_releaseTimer->isActive())
            m_releaseTimer->start();
    } else {
        m_releaseTimer->stop();
    }
    if (!lines.isEmpty())
        Q_EMIT linesReceived(lines);
}

void LogStreamReader::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    m_answerTimer->stop();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError networkError = reply->error();
    if (status >= 200 && status < 300) {
        m_pending += reply->readAll();
        if (networkError == QNetworkReply::NoError) {
            // The server ended the log: its last line may lack a line end.
            takeLines(true);
            if (m_reconnectOnEnd) {
                m_resync.beginResync();
                retryLater(tr("the server ended the stream"));
                return;
            }
            setState(State::Ended, tr("The server ended the log stream."));
            return;
        }
        // Broke off mid-body: a drop. What was not a whole line comes again with the replay.
        takeLines(false);
        m_pending.clear();
        m_resync.beginResync();
        m_lastError = ApiError(ApiError::Kind::Network, reply->errorString());
        retryLater(tr("the connection broke off (%1)").arg(reply->errorString()));
        return;
    }

    ApiError error;
    if (m_timedOut) {
        error = ApiError(ApiError::Kind::Timeout,
                         tr("no answer after %1 s").arg(seconds(m_access.timeout)));
    } else if (status >= 300) {
        m_errorBody += reply->read(MaxErrorBody - m_errorBody.size());
        error = ApiError::fromHttpStatus(status, m_errorBody, m_access.token);
    } else {
        error = ApiError(ApiError::Kind::Network, reply->errorString());
    }
    m_lastError = error;
    qCDebug(lcApi) << "log stream" << m_path << status << error.kindName();
    const bool terminal = error.kind() == ApiError::Kind::Unauthorized || error.kind() == ApiError::Kind::Forbidden
        || error.kind() == ApiError::Kind::NotFound || error.kind() == ApiError::Kind::Invalid
        || error.kind() == ApiError::Kind::RedirectRefused;
    if (!m_everOpened || terminal) {
        setState(State::Failed, error.userMessage());
        return;
    }
    m_resync.beginResync();
    retryLater(error.userMessage());
}

void LogStreamReader::retryLater(const QString &why)
{
    const std::chrono::milliseconds delay = m_backoff;
    m_backoff = std::min(m_maxBackoff, m_backoff * 2);
    m_retryTimer->start(delay);
    setState(State::Waiting, tr("Reconnecting in %1 s: %2").arg(seconds(delay), why));
}

void LogStreamReader::setState(State state, const QString &message)
{
    m_state = state;
    Q_EMIT stateChanged(state, message);
}
