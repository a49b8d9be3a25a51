// Ray clusters, legacy dev pods, the tokens route and the origin header, over raw HTTP.
#include "app/simulator/newapipopulation.h"
#include "app/simulator/simulatorpopulation.h"
#include "app/simulator/workspacesimulator.h"
#include "tests/simulator/rawhttp.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace std::chrono_literals;

namespace {

QString stateOf(const QJsonObject &resource)
{
    return resource.value(QStringLiteral("status")).toObject().value(QStringLiteral("state")).toString();
}

QJsonObject suspendPatch(bool suspend)
{
    return QJsonObject{{QStringLiteral("spec"), QJsonObject{{QStringLiteral("suspend"), suspend}}}};
}

QJsonObject workersPatch(const QJsonObject &group)
{
    return QJsonObject{{QStringLiteral("spec"), QJsonObject{{QStringLiteral("worker_group_specs"), QJsonArray{group}}}}};
}

QJsonObject group(const QString &name, int min, int max)
{
    return QJsonObject{{QStringLiteral("group_name"), name}, {QStringLiteral("min_replicas"), min}, {QStringLiteral("max_replicas"), max}};
}

} // namespace

class TestSimulatorKinds : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<WorkspaceSimulator> m_sim;
    std::unique_ptr<RawHttp> m_http;

