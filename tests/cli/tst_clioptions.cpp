// lepton-console-cli's options as `--help` lists them and the README describes them, each run
// through the real binary ($LEPTON_CLI) against the simulator: -v/--version, -h/--help and a
// command's --help, the global options before or after the command (--data-dir, --url,
// --token-stdin), list --state (case and spaces ignored), pause --remind-on, set-replicas
// without --max, resume --replicas, and the usage errors for malformed values.
#include "app/simulator/simulatorpopulation.h"
#include "app/simulator/workspacesimulator.h"
#include "tests/support/cliworkspace.h"
#include "tests/support/recipewithreplicas.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace std::chrono_literals;

namespace {

const QString kToken = QStringLiteral("tok-options-93b2e1");

QJsonObject resources(const QJsonObject &deployment)
{
    return deployment.value("spec").toObject().value("resource_requirement").toObject();
}

} // namespace

class TestCliOptions : public QObject
{
    Q_OBJECT

private:
    CliWorkspace m_ws;
    WorkspaceSimulator *m_sim = nullptr;

    QProcessEnvironment environment() const { return m_ws.environment(); }

    CliRun run(const QStringList &arguments, QProcessEnvironment env = {}, const QByteArray &input = {})
    {
        return m_ws.runBare(arguments, env, input);
    }

    QStringList dataDir() const { return m_ws.dataDirArguments(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(CliProcess::program()), "set LEPTON_CLI to the built lepton-console-cli");
    }

    void init()
    {
        QVERIFY2(m_ws.renew(kToken), qPrintable(m_ws.errorString()));
        m_sim = m_ws.simulator();
        m_sim->setTransitionDelay(50ms);
        DeploymentRecipe stopped = recipeWithReplicas(QStringLiteral("sleepy"), 0, 1);
        stopped.state = QStringLiteral("Not Ready");
        m_sim->setDeployments({SimulatorPopulation::make(recipeWithReplicas(QStringLiteral("chat"), 1, 3)),
                               SimulatorPopulation::make(stopped)});
        QVERIFY(m_ws.listen());
    }

    void cleanup() { m_ws.stop(); }

    // LEPTON_WORKSPACE_ORIGIN_URL goes out as the "origin" header, as the SDK sends it.
    void originFromTheEnvironmentIsSent()
    {
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("LEPTON_WORKSPACE_ORIGIN_URL"), QStringLiteral("https://dashboard.example.com"));
        const CliRun r = run(QStringList{"list"} + dataDir(), env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(m_sim->lastOriginHeader(), QByteArray("https://dashboard.example.com"));
    }

    // A token that expires within three days is announced in one line on standard error after
    // a command that worked; standard output (JSON here) stays whole. A far expiry, and a
    // token the server lists without one, say nothing.
    void expiringTokenIsAnnouncedOnStandardError()
    {
        m_sim->setTokenExpiry(QDateTime::currentDateTimeUtc().addSecs(20 * 3600 + 120));
        const CliRun soon = run(QStringList{"list", "--json"} + dataDir());
        QVERIFY2(soon.exitCode == 0, soon.err.constData());
        QVERIFY2(!QJsonDocument::fromJson(soon.out).isNull(), soon.out.constData()); // JSON, whole
        const QString err = soon.errText();
        QVERIFY2(err.startsWith(QStringLiteral("lepton-console-cli list: warning: The token for workspace ")), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("expires in 20 h")), qPrintable(err));
        QCOMPARE(err.count(QLatin1Char('\n')), 1);

