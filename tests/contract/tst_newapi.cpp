// The new deployment API (/endpoints, /devpods) and Ray clusters, as the SDK describes them
// (fixtures/README.md names the sources): parsing into the console's Deployment, the
// translation of the console's legacy-shaped merge patches onto the frontend component, the
// refusal of malformed snapshots, and the client's routes over real HTTP. Until the simulator
// speaks the new API, its fault injection stands in for the new routes' answers (the bodies
// are the fixtures), and its request log shows what the client sent.
#include "app/api/deployment.h"
#include "app/api/leptonclient.h"
#include "app/api/newapitranslation.h"
#include "app/common/jsonmergepatch.h"
#include "app/deployments/deploymenteditor.h"
#include "app/pause/pauseplan.h"
#include "app/simulator/workspacesimulator.h"
#include "app/storage/pauseentry.h"
#include "tests/support/simulatorclient.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QtTest>

#include <optional>

using namespace std::chrono_literals;

namespace {

QByteArray fixtureBytes(const QString &name)
{
    QFile file(QStringLiteral(LEPTON_CONTRACT_FIXTURES) + QLatin1Char('/') + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QJsonObject fixture(const QString &name)
{
    return QJsonDocument::fromJson(fixtureBytes(name)).object();
}

QJsonArray componentsOf(const QJsonObject &endpoint)
{
    return endpoint.value("spec").toObject().value("components").toArray();
}

QJsonObject withComponents(const QJsonArray &components)
{
    return QJsonObject {{"metadata", QJsonObject {{"name", "x"}}}, {"spec", QJsonObject {{"components", components}}}};
}

template <typename T, typename Call>
std::optional<ApiResult<T>> await(Call call)
{
    std::optional<ApiResult<T>> result;
    int calls = 0;
    call([&](const ApiResult<T> &r) {
        result = r;
        ++calls;
    });
    if (!QTest::qWaitFor([&] { return calls > 0; }, 10000))
        qWarning("no callback in time");
    QTest::qWait(20);
    return calls == 1 ? result : std::nullopt;
}

const QByteArray kNewWorkspace = R"({"workspace_name":"ws1","features":{"enable_new_deployment_api":true}})";

} // namespace

class TestNewApi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<WorkspaceSimulator> m_sim;
    std::unique_ptr<LeptonClient> m_client;

    QList<WorkspaceSimulator::RecordedRequest> requests(const QByteArray &method) const
    {
        QList<WorkspaceSimulator::RecordedRequest> found;
        for (const WorkspaceSimulator::RecordedRequest &r : m_sim->requests()) {
            if (r.method == method)
                found.append(r);
        }
        return found;
    }

    // The client reads a workspace that has the new API switched on.
    void switchToNewApi()
    {
        m_sim->injectFault(WorkspaceSimulator::Fault::httpStatus(200, kNewWorkspace).on("GET", "/workspace$"));
        auto info = await<WorkspaceInfo>([&](auto cb) { m_client->getWorkspaceInfo(this, cb); });
        QVERIFY(info && info->ok());
        QCOMPARE(m_client->apiGeneration(), ApiGeneration::New);
    }

    void serve(const QByteArray &method, const QString &path, const QByteArray &body, int status = 200)
    {
        m_sim->injectFault(WorkspaceSimulator::Fault::httpStatus(status, body).on(method, path).times(-1));
    }

private Q_SLOTS:
    void init()
    {
        m_sim = std::make_unique<WorkspaceSimulator>();
        QVERIFY(m_sim->listen());
        m_client = simulatorClient(*m_sim, 5s);
    }

    void cleanup()
    {
        m_client.reset();
        m_sim.reset();
    }

    // ---------------------------------------------------------------------------------------
    // The client's routes on the new API, over HTTP

    void listAndGetUseEndpoints()
    {
        switchToNewApi();
        serve("GET", "/endpoints$", "[" + fixtureBytes("endpoint-two-components.json") + "]");
        serve("GET", "/endpoints/chat-split$", fixtureBytes("endpoint-two-components.json"));
        auto list = await<QList<Deployment>>([&](auto cb) { m_client->listDeployments(this, cb); });
        QVERIFY(list && list->ok());
        QCOMPARE(list->value.size(), 1);
        QCOMPARE(list->value.at(0).name, QStringLiteral("chat-split"));
        QCOMPARE(list->value.at(0).generation, ApiGeneration::New);
        QCOMPARE(list->value.at(0).components.size(), 2);
        QVERIFY(list->value.at(0).raw == fixture("endpoint-two-components.json"));
        auto one = await<Deployment>([&](auto cb) { m_client->getDeployment("chat-split", this, cb); });
        QVERIFY(one && one->ok());
        QCOMPARE(one->value.minReplicas, std::optional<int>(2));
        for (const WorkspaceSimulator::RecordedRequest &r : m_sim->requests())
            QVERIFY2(!r.apiPath().startsWith("/deployments"), qPrintable(r.apiPath()));
        QCOMPARE(requests("GET").last().apiPath(), QStringLiteral("/endpoints/chat-split"));
    }

    // A call made while the workspace is being read waits for it: the first list of a
    // session already goes to the right generation.
    void callsWaitForTheWorkspaceRead()
    {
        m_sim->injectFault(WorkspaceSimulator::Fault::httpStatus(200, kNewWorkspace).on("GET", "/workspace$"));
        serve("GET", "/endpoints$", "[]");
        std::optional<ApiResult<QList<Deployment>>> listed;
        m_client->getWorkspaceInfo(this, [](const ApiResult<WorkspaceInfo> &) {});
        m_client->listDeployments(this, [&](const ApiResult<QList<Deployment>> &r) { listed = r; });
        QTRY_VERIFY(listed.has_value());
        QVERIFY(listed->ok());
        const QList<WorkspaceSimulator::RecordedRequest> gets = requests("GET");
        QCOMPARE(gets.size(), 2);
        QCOMPARE(gets.at(0).apiPath(), QStringLiteral("/workspace"));
        QCOMPARE(gets.at(1).apiPath(), QStringLiteral("/endpoints"));
    }

    void abortAllCancelsAWaitingCall()
    {
        m_sim->injectFault(WorkspaceSimulator::Fault::ofKind(WorkspaceSimulator::Fault::Kind::Hang).on("GET", "/workspace$"));
        std::optional<ApiResult<QList<Deployment>>> listed;
        m_client->getWorkspaceInfo(this, [](const ApiResult<WorkspaceInfo> &) {});
        m_client->listDeployments(this, [&](const ApiResult<QList<Deployment>> &r) { listed = r; });
        QTest::qWait(50);
        QVERIFY(!listed.has_value());
        m_client->abortAll();
        QTRY_VERIFY(listed.has_value());
        QCOMPARE(listed->error.kind(), ApiError::Kind::Cancelled);
    }

    void detailsRoutesOnTheNewApi()
    {
        switchToNewApi();
        serve("GET", "/endpoints/chat-split/replicas$", "[]");
        serve("GET", "/endpoints/chat-split/events$", "[]");
        serve("PUT", "/endpoints/chat-split/restart$", "{}");
        serve("DELETE", "/endpoints/chat-split$", "{}");
        const qsizetype before = m_sim->requests().size();
        auto readiness = await<QList<ReadinessIssue>>([&](auto cb) { m_client->getReadiness("chat-split", this, cb); });
        QVERIFY(readiness && readiness->ok());
        QVERIFY(readiness->value.isEmpty());
        QCOMPARE(m_sim->requests().size(), before); // no readiness route there: nothing asked
        auto replicas = await<QList<Replica>>([&](auto cb) { m_client->listReplicas("chat-split", this, cb); });
        QVERIFY(replicas && replicas->ok());
        auto events = await<QList<DeploymentEvent>>([&](auto cb) { m_client->listEvents("chat-split", this, cb); });
        QVERIFY(events && events->ok());
        auto restarted = await<ApiNothing>([&](auto cb) { m_client->restartDeployment("chat-split", this, cb); });
        QVERIFY(restarted && restarted->ok());
        auto deleted = await<ApiNothing>([&](auto cb) { m_client->deleteDeployment("chat-split", this, cb); });
        QVERIFY(deleted && deleted->ok());
        QStringList paths;
        for (qsizetype i = before; i < m_sim->requests().size(); ++i)
            paths << QString::fromLatin1(m_sim->requests().at(i).method) + QLatin1Char(' ') + m_sim->requests().at(i).apiPath();
        QCOMPARE(paths, (QStringList {"GET /endpoints/chat-split/replicas", "GET /endpoints/chat-split/events",
                                      "PUT /endpoints/chat-split/restart", "DELETE /endpoints/chat-split"}));
    }

    void legacyReadinessStillAsks()
    {
        const qsizetype before = m_sim->requests().size();
        auto readiness = await<QList<ReadinessIssue>>([&](auto cb) { m_client->getReadiness("nope", this, cb); });
        QVERIFY(readiness);
        QCOMPARE(m_sim->requests().size(), before + 1);
        QCOMPARE(m_sim->requests().last().apiPath(), QStringLiteral("/deployments/nope/readiness"));
    }

    void patchSendsTheWholeComponentArray()
    {
        switchToNewApi();
        serve("GET", "/endpoints/chat-split$", fixtureBytes("endpoint-two-components.json"));
        serve("PATCH", "/endpoints/chat-split$", fixtureBytes("endpoint-two-components.json"));
        const QJsonObject legacy {{"spec", QJsonObject {{"resource_requirement", QJsonObject {{"min_replicas", 3}, {"max_replicas", 5}}}}}};
        auto result = await<QJsonObject>([&](auto cb) {
            m_client->patchDeployment("chat-split", legacy, LeptonClient::PatchMode::DryRun, this, cb);
        });
        QVERIFY(result && result->ok());
        const QList<WorkspaceSimulator::RecordedRequest> patches = requests("PATCH");
        QCOMPARE(patches.size(), 1);
        QCOMPARE(patches.at(0).apiPath(), QStringLiteral("/endpoints/chat-split"));
        QCOMPARE(patches.at(0).query.queryItemValue("dryrun"), QStringLiteral("true"));
        const QJsonObject body = QJsonDocument::fromJson(patches.at(0).body).object();
        const QJsonArray before = componentsOf(fixture("endpoint-two-components.json"));
        QCOMPARE(componentsOf(body).at(0).toObject(), before.at(0).toObject());
        QJsonObject api = before.at(1).toObject();
        api.insert("min_replicas", 3);
        api.insert("max_replicas", 5);
        QCOMPARE(componentsOf(body).at(1).toObject(), api);
        // The GET came first, fresh.
        QCOMPARE(requests("GET").last().apiPath(), QStringLiteral("/endpoints/chat-split"));
    }

    void malformedGetSendsNothing()
    {
        switchToNewApi();
        const QJsonObject duplicate = withComponents({QJsonObject {{"name", "d"}, {"frontend", true}}, QJsonObject {{"name", "d"}}});
        serve("GET", "/endpoints/x$", QJsonDocument(duplicate).toJson());
        serve("PATCH", "/endpoints/x$", "{}");
        auto result = await<QJsonObject>([&](auto cb) {
            m_client->patchDeployment("x", QJsonObject {{"spec", QJsonObject {{"resource_requirement", QJsonObject {{"min_replicas", 0}}}}}},
                                      LeptonClient::PatchMode::Apply, this, cb);
        });
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error.kind(), ApiError::Kind::BadPayload);
        QVERIFY2(result->error.userMessage().contains("\"d\""), qPrintable(result->error.userMessage()));
        QVERIFY(requests("PATCH").isEmpty());
    }

