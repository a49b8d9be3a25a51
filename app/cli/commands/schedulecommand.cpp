#include "app/cli/commands/schedulecommand.h"

#include "app/cli/clicontext.h"
#include "app/cli/clioutput.h"
#include "app/cli/clitext.h"
#include "app/cli/clitime.h"
#include "app/cli/scheduleinstaller.h"
#include "app/schedule/schedulecalendar.h"
#include "app/schedule/schedulesettings.h"
#include "app/storage/authortext.h"
#include "app/storage/schedulestore.h"
#include "app/storage/storage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace {

QJsonValue when(const std::optional<ScheduleTransition> &t)
{
    if (!t)
        return QJsonValue::Null;
    return QJsonObject {{QStringLiteral("utc"), t->at.toUTC().toString(Qt::ISODateWithMs)},
                        {QStringLiteral("local"), t->local.toString(Qt::ISODate)}};
}

QString utcText(const QDateTime &t)
{
    // The README's promise for --json times: UTC, ISO 8601 with milliseconds.
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

QString ScheduleCommand::describe()
{
    return tr("Pause and resume resources on a weekly schedule: set, list, remove, run what is due, install a timer.");
}

ScheduleCommand::ScheduleCommand()
    : Command(QString::fromLatin1(Name), describe())
{
}

ScheduleCommand::~ScheduleCommand() = default;

Command::Needs ScheduleCommand::needs() const
{
    switch (m_action) {
    case Action::Run: return Need::Database | Need::Workspace | Need::Server;
    case Action::Install: return Need::Nothing;
    default: return Need::Database | Need::Workspace;
    }
}

bool ScheduleCommand::writesDatabase() const
{
    return m_action == Action::Set || m_action == Action::Remove || (m_action == Action::Run && !m_dryRun);
}

QList<QCommandLineOption> ScheduleCommand::options() const
{
    return {
        QCommandLineOption(QStringLiteral("pause"), tr("With set: when to pause, e.g. \"Mon-Fri 20:00\", \"Sat,Sun 09:00\", \"daily 22:00\"."),
                           QStringLiteral("window")),
        QCommandLineOption(QStringLiteral("resume"), tr("With set: when to resume, e.g. \"Mon-Fri 07:30\"."),
                           QStringLiteral("window")),
        QCommandLineOption(QStringLiteral("tz"), tr("With set: the time zone of the times, an IANA name such as Europe/Berlin "
                                                    "(default: this computer's, %1).")
                                                     .arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())),
                           QStringLiteral("zone")),
        QCommandLineOption(QStringLiteral("except"), tr("With set: dates with no pause or resume, e.g. 2026-12-24..2027-01-01 "
                                                        "(repeat for more)."),
                           QStringLiteral("dates")),
        QCommandLineOption(QStringLiteral("force"), tr("With set: resume even over changes made on the server while paused.")),
        QCommandLineOption(QStringLiteral("at"), tr("With run and list: act as if it were TIME (ISO 8601)."), QStringLiteral("time")),
        QCommandLineOption(QStringLiteral("dry-run"), tr("With run: say what is due, change nothing.")),
        QCommandLineOption(QStringLiteral("catch-up"), tr("With run: carry out missed transitions up to <duration> old "
                                                          "(default: the setting, 6h)."),
                           QStringLiteral("duration")),
        QCommandLineOption(QStringLiteral("json"), tr("With list and run: print JSON.")),
        QCommandLineOption(QStringLiteral("cron"), tr("With install: print a crontab line instead of writing systemd units.")),
        QCommandLineOption(QStringLiteral("dir"), tr("With install: where to write the units (default ~/.config/systemd/user)."),
                           QStringLiteral("dir")),
        QCommandLineOption(QStringLiteral("every"), tr("With install: run every <minutes> (default 5)."), QStringLiteral("minutes")),
    };
}

QList<Command::Argument> ScheduleCommand::arguments() const
{
    return {{QStringLiteral("action"), tr("set KIND/NAME, list, remove KIND/NAME, run, or install."),
             QStringLiteral("set KIND/NAME | list | remove KIND/NAME | run | install")}};
}

