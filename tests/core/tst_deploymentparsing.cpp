// Parsing of the deployment JSON the real API sends: every state string, missing optional
// fields, unknown fields kept, wrong types tolerated, lists with broken items.
#include "app/api/deployment.h"
#include "app/api/deploymentstate.h"
#include "app/api/workspaceinfo.h"
#include "app/deployments/statuspresentation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

namespace {
static QJsonObject sample(const QJsonValue &state)
    {
        QJsonObject o = QJsonDocument::fromJson(
        "{ \"metadata\": {\"id\": \"llama-chat\", \"name\": \"llama-chat\", \"created_at\": 1751870000000, \"last_modified_at\": 1751956400000, \"version\": 7, \"created_by\": \"alice@example.com\", \"last_modified_by\": \"bob@example.com\"}, \"spec\": {\"container\": {\"image\": \"vllm/vllm-openai:v0.6.3\", \"ports\": [{\"container_port\": 8000}]}, \"resource_requirement\": {\"resource_shape\": \"gpu.a10\", \"min_replicas\": 1, \"max_replicas\": 3}, \"auto_scaler\": {\"scale_down\": {\"no_traffic_timeout\": 3600}, \"target_gpu_utilization_percentage\": 0, \"target_throughput\": {\"qpm\": 12.5}}, \"envs\": [{\"name\": \"A\", \"value\": \"1\"}], \"future_field\": {\"x\": [1, 2]}}, \"status\": {\"endpoint\": {\"internal_endpoint\": \"http://in\", \"external_endpoint\": \"https://out\"}, \"autoscaler_status\": {\"desired_replicas\": 2}, \"new_status_thing\": true} }").object();
        QJsonObject status = o.value("status").toObject();
        if (!state.isUndefined())
            status.insert("state", state);
        o.insert("status", status);
        return o;
    }

} // namespace

