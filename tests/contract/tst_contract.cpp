// Contract fixtures: bodies the real Lepton API sends and receives, written down from the
// public Python SDK (tests/contract/fixtures/README.md names the SDK file behind each one).
// The console's parsing reads them, and the simulator serves and accepts them over HTTP, so a
// misunderstanding shared by the client and the simulator (the dry-run parameter, a null
// max_replicas, the "no valid field to update" refusal) cannot pass both sides unnoticed.
// Where the simulator and the SDK disagree, the SDK wins.
#include "app/api/apierror.h"
#include "app/api/deployment.h"
#include "app/api/leptonclient.h"
#include "app/api/workspaceinfo.h"
#include "app/deployments/statuspresentation.h"
#include "app/pause/pausecontroller.h"
#include "app/simulator/workspacesimulator.h"
#include "tests/support/scratchdatabase.h"
#include "app/storage/sqlite/sqlitestorage.h"
#include "tests/support/simulatorclient.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QtTest>

#include <optional>

using namespace std::chrono_literals;

namespace {

QString fixturePath(const QString &name)
{
    return QStringLiteral(LEPTON_CONTRACT_FIXTURES) + QLatin1Char('/') + name;
}

// The fixture's bytes exactly as checked in (patch bodies go on the wire as they are).
QByteArray fixtureBytes(const QString &name)
{
    QFile file(fixturePath(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QJsonObject fixtureObject(const QString &name)
{
    return QJsonDocument::fromJson(fixtureBytes(name)).object();
}

QJsonValue at(const QJsonObject &object, const QStringList &path)
{
    QJsonValue value = object;
    for (const QString &key : path)
        value = value.toObject().value(key);
    return value;
}

struct HttpAnswer
{
    int status = 0;
    QByteArray body;
    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
};

// The name of a JSON value's type, for comparing shapes.
QString typeOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("bool");
    case QJsonValue::Double: return QStringLiteral("number");
    case QJsonValue::String: return QStringLiteral("string");
    case QJsonValue::Array: return QStringLiteral("array");
    case QJsonValue::Object: return QStringLiteral("object");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("absent");
}

} // namespace

class TestContract : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<WorkspaceSimulator> m_sim;
    std::unique_ptr<LeptonClient> m_client;
    QNetworkAccessManager m_nam;

    // One request with exactly these body bytes, as the SDK's requests session would send it.
    HttpAnswer send(const QByteArray &method, const QString &path, const QByteArray &body = {})
    {
        QUrl url = m_sim->baseUrl();
        const int query = path.indexOf(QLatin1Char('?'));
        url.setPath(url.path() + (query < 0 ? path : path.left(query)));
        if (query >= 0)
            url.setQuery(path.mid(query + 1));
        QNetworkRequest request(url);
        request.setTransferTimeout(5000);
        request.setRawHeader("Authorization", "Bearer " + m_sim->token().toUtf8());
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        HttpAnswer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
        reply->deleteLater();
        return answer;
    }

    HttpAnswer patchWithFixture(const QString &name, const QString &fixture, bool dryRun = false)
    {
        return send("PATCH", QStringLiteral("/deployments/%1%2").arg(name, dryRun ? QStringLiteral("?dryrun=true") : QString()),
                    fixtureBytes(fixture));
    }

    QJsonObject served(const QString &name)
    {
        const HttpAnswer answer = send("GET", QStringLiteral("/deployments/") + name);
        return answer.status == 200 ? answer.object() : QJsonObject();
    }

    std::optional<PauseOutcome> run(const std::function<void(PauseController::Callback)> &call)
    {
        std::optional<PauseOutcome> outcome;
        call([&outcome](const PauseOutcome &o) { outcome = o; });
        QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 10000);
        return outcome; // empty: no answer in time (the callers QVERIFY it)
    }