QString ScheduleCommand::readArguments(const QCommandLineParser &parser)
{
    const QStringList words = parser.positionalArguments();
    const QString action = words.value(0, QStringLiteral("list"));
    m_json = parser.isSet(QStringLiteral("json"));
    m_dryRun = parser.isSet(QStringLiteral("dry-run"));
    m_force = parser.isSet(QStringLiteral("force"));
    m_cron = parser.isSet(QStringLiteral("cron"));
    if (parser.isSet(QStringLiteral("at"))) {
        QString error;
        const std::optional<QDateTime> at =
            CliTime::parse(parser.value(QStringLiteral("at")), QDateTime::currentDateTimeUtc(), false, &error);
        if (!at)
            return tr("--at: %1").arg(error);
        m_at = *at;
    }
    auto needsResource = [&](const QString &usage) -> QString {
        if (words.size() != 2)
            return usage;
        QString error;
        const std::optional<ResourceRef> ref = ResourceRef::parse(words.at(1), &error);
        if (!ref)
            return error;
        m_ref = *ref;
        return QString();
    };
    if (action == QLatin1String("list")) {
        m_action = Action::List;
        return words.size() > 1 ? tr("schedule list takes no more arguments.") : QString();
    }
    if (action == QLatin1String("run")) {
        m_action = Action::Run;
        if (parser.isSet(QStringLiteral("catch-up"))) {
            QString error;
            const std::optional<std::chrono::seconds> window =
                CliTime::parseDuration(parser.value(QStringLiteral("catch-up")), &error);
            if (!window)
                return tr("--catch-up: %1").arg(error);
            m_catchUp = *window;
        }
        return words.size() > 1 ? tr("schedule run takes no more arguments.") : QString();
    }
    if (action == QLatin1String("install")) {
        m_action = Action::Install;
        m_dir = parser.value(QStringLiteral("dir"));
        if (parser.isSet(QStringLiteral("every"))) {
            bool ok = false;
            m_everyMinutes = parser.value(QStringLiteral("every")).toInt(&ok);
            if (!ok || m_everyMinutes < 1 || m_everyMinutes > 59)
                return tr("--every takes a number of minutes from 1 to 59, not \"%1\".").arg(parser.value(QStringLiteral("every")));
        }
        // The installed run finds the same workspace and store as this command.
        for (const char *option : {"workspace", "store", "data-dir", "url"}) {
            if (parser.isSet(QLatin1String(option)))
                m_forwarded << QStringLiteral("--%1").arg(QLatin1String(option)) << parser.value(QLatin1String(option));
        }
        return words.size() > 1 ? tr("schedule install takes no more arguments.") : QString();
    }
    if (action == QLatin1String("remove")) {
        m_action = Action::Remove;
        return needsResource(tr("Usage: schedule remove KIND/NAME"));
    }
    if (action == QLatin1String("set")) {
        m_action = Action::Set;
        if (const QString error = needsResource(tr("Usage: schedule set KIND/NAME --pause \"Mon-Fri 20:00\" --resume "
                                                   "\"Mon-Fri 07:30\" [--tz ZONE] [--except A..B]... [--force]"));
            !error.isEmpty())
            return error;
        if (!parser.isSet(QStringLiteral("pause")) || !parser.isSet(QStringLiteral("resume")))
            return tr("schedule set needs both --pause and --resume, for example --pause \"Mon-Fri 20:00\" --resume \"Mon-Fri 07:30\".");
        QString error;
        const std::optional<WeekdayWindow> pause = WeekdayWindow::parse(parser.value(QStringLiteral("pause")), &error);
        if (!pause)
            return tr("--pause \"%1\": %2").arg(parser.value(QStringLiteral("pause")), error);
        const std::optional<WeekdayWindow> resume = WeekdayWindow::parse(parser.value(QStringLiteral("resume")), &error);
        if (!resume)
            return tr("--resume \"%1\": %2").arg(parser.value(QStringLiteral("resume")), error);
        m_pause = *pause;
        m_resume = *resume;
        const std::optional<QTimeZone> zone = Schedule::zoneFromName(parser.value(QStringLiteral("tz")), &error);
        if (!zone)
            return tr("--tz: %1").arg(error);
        m_zone = *zone;
        for (const QString &text : parser.values(QStringLiteral("except"))) {
            const std::optional<DateRange> range = DateRange::parse(text, &error);
            if (!range)
                return tr("--except: %1").arg(error);
            m_exceptions << *range;
        }
        return QString();
    }
    return tr("Unknown action \"%1\": use set, list, remove, run or install.").arg(action);
}

void ScheduleCommand::run()
{
    if (m_action == Action::Install)
        return install();
    m_store = ScheduleStore::open(*context().storage);
    if (!m_store)
        return fail(ExitCode::LocalStoreError, tr("This store keeps no schedules."));
    switch (m_action) {
    case Action::Set: return set();
    case Action::List: return list();
    case Action::Remove: return remove();
    case Action::Run: return runDue();
    case Action::Install: return install();
    }
}

