// The weekday windows, exception ranges and the calendar of a schedule (issue 21): parsing with
// positions in the errors, and transition times across daylight-saving changes, exceptions and
// the catch-up window, computed with the system's time zone database.
#include "app/schedule/daterange.h"
#include "app/schedule/schedule.h"
#include "app/schedule/schedulecalendar.h"
#include "app/schedule/weekdaywindow.h"

#include <QTest>

using Action = ScheduleTransition::Action;

namespace {

QDateTime utc(const char *iso)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    return t.toUTC();
}

Schedule berlin(const char *pause, const char *resume)
{
    Schedule s;
    s.kind = ResourceKind::Endpoint;
    s.name = QStringLiteral("staging");
    s.pause = *WeekdayWindow::parse(QString::fromLatin1(pause), nullptr);
    s.resume = *WeekdayWindow::parse(QString::fromLatin1(resume), nullptr);
    s.zone = QTimeZone("Europe/Berlin");
    return s;
}

} // namespace

class TestScheduleCalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesWindows_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("days");
        QTest::addColumn<QTime>("time");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("range") << "Mon-Fri 20:00" << 0x1f << QTime(20, 0) << "Mon-Fri 20:00";
        QTest::newRow("list") << "Sat,Sun 09:00" << 0x60 << QTime(9, 0) << "Sat,Sun 09:00";
        QTest::newRow("daily") << "daily 07:30" << 0x7f << QTime(7, 30) << "daily 07:30";
        QTest::newRow("case and spaces") << "  mon,WED-fri   7:05 " << 0x1d << QTime(7, 5) << "Mon,Wed-Fri 07:05";
        QTest::newRow("wrapping range") << "Fri-Mon 18:30" << 0x71 << QTime(18, 30) << "Mon,Fri-Sun 18:30";
        QTest::newRow("full names") << "Saturday 00:00" << 0x20 << QTime(0, 0) << "Sat 00:00";
        QTest::newRow("every day listed") << "Mon-Sun 23:59" << 0x7f << QTime(23, 59) << "daily 23:59";
    }
    void parsesWindows()
    {
        QFETCH(QString, text);
        QFETCH(int, days);
        QFETCH(QTime, time);
        QFETCH(QString, canonical);
        QString error;
        const std::optional<WeekdayWindow> window = WeekdayWindow::parse(text, &error);
        QVERIFY2(window, qPrintable(error));
        QCOMPARE(int(window->days()), days);
        QCOMPARE(window->time(), time);
        QCOMPARE(window->toString(), canonical);
        QCOMPARE(WeekdayWindow::parse(window->toString(), nullptr), window);
    }

    void refusesWindowsWithThePosition_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bad day") << "Mon-Fry 20:00" << "at character 5: expected the day that ends the range Mon-..., found \"Fry\".";
        QTest::newRow("not a day") << "Weekdays 20:00" << "at character 1: expected a day";
        QTest::newRow("no time") << "Mon-Fri" << "at character 8: expected a space and then a time";
        QTest::newRow("hour") << "Mon-Fri 25:00" << "at character 9: 25:00 is not a time of day";
        QTest::newRow("minutes") << "Sat 9:5" << "at character 5: expected a time as HH:MM";
        QTest::newRow("trailing") << "daily 07:30 CET" << "at character 13: unexpected \"CET\"";
        QTest::newRow("empty") << "" << "at character 1: expected a day";
        QTest::newRow("dangling comma") << "Sat, 09:00" << "at character 5: expected a day";
    }
    void refusesWindowsWithThePosition()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!WeekdayWindow::parse(text, &error));
        QVERIFY2(error.startsWith(expected), qPrintable(error));
    }

    void readsExceptionRanges()
    {
        QString error;
        const std::optional<DateRange> range = DateRange::parse(QStringLiteral("2026-12-24..2027-01-01"), &error);
        QVERIFY2(range, qPrintable(error));
        QVERIFY(range->contains(QDate(2026, 12, 24)));
        QVERIFY(range->contains(QDate(2027, 1, 1)));
        QVERIFY(!range->contains(QDate(2027, 1, 2)));
        QCOMPARE(range->toString(), QStringLiteral("2026-12-24..2027-01-01"));
        QCOMPARE(DateRange::parse(QStringLiteral("2026-12-24"), nullptr)->toString(), QStringLiteral("2026-12-24"));
        QVERIFY(!DateRange::parse(QStringLiteral("2027-01-01..2026-12-24"), &error));
        QVERIFY2(error.contains(QStringLiteral("ends before it begins")), qPrintable(error));
        QVERIFY(!DateRange::parse(QStringLiteral("2026-12-24..soon"), &error));
        QVERIFY2(error.contains(QStringLiteral("\"soon\" is not a date")), qPrintable(error));
    }

    // The two rules for wall times a daylight-saving change skips or repeats.
    void resolvesWallTimesAcrossDaylightSaving_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QTime>("time");
        QTest::addColumn<QDateTime>("expected");
        QTest::newRow("winter") << QDate(2027, 3, 26) << QTime(20, 0) << utc("2027-03-26T19:00:00Z");
        QTest::newRow("summer") << QDate(2027, 3, 29) << QTime(20, 0) << utc("2027-03-29T18:00:00Z");
        QTest::newRow("skipped: at the jump") << QDate(2027, 3, 28) << QTime(2, 30) << utc("2027-03-28T01:00:00Z");
        QTest::newRow("before the jump") << QDate(2027, 3, 28) << QTime(1, 59) << utc("2027-03-28T00:59:00Z");
        QTest::newRow("after the jump") << QDate(2027, 3, 28) << QTime(3, 0) << utc("2027-03-28T01:00:00Z");
        QTest::newRow("repeated: first time") << QDate(2026, 10, 25) << QTime(2, 30) << utc("2026-10-25T00:30:00Z");
        QTest::newRow("after the repeat") << QDate(2026, 10, 25) << QTime(3, 0) << utc("2026-10-25T02:00:00Z");
    }
    void resolvesWallTimesAcrossDaylightSaving()
    {
        QFETCH(QDate, date);
        QFETCH(QTime, time);
        QFETCH(QDateTime, expected);
        QCOMPARE(ScheduleCalendar::instant(date, time, QTimeZone("Europe/Berlin")), expected);
    }

    void nextTransitionsKeepLocalTimeOverTheSpringChange()
    {
        const Schedule s = berlin("Mon-Fri 20:00", "Mon-Fri 07:30");
        // Friday 2027-03-26 21:00 CET: next pause Monday 20:00 CEST, next resume Monday 07:30 CEST.
        const QDateTime friday = utc("2027-03-26T20:00:00Z");
        const auto pause = ScheduleCalendar::next(s, Action::Pause, friday);
        const auto resume = ScheduleCalendar::next(s, Action::Resume, friday);
        QVERIFY(pause && resume);
        QCOMPARE(pause->at, utc("2027-03-29T18:00:00Z"));
        QCOMPARE(pause->local.time(), QTime(20, 0));
        QCOMPARE(resume->at, utc("2027-03-29T05:30:00Z"));
        QCOMPARE(resume->local.time(), QTime(7, 30));
        QCOMPARE(ScheduleCalendar::next(s, friday)->action, Action::Resume);
        // The Friday pause itself was the latest transition, and the weekend is paused.
        QCOMPARE(ScheduleCalendar::latest(s, friday)->at, utc("2027-03-26T19:00:00Z"));
        QVERIFY(ScheduleCalendar::pausedAt(s, utc("2027-03-28T12:00:00Z")));
        QVERIFY(!ScheduleCalendar::pausedAt(s, utc("2027-03-29T12:00:00Z")));
    }

    void nextTransitionsKeepLocalTimeOverTheAutumnChange()
    {
        const Schedule s = berlin("daily 20:00", "daily 07:30");
        const auto before = ScheduleCalendar::next(s, Action::Resume, utc("2026-10-24T12:00:00Z"));
        QCOMPARE(before->at, utc("2026-10-25T06:30:00Z")); // Sunday 07:30 CET, the first day of winter time
        const auto after = ScheduleCalendar::next(s, Action::Pause, utc("2026-10-24T12:00:00Z"));
        QCOMPARE(after->at, utc("2026-10-24T18:00:00Z")); // Saturday 20:00 CEST
    }

    void exceptionsHaveNoTransitions()
    {
        Schedule s = berlin("Mon-Fri 20:00", "Mon-Fri 07:30");
        s.exceptions << *DateRange::parse(QStringLiteral("2026-12-24..2027-01-01"), nullptr);
        // Wednesday 23rd 20:00 pauses; nothing until Monday 4 January 07:30.
        const QDateTime wednesdayNight = utc("2026-12-23T19:00:00Z");
        QCOMPARE(ScheduleCalendar::latest(s, wednesdayNight)->action, Action::Pause);
        QCOMPARE(ScheduleCalendar::next(s, Action::Resume, wednesdayNight)->at, utc("2027-01-04T06:30:00Z"));
        QCOMPARE(ScheduleCalendar::next(s, Action::Pause, wednesdayNight)->at, utc("2027-01-04T19:00:00Z"));
        QCOMPARE(ScheduleCalendar::between(s, utc("2026-12-23T19:00:01Z"), utc("2027-01-04T00:00:00Z")).size(), 0);
        QVERIFY(ScheduleCalendar::pausedAt(s, utc("2026-12-30T10:00:00Z")));
    }

    void dueOnlyWithinTheCatchUpWindow()
    {
        const Schedule s = berlin("Mon-Fri 20:00", "Mon-Fri 07:30");
        // Monday 2027-03-29 12:00 CEST: the resume at 07:30 CEST is 4.5 h old.
        const QDateTime noon = utc("2027-03-29T10:00:00Z");
        QCOMPARE(ScheduleCalendar::due(s, noon)->action, Action::Resume);
        QCOMPARE(ScheduleCalendar::due(s, noon)->at, utc("2027-03-29T05:30:00Z"));
        // 14:00 CEST: 6.5 h old, beyond the default 6 h; a 7 h window still takes it.
        const QDateTime two = utc("2027-03-29T12:00:00Z");
        QVERIFY(!ScheduleCalendar::due(s, two));
        QVERIFY(ScheduleCalendar::due(s, two, std::chrono::hours(7)));
        // At the very instant, it is due.
        QCOMPARE(ScheduleCalendar::due(s, utc("2027-03-29T18:00:00Z"))->action, Action::Pause);
    }

    void recordsRoundTrip()
    {
        Schedule s = berlin("Mon-Fri 20:00", "Mon-Fri 07:30");
        s.workspaceId = QStringLiteral("ws");
        s.kind = ResourceKind::RayCluster;
        s.exceptions << *DateRange::parse(QStringLiteral("2026-12-24..2027-01-01"), nullptr);
        s.force = true;
        const ScheduleRecord record = s.toRecord();
        QCOMPARE(record.kind, QStringLiteral("raycluster"));
        QCOMPARE(record.timeZone, QStringLiteral("Europe/Berlin"));
        QString error;
        const std::optional<Schedule> back = Schedule::fromRecord(record, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->toRecord(), record);
        ScheduleRecord bad = record;
        bad.timeZone = QStringLiteral("Mars/Olympus");
        QVERIFY(!Schedule::fromRecord(bad, &error));
        QVERIFY2(error.contains(QStringLiteral("Mars/Olympus")), qPrintable(error));
        Schedule same = s;
        same.resume = s.pause;
        QVERIFY(!same.problem().isEmpty());
        QVERIFY(s.problem().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestScheduleCalendar)
#include "tst_schedulecalendar.moc"
