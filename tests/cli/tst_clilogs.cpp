// `lepton-console-cli logs KIND/NAME [--replica ID] [--follow] [--since D] [--tail N]` (issue
// 20, item 5): the real binary as a child process against the simulator over HTTP. --tail
// prints the newest lines of the history for the first replica (named on standard error);
// --follow streams the live log until the server ends it; without the history route the
// recent lines come from the live log's replay; an unknown replica, a Ray cluster and a bad
// --since get their exit codes.
#include "app/simulator/simulatedlogs.h"
#include "app/simulator/simulatorpopulation.h"
#include "app/simulator/workspacesimulator.h"
#include "tests/support/cliprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace std::chrono_literals;

namespace {

const QString kToken = QStringLiteral("tok-clilogs-93c1e0d4");

QStringList outLines(const CliRun &run)
{
    return run.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

class TestCliLogs : public QObject
{
    Q_OBJECT

    QString m_cli;
    QTemporaryDir m_home;
    QTemporaryDir m_data;
    std::unique_ptr<WorkspaceSimulator> m_sim;

    CliRun logs(const QStringList &extra)
    {
        return CliProcess::run(m_cli,
                               QStringList{QStringLiteral("logs")} + extra + QStringList{QStringLiteral("--data-dir"), m_data.path()},
                               CliProcess::environment(m_home.path(), m_sim->workspaceId(), kToken, m_sim->baseUrl()), {}, 60s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cli = CliProcess::program();
        QVERIFY2(QFile::exists(m_cli), qPrintable(m_cli));
        QVERIFY(m_home.isValid() && m_data.isValid());
    }

    void init()
    {
        m_sim = std::make_unique<WorkspaceSimulator>();
        m_sim->setToken(kToken);
        DeploymentRecipe chat;
        chat.name = QStringLiteral("chat");
        chat.minReplicas = 2;
        chat.maxReplicas = 2;
        m_sim->setDeployments({SimulatorPopulation::make(chat)});
        m_sim->logs()->setLinesPerSecond(20);
        QVERIFY(m_sim->listen());
    }

    void cleanup() { m_sim.reset(); }

    void tailPrintsTheNewestHistoryLinesOfTheFirstReplica()
    {
        const CliRun run = logs({QStringLiteral("chat"), QStringLiteral("--tail"), QStringLiteral("3")});
        QVERIFY2(run.finished && run.exitCode == 0, run.describe().constData());
        QVERIFY2(run.errText().startsWith(QStringLiteral("Replica chat-")), run.describe().constData());
        QVERIFY2(run.errText().contains(QStringLiteral("1 of 2")), run.describe().constData());
        const QString replica = run.errText().section(QLatin1Char(' '), 1, 1).trimmed();
        const QStringList served = m_sim->logs()->lines(QStringLiteral("chat"), replica);
        QVERIFY(served.size() >= 3);
        QCOMPARE(outLines(run), served.mid(served.size() - 3));
        QCOMPARE(m_sim->requests().last().query.queryItemValue(QStringLiteral("replica")), replica);
        QCOMPARE(m_sim->requests().last().query.queryItemValue(QStringLiteral("limit")), QStringLiteral("3"));
    }

    void followStreamsUntilTheServerEnds()
    {
        m_sim->logs()->setStreamLineLimit(6);
        m_sim->logs()->setSplitLines(true);
        const CliRun run = logs({QStringLiteral("chat"), QStringLiteral("--follow")});
        QVERIFY2(run.finished && run.exitCode == 0, run.describe().constData());
        const QString replica = run.errText().section(QLatin1Char(' '), 1, 1).trimmed();
        const QStringList served = m_sim->logs()->lines(QStringLiteral("chat"), replica);
        // The replay, then the six new lines the server wrote before it ended the stream.
        QCOMPARE(outLines(run), served);
        QVERIFY(served.last().contains(QStringLiteral(" request 6:")));
    }

    void followAfterTailDoesNotRepeatTheHistory()
    {
        m_sim->logs()->setStreamLineLimit(4);
        const CliRun run = logs({QStringLiteral("chat"), QStringLiteral("--follow"), QStringLiteral("--tail"), QStringLiteral("2")});
        QVERIFY2(run.finished && run.exitCode == 0, run.describe().constData());
        const QString replica = run.errText().section(QLatin1Char(' '), 1, 1).trimmed();
        const QStringList served = m_sim->logs()->lines(QStringLiteral("chat"), replica);
        // Two lines of history, then only what the stream brought that was new: nothing twice.
        const QStringList printed = outLines(run);
        QCOMPARE(QSet<QString>(printed.cbegin(), printed.cend()).size(), printed.size());
        QCOMPARE(printed, served.mid(served.size() - 6));
    }

    void withoutHistoryTheReplayIsTheRecentLog()
    {
        m_sim->logs()->setHistoryOffered(false);
        m_sim->logs()->setLinesPerSecond(0);
        const CliRun run = logs({QStringLiteral("chat"), QStringLiteral("--tail"), QStringLiteral("2")});
        QVERIFY2(run.finished && run.exitCode == 0, run.describe().constData());
        QVERIFY2(run.errText().contains(QStringLiteral("does not offer log history")), run.describe().constData());
        const QString replica = run.errText().section(QLatin1Char(' '), 1, 1).trimmed();
        const QStringList served = m_sim->logs()->lines(QStringLiteral("chat"), replica);
        QCOMPARE(outLines(run), served.mid(served.size() - 2));
    }

    void anUnknownReplicaIsNotFound()
    {
        const CliRun run = logs({QStringLiteral("chat"), QStringLiteral("--replica"), QStringLiteral("nope")});
        QVERIFY2(run.finished && run.exitCode == 4, run.describe().constData());
        QVERIFY2(run.oneErrorLine() && run.errText().contains(QStringLiteral("no replica nope")), run.describe().constData());
    }

    void anUnknownDeploymentIsNotFound()
    {
        const CliRun run = logs({QStringLiteral("nosuch"), QStringLiteral("--tail"), QStringLiteral("1")});
        QVERIFY2(run.finished && run.exitCode == 4, run.describe().constData());
    }

    void aBadSinceIsUsage()
    {
        const CliRun run = logs({QStringLiteral("chat"), QStringLiteral("--since"), QStringLiteral("soon")});
        QVERIFY2(run.finished && run.exitCode == 2, run.describe().constData());
        QVERIFY2(run.errText().contains(QStringLiteral("--since")), run.describe().constData());
    }
};

QTEST_GUILESS_MAIN(TestCliLogs)
#include "tst_clilogs.moc"
