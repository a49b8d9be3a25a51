// Edit > Preferences > Alert Rules: every switch and threshold of AlertRules for the shown
// workspace, read from and written to the settings file (AlertRules::load/save), through the
// dialog's Apply as a user does it; another workspace's rules stay as they were.
#include "app/watch/alertrules.h"
#include "ui/settings/alertrulespage.h"
#include "ui/settings/settingsdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

class TestAlertRulesPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString file() const { return m_dir.filePath(QStringLiteral("settings.ini")); }

private Q_SLOTS:
    void init() { QFile::remove(file()); }

    void showsTheDefaultsAndEveryRule()
    {
        QSettings settings(file(), QSettings::IniFormat);
        AlertRulesPage page(&settings, QStringLiteral("prod"));
        QCOMPARE(page.rules(), AlertRules());
        for (int i = 0; i <= int(Alert::LastRule); ++i) {
            QCheckBox *box = page.ruleSwitch(Alert::Rule(i));
            QVERIFY2(box, qPrintable(Alert::ruleKey(Alert::Rule(i))));
            QVERIFY(!box->accessibleName().isEmpty());
        }
        QVERIFY(!page.ruleSwitch(Alert::Rule::ResumeReady)->isChecked()); // good news: off by default
        // A failed scheduled pause or resume: on by default, named for screen readers.
        QVERIFY(page.ruleSwitch(Alert::Rule::ScheduleFailed)->isChecked());
        QVERIFY2(page.ruleSwitch(Alert::Rule::ScheduleFailed)->accessibleName().contains(QLatin1String("scheduled pause or resume")),
                 qPrintable(page.ruleSwitch(Alert::Rule::ScheduleFailed)->accessibleName()));
        QCOMPARE(page.stuckMinutes()->value(), 10);
        // A threshold is off while its rule is.
        page.ruleSwitch(Alert::Rule::CrashLoop)->setChecked(false);
        QVERIFY(!page.crashRestarts()->isEnabled());
        QVERIFY(!page.crashWindowMinutes()->isEnabled());
        QVERIFY(page.stuckMinutes()->isEnabled());
    }

    void appliesAndLoadsAgain()
    {
        {
            QSettings settings(file(), QSettings::IniFormat);
            auto *dialog = new SettingsDialog;
            auto *page = new AlertRulesPage(&settings, QStringLiteral("prod"));
            dialog->addPage(page);
            dialog->show();
            QSignalSpy changed(page, &AlertRulesPage::rulesChanged);
            QSignalSpy applied(dialog, &SettingsDialog::applied);

            page->ruleSwitch(Alert::Rule::ResumeReady)->setChecked(true);
            page->ruleSwitch(Alert::Rule::StoppedOutside)->setChecked(false);
            page->stuckMinutes()->setValue(25);
            page->crashRestarts()->setValue(5);
            page->crashWindowMinutes()->setValue(15);
            page->resumeMinutes()->setValue(7);
            page->apiUnreachableMinutes()->setValue(3);
            QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Apply), Qt::LeftButton);
            QTRY_COMPARE(applied.size(), 1);
            QCOMPARE(changed.size(), 1);
            QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("prod"));
            delete dialog;
        }

        // What a new reader of the file (the engine, the next start) finds.
        QSettings settings(file(), QSettings::IniFormat);
        const AlertRules saved = AlertRules::load(settings, QStringLiteral("prod"));
        AlertRules expected;
        expected.resumeReady = true;
        expected.stoppedOutside = false;
        expected.stuckMinutes = 25;
        expected.crashRestarts = 5;
        expected.crashWindowMinutes = 15;
        expected.resumeMinutes = 7;
        expected.apiUnreachableMinutes = 3;
        QCOMPARE(saved, expected);
        QCOMPARE(AlertRules::load(settings, QStringLiteral("staging")), AlertRules()); // untouched

        AlertRulesPage again(&settings, QStringLiteral("prod"));
        QCOMPARE(again.rules(), expected);
        QVERIFY(again.ruleSwitch(Alert::Rule::ResumeReady)->isChecked());
        QCOMPARE(again.stuckMinutes()->value(), 25);
    }

    void anUnchangedPageWritesNothing()
    {
        QSettings settings(file(), QSettings::IniFormat);
        AlertRulesPage page(&settings, QStringLiteral("prod"));
        QSignalSpy finished(&page, &SettingsPage::applyFinished);
        QSignalSpy changed(&page, &AlertRulesPage::rulesChanged);
        page.apply();
        QVERIFY(finished.isEmpty()); // from the event loop, as the dialog expects
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(finished.at(0).at(0).toBool());
        QCOMPARE(changed.size(), 0);
        QVERIFY(settings.allKeys().isEmpty());
    }
};

QTEST_MAIN(TestAlertRulesPage)
#include "tst_alertrulespage.moc"
