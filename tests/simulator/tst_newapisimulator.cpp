// The simulator's new API generation (/endpoints, /devpods), over real HTTP with raw JSON.
#include "app/simulator/newapipopulation.h"
#include "app/simulator/simulatorpopulation.h"
#include "app/simulator/simulatedlogs.h"
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

QJsonArray componentsOf(const QJsonObject &endpoint)
{
    return endpoint.value(QStringLiteral("spec")).toObject().value(QStringLiteral("components")).toArray();
}

QJsonObject specPatch(const QJsonArray &components)
{
    return QJsonObject{{QStringLiteral("metadata"), QJsonObject{}},
                       {QStringLiteral("spec"), QJsonObject{{QStringLiteral("components"), components}}}};
}

// What the SDK's stop sends: every component at min_replicas 0, active targets switched off.
QJsonArray stopped(QJsonArray components)
{
    for (int i = 0; i < components.size(); ++i) {
        QJsonObject component = components.at(i).toObject();
        component.insert(QStringLiteral("min_replicas"), 0);
        QJsonObject scaling = component.value(QStringLiteral("autoscaling")).toObject();
        if (!scaling.isEmpty()) {
            scaling.insert(QStringLiteral("target_gpu_utilization_percentage"), 0);
            scaling.insert(QStringLiteral("target_throughput"),
                           QJsonObject{{QStringLiteral("qpm"), 0}, {QStringLiteral("paths"), QJsonArray{}},
                                       {QStringLiteral("methods"), QJsonArray{}}});
            scaling.insert(QStringLiteral("scale_down"), QJsonObject{{QStringLiteral("no_traffic_timeout"), 0}});
            component.insert(QStringLiteral("autoscaling"), scaling);
        }
        components.replace(i, component);
    }
    return components;
}

QJsonObject withField(QJsonObject object, const QString &key, const QJsonValue &value)
{
    object.insert(key, value);
    return object;
}

} // namespace

class TestNewApiSimulator : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<WorkspaceSimulator> m_sim;
    std::unique_ptr<RawHttp> m_http;

    QJsonObject endpointNamed(const QString &name) { return m_http->get(QStringLiteral("/endpoints/") + name).object(); }

