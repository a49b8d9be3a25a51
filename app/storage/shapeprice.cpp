#include "app/storage/shapeprice.h"

#include <QRegularExpression>

QString ShapePrice::validationError() const
{
    if (shape.trimmed().isEmpty())
        return tr("A price needs the name of a resource shape (for example gpu.a10).");
    if (micros < 0)
        return tr("A price cannot be negative.");
    if (!normalizeCurrency(currency) || *normalizeCurrency(currency) != currency)
        return tr("\"%1\" is not a currency code; use three letters, for example USD or EUR.").arg(currency);
    return QString();
}

std::optional<qint64> ShapePrice::parseMicros(const QString &text)
{
    static const QRegularExpression decimal(QStringLiteral("^([0-9]{1,12})(?:\\.([0-9]{0,6}))?$"));
    const QRegularExpressionMatch match = decimal.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 units = match.captured(1).toLongLong();
    const QString fraction = match.captured(2).leftJustified(6, QLatin1Char('0'));
    return units * MicrosPerUnit + fraction.toLongLong();
}

QString ShapePrice::formatMicros(qint64 micros)
{
    const QString sign = micros < 0 ? QStringLiteral("-") : QString();
    const qint64 magnitude = micros < 0 ? -micros : micros;
    QString text = sign + QString::number(magnitude / MicrosPerUnit);
    QString fraction = QStringLiteral("%1").arg(magnitude % MicrosPerUnit, 6, 10, QLatin1Char('0'));
    while (fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    if (!fraction.isEmpty())
        text += QLatin1Char('.') + fraction;
    return text;
}

std::optional<QString> ShapePrice::normalizeCurrency(const QString &text)
{
    static const QRegularExpression code(QStringLiteral("^[A-Za-z]{3}$"));
    if (!code.match(text).hasMatch())
        return std::nullopt;
    return text.toUpper();
}
