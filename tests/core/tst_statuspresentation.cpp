// StatusPresentation speaks each kind's words: an endpoint has replicas (counted: "1 replica",
// "1–4 replicas"), a dev pod starts again as it was, a Ray cluster brings back its head and its
// worker groups. The badge's word is the same for every kind; the sentences are not.
#include "app/api/deployment.h"
#include "app/deployments/pausemarker.h"
#include "app/deployments/statuspresentation.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

namespace {

Deployment stoppedAtZero(ResourceKind kind, ApiGeneration generation = ApiGeneration::New)
{
    Deployment d;
    d.kind = kind;
    d.isPod = kind == ResourceKind::Pod;
    d.generation = generation;
    d.name = QStringLiteral("thing");
    d.minReplicas = 0;
    d.suspended = kind != ResourceKind::Endpoint;
    d.state = DeploymentState::Stopped;
    d.rawState = QStringLiteral("Stopped");
    return d;
}

PauseMarker pausedBy(int min, int max, const QJsonObject &savedState = {})
{
    PauseMarker marker;
    marker.paused = true;
    marker.confirmed = true;
    marker.pausedBy = QStringLiteral("alice");
    marker.pausedAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
    marker.savedMinReplicas = min;
    marker.savedMaxReplicas = max;
    marker.savedState = savedState;
    return marker;
}

QJsonObject rayState()
{
    return QJsonObject {
        {"kind", "raycluster"},
        {"api", "legacy"},
        {"suspend", false},
        {"worker_group_specs",
         QJsonArray {QJsonObject {{"group_name", "gpu-workers"}, {"min_replicas", 2}, {"max_replicas", 4}},
                     QJsonObject {{"group_name", "cpu-workers"}, {"min_replicas", 1}, {"max_replicas", 1}}}}};
}

} // namespace