void ScheduleCommand::set()
{
    Schedule schedule;
    schedule.workspaceId = context().workspaceId;
    schedule.kind = m_ref.kind;
    schedule.name = m_ref.name;
    schedule.pause = m_pause;
    schedule.resume = m_resume;
    schedule.zone = m_zone;
    schedule.exceptions = m_exceptions;
    schedule.force = m_force;
    schedule.setBy = context().userName;
    if (const QString problem = schedule.problem(); !problem.isEmpty())
        return fail(ExitCode::Usage, problem);
    m_store->setSchedule(schedule.toRecord(), this, [this, schedule](const StoreResult<ScheduleRecord> &stored) {
        if (!stored.ok())
            return fail(ExitCode::LocalStoreError, tr("The schedule could not be saved: %1").arg(stored.error.message));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto pause = ScheduleCalendar::next(schedule, ScheduleTransition::Action::Pause, now);
        const auto resume = ScheduleCalendar::next(schedule, ScheduleTransition::Action::Resume, now);
        output().print(tr("Schedule of %1: pause %2, resume %3 (%4)%5%6.\nNext pause: %7\nNext resume: %8")
                           .arg(schedule.resourceText(), schedule.pause.toString(), schedule.resume.toString(),
                                QString::fromUtf8(schedule.zone.id()),
                                schedule.exceptions.isEmpty() ? QString()
                                                              : tr(", except %1").arg([&] {
                                                                    QStringList t;
                                                                    for (const DateRange &r : schedule.exceptions)
                                                                        t << r.toString();
                                                                    return t.join(QStringLiteral(", "));
                                                                }()),
                                schedule.force ? tr(", resumes over changes (--force)") : QString(),
                                pause ? CliTime::localAndUtc(pause->at, schedule.zone) : tr("none"),
                                resume ? CliTime::localAndUtc(resume->at, schedule.zone) : tr("none")));
        finish(ExitCode::Ok);
    });
}

void ScheduleCommand::remove()
{
    m_store->removeSchedule(context().workspaceId, ResourceKinds::toString(m_ref.kind), m_ref.name, this,
                            [this](const StoreResult<bool> &removed) {
        if (!removed.ok())
            return fail(ExitCode::LocalStoreError, tr("The schedule could not be removed: %1").arg(removed.error.message));
        output().print(removed.value ? tr("Removed the schedule of %1.").arg(m_ref.qualified())
                                     : tr("%1 had no schedule; nothing changed.").arg(m_ref.qualified()));
        finish(ExitCode::Ok);
    });
}

