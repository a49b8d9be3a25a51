// lepton-console-cli names kinds the kubectl way (issue 18): KIND/NAME for endpoints, dev pods
// and Ray clusters, `list --kind`, and "kind" in the JSON. The real binary as a child process
// against the simulator over HTTP, on both API generations (data-driven): a legacy workspace
// keeps its dev pods among /deployments (spec.is_pod), a new one under /devpods; Ray clusters
// are /rayclusters on both.
#include "app/simulator/simulatorpopulation.h"
#include "app/simulator/workspacesimulator.h"
#include "tests/support/cliworkspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace std::chrono_literals;

namespace {

const QString kToken = QStringLiteral("tok-clikinds-5e81c0a4");
enum Exit { Ok = 0, Usage = 2, NotFound = 4, Conflict = 5 };

QJsonObject fixture(const QString &name)
{
    QFile file(QStringLiteral(LEPTON_CONTRACT_FIXTURES) + QLatin1Char('/') + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject specOf(const QJsonObject &object)
{
    return object.value(QStringLiteral("spec")).toObject();
}

// The same workspace on either generation: the endpoint "chat", the dev pod "alice-dev", the
// Ray cluster "ray-train".
void populate(WorkspaceSimulator &sim, bool newApi)
{
    sim.setNewDeploymentApi(newApi);
    sim.setRayClusters({fixture(QStringLiteral("raycluster-running.json"))});
    if (newApi) {
        QJsonObject chat = fixture(QStringLiteral("endpoint-two-components.json"));
        QJsonObject metadata = chat.value(QStringLiteral("metadata")).toObject();
        metadata.insert(QStringLiteral("name"), QStringLiteral("chat"));
        chat.insert(QStringLiteral("metadata"), metadata);
        sim.setDeployments({});
        sim.setEndpoints({chat});
        sim.setDevPods({fixture(QStringLiteral("devpod-running.json"))});
        return;
    }
    DeploymentRecipe chat;
    chat.name = QStringLiteral("chat");
    chat.minReplicas = 1;
    chat.maxReplicas = 3;
    DeploymentRecipe pod;
    pod.name = QStringLiteral("alice-dev");
    pod.isPod = true;
    pod.minReplicas = 1;
    pod.maxReplicas = 1;
    pod.autoscale = SimulatedAutoscale::None;
    sim.setDeployments({SimulatorPopulation::make(chat), SimulatorPopulation::make(pod)});
}

// Whether the dev pod runs, in its generation's own terms.
bool podRuns(const WorkspaceSimulator &sim, bool newApi)
{
    if (newApi)
        return !specOf(sim.devPod(QStringLiteral("alice-dev"))).value(QStringLiteral("stopped")).toBool();
    return specOf(sim.deployment(QStringLiteral("alice-dev")))
               .value(QStringLiteral("resource_requirement")).toObject().value(QStringLiteral("min_replicas")).toInt(-1) > 0;
}

// A dev pod or Ray cluster as the server has it after someone started it again outside the
// console: its flag (spec.stopped, spec.suspend) off, and a new version by someone else.
QJsonObject startedOutside(QJsonObject object, const QString &flag)
{
    QJsonObject spec = specOf(object);
    spec.insert(flag, false);
    object.insert(QStringLiteral("spec"), spec);
    QJsonObject metadata = object.value(QStringLiteral("metadata")).toObject();
    metadata.insert(QStringLiteral("version"), metadata.value(QStringLiteral("version")).toInteger() + 1);
    object.insert(QStringLiteral("metadata"), metadata);
    return object;
}

bool sentPatch(const WorkspaceSimulator &sim)
{
    for (const auto &request : sim.requests()) {
        if (request.method == "PATCH")
            return true;
    }
    return false;
}

} // namespace

class TestCliKinds : public QObject
{
    Q_OBJECT

    CliWorkspace m_ws;
    WorkspaceSimulator *m_sim = nullptr;

    CliRun cli(const QStringList &arguments) { return m_ws.run(arguments); }

    void generations()
    {
        QTest::addColumn<bool>("newApi");
        QTest::newRow("legacy") << false;
        QTest::newRow("new") << true;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(QFile::exists(CliProcess::program()), qPrintable(CliProcess::program())); }

    // A fresh workspace and local database for every row.
    void init()
    {
        QVERIFY2(m_ws.renew(kToken), qPrintable(m_ws.errorString()));
        m_sim = m_ws.simulator();
        m_sim->setTransitionDelay(50ms);
        QFETCH(bool, newApi);
        populate(*m_sim, newApi);
        QVERIFY(m_ws.listen());
    }

    void cleanup() { m_ws.stop(); }

    void podPausesAndResumes_data() { generations(); }
    void podPausesAndResumes()
    {
        QFETCH(bool, newApi);
        QVERIFY(podRuns(*m_sim, newApi));
        const CliRun paused = cli({QStringLiteral("pause"), QStringLiteral("pod/alice-dev"), QStringLiteral("--note"),
                                   QStringLiteral("back Monday"), QStringLiteral("--wait"), QStringLiteral("--timeout"),
                                   QStringLiteral("30"), QStringLiteral("--json")});
        QVERIFY2(paused.exitCode == Ok, paused.describe().constData());
        const QJsonObject result = paused.json().value(QStringLiteral("results")).toArray().first().toObject();
        QCOMPARE(result.value(QStringLiteral("name")).toString(), QStringLiteral("alice-dev"));
        QCOMPARE(result.value(QStringLiteral("kind")).toString(), QStringLiteral("pod"));
        QCOMPARE(result.value(QStringLiteral("outcome")).toString(), QStringLiteral("paused"));
        QCOMPARE(result.value(QStringLiteral("reached")).toBool(), true);
        QCOMPARE(result.value(QStringLiteral("pause")).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("pod"));
        QVERIFY(!podRuns(*m_sim, newApi));

        const CliRun listed = cli({QStringLiteral("paused"), QStringLiteral("--json")});
        QVERIFY2(listed.exitCode == Ok, listed.describe().constData());
        const QJsonObject entry = listed.json().value(QStringLiteral("paused")).toArray().first().toObject();
        QCOMPARE(entry.value(QStringLiteral("name")).toString(), QStringLiteral("alice-dev"));
        QCOMPARE(entry.value(QStringLiteral("kind")).toString(), QStringLiteral("pod"));
        QCOMPARE(entry.value(QStringLiteral("reason")).toString(), QStringLiteral("back Monday"));

        // The alias, and back as it was.
        const CliRun resumed = cli({QStringLiteral("resume"), QStringLiteral("devpod/alice-dev"), QStringLiteral("--json")});
        QVERIFY2(resumed.exitCode == Ok, resumed.describe().constData());
        QCOMPARE(resumed.json().value(QStringLiteral("results")).toArray().first().toObject().value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("resumed"));
        QVERIFY(podRuns(*m_sim, newApi));
    }

    void rayClusterPausesAndResumes_data() { generations(); }
    void rayClusterPausesAndResumes()
    {
        const QJsonObject before = m_sim->rayCluster(QStringLiteral("ray-train"));
        const CliRun paused = cli({QStringLiteral("pause"), QStringLiteral("ray/ray-train"), QStringLiteral("--wait"),
                                   QStringLiteral("--timeout"), QStringLiteral("30")});
        QVERIFY2(paused.exitCode == Ok, paused.describe().constData());
        QCOMPARE(specOf(m_sim->rayCluster(QStringLiteral("ray-train"))).value(QStringLiteral("suspend")).toBool(), true);

        const CliRun status = cli({QStringLiteral("status"), QStringLiteral("raycluster/ray-train"), QStringLiteral("--json")});
        QVERIFY2(status.exitCode == Ok, status.describe().constData());
        QCOMPARE(status.json().value(QStringLiteral("kind")).toString(), QStringLiteral("raycluster"));
        QCOMPARE(status.json().value(QStringLiteral("paused")).toBool(), true);

        const CliRun resumed = cli({QStringLiteral("resume"), QStringLiteral("raycluster/ray-train")});
        QVERIFY2(resumed.exitCode == Ok, resumed.describe().constData());
        QCOMPARE(specOf(m_sim->rayCluster(QStringLiteral("ray-train"))).value(QStringLiteral("suspend")).toBool(), false);
        QCOMPARE(specOf(m_sim->rayCluster(QStringLiteral("ray-train"))).value(QStringLiteral("worker_group_specs")),
                 specOf(before).value(QStringLiteral("worker_group_specs")));
    }

    void unknownKindIsAUsageError_data() { generations(); }
    void unknownKindIsAUsageError()
    {
        const CliRun typo = cli({QStringLiteral("pause"), QStringLiteral("pdo/alice-dev")});
        QVERIFY2(typo.exitCode == Usage, typo.describe().constData());
        QVERIFY2(typo.errText().contains(QStringLiteral("Did you mean \"pod\"?")), typo.err.constData());
        QVERIFY(typo.out.isEmpty());
        QVERIFY(!sentPatch(*m_sim));

        const CliRun listTypo = cli({QStringLiteral("list"), QStringLiteral("--kind"), QStringLiteral("raycluter")});
        QVERIFY2(listTypo.exitCode == Usage, listTypo.describe().constData());
        QVERIFY2(listTypo.errText().contains(QStringLiteral("Did you mean \"raycluster\"?")), listTypo.err.constData());

        const CliRun statusTypo = cli({QStringLiteral("status"), QStringLiteral("endpont/chat")});
        QVERIFY2(statusTypo.exitCode == Usage, statusTypo.describe().constData());
        QVERIFY2(statusTypo.errText().contains(QStringLiteral("Did you mean \"endpoint\"?")), statusTypo.err.constData());
    }

    // A name that is another kind is not found, and the message names the kind it is.
    void wrongKindIsNotFound_data() { generations(); }
    void wrongKindIsNotFound()
    {
        const CliRun asEndpoint = cli({QStringLiteral("pause"), QStringLiteral("endpoint/alice-dev")});
        QVERIFY2(asEndpoint.exitCode == NotFound, asEndpoint.describe().constData());
        QVERIFY2(asEndpoint.errText().contains(QStringLiteral("Did you mean \"pod/alice-dev\"?")), asEndpoint.err.constData());
        QVERIFY(!sentPatch(*m_sim));

        const CliRun asPod = cli({QStringLiteral("status"), QStringLiteral("pod/chat")});
        QVERIFY2(asPod.exitCode == NotFound, asPod.describe().constData());
        QVERIFY2(asPod.errText().contains(QStringLiteral("Did you mean \"endpoint/chat\"?")), asPod.err.constData());
    }

    void listByKind_data() { generations(); }
    void listByKind()
    {
        // Default: endpoints only, as before, each saying so; no KIND column.
        const CliRun endpoints = cli({QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(endpoints.exitCode == Ok, endpoints.describe().constData());
        const QJsonArray listed = endpoints.json().value(QStringLiteral("deployments")).toArray();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("chat"));
        QCOMPARE(listed.first().toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("endpoint"));
        const CliRun plain = cli({QStringLiteral("list")});
        QVERIFY2(plain.exitCode == Ok, plain.describe().constData());
        QVERIFY2(plain.outText().startsWith(QStringLiteral("NAME")), plain.out.constData());

        const CliRun pods = cli({QStringLiteral("list"), QStringLiteral("--kind"), QStringLiteral("pod"), QStringLiteral("--json")});
        QVERIFY2(pods.exitCode == Ok, pods.describe().constData());
        const QJsonArray podList = pods.json().value(QStringLiteral("deployments")).toArray();
        QCOMPARE(podList.size(), 1);
        QCOMPARE(podList.first().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("alice-dev"));
        QCOMPARE(podList.first().toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("pod"));

        const CliRun all = cli({QStringLiteral("list"), QStringLiteral("--kind"), QStringLiteral("all"), QStringLiteral("--json")});
        QVERIFY2(all.exitCode == Ok, all.describe().constData());
        QStringList kinds;
        for (const QJsonValue &value : all.json().value(QStringLiteral("deployments")).toArray())
            kinds << value.toObject().value(QStringLiteral("kind")).toString() + QLatin1Char('/') + value.toObject().value(QStringLiteral("name")).toString();
        QCOMPARE(kinds, (QStringList {QStringLiteral("endpoint/chat"), QStringLiteral("pod/alice-dev"), QStringLiteral("raycluster/ray-train")}));

        const CliRun table = cli({QStringLiteral("list"), QStringLiteral("--kind"), QStringLiteral("all")});
        QVERIFY2(table.exitCode == Ok, table.describe().constData());
        const QStringList lines = table.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY2(lines.at(0).startsWith(QStringLiteral("KIND")), qPrintable(lines.at(0)));
        QVERIFY2(lines.at(3).startsWith(QStringLiteral("raycluster")) && lines.at(3).contains(QStringLiteral("ray-train")),
                 qPrintable(lines.at(3)));
    }

    // The ledger finds open pauses by name: a Ray cluster "chat" paused beside the endpoint
    // "chat" keeps its pause when the endpoint is named, and the endpoint is left alone.
    void otherKindsPauseOfTheSameNameIsKept_data() { generations(); }
    void otherKindsPauseOfTheSameNameIsKept()
    {
        QJsonObject ray = fixture(QStringLiteral("raycluster-running.json"));
        QJsonObject metadata = ray.value(QStringLiteral("metadata")).toObject();
        metadata.insert(QStringLiteral("name"), QStringLiteral("chat"));
        metadata.insert(QStringLiteral("id"), QStringLiteral("chat"));
        ray.insert(QStringLiteral("metadata"), metadata);
        m_sim->setRayCluster(ray);
        const CliRun rayPaused = cli({QStringLiteral("pause"), QStringLiteral("ray/chat")});
        QVERIFY2(rayPaused.exitCode == Ok, rayPaused.describe().constData());
        m_sim->clearRequests();

        const CliRun endpoint = cli({QStringLiteral("pause"), QStringLiteral("endpoint/chat")});
        QVERIFY2(endpoint.exitCode == Conflict, endpoint.describe().constData());
        QVERIFY2(endpoint.errText().contains(QStringLiteral("raycluster/chat")), endpoint.err.constData());
        QVERIFY(!sentPatch(*m_sim));

        const CliRun paused = cli({QStringLiteral("paused"), QStringLiteral("--json")});
        QVERIFY2(paused.exitCode == Ok, paused.describe().constData());
        const QJsonArray entries = paused.json().value(QStringLiteral("paused")).toArray();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("raycluster"));

        const CliRun resumed = cli({QStringLiteral("resume"), QStringLiteral("raycluster/chat")});
        QVERIFY2(resumed.exitCode == Ok, resumed.describe().constData());
        QCOMPARE(specOf(m_sim->rayCluster(QStringLiteral("chat"))).value(QStringLiteral("suspend")).toBool(), false);
    }

    // A dev pod and a Ray cluster started again outside the console (the dashboard, `lep pod
    // start`) are settled before the next command on both generations, as endpoints are: the
    // pre-command reconcile lists each kind with an open pause, not only the endpoints.
    void pausesEndedOutsideAreSettledBeforeACommand_data() { generations(); }
    void pausesEndedOutsideAreSettledBeforeACommand()
    {
        QFETCH(bool, newApi);
        const QString pod = QStringLiteral("alice-dev");
        const CliRun pausedNow = cli({QStringLiteral("pause"), QStringLiteral("pod/alice-dev"), QStringLiteral("ray/ray-train"),
                                      QStringLiteral("--wait"), QStringLiteral("--timeout"), QStringLiteral("30")});
        QVERIFY2(pausedNow.exitCode == Ok, pausedNow.describe().constData());
        const CliRun before = cli({QStringLiteral("paused"), QStringLiteral("--json")});
        QVERIFY2(before.exitCode == Ok, before.describe().constData());
        QCOMPARE(before.json().value(QStringLiteral("paused")).toArray().size(), 2);

        if (newApi) {
            m_sim->setDevPod(startedOutside(m_sim->devPod(pod), QStringLiteral("stopped")));
        } else {
            QString error;
            QVERIFY2(m_sim->applyOutsideChange(pod, QJsonObject {{"spec", QJsonObject {{"resource_requirement",
                                                                   QJsonObject {{"min_replicas", 1}}}}}}, "alice", &error),
                     qPrintable(error));
        }
        m_sim->setRayCluster(startedOutside(m_sim->rayCluster(QStringLiteral("ray-train")), QStringLiteral("suspend")));
        QVERIFY(podRuns(*m_sim, newApi));

        const CliRun after = cli({QStringLiteral("paused"), QStringLiteral("--json")});
        QVERIFY2(after.exitCode == Ok, after.describe().constData());
        QVERIFY2(after.json().value(QStringLiteral("paused")).toArray().isEmpty(), after.out.constData());
    }

    // Settling goes by kind and name: a running Ray cluster "chat" (changed many times since)
    // does not close the endpoint "chat"'s pause as "resumed outside the console".
    void aRunningResourceOfAnotherKindLeavesAPauseAlone_data() { generations(); }
    void aRunningResourceOfAnotherKindLeavesAPauseAlone()
    {
        const CliRun pausedNow = cli({QStringLiteral("pause"), QStringLiteral("chat"), QStringLiteral("ray/ray-train")});
        QVERIFY2(pausedNow.exitCode == Ok, pausedNow.describe().constData());
        QJsonObject ray = fixture(QStringLiteral("raycluster-running.json"));
        QJsonObject metadata = ray.value(QStringLiteral("metadata")).toObject();
        metadata.insert(QStringLiteral("name"), QStringLiteral("chat"));
        metadata.insert(QStringLiteral("id"), QStringLiteral("chat"));
        metadata.insert(QStringLiteral("version"), 1000);
        ray.insert(QStringLiteral("metadata"), metadata);
        m_sim->setRayCluster(ray);

        const CliRun paused = cli({QStringLiteral("paused"), QStringLiteral("--json")});
        QVERIFY2(paused.exitCode == Ok, paused.describe().constData());
        QStringList open;
        for (const QJsonValue &value : paused.json().value(QStringLiteral("paused")).toArray())
            open << value.toObject().value(QStringLiteral("kind")).toString() + QLatin1Char('/') + value.toObject().value(QStringLiteral("name")).toString();
        open.sort();
        QCOMPARE(open, (QStringList {QStringLiteral("endpoint/chat"), QStringLiteral("raycluster/ray-train")}));
    }

    // A pause of the pod marks the pod, and the export names every entry's kind.
    void kindInLedgerOutput_data() { generations(); }
    void kindInLedgerOutput()
    {
        QVERIFY(cli({QStringLiteral("pause"), QStringLiteral("chat"), QStringLiteral("pod/alice-dev")}).exitCode == Ok);
        const CliRun pods = cli({QStringLiteral("list"), QStringLiteral("--kind"), QStringLiteral("pod"), QStringLiteral("--json")});
        QVERIFY2(pods.exitCode == Ok, pods.describe().constData());
        const QJsonObject pod = pods.json().value(QStringLiteral("deployments")).toArray().first().toObject();
        QCOMPARE(pod.value(QStringLiteral("paused")).toBool(), true);
        QCOMPARE(pod.value(QStringLiteral("pause")).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("pod"));

        const CliRun exported = cli({QStringLiteral("export-ledger"), QStringLiteral("-")});
        QVERIFY2(exported.exitCode == Ok, exported.describe().constData());
        QStringList kinds;
        for (const QJsonValue &value : exported.json().value(QStringLiteral("entries")).toArray())
            kinds << value.toObject().value(QStringLiteral("kind")).toString();
        kinds.sort();
        QCOMPARE(kinds, (QStringList {QStringLiteral("endpoint"), QStringLiteral("pod")}));

        const CliRun paused = cli({QStringLiteral("paused")});
        QVERIFY2(paused.exitCode == Ok, paused.describe().constData());
        QVERIFY2(paused.outText().startsWith(QStringLiteral("KIND")), paused.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliKinds)
#include "tst_clikinds.moc"
