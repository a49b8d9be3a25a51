#pragma once

#include "app/cli/command.h"
#include "app/cli/resourceref.h"
#include "app/schedule/daterange.h"
#include "app/schedule/schedulerunner.h"
#include "app/schedule/weekdaywindow.h"

#include <QDateTime>
#include <QTimeZone>

#include <chrono>
#include <memory>
#include <optional>

class ScheduleStore;

// `schedule set KIND/NAME --pause "Mon-Fri 20:00" --resume "Mon-Fri 07:30" [--tz ZONE]
//  [--except A..B]... [--force]`, `schedule list [--at TIME] [--json]`, `schedule remove
//  KIND/NAME`, `schedule run [--at TIME] [--dry-run] [--catch-up 6h] [--json]` (carries out what is due:
//  ScheduleRunner; idempotent, run it every few minutes) and `schedule install [--cron]
//  [--dir DIR] [--every MINUTES]` (a systemd user service and timer that run it, or a crontab
//  line). What each needs depends on the action: only `run` talks to the server.
class ScheduleCommand : public Command
{
    Q_OBJECT

public:
    static constexpr const char *Name = "schedule";
    static QString describe();

    ScheduleCommand();
    ~ScheduleCommand() override;
    Needs needs() const override;
    bool writesDatabase() const override;

protected:
    QList<QCommandLineOption> options() const override;
    QList<Argument> arguments() const override;
    QString readArguments(const QCommandLineParser &parser) override;
    void run() override;

private:
    enum class Action { List, Set, Remove, Run, Install };
    void set();
    void list();
    void remove();
    void runDue();
    void install();
    void reportRun(const ScheduleRunner::Report &report);

    Action m_action = Action::List;
    ResourceRef m_ref;
    WeekdayWindow m_pause;
    WeekdayWindow m_resume;
    QTimeZone m_zone;
    QList<DateRange> m_exceptions;
    bool m_force = false;
    bool m_json = false;
    bool m_dryRun = false;
    QDateTime m_at; // --at, UTC; null: now
    std::optional<std::chrono::seconds> m_catchUp; // --catch-up; unset: ScheduleSettings
    bool m_cron = false;
    QString m_dir;
    int m_everyMinutes = 5;
    QStringList m_forwarded; // common options the installed run repeats
    std::unique_ptr<ScheduleStore> m_store;
    std::unique_ptr<ScheduleRunner> m_runner;
};