private slots:
    void init()
    {
        m_sim = std::make_unique<WorkspaceSimulator>();
        m_sim->setTransitionDelay(200ms);
        m_sim->setDeployments(SimulatorPopulation::demo());
        m_sim->setRayClusters(NewApiPopulation::rayClusters());
        QVERIFY(m_sim->listen());
        m_http = std::make_unique<RawHttp>(m_sim->baseUrl());
    }

    void cleanup()
    {
        m_http.reset();
        m_sim.reset();
    }

    void rayClustersInBothGenerations_data()
    {
        QTest::addColumn<bool>("newApi");
        QTest::newRow("legacy") << false;
        QTest::newRow("new") << true;
    }

    void rayClustersInBothGenerations()
    {
        QFETCH(bool, newApi);
        m_sim->setNewDeploymentApi(newApi);
        const QJsonArray list = m_http->get(QStringLiteral("/rayclusters")).array();
        QCOMPARE(list.size(), 3);
        const QJsonObject one = m_http->get(QStringLiteral("/rayclusters/ray-train-llama")).object();
        QCOMPARE(stateOf(one), QStringLiteral("Ready"));
        QCOMPARE(one.value(QStringLiteral("spec")).toObject().value(QStringLiteral("worker_group_specs")).toArray().size(), 2);
        QCOMPARE(m_http->get(QStringLiteral("/rayclusters/nope")).status, 404);
    }

    void suspendStopsAndResumes()
    {
        const QString path = QStringLiteral("/rayclusters/ray-train-llama");
        const RawHttp::Result stop = m_http->patch(path, suspendPatch(true));
        QCOMPARE(stop.status, 200);
        QCOMPARE(stateOf(stop.object()), QStringLiteral("Stopping"));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(m_sim->rayCluster(QStringLiteral("ray-train-llama"))), QStringLiteral("Stopped"), 3000);
        const RawHttp::Result start = m_http->patch(path, suspendPatch(false));
        QCOMPARE(stateOf(start.object()), QStringLiteral("Starting"));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(m_sim->rayCluster(QStringLiteral("ray-train-llama"))), QStringLiteral("Ready"), 3000);
        // Unknown fields and the groups' other keys survive.
        const QJsonObject spec = m_sim->rayCluster(QStringLiteral("ray-train-llama")).value(QStringLiteral("spec")).toObject();
        QVERIFY(spec.contains(QStringLiteral("future_field")));
        QCOMPARE(spec.value(QStringLiteral("worker_group_specs")).toArray().at(0).toObject().value(QStringLiteral("resource_shape")).toString(),
                 QStringLiteral("gpu.8xh100-sxm"));
    }

    void workerGroupsMergeByName()
    {
        const QString path = QStringLiteral("/rayclusters/ray-train-llama");
        const RawHttp::Result result = m_http->patch(path, workersPatch(group(QStringLiteral("cpu-workers"), 0, 2)));
        QCOMPARE(result.status, 200);
        QCOMPARE(stateOf(result.object()), QStringLiteral("Scaling"));
        const QJsonArray groups = result.object().value(QStringLiteral("spec")).toObject().value(QStringLiteral("worker_group_specs")).toArray();
        QCOMPARE(groups.size(), 2);
        QCOMPARE(groups.at(0).toObject().value(QStringLiteral("min_replicas")).toInt(), 2); // untouched
        QCOMPARE(groups.at(1).toObject().value(QStringLiteral("min_replicas")).toInt(), 0);
        QCOMPARE(groups.at(1).toObject().value(QStringLiteral("max_replicas")).toInt(), 2);
        QCOMPARE(groups.at(1).toObject().value(QStringLiteral("resource_shape")).toString(), QStringLiteral("cpu.large"));
    }

    void onlySuspendAndWorkersCanChange_data()
    {
        QTest::addColumn<QJsonObject>("patch");
        QTest::newRow("image") << QJsonObject{{QStringLiteral("spec"), QJsonObject{{QStringLiteral("image"), QStringLiteral("x")}}}};
        QTest::newRow("worker shape")
            << workersPatch(QJsonObject{{QStringLiteral("group_name"), QStringLiteral("cpu-workers")}, {QStringLiteral("resource_shape"), QStringLiteral("cpu.small")}});
        QTest::newRow("unknown group") << workersPatch(group(QStringLiteral("nope"), 1, 1));
        QTest::newRow("max below min") << workersPatch(group(QStringLiteral("cpu-workers"), 3, 1));
        QTest::newRow("suspend not a bool") << QJsonObject{{QStringLiteral("spec"), QJsonObject{{QStringLiteral("suspend"), 1}}}};
    }

    void onlySuspendAndWorkersCanChange()
    {
        QFETCH(QJsonObject, patch);
        const QJsonObject before = m_sim->rayCluster(QStringLiteral("ray-train-llama"));
        const RawHttp::Result result = m_http->patch(QStringLiteral("/rayclusters/ray-train-llama"), patch);
        QCOMPARE(result.status, 400);
        QVERIFY(!result.message().isEmpty());
        QCOMPARE(m_sim->rayCluster(QStringLiteral("ray-train-llama")), before);
    }

    void deleteRayCluster()
    {
        QSignalSpy removed(m_sim.get(), &WorkspaceSimulator::rayClusterRemoved);
        const RawHttp::Result result = m_http->send("DELETE", QStringLiteral("/rayclusters/ray-eval"));
        QCOMPARE(stateOf(result.object()), QStringLiteral("Deleting"));
        QVERIFY(removed.wait(3000));
        QCOMPARE(m_http->get(QStringLiteral("/rayclusters/ray-eval")).status, 404);
    }

    // `lep pod stop` on the legacy API: min_replicas 0 on an is_pod deployment.
    void legacyPodsStopAndStart()
    {
        QStringList running;
        QStringList stopped;
        for (const QJsonValue &value : m_http->get(QStringLiteral("/deployments")).array()) {
            const QJsonObject deployment = value.toObject();
            const QJsonObject spec = deployment.value(QStringLiteral("spec")).toObject();
            if (!spec.value(QStringLiteral("is_pod")).toBool())
                continue;
            const QJsonObject resources = spec.value(QStringLiteral("resource_requirement")).toObject();
            QCOMPARE(resources.value(QStringLiteral("max_replicas")).toInt(), 1);
            QVERIFY(!spec.contains(QStringLiteral("auto_scaler")));
            const QString name = deployment.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")).toString();
            (resources.value(QStringLiteral("min_replicas")).toInt() == 1 ? running : stopped).append(name);
        }
        QVERIFY(!running.isEmpty());
        QVERIFY(!stopped.isEmpty());
        // The real state in status.state, to follow each step (tst_legacystatefold covers the fold).
        m_sim->setLegacyStateFold(false);
        const auto minPatch = [](int min) {
            return QJsonObject{{QStringLiteral("spec"), QJsonObject{{QStringLiteral("resource_requirement"), QJsonObject{{QStringLiteral("min_replicas"), min}}}}}};
        };
        QCOMPARE(stateOf(m_http->patch(QStringLiteral("/deployments/") + running.first(), minPatch(0)).object()), QStringLiteral("Stopping"));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(m_sim->deployment(running.first())), QStringLiteral("Stopped"), 3000);
        QCOMPARE(stateOf(m_http->patch(QStringLiteral("/deployments/") + stopped.first(), minPatch(1)).object()), QStringLiteral("Starting"));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(m_sim->deployment(stopped.first())), QStringLiteral("Ready"), 3000);
    }

    void tokensTellTheExpiry()
    {
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const RawHttp::Result result = m_http->get(QStringLiteral("/tokens"));
        QCOMPARE(result.status, 200);
        const QJsonObject token = result.array().at(0).toObject();
        QCOMPARE(token.value(QStringLiteral("masked_value")).toString(), QStringLiteral("de...en"));
        // No expiry set: the token is listed without one, as a server that does not say.
        QVERIFY(!token.contains(QStringLiteral("expires_at")));
        QVERIFY(!result.body.contains("demo-token"));

        const QDateTime soon = QDateTime::fromMSecsSinceEpoch(before + 5 * 3600 * 1000LL, Qt::UTC);
        m_sim->setTokenExpiry(soon);
        QCOMPARE(m_http->get(QStringLiteral("/tokens")).array().at(0).toObject().value(QStringLiteral("expires_at")).toVariant().toLongLong(),
                 soon.toMSecsSinceEpoch());
        QCOMPARE(RawHttp(m_sim->baseUrl(), QStringLiteral("wrong")).get(QStringLiteral("/tokens")).status, 401);
        QCOMPARE(m_http->sendTo("GET", m_sim->baseUrl()).object().value(QStringLiteral("display_name")).toString(), QStringLiteral("Demo Workspace"));
    }

    // The demo population is data (app/simulator/data/demo.json) with times relative to now.
    void demoDataResolvesRelativeTimes()
    {
        PopulationOptions options;
        options.nowMs = PopulationOptions::ReferenceTimeMs;
        const QList<QJsonObject> demo = SimulatorPopulation::demo(options);
        QCOMPARE(demo.size(), 16);
        const QJsonObject first = demo.first();
        const QJsonObject metadata = first.value(QStringLiteral("metadata")).toObject();
        QCOMPARE(metadata.value(QStringLiteral("name")).toString(), QStringLiteral("llama3-8b-chat"));
        QCOMPARE(metadata.value(QStringLiteral("created_at")).toVariant().toLongLong(), options.nowMs - 94 * 86400000LL);
        QCOMPARE(metadata.value(QStringLiteral("last_modified_at")).toVariant().toLongLong(), options.nowMs - 3 * 86400000LL);
        const QJsonObject scaler = first.value(QStringLiteral("status")).toObject().value(QStringLiteral("autoscaler_status")).toObject();
        QCOMPARE(scaler.value(QStringLiteral("last_transition_time")).toVariant().toLongLong(), (options.nowMs - 3 * 86400000LL) / 1000);
        options.workspaceId = QStringLiteral("team-a");
        const QString url = SimulatorPopulation::demo(options).first().value(QStringLiteral("status")).toObject()
                                .value(QStringLiteral("endpoint")).toObject().value(QStringLiteral("external_endpoint")).toString();
        QVERIFY2(url.startsWith(QLatin1String("https://team-a-")), qPrintable(url));
    }

    void recordsTheOriginHeader()
    {
        QVERIFY(m_sim->lastOriginHeader().isEmpty());
        m_http->get(QStringLiteral("/workspace"));
        QVERIFY(m_sim->lastOriginHeader().isEmpty());
        m_http->send("GET", QStringLiteral("/deployments"), {}, {{"origin", "https://dashboard.dgxc-lepton.nvidia.com"}});
        QCOMPARE(m_sim->lastOriginHeader(), QByteArray("https://dashboard.dgxc-lepton.nvidia.com"));
    }
};

QTEST_GUILESS_MAIN(TestSimulatorKinds)
#include "tst_simulatorkinds.moc"
