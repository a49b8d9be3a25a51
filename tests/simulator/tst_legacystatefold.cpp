// The legacy server's status.phase and its fold of Stopping/Stopped into "Not Ready", over raw HTTP.
#include "app/simulator/simulatorpopulation.h"
#include "app/simulator/workspacesimulator.h"
#include "tests/simulator/rawhttp.h"

#include <QTest>

#include <memory>

using namespace std::chrono_literals;

namespace {

QJsonObject statusOf(const QJsonObject &deployment)
{
    return deployment.value(QStringLiteral("status")).toObject();
}

QJsonObject minPatch(int min)
{
    return QJsonObject{{QStringLiteral("spec"), QJsonObject{{QStringLiteral("resource_requirement"), QJsonObject{{QStringLiteral("min_replicas"), min}}}}}};
}

} // namespace

class TestLegacyStateFold : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<WorkspaceSimulator> m_sim;
    std::unique_ptr<RawHttp> m_http;

private slots:
    void init()
    {
        m_sim = std::make_unique<WorkspaceSimulator>();
        m_sim->setTransitionDelay(200ms);
        m_sim->setDeployments(SimulatorPopulation::demo());
        QVERIFY(m_sim->listen());
        m_http = std::make_unique<RawHttp>(m_sim->baseUrl());
    }

    void cleanup()
    {
        m_http.reset();
        m_sim.reset();
    }

    void foldIsOnByDefault()
    {
        // A real legacy api-server folds, and the console reads status.phase.
        QVERIFY(m_sim->legacyStateFold());
    }

    // Every answer that carries a deployment: list, GET, PATCH, through Stopping to Stopped.
    void stoppingAndStopped_data()
    {
        QTest::addColumn<bool>("fold");
        QTest::newRow("fold off") << false;
        QTest::newRow("fold on") << true;
    }

    void stoppingAndStopped()
    {
        QFETCH(bool, fold);
        m_sim->setLegacyStateFold(fold);
        const QString name = QStringLiteral("llama3-8b-chat");
        const QString folded = QStringLiteral("Not Ready");

        const QJsonObject stopping = m_http->patch(QStringLiteral("/deployments/") + name, minPatch(0)).object();
        QCOMPARE(statusOf(stopping).value(QStringLiteral("phase")).toString(), QStringLiteral("Stopping"));
        QCOMPARE(statusOf(stopping).value(QStringLiteral("state")).toString(), fold ? folded : QStringLiteral("Stopping"));

        QTRY_COMPARE_WITH_TIMEOUT(statusOf(m_sim->deployment(name)).value(QStringLiteral("state")).toString(), QStringLiteral("Stopped"), 3000);
        const QJsonObject stopped = m_http->get(QStringLiteral("/deployments/") + name).object();
        QCOMPARE(statusOf(stopped).value(QStringLiteral("phase")).toString(), QStringLiteral("Stopped"));
        QCOMPARE(statusOf(stopped).value(QStringLiteral("state")).toString(), fold ? folded : QStringLiteral("Stopped"));

        bool listed = false;
        for (const QJsonValue &value : m_http->get(QStringLiteral("/deployments")).array()) {
            const QJsonObject deployment = value.toObject();
            const QJsonObject status = statusOf(deployment);
            const QString phase = status.value(QStringLiteral("phase")).toString();
            QVERIFY(status.contains(QStringLiteral("phase")));
            const bool down = phase == QLatin1String("Stopped") || phase == QLatin1String("Stopping");
            QCOMPARE(status.value(QStringLiteral("state")).toString(), fold && down ? folded : phase);
            listed = listed || deployment.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")).toString() == name;
        }
        QVERIFY(listed);
    }

    // Other states are not folded, and "Not Ready" with a real problem keeps its phase.
    void otherStatesKeepTheirName()
    {
        m_sim->setLegacyStateFold(true);
        for (const QJsonValue &value : m_http->get(QStringLiteral("/deployments")).array()) {
            const QJsonObject status = statusOf(value.toObject());
            const QString phase = status.value(QStringLiteral("phase")).toString();
            if (phase != QLatin1String("Stopped") && phase != QLatin1String("Stopping"))
                QCOMPARE(status.value(QStringLiteral("state")).toString(), phase);
        }
    }

    // The new API has no fold: its endpoints say Stopped.
    void newApiIsNotFolded()
    {
        m_sim->setLegacyStateFold(true);
        m_sim->setNewDeploymentApi(true);
        m_sim->setEndpoints({QJsonObject{
            {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), QStringLiteral("idle")}}},
            {QStringLiteral("spec"), QJsonObject{{QStringLiteral("components"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("default")}, {QStringLiteral("min_replicas"), 0}}}}}},
            {QStringLiteral("status"), QJsonObject{{QStringLiteral("state"), QStringLiteral("Stopped")}}}}});
        QCOMPARE(statusOf(m_http->get(QStringLiteral("/endpoints/idle")).object()).value(QStringLiteral("state")).toString(), QStringLiteral("Stopped"));
    }
};

QTEST_GUILESS_MAIN(TestLegacyStateFold)
#include "tst_legacystatefold.moc"
