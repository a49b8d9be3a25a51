// AlertNewsPolicy, the one decision of what is news on the desktop, with no D-Bus and no
// widgets: the switch, open and not acknowledged, first sight, good news only with its rule,
// quiet while the window is in front; the rules read once per workspace until reloadRules().
#include "app/watch/alertnewspolicy.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using Verdict = AlertNewsPolicy::Verdict;

class TestAlertNewsPolicy : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;

    static Alert alert(Alert::Rule rule)
    {
        Alert a;
        a.id = 1;
        a.rule = rule;
        a.name = QStringLiteral("llama");
        a.workspaceId = QStringLiteral("prod");
        a.message = QStringLiteral("llama is in the Error state.");
        a.raisedAt = QDateTime::currentDateTimeUtc();
        return a;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("news.ini")), QSettings::IniFormat);
        m_settings->clear();
    }

    void problemsAreNewsUnlessFoundAtFirstSightOrSeen()
    {
        AlertNewsPolicy policy(m_settings.get());
        Alert error = alert(Alert::Rule::EnteredError);
        QCOMPARE(policy.judge(error), Verdict::News);
        error.foundAtFirstSight = true;
        QCOMPARE(policy.judge(error), Verdict::FirstSight);
        error.foundAtFirstSight = false;
        error.acknowledged = true;
        QCOMPARE(policy.judge(error), Verdict::NotOpen);
        QVERIFY(!AlertNewsPolicy::staysOnDesktop(error));
        error.acknowledged = false;
        QVERIFY(AlertNewsPolicy::staysOnDesktop(error));
        error.closedAt = QDateTime::currentDateTimeUtc();
        QCOMPARE(policy.judge(error), Verdict::NotOpen);
        QVERIFY(!AlertNewsPolicy::staysOnDesktop(error));
    }

    void quietWhileTheWindowIsInFrontAndNothingWithTheSwitchOff()
    {
        AlertNewsPolicy policy(m_settings.get());
        bool inFront = true;
        policy.setQuiet([&inFront] { return inFront; });
        QCOMPARE(policy.judge(alert(Alert::Rule::CrashLoop)), Verdict::Quiet);
        inFront = false;
        QCOMPARE(policy.judge(alert(Alert::Rule::CrashLoop)), Verdict::News);
        m_settings->setValue(AlertNewsPolicy::enabledKey(), false);
        QCOMPARE(policy.judge(alert(Alert::Rule::CrashLoop)), Verdict::SwitchedOff);
    }

    void goodNewsOnlyWithItsRuleReadOnceUntilReloaded()
    {
        AlertNewsPolicy policy(m_settings.get());
        const Alert ready = alert(Alert::Rule::ResumeReady);
        QCOMPARE(policy.judge(ready), Verdict::RuleOff); // off by default
        // Good news closes as soon as it is raised; its notification stays all the same.
        Alert closed = ready;
        closed.closedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(AlertNewsPolicy::staysOnDesktop(closed));
        AlertRules rules;
        rules.resumeReady = true;
        rules.save(*m_settings, QStringLiteral("prod"));
        QCOMPARE(policy.judge(ready), Verdict::RuleOff); // read once, not for every alert
        policy.reloadRules();
        QCOMPARE(policy.judge(ready), Verdict::News);
        // Another workspace has rules of its own.
        Alert elsewhere = ready;
        elsewhere.workspaceId = QStringLiteral("staging");
        QCOMPARE(policy.judge(elsewhere), Verdict::RuleOff);
    }
};

QTEST_GUILESS_MAIN(TestAlertNewsPolicy)
#include "tst_alertnewspolicy.moc"
