#pragma once

#include "app/api/apierror.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

#include <chrono>
#include <functional>
#include <memory>

class CurlMulti;

// HTTP for one Lepton workspace: everything about a request that is not what it means.
//
// It owns the network access manager and puts on every request the bearer token, the
// headers the gateway wants and a deadline for the whole exchange. It holds the security
// defaults in one place:
//   - the token goes to the base URL's origin only: a redirect is followed only to the same
//     scheme, host and port (and only where OriginPolicy lets a token go); any other ends
//     the request as ApiError::Kind::RedirectRefused before a byte reaches that address;
//   - no body is held beyond maxResponseBytes(), whatever its status (see send());
//   - the token is cut out of every error message a server echoes it in.
// Errors come back typed (ApiError); large answers can be parsed on a worker thread
// (parseOffThread), so nothing here blocks the calling thread.
class ApiTransport : public QObject
{
    Q_OBJECT

public:
    // The outcome of send(): an error, or the body of a 2xx answer (possibly empty).
    using RawCallback = std::function<void(const ApiError &error, const QByteArray &body)>;

    // By default 64 MB: a list of 10,000 deployments is about 20 MB.
    static constexpr qint64 DefaultMaxResponseBytes = 64LL * 1024 * 1024;
    // Redirects followed within the same origin before a request ends as RedirectRefused.
    static constexpr int MaxRedirects = 5;

    explicit ApiTransport(QObject *parent = nullptr);
    ~ApiTransport() override; // transfers under way end without their callbacks

    // The workspace's API root; a trailing slash is dropped.
    void setBaseUrl(const QUrl &baseUrl);
    QUrl baseUrl() const { return m_baseUrl; }
    // Sent as "Authorization: Bearer <token>" to the base URL's origin and nowhere else.
    void setToken(const QString &token);
    // The "origin" header of every request, as the SDK sends the workspace's origin URL
    // (LEPTON_WORKSPACE_ORIGIN_URL / workspace_origin_url). Empty: the SDK's default, the
    // base URL itself for a DGX Cloud (dgxc) workspace, none otherwise.
    void setOrigin(const QString &origin) { m_origin = origin.toUtf8(); }
    QString origin() const { return QString::fromUtf8(m_origin); }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setMaxResponseBytes(qint64 bytes) { m_maxResponseBytes = bytes; }
    // Trusts exactly these certificates (PEM) for https instead of the system's: a private
    // certificate authority. Empty: the system's.
    void setCaCertificates(const QByteArray &pem) { m_caCertificates = pem; }
    qint64 maxResponseBytes() const { return m_maxResponseBytes; }

    // Sends `method` to base URL + `path` (+ `query`) with `body` (JSON, when not empty) and
    // ends in exactly one call of `done`, unless `context` (when given) has been destroyed.
    // A body larger than maxResponseBytes() is never buffered: a 2xx ends as BadPayload, any
    // other status keeps its kind (a 401 is still Unauthorized) without the page.
    void send(const QByteArray &method, const QString &path, const QString &query,
              const QByteArray &body, QObject *context, RawCallback done);

    // Runs `parse` on a worker thread, then `deliver` on this object's thread with what it
    // returned; when `context` was given and has been destroyed meanwhile, `discard` gets the
    // result instead (to free it where it does no harm).
    template <typename T>
    void parseOffThread(QObject *context, std::function<T()> parse, std::function<void(T &&)> deliver,
                        std::function<void(T &&)> discard = {})
    {
        auto *watcher = new QFutureWatcher<T>(this);
        QPointer<QObject> guard(context);
        connect(watcher, &QFutureWatcherBase::finished, this,
                [watcher, guard, deliver = std::move(deliver), discard = std::move(discard), hasContext = context != nullptr] {
            watcher->deleteLater();
            // Taken, not copied: the future keeps no second reference to the result.
            T result = watcher->future().takeResult();
            if (hasContext && !guard) {
                if (discard)
                    discard(std::move(result));
                return;
            }
            deliver(std::move(result));
        });
        watcher->setFuture(QtConcurrent::run(std::move(parse)));
    }

    // Aborts every request under way; their callbacks get Cancelled.
    void abortAll();

Q_SIGNALS:
    // Any request that came back 401 or 403.
    void authorizationFailed(const ApiError &error);
    // For the log: method, path (never the token), outcome.
    void requestFinished(const QString &method, const QString &path, int httpStatus, qint64 elapsedMs);

private:
    struct Exchange;
    QUrl urlFor(const QString &path, const QString &query) const;
    void transfer(const std::shared_ptr<Exchange> &exchange);
    void finish(const std::shared_ptr<Exchange> &exchange, int curlResult);
    void complete(const std::shared_ptr<Exchange> &exchange, const ApiError &error, const QByteArray &body);

    QList<std::shared_ptr<Exchange>> m_exchanges; // under way, for abortAll()
    // Declared after m_exchanges, so destroyed first: it lets go of their handles before
    // they are freed.
    std::unique_ptr<CurlMulti> m_curl;
    QUrl m_baseUrl;
    QString m_token;
    QByteArray m_authorization;
    QByteArray m_origin;
    std::chrono::milliseconds m_timeout {std::chrono::seconds(30)};
    qint64 m_maxResponseBytes = DefaultMaxResponseBytes;
    QByteArray m_caCertificates;
};
