// AlertRules in QSettings (an INI file on disk): the defaults, a round trip per
// workspace, and thresholds that cannot be zero or garbage.
#include "app/watch/alertrules.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

class TestAlertRules : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString file() const { return m_dir.filePath(QStringLiteral("rules.ini")); }

private Q_SLOTS:
    void defaults()
    {
        QSettings settings(file(), QSettings::IniFormat);
        const AlertRules rules = AlertRules::load(settings, QStringLiteral("none-yet"));
        QVERIFY(rules.isOn(Alert::Rule::EnteredError));
        QVERIFY(rules.isOn(Alert::Rule::CrashLoop));
        QVERIFY(!rules.isOn(Alert::Rule::ResumeReady)); // good news off by default
        QCOMPARE(rules.stuckMinutes, 10);
        QCOMPARE(rules.crashRestarts, 3);
        QCOMPARE(rules.crashWindowMinutes, 10);
        QCOMPARE(rules.resumeMinutes, 10);
        QVERIFY(rules == AlertRules());
    }

    void roundTripPerWorkspace()
    {
        AlertRules changed;
        changed.setOn(Alert::Rule::StuckNotReady, false);
        changed.setOn(Alert::Rule::ResumeReady, true);
        changed.crashRestarts = 5;
        changed.apiUnreachableMinutes = 2;
        {
            QSettings settings(file(), QSettings::IniFormat);
            changed.save(settings, QStringLiteral("ws-a"));
        }
        QSettings settings(file(), QSettings::IniFormat);
        QCOMPARE(AlertRules::load(settings, QStringLiteral("ws-a")), changed);
        QCOMPARE(AlertRules::load(settings, QStringLiteral("ws-b")), AlertRules());
        QCOMPARE(settings.value(QStringLiteral("alerts/ws-a/stuck")).toBool(), false);
    }

    void badThresholdsFallBack()
    {
        QSettings settings(file(), QSettings::IniFormat);
        settings.setValue(QStringLiteral("alerts/ws-c/stuck-minutes"), 0);
        settings.setValue(QStringLiteral("alerts/ws-c/crash-restarts"), QStringLiteral("many"));
        settings.setValue(QStringLiteral("alerts/ws-c/resume-minutes"), -4);
        const AlertRules rules = AlertRules::load(settings, QStringLiteral("ws-c"));
        QCOMPARE(rules.stuckMinutes, 10);
        QCOMPARE(rules.crashRestarts, 3);
        QCOMPARE(rules.resumeMinutes, 10);
        QVERIFY(rules.scheduleFailed); // a failed scheduled pause or resume: on by default
    }

    void everyRuleHasAKeyAndASwitch()
    {
        for (int i = 0; i <= int(Alert::LastRule); ++i) {
            const auto rule = Alert::Rule(i);
            Alert::Rule back;
            QVERIFY(Alert::ruleFromKey(Alert::ruleKey(rule), &back));
            QCOMPARE(back, rule);
            AlertRules rules;
            rules.setOn(rule, !rules.isOn(rule));
            QVERIFY(!(rules == AlertRules()));
        }
    }
};

QTEST_GUILESS_MAIN(TestAlertRules)
#include "tst_alertrules.moc"