private slots:
    void init()
    {
        m_sim = std::make_unique<WorkspaceSimulator>();
        m_sim->setTransitionDelay(200ms);
        m_sim->setNewDeploymentApi(true);
        m_sim->setEndpoints(NewApiPopulation::demoEndpoints());
        m_sim->setDevPods(NewApiPopulation::demoDevPods());
        m_sim->setDeployments(SimulatorPopulation::demo()); // there, but not served in this mode
        QVERIFY(m_sim->listen());
        m_http = std::make_unique<RawHttp>(m_sim->baseUrl());
    }

    void cleanup()
    {
        m_http.reset();
        m_sim.reset();
    }

    void featureFlagFollowsTheSwitch()
    {
        const QJsonObject on = m_http->get(QStringLiteral("/workspace")).object();
        QCOMPARE(on.value(QStringLiteral("features")).toObject().value(QStringLiteral("enable_new_deployment_api")), QJsonValue(true));
        m_sim->setNewDeploymentApi(false);
        const QJsonObject off = m_http->get(QStringLiteral("/workspace")).object();
        QVERIFY(!off.isEmpty());
        QVERIFY(!off.contains(QStringLiteral("features"))); // an older server has no such key
    }

    void eachGenerationAnswersOnlyItsRoutes()
    {
        for (const QString &path : {QStringLiteral("/deployments"), QStringLiteral("/deployments/llama3-8b-chat")}) {
            const RawHttp::Result result = m_http->get(path);
            QCOMPARE(result.status, 404);
            QCOMPARE(result.message(), QStringLiteral("404 page not found"));
        }
        QCOMPARE(m_http->patch(QStringLiteral("/deployments/llama3-8b-chat"), QJsonObject{}).status, 404);
        QCOMPARE(m_http->get(QStringLiteral("/endpoints")).status, 200);
        QCOMPARE(m_http->get(QStringLiteral("/devpods")).status, 200);

        m_sim->setNewDeploymentApi(false);
        QCOMPARE(m_http->get(QStringLiteral("/deployments")).status, 200);
        QCOMPARE(m_http->get(QStringLiteral("/endpoints")).status, 404);
        QCOMPARE(m_http->get(QStringLiteral("/devpods")).status, 404);
        QCOMPARE(m_http->get(QStringLiteral("/endpoints/rag-pipeline")).status, 404);
    }

    void listAndGetInTheNewSchema()
    {
        const QJsonArray list = m_http->get(QStringLiteral("/endpoints")).array();
        QCOMPARE(list.size(), m_sim->endpoints().size());
        QVERIFY(list.size() > 3);
        int multi = 0;
        for (const QJsonValue &value : list) {
            const QJsonObject endpoint = value.toObject();
            const QJsonObject metadata = endpoint.value(QStringLiteral("metadata")).toObject();
            QVERIFY(!metadata.value(QStringLiteral("name")).toString().isEmpty());
            QVERIFY(metadata.value(QStringLiteral("lepton_metadata")).toObject().contains(QStringLiteral("owner")));
            QVERIFY(!componentsOf(endpoint).isEmpty());
            QVERIFY(!endpoint.value(QStringLiteral("spec")).toObject().contains(QStringLiteral("resource_requirement")));
            QVERIFY(stateOf(endpoint) != QLatin1String("Not Ready")); // the new name has no space
            multi += componentsOf(endpoint).size() > 1;
        }
        QVERIFY(multi >= 2);

        const QJsonObject rag = endpointNamed(QStringLiteral("rag-pipeline"));
        QCOMPARE(componentsOf(rag).size(), 2);
        QCOMPARE(stateOf(rag), QStringLiteral("Ready"));
        QCOMPARE(rag.value(QStringLiteral("status")).toObject().value(QStringLiteral("ready_replicas")).toInt(), 2);
        QVERIFY(rag.value(QStringLiteral("status")).toObject().value(QStringLiteral("external_url")).toString().startsWith(QLatin1String("https://")));
        QVERIFY(rag.value(QStringLiteral("spec")).toObject().contains(QStringLiteral("access_config")));
        QVERIFY(rag.value(QStringLiteral("spec")).toObject().contains(QStringLiteral("load_balancing")));
        QCOMPARE(m_http->get(QStringLiteral("/endpoints/nope")).status, 404);
        QVERIFY(!m_http->get(QStringLiteral("/endpoints/nope")).message().isEmpty());
    }

    // RFC 7386 replaces arrays: a PATCH carrying one component leaves one component.
    void componentsAreReplacedWholesale()
    {
        const QJsonObject before = endpointNamed(QStringLiteral("rag-pipeline"));
        QJsonObject gateway = componentsOf(before).at(0).toObject();
        gateway.insert(QStringLiteral("image"), QStringLiteral("python:3.12-slim"));
        const RawHttp::Result result = m_http->patch(QStringLiteral("/endpoints/rag-pipeline"), specPatch(QJsonArray{gateway}));
        QCOMPARE(result.status, 200);
        const QJsonArray after = componentsOf(result.object());
        QCOMPARE(after.size(), 1);
        QCOMPARE(after.at(0).toObject(), gateway);
        QCOMPARE(componentsOf(m_sim->endpoint(QStringLiteral("rag-pipeline"))).size(), 1);
        const QJsonObject metadata = result.object().value(QStringLiteral("metadata")).toObject();
        QCOMPARE(metadata.value(QStringLiteral("version")).toInt(),
                 before.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("version")).toInt() + 1);
        QCOMPARE(metadata.value(QStringLiteral("lepton_metadata")).toObject().value(QStringLiteral("last_modified_by")).toString(),
                 m_sim->userName());
    }

    // Fields the server does not interpret survive a change elsewhere, at every level.
    void unknownFieldsArePreserved()
    {
        const QJsonObject before = endpointNamed(QStringLiteral("rag-pipeline"));
        QJsonArray components = componentsOf(before);
        components.replace(1, withField(components.at(1).toObject(), QStringLiteral("max_replicas"), 5));
        QCOMPARE(m_http->patch(QStringLiteral("/endpoints/rag-pipeline"), specPatch(components)).status, 200);
        const QJsonObject after = endpointNamed(QStringLiteral("rag-pipeline"));
        QCOMPARE(after.value(QStringLiteral("spec")).toObject().value(QStringLiteral("future_field")),
                 before.value(QStringLiteral("spec")).toObject().value(QStringLiteral("future_field")));
        QVERIFY(after.value(QStringLiteral("spec")).toObject().contains(QStringLiteral("future_field")));
        QCOMPARE(componentsOf(after).at(0).toObject().value(QStringLiteral("future_component_field")),
                 QJsonValue(QJsonObject{{QStringLiteral("warm_pool"), 1}}));
        QCOMPARE(after.value(QStringLiteral("spec")).toObject().value(QStringLiteral("load_balancing")),
                 before.value(QStringLiteral("spec")).toObject().value(QStringLiteral("load_balancing")));
        QCOMPARE(componentsOf(after).at(1).toObject().value(QStringLiteral("max_replicas")).toInt(), 5);
    }

    void dryRunValidatesWithoutApplying()
    {
        const QJsonObject before = m_sim->endpoint(QStringLiteral("rag-pipeline"));
        QJsonArray components = componentsOf(before);
        components.replace(0, withField(components.at(0).toObject(), QStringLiteral("max_replicas"), 7));
        const RawHttp::Result dry = m_http->patch(QStringLiteral("/endpoints/rag-pipeline?dryrun=true"), specPatch(components));
        QCOMPARE(dry.status, 200);
        QCOMPARE(componentsOf(dry.object()).at(0).toObject().value(QStringLiteral("max_replicas")).toInt(), 7);
        QCOMPARE(m_sim->endpoint(QStringLiteral("rag-pipeline")), before);

        components.replace(0, withField(components.at(0).toObject(), QStringLiteral("min_replicas"), -1));
        const RawHttp::Result refused = m_http->patch(QStringLiteral("/endpoints/rag-pipeline?dryrun=true"), specPatch(components));
        QCOMPARE(refused.status, 400);
        QCOMPARE(m_sim->endpoint(QStringLiteral("rag-pipeline")), before);
    }

    void validation_data()
    {
        QTest::addColumn<QJsonArray>("components");
        QTest::addColumn<QString>("messagePart");
        const QJsonArray live = componentsOf(NewApiPopulation::multiComponentEndpoints().at(0));
        const QJsonObject gateway = live.at(0).toObject();
        const QJsonObject reranker = live.at(1).toObject(); // GPU target 70

        QTest::newRow("min 0 while the GPU target is active")
            << QJsonArray{gateway, withField(reranker, QStringLiteral("min_replicas"), 0)} << QStringLiteral("min_replicas must be >= 1");
        QJsonObject throughput = withField(reranker, QStringLiteral("autoscaling"),
                                           QJsonObject{{QStringLiteral("target_throughput"), QJsonObject{{QStringLiteral("qpm"), 60}}}});
        QTest::newRow("min 0 while the throughput target is active")
            << QJsonArray{gateway, withField(throughput, QStringLiteral("min_replicas"), 0)} << QStringLiteral("min_replicas must be >= 1");
        QTest::newRow("duplicate component names")
            << QJsonArray{gateway, withField(reranker, QStringLiteral("name"), QStringLiteral("gateway"))} << QStringLiteral("duplicate component");
        QTest::newRow("no frontend among several")
            << QJsonArray{withField(gateway, QStringLiteral("frontend"), false), reranker} << QStringLiteral("exactly one frontend");
        QTest::newRow("two frontends")
            << QJsonArray{gateway, withField(reranker, QStringLiteral("frontend"), true)} << QStringLiteral("exactly one frontend");
        QTest::newRow("no components") << QJsonArray{} << QStringLiteral("non-empty");
        QTest::newRow("nameless component")
            << QJsonArray{withField(gateway, QStringLiteral("name"), QString())} << QStringLiteral("name is required");
        QTest::newRow("max below min")
            << QJsonArray{gateway, withField(reranker, QStringLiteral("max_replicas"), 0)} << QStringLiteral("must not be smaller");
        QTest::newRow("unknown shape")
            << QJsonArray{gateway, withField(reranker, QStringLiteral("resource_shape"), QStringLiteral("gpu.z9"))} << QStringLiteral("not supported");
        QTest::newRow("GPU target above 100")
            << QJsonArray{gateway, withField(reranker, QStringLiteral("autoscaling"),
                                             QJsonObject{{QStringLiteral("target_gpu_utilization_percentage"), 120}})}
            << QStringLiteral("between 0 and 100");
    }

    void validation()
    {
        QFETCH(QJsonArray, components);
        QFETCH(QString, messagePart);
        const QJsonObject before = m_sim->endpoint(QStringLiteral("rag-pipeline"));
        const RawHttp::Result result = m_http->patch(QStringLiteral("/endpoints/rag-pipeline"), specPatch(components));
        QCOMPARE(result.status, 400);
        QCOMPARE(result.object().value(QStringLiteral("code")).toString(), QStringLiteral("InvalidRequest"));
        QVERIFY2(result.message().contains(messagePart), qPrintable(result.message()));
        QCOMPARE(m_sim->endpoint(QStringLiteral("rag-pipeline")), before);
    }

    // The SDK's stop, then the components as they were: replicas follow the sum of the
    // components' wanted replicas.
    void stopAndStartAMultiComponentEndpoint()
    {
        const QString name = QStringLiteral("disagg-llama-70b");
        const QJsonArray live = componentsOf(endpointNamed(name));
        QCOMPARE(m_http->get(QStringLiteral("/endpoints/%1/replicas").arg(name)).array().size(), 4);

        const RawHttp::Result stop = m_http->patch(QStringLiteral("/endpoints/") + name, specPatch(stopped(live)));
        QCOMPARE(stop.status, 200);
        QCOMPARE(stateOf(stop.object()), QStringLiteral("Stopping"));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(m_sim->endpoint(name)), QStringLiteral("Stopped"), 3000);
        const QJsonObject down = endpointNamed(name);
        QVERIFY(!down.value(QStringLiteral("status")).toObject().contains(QStringLiteral("ready_replicas")));
        QCOMPARE(m_http->get(QStringLiteral("/endpoints/%1/replicas").arg(name)).array().size(), 0);

        const RawHttp::Result start = m_http->patch(QStringLiteral("/endpoints/") + name, specPatch(live));
        QCOMPARE(start.status, 200);
        QCOMPARE(stateOf(start.object()), QStringLiteral("Starting"));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(m_sim->endpoint(name)), QStringLiteral("Ready"), 3000);
        QCOMPARE(componentsOf(m_sim->endpoint(name)), live);
        const QJsonObject up = endpointNamed(name);
        QCOMPARE(up.value(QStringLiteral("status")).toObject().value(QStringLiteral("ready_replicas")).toInt(), 1 + 1 + 2);
        QCOMPARE(m_http->get(QStringLiteral("/endpoints/%1/replicas").arg(name)).array().size(), 4);
    }

    void scalingOneComponent()
    {
        const QString name = QStringLiteral("disagg-llama-70b");
        QJsonArray components = componentsOf(endpointNamed(name));
        QJsonObject decode = components.at(2).toObject();
        decode.insert(QStringLiteral("min_replicas"), 3);
        components.replace(2, decode);
        const RawHttp::Result result = m_http->patch(QStringLiteral("/endpoints/") + name, specPatch(components));
        QCOMPARE(stateOf(result.object()), QStringLiteral("Scaling"));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(m_sim->endpoint(name)), QStringLiteral("Ready"), 3000);
        QCOMPARE(m_http->get(QStringLiteral("/endpoints/%1/replicas").arg(name)).array().size(), 5);
    }

    void restartDeleteEventsHistoryAndLog()
    {
        const QString name = QStringLiteral("rag-pipeline");
        const QJsonArray replicas = m_http->get(QStringLiteral("/endpoints/%1/replicas").arg(name)).array();
        QCOMPARE(replicas.size(), 2);
        m_sim->logs()->setStreamLineLimit(2); // the live log streams until the server ends it
        const RawHttp::Result log = m_http->get(QStringLiteral("/endpoints/%1/replicas/%2/log")
                                                    .arg(name, replicas.at(0).toObject().value(QStringLiteral("id")).toString()));
        QCOMPARE(log.status, 200);
        QVERIFY(!log.body.isEmpty());
        QVERIFY(!m_http->get(QStringLiteral("/endpoints/%1/events").arg(name)).array().isEmpty());
        QCOMPARE(m_http->get(QStringLiteral("/endpoints/%1/readiness").arg(name)).status, 404); // no such route

        const RawHttp::Result restart = m_http->send("PUT", QStringLiteral("/endpoints/%1/restart").arg(name));
        QCOMPARE(restart.status, 200);
        QCOMPARE(stateOf(restart.object()), QStringLiteral("Updating"));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(m_sim->endpoint(name)), QStringLiteral("Ready"), 3000);

        QCOMPARE(m_http->get(QStringLiteral("/endpoints/%1/history").arg(name)).array().size(), 0);
        QJsonArray components = componentsOf(endpointNamed(name));
        components.replace(0, withField(components.at(0).toObject(), QStringLiteral("max_replicas"), 3));
        QCOMPARE(m_http->patch(QStringLiteral("/endpoints/") + name, specPatch(components)).status, 200);
        const QJsonArray history = m_http->get(QStringLiteral("/endpoints/%1/history").arg(name)).array();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.at(0).toObject().value(QStringLiteral("version")).toInt(), 7);

        QSignalSpy removed(m_sim.get(), &WorkspaceSimulator::endpointRemoved);
        const RawHttp::Result deleted = m_http->send("DELETE", QStringLiteral("/endpoints/") + name);
        QCOMPARE(deleted.status, 200);
        QCOMPARE(stateOf(deleted.object()), QStringLiteral("Deleting"));
        QVERIFY(deleted.object().value(QStringLiteral("metadata")).toObject().contains(QStringLiteral("deleted_at")));
        QCOMPARE(m_http->patch(QStringLiteral("/endpoints/") + name, specPatch(components)).status, 409);
        QVERIFY(removed.wait(3000));
        QCOMPARE(m_http->get(QStringLiteral("/endpoints/") + name).status, 404);
    }

    void devPodsStopAndStart()
    {
        const QJsonArray pods = m_http->get(QStringLiteral("/devpods")).array();
        QVERIFY(!pods.isEmpty());
        QString running;
        for (const QJsonValue &value : pods) {
            const QJsonObject pod = value.toObject();
            const QJsonObject spec = pod.value(QStringLiteral("spec")).toObject();
            QVERIFY(spec.contains(QStringLiteral("container")));
            QVERIFY(spec.contains(QStringLiteral("resource_shape")));
            QVERIFY(spec.value(QStringLiteral("stopped")).isBool());
            if (stateOf(pod) == QLatin1String("Ready"))
                running = pod.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")).toString();
        }
        QVERIFY(!running.isEmpty());
        const QString path = QStringLiteral("/devpods/") + running;
        QCOMPARE(m_http->get(path + QStringLiteral("/replicas")).array().size(), 1);
        QCOMPARE(m_http->get(path + QStringLiteral("/events")).status, 404); // no events on dev pods

        const QJsonObject stop{{QStringLiteral("spec"), QJsonObject{{QStringLiteral("stopped"), true}}}};
        const RawHttp::Result stopping = m_http->patch(path, stop);
        QCOMPARE(stopping.status, 200);
        QCOMPARE(stateOf(stopping.object()), QStringLiteral("Stopping"));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(m_sim->devPod(running)), QStringLiteral("Stopped"), 3000);
        QCOMPARE(m_http->get(path + QStringLiteral("/replicas")).array().size(), 0);

        const QJsonObject start{{QStringLiteral("spec"), QJsonObject{{QStringLiteral("stopped"), false}}}};
        const RawHttp::Result starting = m_http->patch(path, start);
        QCOMPARE(stateOf(starting.object()), QStringLiteral("Starting"));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(m_sim->devPod(running)), QStringLiteral("Ready"), 3000);
        QVERIFY(m_sim->devPod(running).value(QStringLiteral("spec")).toObject().contains(QStringLiteral("container")));

        const RawHttp::Result bad = m_http->patch(path, QJsonObject{{QStringLiteral("spec"), QJsonObject{{QStringLiteral("stopped"), QStringLiteral("yes")}}}});
        QCOMPARE(bad.status, 400);
        QVERIFY(!bad.message().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestNewApiSimulator)
#include "tst_newapisimulator.moc"
