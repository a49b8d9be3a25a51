// lepton-console-cli's documented exit codes (README, "Output and exit codes"), data-driven
// over a table of the simulator's faults: the real binary ($LEPTON_CLI) as a child process
// against the simulator in this process over HTTP. Each row says what the server (or the
// environment) does, the command, the code a script must see and the server's own words.
#include "app/simulator/simulatorpopulation.h"
#include "app/simulator/workspacesimulator.h"
#include "tests/support/cliprocess.h"

#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <functional>

using namespace std::chrono_literals;

namespace {

const QString kToken = QStringLiteral("tok-exitcodes-5d1c8e07");

using Fault = WorkspaceSimulator::Fault;

struct Row
{
    const char *tag;
    std::function<void(WorkspaceSimulator &)> server; // faults to inject; may be empty
    std::function<void(QProcessEnvironment &, const WorkspaceSimulator &)> environment; // may be empty
    QStringList arguments;
    int exitCode;
    QString words;          // must appear in the error line (the server's or the CLI's words)
    const char *knownFalse; // non-null: the README's claim does not hold; why
};

QList<QJsonObject> population()
{
    DeploymentRecipe chat;
    chat.name = QStringLiteral("chat");
    chat.minReplicas = 1;
    chat.maxReplicas = 3;
    return {SimulatorPopulation::make(chat)};
}

QByteArray apiError(const char *code, const char *message)
{
    return QByteArray(R"({"code":")") + code + R"(","message":")" + message + R"("})";
}

void noToken(QProcessEnvironment &env, const WorkspaceSimulator &)
{
    env.remove(QStringLiteral("LEPTON_WORKSPACE_TOKEN"));
}

const QList<Row> &rows()
{
    static const QList<Row> table = {
        {"usage: unknown option", {}, {}, {"list", "--no-such-option"}, 2, "no-such-option", nullptr},
        {"401: wrong token", {},
         [](QProcessEnvironment &env, const WorkspaceSimulator &) { env.insert("LEPTON_WORKSPACE_TOKEN", "tok-wrong-0000"); },
         {"list"}, 3, "401", nullptr},
        {"403 on the list",
         [](WorkspaceSimulator &s) { s.injectFault(Fault::httpStatus(403, apiError("Forbidden", "token may not list deployments")).on("GET", "/deployments$").times(-1)); },
         {}, {"list"}, 3, "token may not list deployments", nullptr},
        {"403 on the pause",
         [](WorkspaceSimulator &s) { s.injectFault(Fault::httpStatus(403, apiError("Forbidden", "token is read-only")).on("PATCH", "/deployments/chat$").times(-1)); },
         {}, {"pause", "chat"}, 3, "token is read-only", nullptr},
        {"no token in the environment, no keychain", {}, noToken, {"list"}, 3, "LEPTON_WORKSPACE_TOKEN", nullptr},
        {"--token-stdin with nothing on stdin", {}, noToken, {"list", "--token-stdin"}, 3, "standard input", nullptr},
        {"unknown workspace (404 on the workspace)", {},
         [](QProcessEnvironment &env, const WorkspaceSimulator &s) {
             env.insert("LEPTON_WORKSPACE_ID", "other");
             QString url = s.baseUrl().toString();
             url.replace(QStringLiteral("/workspaces/") + s.workspaceId(), QStringLiteral("/workspaces/other"));
             env.insert("LEPTON_WORKSPACE_URL", url);
         },
         {"list"}, 4, "workspace other not found", nullptr},
        {"unknown deployment", {}, {}, {"status", "no-such"}, 4, "no-such", nullptr},
        {"409 conflict",
         [](WorkspaceSimulator &s) { s.injectFault(Fault::httpStatus(409, apiError("Conflict", "another update is in progress")).on("PATCH", "/deployments/chat$").times(-1)); },
         {}, {"pause", "chat"}, 5, "another update is in progress", nullptr},
        {"400 refusal",
         [](WorkspaceSimulator &s) { s.injectFault(Fault::httpStatus(400, apiError("InvalidRequest", "min_replicas must be non-negative")).on("PATCH", "/deployments/chat$").times(-1)); },
         {}, {"pause", "chat"}, 5, "min_replicas must be non-negative", nullptr},
        {"429 rate limited",
         [](WorkspaceSimulator &s) { s.injectFault(Fault::rateLimited(30).on("GET", "/deployments$").times(-1)); },
         {}, {"list"}, 6, "429", nullptr},
        {"502 HTML page",
         [](WorkspaceSimulator &s) { s.injectFault(Fault::badGateway().on("GET", "/deployments$").times(-1)); },
         {}, {"list"}, 6, "502", nullptr},
        {"request timeout (the server hangs)",
         [](WorkspaceSimulator &s) { s.injectFault(Fault::ofKind(Fault::Kind::Hang).on("GET", "/deployments$").times(-1)); },
         {}, {"list"}, 6, "in time", nullptr},
        {"unreadable answer: malformed JSON",
         [](WorkspaceSimulator &s) { s.injectFault(Fault::ofKind(Fault::Kind::MalformedJson).on("GET", "/deployments$").times(-1)); },
         {}, {"list"}, 6, "could not be understood", nullptr},
        {"unreadable answer: wrong shape",
         [](WorkspaceSimulator &s) { s.injectFault(Fault::ofKind(Fault::Kind::WrongShape).on("GET", "/deployments$").times(-1)); },
         {}, {"list"}, 6, "could not be understood", nullptr},
        {"unreadable answer: truncated",
         [](WorkspaceSimulator &s) { s.injectFault(Fault::ofKind(Fault::Kind::TruncatedBody).on("GET", "/deployments$").times(-1)); },
         {}, {"list"}, 6, "", nullptr},
        {"connection closed",
         [](WorkspaceSimulator &s) { s.injectFault(Fault::ofKind(Fault::Kind::CloseConnection).on("GET", "/deployments$").times(-1)); },
         {}, {"list"}, 6, "", nullptr},
    };
    return table;
}

} // namespace

class TestCliExitCodes : public QObject
{
    Q_OBJECT

private:
    QString m_cli;
    QTemporaryDir m_home;
    std::unique_ptr<WorkspaceSimulator> m_sim;
    std::unique_ptr<QTemporaryDir> m_dataDir;