    void resourcesOfEveryKind()
    {
        // Legacy: endpoints and pods share /deployments.
        QJsonObject pod = fixture("deployment-ready.json");
        QJsonObject podMetadata = pod.value("metadata").toObject();
        podMetadata.insert("name", "bob-dev");
        pod.insert("metadata", podMetadata);
        QJsonObject podSpec = pod.value("spec").toObject();
        podSpec.insert("is_pod", true);
        pod.insert("spec", podSpec);
        serve("GET", "/deployments$", QJsonDocument(QJsonArray {fixture("deployment-ready.json"), pod}).toJson());
        serve("GET", "/rayclusters$", "[" + fixtureBytes("raycluster-running.json") + "]");
        auto pods = await<QList<Deployment>>([&](auto cb) { m_client->listResources(ResourceKind::Pod, this, cb); });
        QVERIFY(pods && pods->ok());
        QCOMPARE(pods->value.size(), 1);
        QCOMPARE(pods->value.at(0).name, QStringLiteral("bob-dev"));
        QCOMPARE(pods->value.at(0).kind, ResourceKind::Pod);
        auto endpoints = await<QList<Deployment>>([&](auto cb) { m_client->listResources(ResourceKind::Endpoint, this, cb); });
        QVERIFY(endpoints && endpoints->ok());
        QCOMPARE(endpoints->value.size(), 1);
        QCOMPARE(endpoints->value.at(0).name, QStringLiteral("chat"));
        auto rays = await<QList<Deployment>>([&](auto cb) { m_client->listResources(ResourceKind::RayCluster, this, cb); });
        QVERIFY(rays && rays->ok());
        QCOMPARE(rays->value.size(), 1);
        QCOMPARE(rays->value.at(0).kind, ResourceKind::RayCluster);
        QCOMPARE(rays->value.at(0).components.size(), 2);

        // New: /devpods, and a pause in its own shape goes there as it is.
        switchToNewApi();
        serve("GET", "/devpods$", "[" + fixtureBytes("devpod-running.json") + "]");
        serve("PATCH", "/devpods/alice-dev$", fixtureBytes("devpod-running.json"));
        pods = await<QList<Deployment>>([&](auto cb) { m_client->listResources(ResourceKind::Pod, this, cb); });
        QVERIFY(pods && pods->ok());
        QCOMPARE(pods->value.size(), 1);
        QCOMPARE(pods->value.at(0).name, QStringLiteral("alice-dev"));
        QCOMPARE(pods->value.at(0).generation, ApiGeneration::New);
        const QJsonObject stop {{"spec", QJsonObject {{"stopped", true}}}};
        auto stopped = await<QJsonObject>([&](auto cb) {
            m_client->patchResource(ResourceKind::Pod, "alice-dev", stop, LeptonClient::PatchMode::Apply, this, cb);
        });
        QVERIFY(stopped && stopped->ok());
        QCOMPARE(requests("PATCH").last().apiPath(), QStringLiteral("/devpods/alice-dev"));
        QCOMPARE(QJsonDocument::fromJson(requests("PATCH").last().body).object(), stop);
        QCOMPARE(m_client->resourcePath(ResourceKind::RayCluster, "a b"), QStringLiteral("/rayclusters/a%20b"));
    }

