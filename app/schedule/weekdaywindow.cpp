#include "app/schedule/weekdaywindow.h"

#include <QStringList>

namespace {

const char *const kShort[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
const char *const kLong[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

// 1..7, or 0 when `word` is no day.
int dayOf(const QString &word)
{
    const QString lower = word.toLower();
    for (int i = 0; i < 7; ++i) {
        if (lower == QString::fromLatin1(kShort[i]).toLower() || lower == QLatin1String(kLong[i]))
            return i + 1;
    }
    return 0;
}

// A reader over the text that knows where it is (0-based; messages say 1-based).
struct Cursor
{
    const QString &text;
    int pos = 0;

    bool atEnd() const { return pos >= text.size(); }
    QChar peek() const { return atEnd() ? QChar() : text.at(pos); }
    void skipSpaces()
    {
        while (!atEnd() && text.at(pos).isSpace())
            ++pos;
    }
    QString word()
    {
        const int start = pos;
        while (!atEnd() && text.at(pos).isLetter())
            ++pos;
        return text.mid(start, pos - start);
    }
    QString found() const
    {
        if (atEnd())
            return WeekdayWindow::tr("the end of the text");
        int end = pos;
        while (end < text.size() && !text.at(end).isSpace() && end - pos < 12)
            ++end;
        return QStringLiteral("\"%1\"").arg(text.mid(pos, qMax(1, end - pos)));
    }
};

QString at(int pos, const QString &message)
{
    return WeekdayWindow::tr("at character %1: %2").arg(pos + 1).arg(message);
}

} // namespace

std::optional<WeekdayWindow> WeekdayWindow::parse(const QString &text, QString *error)
{
    auto failed = [error](const QString &message) -> std::optional<WeekdayWindow> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    Cursor c{text};
    c.skipSpaces();
    quint8 days = 0;
    const int firstWord = c.pos;
    const QString first = c.word();
    if (first.compare(QLatin1String("daily"), Qt::CaseInsensitive) == 0) {
        days = 0x7f;
    } else {
        c.pos = firstWord;
        for (;;) {
            const int start = c.pos;
            const QString fromWord = c.word();
            const int from = dayOf(fromWord);
            if (from == 0)
                return failed(at(start, tr("expected a day (Mon, Tue, Wed, Thu, Fri, Sat, Sun) or \"daily\", found %1.")
                                            .arg(fromWord.isEmpty() ? c.found() : QStringLiteral("\"%1\"").arg(fromWord))));
            int to = from;
            if (c.peek() == QLatin1Char('-')) {
                ++c.pos;
                const int toStart = c.pos;
                const QString toWord = c.word();
                to = dayOf(toWord);
                if (to == 0)
                    return failed(at(toStart, tr("expected the day that ends the range %1-..., found %2.")
                                                  .arg(fromWord, toWord.isEmpty() ? c.found()
                                                                                  : QStringLiteral("\"%1\"").arg(toWord))));
            }
            // A range wraps past Sunday: Fri-Mon is Fri, Sat, Sun, Mon.
            for (int d = from;; d = d % 7 + 1) {
                days |= quint8(1u << (d - 1));
                if (d == to)
                    break;
            }
            if (c.peek() != QLatin1Char(','))
                break;
            ++c.pos;
        }
    }
    if (c.atEnd() || !c.peek().isSpace())
        return failed(at(c.pos, tr("expected a space and then a time such as 20:00, found %1.").arg(c.found())));
    c.skipSpaces();
    const int timeStart = c.pos;
    int hours = -1;
    int minutes = -1;
    int digits = 0;
    int value = 0;
    while (!c.atEnd() && c.peek().isDigit() && digits < 3) {
        value = value * 10 + c.peek().digitValue();
        ++digits;
        ++c.pos;
    }
    if (digits >= 1 && digits <= 2 && c.peek() == QLatin1Char(':')) {
        hours = value;
        ++c.pos;
        int minuteDigits = 0;
        int m = 0;
        while (!c.atEnd() && c.peek().isDigit() && minuteDigits < 3) {
            m = m * 10 + c.peek().digitValue();
            ++minuteDigits;
            ++c.pos;
        }
        if (minuteDigits == 2)
            minutes = m;
    }
    if (hours < 0 || minutes < 0) {
        c.pos = timeStart;
        return failed(at(timeStart, tr("expected a time as HH:MM (24-hour clock), found %1.").arg(c.found())));
    }
    if (hours > 23 || minutes > 59)
        return failed(at(timeStart, tr("%1:%2 is not a time of day (00:00 to 23:59).")
                                        .arg(hours, 2, 10, QLatin1Char('0'))
                                        .arg(minutes, 2, 10, QLatin1Char('0'))));
    c.skipSpaces();
    if (!c.atEnd())
        return failed(at(c.pos, tr("unexpected %1 after the time.").arg(c.found())));
    return WeekdayWindow(days, QTime(hours, minutes));
}

QString WeekdayWindow::toString() const
{
    const QString time = m_time.toString(QStringLiteral("HH:mm"));
    if (m_days == 0x7f)
        return QStringLiteral("daily ") + time;
    // Runs of consecutive days (Mon..Sun, no wrap in the canonical form) as ranges.
    QStringList parts;
    int d = 1;
    while (d <= 7) {
        if (!hasDay(d)) {
            ++d;
            continue;
        }
        int end = d;
        while (end + 1 <= 7 && hasDay(end + 1))
            ++end;
        if (end - d >= 2)
            parts << QStringLiteral("%1-%2").arg(QLatin1String(kShort[d - 1]), QLatin1String(kShort[end - 1]));
        else
            for (int x = d; x <= end; ++x)
                parts << QLatin1String(kShort[x - 1]);
        d = end + 1;
    }
    return parts.join(QLatin1Char(',')) + QLatin1Char(' ') + time;
}
