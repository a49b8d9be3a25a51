#include "app/simulator/simulatorpopulation.h"
#include "app/simulator/simulatedlogs.h"
#include "app/simulator/workspacesimulator.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace std::chrono_literals;

namespace {

struct HttpResult
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QByteArray contentType;
    QByteArray retryAfter;
    qint64 elapsedMs = 0;

    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
    QString message() const { return object().value(QStringLiteral("message")).toString(); }
};

QJsonObject at(const QJsonObject &root, const QStringList &path)
{
    QJsonObject current = root;
    for (const QString &key : path)
        current = current.value(key).toObject();
    return current;
}

QString stateOf(const QJsonObject &deployment)
{
    return deployment.value(QStringLiteral("status")).toObject().value(QStringLiteral("state")).toString();
}

int desiredOf(const QJsonObject &deployment)
{
    return at(deployment, {QStringLiteral("status"), QStringLiteral("autoscaler_status")})
        .value(QStringLiteral("desired_replicas"))
        .toInt(-1);
}

QJsonObject resourcesOf(const QJsonObject &deployment)
{
    return at(deployment, {QStringLiteral("spec"), QStringLiteral("resource_requirement")});
}

QByteArray toJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject replicasPatch(const QJsonObject &resources)
{
    return QJsonObject{{QStringLiteral("spec"),
                        QJsonObject{{QStringLiteral("resource_requirement"), resources}}}};
}

} // namespace

class TestSimulator : public QObject
{
    Q_OBJECT

private:
    HttpResult send(const QByteArray &method, const QString &path, const QByteArray &body = {},
                    const QString &token = QStringLiteral("demo-token"), int timeoutMs = 5000)
    {
        QUrl url = m_sim->baseUrl();
        const int query = path.indexOf(QLatin1Char('?'));
        url.setPath(url.path() + (query < 0 ? path : path.left(query)));
        if (query >= 0)
            url.setQuery(path.mid(query + 1));
        return sendTo(method, url, body, token, timeoutMs);
    }

    HttpResult sendTo(const QByteArray &method, const QUrl &url, const QByteArray &body,
                      const QString &token, int timeoutMs)
    {
        QNetworkRequest request(url);
        request.setTransferTimeout(timeoutMs);
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QElapsedTimer timer;
        timer.start();
        QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        HttpResult result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.error = reply->error();
        if (reply->isOpen())
            result.body = reply->readAll();
        result.contentType = reply->rawHeader("Content-Type");
        result.retryAfter = reply->rawHeader("Retry-After");
        result.elapsedMs = timer.elapsed();
        reply->deleteLater();
        return result;
    }

    HttpResult patch(const QString &name, const QJsonObject &body, bool dryRun = false)
    {
        return send("PATCH", QStringLiteral("/deployments/%1%2").arg(name, dryRun ? QStringLiteral("?dryrun=true") : QString()),
                    toJson(body));
    }

    QNetworkAccessManager m_nam;
    std::unique_ptr<WorkspaceSimulator> m_sim;

private slots:
    void init()
    {
        m_sim = std::make_unique<WorkspaceSimulator>();
        m_sim->setTransitionDelay(200ms);
        m_sim->setDeployments(SimulatorPopulation::demo());
        QVERIFY(m_sim->listen());
        QVERIFY(m_sim->port() != 0);
        QCOMPARE(m_sim->baseUrl().toString(),
                 QStringLiteral("http://127.0.0.1:%1/api/v2/workspaces/demo").arg(m_sim->port()));
    }

    void cleanup()
    {
        m_sim.reset();
        m_nam.clearConnectionCache();
    }

    // --- addressing and auth --------------------------------------------------------------

    void missingOrWrongTokenIsUnauthorized()
    {
        const HttpResult none = send("GET", QStringLiteral("/deployments"), {}, QString());
        QCOMPARE(none.status, 401);
        QVERIFY(!none.message().isEmpty());

        const HttpResult wrong = send("GET", QStringLiteral("/deployments"), {}, QStringLiteral("nope"));
        QCOMPARE(wrong.status, 401);
        QCOMPARE(wrong.object().value(QStringLiteral("code")).toString(), QStringLiteral("Unauthorized"));
    }

    void otherWorkspaceIsNotFound()
    {
        QUrl url = m_sim->baseUrl();
        url.setPath(QStringLiteral("/api/v2/workspaces/other/deployments"));
        const HttpResult result = sendTo("GET", url, {}, QStringLiteral("demo-token"), 5000);
        QCOMPARE(result.status, 404);
        QVERIFY(result.message().contains(QLatin1String("other")));
    }

    void unknownPathIsNotFound()
    {
        QCOMPARE(send("GET", QStringLiteral("/no-such-thing")).status, 404);
    }

    // --- reading ----------------------------------------------------------------------------

    void workspaceInfo()
    {
        const HttpResult result = send("GET", QStringLiteral("/workspace"));
        QCOMPARE(result.status, 200);
        const QJsonObject info = result.object();
        for (const char *key : {"build_time", "git_commit", "workspace_name", "workspace_tier", "workspace_state",
                                "supported_shapes", "workspace_disk_usage_bytes", "workloads", "resource_quota"}) {
            QVERIFY2(info.contains(QLatin1String(key)), key);
        }
        QCOMPARE(info.value(QStringLiteral("workspace_state")).toString(), QStringLiteral("normal"));
        const QJsonObject shapes = info.value(QStringLiteral("supported_shapes")).toObject();
        QVERIFY(shapes.contains(QStringLiteral("gpu.a10")));
        QCOMPARE(shapes.value(QStringLiteral("gpu.a10")).toObject().value(QStringLiteral("accelerator_num")).toDouble(), 1.0);
    }