    void sendsTheOriginFromTheCredentials()
    {
        m_client->setOrigin(QUrl("https://dashboard.dgxc-lepton.nvidia.com"));
        auto info = await<WorkspaceInfo>([&](auto cb) { m_client->getWorkspaceInfo(this, cb); });
        QVERIFY(info && info->ok());
        QCOMPARE(m_sim->requests().last().header("origin"), QByteArray("https://dashboard.dgxc-lepton.nvidia.com"));
        m_client->setOrigin(QUrl());
        info = await<WorkspaceInfo>([&](auto cb) { m_client->getWorkspaceInfo(this, cb); });
        QVERIFY(m_sim->requests().last().header("origin").isEmpty()); // 127.0.0.1 is no dgxc host
    }

    void tokenLifetimeOfTheTokenInUse()
    {
        const QString token = m_sim->token();
        const qint64 inFiveHours = QDateTime::currentMSecsSinceEpoch() + 5 * 3600 * 1000 + 60 * 1000;
        const QByteArray tokens = QJsonDocument(QJsonArray {
            QJsonObject {{"masked_value", "zz...zz"}, {"expires_at", 1.0 * (inFiveHours - 3600 * 1000)}},
            QJsonObject {{"masked_value", token.left(2) + "..." + token.right(2)}, {"expires_at", 1.0 * inFiveHours}}}).toJson();
        serve("GET", "/tokens$", tokens);
        auto lifetime = await<TokenLifetime>([&](auto cb) { m_client->getTokenLifetime(this, cb); });
        QVERIFY(lifetime && lifetime->ok());
        QVERIFY(lifetime->value.known());
        QCOMPARE(lifetime->value.expiresAt().toMSecsSinceEpoch(), inFiveHours);
        QCOMPARE(lifetime->value.describe(), QStringLiteral("expires in 5 h"));
        QVERIFY(lifetime->value.isExpiringSoon());
    }

    // ---------------------------------------------------------------------------------------
    // Against the simulator's own new-API routes (setNewDeploymentApi)

