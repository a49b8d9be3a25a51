// ResourceSession, the dev pods and Ray clusters of one workspace over HTTP to the simulator on
// both API generations: each kind's table lists what the server has (and only that kind), the
// ledger's markers of that kind are laid over it, and every list settles the interrupted
// pauses of its kind as the endpoints' refresh does (issue 18 item 3, issue 17 item 6).
#include "app/api/leptonclient.h"
#include "app/deployments/deploymentpoller.h"
#include "app/deployments/deploymenttablemodel.h"
#include "app/deployments/resourcepoller.h"
#include "app/resources/devpodtablemodel.h"
#include "app/resources/rayclustertablemodel.h"
#include "app/resources/resourcesession.h"
#include "app/simulator/simulatorpopulation.h"
#include "app/simulator/workspacesimulator.h"
#include "app/storage/sqlite/ledgertable.h"
#include "app/storage/sqlite/localdatabase.h"
#include "app/storage/sqlite/sqlitestorage.h"
#include "app/workspaces/workspacesession.h"
#include "tests/support/kindspopulation.h"
#include "tests/support/simulatorwithdatabase.h"

#include <QSignalSpy>
#include <QtTest>

using namespace std::chrono_literals;

namespace {

QStringList names(const ResourceTableModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, 0).data(DeploymentTableModel::NameRole).toString();
    out.sort();
    return out;
}

} // namespace

class TestResourceSession : public QObject
{
    Q_OBJECT

    SimulatorWithDatabase m_workspace;
    WorkspaceSimulator *m_simulator = nullptr;

    // Two dev pods (one running, one stopped), an endpoint, and the Ray clusters, in the
    // generation's shapes.
    void populate(bool newApi) { KindsPopulation::populate(*m_simulator, newApi); }

