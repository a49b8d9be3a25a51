#include "app/cli/scheduleinstaller.h"

#include <QRegularExpression>

namespace {

QString systemdWord(QString word)
{
    word.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    word.replace(QLatin1Char('%'), QLatin1String("%%"));
    word.replace(QLatin1Char('$'), QLatin1String("$$"));
    const bool quote = word.isEmpty() || word.contains(QLatin1Char(' ')) || word.contains(QLatin1Char('"'))
        || word.contains(QLatin1Char('\'')) || word.contains(QLatin1Char(';'));
    if (!quote)
        return word;
    word.replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QLatin1Char('"') + word + QLatin1Char('"');
}

QString shellWord(QString word)
{
    if (!word.isEmpty() && word.indexOf(QRegularExpression(QStringLiteral("[^A-Za-z0-9_./:=@+-]"))) < 0)
        return word;
    word.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + word + QLatin1Char('\'');
}

} // namespace

QString ScheduleInstaller::execLine(const QString &program, const QStringList &arguments)
{
    QStringList words {systemdWord(program)};
    for (const QString &a : arguments)
        words << systemdWord(a);
    return words.join(QLatin1Char(' '));
}

QString ScheduleInstaller::serviceUnit(const QString &program, const QStringList &arguments)
{
    return QStringLiteral("[Unit]\n"
                          "Description=Lepton Console: carry out due pause schedules, holds and wake-ups\n"
                          "\n"
                          "[Service]\n"
                          "Type=oneshot\n"
                          "ExecStart=%1\n")
        .arg(execLine(program, QStringList(arguments) << QStringLiteral("schedule") << QStringLiteral("run")));
}

QString ScheduleInstaller::timerUnit(int everyMinutes)
{
    return QStringLiteral("[Unit]\n"
                          "Description=Lepton Console: run due pause schedules every %1 minutes\n"
                          "\n"
                          "[Timer]\n"
                          "OnCalendar=*:0/%1\n"
                          "Persistent=true\n"
                          "Unit=%2\n"
                          "\n"
                          "[Install]\n"
                          "WantedBy=timers.target\n")
        .arg(everyMinutes)
        .arg(QLatin1String(ServiceName));
}

QString ScheduleInstaller::crontabLine(const QString &program, const QStringList &arguments, int everyMinutes)
{
    QStringList words {shellWord(program)};
    for (const QString &a : arguments)
        words << shellWord(a);
    words << QStringLiteral("schedule") << QStringLiteral("run");
    // cron turns an unescaped % into a newline.
    return QStringLiteral("*/%1 * * * * %2").arg(everyMinutes).arg(words.join(QLatin1Char(' ')).replace(QLatin1Char('%'), QLatin1String("\\%")));
}