    void listDeployments()
    {
        const HttpResult result = send("GET", QStringLiteral("/deployments"));
        QCOMPARE(result.status, 200);
        QVERIFY(result.contentType.startsWith("application/json"));
        const QJsonArray list = result.array();
        QCOMPARE(list.size(), SimulatorPopulation::demo().size());
        for (const QJsonValue &item : list) {
            const QJsonObject deployment = item.toObject();
            QVERIFY(!at(deployment, {QStringLiteral("metadata")}).value(QStringLiteral("name")).toString().isEmpty());
            QVERIFY(deployment.value(QStringLiteral("status")).toObject().contains(QStringLiteral("state")));
            QVERIFY(at(deployment, {QStringLiteral("status"), QStringLiteral("endpoint")}).contains(QStringLiteral("external_endpoint")));
        }
    }

    void getDeploymentAndNotFound()
    {
        const HttpResult result = send("GET", QStringLiteral("/deployments/llama3-8b-chat"));
        QCOMPARE(result.status, 200);
        QCOMPARE(at(result.object(), {QStringLiteral("metadata")}).value(QStringLiteral("id")).toString(),
                 QStringLiteral("llama3-8b-chat"));
        QCOMPARE(result.object(), m_sim->deployment(QStringLiteral("llama3-8b-chat")));

        const HttpResult missing = send("GET", QStringLiteral("/deployments/nope-404"));
        QCOMPARE(missing.status, 404);
        QVERIFY(missing.message().contains(QLatin1String("nope-404")));
    }

    void replicasEventsReadinessTerminationLog()
    {
        const HttpResult replicas = send("GET", QStringLiteral("/deployments/llama3-8b-chat/replicas"));
        QCOMPARE(replicas.status, 200);
        QCOMPARE(replicas.array().size(), desiredOf(m_sim->deployment(QStringLiteral("llama3-8b-chat"))));
        const QJsonObject replica = replicas.array().first().toObject();
        const QString id = replica.value(QStringLiteral("id")).toString();
        QVERIFY(id.startsWith(QLatin1String("llama3-8b-chat-")));
        QCOMPARE(at(replica, {QStringLiteral("metadata")}).value(QStringLiteral("id")).toString(), id);
        QVERIFY(!at(replica, {QStringLiteral("status"), QStringLiteral("node")}).value(QStringLiteral("name")).toString().isEmpty());

        const HttpResult events = send("GET", QStringLiteral("/deployments/llama3-8b-chat/events"));
        QCOMPARE(events.status, 200);
        QVERIFY(!events.array().isEmpty());
        const QJsonObject event = events.array().first().toObject();
        for (const char *key : {"type", "reason", "count", "last_observed_time"})
            QVERIFY2(event.contains(QLatin1String(key)), key);

        const HttpResult readiness = send("GET", QStringLiteral("/deployments/llama3-8b-chat/readiness"));
        QCOMPARE(readiness.status, 200);
        const QJsonObject issue = readiness.object().value(id).toArray().first().toObject();
        QCOMPARE(issue.value(QStringLiteral("reason")).toString(), QStringLiteral("Ready"));
        QVERIFY(issue.contains(QStringLiteral("creationTimestamp")));

        const HttpResult termination = send("GET", QStringLiteral("/deployments/qwen2-72b-chat/termination"));
        QCOMPARE(termination.status, 200);
        const QJsonObject crash = termination.object().begin().value().toArray().first().toObject();
        QCOMPARE(crash.value(QStringLiteral("exit_code")).toInt(), 137);
        QVERIFY(crash.value(QStringLiteral("started_at")).toDouble() < 1e11); // seconds, not ms

        // The live log streams until the server ends it: here after two new lines.
        m_sim->logs()->setStreamLineLimit(2);
        const HttpResult log = send("GET", QStringLiteral("/deployments/llama3-8b-chat/replicas/%1/log").arg(id));
        QCOMPARE(log.status, 200);
        QVERIFY(log.contentType.startsWith("text/plain"));
        QVERIFY(log.body.contains("Uvicorn running"));
        QCOMPARE(send("GET", QStringLiteral("/deployments/llama3-8b-chat/replicas/ghost/log")).status, 404);
    }

    // --- PATCH --------------------------------------------------------------------------

