// The week strip: a Mon–Fri 20:00 / 07:30 schedule's paused stretches laid out as seven days of
// wall-clock hours in the schedule's zone (also across a daylight-saving change), the week in
// words for a screen reader, and the paused hours painted apart from the running ones in a
// light and a dark palette.
#include "ui/schedule/pausedweek.h"
#include "ui/schedule/weekstrip.h"

#include <QApplication>
#include <QImage>
#include <QPalette>
#include <QtTest>

namespace {

using Range = PausedWeek::Range;

// The paused stretches of "pause Mon-Fri 20:00, resume Mon-Fri 07:30" in `zone`, written as
// the wall clock says them, from a week before `from` to a week after `to`.
QList<PausedWeek::Interval> weeknights(const QDate &from, const QDate &to, const QTimeZone &zone)
{
    QList<PausedWeek::Interval> intervals;
    for (QDate day = from.addDays(-7); day <= to.addDays(7); day = day.addDays(1)) {
        if (day.dayOfWeek() > 5)
            continue;
        QDate resume = day.addDays(1);
        while (resume.dayOfWeek() > 5)
            resume = resume.addDays(1);
        intervals.append({QDateTime(day, QTime(20, 0), zone), QDateTime(resume, QTime(7, 30), zone)});
    }
    return intervals;
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x20, 0x20, 0x24));
    palette.setColor(QPalette::Base, QColor(0x18, 0x18, 0x1c));
    palette.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    palette.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    palette.setColor(QPalette::Mid, QColor(0x50, 0x50, 0x58));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xe6));
    return palette;
}

} // namespace