void ScheduleCommand::list()
{
    const QString ws = context().workspaceId;
    m_store->schedules(ws, this, [this, ws](const StoreResult<QList<ScheduleRecord>> &schedules) {
        if (!schedules.ok())
            return fail(ExitCode::LocalStoreError, tr("The schedules could not be read: %1").arg(schedules.error.message));
        m_store->holds(ws, this, [this, ws, schedules](const StoreResult<QList<ResourceHold>> &holds) {
            if (!holds.ok())
                return fail(ExitCode::LocalStoreError, tr("The holds could not be read: %1").arg(holds.error.message));
            m_store->wakeUps(ws, this, [this, schedules, holds](const StoreResult<QList<WakeUp>> &wakes) {
                if (!wakes.ok())
                    return fail(ExitCode::LocalStoreError, tr("The wake-ups could not be read: %1").arg(wakes.error.message));
                const QDateTime now = m_at.isValid() ? m_at : QDateTime::currentDateTimeUtc();
                QHash<QString, ResourceHold> held;
                for (const ResourceHold &h : holds.value)
                    if (h.activeAt(now))
                        held.insert(h.kind + QLatin1Char('/') + h.name, h);
                QHash<QString, WakeUp> awake;
                for (const WakeUp &w : wakes.value)
                    if (w.activeAt(now))
                        awake.insert(w.kind + QLatin1Char('/') + w.name, w);
                QJsonArray array;
                QList<QStringList> rows;
                bool unreadable = false;
                for (const ScheduleRecord &record : schedules.value) {
                    QString error;
                    const std::optional<Schedule> s = Schedule::fromRecord(record, &error);
                    if (!s) {
                        output().error(error);
                        unreadable = true;
                        continue;
                    }
                    const auto pause = ScheduleCalendar::next(*s, ScheduleTransition::Action::Pause, now);
                    const auto resume = ScheduleCalendar::next(*s, ScheduleTransition::Action::Resume, now);
                    const QString k = record.kind + QLatin1Char('/') + record.name;
                    QStringList exceptions;
                    for (const DateRange &r : s->exceptions)
                        exceptions << r.toString();
                    QJsonValue hold = QJsonValue::Null;
                    QString state;
                    if (held.contains(k)) {
                        const ResourceHold &h = held[k];
                        hold = QJsonObject {{QStringLiteral("until"), utcText(h.until)}, {QStringLiteral("reason"), h.reason},
                                            {QStringLiteral("owner"), AuthorText::of(h.owner, h.ownerProgram, h.ownerHost)}};
                        state = tr("held until %1 by %2 (%3)").arg(CliText::time(h.until),
                                                                   AuthorText::of(h.owner, h.ownerProgram, h.ownerHost), h.reason);
                    }
                    QJsonValue wake = QJsonValue::Null;
                    if (awake.contains(k)) {
                        wake = QJsonObject {{QStringLiteral("until"), utcText(awake[k].until)}};
                        state = tr("awake until %1").arg(CliText::time(awake[k].until));
                    }
                    array.append(QJsonObject {
                        {QStringLiteral("kind"), record.kind},
                        {QStringLiteral("name"), record.name},
                        {QStringLiteral("pause"), s->pause.toString()},
                        {QStringLiteral("resume"), s->resume.toString()},
                        {QStringLiteral("time_zone"), QString::fromUtf8(s->zone.id())},
                        {QStringLiteral("exceptions"), QJsonArray::fromStringList(exceptions)},
                        {QStringLiteral("force"), s->force},
                        {QStringLiteral("set_by"), AuthorText::of(record.setBy, record.setProgram, record.setHost)},
                        {QStringLiteral("set_at"), utcText(record.setAt)},
                        {QStringLiteral("next_pause"), when(pause)},
                        {QStringLiteral("next_resume"), when(resume)},
                        {QStringLiteral("hold"), hold},
                        {QStringLiteral("wake_up"), wake},
                    });
                    rows << QStringList {k, s->pause.toString(), s->resume.toString(), QString::fromUtf8(s->zone.id()),
                                         pause ? CliTime::localAndUtc(pause->at, s->zone) : tr("none"),
                                         resume ? CliTime::localAndUtc(resume->at, s->zone) : tr("none"),
                                         exceptions.isEmpty() ? QStringLiteral("-") : exceptions.join(QLatin1Char(',')),
                                         state.isEmpty() ? QStringLiteral("-") : state};
                }
                if (m_json) {
                    QJsonArray holdArray;
                    for (const ResourceHold &h : holds.value)
                        if (h.activeAt(now))
                            holdArray.append(QJsonObject {{QStringLiteral("kind"), h.kind}, {QStringLiteral("name"), h.name},
                                                          {QStringLiteral("until"), utcText(h.until)},
                                                          {QStringLiteral("reason"), h.reason},
                                                          {QStringLiteral("owner"), AuthorText::of(h.owner, h.ownerProgram, h.ownerHost)}});
                    QJsonArray wakeArray;
                    for (const WakeUp &w : wakes.value)
                        wakeArray.append(QJsonObject {{QStringLiteral("kind"), w.kind}, {QStringLiteral("name"), w.name},
                                                      {QStringLiteral("until"), utcText(w.until)},
                                                      {QStringLiteral("ended"), !w.activeAt(now)}});
                    output().printJson(QJsonObject {{QStringLiteral("workspace_id"), context().workspaceId},
                                                    {QStringLiteral("now"), utcText(now)},
                                                    {QStringLiteral("schedules"), array},
                                                    {QStringLiteral("holds"), holdArray},
                                                    {QStringLiteral("wake_ups"), wakeArray}});
                } else if (rows.isEmpty()) {
                    output().print(tr("No schedules. Set one with: schedule set KIND/NAME --pause \"Mon-Fri 20:00\" --resume \"Mon-Fri 07:30\""));
                } else {
                    output().print(CliText::table({tr("RESOURCE"), tr("PAUSE"), tr("RESUME"), tr("ZONE"), tr("NEXT PAUSE"),
                                                   tr("NEXT RESUME"), tr("EXCEPT"), tr("NOW")}, rows).chopped(1));
                }
                finish(unreadable ? ExitCode::Failure : ExitCode::Ok);
            });
        });
    });
}

