#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

// What went wrong with a call to the Lepton API, as a value: every request ends in a
// result or one of these, never an exception and never silence.
class ApiError
{
public:
    enum class Kind {
        None,
        Network,       // refused, DNS, TLS, reset: we could not talk to the server
        Timeout,       // no complete answer within the request's deadline
        Unauthorized,  // 401: the token is wrong or expired
        Forbidden,     // 403
        NotFound,      // 404
        Conflict,      // 409
        Invalid,       // 400/422: the server refused the request, with its reason
        RateLimited,   // 429, with Retry-After when the server gives one
        Server,        // 5xx
        BadPayload,    // 2xx whose body is not what the API promises
        Cancelled,     // the caller went away or aborted
        RedirectRefused, // 3xx to another address (scheme, host or port): not followed, the
                         // token was not sent there
    };

    ApiError() = default;
    ApiError(Kind kind, QString serverMessage, int httpStatus = 0);

    // Builds the error for an HTTP status and body; the body's own message is kept
    // (JSON {"message": ...} / {"error": ...} / plain text; HTML reduced to its title).
    // `secret` (the token) is cut out of the body first, before the message is shortened.
    static ApiError fromHttpStatus(int httpStatus, const QByteArray &body, const QString &secret = QString());

    Kind kind() const { return m_kind; }
    int httpStatus() const { return m_httpStatus; }
    // The server's own words (or the network layer's), already cleaned up for display.
    QString serverMessage() const { return m_serverMessage; }
    int retryAfterSeconds() const { return m_retryAfterSeconds; }
    void setRetryAfterSeconds(int seconds) { m_retryAfterSeconds = seconds; }

    bool isError() const { return m_kind != Kind::None; }
    // Worth trying again later by itself (network trouble, 5xx, 429, timeout).
    bool isTransient() const;
    // The server's refusal of a patch that changes nothing ("no valid field to update"):
    // the Lepton CLI treats it as success, and so do we.
    bool isNothingToUpdate() const;
    // A sentence for the user: what happened in plain words, then the server's message.
    QString userMessage() const;
    // A short stable name ("unauthorized", "not-found", ...) for logs and --json output.
    QString kindName() const;

private:
    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    int m_retryAfterSeconds = -1;
    QString m_serverMessage;
};

Q_DECLARE_METATYPE(ApiError)