class TestWeekStrip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void weeknightsAndWeekend()
    {
        const QTimeZone berlin("Europe/Berlin");
        const QDate monday(2026, 12, 7);
        const PausedWeek week(monday, berlin, weeknights(monday, monday.addDays(6), berlin));
        const QList<Range> weekday {{0, 7 * 60 + 30}, {20 * 60, 24 * 60}};
        for (int day = 0; day < 4; ++day)
            QCOMPARE(week.pausedRanges(day), weekday);
        QCOMPARE(week.pausedRanges(4), weekday); // Friday: until 07:30, again from 20:00
        QCOMPARE(week.pausedRanges(5), QList<Range>({{0, 24 * 60}}));
        QCOMPARE(week.pausedRanges(6), QList<Range>({{0, 24 * 60}}));
        QVERIFY(week.isPausedAt(QDateTime(monday, QTime(7, 29), berlin)));
        QVERIFY(!week.isPausedAt(QDateTime(monday, QTime(7, 30), berlin)));
        QVERIFY(week.isPausedAt(QDateTime(monday.addDays(5), QTime(12, 0), berlin)));
        QCOMPARE(week.description(), QStringLiteral("Paused Mon–Fri 20:00–07:30, weekends all day"));
        QCOMPARE(week.dayDescription(0), QStringLiteral("Mon 7 Dec: paused until 07:30 and from 20:00"));
        QCOMPARE(week.dayDescription(6), QStringLiteral("Sun 13 Dec: paused all day"));
    }

    // The coming seven days from a Wednesday through the end of summer time in Berlin
    // (Sun 25 Oct 2026, 03:00 CEST becomes 02:00 CET): the 25-hour Sunday is one row of wall-
    // clock hours, and Monday after the change still pauses until 07:30 and from 20:00 (an
    // hour-count from the week's start would put them at 06:30 and 19:00).
    void acrossDaylightSavingChange()
    {
        const QTimeZone berlin("Europe/Berlin");
        const QDate wednesday(2026, 10, 21);
        const PausedWeek week(wednesday, berlin, weeknights(wednesday, wednesday.addDays(6), berlin));
        const QList<Range> weekday {{0, 7 * 60 + 30}, {20 * 60, 24 * 60}};
        QCOMPARE(week.pausedRanges(0), weekday);                      // Wed, summer time
        QCOMPARE(week.pausedRanges(4), QList<Range>({{0, 24 * 60}})); // Sun 25 Oct, 25 hours
        QCOMPARE(week.pausedRanges(5), weekday);                      // Mon 26 Oct, winter time
        QCOMPARE(week.pausedRanges(6), weekday);
        QCOMPARE(week.description(), QStringLiteral("Paused Mon–Fri 20:00–07:30, weekends all day"));
        QVERIFY(week.zoneText(QDateTime(QDate(2026, 10, 26), QTime(12, 0), berlin), berlin).startsWith(QStringLiteral("Europe/Berlin (UTC+01:00")));
        QVERIFY(week.zoneText(QDateTime(QDate(2026, 10, 22), QTime(12, 0), berlin), berlin).startsWith(QStringLiteral("Europe/Berlin (UTC+02:00")));
        QCOMPARE(week.zoneText(QDateTime(QDate(2026, 10, 22), QTime(12, 0), berlin), QTimeZone("UTC")),
                 QStringLiteral("Europe/Berlin (UTC+02:00, 2 h ahead of local time)"));
    }

    void exceptionDaysAreNamed()
    {
        const QTimeZone berlin("Europe/Berlin");
        const QDate monday(2026, 12, 21);
        // The schedule skips 24 Dec: Wednesday's pause runs on until Friday 07:30.
        QList<PausedWeek::Interval> intervals;
        for (const PausedWeek::Interval &interval : weeknights(monday, monday.addDays(6), berlin)) {
            if (interval.start.date() == QDate(2026, 12, 24))
                continue;
            if (interval.end.date() == QDate(2026, 12, 24))
                intervals.append({interval.start, QDateTime(QDate(2026, 12, 25), QTime(7, 30), berlin)});
            else
                intervals.append(interval);
        }
        const PausedWeek week(monday, berlin, intervals, {QDate(2026, 12, 24)});
        QVERIFY(week.isException(3));
        QCOMPARE(week.pausedRanges(3), QList<Range>({{0, 24 * 60}}));
        QVERIFY(week.description().endsWith(QStringLiteral("; no schedule on Thu 24 Dec (exception)")));
        QVERIFY(week.dayDescription(3).endsWith(QStringLiteral("(exception: the schedule does not apply)")));
    }

    void noPausesSaySo()
    {
        QCOMPARE(PausedWeek(QDate(2026, 12, 7), QTimeZone("UTC"), {}).description(), QStringLiteral("Running all week"));
        QCOMPARE(PausedWeek(QDate(2026, 12, 7), QTimeZone("UTC"), {{QDateTime(), QDateTime()}}).description(),
                 QStringLiteral("Paused all week"));
    }

    void paintsPausedHoursInLightAndDark_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void paintsPausedHoursInLightAndDark()
    {
        QFETCH(bool, dark);
        const QTimeZone berlin("Europe/Berlin");
        const QDate monday(2026, 12, 7);
        WeekStrip strip;
        if (dark)
            strip.setPalette(darkPalette());
        strip.resize(strip.sizeHint().width() * 2, strip.sizeHint().height());
        strip.setWeek(PausedWeek(monday, berlin, weeknights(monday, monday.addDays(6), berlin)));
        strip.setNow(QDateTime(monday.addDays(2), QTime(12, 0), berlin));
        QCOMPARE(strip.accessibleDescription(), QStringLiteral("Paused Mon–Fri 20:00–07:30, weekends all day"));

        const QImage image = strip.grab().toImage();
        const auto at = [&](int day, int minute) {
            const QRect row = strip.dayRect(day);
            return image.pixelColor(row.left() + minute * row.width() / (24 * 60), row.center().y());
        };
        const QColor base = strip.palette().color(QPalette::Base);
        const QColor paused = at(0, 3 * 60 + 20); // Mon 03:20
        QCOMPARE(at(0, 12 * 60 + 20), base);     // Mon 12:20 runs
        QVERIFY2(paused != base, qPrintable(paused.name()));
        QCOMPARE(at(0, 21 * 60 + 20), paused);   // Mon 21:20
        QCOMPARE(at(5, 12 * 60 + 20), paused);   // Sat noon
        QCOMPARE(at(1, 9 * 60 + 20), base);      // Tue 09:20
        // The paused fill stands out from the running one by lightness in either theme.
        QVERIFY2(std::abs(paused.lightnessF() - base.lightnessF()) > 0.15,
                 qPrintable(QStringLiteral("%1 on %2").arg(paused.name(), base.name())));
        // The now marker (Wed 12:00) is drawn in the highlight colour.
        QCOMPARE(at(2, 12 * 60), strip.palette().color(QPalette::Highlight));
    }
};

QTEST_MAIN(TestWeekStrip)
#include "tst_weekstrip.moc"
