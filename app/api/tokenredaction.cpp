#include "app/api/tokenredaction.h"

#include <QRegularExpression>

namespace {

// One character of the secret as a page may have written it: itself, JSON-escaped with a
// backslash, or as a \uXXXX escape.
QString characterPattern(QChar c)
{
    QString hex;
    for (const QChar digit : QStringLiteral("%1").arg(c.unicode(), 4, 16, QLatin1Char('0')))
        hex += digit.isLetter() ? QStringLiteral("[%1%2]").arg(digit, digit.toUpper()) : QString(digit);
    return QStringLiteral("(?:\\\\?%1|\\\\u%2)").arg(QRegularExpression::escape(QString(c)), hex);
}

QRegularExpression patternFor(const QString &secret)
{
    // Between two characters: whitespace, JSON's escaped line breaks and tabs, HTML tags.
    static const QString gap = QStringLiteral("(?:\\s|\\\\[nrt]|<[^<>]{0,64}>)*");
    QStringList parts;
    parts.reserve(secret.size());
    for (const QChar c : secret)
        parts.append(characterPattern(c));
    return QRegularExpression(parts.join(gap), QRegularExpression::UseUnicodePropertiesOption);
}

// A word-like secret where it stands as the credential: the scheme or key before it (kept),
// then the secret as a whole word.
QRegularExpression credentialPatternFor(const QString &secret)
{
    static const QString before = QStringLiteral(
        "((?:\\b(?:Bearer|Basic|Token)\\s+)"
        "|(?:\\b(?:[A-Za-z0-9]+[_-])*(?:[Tt]oken|TOKEN|[Ss]ecret|SECRET|[Pp]assword|PASSWORD|[Aa]pi[_-]?[Kk]ey|API[_-]?KEY"
        "|[Aa]uthorization|AUTHORIZATION)[\"']?\\s*[:=]\\s*[\"']?))");
    return QRegularExpression(before + QStringLiteral("(?<![\\w-])") + QRegularExpression::escape(secret)
                                  + QStringLiteral("(?![\\w-])"),
                              QRegularExpression::UseUnicodePropertiesOption);
}

} // namespace

bool TokenRedaction::isDistinctive(const QString &secret)
{
    if (secret.size() >= AlwaysDistinctiveLength)
        return true;
    if (secret.size() < MinimumDistinctiveLength)
        return false;
    for (qsizetype i = 0; i < secret.size(); ++i) {
        const QChar c = secret.at(i);
        if (c.isDigit())
            return true;
        if (!c.isLetter() && c != QLatin1Char('-') && c != QLatin1Char('_') && c != QLatin1Char('.'))
            return true;
        if (i > 0 && c.isUpper() && secret.at(i - 1).isLower())
            return true;
    }
    return false;
}

QString TokenRedaction::redact(const QString &text, const QString &secret)
{
    if (secret.isEmpty() || text.isEmpty())
        return text;
    QString result = text;
    if (!isDistinctive(secret)) {
        result.replace(credentialPatternFor(secret), QStringLiteral("\\1") + placeholder());
        return result;
    }
    // The whole secret written plainly is the common case, and a plain search is cheap.
    result.replace(secret, placeholder());
    const QRegularExpression pattern = patternFor(secret);
    result.replace(pattern, placeholder());
    return result;
}
