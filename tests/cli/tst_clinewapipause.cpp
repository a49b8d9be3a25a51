// `lepton-console-cli pause` and `resume` of a new-API endpoint (issue 18): the CLI reads the
// workspace first, so it speaks the generation the workspace speaks; a two-component endpoint
// with an active GPU target goes to min 0 on every component (targets zeroed) and comes back
// exactly. The real binary as a child process against the simulator over HTTP.
#include "app/simulator/workspacesimulator.h"
#include "tests/support/cliprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString kToken = QStringLiteral("tok-newapipause-7c2d90e1");

QJsonObject fixture(const QString &name)
{
    QFile file(QStringLiteral(LEPTON_CONTRACT_FIXTURES) + QLatin1Char('/') + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonArray componentsOf(const QJsonObject &endpoint)
{
    return endpoint.value("spec").toObject().value("components").toArray();
}

} // namespace

class TestCliNewApiPause : public QObject
{
    Q_OBJECT

    QString m_cli;
    QTemporaryDir m_home;
    QTemporaryDir m_data;
    WorkspaceSimulator m_sim;

    CliRun cli(const QStringList &arguments)
    {
        return CliProcess::run(m_cli, arguments + QStringList {QStringLiteral("--data-dir"), m_data.path()},
                               CliProcess::environment(m_home.path(), m_sim.workspaceId(), kToken, m_sim.baseUrl()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cli = CliProcess::program();
        QVERIFY2(QFile::exists(m_cli), qPrintable(m_cli));
        QVERIFY(m_home.isValid() && m_data.isValid());
        m_sim.setToken(kToken);
        m_sim.setNewDeploymentApi(true);
        m_sim.setDeployments({});
        m_sim.setEndpoints({fixture("endpoint-two-components.json")});
        QVERIFY(m_sim.listen());
    }

    void pauseAndResumeEveryComponent()
    {
        const QJsonObject before = m_sim.endpoint("chat-split");
        QCOMPARE(componentsOf(before).size(), 2);

        const CliRun paused = cli({QStringLiteral("pause"), QStringLiteral("chat-split"), QStringLiteral("--note"),
                                   QStringLiteral("quiet week")});
        QVERIFY2(paused.exitCode == 0, paused.describe().constData());
        for (const QJsonValue &value : componentsOf(m_sim.endpoint("chat-split"))) {
            const QJsonObject component = value.toObject();
            QCOMPARE(component.value("min_replicas").toInt(-1), 0);
            QCOMPARE(component.value("autoscaling").toObject().value("target_gpu_utilization_percentage").toDouble(-1), 0.0);
        }
        // Only the new API's routes were used: this workspace has no /deployments.
        for (const auto &request : m_sim.requests())
            QVERIFY2(!request.apiPath().startsWith(QStringLiteral("/deployments")), qPrintable(request.apiPath()));

        const CliRun resumed = cli({QStringLiteral("resume"), QStringLiteral("chat-split")});
        QVERIFY2(resumed.exitCode == 0, resumed.describe().constData());
        QCOMPARE(m_sim.endpoint("chat-split").value("spec").toObject(), before.value("spec").toObject());
    }
};

QTEST_GUILESS_MAIN(TestCliNewApiPause)
#include "tst_clinewapipause.moc"
