#include "app/schedule/schedule.h"

QString Schedule::resourceText() const
{
    return ResourceKinds::toString(kind) + QLatin1Char('/') + name;
}

bool Schedule::isException(QDate localDate) const
{
    for (const DateRange &range : exceptions) {
        if (range.contains(localDate))
            return true;
    }
    return false;
}

QString Schedule::problem() const
{
    if (!zone.isValid())
        return tr("The time zone of the schedule of %1 is not valid.").arg(resourceText());
    if (!pause.isValid() || !resume.isValid())
        return tr("The schedule of %1 needs both a pause and a resume time.").arg(resourceText());
    if ((pause.days() & resume.days()) != 0 && pause.time() == resume.time())
        return tr("The schedule of %1 pauses and resumes at the same time (%2 and %3).")
            .arg(resourceText(), pause.toString(), resume.toString());
    return QString();
}

ScheduleRecord Schedule::toRecord() const
{
    ScheduleRecord record;
    record.id = id;
    record.workspaceId = workspaceId;
    record.kind = ResourceKinds::toString(kind);
    record.name = name;
    record.pause = pause.toString();
    record.resume = resume.toString();
    record.timeZone = QString::fromUtf8(zone.id());
    for (const DateRange &range : exceptions)
        record.exceptions << range.toString();
    record.force = force;
    record.setBy = setBy;
    record.setProgram = setProgram;
    record.setHost = setHost;
    record.setAt = setAt;
    return record;
}

std::optional<Schedule> Schedule::fromRecord(const ScheduleRecord &record, QString *error)
{
    auto failed = [error, &record](const QString &why) -> std::optional<Schedule> {
        if (error)
            *error = tr("The schedule of %1/%2 cannot be read: %3").arg(record.kind, record.name, why);
        return std::nullopt;
    };
    Schedule s;
    s.id = record.id;
    s.workspaceId = record.workspaceId;
    const std::optional<ResourceKind> kind = ResourceKinds::fromString(record.kind);
    if (!kind)
        return failed(tr("unknown kind \"%1\".").arg(record.kind));
    s.kind = *kind;
    s.name = record.name;
    QString why;
    const std::optional<WeekdayWindow> pause = WeekdayWindow::parse(record.pause, &why);
    if (!pause)
        return failed(tr("pause \"%1\": %2").arg(record.pause, why));
    const std::optional<WeekdayWindow> resume = WeekdayWindow::parse(record.resume, &why);
    if (!resume)
        return failed(tr("resume \"%1\": %2").arg(record.resume, why));
    s.pause = *pause;
    s.resume = *resume;
    const std::optional<QTimeZone> zone = zoneFromName(record.timeZone, &why);
    if (!zone)
        return failed(why);
    s.zone = *zone;
    for (const QString &text : record.exceptions) {
        const std::optional<DateRange> range = DateRange::parse(text, &why);
        if (!range)
            return failed(why);
        s.exceptions << *range;
    }
    s.force = record.force;
    s.setBy = record.setBy;
    s.setProgram = record.setProgram;
    s.setHost = record.setHost;
    s.setAt = record.setAt;
    return s;
}

std::optional<QTimeZone> Schedule::zoneFromName(const QString &name, QString *error)
{
    if (name.trimmed().isEmpty())
        return QTimeZone::systemTimeZone();
    const QTimeZone zone(name.trimmed().toUtf8());
    if (!zone.isValid()) {
        if (error)
            *error = tr("\"%1\" is not a time zone this system knows (use an IANA name such as Europe/Berlin).")
                         .arg(name);
        return std::nullopt;
    }
    return zone;
}
