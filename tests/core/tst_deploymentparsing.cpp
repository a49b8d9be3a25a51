// Parsing of the deployment JSON the real API sends: every state string, missing optional
// fields, unknown fields kept, wrong types tolerated, lists with broken items.
#include "app/api/deployment.h"
#include "app/api/deploymentstate.h"
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
        QTest::newRow("NotReady without space") << "NotReady" << DeploymentState::Unknown << "Unknown";
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
        if (state != DeploymentState::Unknown)
            QCOMPARE(DeploymentStates::toApiString(state), raw);
        QCOMPARE(DeploymentStates::isTransitional(state),
                 QStringList({"Starting", "Updating", "Scaling", "Migrating", "Stopping", "Deleting", "Restarting"})
                     .contains(raw));
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
