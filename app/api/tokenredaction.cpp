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

} // namespace

QString TokenRedaction::redact(const QString &text, const QString &secret)
{
    if (secret.size() < MinimumLength || text.isEmpty())
        return text;
    // The whole secret written plainly is the common case, and a plain search is cheap.
    QString result = text;
    result.replace(secret, placeholder());
    const QRegularExpression pattern = patternFor(secret);
    result.replace(pattern, placeholder());
    return result;
}
