// Pause and Resume of every kind on both API generations through the real path (issue 18):
// PauseController, its ledger in SQLite on disk, the simulator over HTTP. Pause -> the server
// shows it stopped -> Resume -> the spec is exactly what it was (every component, autoscaling
// targets, sibling components, fields the console does not know). The Pending entry holds
// what Resume needs before the PATCH leaves.
#include "app/api/leptonclient.h"
#include "app/pause/pausecontroller.h"
#include "app/simulator/workspacesimulator.h"
#include "app/storage/sqlite/ledgertable.h"
#include "tests/support/pausecontrollerfixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace std::chrono_literals;

namespace {

QJsonObject fixture(const QString &name)
{
    QFile file(QStringLiteral(LEPTON_CONTRACT_FIXTURES) + QLatin1Char('/') + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject specOf(const QJsonObject &object)
{
    return object.value("spec").toObject();
}

} // namespace

class TestPauseEveryKind : public QObject
{
    Q_OBJECT

    PauseControllerFixture m_fixture;
    WorkspaceSimulator *m_sim = nullptr;

    // The object as the server stores it now.
    QJsonObject onServer(ResourceKind kind, bool newApi, const QString &name) const
    {
        if (kind == ResourceKind::RayCluster)
            return m_sim->rayCluster(name);
        if (!newApi)
            return m_sim->deployment(name);
        return kind == ResourceKind::Pod ? m_sim->devPod(name) : m_sim->endpoint(name);
    }

    // Nothing runs: every component at min 0 (no target left active), stopped, suspended.
    static bool stopped(ResourceKind kind, bool newApi, const QJsonObject &object)
    {
        const QJsonObject spec = specOf(object);
        if (kind == ResourceKind::RayCluster)
            return spec.value("suspend").toBool(false);
        if (!newApi)
            return spec.value("resource_requirement").toObject().value("min_replicas").toInt(-1) == 0;
        if (kind == ResourceKind::Pod)
            return spec.value("stopped").toBool(false);
        const QJsonArray components = spec.value("components").toArray();
        if (components.isEmpty())
            return false;
        for (const QJsonValue &value : components) {
            const QJsonObject component = value.toObject();
            const QJsonObject autoscaling = component.value("autoscaling").toObject();
            if (component.value("min_replicas").toInt(-1) != 0
                || autoscaling.value("target_gpu_utilization_percentage").toDouble() != 0
                || autoscaling.value("target_throughput").toObject().value("qpm").toDouble() != 0)
                return false;
        }
        return true;
    }

    void readWorkspace()
    {
        std::optional<bool> done;
        QObject context;
        m_fixture.client()->getWorkspaceInfo(&context, [&](const ApiResult<WorkspaceInfo> &r) { done = r.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(done.has_value(), 10000);
        QVERIFY(*done);
    }

private Q_SLOTS:
    void init()
    {
        m_sim = m_fixture.newSimulator();
        m_sim->setTransitionDelay(100ms);
        m_sim->setDeployments({});
    }

    void cleanup() { m_fixture.close(); }

    void pauseThenResumeRestoresExactly_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("newApi");
        QTest::addColumn<QJsonObject>("object");

        QTest::newRow("new API: endpoint, two components, GPU target active")
            << int(ResourceKind::Endpoint) << true << fixture("endpoint-two-components.json");
        QTest::newRow("new API: dev pod") << int(ResourceKind::Pod) << true << fixture("devpod-running.json");
        QTest::newRow("new API: Ray cluster") << int(ResourceKind::RayCluster) << true << fixture("raycluster-running.json");
        QTest::newRow("legacy: Ray cluster") << int(ResourceKind::RayCluster) << false << fixture("raycluster-running.json");
        QTest::newRow("legacy: endpoint") << int(ResourceKind::Endpoint) << false << fixture("deployment-ready.json");
        QJsonObject pod = fixture("deployment-ready.json");
        QJsonObject metadata = pod.value("metadata").toObject();
        metadata.insert("name", "bob-dev");
        metadata.insert("id", "bob-dev");
        pod.insert("metadata", metadata);
        QJsonObject podSpec = specOf(pod);
        podSpec.insert("is_pod", true);
        pod.insert("spec", podSpec);
        QTest::newRow("legacy: dev pod") << int(ResourceKind::Pod) << false << pod;
    }

    void pauseThenResumeRestoresExactly()
    {
        QFETCH(int, kind);
        QFETCH(bool, newApi);
        QFETCH(QJsonObject, object);
        const ResourceKind resourceKind = ResourceKind(kind);
        const QString name = object.value("metadata").toObject().value("name").toString();
        QVERIFY(!object.isEmpty() && !name.isEmpty());

        m_sim->setNewDeploymentApi(newApi);
        if (resourceKind == ResourceKind::RayCluster)
            m_sim->setRayClusters({object});
        else if (!newApi)
            m_sim->setDeployments({object});
        else if (resourceKind == ResourceKind::Pod)
            m_sim->setDevPods({object});
        else
            m_sim->setEndpoints({object});
        QVERIFY(m_sim->listen());
        QVERIFY2(m_fixture.open(), qPrintable(m_fixture.errorString()));
        readWorkspace();
        QCOMPARE(m_fixture.client()->apiGeneration(), newApi ? ApiGeneration::New : ApiGeneration::Legacy);
        const QJsonObject before = onServer(resourceKind, newApi, name);
        QVERIFY(!stopped(resourceKind, newApi, before));

        // Whenever a PATCH is about to leave: the ledger on disk, as it is at that moment.
        QList<std::optional<PauseEntry>> atSending;
        connect(m_fixture.pauses(), &PauseController::patchSending, this, [&](const QString &sent) {
            atSending << m_fixture.database().ledger()->openEntry("demo", sent);
        });

        PauseController::PauseRequest pauseRequest;
        pauseRequest.reason = QStringLiteral("over the weekend");
        pauseRequest.kind = resourceKind;
        const PauseOutcome paused = m_fixture.pause(name, pauseRequest);
        QVERIFY2(paused.kind == PauseOutcome::Kind::Paused, qPrintable(paused.message));

        // Before the PATCH left, the Pending entry held the kind and everything Resume needs.
        QCOMPARE(atSending.size(), 1);
        QVERIFY(atSending.first().has_value());
        QCOMPARE(atSending.first()->state, PauseEntry::State::Pending);
        QCOMPARE(atSending.first()->kind, ResourceKinds::toString(resourceKind));
        QCOMPARE(atSending.first()->savedState.value("kind").toString(), ResourceKinds::toString(resourceKind));
        QVERIFY(!atSending.first()->savedState.isEmpty());

        // The server shows it stopped, and the entry is Active.
        QVERIFY2(stopped(resourceKind, newApi, onServer(resourceKind, newApi, name)),
                 QJsonDocument(onServer(resourceKind, newApi, name)).toJson().constData());
        const auto entry = m_fixture.database().ledger()->openEntry("demo", name);
        QVERIFY(entry.has_value());
        QCOMPARE(entry->state, PauseEntry::State::Active);
        if (resourceKind == ResourceKind::Endpoint && newApi) {
            // The window's "Resume brings back 2–4" reads the frontend component.
            QCOMPARE(entry->savedMinReplicas, 2);
            QCOMPARE(entry->savedMaxReplicas, std::optional<int>(4));
        }

        // A refresh of the paused resource settles nothing: it is paused, as the ledger says.
        std::optional<Deployment> read;
        QObject context;
        m_fixture.client()->getResource(resourceKind, name, &context, [&](const ApiResult<Deployment> &r) {
            read = r.ok() ? std::optional<Deployment>(r.value) : Deployment();
        });
        QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 10000);
        QVERIFY(!read->name.isEmpty());
        m_fixture.restartController()->setUserName(QStringLiteral("tester"));
        connect(m_fixture.pauses(), &PauseController::patchSending, this, [&](const QString &sent) {
            atSending << m_fixture.database().ledger()->openEntry("demo", sent);
        });
        QCOMPARE(m_fixture.reconcile({*read}), QStringList());
        QCOMPARE(m_fixture.database().ledger()->openEntry("demo", name)->state, PauseEntry::State::Active);

        // Resume by name alone: the open pause knows the kind.
        const PauseOutcome resumed = m_fixture.resume(name, {});
        QVERIFY2(resumed.kind == PauseOutcome::Kind::Resumed, qPrintable(resumed.message));
        QCOMPARE(atSending.size(), 2);
        QVERIFY(!m_fixture.database().ledger()->openEntry("demo", name).has_value());
        // Exactly the spec it had: every component, targets, siblings, unknown fields.
        QCOMPARE(specOf(onServer(resourceKind, newApi, name)), specOf(before));
    }
};

QTEST_GUILESS_MAIN(TestPauseEveryKind)
#include "tst_pauseeverykind.moc"
