// LeptonClient against the workspace simulator over real HTTP on 127.0.0.1: every call,
// every typed error, unknown fields surviving a patch round trip, a state change over time.
#include "app/api/leptonclient.h"
#include "tests/support/simulatorclient.h"
#include "app/simulator/simulatorpopulation.h"
#include "app/simulator/workspacesimulator.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTcpServer>
#include <QtTest>

#include <optional>

using namespace std::chrono_literals;

namespace {

// Runs an async call and waits (event loop running) for its one callback.
template <typename T, typename Call>
std::optional<ApiResult<T>> await(Call call, std::chrono::milliseconds limit = 10s)
{
    std::optional<ApiResult<T>> result;
    int calls = 0;
    call([&](const ApiResult<T> &r) {
        result = r;
        ++calls;
    });
    if (!QTest::qWaitFor([&] { return calls > 0; }, int(limit.count())))
        qWarning("no callback within %lld ms", qlonglong(limit.count()));
    QTest::qWait(20);
    if (calls > 1)
        qWarning("callback called %d times", calls);
    return calls == 1 ? result : std::nullopt;
}

} // namespace

class TestLeptonClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<WorkspaceSimulator> m_sim;
    std::unique_ptr<LeptonClient> m_client;

private Q_SLOTS:
    void init()
    {
        m_sim = std::make_unique<WorkspaceSimulator>();
        m_sim->setTransitionDelay(200ms);
        m_sim->setDeployments(SimulatorPopulation::demo());
        QVERIFY(m_sim->listen());
        m_client = simulatorClient(*m_sim, 3s);
    }

    void cleanup()
    {
        m_client.reset();
        m_sim.reset();
    }

    void sendsBearerTokenAndListsDeployments()
    {
        auto result = await<QList<Deployment>>([&](auto cb) { m_client->listDeployments(this, cb); });
        QVERIFY(result && result->ok());
        QCOMPARE(result->value.size(), m_sim->deployments().size());
        QVERIFY(!m_sim->requests().isEmpty());
        QCOMPARE(m_sim->requests().last().header("Authorization"), QByteArray("Bearer ") + m_sim->token().toUtf8());
        QCOMPARE(m_sim->requests().last().method, QByteArray("GET"));
        QVERIFY(m_sim->requests().last().path.endsWith("/api/v2/workspaces/demo/deployments"));
    }

    void workspaceInfo()
    {
        auto result = await<WorkspaceInfo>([&](auto cb) { m_client->getWorkspaceInfo(this, cb); });
        QVERIFY(result && result->ok());
        QVERIFY(!result->value.name.isEmpty());
        QVERIFY(!result->value.supportedShapes.isEmpty());
    }

    // The generation comes from GET /workspace (features.enable_new_deployment_api), each
    // time the workspace is read; a failed read keeps what was known.
    void generationFollowsTheWorkspace()
    {
        using Fault = WorkspaceSimulator::Fault;
        QCOMPARE(m_client->apiGeneration(), ApiGeneration::Legacy);
        QSignalSpy changed(m_client.get(), &LeptonClient::apiGenerationChanged);
        m_sim->injectFault(Fault::httpStatus(200, R"({"workspace_name":"ws1","features":{"enable_new_deployment_api":true}})")
                               .on("GET", "/workspace$"));
        auto first = await<WorkspaceInfo>([&](auto cb) { m_client->getWorkspaceInfo(this, cb); });
        QVERIFY(first && first->ok());
        QVERIFY(first->value.newDeploymentApi);
        QCOMPARE(m_client->apiGeneration(), ApiGeneration::New);
        QCOMPARE(changed.size(), 1);

        m_sim->injectFault(Fault::httpStatus(500, "boom", "text/plain").on("GET", "/workspace$"));
        auto failed = await<WorkspaceInfo>([&](auto cb) { m_client->getWorkspaceInfo(this, cb); });
        QVERIFY(failed && !failed->ok());
        QCOMPARE(m_client->apiGeneration(), ApiGeneration::New);

        // The simulator's own workspace has no features: legacy again.
        auto again = await<WorkspaceInfo>([&](auto cb) { m_client->getWorkspaceInfo(this, cb); });
        QVERIFY(again && again->ok());
        QCOMPARE(m_client->apiGeneration(), ApiGeneration::Legacy);
        QCOMPARE(changed.size(), 2);
    }

    void getOneAndDetails()
    {
        const QString name = m_sim->deploymentNames().first();
        auto one = await<Deployment>([&](auto cb) { m_client->getDeployment(name, this, cb); });
        QVERIFY(one && one->ok());
        QCOMPARE(one->value.name, name);
        QCOMPARE(one->value.raw, m_sim->deployment(name));
        auto replicas = await<QList<Replica>>([&](auto cb) { m_client->listReplicas(name, this, cb); });
        QVERIFY(replicas && replicas->ok());
        auto events = await<QList<DeploymentEvent>>([&](auto cb) { m_client->listEvents(name, this, cb); });
        QVERIFY(events && events->ok());
        auto readiness = await<QList<ReadinessIssue>>([&](auto cb) { m_client->getReadiness(name, this, cb); });
        QVERIFY(readiness && readiness->ok());
    }

    void patchIsAMergePatchAndKeepsUnknownFields()
    {
        const QString name = m_sim->deploymentNames().first();
        QJsonObject before = m_sim->deployment(name);
        QJsonObject spec = before.value("spec").toObject();
        spec.insert("future_field", QJsonObject {{"kept", true}});
        before.insert("spec", spec);
        m_sim->setDeployment(before);

        const QJsonObject patch {{"spec", QJsonObject {{"container", QJsonObject {{"image", "example/new:2"}}}}}};
        auto result = await<QJsonObject>([&](auto cb) {
            m_client->patchDeployment(name, patch, LeptonClient::PatchMode::Apply, this, cb);
        });
        QVERIFY(result && result->ok());
        const WorkspaceSimulator::RecordedRequest sent = m_sim->requests().last();
        QCOMPARE(sent.method, QByteArray("PATCH"));
        QCOMPARE(sent.jsonBody(), patch);   // exactly the patch, never the whole object
        const QJsonObject after = m_sim->deployment(name);
        QCOMPARE(after.value("spec").toObject().value("container").toObject().value("image").toString(), QStringLiteral("example/new:2"));
        QCOMPARE(after.value("spec").toObject().value("future_field"), spec.value("future_field"));
        QCOMPARE(after.value("spec").toObject().value("envs"), spec.value("envs"));
        QVERIFY(after.value("metadata").toObject().value("version").toInteger() > before.value("metadata").toObject().value("version").toInteger());
    }

    void dryRunDoesNotApply()
    {
        const QString name = m_sim->deploymentNames().first();
        const QJsonObject before = m_sim->deployment(name);
        const QJsonObject patch {{"spec", QJsonObject {{"container", QJsonObject {{"image", "example/dry:1"}}}}}};
        auto result = await<QJsonObject>([&](auto cb) {
            m_client->patchDeployment(name, patch, LeptonClient::PatchMode::DryRun, this, cb);
        });
        QVERIFY(result && result->ok());
        QCOMPARE(m_sim->requests().last().query.queryItemValue("dryrun"), QStringLiteral("true"));
        QCOMPARE(m_sim->deployment(name), before);
    }

    void nothingToUpdateIsRecognised()
    {
        const QString name = m_sim->deploymentNames().first();
        const QJsonObject current = m_sim->deployment(name);
        const QString image = current.value("spec").toObject().value("container").toObject().value("image").toString();
        const QJsonObject patch {{"spec", QJsonObject {{"container", QJsonObject {{"image", image}}}}}};
        auto result = await<QJsonObject>([&](auto cb) {
            m_client->patchDeployment(name, patch, LeptonClient::PatchMode::Apply, this, cb);
        });
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error.kind(), ApiError::Kind::Invalid);
        QVERIFY(result->error.isNothingToUpdate());
    }

    void validationRefusalCarriesServerMessage()
    {
        const QString name = m_sim->deploymentNames().first();
        const QJsonObject patch {{"spec", QJsonObject {{"resource_requirement", QJsonObject {{"min_replicas", 3}, {"max_replicas", 1}}}}}};
        auto result = await<QJsonObject>([&](auto cb) {
            m_client->patchDeployment(name, patch, LeptonClient::PatchMode::Apply, this, cb);
        });
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error.kind(), ApiError::Kind::Invalid);
        QCOMPARE(result->error.httpStatus(), 400);
        QVERIFY2(result->error.serverMessage().contains("max_replicas"), qPrintable(result->error.serverMessage()));
        QVERIFY(result->error.userMessage().contains(result->error.serverMessage()));
    }

    void restartAndTransitionOverTime()
    {
        QString name;
        for (const QJsonObject &d : m_sim->deployments()) {
            if (d.value("status").toObject().value("state").toString() == "Ready") {
                name = d.value("metadata").toObject().value("name").toString();
                break;
            }
        }
        QVERIFY(!name.isEmpty());
        auto restarted = await<ApiNothing>([&](auto cb) { m_client->restartDeployment(name, this, cb); });
        QVERIFY(restarted && restarted->ok());
        QCOMPARE(m_sim->requests().last().method, QByteArray("PUT"));
        auto during = await<Deployment>([&](auto cb) { m_client->getDeployment(name, this, cb); });
        QVERIFY(during && during->ok());
        QCOMPARE(during->value.state, DeploymentState::Restarting);
        QTRY_VERIFY_WITH_TIMEOUT(m_sim->deployment(name).value("status").toObject().value("state").toString() == "Ready", 5000);
        auto after = await<Deployment>([&](auto cb) { m_client->getDeployment(name, this, cb); });
        QVERIFY2(after.has_value(), "no answer within the time limit");
        QCOMPARE(after->value.state, DeploymentState::Ready);
    }

    void stoppingThenStopped()
    {
        QString name;
        for (const QJsonObject &d : m_sim->deployments()) {
            if (d.value("status").toObject().value("state").toString() == "Ready") {
                name = d.value("metadata").toObject().value("name").toString();
                break;
            }
        }
        const QJsonObject patch {{"spec", QJsonObject {{"resource_requirement", QJsonObject {{"min_replicas", 0}}}}}};
        auto result = await<QJsonObject>([&](auto cb) {
            m_client->patchDeployment(name, patch, LeptonClient::PatchMode::Apply, this, cb);
        });
        QVERIFY(result && result->ok());
        auto during = await<Deployment>([&](auto cb) { m_client->getDeployment(name, this, cb); });
        QVERIFY2(during.has_value(), "no answer within the time limit");
        QCOMPARE(during->value.state, DeploymentState::Stopping);
        QTRY_VERIFY_WITH_TIMEOUT(m_sim->deployment(name).value("status").toObject().value("state").toString() == "Stopped", 5000);
        auto after = await<Deployment>([&](auto cb) { m_client->getDeployment(name, this, cb); });
        QVERIFY2(after.has_value(), "no answer within the time limit");
        QCOMPARE(after->value.state, DeploymentState::Stopped);
        QVERIFY(after->value.isScaledToZero());
    }

    void deleteDeployment()
    {
        const QString name = m_sim->deploymentNames().last();
        auto result = await<ApiNothing>([&](auto cb) { m_client->deleteDeployment(name, this, cb); });
        QVERIFY(result && result->ok());
        QCOMPARE(m_sim->requests().last().method, QByteArray("DELETE"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_sim->hasDeployment(name), 5000);
        auto gone = await<Deployment>([&](auto cb) { m_client->getDeployment(name, this, cb); });
        QVERIFY2(gone.has_value(), "no answer within the time limit");
        QCOMPARE(gone->error.kind(), ApiError::Kind::NotFound);
    }

    void typedErrors_data()
    {
        using Fault = WorkspaceSimulator::Fault;
        QTest::addColumn<int>("faultIndex");
        QTest::addColumn<ApiError::Kind>("kind");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("403") << 0 << ApiError::Kind::Forbidden << "not allowed";
        QTest::newRow("409") << 1 << ApiError::Kind::Conflict << "being deleted";
        QTest::newRow("429") << 2 << ApiError::Kind::RateLimited << "";
        QTest::newRow("502 html") << 3 << ApiError::Kind::Server << "502";
        QTest::newRow("500 text") << 4 << ApiError::Kind::Server << "boom";
        QTest::newRow("malformed json") << 5 << ApiError::Kind::BadPayload << "";
        QTest::newRow("wrong shape") << 6 << ApiError::Kind::BadPayload << "";
        QTest::newRow("hang") << 7 << ApiError::Kind::Timeout << "";
        QTest::newRow("closed") << 8 << ApiError::Kind::Network << "";
        QTest::newRow("truncated") << 9 << ApiError::Kind::Network << "broke off in the middle";
        Q_UNUSED(Fault::Kind::Hang);
    }

    void typedErrors()
    {
        using Fault = WorkspaceSimulator::Fault;
        QFETCH(int, faultIndex);
        QFETCH(ApiError::Kind, kind);
        QFETCH(QString, messagePart);
        const QList<Fault> faults {
            Fault::httpStatus(403, R"({"code":"Forbidden","message":"token is not allowed to list deployments"})"),
            Fault::httpStatus(409, R"({"code":"Conflict","message":"deployment is being deleted"})"),
            Fault::rateLimited(7),
            Fault::badGateway(),
            Fault::httpStatus(500, "boom", "text/plain"),
            Fault::ofKind(Fault::Kind::MalformedJson),
            Fault::ofKind(Fault::Kind::WrongShape),
            Fault::ofKind(Fault::Kind::Hang),
            Fault::ofKind(Fault::Kind::CloseConnection),
            Fault::ofKind(Fault::Kind::TruncatedBody),
        };
        Fault fault = faults.at(faultIndex);
        fault.on("GET", "/deployments$");
        // Qt retries an idempotent GET once when a kept-alive connection closes: fail every time.
        if (faultIndex == 8)
            fault.times(-1);
        m_sim->injectFault(fault);
        m_client->setTimeout(1500ms);
        auto result = await<QList<Deployment>>([&](auto cb) { m_client->listDeployments(this, cb); });
        QVERIFY(result.has_value());
        QVERIFY(!result->ok());
        QCOMPARE(result->error.kind(), kind);
        QVERIFY(!result->error.userMessage().isEmpty());
        if (!messagePart.isEmpty())
            QVERIFY2(result->error.userMessage().contains(messagePart), qPrintable(result->error.userMessage()));
        if (kind == ApiError::Kind::RateLimited)
            QCOMPARE(result->error.retryAfterSeconds(), 7);
        if (kind == ApiError::Kind::Server && faultIndex == 3)
            QVERIFY2(!result->error.userMessage().contains("<html"), qPrintable(result->error.userMessage()));
    }

    void unauthorizedOnWrongToken()
    {
        m_client->setToken("tok-XYZ-not-the-right-one");
        QSignalSpy authFailed(m_client.get(), &LeptonClient::authorizationFailed);
        auto result = await<QList<Deployment>>([&](auto cb) { m_client->listDeployments(this, cb); });
        QVERIFY2(result.has_value(), "no answer within the time limit");
        QCOMPARE(result->error.kind(), ApiError::Kind::Unauthorized);
        QCOMPARE(authFailed.size(), 1);
        QVERIFY(!result->error.userMessage().contains("tok-XYZ"));
    }

    void notFoundWorkspaceAndDeployment()
    {
        auto missing = await<Deployment>([&](auto cb) { m_client->getDeployment("no-such-thing", this, cb); });
        QVERIFY2(missing.has_value(), "no answer within the time limit");
        QCOMPARE(missing->error.kind(), ApiError::Kind::NotFound);
        QUrl other = m_sim->baseUrl();
        other.setPath(other.path().replace("/demo", "/elsewhere"));
        m_client->setBaseUrl(other);
        auto list = await<QList<Deployment>>([&](auto cb) { m_client->listDeployments(this, cb); });
        QVERIFY2(list.has_value(), "no answer within the time limit");
        QCOMPARE(list->error.kind(), ApiError::Kind::NotFound);
    }

    void connectionRefused()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        QUrl url = m_sim->baseUrl();
        url.setPort(port);
        m_client->setBaseUrl(url);
        auto result = await<QList<Deployment>>([&](auto cb) { m_client->listDeployments(this, cb); });
        QVERIFY2(result.has_value(), "no answer within the time limit");
        QCOMPARE(result->error.kind(), ApiError::Kind::Network);
        QVERIFY(result->error.isTransient());
    }

    void tooLargeBodyIsRefused()
    {
        using Fault = WorkspaceSimulator::Fault;
        Fault fault = Fault::ofKind(Fault::Kind::HugeBody);
        fault.size = 4 * 1024 * 1024;
        fault.on("GET", "/deployments$");
        m_sim->injectFault(fault);
        m_client->setMaxResponseBytes(1024 * 1024);
        auto result = await<QList<Deployment>>([&](auto cb) { m_client->listDeployments(this, cb); });
        QVERIFY2(result.has_value(), "no answer within the time limit");
        QCOMPARE(result->error.kind(), ApiError::Kind::BadPayload);
    }

    void deadContextGetsNoCallback()
    {
        auto *context = new QObject;
        bool called = false;
        m_sim->setLatency(200ms);
        m_client->listDeployments(context, [&](const ApiResult<QList<Deployment>> &) { called = true; });
        delete context;
        QTest::qWait(600);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestLeptonClient)
#include "tst_leptonclient.moc"
