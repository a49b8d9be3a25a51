#pragma once

#include "app/api/tokenlifetime.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <chrono>

// What the console says about the expiry of a workspace's token, given its TokenLifetime (GET
// /tokens): "expired", "expires in N days" from TokenLifetime::WarningPeriod before (the
// one rule), or nothing (unknown, or further away). One rule and one sentence for every place that warns: the window's banner
// over the deployments and the workspace's tooltip, and the command line, which prints
// message() on stderr. No widgets here.
class TokenExpiryNotice
{
    Q_DECLARE_TR_FUNCTIONS(TokenExpiryNotice)

public:
    enum class Level { None, ExpiresSoon, Expired };

    TokenExpiryNotice() = default;
    static TokenExpiryNotice of(const TokenLifetime &lifetime, const QDateTime &now = QDateTime::currentDateTimeUtc());

    Level level() const { return m_level; }
    // Nothing to say: unknown, or more than TokenLifetime::WarningPeriod away.
    bool isEmpty() const { return m_level == Level::None; }
    QDateTime expiresAt() const { return m_expiresAt; }

    // "expired 3 h ago", "expires in 5 days", "expires in 20 h"; empty when isEmpty().
    QString phrase() const { return m_phrase; }
    // The warning as a sentence naming the workspace and what to do; empty when isEmpty().
    // Plain text, for a banner, a tooltip or a line on stderr:
    // "The token for workspace prod expires in 5 days (Mon 14 Dec 2026 09:30 UTC). Replace it
    //  before then, or the console can no longer read or change its deployments."
    QString message(const QString &workspaceName) const;

    bool operator==(const TokenExpiryNotice &other) const = default;

private:
    Level m_level = Level::None;
    QDateTime m_expiresAt;
    QString m_phrase;
};

Q_DECLARE_METATYPE(TokenExpiryNotice)