        m_sim->setTokenExpiry(QDateTime::currentDateTimeUtc().addDays(30));
        const CliRun later = run(QStringList{"list"} + dataDir());
        QVERIFY2(later.exitCode == 0 && later.err.isEmpty(), later.err.constData());
    }

    void version_data()
    {
        QTest::addColumn<QString>("option");
        QTest::newRow("--version") << "--version";
        QTest::newRow("-v") << "-v";
    }

    void version()
    {
        QFETCH(QString, option);
        const CliRun r = run({option});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.outText().trimmed(), QStringLiteral("lepton-console-cli " LEPTON_CONSOLE_VERSION));
    }

    void shortHelpAndCommandHelp()
    {
        const CliRun shortHelp = run({QStringLiteral("-h")});
        QCOMPARE(shortHelp.exitCode, 0);
        const CliRun longHelp = run({QStringLiteral("--help")});
        QCOMPARE(shortHelp.outText(), longHelp.outText());
        for (const char *word : {"--data-dir", "--workspace", "--url", "--token-stdin", "Exit codes"})
            QVERIFY2(longHelp.outText().contains(QLatin1String(word)), word);
        const CliRun pauseHelp = run({QStringLiteral("pause"), QStringLiteral("--help")});
        QCOMPARE(pauseHelp.exitCode, 0);
        for (const char *word : {"--note", "--remind-on", "--wait", "--timeout"})
            QVERIFY2(pauseHelp.outText().contains(QLatin1String(word)), word);
        const CliRun resumeHelp = run({QStringLiteral("resume"), QStringLiteral("--help")});
        for (const char *word : {"--replicas", "--force", "--wait"})
            QVERIFY2(resumeHelp.outText().contains(QLatin1String(word)), word);
    }

    void globalOptionsBeforeOrAfterTheCommand()
    {
        // --data-dir before the command and after it name the same ledger.
        QCOMPARE(run(dataDir() + QStringList{"pause", "chat", "--note", "before"}).exitCode, 0);
        const CliRun after = run({"paused", "--json", "--data-dir", m_ws.dataDir()});
        QCOMPARE(after.exitCode, 0);
        const QJsonArray paused = after.json().value("paused").toArray();
        QCOMPARE(paused.size(), 1);
        QCOMPARE(paused.first().toObject().value("name").toString(), QStringLiteral("chat"));
        QVERIFY(QFile::exists(QDir(m_ws.dataDir()).filePath("lepton-console.sqlite")));

        // --url before the command overrides LEPTON_WORKSPACE_URL.
        QProcessEnvironment env = environment();
        env.insert("LEPTON_WORKSPACE_URL", "http://127.0.0.1:9/api/v2/workspaces/" + m_sim->workspaceId());
        const CliRun viaUrl = run(QStringList{"--url", m_sim->baseUrl().toString(), "list", "--json"} + dataDir(), env);
        QVERIFY2(viaUrl.exitCode == 0, qPrintable(viaUrl.errText()));
        QCOMPARE(viaUrl.json().value("deployments").toArray().size(), 2);
    }

    void tokenFromStdinAfterTheCommand()
    {
        QProcessEnvironment env = environment();
        env.remove("LEPTON_WORKSPACE_TOKEN");
        const CliRun r = run(QStringList{"list", "--json", "--token-stdin"} + dataDir(), env, kToken.toUtf8() + "\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        QCOMPARE(r.json().value("deployments").toArray().size(), 2);
        QVERIFY(!r.outText().contains(kToken));
    }

    void listStateIgnoresCaseAndSpaces_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("expected");
        QTest::newRow("ready") << "ready" << "chat";
        QTest::newRow("READY") << "READY" << "chat";
        QTest::newRow("server state with a dash") << "not-ready" << "sleepy";
        QTest::newRow("server state with a space") << "Not Ready" << "sleepy";
    }

    void listStateIgnoresCaseAndSpaces()
    {
        QFETCH(QString, state);
        QFETCH(QString, expected);
        const CliRun r = run(QStringList{"list", "--json", "--state", state} + dataDir());
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        const QJsonArray list = r.json().value("deployments").toArray();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().toObject().value("name").toString(), expected);
    }

    void remindOnIsKeptAndCheckedForm()
    {
        const CliRun bad = run(QStringList{"pause", "chat", "--remind-on", "next tuesday"} + dataDir());
        QCOMPARE(bad.exitCode, 2);
        QCOMPARE(resources(m_sim->deployment("chat")).value("min_replicas").toInt(), 1); // nothing sent
        const CliRun good = run(QStringList{"pause", "chat", "--remind-on", "2031-02-03", "--json"} + dataDir());
        QVERIFY2(good.exitCode == 0, qPrintable(good.errText()));
        const QJsonObject pause = good.json().value("results").toArray().first().toObject().value("pause").toObject();
        QCOMPARE(pause.value("remind_on").toString(), QStringLiteral("2031-02-03"));
    }

    void setReplicasWithoutMaxRaisesMax()
    {
        // README: without --max, the max stays, or is raised to --min if it would be below it.
        const CliRun r = run(QStringList{"set-replicas", "chat", "--min", "5", "--json"} + dataDir());
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        QCOMPARE(r.json().value("min_replicas").toInt(), 5);
        QCOMPARE(r.json().value("max_replicas").toInt(), 5);
        QCOMPARE(resources(m_sim->deployment("chat")).value("min_replicas").toInt(), 5);
        QCOMPARE(resources(m_sim->deployment("chat")).value("max_replicas").toInt(), 5);
        const CliRun keep = run(QStringList{"set-replicas", "chat", "--min", "2", "--json"} + dataDir());
        QVERIFY2(keep.exitCode == 0, qPrintable(keep.errText()));
        QCOMPARE(resources(m_sim->deployment("chat")).value("max_replicas").toInt(), 5);
    }

    void resumeReplicasForAStoppedDeployment()
    {
        // Stopped outside the console: --replicas N is needed, and must be a real count.
        QCOMPARE(run(QStringList{"resume", "sleepy"} + dataDir()).exitCode, 2);
        QCOMPARE(run(QStringList{"resume", "sleepy", "--replicas", "zero"} + dataDir()).exitCode, 2);
        const CliRun r = run(QStringList{"resume", "sleepy", "--replicas", "2"} + dataDir());
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        QCOMPARE(resources(m_sim->deployment("sleepy")).value("min_replicas").toInt(), 2);
    }

    void timeoutMustBeANumber()
    {
        const CliRun r = run(QStringList{"pause", "chat", "--wait", "--timeout", "soon"} + dataDir());
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(resources(m_sim->deployment("chat")).value("min_replicas").toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliOptions)
#include "tst_clioptions.moc"