    static bool refreshAndWait(ResourceSession &kinds, ResourceKind kind)
    {
        QSignalSpy refreshed(&kinds, &ResourceSession::refreshed);
        kinds.refreshNow();
        while (refreshed.wait(10000)) {
            for (const QList<QVariant> &args : std::as_const(refreshed)) {
                if (args.first().value<ResourceKind>() == kind)
                    return true;
            }
        }
        return false;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_workspace.open());
        m_simulator = m_workspace.simulator();
    }

    void cleanup() { m_workspace.close(); }

    void listsEachKindOnBothGenerations_data()
    {
        QTest::addColumn<bool>("newApi");
        QTest::newRow("legacy") << false;
        QTest::newRow("new API") << true;
    }

    void listsEachKindOnBothGenerations()
    {
        QFETCH(bool, newApi);
        populate(newApi);
        QVERIFY(m_simulator->listen());
        SqliteStorage storage(m_workspace.database()->path());
        WorkspaceSession session(m_workspace.credentials(), &storage);
        session.poller()->setIntervals(1h, 1h);
        ResourceSession kinds(&session);
        kinds.start(); // before the workspace is read: it waits for the generation
        session.start();
        QTRY_VERIFY_WITH_TIMEOUT(kinds.hasLoaded(ResourceKind::Pod) && kinds.hasLoaded(ResourceKind::RayCluster), 10000);
        QCOMPARE(session.client()->apiGeneration(), newApi ? ApiGeneration::New : ApiGeneration::Legacy);

        QCOMPARE(names(*kinds.devPods()), (QStringList {"alice-dev", "bob-dev"}));
        QCOMPARE(names(*kinds.rayClusters()), (QStringList {"ray-batch-embed", "ray-eval", "ray-train-llama"}));
        // The endpoints' table still has only the endpoint.
        QTRY_COMPARE_WITH_TIMEOUT(session.model()->rowCount(), 1, 10000);

        const DevPodTableModel &pods = *kinds.devPods();
        const int bob = pods.rowOf("bob-dev");
        QCOMPARE(pods.index(bob, DevPodTableModel::StatusColumn).data().toString(), QStringLiteral("Stopped"));
        QCOMPARE(pods.index(bob, DevPodTableModel::ReplicasColumn).data().toString(), QStringLiteral("0"));
        QCOMPARE(pods.index(pods.rowOf("alice-dev"), DevPodTableModel::ShapeColumn).data().toString(), QStringLiteral("gpu.a100-80gb"));
        QCOMPARE(pods.index(pods.rowOf("alice-dev"), DevPodTableModel::ReplicasColumn).data().toString(), QStringLiteral("1"));
        const RayClusterTableModel &ray = *kinds.rayClusters();
        const int train = ray.rowOf("ray-train-llama");
        QCOMPARE(ray.index(train, RayClusterTableModel::WorkersColumn).data().toString(),
                 QStringLiteral("gpu-workers 2–4 · cpu-workers 1–8"));
        QCOMPARE(ray.index(train, RayClusterTableModel::HeadColumn).data().toString(), QStringLiteral("cpu.large"));
        QCOMPARE(ray.index(ray.rowOf("ray-batch-embed"), RayClusterTableModel::StatusColumn).data().toString(),
                 QStringLiteral("Stopped"));

        // A refresh with nothing changed on the server announces nothing.
        QSignalSpy reset(kinds.devPods(), &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy changed(kinds.devPods(), &QAbstractItemModel::dataChanged);
        QVERIFY(refreshAndWait(kinds, ResourceKind::Pod));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 0);
    }

    // A pause cut short (its ledger entry written, the PATCH sent, the process gone before
    // "done"): the next list of its kind settles it, on both generations, for pods and Ray.
    void interruptedPausesOfEveryKindSettle_data()
    {
        QTest::addColumn<bool>("newApi");
        QTest::addColumn<int>("kind");
        QTest::newRow("legacy: dev pod") << false << int(ResourceKind::Pod);
        QTest::newRow("new API: dev pod") << true << int(ResourceKind::Pod);
        QTest::newRow("legacy: Ray cluster") << false << int(ResourceKind::RayCluster);
        QTest::newRow("new API: Ray cluster") << true << int(ResourceKind::RayCluster);
    }

    void interruptedPausesOfEveryKindSettle()
    {
        QFETCH(bool, newApi);
        QFETCH(int, kind);
        const ResourceKind resourceKind = ResourceKind(kind);
        populate(newApi);
        // On the server it is stopped already: the pause's PATCH landed.
        const QString name = resourceKind == ResourceKind::Pod ? QStringLiteral("bob-dev") : QStringLiteral("ray-batch-embed");
        QVERIFY(m_simulator->listen());

        // Written by another process, as a pause that was cut short leaves it.
        LedgerTable otherProcess(*m_workspace.database());
        PauseEntry entry;
        entry.workspaceId = m_simulator->workspaceId();
        entry.deploymentName = name;
        entry.kind = ResourceKinds::toString(resourceKind);
        entry.savedMinReplicas = 1;
        entry.savedMaxReplicas = 1;
        entry.pausedBy = QStringLiteral("lepton-console-cli");
        entry.pausedAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
        QVERIFY(otherProcess.beginPause(entry).ok());
        QCOMPARE(otherProcess.openEntry(entry.workspaceId, name)->state, PauseEntry::State::Pending);

        SqliteStorage storage(m_workspace.database()->path());
        WorkspaceSession session(m_workspace.credentials(), &storage);
        session.poller()->setIntervals(1h, 1h);
        ResourceSession kinds(&session);
        QSignalSpy reconciled(&kinds, &ResourceSession::reconciled);
        session.start();
        kinds.start();
        QTRY_VERIFY_WITH_TIMEOUT(kinds.hasLoaded(resourceKind), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(otherProcess.openEntry(entry.workspaceId, name)->state, PauseEntry::State::Active, 10000);
        // A legacy dev pod is in the endpoints' list too (/deployments), whose refresh may settle
        // it first; a new-API pod and a Ray cluster are listed only here.
        if (newApi || resourceKind == ResourceKind::RayCluster) {
            QTRY_VERIFY_WITH_TIMEOUT(!reconciled.isEmpty(), 10000);
            QVERIFY2(reconciled.first().first().toStringList().join(u' ').contains(name),
                     qPrintable(reconciled.first().first().toStringList().join(u' ')));
        }
        // And the table of its kind shows it paused by the console.
        QTRY_VERIFY_WITH_TIMEOUT(kinds.model(resourceKind)->pauseMarker(name).paused, 10000);
        const int row = kinds.model(resourceKind)->rowOf(name);
        QVERIFY(kinds.model(resourceKind)->index(row, 0).data(DeploymentTableModel::PausedRole).toBool());
        QVERIFY(kinds.model(resourceKind)
                    ->index(row, kinds.model(resourceKind)->pauseColumn())
                    .data()
                    .toString()
                    .contains(QStringLiteral("lepton-console-cli")));
    }
};

QTEST_GUILESS_MAIN(TestResourceSession)
#include "tst_resourcesession.moc"
