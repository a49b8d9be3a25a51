// LeptonClient::getTerminations against the simulator over HTTP: the records a crash and a
// rolling restart leave, newest first, with times in seconds, milliseconds or ISO text; a 404
// and the new API are "not offered" (the new API sends nothing); a body that is not the SDK's
// shape is BadPayload with where it went wrong, and nothing half-read.
#include "app/api/leptonclient.h"
#include "app/api/replicatermination.h"
#include "app/simulator/simulatorpopulation.h"
#include "app/simulator/workspacesimulator.h"
#include "tests/support/recipeinstate.h"
#include "tests/support/simulatorwithclient.h"

#include <QtTest>

using Fault = WorkspaceSimulator::Fault;

namespace {

DeploymentRecipe recipe(const QString &name, const QString &state, int replicas)
{
    return recipeInState(name, state, replicas, replicas + 1);
}

} // namespace

class TestReplicaTermination : public QObject
{
    Q_OBJECT

    SimulatorWithClient m_workspace;
    WorkspaceSimulator *m_simulator = nullptr;

    ApiResult<ReplicaTerminations> terminations(const QString &name)
    {
        std::optional<ApiResult<ReplicaTerminations>> answer;
        m_workspace.client()->getTerminations(name, this, [&answer](const ApiResult<ReplicaTerminations> &result) { answer = result; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 10000); }();
        return answer.value_or(ApiResult<ReplicaTerminations>::failure(ApiError(ApiError::Kind::Cancelled, {})));
    }

