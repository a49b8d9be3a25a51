#include "app/api/apierror.h"

#include "app/api/apijsonkeys.h"
#include "app/api/tokenredaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

constexpr int kMaxMessageLength = 500;

QString tr(const char *text)
{
    return QCoreApplication::translate("ApiError", text);
}

// At most this much of an error body is looked at: the message shown is 500 characters.
constexpr qsizetype kMaxBodyExamined = 1024 * 1024;

// Servers answer errors as JSON ({"message": ...}, {"error": ...}, {"detail": ...}),
// as plain text, or, behind proxies, as an HTML page. Keep what a person can read.
//
// The secret goes first, from the raw text and again from what is taken out of it (JSON
// decoding and tag removal can join pieces), and only then is the text simplified and cut.
QString messageFromBody(const QByteArray &body, const QString &secret)
{
    const QString raw = TokenRedaction::redact(QString::fromUtf8(body.left(kMaxBodyExamined)).trimmed(), secret);
    if (raw.isEmpty())
        return QString();
    const auto finish = [&secret](const QString &text) {
        return TokenRedaction::redact(text, secret).simplified().left(kMaxMessageLength);
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(raw.toUtf8(), &parseError);
    if (parseError.error == QJsonParseError::NoError && document.isObject()) {
        const QJsonObject object = document.object();
        for (const QLatin1String key : {ApiJsonKeys::Message, ApiJsonKeys::Error, ApiJsonKeys::Detail, ApiJsonKeys::Reason}) {
            const QJsonValue value = object.value(key);
            if (value.isString() && !value.toString().isEmpty())
                return finish(value.toString());
            if (value.isObject()) {
                const QString nested = value.toObject().value(ApiJsonKeys::Message).toString();
                if (!nested.isEmpty())
                    return finish(nested);
            }
        }
        return finish(QString::fromUtf8(document.toJson(QJsonDocument::Compact)));
    }
    QString text = raw.left(64 * 1024);
    if (text.startsWith(QLatin1Char('<'))) {
        static const QRegularExpression title(QStringLiteral("<title[^>]*>(.*?)</title>"),
                                              QRegularExpression::CaseInsensitiveOption
                                                  | QRegularExpression::DotMatchesEverythingOption);
        static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
        const QRegularExpressionMatch match = title.match(text);
        if (match.hasMatch()) {
            // Broken pages nest markup inside the title ("<title>50><head><title>502 ..."):
            // the user reads words, never tags.
            const QString words = finish(match.captured(1).replace(tags, QStringLiteral(" ")));
            if (!words.isEmpty())
                return words;
        }
        text.replace(tags, QStringLiteral(" "));
    }
    return finish(text);
}

} // namespace

ApiError::ApiError(Kind kind, QString serverMessage, int httpStatus)
    : m_kind(kind)
    , m_httpStatus(httpStatus)
    , m_serverMessage(std::move(serverMessage))
{
}

ApiError ApiError::fromHttpStatus(int httpStatus, const QByteArray &body, const QString &secret)
{
    Kind kind = Kind::Server;
    switch (httpStatus) {
    case 400:
    case 422: kind = Kind::Invalid; break;
    case 401: kind = Kind::Unauthorized; break;
    case 403: kind = Kind::Forbidden; break;
    case 404: kind = Kind::NotFound; break;
    case 409: kind = Kind::Conflict; break;
    case 429: kind = Kind::RateLimited; break;
    default:
        if (httpStatus >= 300 && httpStatus < 400)
            kind = Kind::RedirectRefused; // a redirect that reached us was not followed
        else
            kind = httpStatus >= 500 ? Kind::Server : Kind::Invalid;
        break;
    }
    return ApiError(kind, messageFromBody(body, secret), httpStatus);
}

bool ApiError::isTransient() const
{
    return m_kind == Kind::Network || m_kind == Kind::Timeout || m_kind == Kind::Server
        || m_kind == Kind::RateLimited;
}

bool ApiError::isNothingToUpdate() const
{
    return m_httpStatus == 400
        && m_serverMessage.contains(QLatin1String("no valid field to update"), Qt::CaseInsensitive);
}

QString ApiError::kindName() const
{
    switch (m_kind) {
    case Kind::None: return QStringLiteral("none");
    case Kind::Network: return QStringLiteral("network");
    case Kind::Timeout: return QStringLiteral("timeout");
    case Kind::Unauthorized: return QStringLiteral("unauthorized");
    case Kind::Forbidden: return QStringLiteral("forbidden");
    case Kind::NotFound: return QStringLiteral("not-found");
    case Kind::Conflict: return QStringLiteral("conflict");
    case Kind::Invalid: return QStringLiteral("invalid");
    case Kind::RateLimited: return QStringLiteral("rate-limited");
    case Kind::Server: return QStringLiteral("server");
    case Kind::BadPayload: return QStringLiteral("bad-payload");
    case Kind::Cancelled: return QStringLiteral("cancelled");
    case Kind::RedirectRefused: return QStringLiteral("redirect-refused");
    }
    return QStringLiteral("unknown");
}

QString ApiError::userMessage() const
{
    QString summary;
    switch (m_kind) {
    case Kind::None: return QString();
    case Kind::Network:
        // With a status the server was reached: its answer broke off on the way.
        summary = m_httpStatus > 0 ? tr("The connection broke off in the middle of the Lepton server's answer.")
                                   : tr("Could not reach the Lepton server.");
        break;
    case Kind::Timeout: summary = tr("The Lepton server did not answer in time."); break;
    case Kind::Unauthorized: summary = tr("The workspace token was refused; it may be wrong or expired."); break;
    case Kind::Forbidden: summary = tr("This token is not allowed to do that."); break;
    case Kind::NotFound: summary = tr("Not found on the server."); break;
    case Kind::Conflict: summary = tr("The server reported a conflict."); break;
    case Kind::Invalid: summary = tr("The server refused the request."); break;
    case Kind::RateLimited:
        summary = m_retryAfterSeconds > 0
            ? tr("The server is busy; it asked to try again in %1 s.").arg(m_retryAfterSeconds)
            : tr("The server is busy; try again shortly.");
        break;
    case Kind::Server: summary = tr("The Lepton server had an internal problem."); break;
    case Kind::BadPayload: summary = tr("The server's answer could not be understood."); break;
    case Kind::Cancelled: summary = tr("The request was cancelled."); break;
    case Kind::RedirectRefused:
        summary = tr("The server redirected to another address; not followed, the token was not sent.");
        break;
    }
    QString detail = m_serverMessage;
    if (m_httpStatus > 0)
        detail = detail.isEmpty() ? tr("HTTP %1").arg(m_httpStatus)
                                  : tr("HTTP %1: %2").arg(m_httpStatus).arg(detail);
    return detail.isEmpty() ? summary : summary + QLatin1Char(' ') + tr("(%1)").arg(detail);
}
