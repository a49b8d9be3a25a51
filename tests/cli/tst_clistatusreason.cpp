// `lepton-console-cli status NAME` says why a deployment is in trouble (issue 24, item 7): a
// "Reason:" line with the server's own words in full, and "reason" in --json (null when there
// is nothing to say). The real binary as a child process against the simulator over HTTP.
#include "app/simulator/simulatorpopulation.h"
#include "app/simulator/workspacesimulator.h"
#include "tests/support/cliprocess.h"

#include <QFile>
#include <QJsonValue>
#include <QTemporaryDir>
#include <QtTest>

using namespace std::chrono_literals;

namespace {

const QString kToken = QStringLiteral("tok-statusreason-4b7e91c2");

DeploymentRecipe recipe(const QString &name, const QString &state)
{
    DeploymentRecipe r;
    r.name = name;
    r.state = state;
    r.minReplicas = 1;
    r.maxReplicas = 2;
    return r;
}

} // namespace

class TestCliStatusReason : public QObject
{
    Q_OBJECT

    QString m_cli;
    QTemporaryDir m_home;
    QTemporaryDir m_data;
    WorkspaceSimulator m_sim;

    CliRun status(const QStringList &extra)
    {
        return CliProcess::run(m_cli,
                               QStringList {QStringLiteral("status")} + extra
                                   + QStringList {QStringLiteral("--data-dir"), m_data.path()},
                               CliProcess::environment(m_home.path(), m_sim.workspaceId(), kToken, m_sim.baseUrl()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cli = CliProcess::program();
        QVERIFY2(QFile::exists(m_cli), qPrintable(m_cli));
        QVERIFY(m_home.isValid() && m_data.isValid());
        m_sim.setToken(kToken);
        m_sim.setDeployments({SimulatorPopulation::make(recipe(QStringLiteral("qwen"), QStringLiteral("Error"))),
                              SimulatorPopulation::make(recipe(QStringLiteral("chat"), QStringLiteral("Ready")))});
        QVERIFY(m_sim.listen());
    }

    void reasonLineInFull()
    {
        const CliRun run = status({QStringLiteral("qwen")});
        QVERIFY2(run.finished && run.exitCode == 0, run.describe().constData());
        QVERIFY2(run.outText().contains(QStringLiteral("Reason:")), run.describe().constData());
        QVERIFY2(run.outText().contains(QStringLiteral("container main exited with code 137 (OOMKilled) 14 times")),
                 run.describe().constData());
    }

    void reasonInJson()
    {
        const CliRun run = status({QStringLiteral("qwen"), QStringLiteral("--json")});
        QVERIFY2(run.finished && run.exitCode == 0, run.describe().constData());
        QCOMPARE(run.json().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("container main exited with code 137 (OOMKilled) 14 times"));
    }

    void healthyHasNoReason()
    {
        const CliRun text = status({QStringLiteral("chat")});
        QVERIFY2(text.finished && text.exitCode == 0, text.describe().constData());
        QVERIFY2(!text.outText().contains(QStringLiteral("Reason:")), text.describe().constData());
        const CliRun json = status({QStringLiteral("chat"), QStringLiteral("--json")});
        QVERIFY(json.json().contains(QStringLiteral("reason")));
        QVERIFY(json.json().value(QStringLiteral("reason")).isNull());
    }

    // The reason is extra: when the server cannot say (readiness and events failing), status
    // still shows the deployment and exits 0, with the deployment's own condition as reason.
    void detailCallsFailingDoNotFailStatus()
    {
        m_sim.injectFault(WorkspaceSimulator::Fault::httpStatus(500, R"({"code":"Internal","message":"down"})")
                              .on("GET", QStringLiteral("/(readiness|events)$"))
                              .times(-1));
        const CliRun run = status({QStringLiteral("qwen")});
        m_sim.clearFaults();
        QVERIFY2(run.finished && run.exitCode == 0, run.describe().constData());
        QVERIFY2(run.outText().contains(QStringLiteral("Reason:")), run.describe().constData());
    }
};

QTEST_GUILESS_MAIN(TestCliStatusReason)
#include "tst_clistatusreason.moc"