    int terminationRequests() const
    {
        int count = 0;
        for (const auto &request : m_simulator->requests())
            count += request.apiPath().endsWith(QLatin1String("/termination")) ? 1 : 0;
        return count;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_workspace.start({
            SimulatorPopulation::make(recipe(QStringLiteral("chat"), QStringLiteral("Ready"), 2)),
            SimulatorPopulation::make(recipe(QStringLiteral("crashing"), QStringLiteral("Error"), 1)),
        }, std::chrono::seconds(10)));
        m_simulator = m_workspace.simulator();
    }

    void cleanup() { m_workspace.stop(); }

    void aHealthyDeploymentHasNone()
    {
        const auto result = terminations(QStringLiteral("chat"));
        QVERIFY2(result.ok(), qPrintable(result.error.userMessage()));
        QVERIFY(result.value.offered);
        QVERIFY(result.value.records.isEmpty());
    }

    void crashesAndRestartsAccumulateNewestFirst()
    {
        QVERIFY(m_simulator->crashReplica(QStringLiteral("chat"), 1, 137, QStringLiteral("OOMKilled"), QStringLiteral("CUDA out of memory")));
        auto result = terminations(QStringLiteral("chat"));
        QVERIFY2(result.ok(), qPrintable(result.error.userMessage()));
        QCOMPARE(result.value.records.size(), 1);
        const ReplicaTermination crash = result.value.records.first();
        QCOMPARE(crash.exitCode, 137);
        QCOMPARE(crash.reason, QStringLiteral("OOMKilled"));
        QCOMPARE(crash.message, QStringLiteral("CUDA out of memory"));
        QVERIFY(!crash.replicaId.isEmpty());
        // Seconds on the wire, read as a time within a minute of now (not 1970).
        QVERIFY(qAbs(crash.finishedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QVERIFY(crash.startedAt <= crash.finishedAt);

        // A second later, a rolling restart ends both replicas' containers: two more records, SIGTERM.
        const qint64 second = QDateTime::currentSecsSinceEpoch();
        QTRY_VERIFY(QDateTime::currentSecsSinceEpoch() > second);
        std::optional<bool> restarted;
        m_workspace.client()->restartDeployment(QStringLiteral("chat"), this, [&](const ApiResult<ApiNothing> &r) { restarted = r.ok(); });
        QTRY_VERIFY(restarted.has_value());
        QVERIFY(*restarted);
        result = terminations(QStringLiteral("chat"));
        QCOMPARE(result.value.records.size(), 3);
        QCOMPARE(result.value.records.at(0).exitCode, 143);
        QCOMPARE(result.value.records.at(1).exitCode, 143);
        QCOMPARE(result.value.records.at(2).exitCode, 137);
        for (int i = 1; i < result.value.records.size(); ++i)
            QVERIFY(result.value.records.at(i - 1).finishedAt >= result.value.records.at(i).finishedAt);
        // The restarted replica's record starts where its crash ended.
        for (const ReplicaTermination &record : result.value.records.first(2)) {
            if (record.replicaId == crash.replicaId)
                QCOMPARE(record.startedAt, crash.finishedAt);
        }
    }

    void anErrorDeploymentComesWithItsCrashes()
    {
        const auto result = terminations(QStringLiteral("crashing"));
        QVERIFY(result.ok());
        QCOMPARE(result.value.records.size(), 3);
        for (const ReplicaTermination &record : result.value.records)
            QCOMPARE(record.reason, QStringLiteral("OOMKilled"));
    }

    void timesInEveryUnit()
    {
        m_simulator->injectFault(Fault::httpStatus(200, R"({
            "r-ms":  [{"started_at": 1765150000000, "finished_at": 1765150060000, "exit_code": 1, "reason": "Error", "message": "boom"}],
            "r-s":   [{"started_at": 1765150100, "finished_at": 1765150200, "exit_code": 137, "reason": "OOMKilled", "message": ""}],
            "r-iso": [{"started_at": "2025-12-07T23:30:00Z", "finished_at": "2025-12-07T23:40:00.500Z", "exit_code": 0, "reason": "Completed", "message": "done"}],
            "r-none": null
        })").on("GET", "/termination$"));
        const auto result = terminations(QStringLiteral("chat"));
        QVERIFY2(result.ok(), qPrintable(result.error.userMessage()));
        QCOMPARE(result.value.records.size(), 3);
        QCOMPARE(result.value.records.at(0).replicaId, QStringLiteral("r-iso"));
        QCOMPARE(result.value.records.at(0).finishedAt, QDateTime(QDate(2025, 12, 7), QTime(23, 40, 0, 500), Qt::UTC));
        QCOMPARE(result.value.records.at(1).replicaId, QStringLiteral("r-s"));
        QCOMPARE(result.value.records.at(1).finishedAt, QDateTime::fromSecsSinceEpoch(1765150200, Qt::UTC));
        QCOMPARE(result.value.records.at(2).replicaId, QStringLiteral("r-ms"));
        QCOMPARE(result.value.records.at(2).finishedAt, QDateTime::fromMSecsSinceEpoch(1765150060000, Qt::UTC));
        QCOMPARE(result.value.records.at(2).message, QStringLiteral("boom"));
    }

    void malformedBodiesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("says");
        QTest::newRow("not json") << QByteArray("{\"r1\": [") << QStringLiteral("not valid JSON");
        QTest::newRow("a list") << QByteArray(R"([{"started_at": 1}])") << QStringLiteral("not an object");
        QTest::newRow("replica not a list") << QByteArray(R"({"r1": {"exit_code": 1}})") << QStringLiteral("replica r1");
        QTest::newRow("record not an object") << QByteArray(R"({"r1": [{"exit_code": 1}, 7]})") << QStringLiteral("replica r1");
        QTest::newRow("html") << QByteArray("<html>oops</html>") << QStringLiteral("not valid JSON");
    }

    void malformedBodiesAreRefused()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, says);
        m_simulator->injectFault(Fault::httpStatus(200, body).on("GET", "/termination$"));
        const auto result = terminations(QStringLiteral("chat"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error.kind(), ApiError::Kind::BadPayload);
        QVERIFY2(result.error.userMessage().contains(says), qPrintable(result.error.userMessage()));
        QVERIFY(result.value.records.isEmpty());
    }

    void oddFieldsDoNotBreakTheRest()
    {
        m_simulator->injectFault(Fault::httpStatus(200, R"({"r1": [{"started_at": "yesterday", "finished_at": 1e300,
            "exit_code": "137", "reason": 5}, {"finished_at": 1765150200, "exit_code": 2}]})").on("GET", "/termination$"));
        const auto result = terminations(QStringLiteral("chat"));
        QVERIFY(result.ok());
        QCOMPARE(result.value.records.size(), 2);
        QCOMPARE(result.value.records.at(0).exitCode, 2);
        QVERIFY(!result.value.records.at(1).finishedAt.isValid()); // no time: last
        QVERIFY(!result.value.records.at(1).startedAt.isValid());
        QCOMPARE(result.value.records.at(1).exitCode, 0);
    }

    void notFoundIsNotOffered()
    {
        m_simulator->injectFault(Fault::httpStatus(404, R"({"code":"NotFound","message":"404 page not found"})").on("GET", "/termination$"));
        const auto result = terminations(QStringLiteral("chat"));
        QVERIFY2(result.ok(), qPrintable(result.error.userMessage()));
        QVERIFY(!result.value.offered);
    }

    void aServerErrorIsAnError()
    {
        m_simulator->injectFault(Fault::badGateway().on("GET", "/termination$"));
        const auto result = terminations(QStringLiteral("chat"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error.kind(), ApiError::Kind::Server);
    }

    void theNewApiDoesNotOfferItAndSendsNothing()
    {
        m_simulator->setNewDeploymentApi(true);
        m_workspace.client()->setApiGeneration(ApiGeneration::New);
        m_simulator->clearRequests();
        const auto result = terminations(QStringLiteral("chat"));
        QVERIFY(result.ok());
        QVERIFY(!result.value.offered);
        QCOMPARE(terminationRequests(), 0);
    }
};

QTEST_GUILESS_MAIN(TestReplicaTermination)
#include "tst_replicatermination.moc"