    void simulatedListGetAndEditWithDryRun()
    {
        const QJsonObject original = fixture("endpoint-two-components.json");
        m_sim->setNewDeploymentApi(true);
        m_sim->setEndpoints({original});
        auto info = await<WorkspaceInfo>([&](auto cb) { m_client->getWorkspaceInfo(this, cb); });
        QVERIFY(info && info->ok());
        QCOMPARE(m_client->apiGeneration(), ApiGeneration::New);
        auto list = await<QList<Deployment>>([&](auto cb) { m_client->listDeployments(this, cb); });
        QVERIFY2(list && list->ok(), list ? qPrintable(list->error.userMessage()) : "no answer");
        QCOMPARE(list->value.size(), 1);
        auto opened = await<Deployment>([&](auto cb) { m_client->getDeployment("chat-split", this, cb); });
        QVERIFY(opened && opened->ok());
        QCOMPARE(opened->value.components.size(), 2);

        // The edit dialog's workflow, unchanged: max 4 -> 6 on the row (the frontend).
        DeploymentEditor editor(m_client.get(), info->value);
        DeploymentEditor::Request request;
        request.opened = opened->value;
        request.original = DeploymentSettings::fromDeployment(opened->value);
        request.edited = request.original;
        request.edited.maxReplicas = 6;
        std::optional<DeploymentEditor::Outcome> outcome;
        connect(&editor, &DeploymentEditor::finished, this, [&](const DeploymentEditor::Outcome &o) { outcome = o; });
        editor.apply(request);
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 10000);
        QVERIFY2(outcome->kind == DeploymentEditor::Outcome::Kind::Applied,
                 qPrintable(outcome->error.userMessage() + outcome->problems.join(' ')));
        const QList<WorkspaceSimulator::RecordedRequest> patches = requests("PATCH");
        QCOMPARE(patches.size(), 2);
        QCOMPARE(patches.at(0).query.queryItemValue("dryrun"), QStringLiteral("true"));
        QVERIFY(!patches.at(1).query.hasQueryItem("dryrun"));
        for (const WorkspaceSimulator::RecordedRequest &r : patches)
            QCOMPARE(r.apiPath(), QStringLiteral("/endpoints/chat-split"));
        const QJsonArray now = componentsOf(m_sim->endpoint("chat-split"));
        QCOMPARE(now.at(0).toObject(), componentsOf(original).at(0).toObject()); // sibling untouched
        QJsonObject api = componentsOf(original).at(1).toObject();
        api.insert("max_replicas", 6);
        QCOMPARE(now.at(1).toObject(), api);
    }

    void simulatedPausePlanRoundTrip()
    {
        const QJsonObject original = fixture("endpoint-two-components.json");
        m_sim->setNewDeploymentApi(true);
        m_sim->setEndpoints({original});
        auto info = await<WorkspaceInfo>([&](auto cb) { m_client->getWorkspaceInfo(this, cb); });
        QVERIFY(info && info->ok());
        auto fresh = await<Deployment>([&](auto cb) { m_client->getDeployment("chat-split", this, cb); });
        QVERIFY(fresh && fresh->ok());
        const PausePlan plan = PausePlan::make(fresh->value.raw, ResourceKind::Endpoint, m_client->apiGeneration());
        QVERIFY2(plan.ok(), qPrintable(plan.error));
        auto paused = await<QJsonObject>([&](auto cb) {
            m_client->patchResource(ResourceKind::Endpoint, "chat-split", plan.pausePatch, LeptonClient::PatchMode::Apply, this, cb);
        });
        QVERIFY2(paused && paused->ok(), paused ? qPrintable(paused->error.userMessage()) : "no answer");
        QCOMPARE(QJsonDocument::fromJson(requests("PATCH").last().body).object(), plan.pausePatch);
        for (const QJsonValue &c : componentsOf(m_sim->endpoint("chat-split")))
            QCOMPARE(c.toObject().value("min_replicas").toInt(-1), 0);

        auto now = await<Deployment>([&](auto cb) { m_client->getDeployment("chat-split", this, cb); });
        QVERIFY(now && now->ok());
        QString why;
        const std::optional<QJsonObject> restore = PausePlan::restorePatch(plan.savedState, now->value.raw, ApiGeneration::New, &why);
        QVERIFY2(restore && !restore->isEmpty(), qPrintable(why));
        auto resumed = await<QJsonObject>([&](auto cb) {
            m_client->patchResource(ResourceKind::Endpoint, "chat-split", *restore, LeptonClient::PatchMode::Apply, this, cb);
        });
        QVERIFY2(resumed && resumed->ok(), resumed ? qPrintable(resumed->error.userMessage()) : "no answer");
        QCOMPARE(QJsonDocument::fromJson(requests("PATCH").last().body).object(), *restore);
        QCOMPARE(componentsOf(m_sim->endpoint("chat-split")), componentsOf(original)); // sibling and unknown field included
    }

    // Today's legacy pause body would set min 0 on the frontend only and leave its QPM target:
    // the server refuses it. That is why Pause must use the plan on the new API.
    void simulatedLegacyShapedPauseIsRefusedWithATarget()
    {
        m_sim->setNewDeploymentApi(true);
        m_sim->setEndpoints({fixture("endpoint-two-components.json")});
        auto info = await<WorkspaceInfo>([&](auto cb) { m_client->getWorkspaceInfo(this, cb); });
        QVERIFY(info && info->ok());
        auto result = await<QJsonObject>([&](auto cb) {
            m_client->patchDeployment("chat-split", QJsonObject {{"spec", QJsonObject {{"resource_requirement", QJsonObject {{"min_replicas", 0}}}}}},
                                      LeptonClient::PatchMode::Apply, this, cb);
        });
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error.kind(), ApiError::Kind::Invalid);
        QCOMPARE(componentsOf(m_sim->endpoint("chat-split")), componentsOf(fixture("endpoint-two-components.json")));
    }

    void simulatedTokenLifetime()
    {
        const QDateTime expiry = QDateTime::currentDateTimeUtc().addSecs(5 * 3600 + 60);
        m_sim->setTokenExpiry(expiry);
        auto lifetime = await<TokenLifetime>([&](auto cb) { m_client->getTokenLifetime(this, cb); });
        QVERIFY2(lifetime && lifetime->ok(), lifetime ? qPrintable(lifetime->error.userMessage()) : "no answer");
        QVERIFY(lifetime->value.known());
        QCOMPARE(lifetime->value.expiresAt().toMSecsSinceEpoch() / 1000, expiry.toMSecsSinceEpoch() / 1000);
        QCOMPARE(lifetime->value.describe(), QStringLiteral("expires in 5 h"));
        QVERIFY(lifetime->value.isExpiringSoon());
    }

    // A Ray cluster always has its head: workers that may all scale to zero do not make a
    // running (or starting) cluster read as stopped; only spec.suspend does.
    void rayClusterWithWorkersAtZeroIsNotStopped()
    {
        QJsonObject cluster = fixture("raycluster-running.json");
        QJsonObject spec = cluster["spec"].toObject();
        QJsonArray groups = spec["worker_group_specs"].toArray();
        QVERIFY(!groups.isEmpty());
        for (qsizetype i = 0; i < groups.size(); ++i) {
            QJsonObject group = groups[i].toObject();
            group["min_replicas"] = 0;
            groups[i] = group;
        }
        spec["worker_group_specs"] = groups;
        cluster["spec"] = spec;
        QJsonObject status = cluster["status"].toObject();
        status["state"] = "Not Ready";
        cluster["status"] = status;
        Deployment d;
        QString why;
        QVERIFY2(Deployment::fromJson(cluster, ResourceKind::RayCluster, ApiGeneration::Legacy, &d, &why), qPrintable(why));
        QCOMPARE(d.minReplicas, std::optional<int>(1)); // the head
        QVERIFY(d.state != DeploymentState::Stopped);

        spec["suspend"] = true;
        cluster["spec"] = spec;
        QVERIFY(Deployment::fromJson(cluster, ResourceKind::RayCluster, ApiGeneration::Legacy, &d, &why));
        QCOMPARE(d.minReplicas, std::optional<int>(0));
    }

    void simulatedRayClusterPauseRoundTrip()
    {
        m_sim->setRayClusters({fixture("raycluster-running.json")});
        auto listed = await<QList<Deployment>>([&](auto cb) { m_client->listResources(ResourceKind::RayCluster, this, cb); });
        QVERIFY2(listed && listed->ok(), listed ? qPrintable(listed->error.userMessage()) : "no answer");
        QCOMPARE(listed->value.size(), 1);
        const PausePlan plan = PausePlan::make(listed->value.at(0).raw, ResourceKind::RayCluster, m_client->apiGeneration());
        QVERIFY(plan.ok());
        auto paused = await<QJsonObject>([&](auto cb) {
            m_client->patchResource(ResourceKind::RayCluster, "ray-train", plan.pausePatch, LeptonClient::PatchMode::Apply, this, cb);
        });
        QVERIFY2(paused && paused->ok(), paused ? qPrintable(paused->error.userMessage()) : "no answer");
        QVERIFY(m_sim->rayCluster("ray-train").value("spec").toObject().value("suspend").toBool());
        auto now = await<Deployment>([&](auto cb) { m_client->getResource(ResourceKind::RayCluster, "ray-train", this, cb); });
        QVERIFY(now && now->ok());
        QVERIFY(now->value.suspended);
        const std::optional<QJsonObject> restore = PausePlan::restorePatch(plan.savedState, now->value.raw, ApiGeneration::Legacy);
        QVERIFY(restore && !restore->isEmpty());
        auto resumed = await<QJsonObject>([&](auto cb) {
            m_client->patchResource(ResourceKind::RayCluster, "ray-train", *restore, LeptonClient::PatchMode::Apply, this, cb);
        });
        QVERIFY2(resumed && resumed->ok(), resumed ? qPrintable(resumed->error.userMessage()) : "no answer");
        QCOMPARE(m_sim->rayCluster("ray-train").value("spec").toObject(), fixture("raycluster-running.json").value("spec").toObject());
    }

    void simulatedMalformedEndpointIsNotChanged()
    {
        m_sim->setNewDeploymentApi(true);
        QJsonObject broken = fixture("endpoint-two-components.json");
        QJsonObject spec = broken.value("spec").toObject();
        QJsonArray components = spec.value("components").toArray();
        QJsonObject first = components.at(0).toObject();
        first.insert("frontend", true); // two frontends
        components[0] = first;
        spec.insert("components", components);
        broken.insert("spec", spec);
        m_sim->setEndpoints({broken});
        auto info = await<WorkspaceInfo>([&](auto cb) { m_client->getWorkspaceInfo(this, cb); });
        QVERIFY(info && info->ok());
        auto result = await<QJsonObject>([&](auto cb) {
            m_client->patchDeployment("chat-split", QJsonObject {{"spec", QJsonObject {{"container", QJsonObject {{"image", "x:1"}}}}}},
                                      LeptonClient::PatchMode::Apply, this, cb);
        });
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error.kind(), ApiError::Kind::BadPayload);
        QVERIFY(requests("PATCH").isEmpty());
        QCOMPARE(m_sim->endpoint("chat-split"), broken);
    }

    // ---------------------------------------------------------------------------------------
    // Parsing

    void endpointWithTwoComponents()
    {
        const QJsonObject object = fixture("endpoint-two-components.json");
        Deployment d;
        QString why;
        QVERIFY2(Deployment::fromEndpointJson(object, &d, &why), qPrintable(why));
        QCOMPARE(d.kind, ResourceKind::Endpoint);
        QCOMPARE(d.generation, ApiGeneration::New);
        QCOMPARE(d.name, QStringLiteral("chat-split"));
        QCOMPARE(d.id, QStringLiteral("chat-split"));
        QCOMPARE(d.version, 4);
        QCOMPARE(d.createdAtMs, Q_INT64_C(1783180800000));
        QCOMPARE(d.owner, QStringLiteral("alice@example.com"));
        QCOMPARE(d.createdBy, QStringLiteral("alice@example.com"));
        QCOMPARE(d.lastModifiedBy, QStringLiteral("bob@example.com"));
        QCOMPARE(d.lastModifiedAtMs, Q_INT64_C(1783267200000));
        // The frontend is the second component: its values are the row's.
        QCOMPARE(d.image, QStringLiteral("vllm/vllm-openai:v0.6.3"));
        QCOMPARE(d.resourceShape, QStringLiteral("gpu.a10"));
        QCOMPARE(d.minReplicas, std::optional<int>(2));
        QCOMPARE(d.maxReplicas, std::optional<int>(4));
        QVERIFY(d.hasAutoScaler);
        QCOMPARE(d.targetQpm, std::optional<double>(120));
        QCOMPARE(d.state, DeploymentState::Ready);
        QCOMPARE(d.rawState, QStringLiteral("Ready"));
        QCOMPARE(d.externalEndpoint, QStringLiteral("https://ws123-chat-split.xenon.lepton.run"));
        QCOMPARE(d.endpointUrl(), d.externalEndpoint);
        QCOMPARE(d.readyReplicas, std::optional<int>(3));
        QCOMPARE(d.desiredReplicas, std::optional<int>(3));
        QVERIFY(!d.isPod);
        QCOMPARE(d.components.size(), 2);
        QCOMPARE(d.components.at(0).name, QStringLiteral("prefill"));
        QVERIFY(!d.components.at(0).frontend);
        QCOMPARE(d.components.at(0).minReplicas, std::optional<int>(1));
        QCOMPARE(d.components.at(0).autoscaling.value("target_gpu_utilization_percentage").toInt(), 60);
        QCOMPARE(d.components.at(1).name, QStringLiteral("api"));
        QVERIFY(d.components.at(1).frontend);
        QCOMPARE(d.components.at(1).maxReplicas, std::optional<int>(4));
        // Exactly as sent; spec() reads it in the legacy shape.
        QVERIFY(d.raw == object);
        const QJsonObject spec = d.spec();
        QCOMPARE(spec.value("resource_requirement").toObject().value("min_replicas").toInt(), 2);
        QCOMPARE(spec.value("container").toObject().value("image").toString(), QStringLiteral("vllm/vllm-openai:v0.6.3"));
        QCOMPARE(spec.value("auto_scaler").toObject(), componentsOf(object).at(1).toObject().value("autoscaling").toObject());
        QCOMPARE(spec.value("load_balance_config").toObject().value("policy").toString(), QStringLiteral("sticky"));
        QVERIFY(spec.contains("auth_config"));
    }

    void stoppedEndpointWithTheNewStateName()
    {
        Deployment d;
        QVERIFY(Deployment::fromEndpointJson(fixture("endpoint-stopped-new.json"), &d));
        QCOMPARE(d.rawState, QStringLiteral("NotReady"));
        QCOMPARE(d.state, DeploymentState::Stopped);
        QVERIFY(d.isScaledToZero());
        QCOMPARE(d.components.size(), 1);
        QVERIFY(d.components.at(0).frontend); // the only one
    }

    void deletedAtMeansDeleting()
    {
        QJsonObject object = fixture("endpoint-stopped-new.json");
        QJsonObject metadata = object.value("metadata").toObject();
        metadata.insert("deleted_at", 1783400000000.0);
        object.insert("metadata", metadata);
        Deployment d;
        QVERIFY(Deployment::fromEndpointJson(object, &d));
        QCOMPARE(d.state, DeploymentState::Deleting);
    }

    void endpointWithoutNameIsNoDeployment()
    {
        Deployment d;
        QString why;
        QVERIFY(!Deployment::fromEndpointJson(QJsonObject {{"spec", QJsonObject()}}, &d, &why));
        QVERIFY(!why.isEmpty());
    }

    void devPod()
    {
        const QJsonObject object = fixture("devpod-running.json");
        Deployment d;
        QVERIFY(Deployment::fromDevPodJson(object, &d));
        QCOMPARE(d.kind, ResourceKind::Pod);
        QCOMPARE(d.generation, ApiGeneration::New);
        QVERIFY(d.isPod);
        QCOMPARE(d.name, QStringLiteral("alice-dev"));
        QCOMPARE(d.owner, QStringLiteral("alice@example.com"));
        QCOMPARE(d.image, QStringLiteral("ubuntu:22.04"));
        QCOMPARE(d.resourceShape, QStringLiteral("gpu.a10"));
        QCOMPARE(d.minReplicas, std::optional<int>(1));
        QVERIFY(!d.suspended);
        QCOMPARE(d.state, DeploymentState::Ready);
        QVERIFY(d.raw == object);

        QJsonObject stopped = object;
        QJsonObject spec = stopped.value("spec").toObject();
        spec.insert("stopped", true);
        stopped.insert("spec", spec);
        stopped.insert("status", QJsonObject {{"state", "Stopped"}});
        QVERIFY(Deployment::fromDevPodJson(stopped, &d));
        QVERIFY(d.suspended);
        QCOMPARE(d.minReplicas, std::optional<int>(0));
        QCOMPARE(d.state, DeploymentState::Stopped);
    }

    void legacyPodIsAPod()
    {
        Deployment d;
        QVERIFY(Deployment::fromJson(QJsonObject {{"metadata", QJsonObject {{"name", "p"}}},
                                                  {"spec", QJsonObject {{"is_pod", true}}}}, &d));
        QCOMPARE(d.kind, ResourceKind::Pod);
        QVERIFY(Deployment::fromJson(fixture("deployment-ready.json"), &d));
        QCOMPARE(d.kind, ResourceKind::Endpoint);
    }

    void rayCluster()
    {
        const QJsonObject object = fixture("raycluster-running.json");
        Deployment d;
        QVERIFY(Deployment::fromRayClusterJson(object, &d));
        QCOMPARE(d.kind, ResourceKind::RayCluster);
        QCOMPARE(d.name, QStringLiteral("ray-train"));
        QCOMPARE(d.owner, QStringLiteral("carol@example.com"));
        QCOMPARE(d.image, QStringLiteral("rayproject/ray:2.40.0-py310-gpu"));
        QCOMPARE(d.resourceShape, QStringLiteral("cpu.large"));
        QVERIFY(!d.suspended);
        QCOMPARE(d.components.size(), 2);
        QCOMPARE(d.components.at(0).name, QStringLiteral("gpu-workers"));
        QCOMPARE(d.components.at(0).minReplicas, std::optional<int>(2));
        QCOMPARE(d.components.at(0).maxReplicas, std::optional<int>(4));
        // The head and the workers: 1 + (2 + 1), 1 + (4 + 1).
        QCOMPARE(d.minReplicas, std::optional<int>(4));
        QCOMPARE(d.maxReplicas, std::optional<int>(6));
        QCOMPARE(d.state, DeploymentState::Ready);

        QJsonObject suspended = object;
        QJsonObject spec = suspended.value("spec").toObject();
        spec.insert("suspend", true);
        suspended.insert("spec", spec);
        suspended.insert("status", QJsonObject {{"state", "Not Ready"}});
        QVERIFY(Deployment::fromRayClusterJson(suspended, &d));
        QVERIFY(d.suspended);
        QCOMPARE(d.state, DeploymentState::Stopped);
    }

    // ---------------------------------------------------------------------------------------
    // Writing: the legacy-shaped patch goes onto the frontend component only

    void malformedSnapshotsAreRefused_data()
    {
        QTest::addColumn<QJsonObject>("endpoint");
        QTest::newRow("no spec") << QJsonObject {{"metadata", QJsonObject {{"name", "x"}}}};
        QTest::newRow("spec null") << QJsonObject {{"spec", QJsonValue::Null}};
        QTest::newRow("no components") << QJsonObject {{"spec", QJsonObject()}};
        QTest::newRow("components null") << QJsonObject {{"spec", QJsonObject {{"components", QJsonValue::Null}}}};
        QTest::newRow("components empty") << withComponents({});
        QTest::newRow("components an object") << QJsonObject {{"spec", QJsonObject {{"components", QJsonObject()}}}};
        QTest::newRow("component null") << withComponents({QJsonValue::Null});
        QTest::newRow("component without name") << withComponents({QJsonObject {{"image", "nginx"}}});
        QTest::newRow("duplicate names") << withComponents({QJsonObject {{"name", "d"}, {"frontend", true}}, QJsonObject {{"name", "d"}}});
        QTest::newRow("several, no frontend") << withComponents({QJsonObject {{"name", "api"}}, QJsonObject {{"name", "worker"}}});
        QTest::newRow("several, two frontends") << withComponents({QJsonObject {{"name", "api"}, {"frontend", true}},
                                                                   QJsonObject {{"name", "worker"}, {"frontend", true}}});
    }

    void malformedSnapshotsAreRefused()
    {
        QFETCH(QJsonObject, endpoint);
        const QJsonObject patch {{"spec", QJsonObject {{"container", QJsonObject {{"image", "nginx:updated"}}}}}};
        QString why;
        QVERIFY(!NewApiTranslation::endpointPatchFromLegacy(endpoint, patch, &why).has_value());
        QVERIFY2(why.contains(QLatin1String("nothing was sent")), qPrintable(why));
        QVERIFY(!NewApiTranslation::checkedComponents(endpoint, nullptr).has_value());
    }

    void validSnapshots()
    {
        const QJsonObject patch {{"spec", QJsonObject {{"container", QJsonObject {{"image", "nginx:updated"}}}}}};
        const QJsonObject single = withComponents({QJsonObject {{"name", "only"}, {"image", "nginx:old"}}});
        std::optional<QJsonObject> sent = NewApiTranslation::endpointPatchFromLegacy(single, patch, nullptr);
        QVERIFY(sent);
        QCOMPARE(componentsOf(*sent).at(0).toObject(), (QJsonObject {{"name", "only"}, {"image", "nginx:updated"}}));
        const QJsonObject worker {{"name", "worker"}, {"image", "worker:old"}};
        const QJsonObject multi = withComponents({worker, QJsonObject {{"name", "api"}, {"image", "api:old"}, {"frontend", true}}});
        sent = NewApiTranslation::endpointPatchFromLegacy(multi, patch, nullptr);
        QVERIFY(sent);
        QCOMPARE(componentsOf(*sent).at(0).toObject(), worker);
        QCOMPARE(componentsOf(*sent).at(1).toObject().value("image").toString(), QStringLiteral("nginx:updated"));
        QCOMPARE(sent->value("metadata").toObject(), QJsonObject()); // the SDK's update sends "metadata": {}
    }

    // What DeploymentEditor sends (DeploymentSettings::mergePatchFrom: image, shape, min+max,
    // the whole auto_scaler block), what Pause sends, and what Resume sends
    // (PauseEntry::restorePatch: max null, auto_scaler with nulls inside).
    void theConsolesPatchesLandOnTheFrontendOnly_data()
    {
        QTest::addColumn<QJsonObject>("legacyPatch");
        QTest::addColumn<QJsonObject>("frontendChange"); // merge patch expected on the api component
        const QJsonObject block {{"scale_down", QJsonObject {{"no_traffic_timeout", 0}}},
                                 {"target_gpu_utilization_percentage", 70},
                                 {"target_throughput", QJsonObject {{"qpm", 0.0}}}};
        QTest::newRow("edit: image") << QJsonObject {{"spec", QJsonObject {{"container", QJsonObject {{"image", "vllm/vllm-openai:v0.6.4"}}}}}}
                                     << QJsonObject {{"image", "vllm/vllm-openai:v0.6.4"}};
        QTest::newRow("edit: shape and replicas")
            << QJsonObject {{"spec", QJsonObject {{"resource_requirement", QJsonObject {{"resource_shape", "gpu.a100"}, {"min_replicas", 1}, {"max_replicas", 6}}}}}}
            << QJsonObject {{"resource_shape", "gpu.a100"}, {"min_replicas", 1}, {"max_replicas", 6}};
        QTest::newRow("edit: autoscaling block")
            << QJsonObject {{"spec", QJsonObject {{"auto_scaler", block}}}}
            << QJsonObject {{"autoscaling", block}};
        QTest::newRow("pause (legacy body)")
            << QJsonObject {{"spec", QJsonObject {{"resource_requirement", QJsonObject {{"min_replicas", 0}}}}}}
            << QJsonObject {{"min_replicas", 0}};
        QTest::newRow("resume: no max, no autoscaler")
            << QJsonObject {{"spec", QJsonObject {{"resource_requirement", QJsonObject {{"min_replicas", 2}, {"max_replicas", QJsonValue::Null}}},
                                                  {"auto_scaler", QJsonValue::Null}}}}
            << QJsonObject {{"min_replicas", 2}, {"max_replicas", QJsonValue::Null}, {"autoscaling", QJsonValue::Null}};
        QTest::newRow("resume: nulls inside the block")
            << QJsonObject {{"spec", QJsonObject {{"auto_scaler", QJsonObject {{"target_throughput", QJsonObject {{"paths", QJsonValue::Null}}}}}}}}
            << QJsonObject {{"autoscaling", QJsonObject {{"target_throughput", QJsonObject {{"paths", QJsonValue::Null}}}}}};
    }

    void theConsolesPatchesLandOnTheFrontendOnly()
    {
        QFETCH(QJsonObject, legacyPatch);
        QFETCH(QJsonObject, frontendChange);
        const QJsonObject endpoint = fixture("endpoint-two-components.json");
        QString why;
        const std::optional<QJsonObject> sent = NewApiTranslation::endpointPatchFromLegacy(endpoint, legacyPatch, &why);
        QVERIFY2(sent, qPrintable(why));
        QCOMPARE(sent->value("spec").toObject().keys(), QStringList {"components"});
        const QJsonArray before = componentsOf(endpoint);
        const QJsonArray after = componentsOf(*sent);
        QCOMPARE(after.size(), 2);
        QCOMPARE(after.at(0).toObject(), before.at(0).toObject()); // the sibling, unknown field and all
        QCOMPARE(after.at(1).toObject(), JsonMergePatch::apply(before.at(1).toObject(), frontendChange));
    }

    // PauseEntry::restorePatch, exactly as Resume computes it today, against the legacy view.
    void resumePatchFromTheLedger()
    {
        QJsonObject endpoint = fixture("endpoint-two-components.json");
        Deployment d;
        QVERIFY(Deployment::fromEndpointJson(endpoint, &d));
        PauseEntry entry;
        entry.savedMinReplicas = 2;
        entry.savedMaxReplicas = 4;
        entry.hadAutoScaler = true;
        entry.savedAutoScaler = d.autoScaler();
        // Paused as today's PauseController does (min 0 on the frontend).
        QJsonArray components = componentsOf(endpoint);
        QJsonObject api = components.at(1).toObject();
        api.insert("min_replicas", 0);
        components[1] = api;
        QJsonObject spec = endpoint.value("spec").toObject();
        spec.insert("components", components);
        endpoint.insert("spec", spec);
        QVERIFY(Deployment::fromEndpointJson(endpoint, &d));
        const QJsonObject restore = entry.restorePatch(d.spec());
        QVERIFY(!restore.isEmpty());
        const std::optional<QJsonObject> sent = NewApiTranslation::endpointPatchFromLegacy(endpoint, restore, nullptr);
        QVERIFY(sent);
        QCOMPARE(componentsOf(*sent), componentsOf(fixture("endpoint-two-components.json")));
    }

    void fieldsWithNoPlaceAreRefused_data()
    {
        QTest::addColumn<QJsonObject>("legacyPatch");
        QTest::addColumn<QString>("named");
        QTest::newRow("cpu") << QJsonObject {{"spec", QJsonObject {{"resource_requirement", QJsonObject {{"cpu", 2}}}}}} << "cpu";
        QTest::newRow("unknown spec key") << QJsonObject {{"spec", QJsonObject {{"is_pod", true}}}} << "is_pod";
        QTest::newRow("port field") << QJsonObject {{"spec", QJsonObject {{"container", QJsonObject {{"env", 1}}}}}} << "env";
        QTest::newRow("labels") << QJsonObject {{"metadata", QJsonObject {{"labels", QJsonObject {{"team", "x"}}}}}} << "labels";
        QTest::newRow("status") << QJsonObject {{"status", QJsonObject()}} << "status";
    }

    void fieldsWithNoPlaceAreRefused()
    {
        QFETCH(QJsonObject, legacyPatch);
        QFETCH(QString, named);
        QString why;
        QVERIFY(!NewApiTranslation::endpointPatchFromLegacy(fixture("endpoint-two-components.json"), legacyPatch, &why));
        QVERIFY2(why.contains(named), qPrintable(why));
    }

    void endpointLevelFieldsAndMetadata()
    {
        const QJsonObject patch {{"metadata", QJsonObject {{"id", "chat-split"}, {"owner", "dan@example.com"}, {"labels", QJsonObject()}}},
                                 {"spec", QJsonObject {{"load_balance_config", QJsonValue::Null}, {"auth_config", QJsonObject {{"x", 1}}}}}};
        const std::optional<QJsonObject> sent = NewApiTranslation::endpointPatchFromLegacy(fixture("endpoint-two-components.json"), patch, nullptr);
        QVERIFY(sent);
        const QJsonObject spec = sent->value("spec").toObject();
        QVERIFY(spec.contains("load_balancing") && spec.value("load_balancing").isNull());
        QCOMPARE(spec.value("access_config").toObject().value("x").toInt(), 1);
        QCOMPARE(componentsOf(*sent), componentsOf(fixture("endpoint-two-components.json")));
        QCOMPARE(sent->value("metadata").toObject(),
                 (QJsonObject {{"lepton_metadata", QJsonObject {{"owner", "dan@example.com"}}}}));
    }
};

QTEST_GUILESS_MAIN(TestNewApi)
#include "tst_newapi.moc"