class TestDeploymentParsing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyStateString_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<DeploymentState>("state");
        QTest::addColumn<QString>("badge");
        QTest::newRow("Ready") << "Ready" << DeploymentState::Ready << "Ready";
        QTest::newRow("Not Ready") << "Not Ready" << DeploymentState::NotReady << "Not Ready";
        QTest::newRow("Starting") << "Starting" << DeploymentState::Starting << "Starting";
        QTest::newRow("Updating") << "Updating" << DeploymentState::Updating << "Updating";
        QTest::newRow("Scaling") << "Scaling" << DeploymentState::Scaling << "Scaling";
        QTest::newRow("Migrating") << "Migrating" << DeploymentState::Migrating << "Migrating";
        QTest::newRow("Stopping") << "Stopping" << DeploymentState::Stopping << "Stopping";
        QTest::newRow("Stopped") << "Stopped" << DeploymentState::Stopped << "Stopped";
        QTest::newRow("Deleting") << "Deleting" << DeploymentState::Deleting << "Deleting";
        QTest::newRow("Restarting") << "Restarting" << DeploymentState::Restarting << "Restarting";
        QTest::newRow("Error") << "Error" << DeploymentState::Error << "Error";
        QTest::newRow("empty") << "" << DeploymentState::Unknown << "Unknown";
        QTest::newRow("never seen") << "Hibernating" << DeploymentState::Unknown << "Unknown";
        QTest::newRow("wrong case") << "ready" << DeploymentState::Unknown << "Unknown";
        // The new API (/endpoints, /devpods) spells it without the space (SDK translation.py).
        QTest::newRow("NotReady without space") << "NotReady" << DeploymentState::NotReady << "Not Ready";
    }

    void everyStateString()
    {
        QFETCH(QString, raw);
        QFETCH(DeploymentState, state);
        QFETCH(QString, badge);
        Deployment d;
        QVERIFY(Deployment::fromJson(sample(raw), &d));
        QCOMPARE(d.state, state);
        QCOMPARE(d.rawState, raw);
        const StatusPresentation p = StatusPresentation::of(d);
        QCOMPARE(p.text, badge);
        if (state == DeploymentState::Unknown && !raw.isEmpty())
            QVERIFY2(p.tooltip.contains(raw), qPrintable(p.tooltip));
        if (state != DeploymentState::Unknown && raw != QLatin1String("NotReady"))
            QCOMPARE(DeploymentStates::toApiString(state), raw);
        QCOMPARE(DeploymentStates::isTransitional(state),
                 QStringList({"Starting", "Updating", "Scaling", "Migrating", "Stopping", "Deleting", "Restarting"})
                     .contains(raw));
    }

    // A legacy api-server folds Stopping/Stopped into status.state "Not Ready" and keeps the
    // real state in status.phase (SDK translation.py, types/deployment.py). The phase wins
    // when present; without one, "Not Ready" at zero replicas wanted is Stopped.
    void phaseAndTheLegacyFold_data()
    {
        QTest::addColumn<QJsonValue>("state");
        QTest::addColumn<QJsonValue>("phase");
        QTest::addColumn<QJsonValue>("minReplicas");
        QTest::addColumn<QJsonValue>("desired");
        QTest::addColumn<DeploymentState>("expected");
        QTest::addColumn<QString>("raw");
        const QJsonValue none(QJsonValue::Undefined);
        QTest::newRow("phase Stopped wins") << QJsonValue("Not Ready") << QJsonValue("Stopped") << QJsonValue(0) << QJsonValue(0)
                                            << DeploymentState::Stopped << "Stopped";
        QTest::newRow("phase Stopping wins") << QJsonValue("Not Ready") << QJsonValue("Stopping") << QJsonValue(0) << none
                                             << DeploymentState::Stopping << "Stopping";
        QTest::newRow("phase Stopped, min 1, desired 0 (idle)") << QJsonValue("Not Ready") << QJsonValue("Stopped") << QJsonValue(1)
                                                                << QJsonValue(0) << DeploymentState::Stopped << "Stopped";
        QTest::newRow("phase Not Ready stays a problem") << QJsonValue("Not Ready") << QJsonValue("Not Ready") << QJsonValue(1)
                                                         << QJsonValue(1) << DeploymentState::NotReady << "Not Ready";
        QTest::newRow("empty phase: state") << QJsonValue("Ready") << QJsonValue("") << QJsonValue(1) << none
                                            << DeploymentState::Ready << "Ready";
        QTest::newRow("unknown phase kept raw") << QJsonValue("Not Ready") << QJsonValue("Hibernating") << QJsonValue(1) << none
                                                << DeploymentState::Unknown << "Hibernating";
        QTest::newRow("folded, min 0, desired 0") << QJsonValue("Not Ready") << none << QJsonValue(0) << QJsonValue(0)
                                                  << DeploymentState::Stopped << "Not Ready";
        QTest::newRow("folded, min 0, nothing desired") << QJsonValue("Not Ready") << none << QJsonValue(0) << none
                                                        << DeploymentState::Stopped << "Not Ready";
        QTest::newRow("new name, min 0") << QJsonValue("NotReady") << none << QJsonValue(0) << none
                                         << DeploymentState::Stopped << "NotReady";
        QTest::newRow("min 0 but a replica wanted") << QJsonValue("Not Ready") << none << QJsonValue(0) << QJsonValue(1)
                                                    << DeploymentState::NotReady << "Not Ready";
        QTest::newRow("min 1: a real problem") << QJsonValue("Not Ready") << none << QJsonValue(1) << none
                                               << DeploymentState::NotReady << "Not Ready";
        QTest::newRow("no min: a real problem") << QJsonValue("Not Ready") << none << none << none
                                                << DeploymentState::NotReady << "Not Ready";
    }

    void phaseAndTheLegacyFold()
    {
        QFETCH(QJsonValue, state);
        QFETCH(QJsonValue, phase);
        QFETCH(QJsonValue, minReplicas);
        QFETCH(QJsonValue, desired);
        QFETCH(DeploymentState, expected);
        QFETCH(QString, raw);
        QJsonObject object = sample(state);
        QJsonObject status = object.value("status").toObject();
        if (!phase.isUndefined())
            status.insert("phase", phase);
        QJsonObject autoscalerStatus;
        if (!desired.isUndefined())
            autoscalerStatus.insert("desired_replicas", desired);
        status.insert("autoscaler_status", autoscalerStatus);
        object.insert("status", status);
        QJsonObject spec = object.value("spec").toObject();
        QJsonObject resources = spec.value("resource_requirement").toObject();
        resources.remove("min_replicas");
        if (!minReplicas.isUndefined())
            resources.insert("min_replicas", minReplicas);
        spec.insert("resource_requirement", resources);
        object.insert("spec", spec);
        Deployment d;
        QVERIFY(Deployment::fromJson(object, &d));
        QCOMPARE(d.state, expected);
        QCOMPARE(d.rawState, raw);
        QCOMPARE(d.statusState, state.toString());
        if (expected == DeploymentState::Unknown)
            QVERIFY2(StatusPresentation::of(d).tooltip.contains(raw), qPrintable(StatusPresentation::of(d).tooltip));
    }

    void idleAtZeroFromThePhase()
    {
        // The platform scaled it to zero after no traffic; a legacy server says "Not Ready".
        QJsonObject object = sample("Not Ready");
        QJsonObject status = object.value("status").toObject();
        status.insert("phase", "Stopped");
        status.insert("autoscaler_status", QJsonObject {{"desired_replicas", 0}});
        object.insert("status", status);
        Deployment d;
        QVERIFY(Deployment::fromJson(object, &d));
        QVERIFY(d.isIdleAtZero());
        QCOMPARE(StatusPresentation::of(d).text, QStringLiteral("Idle"));
    }

    void workspaceFeatureFlag_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("newApi");
        QTest::newRow("true") << QByteArray(R"({"workspace_name":"w","features":{"enable_new_deployment_api":true}})") << true;
        QTest::newRow("false") << QByteArray(R"({"workspace_name":"w","features":{"enable_new_deployment_api":false}})") << false;
        QTest::newRow("absent flag") << QByteArray(R"({"workspace_name":"w","features":{"other":true}})") << false;
        QTest::newRow("no features") << QByteArray(R"({"workspace_name":"w"})") << false;
        QTest::newRow("features null") << QByteArray(R"({"workspace_name":"w","features":null})") << false;
        QTest::newRow("string true") << QByteArray(R"({"workspace_name":"w","features":{"enable_new_deployment_api":"true"}})") << false;
        QTest::newRow("number 1") << QByteArray(R"({"workspace_name":"w","features":{"enable_new_deployment_api":1}})") << false;
        QTest::newRow("features a list") << QByteArray(R"({"workspace_name":"w","features":[true]})") << false;
    }

    void workspaceFeatureFlag()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, newApi);
        const WorkspaceInfo info = WorkspaceInfo::fromJson(QJsonDocument::fromJson(body).object());
        QCOMPARE(info.newDeploymentApi, newApi);
        QCOMPARE(info.apiGeneration(), newApi ? ApiGeneration::New : ApiGeneration::Legacy);
    }

    void typedFields()
    {
        Deployment d;
        QVERIFY(Deployment::fromJson(sample("Ready"), &d));
        QCOMPARE(d.name, QStringLiteral("llama-chat"));
        QCOMPARE(d.version, 7);
        QCOMPARE(d.createdAtMs, 1751870000000LL);
        QCOMPARE(d.lastModifiedBy, QStringLiteral("bob@example.com"));
        QCOMPARE(d.image, QStringLiteral("vllm/vllm-openai:v0.6.3"));
        QCOMPARE(d.resourceShape, QStringLiteral("gpu.a10"));
        QCOMPARE(d.minReplicas, std::optional<int>(1));
        QCOMPARE(d.maxReplicas, std::optional<int>(3));
        QCOMPARE(d.desiredReplicas, std::optional<int>(2));
        QCOMPARE(d.noTrafficTimeoutSeconds, std::optional<qint64>(3600));
        QCOMPARE(d.targetQpm, std::optional<double>(12.5));
        QCOMPARE(d.targetGpuUtilization, std::optional<double>(0));
        QCOMPARE(d.endpointUrl(), QStringLiteral("https://out"));
        QVERIFY(d.hasAutoScaler);
        QVERIFY(!d.isScaledToZero());
    }

    void unknownFieldsAreKept()
    {
        Deployment d;
        const QJsonObject object = sample("Ready");
        QVERIFY(Deployment::fromJson(object, &d));
        QCOMPARE(d.raw, object);
        QCOMPARE(d.spec().value("future_field").toObject().value("x").toArray().size(), 2);
        QVERIFY(d.raw.value("status").toObject().value("new_status_thing").toBool());
    }

    void missingOptionalFields()
    {
        Deployment d;
        QVERIFY(Deployment::fromJson(QJsonObject {{"metadata", QJsonObject {{"name", "bare"}}}}, &d));
        QCOMPARE(d.name, QStringLiteral("bare"));
        QCOMPARE(d.id, QStringLiteral("bare"));
        QCOMPARE(d.state, DeploymentState::Unknown);
        QVERIFY(!d.minReplicas.has_value());
        QVERIFY(!d.desiredReplicas.has_value());
        QVERIFY(!d.hasAutoScaler);
        QCOMPARE(StatusPresentation::of(d).text, QStringLiteral("Unknown"));
    }

    void wrongTypesAreTolerated()
    {
        QJsonObject object = sample(42);  // state as a number
        QJsonObject spec = object.value("spec").toObject();
        spec.insert("resource_requirement", QJsonObject {{"min_replicas", "two"}, {"resource_shape", 5}});
        object.insert("spec", spec);
        Deployment d;
        QVERIFY(Deployment::fromJson(object, &d));
        QCOMPARE(d.state, DeploymentState::Unknown);
        QCOMPARE(d.rawState, QStringLiteral("42"));
        QVERIFY(!d.minReplicas.has_value());
        QVERIFY(d.resourceShape.isEmpty());
    }

    void notADeployment()
    {
        Deployment d;
        QString why;
        QVERIFY(!Deployment::fromJson(QJsonObject {{"spec", QJsonObject()}}, &d, &why));
        QVERIFY(!why.isEmpty());
    }

    void listParsing()
    {
        QJsonArray array {sample("Ready"), QJsonValue(5), QJsonObject {{"metadata", QJsonObject()}}};
        QJsonObject second = sample("Stopped");
        QJsonObject metadata = second.value("metadata").toObject();
        metadata.insert("name", "other");
        second.insert("metadata", metadata);
        array.append(second);
        QList<Deployment> list;
        QString why;
        int skipped = 0;
        QVERIFY(DeploymentList::parse(QJsonDocument(array).toJson(), &list, &why, &skipped));
        QCOMPARE(list.size(), 2);
        QCOMPARE(skipped, 2);
        QCOMPARE(list.at(1).state, DeploymentState::Stopped);
    }

    void badListBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("malformed") << QByteArray("[{\"metadata\": ");
        QTest::newRow("object instead of list") << QByteArray("{\"deployments\": []}");
        QTest::newRow("html") << QByteArray("<html><body>Bad gateway</body></html>");
        QTest::newRow("empty") << QByteArray();
    }

    void badListBodies()
    {
        QFETCH(QByteArray, body);
        QList<Deployment> list;
        QString why;
        QVERIFY(!DeploymentList::parse(body, &list, &why));
        QVERIFY(!why.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDeploymentParsing)
#include "tst_deploymentparsing.moc"
