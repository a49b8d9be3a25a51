#include "app/cli/clitime.h"

#include <QRegularExpression>
#include <QTimeZone>

std::optional<QDateTime> CliTime::parse(const QString &text, const QDateTime &now, bool todayMustBeAhead,
                                        QString *error)
{
    const QString trimmed = text.trimmed();
    static const QRegularExpression clock(QStringLiteral("^(\\d{1,2}):(\\d{2})$"));
    if (const QRegularExpressionMatch m = clock.match(trimmed); m.hasMatch()) {
        const QTime time(m.captured(1).toInt(), m.captured(2).toInt());
        if (!time.isValid()) {
            if (error)
                *error = tr("\"%1\" is not a time of day (00:00 to 23:59).").arg(text);
            return std::nullopt;
        }
        const QDateTime local(now.toLocalTime().date(), time, Qt::LocalTime);
        if (todayMustBeAhead && local <= now) {
            if (error)
                *error = tr("%1 today has already passed; give a date and time in ISO 8601, for example %2.")
                             .arg(trimmed, now.toLocalTime().addDays(1).toString(QStringLiteral("yyyy-MM-ddT")) + trimmed);
            return std::nullopt;
        }
        return local.toUTC();
    }
    QDateTime parsed = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(trimmed, Qt::ISODate);
    if (!parsed.isValid() || !trimmed.contains(QLatin1Char('T'))) {
        if (error)
            *error = tr("\"%1\" is not a time: use ISO 8601 (2026-12-24T18:00:00+01:00, or without an offset for "
                        "local time) or HH:MM for today.").arg(text);
        return std::nullopt;
    }
    return parsed.toUTC();
}

std::optional<std::chrono::seconds> CliTime::parseDuration(const QString &text, QString *error)
{
    static const QRegularExpression part(QStringLiteral("(\\d+)\\s*([dhms])"));
    const QString trimmed = text.trimmed().toLower();
    qint64 seconds = 0;
    int consumed = 0;
    auto it = part.globalMatch(trimmed);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedStart() != consumed)
            break;
        const qint64 n = m.captured(1).toLongLong();
        const QChar unit = m.captured(2).at(0);
        seconds += n * (unit == QLatin1Char('d') ? 86400 : unit == QLatin1Char('h') ? 3600 : unit == QLatin1Char('m') ? 60 : 1);
        consumed = int(m.capturedEnd());
        while (consumed < trimmed.size() && trimmed.at(consumed).isSpace())
            ++consumed;
    }
    if (trimmed.isEmpty() || consumed != trimmed.size() || seconds <= 0 || seconds > 366LL * 86400) {
        if (error)
            *error = tr("\"%1\" is not a duration: write for example 2h, 90m or 1h30m (at most a year).").arg(text);
        return std::nullopt;
    }
    return std::chrono::seconds(seconds);
}

QString CliTime::localAndUtc(const QDateTime &time, const QTimeZone &zone)
{
    if (!time.isValid())
        return QStringLiteral("-");
    const QDateTime local = time.toTimeZone(zone);
    return local.toString(QStringLiteral("yyyy-MM-dd HH:mm ")) + local.timeZoneAbbreviation()
        + QStringLiteral(" (") + time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC)");
}
