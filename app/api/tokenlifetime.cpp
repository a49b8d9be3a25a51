#include "app/api/tokenlifetime.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

bool isMaskCharacter(QChar c)
{
    return c == QLatin1Char('*') || c == QLatin1Char('.') || c == QChar(0x2026) || c == QChar(0x2022);
}

QString span(qint64 seconds)
{
    if (seconds < 3600)
        return TokenLifetime::tr("%n min", nullptr, int(std::max<qint64>(1, seconds / 60)));
    if (seconds < 2 * 86400)
        return TokenLifetime::tr("%n h", nullptr, int(seconds / 3600));
    return TokenLifetime::tr("%n days", nullptr, int(seconds / 86400));
}

} // namespace

bool TokenLifetime::masks(const QString &maskedValue, const QString &token)
{
    qsizetype first = 0;
    while (first < maskedValue.size() && !isMaskCharacter(maskedValue.at(first)))
        ++first;
    if (first == maskedValue.size())
        return false; // no mask: not a masked value we can read
    qsizetype last = maskedValue.size();
    while (last > first && !isMaskCharacter(maskedValue.at(last - 1)))
        --last;
    const QString prefix = maskedValue.left(first);
    const QString suffix = maskedValue.mid(last);
    if (prefix.isEmpty() && suffix.isEmpty())
        return false;
    return prefix.size() + suffix.size() <= token.size() && token.startsWith(prefix) && token.endsWith(suffix);
}

TokenLifetime TokenLifetime::fromTokensAnswer(const QJsonValue &answer, const QString &token)
{
    if (token.isEmpty())
        return TokenLifetime();
    QDateTime earliest;
    for (const QJsonValue &value : answer.toArray()) {
        const QJsonObject entry = value.toObject();
        if (!masks(entry.value(QLatin1String("masked_value")).toString(), token))
            continue;
        const QJsonValue expires = entry.value(QLatin1String("expires_at"));
        if (!expires.isDouble() || expires.toDouble() <= 0 || expires.toDouble() > 253402300799000.0)
            continue;
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(qint64(expires.toDouble()), Qt::UTC);
        if (!earliest.isValid() || at < earliest)
            earliest = at;
    }
    return TokenLifetime(earliest);
}

bool TokenLifetime::isExpired(const QDateTime &now) const
{
    return known() && now >= m_expiresAt;
}

bool TokenLifetime::isExpiringSoon(const QDateTime &now) const
{
    return known() && !isExpired(now)
        && now.secsTo(m_expiresAt) <= std::chrono::duration_cast<std::chrono::seconds>(WarningPeriod).count();
}

QString TokenLifetime::describe(const QDateTime &now) const
{
    if (!known())
        return QString();
    const qint64 seconds = now.secsTo(m_expiresAt);
    return seconds <= 0 ? tr("expired %1 ago").arg(span(-seconds)) : tr("expires in %1").arg(span(seconds));
}