void ScheduleCommand::runDue()
{
    m_runner = std::make_unique<ScheduleRunner>(m_store.get(), context().pauses, context().workspaceId);
    ScheduleRunner::Options options;
    options.now = m_at;
    options.dryRun = m_dryRun;
    options.catchUp = m_catchUp.value_or(ScheduleSettings::catchUp());
    options.userName = context().userName;
    m_runner->run(options, [this](const ScheduleRunner::Report &report) { reportRun(report); });
}

void ScheduleCommand::reportRun(const ScheduleRunner::Report &report)
{
    ExitCode::Code code = ExitCode::Ok;
    for (const ScheduleRunner::Item &item : report.items) {
        ExitCode::Code itemCode = ExitCode::Ok;
        if (item.outcome && item.kind != ScheduleRunner::Item::Kind::Done)
            itemCode = ExitCode::fromPauseOutcome(*item.outcome);
        if (item.kind == ScheduleRunner::Item::Kind::Skipped)
            itemCode = ExitCode::Conflict;
        else if (item.failed() && itemCode == ExitCode::Ok)
            itemCode = item.storeError.isError() ? ExitCode::LocalStoreError : ExitCode::Failure;
        if (itemCode == ExitCode::Ok && (item.storeError.isError() || (item.outcome && !item.outcome->storeProblem.isEmpty())))
            itemCode = ExitCode::LocalStoreError;
        if (code == ExitCode::Ok)
            code = itemCode;
        if (!m_json) {
            if (itemCode == ExitCode::Ok)
                output().print(item.message);
            else
                output().error(item.message);
        }
    }
    if (m_json) {
        QJsonArray items;
        for (const ScheduleRunner::Item &item : report.items) {
            items.append(QJsonObject {
                {QStringLiteral("kind"), ResourceKinds::toString(item.resourceKind)},
                {QStringLiteral("name"), item.name},
                {QStringLiteral("action"), item.transition.at.isValid() ? QJsonValue(item.transition.actionName()) : QJsonValue::Null},
                {QStringLiteral("due_utc"), utcText(item.transition.at)},
                {QStringLiteral("due_local"), item.transition.local.isValid() ? item.transition.local.toString(Qt::ISODate) : QString()},
                {QStringLiteral("source"), item.source},
                {QStringLiteral("result"), item.kindName()},
                {QStringLiteral("message"), item.message},
            });
        }
        output().printJson(QJsonObject {{QStringLiteral("workspace_id"), context().workspaceId},
                                        {QStringLiteral("now"), utcText(report.now)},
                                        {QStringLiteral("dry_run"), m_dryRun},
                                        {QStringLiteral("exit_code"), int(code)},
                                        {QStringLiteral("results"), items}});
    } else if (report.items.isEmpty()) {
        output().print(tr("Nothing due at %1.").arg(CliText::time(report.now)));
    }
    finish(code);
}

void ScheduleCommand::install()
{
    const QString program = QCoreApplication::applicationFilePath();
    if (m_cron) {
        output().print(tr("# Add this line with: crontab -e"));
        output().print(ScheduleInstaller::crontabLine(program, m_forwarded, m_everyMinutes));
        return finish(ExitCode::Ok);
    }
    const QString dir = !m_dir.isEmpty() ? m_dir
                                         : QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
                                               + QStringLiteral("/systemd/user");
    if (!QDir().mkpath(dir))
        return fail(ExitCode::Failure, tr("The folder %1 could not be made.").arg(QDir::toNativeSeparators(dir)));
    const QList<std::pair<QString, QString>> files {
        {QLatin1String(ScheduleInstaller::ServiceName), ScheduleInstaller::serviceUnit(program, m_forwarded)},
        {QLatin1String(ScheduleInstaller::TimerName), ScheduleInstaller::timerUnit(m_everyMinutes)},
    };
    for (const auto &[name, text] : files) {
        QSaveFile file(QDir(dir).filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) != text.toUtf8().size() || !file.commit())
            return fail(ExitCode::Failure, tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(file.fileName()),
                                                                                 file.errorString()));
        output().print(tr("Wrote %1").arg(QDir::toNativeSeparators(QDir(dir).filePath(name))));
    }
    output().print(tr("Enable the timer with:\n  systemctl --user daemon-reload\n  systemctl --user enable --now %1\n"
                      "See its runs with: journalctl --user -u %2")
                       .arg(QLatin1String(ScheduleInstaller::TimerName), QLatin1String(ScheduleInstaller::ServiceName)));
    finish(ExitCode::Ok);
}
