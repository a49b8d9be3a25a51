// PausePlan: what Pause sends and saves, and what Resume sends, for every kind on both API
// generations, as pure functions of the resource as read (SDK-shaped fixtures; README.md
// names the sources). A "server" here applies each patch with JSON merge-patch rules
// (JsonMergePatch::apply), as Lepton does; the HTTP round trip is in tst_newapi.
#include "app/common/jsonmergepatch.h"
#include "app/pause/pauseplan.h"
#include "app/storage/pauseentry.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

namespace {

QJsonObject fixture(const QString &name)
{
    QFile file(QStringLiteral(LEPTON_CONTRACT_FIXTURES) + QLatin1Char('/') + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonArray componentsOf(const QJsonObject &endpoint)
{
    return endpoint.value("spec").toObject().value("components").toArray();
}

QJsonObject withComponents(const QJsonObject &endpoint, const QJsonArray &components)
{
    QJsonObject copy = endpoint;
    QJsonObject spec = copy.value("spec").toObject();
    spec.insert("components", components);
    copy.insert("spec", spec);
    return copy;
}

// What the server holds after `patch`.
QJsonObject applied(const QJsonObject &object, const QJsonObject &patch)
{
    return JsonMergePatch::apply(object, patch);
}

} // namespace

class TestPausePlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newEndpointPauseStopsEveryComponent()
    {
        const QJsonObject endpoint = fixture("endpoint-two-components.json");
        const PausePlan plan = PausePlan::make(endpoint, ResourceKind::Endpoint, ApiGeneration::New);
        QVERIFY2(plan.ok(), qPrintable(plan.error));
        QVERIFY(!plan.alreadyStopped);
        // The SDK's stop body: metadata {} and the whole components array.
        QCOMPARE(plan.pausePatch.value("metadata").toObject(), QJsonObject());
        const QJsonArray before = componentsOf(endpoint);
        const QJsonArray sent = componentsOf(plan.pausePatch);
        QCOMPARE(sent.size(), 2);
        for (qsizetype i = 0; i < sent.size(); ++i) {
            QJsonObject component = sent.at(i).toObject();
            QCOMPARE(component.value("min_replicas").toInt(-1), 0);
            const QJsonObject autoscaling = component.value("autoscaling").toObject();
            // Both have an active target (GPU 60 on prefill, QPM 120 on api): zeroed.
            QCOMPARE(autoscaling.value("target_gpu_utilization_percentage").toInt(-1), 0);
            QCOMPARE(autoscaling.value("target_throughput").toObject(),
                     (QJsonObject {{"qpm", 0}, {"paths", QJsonArray()}, {"methods", QJsonArray()}}));
            QCOMPARE(autoscaling.value("scale_down").toObject().value("no_traffic_timeout").toInt(-1), 0);
            // Everything else as it was.
            QJsonObject original = before.at(i).toObject();
            component.remove("min_replicas");
            component.remove("autoscaling");
            original.remove("min_replicas");
            original.remove("autoscaling");
            QCOMPARE(component, original);
        }
        // Saved: each component's min/max/autoscaling exactly.
        const QJsonArray saved = plan.savedState.value("components").toArray();
        QCOMPARE(saved.size(), 2);
        QCOMPARE(saved.at(0).toObject(), (QJsonObject {{"name", "prefill"}, {"min_replicas", 1}, {"max_replicas", 2},
                                                        {"autoscaling", before.at(0).toObject().value("autoscaling")}}));
        QCOMPARE(saved.at(1).toObject(), (QJsonObject {{"name", "api"}, {"min_replicas", 2}, {"max_replicas", 4},
                                                        {"autoscaling", before.at(1).toObject().value("autoscaling")}}));
        QCOMPARE(plan.savedState.value("kind").toString(), QStringLiteral("endpoint"));
        QCOMPARE(plan.savedState.value("api").toString(), QStringLiteral("new"));
    }

    void scaleDownOnlyAutoscalingIsLeftAlone()
    {
        const QJsonObject component {{"name", "only"}, {"min_replicas", 1},
                                     {"autoscaling", QJsonObject {{"scale_down", QJsonObject {{"no_traffic_timeout", 300}}}}}};
        const QJsonObject endpoint = withComponents(fixture("endpoint-stopped-new.json"), {component});
        const PausePlan plan = PausePlan::make(endpoint, ResourceKind::Endpoint, ApiGeneration::New);
        QVERIFY(plan.ok());
        QJsonObject expected = component;
        expected.insert("min_replicas", 0);
        QCOMPARE(componentsOf(plan.pausePatch).at(0).toObject(), expected);
    }

    void newEndpointRoundTripIsExact()
    {
        const QJsonObject endpoint = fixture("endpoint-two-components.json");
        const PausePlan plan = PausePlan::make(endpoint, ResourceKind::Endpoint, ApiGeneration::New);
        QVERIFY(plan.ok());
        const QJsonObject paused = applied(endpoint, plan.pausePatch);
        QString why;
        const std::optional<QJsonObject> restore = PausePlan::restorePatch(plan.savedState, paused, ApiGeneration::New, &why);
        QVERIFY2(restore, qPrintable(why));
        QVERIFY(!restore->isEmpty());
        const QJsonObject resumed = applied(paused, *restore);
        QCOMPARE(componentsOf(resumed), componentsOf(endpoint)); // sibling and unknown fields included
        // Nothing left to restore afterwards.
        QCOMPARE(PausePlan::restorePatch(plan.savedState, resumed, ApiGeneration::New), std::optional<QJsonObject>(QJsonObject()));
    }

    void absentStaysAbsent()
    {
        // No max_replicas, no autoscaling: the pause writes neither, the resume removes what
        // someone wrote meanwhile.
        const QJsonObject bare {{"name", "only"}, {"image", "nginx"}, {"min_replicas", 1}};
        const QJsonObject endpoint = withComponents(fixture("endpoint-stopped-new.json"), {bare});
        const PausePlan plan = PausePlan::make(endpoint, ResourceKind::Endpoint, ApiGeneration::New);
        QVERIFY(plan.ok());
        QCOMPARE(plan.savedState.value("components").toArray().at(0).toObject(), (QJsonObject {{"name", "only"}, {"min_replicas", 1}}));
        QJsonObject paused = applied(endpoint, plan.pausePatch);
        QJsonObject touched = componentsOf(paused).at(0).toObject();
        touched.insert("max_replicas", 3);
        touched.insert("autoscaling", QJsonObject {{"scale_down", QJsonObject {{"no_traffic_timeout", 60}}}});
        paused = withComponents(paused, {touched});
        const std::optional<QJsonObject> restore = PausePlan::restorePatch(plan.savedState, paused, ApiGeneration::New);
        QVERIFY(restore && !restore->isEmpty());
        QCOMPARE(componentsOf(*restore).at(0).toObject(), bare);
    }

    void componentAddedWhilePausedIsLeftAlone()
    {
        const QJsonObject endpoint = fixture("endpoint-two-components.json");
        const PausePlan plan = PausePlan::make(endpoint, ResourceKind::Endpoint, ApiGeneration::New);
        QJsonObject paused = applied(endpoint, plan.pausePatch);
        QJsonArray components = componentsOf(paused);
        const QJsonObject added {{"name", "decode"}, {"min_replicas", 0}, {"image", "x"}};
        components.append(added);
        paused = withComponents(paused, components);
        const std::optional<QJsonObject> restore = PausePlan::restorePatch(plan.savedState, paused, ApiGeneration::New);
        QVERIFY(restore);
        QCOMPARE(componentsOf(*restore).size(), 3);
        QCOMPARE(componentsOf(*restore).at(2).toObject(), added);
    }

    void malformedOrWrongTypesAreRefused_data()
    {
        QTest::addColumn<QJsonArray>("components");
        QTest::addColumn<QString>("named");
        QTest::newRow("none") << QJsonArray() << "components";
        QTest::newRow("duplicate") << QJsonArray {QJsonObject {{"name", "a"}, {"frontend", true}}, QJsonObject {{"name", "a"}}} << "two components";
        QTest::newRow("no frontend") << QJsonArray {QJsonObject {{"name", "a"}}, QJsonObject {{"name", "b"}}} << "frontend";
        QTest::newRow("min as text") << QJsonArray {QJsonObject {{"name", "a"}, {"min_replicas", "2"}}} << "min_replicas";
        QTest::newRow("max fractional") << QJsonArray {QJsonObject {{"name", "a"}, {"min_replicas", 1}, {"max_replicas", 1.5}}} << "max_replicas";
        QTest::newRow("autoscaling a list") << QJsonArray {QJsonObject {{"name", "a"}, {"min_replicas", 1}, {"autoscaling", QJsonArray()}}} << "autoscaling";
    }

    void malformedOrWrongTypesAreRefused()
    {
        QFETCH(QJsonArray, components);
        QFETCH(QString, named);
        const PausePlan plan = PausePlan::make(withComponents(fixture("endpoint-stopped-new.json"), components),
                                               ResourceKind::Endpoint, ApiGeneration::New);
        QVERIFY(!plan.ok());
        QVERIFY2(plan.error.contains(named), qPrintable(plan.error));
        QVERIFY(plan.pausePatch.isEmpty());
        QVERIFY(plan.savedState.isEmpty());
    }

    void restoreRefusesAMalformedFreshEndpoint()
    {
        const PausePlan plan = PausePlan::make(fixture("endpoint-two-components.json"), ResourceKind::Endpoint, ApiGeneration::New);
        QString why;
        const QJsonObject broken = withComponents(fixture("endpoint-two-components.json"), QJsonArray());
        QVERIFY(!PausePlan::restorePatch(plan.savedState, broken, ApiGeneration::New, &why));
        QVERIFY(!why.isEmpty());
    }

    void alreadyStoppedEndpoint()
    {
        const PausePlan plan = PausePlan::make(fixture("endpoint-stopped-new.json"), ResourceKind::Endpoint, ApiGeneration::New);
        QVERIFY(plan.ok());
        QVERIFY(plan.alreadyStopped);
    }

    void newDevPod()
    {
        const QJsonObject pod = fixture("devpod-running.json");
        const PausePlan plan = PausePlan::make(pod, ResourceKind::Pod, ApiGeneration::New);
        QVERIFY(plan.ok());
        QCOMPARE(plan.pausePatch, (QJsonObject {{"spec", QJsonObject {{"stopped", true}}}}));
        const QJsonObject paused = applied(pod, plan.pausePatch);
        const std::optional<QJsonObject> restore = PausePlan::restorePatch(plan.savedState, paused, ApiGeneration::New);
        QCOMPARE(restore, std::optional<QJsonObject>(QJsonObject {{"spec", QJsonObject {{"stopped", false}}}}));
        QCOMPARE(applied(paused, *restore), applied(pod, QJsonObject {{"spec", QJsonObject {{"stopped", false}}}}));
        QCOMPARE(PausePlan::restorePatch(plan.savedState, pod, ApiGeneration::New), std::optional<QJsonObject>(QJsonObject()));
    }

    void rayCluster()
    {
        const QJsonObject ray = fixture("raycluster-running.json");
        const PausePlan plan = PausePlan::make(ray, ResourceKind::RayCluster, ApiGeneration::New);
        QVERIFY(plan.ok());
        QCOMPARE(plan.pausePatch, (QJsonObject {{"spec", QJsonObject {{"suspend", true}}}}));
        QCOMPARE(plan.savedState.value("worker_group_specs").toArray(),
                 (QJsonArray {QJsonObject {{"group_name", "gpu-workers"}, {"min_replicas", 2}, {"max_replicas", 4}},
                              QJsonObject {{"group_name", "cpu-workers"}, {"min_replicas", 1}, {"max_replicas", 1}}}));
        const QJsonObject paused = applied(ray, plan.pausePatch);
        QCOMPARE(PausePlan::restorePatch(plan.savedState, paused, ApiGeneration::New),
                 std::optional<QJsonObject>(QJsonObject {{"spec", QJsonObject {{"suspend", false}}}}));
        // Someone scaled a worker group down while it was suspended: the saved values go back.
        QJsonObject changed = paused;
        QJsonObject spec = changed.value("spec").toObject();
        QJsonArray groups = spec.value("worker_group_specs").toArray();
        QJsonObject gpu = groups.at(0).toObject();
        gpu.insert("min_replicas", 0);
        groups[0] = gpu;
        spec.insert("worker_group_specs", groups);
        changed.insert("spec", spec);
        const std::optional<QJsonObject> restore = PausePlan::restorePatch(plan.savedState, changed, ApiGeneration::New);
        QVERIFY(restore);
        QCOMPARE(restore->value("spec").toObject().value("worker_group_specs").toArray(), plan.savedState.value("worker_group_specs").toArray());
    }

    // Legacy endpoints and pods: the body today's Pause sends, and PauseEntry's exact restore.
    void legacyIsWhatPauseEntryDoes()
    {
        const QJsonObject deployment = fixture("deployment-ready.json");
        const PausePlan plan = PausePlan::make(deployment, ResourceKind::Endpoint, ApiGeneration::Legacy);
        QVERIFY2(plan.ok(), qPrintable(plan.error));
        QCOMPARE(plan.pausePatch, (QJsonObject {{"spec", QJsonObject {{"resource_requirement", QJsonObject {{"min_replicas", 0}}}}}}));
        const QJsonObject paused = applied(deployment, plan.pausePatch);
        const std::optional<QJsonObject> restore = PausePlan::restorePatch(plan.savedState, paused, ApiGeneration::Legacy);
        QVERIFY(restore);
        PauseEntry entry;
        const QJsonObject spec = deployment.value("spec").toObject();
        entry.savedMinReplicas = spec.value("resource_requirement").toObject().value("min_replicas").toInt();
        entry.savedMaxReplicas = spec.value("resource_requirement").toObject().value("max_replicas").toInt();
        entry.hadAutoScaler = true;
        entry.savedAutoScaler = spec.value("auto_scaler").toObject();
        QCOMPARE(*restore, entry.restorePatch(paused.value("spec").toObject()));
        QCOMPARE(applied(paused, *restore), deployment);
    }

    void legacyWrongTypeIsRefused()
    {
        QJsonObject deployment = fixture("deployment-ready.json");
        QJsonObject spec = deployment.value("spec").toObject();
        QJsonObject resources = spec.value("resource_requirement").toObject();
        resources.insert("min_replicas", "2");
        spec.insert("resource_requirement", resources);
        deployment.insert("spec", spec);
        const PausePlan plan = PausePlan::make(deployment, ResourceKind::Endpoint, ApiGeneration::Legacy);
        QVERIFY(!plan.ok());
        QVERIFY2(plan.error.contains("min_replicas"), qPrintable(plan.error));
    }

    void legacyPauseResumedOnTheNewApi()
    {
        // Paused while the workspace spoke the legacy API; the flag was switched on since.
        PausePlan plan = PausePlan::make(fixture("deployment-ready.json"), ResourceKind::Endpoint, ApiGeneration::Legacy);
        QVERIFY(plan.ok());
        QJsonObject endpoint = fixture("endpoint-stopped-new.json");
        const std::optional<QJsonObject> restore = PausePlan::restorePatch(plan.savedState, endpoint, ApiGeneration::New);
        QVERIFY(restore && !restore->isEmpty());
        const QJsonObject component = componentsOf(*restore).at(0).toObject();
        QCOMPARE(component.value("min_replicas").toInt(), plan.savedState.value("min_replicas").toInt());
        QCOMPARE(component.value("autoscaling").toObject(), plan.savedState.value("auto_scaler").toObject());
        QCOMPARE(component.value("image").toString(), componentsOf(endpoint).at(0).toObject().value("image").toString());
    }

    void unknownSavedStateIsRefused()
    {
        QString why;
        QVERIFY(!PausePlan::restorePatch(QJsonObject {{"kind", "job"}}, fixture("deployment-ready.json"), ApiGeneration::Legacy, &why));
        QVERIFY(!why.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPausePlan)
#include "tst_pauseplan.moc"
