#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonValue>
#include <QMetaType>
#include <QString>

#include <chrono>

// When the workspace token in use expires, as GET <workspace URL>/tokens tells it
// ([{"masked_value": "ab...yz", "expires_at": <ms>}]; DGX Cloud tokens last one day by
// default). A value for the window and the CLI: "expires in 5 h", and a warning from three
// days before (the SDK warns from ten; a one-day token would warn all its life).
class TokenLifetime
{
    Q_DECLARE_TR_FUNCTIONS(TokenLifetime)

public:
    static constexpr std::chrono::hours WarningPeriod {72};

    TokenLifetime() = default;
    explicit TokenLifetime(const QDateTime &expiresAt) : m_expiresAt(expiresAt.toUTC()) {}

    // The lifetime of `token` in a /tokens answer: the entry whose masked_value shows the
    // token's first and last characters (a masked value showing nothing matches nothing).
    // Several matches: the earliest expiry. No match, no expires_at (or 0): not known().
    static TokenLifetime fromTokensAnswer(const QJsonValue &answer, const QString &token);
    // Whether a masked value ("ab...yz", "ab****yz", "ab…yz") can be `token`.
    static bool masks(const QString &maskedValue, const QString &token);

    bool known() const { return m_expiresAt.isValid(); }
    QDateTime expiresAt() const { return m_expiresAt; }
    bool isExpired(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    // Known, not yet expired, and expiring within WarningPeriod.
    bool isExpiringSoon(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    // "expires in 5 h", "expires in 2 days", "expires in 12 min", "expired 3 h ago";
    // empty when not known.
    QString describe(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    bool operator==(const TokenLifetime &other) const = default;

private:
    QDateTime m_expiresAt;
};

Q_DECLARE_METATYPE(TokenLifetime)
