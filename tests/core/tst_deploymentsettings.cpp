// DeploymentSettings: reading the editable settings from a deployment the way the CLI writes
// them, validating them with the server's and the CLI's rules, and turning an edit into the
// minimal merge patch that leaves everything else on the server alone.
#include "app/api/deployment.h"
#include "app/deployments/deploymentsettings.h"
#include "app/common/jsonmergepatch.h"
#include "app/api/workspaceinfo.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

#include <functional>

using Mode = DeploymentSettings::AutoscalingMode;
using Part = DeploymentSettings::Part;
using Edit = std::function<void(DeploymentSettings &)>;

Q_DECLARE_METATYPE(Edit)

namespace {

QJsonObject obj(const char *json)
{
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(json, &error).object();
    if (error.error != QJsonParseError::NoError)
        qFatal("bad JSON in test: %s", qPrintable(error.errorString()));
    return object;
}

// A deployment with many fields the console does not edit (the research note's example),
// autoscaling on QPM with paths and methods the CLI never writes.
// (One raw literal per line: moc 6.4 loses its way in a multi-line raw string.)
const char *kFullDeployment =
    R"({)"
    R"("metadata": {"id": "llama-chat", "name": "llama-chat", "created_at": 1751870000000,)"
    R"("last_modified_at": 1751956400000, "version": 7, "semantic_version": "2.3",)"
    R"("created_by": "alice@example.com", "last_modified_by": "alice@example.com",)"
    R"("owner": "alice@example.com", "visibility": "public", "labels": {"team": "inference"}},)"
    R"("spec": {)"
    R"("container": {"image": "nvcr.io/nim/llama:1", "command": ["/opt/nim/start_server.sh"],)"
    R"("ports": [{"container_port": 8000, "protocol": "TCP", "expose_strategies": ["IngressProxy"]}]},)"
    R"("resource_requirement": {"resource_shape": "gpu.1xh100-sxm", "cpu": 16.0, "memory": 131072,)"
    R"("accelerator_type": "NVIDIA-H100-80GB", "accelerator_num": 1.0,)"
    R"("shared_memory_size": 16384,)"
    R"("affinity": {"allowed_dedicated_node_groups": ["ng-prod-h100"]},)"
    R"("min_replicas": 1, "max_replicas": 3},)"
    R"("auto_scaler": {"scale_down": {"no_traffic_timeout": 0, "not_ready_timeout": 900},)"
    R"("target_gpu_utilization_percentage": 0,)"
    R"("target_throughput": {"qpm": 120.5, "paths": ["/v1/chat/completions"], "methods": ["POST"]}},)"
    R"("api_tokens": [{"value_from": {"token_name_ref": "WORKSPACE_TOKEN"}}, {"value": "my-endpoint-token"}],)"
    R"("envs": [{"name": "NIM_MAX_MODEL_LEN", "value": "8192"}, {"name": "NGC_API_KEY", "value_from": {"secret_name_ref": "ngc-key"}}],)"
    R"("mounts": [{"path": "/models", "from": "node-nfs:shared-fs", "mount_path": "/opt/nim/.cache"}],)"
    R"("health": {"liveness": {"initial_delay_seconds": 600}},)"
    R"("future_field": {"nested": [1, 2, {"x": null}]},)"
    R"("ingress_timeout_seconds": 600)"
    R"(},)"
    R"("status": {"state": "Ready",)"
    R"("endpoint": {"internal_endpoint": "http://llama", "external_endpoint": "https://llama.example"},)"
    R"("autoscaler_status": {"desired_replicas": 2}})"
    R"(})";

Deployment deploymentFrom(const QJsonObject &object)
{
    Deployment d;
    if (!Deployment::fromJson(object, &d))
        qFatal("test deployment does not parse");
    return d;
}

Deployment withSpec(const char *specJson)
{
    QJsonObject object = obj(R"({"metadata":{"name":"d","version":1}})");
    object.insert(QStringLiteral("spec"), obj(specJson));
    return deploymentFrom(object);
}

// Every leaf of a JSON object as "a.b.c" -> value; arrays are leaves (merge patch replaces them).
void flatten(const QJsonObject &object, const QString &prefix, QMap<QString, QJsonValue> *out)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString path = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
        if (it.value().isObject() && !it.value().toObject().isEmpty())
            flatten(it.value().toObject(), path, out);
        else
            out->insert(path, it.value());
    }
}

} // namespace

class TestDeploymentSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
    }

    void inferMode_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<int>("mode");
        QTest::addColumn<qint64>("timeout");
        QTest::addColumn<int>("gpu");
        QTest::addColumn<double>("qpm");
        const qint64 dt = DeploymentSettings::DefaultNoTrafficTimeoutSeconds;
        const int dg = DeploymentSettings::DefaultGpuUtilization;
        const double dq = DeploymentSettings::DefaultQpm;

        QTest::newRow("no auto_scaler") << R"({})" << int(Mode::FixedReplicas) << dt << dg << dq;
        QTest::newRow("--replicas-static (all zero)")
            << R"({"auto_scaler":{"scale_down":{"no_traffic_timeout":0},"target_gpu_utilization_percentage":0,"target_throughput":{"qpm":0}}})"
            << int(Mode::FixedReplicas) << dt << dg << dq;
        QTest::newRow("empty block") << R"({"auto_scaler":{}})" << int(Mode::FixedReplicas) << dt << dg << dq;
        QTest::newRow("create default: scale_down only")
            << R"({"auto_scaler":{"scale_down":{"no_traffic_timeout":7200}}})"
            << int(Mode::ScaleDownOnNoTraffic) << qint64(7200) << dg << dq;
        QTest::newRow("--autoscale-down")
            << R"({"auto_scaler":{"scale_down":{"no_traffic_timeout":300},"target_gpu_utilization_percentage":0,"target_throughput":{"qpm":0}}})"
            << int(Mode::ScaleDownOnNoTraffic) << qint64(300) << dg << dq;
        QTest::newRow("--autoscale-gpu-util")
            << R"({"auto_scaler":{"scale_down":{"no_traffic_timeout":0},"target_gpu_utilization_percentage":70,"target_throughput":{"qpm":0}}})"
            << int(Mode::GpuUtilization) << dt << 70 << dq;
        QTest::newRow("gpu as float") << R"({"auto_scaler":{"target_gpu_utilization_percentage":55.0}})"
                                      << int(Mode::GpuUtilization) << dt << 55 << dq;
        QTest::newRow("--autoscale-qpm")
            << R"({"auto_scaler":{"scale_down":{"no_traffic_timeout":0},"target_gpu_utilization_percentage":0,"target_throughput":{"qpm":12.5,"paths":["/x"]}}})"
            << int(Mode::Qpm) << dt << dg << 12.5;
        QTest::newRow("several knobs: gpu wins")
            << R"({"auto_scaler":{"scale_down":{"no_traffic_timeout":600},"target_gpu_utilization_percentage":40,"target_throughput":{"qpm":10}}})"
            << int(Mode::GpuUtilization) << qint64(600) << 40 << 10.0;
        QTest::newRow("qpm and scale_down: qpm wins")
            << R"({"auto_scaler":{"scale_down":{"no_traffic_timeout":600},"target_throughput":{"qpm":10}}})"
            << int(Mode::Qpm) << qint64(600) << dg << 10.0;
        QTest::newRow("wrong types read as off")
            << R"({"auto_scaler":{"scale_down":{"no_traffic_timeout":"600"},"target_gpu_utilization_percentage":null}})"
            << int(Mode::FixedReplicas) << dt << dg << dq;
    }

    void inferMode()
    {
        QFETCH(QString, spec);
        QFETCH(int, mode);
        QFETCH(qint64, timeout);
        QFETCH(int, gpu);
        QFETCH(double, qpm);
        const DeploymentSettings s = DeploymentSettings::fromDeployment(withSpec(spec.toUtf8().constData()));
        QCOMPARE(int(s.mode), mode);
        QCOMPARE(s.noTrafficTimeoutSeconds, timeout);
        QCOMPARE(s.targetGpuUtilization, gpu);
        QCOMPARE(s.targetQpm, qpm);
    }

    void readsTheRest_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<int>("min");
        QTest::addColumn<int>("max");
        QTest::addColumn<QString>("shape");
        QTest::addColumn<QString>("image");
        QTest::newRow("all set") << R"({"container":{"image":"i:1"},"resource_requirement":{"resource_shape":"gpu.a10","min_replicas":2,"max_replicas":5}})"
                                 << 2 << 5 << "gpu.a10" << "i:1";
        QTest::newRow("no max: max = min") << R"({"resource_requirement":{"min_replicas":3}})" << 3 << 3 << "" << "";
        QTest::newRow("nothing: one replica") << R"({})" << 1 << 1 << "" << "";
        QTest::newRow("paused") << R"({"resource_requirement":{"min_replicas":0,"max_replicas":4}})" << 0 << 4 << "" << "";
    }

    void readsTheRest()
    {
        QFETCH(QString, spec);
        QFETCH(int, min);
        QFETCH(int, max);
        QFETCH(QString, shape);
        QFETCH(QString, image);
        const DeploymentSettings s = DeploymentSettings::fromDeployment(withSpec(spec.toUtf8().constData()));
        QCOMPARE(s.minReplicas, min);
        QCOMPARE(s.maxReplicas, max);
        QCOMPARE(s.resourceShape, shape);
        QCOMPARE(s.image, image);
    }

    void validate_data()
    {
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<bool>("withOriginal");
        QTest::addColumn<QString>("problem"); // a word the one expected message contains; empty: valid

        QTest::newRow("valid as read") << Edit([](DeploymentSettings &) {}) << false << QString();
        QTest::newRow("min negative") << Edit([](DeploymentSettings &s) { s.minReplicas = -1; }) << false << "negative";
        QTest::newRow("max negative") << Edit([](DeploymentSettings &s) { s.minReplicas = 0; s.maxReplicas = -2; }) << false << "negative";
        QTest::newRow("max below min") << Edit([](DeploymentSettings &s) { s.minReplicas = 4; s.maxReplicas = 2; }) << false << "above the maximum";
        QTest::newRow("zero replicas ok") << Edit([](DeploymentSettings &s) { s.minReplicas = 0; s.maxReplicas = 0; }) << false << QString();
        QTest::newRow("gpu 0 in gpu mode") << Edit([](DeploymentSettings &s) { s.mode = Mode::GpuUtilization; s.targetGpuUtilization = 0; }) << false << "GPU";
        QTest::newRow("gpu 100 in gpu mode") << Edit([](DeploymentSettings &s) { s.mode = Mode::GpuUtilization; s.targetGpuUtilization = 100; }) << false << "GPU";
        QTest::newRow("gpu 99 ok") << Edit([](DeploymentSettings &s) { s.mode = Mode::GpuUtilization; s.targetGpuUtilization = 99; }) << false << QString();
        QTest::newRow("gpu 1 ok") << Edit([](DeploymentSettings &s) { s.mode = Mode::GpuUtilization; s.targetGpuUtilization = 1; }) << false << QString();
        QTest::newRow("gpu out of range, other mode")
            << Edit([](DeploymentSettings &s) { s.mode = Mode::Qpm; s.targetGpuUtilization = 500; }) << false << QString();
        QTest::newRow("timeout 59") << Edit([](DeploymentSettings &s) { s.mode = Mode::ScaleDownOnNoTraffic; s.noTrafficTimeoutSeconds = 59; }) << false << "60";
        QTest::newRow("timeout 60 ok") << Edit([](DeploymentSettings &s) { s.mode = Mode::ScaleDownOnNoTraffic; s.noTrafficTimeoutSeconds = 60; }) << false << QString();
        QTest::newRow("qpm 0") << Edit([](DeploymentSettings &s) { s.mode = Mode::Qpm; s.targetQpm = 0; }) << false << "requests";
        QTest::newRow("qpm 0.5 ok") << Edit([](DeploymentSettings &s) { s.mode = Mode::Qpm; s.targetQpm = 0.5; }) << false << QString();
        QTest::newRow("unknown shape") << Edit([](DeploymentSettings &s) { s.resourceShape = QStringLiteral("gpu.h9000"); }) << false << "gpu.h9000";
        QTest::newRow("unlisted shape kept as opened")
            << Edit([](DeploymentSettings &s) { s.resourceShape = QStringLiteral("gpu.legacy"); }) << true << QString();
        QTest::newRow("empty image") << Edit([](DeploymentSettings &s) { s.image.clear(); }) << false << "image";
        QTest::newRow("image with space") << Edit([](DeploymentSettings &s) { s.image = QStringLiteral("a b"); }) << false << "spaces";
    }

    void validate()
    {
        QFETCH(Edit, edit);
        QFETCH(bool, withOriginal);
        QFETCH(QString, problem);
        WorkspaceInfo info = WorkspaceInfo::fromJson(obj(R"({"supported_shapes":{"gpu.a10":{"cpu":4},"cpu.small":{"cpu":1}}})"));

        DeploymentSettings s;
        s.image = QStringLiteral("img:1");
        s.resourceShape = QStringLiteral("gpu.a10");
        s.minReplicas = 1;
        s.maxReplicas = 2;
        edit(s);
        // "as opened": the original is the edited value itself for the shape.
        DeploymentSettings original = s;
        original.minReplicas = 1;
        original.maxReplicas = 2;
        const QStringList problems = s.validate(&info, withOriginal ? &original : nullptr);
        if (problem.isEmpty()) {
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('|'))));
        } else {
            QCOMPARE(problems.size(), 1);
            QVERIFY2(problems.first().contains(problem), qPrintable(problems.first()));
        }
    }

    void validateWithoutWorkspaceInfoAcceptsAnyShape()
    {
        DeploymentSettings s;
        s.image = QStringLiteral("img");
        s.resourceShape = QStringLiteral("gpu.whatever");
        QVERIFY(s.validate().isEmpty());
        WorkspaceInfo none; // a workspace that lists no shapes
        QVERIFY(s.validate(&none).isEmpty());
    }

    void mergePatch_data()
    {
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<DeploymentSettings::Parts>("parts");
        QTest::addColumn<QJsonObject>("expected");
        QTest::addColumn<QStringList>("touched"); // leaf paths allowed to differ after apply

        const DeploymentSettings::Parts all = DeploymentSettings::AllParts;
        const QString asPrefix = QStringLiteral("spec.auto_scaler.");
        const QStringList knobs {asPrefix + QStringLiteral("scale_down.no_traffic_timeout"),
                                 asPrefix + QStringLiteral("target_gpu_utilization_percentage"),
                                 asPrefix + QStringLiteral("target_throughput.qpm")};
        const QStringList replicas {QStringLiteral("spec.resource_requirement.min_replicas"),
                                    QStringLiteral("spec.resource_requirement.max_replicas")};

        QTest::newRow("nothing changed") << Edit([](DeploymentSettings &) {}) << all << QJsonObject() << QStringList();
        QTest::newRow("image only") << Edit([](DeploymentSettings &s) { s.image = QStringLiteral("nvcr.io/nim/llama:2"); }) << all
                                    << obj(R"({"spec":{"container":{"image":"nvcr.io/nim/llama:2"}}})")
                                    << QStringList {QStringLiteral("spec.container.image")};
        QTest::newRow("max only: min and max") << Edit([](DeploymentSettings &s) { s.maxReplicas = 5; }) << all
                                               << obj(R"({"spec":{"resource_requirement":{"min_replicas":1,"max_replicas":5}}})")
                                               << replicas;
        QTest::newRow("min only: min and max") << Edit([](DeploymentSettings &s) { s.minReplicas = 2; }) << all
                                               << obj(R"({"spec":{"resource_requirement":{"min_replicas":2,"max_replicas":3}}})")
                                               << replicas;
        QTest::newRow("shape only") << Edit([](DeploymentSettings &s) { s.resourceShape = QStringLiteral("gpu.a10"); }) << all
                                    << obj(R"({"spec":{"resource_requirement":{"resource_shape":"gpu.a10"}}})")
                                    << QStringList {QStringLiteral("spec.resource_requirement.resource_shape")};
        QTest::newRow("qpm -> gpu: CLI block")
            << Edit([](DeploymentSettings &s) { s.mode = Mode::GpuUtilization; s.targetGpuUtilization = 70; }) << all
            << obj(R"({"spec":{"auto_scaler":{"scale_down":{"no_traffic_timeout":0},"target_gpu_utilization_percentage":70,"target_throughput":{"qpm":0}}}})")
            << knobs;
        QTest::newRow("qpm value") << Edit([](DeploymentSettings &s) { s.targetQpm = 200; }) << all
                                   << obj(R"({"spec":{"auto_scaler":{"scale_down":{"no_traffic_timeout":0},"target_gpu_utilization_percentage":0,"target_throughput":{"qpm":200}}}})")
                                   << knobs;
        QTest::newRow("qpm -> fixed") << Edit([](DeploymentSettings &s) { s.mode = Mode::FixedReplicas; }) << all
                                      << obj(R"({"spec":{"auto_scaler":{"scale_down":{"no_traffic_timeout":0},"target_gpu_utilization_percentage":0,"target_throughput":{"qpm":0}}}})")
                                      << knobs;
        QTest::newRow("qpm -> scale down")
            << Edit([](DeploymentSettings &s) { s.mode = Mode::ScaleDownOnNoTraffic; s.noTrafficTimeoutSeconds = 900; }) << all
            << obj(R"({"spec":{"auto_scaler":{"scale_down":{"no_traffic_timeout":900},"target_gpu_utilization_percentage":0,"target_throughput":{"qpm":0}}}})")
            << knobs;
        QTest::newRow("unused knob edited: nothing")
            << Edit([](DeploymentSettings &s) { s.targetGpuUtilization = 33; s.noTrafficTimeoutSeconds = 61; }) << all
            << QJsonObject() << QStringList();
        QTest::newRow("image and replicas")
            << Edit([](DeploymentSettings &s) { s.image = QStringLiteral("x:1"); s.minReplicas = 0; }) << all
            << obj(R"({"spec":{"container":{"image":"x:1"},"resource_requirement":{"min_replicas":0,"max_replicas":3}}})")
            << QStringList {QStringLiteral("spec.container.image")} + replicas;
        QTest::newRow("paused: replicas filtered out")
            << Edit([](DeploymentSettings &s) { s.image = QStringLiteral("x:1"); s.maxReplicas = 9; s.mode = Mode::FixedReplicas; })
            << (DeploymentSettings::Parts(Part::Image) | Part::ResourceShape)
            << obj(R"({"spec":{"container":{"image":"x:1"}}})")
            << QStringList {QStringLiteral("spec.container.image")};
        QTest::newRow("paused: only replicas -> empty")
            << Edit([](DeploymentSettings &s) { s.maxReplicas = 9; }) << (DeploymentSettings::Parts(Part::Image) | Part::ResourceShape)
            << QJsonObject() << QStringList();
    }

    void mergePatch()
    {
        QFETCH(Edit, edit);
        QFETCH(DeploymentSettings::Parts, parts);
        QFETCH(QJsonObject, expected);
        QFETCH(QStringList, touched);

        const QJsonObject raw = obj(kFullDeployment);
        const Deployment current = deploymentFrom(raw);
        DeploymentSettings s = DeploymentSettings::fromDeployment(current);
        edit(s);

        const QJsonObject patch = s.mergePatchFrom(current, parts);
        QCOMPARE(QString::fromUtf8(QJsonDocument(patch).toJson(QJsonDocument::Compact)),
                 QString::fromUtf8(QJsonDocument(expected).toJson(QJsonDocument::Compact)));
        QVERIFY(!patch.contains(QStringLiteral("metadata")));

        // Applied the way the server does, only the touched leaves differ; every other field
        // (command, ports, envs, paths/methods, not_ready_timeout, unknown fields) is identical.
        const QJsonObject applied = JsonMergePatch::apply(raw, patch);
        QMap<QString, QJsonValue> before, after;
        flatten(raw, QString(), &before);
        flatten(applied, QString(), &after);
        QCOMPARE(after.keys(), before.keys());
        for (auto it = before.constBegin(); it != before.constEnd(); ++it) {
            if (!touched.contains(it.key()))
                QVERIFY2(after.value(it.key()) == it.value(), qPrintable(it.key()));
        }

        // And reading the result back gives what was asked for, in the parts that were sent.
        const DeploymentSettings readBack = DeploymentSettings::fromDeployment(deploymentFrom(applied));
        QCOMPARE(s.changedParts(readBack) & parts, DeploymentSettings::Parts());
    }

    void mergePatchWhenFieldsAreMissing()
    {
        // No resource_requirement, no auto_scaler at all: a replica edit creates both keys.
        const Deployment current = withSpec(R"({"container":{"image":"a"}})");
        DeploymentSettings s = DeploymentSettings::fromDeployment(current);
        QCOMPARE(s.mergePatchFrom(current), QJsonObject());
        s.maxReplicas = 2;
        QCOMPARE(s.mergePatchFrom(current), obj(R"({"spec":{"resource_requirement":{"min_replicas":1,"max_replicas":2}}})"));
    }

    void describeChanges_data()
    {
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<QStringList>("lines");
        QTest::newRow("none") << Edit([](DeploymentSettings &) {}) << QStringList();
        QTest::newRow("image") << Edit([](DeploymentSettings &s) { s.image = QStringLiteral("b"); })
                               << QStringList {QStringLiteral("Image: nvcr.io/nim/llama:1 → b")};
        QTest::newRow("replicas") << Edit([](DeploymentSettings &s) { s.minReplicas = 2; s.maxReplicas = 4; })
                                  << QStringList {QStringLiteral("Replicas: 1–3 → 2–4")};
        QTest::newRow("mode and shape")
            << Edit([](DeploymentSettings &s) { s.mode = Mode::GpuUtilization; s.targetGpuUtilization = 70; s.resourceShape = QStringLiteral("gpu.a10"); })
            << QStringList {QStringLiteral("Resource shape: gpu.1xh100-sxm → gpu.a10"),
                            QStringLiteral("Autoscaling: Target 120.5 requests per minute → Target GPU utilization 70 %")};
    }

    void describeChanges()
    {
        QFETCH(Edit, edit);
        QFETCH(QStringList, lines);
        const Deployment current = deploymentFrom(obj(kFullDeployment));
        DeploymentSettings s = DeploymentSettings::fromDeployment(current);
        edit(s);
        QStringList texts;
        for (const DeploymentSettings::Change &change : s.describeChanges(current))
            texts << change.text();
        QCOMPARE(texts, lines);
    }

    void rebasedSendsOnlyTheUsersEdits()
    {
        // Opened at version 7; meanwhile someone changed the image and min_replicas.
        const Deployment opened = deploymentFrom(obj(kFullDeployment));
        QJsonObject serverRaw = JsonMergePatch::apply(
            opened.raw, obj(R"({"metadata":{"version":8},"spec":{"container":{"image":"theirs:9"},"resource_requirement":{"min_replicas":2}}})"));
        const Deployment server = deploymentFrom(serverRaw);

        const DeploymentSettings original = DeploymentSettings::fromDeployment(opened);
        DeploymentSettings mine = original;
        mine.maxReplicas = 6; // the user's only edit

        // Naively diffing the form against the new object would revert their image and min.
        QVERIFY(mine.mergePatchFrom(server).value(QStringLiteral("spec")).toObject().contains(QStringLiteral("container")));

        const DeploymentSettings merged = mine.rebased(original, DeploymentSettings::fromDeployment(server));
        QCOMPARE(merged.mergePatchFrom(server),
                 obj(R"({"spec":{"resource_requirement":{"min_replicas":2,"max_replicas":6}}})"));
        QCOMPARE(merged.image, QStringLiteral("theirs:9"));
    }

    void autoScalerBlockIsTheClisShape()
    {
        DeploymentSettings s;
        s.mode = Mode::Qpm;
        s.targetQpm = 12.5;
        s.targetGpuUtilization = 50;
        s.noTrafficTimeoutSeconds = 120;
        QCOMPARE(s.autoScalerBlock(),
                 obj(R"({"scale_down":{"no_traffic_timeout":0},"target_gpu_utilization_percentage":0,"target_throughput":{"qpm":12.5}})"));
    }
};

QTEST_GUILESS_MAIN(TestDeploymentSettings)
#include "tst_deploymentsettings.moc"
