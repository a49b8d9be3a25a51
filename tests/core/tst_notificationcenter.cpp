// NotificationCenter, the policy of desktop notifications, with no widgets and no tray: one
// notification for the deployments that changed to Error in a refresh (none for those in Error
// already, none for new rows), pause and resume outcomes that are news and those that are not,
// and the switch kept in the settings file.
#include "app/deployments/deploymenttablemodel.h"
#include "app/notifications/notificationcenter.h"
#include "tests/support/deploymentinstate.h"

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

    void oneNotificationForTheDeploymentsThatChangeToError()
    {
        DeploymentTableModel model;
        model.applyDeployments(fleetInStates("Ready", "Error", "Starting", 1));
        NotificationCenter center(m_settings.get());
        center.setWorkspaceName(QStringLiteral("prod"));
        QSignalSpy posted(&center, &NotificationCenter::notificationPosted);
        center.setModel(&model); // mistral was in Error before: not news
        QTest::qWait(10);
        QCOMPARE(posted.size(), 0);

        // One refresh, two deployments turn to Error: one notification naming both, on the
        // next turn of the event loop.
        model.applyDeployments(fleetInStates("Error", "Error", "Error", 2));
        QCOMPARE(posted.size(), 0);
        QTRY_COMPARE(posted.size(), 1);
        Notification n = at(posted, 0);
        posted.clear();
        QCOMPARE(n.kind, Kind::BecameError);
        QVERIFY(n.isWarning());
        QCOMPARE(n.deployments, (QStringList {"llama", "whisper"}));
        QCOMPARE(n.workspaceName, QStringLiteral("prod"));

        // Staying in Error is not news; recovering and failing again is.
        model.applyDeployments(fleetInStates("Error", "Error", "Error", 3));
        QTest::qWait(10);
        QCOMPARE(posted.size(), 0);
        model.applyDeployments(fleetInStates("Ready", "Error", "Error", 4));
        model.applyDeployments(fleetInStates("Error", "Error", "Error", 5));
        QTRY_COMPARE(posted.size(), 1);
        QCOMPARE(at(posted, 0).deployments, QStringList {"llama"});
    }

    void newAndRemovedDeploymentsAreNotAnnounced()
    {
        DeploymentTableModel model;
        model.applyDeployments({deploymentInState("llama", "Ready")});
        NotificationCenter center(m_settings.get());
        center.setModel(&model);
        QSignalSpy posted(&center, &NotificationCenter::notificationPosted);
        model.applyDeployments({deploymentInState("llama", "Ready"), deploymentInState("broken", "Error")});
        model.applyDeployments({deploymentInState("broken", "Error", 2)});
        QTest::qWait(10);
        QCOMPARE(posted.size(), 0);
        // A deployment that comes back after being removed starts over.
        model.applyDeployments({deploymentInState("broken", "Error", 3), deploymentInState("llama", "Error", 3)});
        QTest::qWait(10);
        QCOMPARE(posted.size(), 0);
    }

    void anotherModelIsAFreshStart()
    {
        DeploymentTableModel first;
        first.applyDeployments({deploymentInState("llama", "Ready")});
        DeploymentTableModel second;
        second.applyDeployments({deploymentInState("llama", "Ready")});
        NotificationCenter center(m_settings.get());
        QSignalSpy posted(&center, &NotificationCenter::notificationPosted);
        center.setModel(&first);
        first.applyDeployments({deploymentInState("llama", "Error", 2)}); // collected, then the workspace changes
        center.setModel(&second);
        first.applyDeployments({deploymentInState("llama", "Ready", 3)});
        first.applyDeployments({deploymentInState("llama", "Error", 4)}); // no longer watched
        QTest::qWait(10);
        QCOMPARE(posted.size(), 0);
        second.applyDeployments({deploymentInState("llama", "Error", 2)});
        QTRY_COMPARE(posted.size(), 1);
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
        DeploymentTableModel model;
        model.applyDeployments({deploymentInState("llama", "Ready")});
        center.setModel(&model);
        model.applyDeployments({deploymentInState("llama", "Error", 2)});
        PauseOutcome outcome;
        outcome.kind = PauseOutcome::Kind::Paused;
        outcome.deploymentName = QStringLiteral("llama");
        center.notifyPauseFinished(outcome);
        QTest::qWait(10);
        QCOMPARE(posted.size(), 0);

        center.setEnabled(true);
        center.notifyPauseFinished(outcome);
        QCOMPARE(posted.size(), 1);
        QCOMPARE(at(posted, 0).kind, Kind::Paused);
    }
};

QTEST_GUILESS_MAIN(TestNotificationCenter)
#include "tst_notificationcenter.moc"
