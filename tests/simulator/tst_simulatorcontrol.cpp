// The simulator's test-only control routes over raw HTTP, in both API generations: forcing a
// state (with the server's message where the API keeps one) and a crash loop whose restarts
// show on the replicas (restart_count) and, on the legacy API, as termination records.
#include "app/simulator/newapipopulation.h"
#include "app/simulator/simulatorpopulation.h"
#include "app/simulator/workspacesimulator.h"
#include "tests/simulator/rawhttp.h"

#include <QTest>

#include <memory>

namespace {

const QString Chat = QStringLiteral("llama3-8b-chat");

QByteArray body(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

int restartCount(const QJsonArray &replicas)
{
    int total = 0;
    for (const QJsonValue &replica : replicas)
        total += replica.toObject().value(QStringLiteral("status")).toObject().value(QStringLiteral("restart_count")).toInt();
    return total;
}

} // namespace

class TestSimulatorControl : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<WorkspaceSimulator> m_sim;
    std::unique_ptr<RawHttp> m_http;

    void start(bool newApi)
    {
        m_sim = std::make_unique<WorkspaceSimulator>();
        const QList<QJsonObject> legacy = SimulatorPopulation::demo();
        m_sim->setDeployments(legacy);
        if (newApi) {
            m_sim->setNewDeploymentApi(true);
            m_sim->setEndpoints(NewApiPopulation::endpoints(legacy));
        }
        QVERIFY(m_sim->listen());
        m_http = std::make_unique<RawHttp>(m_sim->baseUrl());
    }

private slots:
    void cleanup()
    {
        m_http.reset();
        m_sim.reset();
    }

    void forcesErrorOnTheLegacyApi()
    {
        start(false);
        const RawHttp::Result forced = m_http->send("POST", QStringLiteral("/simulator/state"),
                                                    body({{QStringLiteral("kind"), QStringLiteral("endpoint")},
                                                          {QStringLiteral("name"), Chat},
                                                          {QStringLiteral("state"), QStringLiteral("Error")},
                                                          {QStringLiteral("message"), QStringLiteral("CUDA out of memory")}}));
        QCOMPARE(forced.status, 200);
        const QJsonObject status = m_http->get(QStringLiteral("/deployments/") + Chat).object().value(QStringLiteral("status")).toObject();
        QCOMPARE(status.value(QStringLiteral("phase")).toString(), QStringLiteral("Error"));
        QCOMPARE(status.value(QStringLiteral("state")).toString(), QStringLiteral("Error"));
        QCOMPARE(status.value(QStringLiteral("autoscaler_status")).toObject().value(QStringLiteral("conditions")).toArray()
                     .first().toObject().value(QStringLiteral("message")).toString(),
                 QStringLiteral("CUDA out of memory"));
        // And back to Ready: the message goes with it.
        QCOMPARE(m_http->send("POST", QStringLiteral("/simulator/state"),
                              body({{QStringLiteral("name"), Chat}, {QStringLiteral("state"), QStringLiteral("Ready")}})).status, 200);
        const QJsonObject ready = m_http->get(QStringLiteral("/deployments/") + Chat).object().value(QStringLiteral("status")).toObject();
        QCOMPARE(ready.value(QStringLiteral("phase")).toString(), QStringLiteral("Ready"));
        QVERIFY(!ready.value(QStringLiteral("autoscaler_status")).toObject().contains(QStringLiteral("conditions")));
    }

    void forcesNotReadyOnTheNewApi()
    {
        start(true);
        QCOMPARE(m_http->send("POST", QStringLiteral("/simulator/state"),
                              body({{QStringLiteral("name"), Chat}, {QStringLiteral("state"), QStringLiteral("Not Ready")}})).status, 200);
        const QJsonObject status = m_http->get(QStringLiteral("/endpoints/") + Chat).object().value(QStringLiteral("status")).toObject();
        QCOMPARE(status.value(QStringLiteral("state")).toString(), QStringLiteral("NotReady"));
    }

    void refusesUnknownResourcesAndBadBodies()
    {
        start(false);
        QCOMPARE(m_http->send("POST", QStringLiteral("/simulator/state"),
                              body({{QStringLiteral("name"), QStringLiteral("nope")}, {QStringLiteral("state"), QStringLiteral("Error")}})).status, 404);
        QCOMPARE(m_http->send("POST", QStringLiteral("/simulator/state"), "not json").status, 400);
        QCOMPARE(m_http->send("POST", QStringLiteral("/simulator/state"),
                              body({{QStringLiteral("kind"), QStringLiteral("job")}, {QStringLiteral("name"), Chat}, {QStringLiteral("state"), QStringLiteral("Error")}})).status, 400);
        // Without the token, as every route.
        RawHttp anonymous(m_sim->baseUrl(), QString());
        QCOMPARE(anonymous.send("POST", QStringLiteral("/simulator/state"),
                                body({{QStringLiteral("name"), Chat}, {QStringLiteral("state"), QStringLiteral("Error")}})).status, 401);
    }

    void crashLoopOnTheLegacyApi()
    {
        start(false);
        QCOMPARE(restartCount(m_http->get(QStringLiteral("/deployments/%1/replicas").arg(Chat)).array()), 0);
        const RawHttp::Result loop = m_http->send("POST", QStringLiteral("/simulator/crash-loop"),
                                                  body({{QStringLiteral("name"), Chat}, {QStringLiteral("restarts"), 3},
                                                        {QStringLiteral("reason"), QStringLiteral("OOMKilled")}}));
        QCOMPARE(loop.status, 200);
        QCOMPARE(loop.object().value(QStringLiteral("restarts")).toInt(), 3);
        QCOMPARE(restartCount(m_http->get(QStringLiteral("/deployments/%1/replicas").arg(Chat)).array()), 3);
        const QJsonObject termination = m_http->get(QStringLiteral("/deployments/%1/termination").arg(Chat)).object();
        int records = 0;
        for (const QJsonValue &list : termination)
            records += int(list.toArray().size());
        QCOMPARE(records, 3);
        QCOMPARE(termination.begin()->toArray().first().toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("OOMKilled"));

        // every_ms: the restarts keep coming until stopped.
        QCOMPARE(m_http->send("POST", QStringLiteral("/simulator/crash-loop"),
                              body({{QStringLiteral("name"), Chat}, {QStringLiteral("restarts"), 0}, {QStringLiteral("every_ms"), 20}})).status, 200);
        QTRY_VERIFY(restartCount(m_http->get(QStringLiteral("/deployments/%1/replicas").arg(Chat)).array()) >= 5);
        m_http->send("POST", QStringLiteral("/simulator/crash-loop"),
                     body({{QStringLiteral("name"), Chat}, {QStringLiteral("restarts"), 0}, {QStringLiteral("every_ms"), 0}}));
    }

    void crashLoopOnTheNewApi()
    {
        start(true);
        QCOMPARE(m_http->send("POST", QStringLiteral("/simulator/crash-loop"),
                              body({{QStringLiteral("name"), Chat}, {QStringLiteral("restarts"), 4}})).status, 200);
        QCOMPARE(restartCount(m_http->get(QStringLiteral("/endpoints/%1/replicas").arg(Chat)).array()), 4);
    }
};

QTEST_GUILESS_MAIN(TestSimulatorControl)
#include "tst_simulatorcontrol.moc"