    QList<QJsonObject> patchBodies() const
    {
        QList<QJsonObject> bodies;
        for (const WorkspaceSimulator::RecordedRequest &r : m_sim->requests()) {
            if (r.method == "PATCH")
                bodies.append(r.jsonBody());
        }
        return bodies;
    }

private Q_SLOTS:
    void init()
    {
        m_sim = std::make_unique<WorkspaceSimulator>();
        m_sim->setTransitionDelay(100ms);
        m_sim->setDeployments({fixtureObject(QStringLiteral("deployment-ready.json")),
                               fixtureObject(QStringLiteral("deployment-stopped-legacy.json")),
                               fixtureObject(QStringLiteral("deployment-exported-nulls.json"))});
        QVERIFY(m_sim->listen());
        m_client = simulatorClient(*m_sim, 5s);
    }

    void cleanup()
    {
        m_client.reset();
        m_sim.reset();
    }

    // ---------------------------------------------------------------------------------------
    // The fixtures themselves

    void everyFixtureNamesItsSource()
    {
        const QStringList files = QDir(QStringLiteral(LEPTON_CONTRACT_FIXTURES)).entryList({QStringLiteral("*.json")}, QDir::Files);
        QVERIFY2(files.size() >= 13, qPrintable(files.join(QLatin1Char(' '))));
        const QString sources = QString::fromUtf8(fixtureBytes(QStringLiteral("README.md")));
        for (const QString &file : files) {
            QVERIFY2(sources.contains(QStringLiteral("| `%1` |").arg(file)), qPrintable(file + QStringLiteral(" has no row in fixtures/README.md")));
            QJsonParseError error;
            QJsonDocument::fromJson(fixtureBytes(file), &error);
            QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(file + QStringLiteral(": ") + error.errorString()));
        }
    }

    // ---------------------------------------------------------------------------------------
    // (a) The client's parsing reads what the SDK describes

    void clientParsesARunningDeployment()
    {
        Deployment d;
        QString why;
        QVERIFY2(Deployment::fromJson(fixtureObject(QStringLiteral("deployment-ready.json")), &d, &why), qPrintable(why));
        QCOMPARE(d.name, QStringLiteral("chat"));
        QCOMPARE(d.id, QStringLiteral("chat"));
        QCOMPARE(d.version, 7);
        QCOMPARE(d.createdAtMs, Q_INT64_C(1783180800000));
        QCOMPARE(d.lastModifiedAtMs, Q_INT64_C(1783267200000));
        QCOMPARE(d.createdBy, QStringLiteral("alice@example.com"));
        QCOMPARE(d.lastModifiedBy, QStringLiteral("bob@example.com"));
        QCOMPARE(d.owner, QStringLiteral("alice@example.com"));
        QCOMPARE(d.image, QStringLiteral("vllm/vllm-openai:v0.6.3"));
        QCOMPARE(d.resourceShape, QStringLiteral("gpu.a10"));
        QCOMPARE(d.minReplicas, std::optional<int>(1));
        QCOMPARE(d.maxReplicas, std::optional<int>(3));
        QVERIFY(d.hasAutoScaler);
        QCOMPARE(d.noTrafficTimeoutSeconds, std::optional<qint64>(3600));
        QCOMPARE(d.targetGpuUtilization, std::optional<double>(80));
        QVERIFY(!d.targetQpm.has_value());
        QVERIFY(!d.isPod);
        QCOMPARE(d.state, DeploymentState::Ready);
        QCOMPARE(d.rawState, QStringLiteral("Ready"));
        QCOMPARE(d.externalEndpoint, QStringLiteral("https://ws123-chat.xenon.lepton.run"));
        QCOMPARE(d.internalEndpoint, QStringLiteral("chat.ws123.svc.cluster.local:8080"));
        QCOMPARE(d.desiredReplicas, std::optional<int>(2));
        QCOMPARE(d.effectiveReplicas(), 2);
        QVERIFY(!d.isSystem);
        // Fields the console does not model are kept, to be left untouched by its patches.
        QCOMPARE(d.raw.toObject(), fixtureObject(QStringLiteral("deployment-ready.json")));
        QCOMPARE(StatusPresentation::of(d).text, QStringLiteral("Ready"));
    }

    void clientParsesExplicitNulls()
    {
        // pydantic's model_dump_json writes every unset optional field as null.
        Deployment d;
        QVERIFY(Deployment::fromJson(fixtureObject(QStringLiteral("deployment-exported-nulls.json")), &d));
        QCOMPARE(d.name, QStringLiteral("rerank"));
        QCOMPARE(d.minReplicas, std::optional<int>(1));
        QVERIFY2(!d.maxReplicas.has_value(), "max_replicas: null is no maximum");
        QVERIFY2(!d.hasAutoScaler, "auto_scaler: null is no autoscaler");
        QVERIFY(!d.noTrafficTimeoutSeconds.has_value());
        QVERIFY(!d.targetGpuUtilization.has_value());
        QVERIFY(!d.desiredReplicas.has_value());
        QVERIFY(d.createdBy.isEmpty());
        QVERIFY(d.owner.isEmpty());
        QVERIFY(!d.isPod);
        QCOMPARE(d.state, DeploymentState::Ready);
        QCOMPARE(d.effectiveReplicas(), 1);
    }

    void clientParsesTheList()
    {
        const QByteArray body = "[" + fixtureBytes(QStringLiteral("deployment-ready.json")) + ","
            + fixtureBytes(QStringLiteral("deployment-stopped-legacy.json")) + ","
            + fixtureBytes(QStringLiteral("deployment-exported-nulls.json")) + "]";
        QList<Deployment> list;
        QString why;
        int skipped = -1;
        QVERIFY2(DeploymentList::parse(body, &list, &why, &skipped), qPrintable(why));
        QCOMPARE(skipped, 0);
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(0).name, QStringLiteral("chat"));
        QCOMPARE(list.at(1).name, QStringLiteral("embed"));
        QCOMPARE(list.at(1).minReplicas, std::optional<int>(0));
        QCOMPARE(list.at(2).name, QStringLiteral("rerank"));
        QVERIFY(!list.at(2).maxReplicas.has_value());
    }

    void clientShowsALegacyStoppedDeploymentAsStopped()
    {
        // The legacy api-server folds Stopping/Stopped into state "Not Ready" and keeps the
        // real lifecycle state in status.phase (SDK: LeptonDeploymentStatus.phase). Nobody
        // paused this one through the console, so it is "Stopped outside the console".
        Deployment d;
        QVERIFY(Deployment::fromJson(fixtureObject(QStringLiteral("deployment-stopped-legacy.json")), &d));
        QCOMPARE(d.minReplicas, std::optional<int>(0));
        QVERIFY(d.isScaledToZero());
        QCOMPARE(d.desiredReplicas, std::optional<int>(0));
        QCOMPARE(d.statusState, QStringLiteral("Not Ready"));
        QCOMPARE(d.rawState, QStringLiteral("Stopped")); // status.phase, where the real state is
        QCOMPARE(d.state, DeploymentState::Stopped);
        const StatusPresentation shown = StatusPresentation::of(d);
        QCOMPARE(shown.text, QStringLiteral("Stopped"));
        QCOMPARE(int(shown.tone), int(StatusPresentation::Tone::Stopped));
    }

    void clientParsesWorkspaceInfo()
    {
        const WorkspaceInfo info = WorkspaceInfo::fromJson(fixtureObject(QStringLiteral("workspace-info.json")));
        QCOMPARE(info.name, QStringLiteral("ws1"));
        QCOMPARE(info.tier, QStringLiteral("basic"));
        QCOMPARE(info.state, QStringLiteral("normal"));
        QCOMPARE(info.buildTime, QStringLiteral("t"));
        QCOMPARE(info.gitCommit, QStringLiteral("0.1.2"));
        QCOMPARE(info.supportedShapes, (QStringList{QStringLiteral("cpu.small"), QStringLiteral("gpu.a10")}));
        const QString gpu = info.shapeDescription(QStringLiteral("gpu.a10"));
        QVERIFY2(gpu.contains(QLatin1String("8 CPU")) && gpu.contains(QLatin1String("NVIDIA-A10G")), qPrintable(gpu));
        // accelerator_type: null on a CPU shape is no accelerator.
        const QString cpu = info.shapeDescription(QStringLiteral("cpu.small"));
        QVERIFY2(cpu.contains(QLatin1String("1 CPU")) && !cpu.contains(QStringLiteral("×")), qPrintable(cpu));
    }

    void clientReadsErrorBodies_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("nothingToUpdate");
        QTest::newRow("no valid field to update") << "error-no-valid-field.json" << "no valid field to update" << true;
        QTest::newRow("another refusal") << "error-other.json" << "boom" << false;
    }

    void clientReadsErrorBodies()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, message);
        QFETCH(bool, nothingToUpdate);
        const ApiError error = ApiError::fromHttpStatus(400, fixtureBytes(fixture));
        QCOMPARE(error.kind(), ApiError::Kind::Invalid);
        QCOMPARE(error.serverMessage(), message);
        QCOMPARE(error.isNothingToUpdate(), nothingToUpdate);
        QVERIFY2(error.userMessage().contains(message), qPrintable(error.userMessage()));
    }

    // ---------------------------------------------------------------------------------------
    // (b) The simulator serves and accepts the same bodies

    void simulatorServesTheFixtureAsGiven_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::newRow("running") << "deployment-ready.json";
        QTest::newRow("legacy stopped") << "deployment-stopped-legacy.json";
        QTest::newRow("explicit nulls") << "deployment-exported-nulls.json";
    }

    void simulatorServesTheFixtureAsGiven()
    {
        QFETCH(QString, fixture);
        const QJsonObject expected = fixtureObject(fixture);
        const QString name = at(expected, {QStringLiteral("metadata"), QStringLiteral("name")}).toString();
        QCOMPARE(served(name), expected);

        // And through the client: the same typed fields as parsing the fixture itself.
        Deployment fromFixture;
        QVERIFY(Deployment::fromJson(expected, &fromFixture));
        std::optional<ApiResult<Deployment>> result;
        m_client->getDeployment(name, this, [&result](const ApiResult<Deployment> &r) { result = r; });
        QTRY_VERIFY(result.has_value());
        QVERIFY2(result->ok(), qPrintable(result->error.userMessage()));
        QCOMPARE(result->value.version, fromFixture.version);
        QCOMPARE(result->value.minReplicas, fromFixture.minReplicas);
        QCOMPARE(result->value.maxReplicas, fromFixture.maxReplicas);
        QCOMPARE(result->value.rawState, fromFixture.rawState);
        QCOMPARE(result->value.raw.toObject(), expected);
    }

    void simulatorWorkspaceInfoHasTheSdkSchema()
    {
        const HttpAnswer answer = send("GET", QStringLiteral("/workspace"));
        QCOMPARE(answer.status, 200);
        const QJsonObject info = answer.object();
        const QJsonObject sdk = fixtureObject(QStringLiteral("workspace-info.json"));
        // Every field the SDK's WorkspaceInfo requires, with the SDK's JSON type. "features" is
        // optional: without it the SDK stays on the legacy /deployments API, as the simulator is.
        for (auto it = sdk.constBegin(); it != sdk.constEnd(); ++it) {
            if (it.key() == QLatin1String("features"))
                continue;
            QVERIFY2(typeOf(info.value(it.key())) == typeOf(it.value()),
                     qPrintable(QStringLiteral("%1: simulator %2, SDK %3").arg(it.key(), typeOf(info.value(it.key())), typeOf(it.value()))));
        }
        for (const QString &group : {QStringLiteral("workloads")}) {
            const QJsonObject sdkGroup = sdk.value(group).toObject();
            for (auto it = sdkGroup.constBegin(); it != sdkGroup.constEnd(); ++it)
                QVERIFY2(info.value(group).toObject().value(it.key()).isDouble(), qPrintable(group + QLatin1Char('.') + it.key()));
        }
        for (const QString &side : {QStringLiteral("limit"), QStringLiteral("used")}) {
            for (const QString &key : {QStringLiteral("cpu"), QStringLiteral("memory"), QStringLiteral("accelerator_num")})
                QVERIFY2(at(info, {QStringLiteral("resource_quota"), side, key}).isDouble(), qPrintable(side + QLatin1Char('.') + key));
        }
        const QStringList states{QStringLiteral("normal"), QStringLiteral("paused"), QStringLiteral("all-pods-terminated"),
                                 QStringLiteral("terminated")};
        QVERIFY(states.contains(info.value(QStringLiteral("workspace_state")).toString()));
        // Each shape is a ResourceShape: only its fields, with its types.
        const QJsonObject shapes = info.value(QStringLiteral("supported_shapes")).toObject();
        QVERIFY(!shapes.isEmpty());
        const QJsonObject sdkShape = at(sdk, {QStringLiteral("supported_shapes"), QStringLiteral("gpu.a10")}).toObject();
        for (auto shape = shapes.constBegin(); shape != shapes.constEnd(); ++shape) {
            const QJsonObject fields = shape.value().toObject();
            for (auto field = fields.constBegin(); field != fields.constEnd(); ++field) {
                QVERIFY2(sdkShape.contains(field.key()), qPrintable(shape.key() + QLatin1Char('.') + field.key() + QStringLiteral(" is no ResourceShape field")));
                QVERIFY2(typeOf(field.value()) == typeOf(sdkShape.value(field.key())),
                         qPrintable(shape.key() + QLatin1Char('.') + field.key()));
            }
        }
        // And the client reads the simulator's answer like the SDK's.
        const WorkspaceInfo parsed = WorkspaceInfo::fromJson(info);
        QVERIFY(!parsed.name.isEmpty());
        QCOMPARE(parsed.supportedShapes.size(), shapes.size());
    }

    void sdkStopIsAppliedAsTheSdkExpects()
    {
        const QJsonObject before = served(QStringLiteral("chat"));
        const HttpAnswer answer = patchWithFixture(QStringLiteral("chat"), QStringLiteral("patch-sdk-stop.json"));
        QCOMPARE(answer.status, 200);
        // stop() reads its answer as a LeptonDeployment.
        Deployment returned;
        QVERIFY(Deployment::fromJson(answer.object(), &returned));
        QCOMPARE(returned.minReplicas, std::optional<int>(0));

        const QJsonObject after = served(QStringLiteral("chat"));
        QCOMPARE(at(after, {"spec", "resource_requirement", "min_replicas"}).toInt(-1), 0);
        // A merge patch: everything else in spec is as it was.
        QJsonObject specBefore = before.value(QStringLiteral("spec")).toObject();
        QJsonObject specAfter = after.value(QStringLiteral("spec")).toObject();
        QJsonObject resourcesBefore = specBefore.value(QStringLiteral("resource_requirement")).toObject();
        resourcesBefore.insert(QStringLiteral("min_replicas"), 0);
        specBefore.insert(QStringLiteral("resource_requirement"), resourcesBefore);
        QCOMPARE(specAfter, specBefore);
        QCOMPARE(at(after, {"metadata", "version"}).toInt(), at(before, {"metadata", "version"}).toInt() + 1);
        QCOMPARE(at(after, {"metadata", "name"}).toString(), QStringLiteral("chat"));
        // Scaling is no new replica template: the major semantic_version stays.
        QCOMPARE(at(after, {"metadata", "semantic_version"}).toString().section(QLatin1Char('.'), 0, 0), QStringLiteral("3"));
        QTRY_COMPARE(at(served(QStringLiteral("chat")), {"status", "autoscaler_status", "desired_replicas"}).toInt(-1), 0);
    }

    void consolePauseSendsExactlyTheSdkStop()
    {
        ScratchDatabase db;
        QVERIFY2(db.open(QStringLiteral("ledger.sqlite")), qPrintable(db.errorString()));
        {
            PauseController pauses(m_client.get(), db.storage(), m_sim->workspaceId());
            pauses.setReconcileGrace(0ms);
            m_sim->clearRequests();
            const auto paused = run([&](PauseController::Callback done) { pauses.pause(QStringLiteral("chat"), {}, this, done); });
            QVERIFY(paused);
            QCOMPARE(paused->kind, PauseOutcome::Kind::Paused);
            QCOMPARE(patchBodies(), QList<QJsonObject>{fixtureObject(QStringLiteral("patch-sdk-stop.json"))});

            // Resume brings back exactly the fixture's replicas and autoscaler in one patch.
            // A legacy server keeps the real state in status.phase (status.state folds it to "Not Ready").
            QTRY_COMPARE(at(served(QStringLiteral("chat")), {"status", "phase"}).toString(), QStringLiteral("Stopped"));
            m_sim->clearRequests();
            const auto resumed = run([&](PauseController::Callback done) { pauses.resume(QStringLiteral("chat"), {}, this, done); });
            QVERIFY(resumed);
            QCOMPARE(resumed->kind, PauseOutcome::Kind::Resumed);
            QCOMPARE(patchBodies().size(), 1);
            const QJsonObject original = fixtureObject(QStringLiteral("deployment-ready.json"));
            const QJsonObject now = served(QStringLiteral("chat"));
            QCOMPARE(at(now, {"spec", "resource_requirement"}), at(original, {"spec", "resource_requirement"}));
            QCOMPARE(at(now, {"spec", "auto_scaler"}), at(original, {"spec", "auto_scaler"}));
        }
        db.close();
    }

    void consolePausesAndResumesADeploymentWithNullMax()
    {
        // "rerank" carries max_replicas: null and auto_scaler: null, as an SDK export writes them.
        ScratchDatabase db;
        QVERIFY2(db.open(QStringLiteral("ledger.sqlite")), qPrintable(db.errorString()));
        {
            PauseController pauses(m_client.get(), db.storage(), m_sim->workspaceId());
            pauses.setReconcileGrace(0ms);
            const auto paused = run([&](PauseController::Callback done) { pauses.pause(QStringLiteral("rerank"), {}, this, done); });
            QVERIFY(paused);
            QVERIFY2(paused->kind == PauseOutcome::Kind::Paused, qPrintable(paused->message));
            QTRY_COMPARE(at(served(QStringLiteral("rerank")), {"status", "phase"}).toString(), QStringLiteral("Stopped"));
            const auto resumed = run([&](PauseController::Callback done) { pauses.resume(QStringLiteral("rerank"), {}, this, done); });
            QVERIFY(resumed);
            QVERIFY2(resumed->kind == PauseOutcome::Kind::Resumed, qPrintable(resumed->message));
            Deployment now;
            QVERIFY(Deployment::fromJson(served(QStringLiteral("rerank")), &now));
            QCOMPARE(now.minReplicas, std::optional<int>(1));
            QVERIFY(!now.maxReplicas.has_value());
            QVERIFY(!now.hasAutoScaler);
        }
        db.close();
    }

    void cliUpdatePatchesAreApplied_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QJsonObject>("resources");    // expected spec.resource_requirement subset
        QTest::addColumn<QJsonObject>("autoScaler");   // expected spec.auto_scaler, empty: unchanged
        QTest::addColumn<bool>("newTemplate");         // a rolling restart: the major semantic_version moves
        const QJsonObject zeroTargets{{"scale_down", QJsonObject{{"no_traffic_timeout", 0}}},
                                      {"target_gpu_utilization_percentage", 0},
                                      {"target_throughput", QJsonObject{{"qpm", 0}}}};
        QJsonObject gpu60 = zeroTargets;
        gpu60.insert(QStringLiteral("target_gpu_utilization_percentage"), 60);
        QTest::newRow("--min-replicas 0") << "patch-cli-update-min-replicas-0.json"
                                          << QJsonObject{{"min_replicas", 0}, {"max_replicas", 3}} << QJsonObject() << false;
        QTest::newRow("--replicas-static 2") << "patch-cli-update-replicas-static.json"
                                             << QJsonObject{{"min_replicas", 2}, {"max_replicas", 2}} << zeroTargets << false;
        QTest::newRow("--autoscale-gpu-util 1,4,60%") << "patch-cli-update-autoscale-gpu.json"
                                                       << QJsonObject{{"min_replicas", 1}, {"max_replicas", 4}} << gpu60 << false;
        QTest::newRow("--container-image") << "patch-cli-update-image.json"
                                           << QJsonObject{{"min_replicas", 1}, {"max_replicas", 3}} << QJsonObject() << true;
    }

    void cliUpdatePatchesAreApplied()
    {
        QFETCH(QString, fixture);
        QFETCH(QJsonObject, resources);
        QFETCH(QJsonObject, autoScaler);
        QFETCH(bool, newTemplate);
        const QJsonObject before = served(QStringLiteral("chat"));
        const QString majorBefore = at(before, {"metadata", "semantic_version"}).toString().section(QLatin1Char('.'), 0, 0);

        // `lep endpoint update` first asks with ?dryrun=true and compares semantic_version majors.
        const HttpAnswer dry = patchWithFixture(QStringLiteral("chat"), fixture, true);
        QVERIFY2(dry.status == 200, dry.body.constData());
        const QString dryVersion = at(dry.object(), {"metadata", "semantic_version"}).toString();
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d+\\.\\d+$")).match(dryVersion).hasMatch(), qPrintable(dryVersion));
        QCOMPARE(dryVersion.section(QLatin1Char('.'), 0, 0) != majorBefore, newTemplate);
        QCOMPARE(m_sim->requests().last().method, QByteArray("PATCH"));
        QCOMPARE(m_sim->requests().last().query.query(), QStringLiteral("dryrun=true"));
        QCOMPARE(served(QStringLiteral("chat")), before); // a dry run changes nothing

        const HttpAnswer applied = patchWithFixture(QStringLiteral("chat"), fixture);
        QVERIFY2(applied.status == 200, applied.body.constData());
        const QJsonObject after = served(QStringLiteral("chat"));
        const QJsonObject rr = at(after, {"spec", "resource_requirement"}).toObject();
        for (auto it = resources.constBegin(); it != resources.constEnd(); ++it)
            QCOMPARE(rr.value(it.key()), it.value());
        QCOMPARE(rr.value(QStringLiteral("resource_shape")).toString(), QStringLiteral("gpu.a10"));
        QCOMPARE(at(after, {"spec", "auto_scaler"}).toObject(),
                 autoScaler.isEmpty() ? at(before, {"spec", "auto_scaler"}).toObject() : autoScaler);
        const QJsonObject sent = fixtureObject(fixture);
        if (sent.value(QStringLiteral("spec")).toObject().contains(QStringLiteral("container")))
            QCOMPARE(at(after, {"spec", "container"}), at(sent, {"spec", "container"}));
        else
            QCOMPARE(at(after, {"spec", "container"}), at(before, {"spec", "container"}));
        for (const char *untouched : {"envs", "mounts", "api_tokens", "load_balance_config", "health", "auth_config"})
            QCOMPARE(at(after, {"spec", QLatin1String(untouched)}), at(before, {"spec", QLatin1String(untouched)}));
        QCOMPARE(at(after, {"metadata", "name"}).toString(), QStringLiteral("chat"));
        QCOMPARE(at(after, {"metadata", "id"}).toString(), QStringLiteral("chat"));

        // The same body again changes nothing: refused as the SDK knows it, dry run or not.
        const QJsonObject refusal = fixtureObject(QStringLiteral("error-no-valid-field.json"));
        for (const bool dryRun : {true, false}) {
            const HttpAnswer again = patchWithFixture(QStringLiteral("chat"), fixture, dryRun);
            QCOMPARE(again.status, 400);
            QCOMPARE(again.object(), refusal);
            QVERIFY(ApiError::fromHttpStatus(again.status, again.body).isNothingToUpdate());
        }
        QCOMPARE(served(QStringLiteral("chat")), after);
    }

    void explicitNullClearsUnderMergePatch()
    {
        const HttpAnswer answer = patchWithFixture(QStringLiteral("chat"), QStringLiteral("patch-cli-update-load-balance.json"));
        QVERIFY2(answer.status == 200, answer.body.constData());
        const QJsonObject balance = at(served(QStringLiteral("chat")), {"spec", "load_balance_config"}).toObject();
        QCOMPARE(balance, (QJsonObject{{"maglev", QJsonObject()}}));
    }

    void nullMaxReplicasClearsTheMaximum()
    {
        const HttpAnswer answer = patchWithFixture(QStringLiteral("chat"), QStringLiteral("patch-merge-null-max-replicas.json"));
        QVERIFY2(answer.status == 200, answer.body.constData());
        const QJsonObject rr = at(served(QStringLiteral("chat")), {"spec", "resource_requirement"}).toObject();
        QVERIFY2(!rr.contains(QStringLiteral("max_replicas")), "null removes the key");
        QCOMPARE(rr.value(QStringLiteral("min_replicas")).toInt(-1), 1);
        Deployment d;
        QVERIFY(Deployment::fromJson(served(QStringLiteral("chat")), &d));
        QVERIFY(!d.maxReplicas.has_value());
    }

    void patchesApplyToADeploymentHoldingNulls()
    {
        // A deployment whose optional fields are null (max_replicas, auto_scaler, ports) takes
        // the SDK's stop() and a later scale-up like any other.
        const HttpAnswer stop = patchWithFixture(QStringLiteral("rerank"), QStringLiteral("patch-sdk-stop.json"));
        QVERIFY2(stop.status == 200, stop.body.constData());
        QCOMPARE(at(served(QStringLiteral("rerank")), {"spec", "resource_requirement", "min_replicas"}).toInt(-1), 0);
        const HttpAnswer dry = send("PATCH", QStringLiteral("/deployments/rerank?dryrun=true"),
                                    QByteArrayLiteral(R"({"spec": {"resource_requirement": {"min_replicas": 1}}})"));
        QVERIFY2(dry.status == 200, dry.body.constData());
    }

    void consoleDryRunUsesTheSdkParameter()
    {
        // The edit dialog's check goes through LeptonClient's DryRun mode.
        std::optional<ApiResult<QJsonObject>> result;
        m_sim->clearRequests();
        m_client->patchDeployment(QStringLiteral("chat"), fixtureObject(QStringLiteral("patch-sdk-stop.json")),
                                  LeptonClient::PatchMode::DryRun, this,
                                  [&result](const ApiResult<QJsonObject> &r) { result = r; });
        QTRY_VERIFY(result.has_value());
        QVERIFY2(result->ok(), qPrintable(result->error.userMessage()));
        const QList<WorkspaceSimulator::RecordedRequest> requests = m_sim->requests();
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().method, QByteArray("PATCH"));
        QCOMPARE(requests.first().query.query(), QStringLiteral("dryrun=true"));
        QCOMPARE(requests.first().jsonBody(), fixtureObject(QStringLiteral("patch-sdk-stop.json")));
        QCOMPARE(at(served(QStringLiteral("chat")), {"spec", "resource_requirement", "min_replicas"}).toInt(), 1);

        // And the refusal of a no-op is what the client treats as "nothing to update".
        result.reset();
        m_client->patchDeployment(QStringLiteral("chat"), QJsonObject{{"spec", QJsonObject{{"resource_requirement", QJsonObject{{"min_replicas", 1}}}}}},
                                  LeptonClient::PatchMode::Apply, this,
                                  [&result](const ApiResult<QJsonObject> &r) { result = r; });
        QTRY_VERIFY(result.has_value());
        QVERIFY(!result->ok());
        QVERIFY(result->error.isNothingToUpdate());
    }
};

QTEST_GUILESS_MAIN(TestContract)
#include "tst_contract.moc"