    QProcessEnvironment environment() const
    {
        return CliProcess::environment(m_home.path(), m_sim->workspaceId(), kToken, m_sim->baseUrl());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cli = CliProcess::program();
        QVERIFY2(QFile::exists(m_cli), qPrintable(QStringLiteral("lepton-console-cli not found at \"%1\" (set LEPTON_CLI)").arg(m_cli)));
        QVERIFY(m_home.isValid());
    }

    void init()
    {
        m_sim = std::make_unique<WorkspaceSimulator>();
        m_sim->setToken(kToken);
        m_sim->setTransitionDelay(50ms);
        m_sim->setDeployments(population());
        QVERIFY(m_sim->listen());
        m_dataDir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dataDir->isValid());
    }

    void cleanup()
    {
        m_sim.reset();
        m_dataDir.reset();
    }

    void exitCodes_data()
    {
        QTest::addColumn<int>("row");
        for (int i = 0; i < rows().size(); ++i)
            QTest::newRow(rows().at(i).tag) << i;
    }

    void exitCodes()
    {
        QFETCH(int, row);
        const Row &r = rows().at(row);
        if (r.server)
            r.server(*m_sim);
        QProcessEnvironment env = environment();
        if (r.environment)
            r.environment(env, *m_sim);

        const CliRun run = CliProcess::run(m_cli, r.arguments + QStringList{QStringLiteral("--data-dir"), m_dataDir->path()}, env,
                                           {}, 120s);
        if (run.timedOut)
            QFAIL("lepton-console-cli did not finish within 120 s");
        QCOMPARE(run.exitStatus, QProcess::NormalExit);
        const QString err = run.errText();
        if (r.knownFalse)
            QEXPECT_FAIL("", r.knownFalse, Continue);
        QVERIFY2(run.exitCode == r.exitCode,
                 qPrintable(QStringLiteral("exit %1, expected %2; stderr: %3").arg(run.exitCode).arg(r.exitCode).arg(err)));
        // One line on standard error, naming the command, with the words that explain it.
        QVERIFY2(err.startsWith(QStringLiteral("lepton-console-cli %1").arg(r.arguments.first())), qPrintable(err));
        QVERIFY2(err.endsWith(QLatin1Char('\n')) && err.count(QLatin1Char('\n')) == 1, qPrintable(err));
        QVERIFY2(err.contains(r.words, Qt::CaseInsensitive), qPrintable(err));
        QVERIFY2(!err.contains(kToken), "the token is never printed");
    }
};

QTEST_GUILESS_MAIN(TestCliExitCodes)
#include "tst_cliexitcodes.moc"