    void patchIsAMergePatch()
    {
        const QString name = QStringLiteral("llama3-8b-chat");
        const QJsonObject before = m_sim->deployment(name);
        QVERIFY(at(before, {QStringLiteral("spec")}).contains(QStringLiteral("health")));

        const QJsonObject body{
            {QStringLiteral("spec"),
             QJsonObject{{QStringLiteral("resource_requirement"),
                          QJsonObject{{QStringLiteral("min_replicas"), 1}, {QStringLiteral("max_replicas"), 6}}},
                         {QStringLiteral("health"), QJsonValue::Null}}},
            {QStringLiteral("metadata"),
             QJsonObject{{QStringLiteral("labels"),
                          QJsonObject{{QStringLiteral("env"), QJsonValue::Null},
                                      {QStringLiteral("owner-team"), QStringLiteral("llm")}}}}},
        };
        const HttpResult result = patch(name, body);
        QCOMPARE(result.status, 200);
        // The answer is the updated deployment.
        QCOMPARE(resourcesOf(result.object()).value(QStringLiteral("max_replicas")).toInt(), 6);

        const QJsonObject after = m_sim->deployment(name);
        const QJsonObject spec = after.value(QStringLiteral("spec")).toObject();
        QCOMPARE(resourcesOf(after).value(QStringLiteral("max_replicas")).toInt(), 6);
        QCOMPARE(resourcesOf(after).value(QStringLiteral("resource_shape")), resourcesOf(before).value(QStringLiteral("resource_shape")));
        QVERIFY(!spec.contains(QStringLiteral("health")));                                   // null removed
        QCOMPARE(spec.value(QStringLiteral("future_field")), before.value(QStringLiteral("spec")).toObject().value(QStringLiteral("future_field")));
        QCOMPARE(spec.value(QStringLiteral("envs")), before.value(QStringLiteral("spec")).toObject().value(QStringLiteral("envs")));
        QCOMPARE(spec.value(QStringLiteral("auto_scaler")), before.value(QStringLiteral("spec")).toObject().value(QStringLiteral("auto_scaler")));
        QCOMPARE(spec.value(QStringLiteral("mounts")), before.value(QStringLiteral("spec")).toObject().value(QStringLiteral("mounts")));
        const QJsonObject labels = at(after, {QStringLiteral("metadata"), QStringLiteral("labels")});
        QVERIFY(!labels.contains(QStringLiteral("env")));
        QCOMPARE(labels.value(QStringLiteral("team")).toString(), QStringLiteral("inference"));
        QCOMPARE(labels.value(QStringLiteral("owner-team")).toString(), QStringLiteral("llm"));
        // health changed: a new replica template.
        QCOMPARE(at(before, {QStringLiteral("metadata")}).value(QStringLiteral("replica_version")).toString(), QStringLiteral("9"));
        QCOMPARE(at(after, {QStringLiteral("metadata")}).value(QStringLiteral("replica_version")).toString(), QStringLiteral("10"));
    }

    void patchBumpsVersionAndModification()
    {
        const QString name = QStringLiteral("bge-large-embed");
        m_sim->setUserName(QStringLiteral("tester@example.com"));
        const QJsonObject before = at(m_sim->deployment(name), {QStringLiteral("metadata")});
        const qint64 start = QDateTime::currentMSecsSinceEpoch();
        const HttpResult result = patch(name, replicasPatch({{QStringLiteral("min_replicas"), 3}, {QStringLiteral("max_replicas"), 3}}));
        QCOMPARE(result.status, 200);
        const QJsonObject after = at(m_sim->deployment(name), {QStringLiteral("metadata")});
        QCOMPARE(after.value(QStringLiteral("version")).toInt(), before.value(QStringLiteral("version")).toInt() + 1);
        QVERIFY(after.value(QStringLiteral("last_modified_at")).toDouble() >= double(start));
        QCOMPARE(after.value(QStringLiteral("last_modified_by")).toString(), QStringLiteral("tester@example.com"));
        QCOMPARE(after.value(QStringLiteral("semantic_version")).toString(), QStringLiteral("2.1")); // replicas only: minor
        QCOMPARE(after.value(QStringLiteral("created_at")), before.value(QStringLiteral("created_at")));
        QCOMPARE(result.object().value(QStringLiteral("metadata")).toObject(), after);
    }

    void dryRunDoesNotApply()
    {
        const QString name = QStringLiteral("llama3-8b-chat");
        const QJsonObject before = m_sim->deployment(name);
        const QJsonObject body{{QStringLiteral("spec"),
                                QJsonObject{{QStringLiteral("container"),
                                             QJsonObject{{QStringLiteral("image"), QStringLiteral("vllm/vllm-openai:v0.7.0")}}}}}};
        const HttpResult result = patch(name, body, true);
        QCOMPARE(result.status, 200);
        QCOMPARE(at(result.object(), {QStringLiteral("spec"), QStringLiteral("container")}).value(QStringLiteral("image")).toString(),
                 QStringLiteral("vllm/vllm-openai:v0.7.0"));
        QCOMPARE(at(result.object(), {QStringLiteral("metadata")}).value(QStringLiteral("semantic_version")).toString(),
                 QStringLiteral("5.0")); // a new image is a rolling restart: major
        QCOMPARE(m_sim->deployment(name), before);
        QCOMPARE(m_sim->requests().last().query.queryItemValue(QStringLiteral("dryrun")), QStringLiteral("true"));

        // A no-op is refused on a dry run too.
        QCOMPARE(patch(name, replicasPatch({{QStringLiteral("min_replicas"), 1}, {QStringLiteral("max_replicas"), 4}}), true).status, 400);
    }