class TestStatusPresentation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pausedEndpointCountsItsReplicas()
    {
        const StatusPresentation one = StatusPresentation::of(stoppedAtZero(ResourceKind::Endpoint), pausedBy(1, -1));
        QCOMPARE(one.text, QStringLiteral("Paused"));
        QVERIFY2(one.explanation.contains(QStringLiteral("Resume brings back 1 replica")), qPrintable(one.explanation));
        QVERIFY2(!one.explanation.contains(QStringLiteral("1 replicas")), qPrintable(one.explanation));
        const StatusPresentation range = StatusPresentation::of(stoppedAtZero(ResourceKind::Endpoint), pausedBy(1, 4));
        QVERIFY2(range.explanation.contains(QStringLiteral("Resume brings back 1–4 replicas")), qPrintable(range.explanation));
        QVERIFY(range.tooltip.startsWith(range.explanation));
    }

    void pausedDevPodHasNoReplicas()
    {
        // A new-API pod's pause saves its stopped flag; a legacy pod's saves min 1 (it is a
        // deployment underneath): either way the user reads about the pod, never replicas.
        for (const ApiGeneration generation : {ApiGeneration::New, ApiGeneration::Legacy}) {
            const StatusPresentation p = StatusPresentation::of(
                stoppedAtZero(ResourceKind::Pod, generation),
                pausedBy(1, 1, QJsonObject {{"kind", "pod"}, {"api", "new"}, {"stopped", false}}));
            QCOMPARE(p.text, QStringLiteral("Paused"));
            QVERIFY(p.paused);
            QVERIFY2(!p.explanation.contains(QStringLiteral("replica")), qPrintable(p.explanation));
            QVERIFY2(p.explanation.contains(QStringLiteral("Resume starts the dev pod again")), qPrintable(p.explanation));
            QVERIFY2(p.explanation.contains(QStringLiteral("alice")), qPrintable(p.explanation));
        }
    }

    void pausedRayClusterNamesItsWorkerGroups()
    {
        const StatusPresentation p = StatusPresentation::of(stoppedAtZero(ResourceKind::RayCluster), pausedBy(4, 6, rayState()));
        QCOMPARE(p.text, QStringLiteral("Paused"));
        QVERIFY2(!p.explanation.contains(QStringLiteral("replica")), qPrintable(p.explanation));
        QVERIFY2(p.explanation.contains(QStringLiteral("2 worker group")), qPrintable(p.explanation));
        QVERIFY2(p.explanation.contains(QStringLiteral("gpu-workers 2–4")), qPrintable(p.explanation));
        QVERIFY2(p.explanation.contains(QStringLiteral("cpu-workers 1")), qPrintable(p.explanation));
        QVERIFY2(p.explanation.contains(QStringLiteral("head node")), qPrintable(p.explanation));

        // One group: counted as one.
        QJsonObject single = rayState();
        single.insert("worker_group_specs", QJsonArray {rayState().value("worker_group_specs").toArray().first()});
        const StatusPresentation one = StatusPresentation::of(stoppedAtZero(ResourceKind::RayCluster), pausedBy(2, 4, single));
        QVERIFY2(one.explanation.contains(QStringLiteral("1 worker group")), qPrintable(one.explanation));
        QVERIFY2(!one.explanation.contains(QStringLiteral("1 worker groups")), qPrintable(one.explanation));
    }

    void stoppedOutsideTheConsoleInEachKindsWords()
    {
        const StatusPresentation endpoint = StatusPresentation::of(stoppedAtZero(ResourceKind::Endpoint));
        QCOMPARE(endpoint.text, QStringLiteral("Stopped"));
        QVERIFY(endpoint.explanation.contains(QStringLiteral("min_replicas 0")));

        const StatusPresentation pod = StatusPresentation::of(stoppedAtZero(ResourceKind::Pod));
        QCOMPARE(pod.text, QStringLiteral("Stopped"));
        QVERIFY2(!pod.explanation.isEmpty(), "a stopped dev pod is explained");
        for (const QString &text : {pod.explanation, pod.tooltip}) {
            QVERIFY2(!text.contains(QStringLiteral("replica")), qPrintable(text));
            QVERIFY2(!text.contains(QStringLiteral("min_replicas")), qPrintable(text));
        }
        QVERIFY(pod.explanation.contains(QStringLiteral("dev pod")));

        const StatusPresentation ray = StatusPresentation::of(stoppedAtZero(ResourceKind::RayCluster));
        QVERIFY2(!ray.explanation.isEmpty(), "a suspended Ray cluster is explained");
        for (const QString &text : {ray.explanation, ray.tooltip})
            QVERIFY2(!text.contains(QStringLiteral("replica")), qPrintable(text));
        QVERIFY(ray.explanation.contains(QStringLiteral("worker groups")));
    }

    void pendingActionNamesTheKind()
    {
        QVERIFY(StatusPresentation::of(stoppedAtZero(ResourceKind::Pod), {}, PendingAction::Resuming)
                    .tooltip.contains(QStringLiteral("dev pod")));
        QVERIFY(StatusPresentation::of(stoppedAtZero(ResourceKind::RayCluster), {}, PendingAction::Pausing)
                    .tooltip.contains(QStringLiteral("Ray cluster")));
        QVERIFY(StatusPresentation::of(stoppedAtZero(ResourceKind::Endpoint), {}, PendingAction::Pausing)
                    .tooltip.contains(QStringLiteral("deployment")));
        // The badge's word is the kind-free one.
        QCOMPARE(StatusPresentation::of(stoppedAtZero(ResourceKind::RayCluster), {}, PendingAction::Pausing).text,
                 QStringLiteral("Pausing"));
    }

    void idleCountsTheConfiguredReplicas()
    {
        Deployment d = stoppedAtZero(ResourceKind::Endpoint);
        d.minReplicas = 1;
        d.desiredReplicas = 0;
        const StatusPresentation p = StatusPresentation::of(d);
        QCOMPARE(p.text, QStringLiteral("Idle"));
        QVERIFY2(p.explanation.contains(QStringLiteral("the 1 replica")), qPrintable(p.explanation));
        QVERIFY2(!p.explanation.contains(QStringLiteral("1 replicas")), qPrintable(p.explanation));
        QVERIFY2(!p.tooltip.contains(QStringLiteral("1 replicas")), qPrintable(p.tooltip));
    }
};

QTEST_GUILESS_MAIN(TestStatusPresentation)
#include "tst_statuspresentation.moc"
