// NotificationCenter, the tray's own news, with no widgets and no tray: pause and resume
// outcomes that are news and those that are not, and the switch kept in the settings file,
// the same switch the alerts' AlertNewsPolicy reads. (A deployment entering Error is an
// alert: tst_alertnotifications, tst_alertnewspolicy.)
#include "app/notifications/notificationcenter.h"
#include "app/watch/alertnewspolicy.h"

#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using Notification = NotificationCenter::Notification;
using Kind = Notification::Kind;

namespace {

Notification at(const QSignalSpy &spy, int index)
{
    return spy.at(index).at(0).value<Notification>();
}

} // namespace

class TestNotificationCenter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("notifications.ini")), QSettings::IniFormat);
        m_settings->clear();
    }

    void pauseAndResumeOutcomes_data()
    {
        QTest::addColumn<int>("outcomeKind");
        QTest::addColumn<bool>("announced");
        QTest::addColumn<int>("kind");
        QTest::newRow("paused") << int(PauseOutcome::Kind::Paused) << true << int(Kind::Paused);
        QTest::newRow("resumed") << int(PauseOutcome::Kind::Resumed) << true << int(Kind::Resumed);
        QTest::newRow("failed") << int(PauseOutcome::Kind::Failed) << true << int(Kind::NotChanged);
        QTest::newRow("store failed") << int(PauseOutcome::Kind::LocalStoreFailed) << true << int(Kind::NotChanged);
        QTest::newRow("already paused") << int(PauseOutcome::Kind::AlreadyPaused) << false << 0;
        QTest::newRow("already stopped") << int(PauseOutcome::Kind::AlreadyStopped) << false << 0;
        QTest::newRow("not paused") << int(PauseOutcome::Kind::NotPaused) << false << 0;
        QTest::newRow("needs replicas") << int(PauseOutcome::Kind::NeedsReplicaCount) << false << 0;
        QTest::newRow("changed while paused") << int(PauseOutcome::Kind::ChangedWhilePaused) << false << 0;
    }

    void pauseAndResumeOutcomes()
    {
        QFETCH(int, outcomeKind);
        QFETCH(bool, announced);
        QFETCH(int, kind);
        NotificationCenter center(m_settings.get());
        QSignalSpy posted(&center, &NotificationCenter::notificationPosted);
        PauseOutcome outcome;
        outcome.kind = PauseOutcome::Kind(outcomeKind);
        outcome.deploymentName = QStringLiteral("llama");
        outcome.message = QStringLiteral("Something happened to llama.");
        center.notifyPauseFinished(outcome);
        QCOMPARE(posted.size(), announced ? 1 : 0); // at once
        if (announced) {
            const Notification n = at(posted, 0);
            QCOMPARE(int(n.kind), kind);
            QCOMPARE(n.deployments, QStringList {"llama"});
            QCOMPARE(n.message, outcome.message);
            QCOMPARE(n.isWarning(), n.kind == Kind::NotChanged);
        }
    }

    void aFailureWithoutASentenceUsesTheErrorsWords()
    {
        NotificationCenter center(m_settings.get());
        QSignalSpy posted(&center, &NotificationCenter::notificationPosted);
        PauseOutcome outcome;
        outcome.kind = PauseOutcome::Kind::Failed;
        outcome.deploymentName = QStringLiteral("llama");
        outcome.error = ApiError::fromHttpStatus(503, R"({"message":"gateway overloaded"})");
        center.notifyPauseFinished(outcome);
        QCOMPARE(posted.size(), 1);
        QCOMPARE(at(posted, 0).message, outcome.error.userMessage());
        QVERIFY(at(posted, 0).message.contains(QStringLiteral("gateway overloaded")));
    }

    void switchOffIsRememberedAndSilences()
    {
        {
            NotificationCenter center(m_settings.get());
            QVERIFY(center.isEnabled());
            QSignalSpy changed(&center, &NotificationCenter::enabledChanged);
            center.setEnabled(false);
            center.setEnabled(false);
            QCOMPARE(changed.size(), 1);
        }
        QCOMPARE(m_settings->value(NotificationCenter::enabledKey()).toBool(), false);

        NotificationCenter center(m_settings.get());
        QVERIFY(!center.isEnabled());
        QSignalSpy posted(&center, &NotificationCenter::notificationPosted);
        // The alerts' desktop notifications are silenced by the same switch.
        Alert alert;
        alert.name = QStringLiteral("llama");
        QCOMPARE(AlertNewsPolicy(m_settings.get()).judge(alert), AlertNewsPolicy::Verdict::SwitchedOff);
        PauseOutcome outcome;
        outcome.kind = PauseOutcome::Kind::Paused;
        outcome.deploymentName = QStringLiteral("llama");
        center.notifyPauseFinished(outcome);
        QCOMPARE(posted.size(), 0); // posted at once or never

        center.setEnabled(true);
        QCOMPARE(AlertNewsPolicy(m_settings.get()).judge(alert), AlertNewsPolicy::Verdict::News);
        center.notifyPauseFinished(outcome);
        QCOMPARE(posted.size(), 1);
        QCOMPARE(at(posted, 0).kind, Kind::Paused);
    }
};

QTEST_GUILESS_MAIN(TestNotificationCenter)
#include "tst_notificationcenter.moc"
