// Which of Pause and Resume applies to a deployment (issue 24, item 11): one rule, the same in
// the model's ActionRole as in ActionAvailability, for every state a deployment can be in.
#include "app/deployments/actionavailability.h"
#include "app/deployments/deploymenttablemodel.h"

#include <QtTest>

namespace {

Deployment make(const QString &name, const QString &state, int minReplicas, int desired = -1)
{
    QJsonObject status {{"state", state}};
    if (desired >= 0)
        status.insert("autoscaler_status", QJsonObject {{"desired_replicas", desired}});
    const QJsonObject object {
        {"metadata", QJsonObject {{"id", name}, {"name", name}, {"version", 1}}},
        {"spec", QJsonObject {{"resource_requirement", QJsonObject {{"min_replicas", minReplicas}, {"max_replicas", 4}}}}},
        {"status", status},
    };
    Deployment d;
    Deployment::fromJson(object, &d);
    return d;
}

} // namespace

class TestActionAvailability : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rule_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<int>("minReplicas");
        QTest::addColumn<int>("desired");
        QTest::addColumn<bool>("pausedByConsole");
        QTest::addColumn<int>("pending");
        QTest::addColumn<bool>("resume");
        QTest::addColumn<bool>("enabled");
        QTest::newRow("ready") << "Ready" << 1 << 1 << false << int(PendingAction::None) << false << true;
        QTest::newRow("error") << "Error" << 1 << 1 << false << int(PendingAction::None) << false << true;
        QTest::newRow("paused by the console") << "Stopped" << 0 << 0 << true << int(PendingAction::None) << true << true;
        QTest::newRow("stopped outside") << "Stopped" << 0 << 0 << false << int(PendingAction::None) << true << true;
        QTest::newRow("idle") << "Stopped" << 1 << 0 << false << int(PendingAction::None) << true << true;
        QTest::newRow("pausing") << "Ready" << 1 << 1 << false << int(PendingAction::Pausing) << true << false;
        QTest::newRow("resuming") << "Stopped" << 0 << 0 << true << int(PendingAction::Resuming) << false << false;
        QTest::newRow("deleting") << "Deleting" << 1 << 1 << false << int(PendingAction::None) << false << false;
    }

    void rule()
    {
        QFETCH(QString, state);
        QFETCH(int, minReplicas);
        QFETCH(int, desired);
        QFETCH(bool, pausedByConsole);
        QFETCH(int, pending);
        QFETCH(bool, resume);
        QFETCH(bool, enabled);
        const Deployment d = make(QStringLiteral("d"), state, minReplicas, desired);
        PauseMarker marker;
        marker.paused = pausedByConsole;
        marker.confirmed = pausedByConsole;
        const ActionAvailability a = ActionAvailability::of(d, marker, PendingAction(pending));
        QCOMPARE(a.action == ActionAvailability::Action::Resume, resume);
        QCOMPARE(a.enabled, enabled);
        QCOMPARE(a.why.isEmpty(), enabled);

        // The table's role says the same.
        DeploymentTableModel model;
        model.applyDeployments({d});
        model.setPauseMarkers({{QStringLiteral("d"), marker}});
        model.setPendingAction(QStringLiteral("d"), PendingAction(pending));
        const QModelIndex index = model.index(0, 0);
        QCOMPARE(index.data(DeploymentTableModel::ActionRole).toInt(), int(a.action));
        QCOMPARE(index.data(DeploymentTableModel::ActionEnabledRole).toBool(), a.enabled);
    }
};

QTEST_GUILESS_MAIN(TestActionAvailability)
#include "tst_actionavailability.moc"