    void noOpPatchIsRefused_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("same values") << QByteArray(R"({"spec":{"resource_requirement":{"min_replicas":1,"max_replicas":4}}})");
        QTest::newRow("empty") << QByteArray("{}");
        QTest::newRow("only read-only fields")
            << QByteArray(R"({"metadata":{"id":"llama3-8b-chat","name":"llama3-8b-chat","version":99},"status":{"state":"Stopped"}})");
        QTest::newRow("same label") << QByteArray(R"({"metadata":{"labels":{"team":"inference"}}})");
    }

    void noOpPatchIsRefused()
    {
        QFETCH(QByteArray, body);
        const QJsonObject before = m_sim->deployment(QStringLiteral("llama3-8b-chat"));
        const HttpResult result = send("PATCH", QStringLiteral("/deployments/llama3-8b-chat"), body);
        QCOMPARE(result.status, 400);
        QVERIFY2(result.body.contains("no valid field to update"), result.body.constData());
        QCOMPARE(m_sim->deployment(QStringLiteral("llama3-8b-chat")), before);
    }

    void validation_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("field");
        QTest::newRow("negative min") << QByteArray(R"({"spec":{"resource_requirement":{"min_replicas":-1,"max_replicas":2}}})") << 400 << "min_replicas";
        QTest::newRow("fractional min") << QByteArray(R"({"spec":{"resource_requirement":{"min_replicas":1.5,"max_replicas":2}}})") << 400 << "min_replicas";
        QTest::newRow("string min") << QByteArray(R"({"spec":{"resource_requirement":{"min_replicas":"2","max_replicas":2}}})") << 400 << "min_replicas";
        QTest::newRow("negative max") << QByteArray(R"({"spec":{"resource_requirement":{"min_replicas":0,"max_replicas":-3}}})") << 400 << "max_replicas";
        QTest::newRow("max below min") << QByteArray(R"({"spec":{"resource_requirement":{"min_replicas":3,"max_replicas":2}}})") << 400 << "max_replicas";
        QTest::newRow("min above stored max") << QByteArray(R"({"spec":{"resource_requirement":{"min_replicas":9}}})") << 400 << "max_replicas";
        QTest::newRow("max without min") << QByteArray(R"({"spec":{"resource_requirement":{"max_replicas":8}}})") << 400 << "min_replicas";
        QTest::newRow("gpu above 100") << QByteArray(R"({"spec":{"auto_scaler":{"target_gpu_utilization_percentage":101}}})") << 400 << "target_gpu_utilization_percentage";
        QTest::newRow("gpu below 0") << QByteArray(R"({"spec":{"auto_scaler":{"target_gpu_utilization_percentage":-1}}})") << 400 << "target_gpu_utilization_percentage";
        QTest::newRow("negative timeout") << QByteArray(R"({"spec":{"auto_scaler":{"scale_down":{"no_traffic_timeout":-5}}}})") << 400 << "no_traffic_timeout";
        QTest::newRow("negative qpm") << QByteArray(R"({"spec":{"auto_scaler":{"target_throughput":{"qpm":-2}}}})") << 400 << "qpm";
        QTest::newRow("unknown shape") << QByteArray(R"({"spec":{"resource_requirement":{"resource_shape":"gpu.b200-imaginary"}}})") << 400 << "resource_shape";
        QTest::newRow("bad port") << QByteArray(R"({"spec":{"container":{"ports":[{"container_port":70000}]}}})") << 400 << "container_port";
        QTest::newRow("not json") << QByteArray("{nope") << 400 << "invalid request body";
        QTest::newRow("bad visibility") << QByteArray(R"({"metadata":{"visibility":"secret"}})") << 400 << "visibility";
        // The boundaries are accepted: 0 switches a knob off (what `lep endpoint update -r N` sends).
        QTest::newRow("gpu 0, timeout 0, qpm 0") << QByteArray(R"({"spec":{"auto_scaler":{"scale_down":{"no_traffic_timeout":0},"target_gpu_utilization_percentage":0,"target_throughput":{"qpm":0}}}})") << 200 << "";
        QTest::newRow("gpu 100") << QByteArray(R"({"spec":{"auto_scaler":{"target_gpu_utilization_percentage":100}}})") << 200 << "";
        QTest::newRow("min 0 max 0") << QByteArray(R"({"spec":{"resource_requirement":{"min_replicas":0,"max_replicas":0}}})") << 200 << "";
        QTest::newRow("max null without min") << QByteArray(R"({"spec":{"resource_requirement":{"max_replicas":null}}})") << 200 << "";
        QTest::newRow("new shape") << QByteArray(R"({"spec":{"resource_requirement":{"resource_shape":"gpu.a100-80gb"}}})") << 200 << "";
    }

    void validation()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, field);
        const QJsonObject before = m_sim->deployment(QStringLiteral("llama3-8b-chat"));
        const HttpResult result = send("PATCH", QStringLiteral("/deployments/llama3-8b-chat"), body);
        QCOMPARE(result.status, status);
        if (status == 400) {
            QVERIFY2(result.message().contains(field), qPrintable(result.message()));
            QCOMPARE(result.object().value(QStringLiteral("code")).toString(), QStringLiteral("InvalidRequest"));
            QCOMPARE(m_sim->deployment(QStringLiteral("llama3-8b-chat")), before);
        }
    }

    void newShapeBringsItsResources()
    {
        QCOMPARE(patch(QStringLiteral("rag-gateway"),
                       replicasPatch({{QStringLiteral("resource_shape"), QStringLiteral("gpu.l40s")}})).status, 200);
        const QJsonObject resources = resourcesOf(m_sim->deployment(QStringLiteral("rag-gateway")));
        QCOMPARE(resources.value(QStringLiteral("accelerator_type")).toString(), QStringLiteral("NVIDIA-L40S"));
        QCOMPARE(resources.value(QStringLiteral("cpu")).toDouble(), 16.0);
    }

    void maxWithoutMinCanBeAllowed()
    {
        m_sim->setRequireMinWithMax(false);
        QCOMPARE(patch(QStringLiteral("llama3-8b-chat"), replicasPatch({{QStringLiteral("max_replicas"), 8}})).status, 200);
    }

    void patchOnUnknownDeployment()
    {
        QCOMPARE(patch(QStringLiteral("ghost"), replicasPatch({{QStringLiteral("min_replicas"), 0}})).status, 404);
    }

    // --- state over time ------------------------------------------------------------------

    void stopThenStart()
    {
        const QString name = QStringLiteral("llama3-8b-chat");
        // The real state in status.state, to follow each step (tst_legacystatefold covers the fold).
        m_sim->setLegacyStateFold(false);
        QSignalSpy changed(m_sim.get(), &WorkspaceSimulator::deploymentChanged);
        const HttpResult stop = patch(name, replicasPatch({{QStringLiteral("min_replicas"), 0}}));
        QCOMPARE(stop.status, 200);
        QCOMPARE(stateOf(stop.object()), QStringLiteral("Stopping"));
        QCOMPARE(desiredOf(stop.object()), 0);
        QCOMPARE(resourcesOf(stop.object()).value(QStringLiteral("max_replicas")).toInt(), 4); // untouched
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(m_sim->deployment(name)), QStringLiteral("Stopped"), 3000);
        QVERIFY(changed.count() >= 2);
        QCOMPARE(send("GET", QStringLiteral("/deployments/%1/replicas").arg(name)).array().size(), 0);
        QCOMPARE(stateOf(send("GET", QStringLiteral("/deployments/%1").arg(name)).object()), QStringLiteral("Stopped"));

        const HttpResult start = patch(name, replicasPatch({{QStringLiteral("min_replicas"), 2}, {QStringLiteral("max_replicas"), 4}}));
        QCOMPARE(start.status, 200);
        QCOMPARE(stateOf(start.object()), QStringLiteral("Starting"));
        QCOMPARE(desiredOf(start.object()), 2);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(m_sim->deployment(name)), QStringLiteral("Ready"), 3000);
        QCOMPARE(send("GET", QStringLiteral("/deployments/%1/replicas").arg(name)).array().size(), 2);
    }

    void restartAndUpdate()
    {
        const QString name = QStringLiteral("bge-large-embed");
        const QJsonArray replicasBefore = send("GET", QStringLiteral("/deployments/%1/replicas").arg(name)).array();
        const HttpResult restart = send("PUT", QStringLiteral("/deployments/%1/restart").arg(name));
        QCOMPARE(restart.status, 200);
        QCOMPARE(stateOf(restart.object()), QStringLiteral("Restarting"));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(m_sim->deployment(name)), QStringLiteral("Ready"), 3000);
        const QJsonArray replicasAfter = send("GET", QStringLiteral("/deployments/%1/replicas").arg(name)).array();
        QCOMPARE(replicasAfter.size(), replicasBefore.size());
        QVERIFY(replicasAfter != replicasBefore); // new replicas

        const HttpResult update = patch(name, QJsonObject{{QStringLiteral("spec"),
            QJsonObject{{QStringLiteral("container"), QJsonObject{{QStringLiteral("image"), QStringLiteral("ghcr.io/huggingface/text-embeddings-inference:1.6")}}}}}});
        QCOMPARE(update.status, 200);
        QCOMPARE(stateOf(update.object()), QStringLiteral("Updating"));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(m_sim->deployment(name)), QStringLiteral("Ready"), 3000);
    }

    void scaling()
    {
        const QString name = QStringLiteral("codellama-34b"); // min 2, max 6, desired 3
        const HttpResult result = patch(name, replicasPatch({{QStringLiteral("min_replicas"), 4}, {QStringLiteral("max_replicas"), 6}}));
        QCOMPARE(result.status, 200);
        QCOMPARE(stateOf(result.object()), QStringLiteral("Scaling"));
        QCOMPARE(desiredOf(result.object()), 4);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(m_sim->deployment(name)), QStringLiteral("Ready"), 3000);
        QCOMPARE(send("GET", QStringLiteral("/deployments/%1/replicas").arg(name)).array().size(), 4);
    }

    void idleScaledDeploymentComesBackWithRestart()
    {
        const QString name = QStringLiteral("gemma2-9b-it-eval"); // Stopped, min 1, desired 0
        QCOMPARE(resourcesOf(m_sim->deployment(name)).value(QStringLiteral("min_replicas")).toInt(), 1);
        QCOMPARE(stateOf(m_sim->deployment(name)), QStringLiteral("Stopped"));
        // Asking again for the min it already has changes nothing.
        const HttpResult same = patch(name, replicasPatch({{QStringLiteral("min_replicas"), 1}, {QStringLiteral("max_replicas"), 1}}));
        QCOMPARE(same.status, 400);
        QVERIFY(same.body.contains("no valid field to update"));
        const HttpResult restart = send("PUT", QStringLiteral("/deployments/%1/restart").arg(name));
        QCOMPARE(stateOf(restart.object()), QStringLiteral("Starting"));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(m_sim->deployment(name)), QStringLiteral("Ready"), 3000);
        QCOMPARE(desiredOf(m_sim->deployment(name)), 1);

        QVERIFY(m_sim->simulateIdleScaleDown(name));
        QCOMPARE(stateOf(m_sim->deployment(name)), QStringLiteral("Stopped"));
        QCOMPARE(resourcesOf(m_sim->deployment(name)).value(QStringLiteral("min_replicas")).toInt(), 1);
    }

    void deleteDeployment()
    {
        const QString name = QStringLiteral("rag-gateway");
        QSignalSpy removed(m_sim.get(), &WorkspaceSimulator::deploymentRemoved);
        const HttpResult result = send("DELETE", QStringLiteral("/deployments/%1").arg(name));
        QCOMPARE(result.status, 200);
        QCOMPARE(stateOf(m_sim->deployment(name)), QStringLiteral("Deleting"));
        QCOMPARE(patch(name, replicasPatch({{QStringLiteral("min_replicas"), 0}})).status, 409);
        QTRY_VERIFY_WITH_TIMEOUT(!m_sim->hasDeployment(name), 3000);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(send("GET", QStringLiteral("/deployments/%1").arg(name)).status, 404);
        QCOMPARE(send("GET", QStringLiteral("/deployments")).array().size(), SimulatorPopulation::demo().size() - 1);
    }

    void settleTransitions()
    {
        QCOMPARE(stateOf(m_sim->deployment(QStringLiteral("sdxl-turbo-7"))), QStringLiteral("Starting"));
        QTest::qWait(300);
        QCOMPARE(stateOf(m_sim->deployment(QStringLiteral("sdxl-turbo-7"))), QStringLiteral("Starting")); // loaded states stay
        m_sim->settleTransitions();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(m_sim->deployment(QStringLiteral("sdxl-turbo-7"))), QStringLiteral("Ready"), 3000);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(m_sim->deployment(QStringLiteral("whisper-large-v3"))), QStringLiteral("Ready"), 3000);
        QCOMPARE(stateOf(m_sim->deployment(QStringLiteral("codellama-34b"))), QStringLiteral("Ready"));
        QCOMPARE(stateOf(m_sim->deployment(QStringLiteral("qwen2-72b-chat"))), QStringLiteral("Error")); // not a transition
        QCOMPARE(send("GET", QStringLiteral("/deployments/sdxl-turbo-7/replicas")).array().size(), 1);
    }

    void laterChangeOvertakesPendingTransition()
    {
        const QString name = QStringLiteral("llama3-8b-chat");
        // Every state the deployment passes through from here on.
        QStringList seen;
        connect(m_sim.get(), &WorkspaceSimulator::deploymentChanged, this, [&](const QString &changed) {
            if (changed == name)
                seen << stateOf(m_sim->deployment(name));
        });
        QCOMPARE(patch(name, replicasPatch({{QStringLiteral("min_replicas"), 0}})).status, 200);
        QCOMPARE(patch(name, replicasPatch({{QStringLiteral("min_replicas"), 1}, {QStringLiteral("max_replicas"), 4}})).status, 200);
        QCOMPARE(stateOf(m_sim->deployment(name)), QStringLiteral("Starting"));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(m_sim->deployment(name)), QStringLiteral("Ready"), 3000);
        // The first change's end (Stopped), due before the second's, never landed.
        QVERIFY2(!seen.contains(QStringLiteral("Stopped")), qPrintable(seen.join(QLatin1String(", "))));
        QCOMPARE(seen.last(), QStringLiteral("Ready"));
    }

    // --- hooks --------------------------------------------------------------------------

    void recordsWhatTheClientSent()
    {
        m_sim->clearRequests();
        const QByteArray body = R"({"spec":{"resource_requirement":{"min_replicas":0}}})";
        QCOMPARE(send("PATCH", QStringLiteral("/deployments/llama3-8b-chat"), body).status, 200);
        const QList<WorkspaceSimulator::RecordedRequest> requests = m_sim->requests();
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().method, QByteArray("PATCH"));
        QCOMPARE(requests.first().apiPath(), QStringLiteral("/deployments/llama3-8b-chat"));
        QCOMPARE(requests.first().body, body);
        QCOMPARE(requests.first().jsonBody(), QJsonDocument::fromJson(body).object());
        QCOMPARE(requests.first().header("authorization"), QByteArray("Bearer demo-token"));
        m_sim->clearRequests();
        QVERIFY(m_sim->requests().isEmpty());
    }

    void outsideChanges()
    {
        const QString name = QStringLiteral("mixtral-8x7b-staging");
        const int version = at(m_sim->deployment(name), {QStringLiteral("metadata")}).value(QStringLiteral("version")).toInt();
        QString error;
        QVERIFY(m_sim->applyOutsideChange(name, replicasPatch({{QStringLiteral("min_replicas"), 1}, {QStringLiteral("max_replicas"), 2}}),
                                          QStringLiteral("bob@example.com"), &error));
        const QJsonObject metadata = at(m_sim->deployment(name), {QStringLiteral("metadata")});
        QCOMPARE(metadata.value(QStringLiteral("version")).toInt(), version + 1);
        QCOMPARE(metadata.value(QStringLiteral("last_modified_by")).toString(), QStringLiteral("bob@example.com"));
        QCOMPARE(stateOf(m_sim->deployment(name)), QStringLiteral("Starting"));
        QVERIFY(!m_sim->applyOutsideChange(name, replicasPatch({{QStringLiteral("min_replicas"), -1}}), QString(), &error));
        QVERIFY(error.contains(QLatin1String("min_replicas")));

        QJsonObject replaced = m_sim->deployment(QStringLiteral("rag-gateway"));
        QJsonObject status = replaced.value(QStringLiteral("status")).toObject();
        status.insert(QStringLiteral("state"), QStringLiteral("Migrating"));
        replaced.insert(QStringLiteral("status"), status);
        m_sim->setDeployment(replaced);
        QCOMPARE(stateOf(send("GET", QStringLiteral("/deployments/rag-gateway")).object()), QStringLiteral("Migrating"));
    }

    void latency()
    {
        m_sim->setLatency(300ms);
        const HttpResult result = send("GET", QStringLiteral("/deployments/llama3-8b-chat"));
        QCOMPARE(result.status, 200);
        QVERIFY2(result.elapsedMs >= 250, qPrintable(QString::number(result.elapsedMs)));
    }

    // --- faults -------------------------------------------------------------------------

    void badGatewayHtml()
    {
        m_sim->injectFault(WorkspaceSimulator::Fault::badGateway().on("GET", QStringLiteral("/deployments$")));
        const HttpResult failed = send("GET", QStringLiteral("/deployments"));
        QCOMPARE(failed.status, 502);
        QCOMPARE(failed.contentType, QByteArray("text/html"));
        QVERIFY(failed.body.contains("502 Bad Gateway"));
        QCOMPARE(m_sim->pendingFaults(), 0);
        // The fault hit once; other paths were never affected.
        QCOMPARE(send("GET", QStringLiteral("/deployments")).status, 200);
    }

    void faultMatchesMethodAndPath()
    {
        m_sim->injectFault(WorkspaceSimulator::Fault::httpStatus(503, "down").on("PATCH", QStringLiteral("llama3")).times(-1));
        QCOMPARE(send("GET", QStringLiteral("/deployments/llama3-8b-chat")).status, 200);
        QCOMPARE(patch(QStringLiteral("bge-large-embed"), replicasPatch({{QStringLiteral("min_replicas"), 0}})).status, 200);
        QCOMPARE(patch(QStringLiteral("llama3-8b-chat"), replicasPatch({{QStringLiteral("min_replicas"), 0}})).status, 503);
        QCOMPARE(patch(QStringLiteral("llama3-8b-chat"), replicasPatch({{QStringLiteral("min_replicas"), 0}})).status, 503);
        QCOMPARE(stateOf(m_sim->deployment(QStringLiteral("llama3-8b-chat"))), QStringLiteral("Ready")); // never applied
        m_sim->clearFaults();
        QCOMPARE(patch(QStringLiteral("llama3-8b-chat"), replicasPatch({{QStringLiteral("min_replicas"), 0}})).status, 200);
    }

    void gatewayErrorAfterTheChangeWasApplied()
    {
        WorkspaceSimulator::Fault fault = WorkspaceSimulator::Fault::httpStatus(504, "upstream timed out", "text/plain");
        fault.applyRequest = true;
        m_sim->injectFault(fault.on("PATCH", {}));
        QCOMPARE(patch(QStringLiteral("llama3-8b-chat"), replicasPatch({{QStringLiteral("min_replicas"), 0}})).status, 504);
        QCOMPARE(resourcesOf(m_sim->deployment(QStringLiteral("llama3-8b-chat"))).value(QStringLiteral("min_replicas")).toInt(), 0);
    }

    void rateLimitedWithRetryAfter()
    {
        m_sim->injectFault(WorkspaceSimulator::Fault::rateLimited(2));
        const HttpResult result = send("GET", QStringLiteral("/deployments"));
        QCOMPARE(result.status, 429);
        QCOMPARE(result.retryAfter, QByteArray("2"));
        QVERIFY(result.message().contains(QLatin1String("rate limit")));
    }

    void malformedJson()
    {
        m_sim->injectFault(WorkspaceSimulator::Fault::ofKind(WorkspaceSimulator::Fault::Kind::MalformedJson));
        const HttpResult result = send("GET", QStringLiteral("/deployments"));
        QCOMPARE(result.status, 200);
        QJsonParseError error;
        QJsonDocument::fromJson(result.body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
    }

    void wrongShape()
    {
        m_sim->injectFault(WorkspaceSimulator::Fault::ofKind(WorkspaceSimulator::Fault::Kind::WrongShape).times(2));
        const HttpResult list = send("GET", QStringLiteral("/deployments"));
        QCOMPARE(list.status, 200);
        QVERIFY(QJsonDocument::fromJson(list.body).isObject()); // an object where a list belongs
        const HttpResult one = send("GET", QStringLiteral("/deployments/llama3-8b-chat"));
        QVERIFY(at(one.object(), {QStringLiteral("status")}).value(QStringLiteral("state")).isDouble());
    }

    void hangEndsWithClientTimeout()
    {
        m_sim->injectFault(WorkspaceSimulator::Fault::ofKind(WorkspaceSimulator::Fault::Kind::Hang));
        const HttpResult result = send("GET", QStringLiteral("/deployments"), {}, QStringLiteral("demo-token"), 300);
        QVERIFY(result.error != QNetworkReply::NoError);
        QCOMPARE(result.status, 0);
        QVERIFY(result.elapsedMs >= 250);
        QCOMPARE(send("GET", QStringLiteral("/deployments")).status, 200);
    }

    void truncatedAndClosed()
    {
        m_sim->injectFault(WorkspaceSimulator::Fault::ofKind(WorkspaceSimulator::Fault::Kind::TruncatedBody));
        const HttpResult truncated = send("GET", QStringLiteral("/deployments"));
        QVERIFY(truncated.error != QNetworkReply::NoError
                || QJsonDocument::fromJson(truncated.body).isNull());

        m_sim->injectFault(WorkspaceSimulator::Fault::ofKind(WorkspaceSimulator::Fault::Kind::CloseConnection).times(-1));
        const HttpResult closed = send("GET", QStringLiteral("/deployments"));
        QVERIFY(closed.error != QNetworkReply::NoError);
        m_sim->clearFaults();
        QCOMPARE(send("GET", QStringLiteral("/deployments")).status, 200);
    }

    void slowDripAndHugeBody()
    {
        WorkspaceSimulator::Fault drip = WorkspaceSimulator::Fault::ofKind(WorkspaceSimulator::Fault::Kind::SlowDrip);
        drip.chunkSize = 512;
        drip.interval = 20ms;
        m_sim->injectFault(drip.on("GET", QStringLiteral("/deployments/llama3-8b-chat$")));
        const HttpResult slow = send("GET", QStringLiteral("/deployments/llama3-8b-chat"));
        QCOMPARE(slow.status, 200);
        QCOMPARE(slow.object(), m_sim->deployment(QStringLiteral("llama3-8b-chat")));
        QVERIFY2(slow.elapsedMs >= 60, qPrintable(QString::number(slow.elapsedMs)));

        WorkspaceSimulator::Fault huge = WorkspaceSimulator::Fault::ofKind(WorkspaceSimulator::Fault::Kind::HugeBody);
        huge.size = 3 * 1024 * 1024;
        m_sim->injectFault(huge);
        const HttpResult big = send("GET", QStringLiteral("/deployments"));
        QCOMPARE(big.status, 200);
        QCOMPARE(big.body.size(), huge.size);
        QVERIFY(QJsonDocument::fromJson(big.body).isArray());
    }

    // --- populations --------------------------------------------------------------------

    void largePopulation()
    {
        QElapsedTimer timer;
        timer.start();
        const QList<QJsonObject> population = SimulatorPopulation::generate(10000);
        // About 0.3 s optimised, 1 s at -O0; generous for sanitizer builds on a busy machine.
        qInfo("10,000 deployments generated in %lld ms", qint64(timer.elapsed()));
        QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(population.size(), 10000);

        const QJsonObject shapes = SimulatorPopulation::supportedShapes();
        QSet<QString> names;
        QSet<QString> states;
        int pods = 0;
        int idleScaled = 0;
        int withoutMax = 0;
        QSet<QString> scalerModes;
        for (const QJsonObject &deployment : population) {
            const QString name = at(deployment, {QStringLiteral("metadata")}).value(QStringLiteral("name")).toString();
            QVERIFY2(!names.contains(name), qPrintable(name));
            names.insert(name);
            QVERIFY(name.size() <= 40);
            const QString state = stateOf(deployment);
            states.insert(state);
            const QJsonObject resources = resourcesOf(deployment);
            QVERIFY2(shapes.contains(resources.value(QStringLiteral("resource_shape")).toString()), qPrintable(name));
            const int min = resources.value(QStringLiteral("min_replicas")).toInt(-1);
            QVERIFY(min >= 0);
            if (resources.contains(QStringLiteral("max_replicas")))
                QVERIFY(resources.value(QStringLiteral("max_replicas")).toInt() >= min);
            else
                ++withoutMax;
            if (state == QLatin1String("Stopping"))
                QCOMPARE(min, 0);
            if (state == QLatin1String("Stopped")) {
                QCOMPARE(desiredOf(deployment), 0);
                if (min > 0)
                    ++idleScaled;
            }
            const QJsonObject spec = deployment.value(QStringLiteral("spec")).toObject();
            QVERIFY(spec.contains(QStringLiteral("future_field")));
            if (spec.value(QStringLiteral("is_pod")).toBool())
                ++pods;
            const QJsonObject scaler = spec.value(QStringLiteral("auto_scaler")).toObject();
            if (scaler.isEmpty())
                scalerModes.insert(QStringLiteral("none"));
            else if (scaler.value(QStringLiteral("target_gpu_utilization_percentage")).toInt() > 0)
                scalerModes.insert(QStringLiteral("gpu"));
            else if (at(scaler, {QStringLiteral("target_throughput")}).value(QStringLiteral("qpm")).toDouble() > 0)
                scalerModes.insert(QStringLiteral("qpm"));
            else if (at(scaler, {QStringLiteral("scale_down")}).value(QStringLiteral("no_traffic_timeout")).toInt() > 0)
                scalerModes.insert(QStringLiteral("idle"));
            else
                scalerModes.insert(QStringLiteral("static"));
            QVERIFY(deployment.value(QStringLiteral("status")).toObject().contains(QStringLiteral("endpoint")));
        }
        for (const QString &state : SimulatorPopulation::allStates())
            QVERIFY2(states.contains(state), qPrintable(QStringLiteral("missing state '%1'").arg(state)));
        QVERIFY(states.contains(QStringLiteral("Not Ready")));
        QVERIFY(states.contains(QString()));
        QVERIFY(states.contains(QStringLiteral("Hibernating")));
        QVERIFY(pods > 0);
        QVERIFY(idleScaled > 0);
        QVERIFY(withoutMax > 0);
        QCOMPARE(scalerModes.size(), 5);

        // Deterministic for a seed and instant, different for another seed.
        PopulationOptions fixed;
        fixed.nowMs = PopulationOptions::ReferenceTimeMs;
        QCOMPARE(SimulatorPopulation::generate(50, fixed), SimulatorPopulation::generate(50, fixed));
        PopulationOptions other = fixed;
        other.seed = 7;
        QVERIFY(SimulatorPopulation::generate(50, other) != SimulatorPopulation::generate(50, fixed));
        const qint64 created = at(SimulatorPopulation::generate(1, fixed).first(), {QStringLiteral("metadata")})
                                   .value(QStringLiteral("created_at")).toInteger();
        QVERIFY(created < PopulationOptions::ReferenceTimeMs && created > PopulationOptions::ReferenceTimeMs - 500LL * 86400000);
        // Small populations work too.
        QCOMPARE(SimulatorPopulation::generate(1).size(), 1);
        QVERIFY(SimulatorPopulation::generate(0).isEmpty());
    }

    void largePopulationIsServed()
    {
        m_sim->setDeployments(SimulatorPopulation::generate(2000));
        const HttpResult result = send("GET", QStringLiteral("/deployments"));
        QCOMPARE(result.status, 200);
        QCOMPARE(result.array().size(), 2000);
    }

    void demoPopulation()
    {
        const QList<QJsonObject> demo = SimulatorPopulation::demo();
        QVERIFY(demo.size() >= 10 && demo.size() <= 16);
        QSet<QString> names;
        QSet<QString> states;
        for (const QJsonObject &deployment : demo) {
            names.insert(at(deployment, {QStringLiteral("metadata")}).value(QStringLiteral("name")).toString());
            states.insert(stateOf(deployment));
        }
        QCOMPARE(names.size(), demo.size());
        for (const char *state : {"Ready", "Stopped", "Starting", "Updating", "Error", "Not Ready", "", "Hibernating"})
            QVERIFY2(states.contains(QLatin1String(state)), state);
    }
};

QTEST_GUILESS_MAIN(TestSimulator)
#include "tst_simulator.moc"
