#include "app/schedule/daterange.h"

std::optional<DateRange> DateRange::parse(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    const int dots = trimmed.indexOf(QLatin1String(".."));
    const QString firstText = dots < 0 ? trimmed : trimmed.left(dots).trimmed();
    const QString lastText = dots < 0 ? trimmed : trimmed.mid(dots + 2).trimmed();
    const QDate first = QDate::fromString(firstText, Qt::ISODate);
    const QDate last = QDate::fromString(lastText, Qt::ISODate);
    auto failed = [error](const QString &message) -> std::optional<DateRange> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!first.isValid())
        return failed(tr("\"%1\" is not a date (YYYY-MM-DD) in the exception \"%2\"; write a date or a range "
                         "such as 2026-12-24..2027-01-01.").arg(firstText, text));
    if (!last.isValid())
        return failed(tr("\"%1\" is not a date (YYYY-MM-DD) in the exception \"%2\"; write a date or a range "
                         "such as 2026-12-24..2027-01-01.").arg(lastText, text));
    if (last < first)
        return failed(tr("The exception \"%1\" ends before it begins.").arg(text));
    return DateRange(first, last);
}

QString DateRange::toString() const
{
    if (m_first == m_last)
        return m_first.toString(Qt::ISODate);
    return m_first.toString(Qt::ISODate) + QLatin1String("..") + m_last.toString(Qt::ISODate);
}
