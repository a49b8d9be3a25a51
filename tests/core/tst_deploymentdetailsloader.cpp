// DeploymentDetailsLoader against the simulator over HTTP, no widgets: the three detail calls
// of a deployment, each answer on its own (one failing section does not hide the others),
// readiness summarised, events newest first, and only the latest load's answers delivered.
#include "app/api/leptonclient.h"
#include "app/deployments/deploymentdetailsloader.h"
#include "app/simulator/simulatorpopulation.h"
#include "app/simulator/workspacesimulator.h"
#include "tests/support/recipeinstate.h"
#include "tests/support/simulatorclient.h"
#include "tests/support/simulatorwithclient.h"

#include <QSignalSpy>
#include <QtTest>

using Loader = DeploymentDetailsLoader;

namespace {

DeploymentRecipe recipe(const QString &name, const QString &state, int replicas)
{
    return recipeInState(name, state, replicas, replicas + 2);
}

template <typename Result>
Result resultAt(const QSignalSpy &spy, int index)
{
    return spy.at(index).at(1).value<Result>();
}

} // namespace

class TestDeploymentDetailsLoader : public QObject
{
    Q_OBJECT

    SimulatorWithClient m_workspace;
    WorkspaceSimulator *m_simulator = nullptr;

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_workspace.start({
            SimulatorPopulation::make(recipe(QStringLiteral("chat-ready"), QStringLiteral("Ready"), 2)),
            SimulatorPopulation::make(recipe(QStringLiteral("embed-ready"), QStringLiteral("Ready"), 1)),
            SimulatorPopulation::make(recipe(QStringLiteral("big-notready"), QStringLiteral("Not Ready"), 1)),
        }, std::chrono::seconds(10)));
        m_simulator = m_workspace.simulator();
    }

    void cleanup() { m_workspace.stop(); }

    void loadsTheThreeSections()
    {
        Loader loader;
        loader.setClient(m_workspace.client());
        QSignalSpy replicas(&loader, &Loader::replicasLoaded);
        QSignalSpy readiness(&loader, &Loader::readinessLoaded);
        QSignalSpy events(&loader, &Loader::eventsLoaded);
        QVERIFY(loader.load(QStringLiteral("chat-ready")));
        QTRY_COMPARE(replicas.size(), 1);
        QTRY_COMPARE(readiness.size(), 1);
        QTRY_COMPARE(events.size(), 1);

        QCOMPARE(replicas.first().first().toString(), QStringLiteral("chat-ready"));
        const auto r = resultAt<Loader::ReplicasResult>(replicas, 0);
        QVERIFY(r.ok());
        QCOMPARE(r.value.size(), 2);
        for (const Replica &replica : r.value) {
            QVERIFY(replica.id.startsWith(QStringLiteral("chat-ready-")));
            QVERIFY(replica.nodeName.startsWith(QStringLiteral("node-")));
        }
        const auto ready = resultAt<Loader::ReadinessResult>(readiness, 0);
        QVERIFY(ready.ok());
        QVERIFY(ready.value.issues.isEmpty());
        QCOMPARE(ready.value.ready, 2);
        const auto e = resultAt<Loader::EventsResult>(events, 0);
        QVERIFY(e.ok());
        QVERIFY(e.value.size() >= 2);
        QCOMPARE(e.value.first().reason, QStringLiteral("Started")); // newer than "Pulled"
        QVERIFY(e.value.size() <= Loader::MaxEvents);

        const QStringList paths = [&] {
            QStringList list;
            for (const auto &request : m_simulator->requests())
                list << request.apiPath();
            list.sort();
            return list;
        }();
        QCOMPARE(paths, (QStringList {"/deployments/chat-ready/events", "/deployments/chat-ready/readiness",
                                      "/deployments/chat-ready/replicas"}));
    }

    void readinessIssuesAreKept()
    {
        Loader loader;
        loader.setClient(m_workspace.client());
        QSignalSpy readiness(&loader, &Loader::readinessLoaded);
        loader.load(QStringLiteral("big-notready"));
        QTRY_COMPARE(readiness.size(), 1);
        const auto ready = resultAt<Loader::ReadinessResult>(readiness, 0);
        QVERIFY(ready.ok());
        QCOMPARE(ready.value.issues.size(), 1);
        QCOMPARE(ready.value.issues.first().reason, QStringLiteral("NoCapacity"));
        QVERIFY(ready.value.issues.first().message.contains(QStringLiteral("gpu.l40s")));
    }

    void readinessSummary()
    {
        const ReadinessIssue ready {QStringLiteral("a"), QStringLiteral("Ready"), QString(), QString()};
        const ReadinessIssue readyWithWords {QStringLiteral("b"), QStringLiteral("Ready"), QStringLiteral("but slow"), QString()};
        const ReadinessIssue stuck {QStringLiteral("c"), QStringLiteral("NoCapacity"), QStringLiteral("no gpu"), QString()};
        const Loader::Readiness summary = Loader::Readiness::of({ready, readyWithWords, stuck, ready});
        QCOMPARE(summary.ready, 2);
        QCOMPARE(summary.issues.size(), 2);
        QCOMPARE(summary.issues.at(0).replicaId, QStringLiteral("b"));
        QCOMPARE(summary.issues.at(1).replicaId, QStringLiteral("c"));
    }

    void oneFailingSectionLeavesTheOthers()
    {
        m_simulator->injectFault(WorkspaceSimulator::Fault::httpStatus(500, R"({"code":"Internal","message":"events store down"})")
                                     .on("GET", QStringLiteral("/events$")));
        Loader loader;
        loader.setClient(m_workspace.client());
        QSignalSpy replicas(&loader, &Loader::replicasLoaded);
        QSignalSpy events(&loader, &Loader::eventsLoaded);
        loader.load(QStringLiteral("chat-ready"));
        QTRY_COMPARE(events.size(), 1);
        const auto e = resultAt<Loader::EventsResult>(events, 0);
        QVERIFY(!e.ok());
        QCOMPARE(e.error.kind(), ApiError::Kind::Server);
        QVERIFY(e.error.userMessage().contains(QStringLiteral("events store down")));
        QTRY_COMPARE(replicas.size(), 1);
        QCOMPARE(resultAt<Loader::ReplicasResult>(replicas, 0).value.size(), 2);
    }

    void onlyTheLatestLoadIsDelivered()
    {
        // chat-ready's replicas come back slowly, after embed-ready has been asked for.
        WorkspaceSimulator::Fault slow = WorkspaceSimulator::Fault::ofKind(WorkspaceSimulator::Fault::Kind::SlowDrip)
                                             .on("GET", QStringLiteral("/deployments/chat-ready/replicas$"));
        slow.chunkSize = 48;
        slow.interval = std::chrono::milliseconds(15);
        m_simulator->injectFault(slow);
        QStringList finished;
        connect(m_workspace.client(), &LeptonClient::requestFinished, this,
                [&finished](const QString &, const QString &path, int status, qint64) {
                    if (status == 200)
                        finished << path;
                });
        Loader loader;
        loader.setClient(m_workspace.client());
        QSignalSpy replicas(&loader, &Loader::replicasLoaded);
        loader.load(QStringLiteral("chat-ready"));
        loader.load(QStringLiteral("embed-ready"));
        QTRY_VERIFY_WITH_TIMEOUT(finished.contains(QStringLiteral("/deployments/chat-ready/replicas")), 15000);
        QTRY_COMPARE(replicas.size(), 1);
        QCoreApplication::processEvents();
        QCOMPARE(replicas.size(), 1);
        QCOMPARE(replicas.first().first().toString(), QStringLiteral("embed-ready"));
    }

    void cancelDropsEverything()
    {
        m_simulator->setLatency(std::chrono::milliseconds(200));
        Loader loader;
        loader.setClient(m_workspace.client());
        QSignalSpy replicas(&loader, &Loader::replicasLoaded);
        QSignalSpy readiness(&loader, &Loader::readinessLoaded);
        QSignalSpy events(&loader, &Loader::eventsLoaded);
        QSignalSpy done(m_workspace.client(), &LeptonClient::requestFinished);
        loader.load(QStringLiteral("chat-ready"));
        loader.cancel();
        QTRY_COMPARE(done.size(), 3);
        QCoreApplication::processEvents();
        QVERIFY(replicas.isEmpty());
        QVERIFY(readiness.isEmpty());
        QVERIFY(events.isEmpty());
    }

    void withoutAClientNothingIsSent()
    {
        Loader loader;
        QSignalSpy replicas(&loader, &Loader::replicasLoaded);
        QVERIFY(!loader.load(QStringLiteral("chat-ready")));
        QTest::qWait(50);
        QVERIFY(replicas.isEmpty());
        QVERIFY(m_simulator->requests().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDeploymentDetailsLoader)
#include "tst_deploymentdetailsloader.moc"
