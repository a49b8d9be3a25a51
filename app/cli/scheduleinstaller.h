#pragma once

#include <QString>
#include <QStringList>

// What `schedule install` writes: a systemd user service that runs `schedule run` once and a
// timer that starts it every few minutes (Persistent=true: a run missed while the machine
// slept happens at wake-up; the catch-up window decides what it still does), or a crontab
// line. `program` is the absolute path of lepton-console-cli, `arguments` what follows it
// (the common options the user gave, e.g. --workspace).
class ScheduleInstaller
{
public:
    static constexpr const char *ServiceName = "lepton-console-schedule.service";
    static constexpr const char *TimerName = "lepton-console-schedule.timer";

    static QString serviceUnit(const QString &program, const QStringList &arguments);
    static QString timerUnit(int everyMinutes);
    static QString crontabLine(const QString &program, const QStringList &arguments, int everyMinutes);
    // The command line as systemd's ExecStart reads it: each word quoted when it needs it, and
    // "%" and "$" escaped (systemd would expand them).
    static QString execLine(const QString &program, const QStringList &arguments);
};
