// The pause ledger's contract under real concurrency and interruption, with the built
// lepton-console-cli as child processes against the workspace simulator (in this process, on
// 127.0.0.1, with latency like a real server's):
//  - every pause that reached the server has exactly one open entry holding the values from
//    before the first pause;
//  - every note accepted with exit 0 is stored;
//  - no exit 0 ever hides a failed write;
//  - an interrupted pause or resume is settled by the next command, never taken for a change
//    made on the server (a false exit 5), and a pause resumed outside the console is closed.
//
// While children run this process keeps its event loop turning (QTest::qWaitFor), so the
// simulator answers.
#include "app/storage/sqlite/notestable.h"
#include "app/storage/sqlite/ledgertable.h"
#include "app/storage/sqlite/localdatabase.h"
#include "app/simulator/simulatorpopulation.h"
#include "app/simulator/workspacesimulator.h"
#include "tests/support/cliprocess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace std::chrono_literals;
using Fault = WorkspaceSimulator::Fault;

namespace {

const QString kWorkspace = QStringLiteral("demo");
const QString kToken = QStringLiteral("tok-race-5e1f0a77");
const QString kName = QStringLiteral("race");
enum Exit { Ok = 0, Conflict = 5, LocalStore = 8 };

QJsonObject resourcesOf(const QJsonObject &deployment)
{
    return deployment.value(QStringLiteral("spec")).toObject().value(QStringLiteral("resource_requirement")).toObject();
}

QJsonValue autoScalerOf(const QJsonObject &deployment)
{
    return deployment.value(QStringLiteral("spec")).toObject().value(QStringLiteral("auto_scaler"));
}

} // namespace

class TestPauseRace : public QObject
{
    Q_OBJECT

    QString m_cli;
    QTemporaryDir m_home;
    std::unique_ptr<WorkspaceSimulator> m_sim;
    std::unique_ptr<QTemporaryDir> m_dataDir;
    QJsonObject m_original; // the deployment as created: what every resume must give back

    QString databasePath() const { return QDir(m_dataDir->path()).filePath(QLatin1String(LocalDatabase::FileName)); }

    QProcessEnvironment environment() const
    {
        return CliProcess::environment(m_home.path(), kWorkspace, kToken, m_sim->baseUrl());
    }

    // Starts lepton-console-cli with `arguments` and the test's data folder; owned by `parent`.
    QProcess *start(const QStringList &arguments, QObject *parent)
    {
        return CliProcess::start(m_cli, arguments + QStringList {QStringLiteral("--data-dir"), m_dataDir->path()}, environment(), parent);
    }

    static bool finished(const QProcess *process) { return process->state() == QProcess::NotRunning; }

    CliRun run(const QStringList &arguments)
    {
        return CliProcess::run(m_cli, arguments + QStringList {QStringLiteral("--data-dir"), m_dataDir->path()}, environment());
    }

    int serverMin() const
    {
        return resourcesOf(m_sim->deployment(kName)).value(QStringLiteral("min_replicas")).toInt(-1);
    }

    // The contract, checked on the simulator and the database file: an empty string when kept.
    QString contractBroken(LedgerTable &ledger)
    {
        const QList<PauseEntry> open = ledger.openEntries(kWorkspace);
        if (!ledger.lastError().isEmpty())
            return QStringLiteral("ledger unreadable: ") + ledger.lastError();
        const QJsonObject now = m_sim->deployment(kName);
        if (serverMin() == 0) {
            if (open.size() != 1)
                return QStringLiteral("paused on the server with %1 open entries").arg(open.size());
            const PauseEntry &entry = open.first();
            if (entry.savedMinReplicas != 2 || entry.savedMaxReplicas != std::optional<int>(4) || !entry.hadAutoScaler
                || entry.savedAutoScaler != autoScalerOf(m_original).toObject())
                return QStringLiteral("the open entry holds other values (min %1)").arg(entry.savedMinReplicas);
            return QString();
        }
        if (resourcesOf(now) != resourcesOf(m_original) || autoScalerOf(now) != autoScalerOf(m_original))
            return QStringLiteral("running with other values: %1")
                .arg(QString::fromUtf8(QJsonDocument(resourcesOf(now)).toJson(QJsonDocument::Compact)));
        if (!open.isEmpty())
            return QStringLiteral("running with an open %1 entry").arg(PauseEntry::stateToString(open.first().state));
        return QString();
    }

    // Waits until the simulator has seen a request matching method and path.
    bool sawRequest(const QByteArray &method, const QString &pathEnd, int timeoutMs = 10000)
    {
        return QTest::qWaitFor([&] {
            for (const auto &request : m_sim->requests())
                if (request.method == method && request.path.endsWith(pathEnd))
                    return true;
            return false;
        }, timeoutMs);
    }

    void killDuring(const QStringList &arguments, const QByteArray &method)
    {
        QObject scope;
        m_sim->clearRequests();
        QProcess *process = start(arguments, &scope);
        QVERIFY(sawRequest(method, QLatin1Char('/') + kName));
        process->kill();
        QVERIFY(process->waitForFinished(5000));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_cli = CliProcess::program();
        QVERIFY2(QFile::exists(m_cli), qPrintable(QStringLiteral("lepton-console-cli not found at \"%1\" (set LEPTON_CLI)").arg(m_cli)));
        QVERIFY(m_home.isValid());
        QVERIFY(QDir(m_home.path()).mkpath(QStringLiteral("config")));
        QVERIFY(QDir(m_home.path()).mkpath(QStringLiteral("data")));
    }

    void init()
    {
        m_sim = std::make_unique<WorkspaceSimulator>();
        m_sim->setWorkspaceId(kWorkspace);
        m_sim->setToken(kToken);
        m_sim->setTransitionDelay(40ms);
        DeploymentRecipe recipe;
        recipe.name = kName;
        recipe.minReplicas = 2;
        recipe.maxReplicas = 4;
        recipe.autoscale = SimulatedAutoscale::GpuUtilization;
        m_original = SimulatorPopulation::make(recipe);
        m_sim->setDeployments({m_original});
        QVERIFY(m_sim->listen());
        m_dataDir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dataDir->isValid());
    }

    void cleanup()
    {
        m_sim.reset();
        m_dataDir.reset();
    }

    // `pause X` and `resume X` started close together, over and over, on a slow server: the
    // saved replicas are never lost, and no resume is refused as "changed while paused".
    void pauseRacingResumeLosesNothing()
    {
        const quint32 seed = qEnvironmentVariableIsSet("TST_PAUSERACE_SEED")
            ? qEnvironmentVariable("TST_PAUSERACE_SEED").toUInt() : QRandomGenerator::global()->generate();
        qInfo("seed %u (set TST_PAUSERACE_SEED to replay)", seed);
        QRandomGenerator rng(seed);
        m_sim->setLatency(30ms);
        const int maxRounds = qEnvironmentVariableIntValue("TST_PAUSERACE_ROUNDS") > 0
            ? qEnvironmentVariableIntValue("TST_PAUSERACE_ROUNDS") : 200;
        // Bounded by count and by time (TST_PAUSERACE_BUDGET_MS for a longer run).
        const qint64 kBudgetMs = qEnvironmentVariableIntValue("TST_PAUSERACE_BUDGET_MS") > 0
            ? qEnvironmentVariableIntValue("TST_PAUSERACE_BUDGET_MS") : 35000;
        constexpr int kMinimumRounds = 25;

        LocalDatabase db(databasePath());
        QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
        LedgerTable ledger(db);

        QElapsedTimer budget;
        budget.start();
        int rounds = 0;
        int lost = 0;
        int falseConflicts = 0;
        int otherFailures = 0;
        int endedPaused = 0;
        QString firstProblem;
        for (; rounds < maxRounds && (budget.elapsed() < kBudgetMs || rounds < kMinimumRounds); ++rounds) {
            QObject scope;
            const bool pauseFirst = rng.bounded(2) == 0;
            const int offsetMs = rng.bounded(0, 80);
            const QStringList first {pauseFirst ? QStringLiteral("pause") : QStringLiteral("resume"), kName};
            const QStringList second {pauseFirst ? QStringLiteral("resume") : QStringLiteral("pause"), kName};
            QProcess *a = start(first, &scope);
            QElapsedTimer spacing;
            spacing.start();
            (void)QTest::qWaitFor([&] { return spacing.elapsed() >= offsetMs; }, offsetMs + 1000);
            QProcess *b = start(second, &scope);
            QVERIFY(QTest::qWaitFor([&] { return finished(a) && finished(b); }, 60000));
            for (QProcess *p : {a, b}) {
                const QString err = QString::fromUtf8(p->readAllStandardError());
                const int code = p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1;
                if (code == Conflict)
                    ++falseConflicts;
                else if (code != Ok)
                    ++otherFailures;
                if (code != Ok && firstProblem.isEmpty())
                    firstProblem = QStringLiteral("round %1: %2 exited %3: %4").arg(rounds).arg(p->arguments().first()).arg(code).arg(err);
            }
            const QString broken = contractBroken(ledger);
            if (!broken.isEmpty()) {
                ++lost;
                if (firstProblem.isEmpty())
                    firstProblem = QStringLiteral("round %1 (%2 first, +%3 ms): %4")
                                       .arg(rounds).arg(first.first()).arg(offsetMs).arg(broken);
                // Start the next round from a known state.
                m_sim->setDeployments({m_original});
                QSqlQuery reset(db.connection());
                QVERIFY(reset.exec(QStringLiteral("UPDATE pause_ledger SET state = 'abandoned' WHERE state IN ('pending', 'active')")));
            }
            endedPaused += serverMin() == 0 ? 1 : 0;
        }
        qInfo("%d rounds in %lld ms: %d ended paused, %d lost saved values, %d false exit 5, %d other failures",
              rounds, budget.elapsed(), endedPaused, lost, falseConflicts, otherFailures);
        QVERIFY2(lost == 0 && falseConflicts == 0 && otherFailures == 0, qPrintable(firstProblem));
        QVERIFY(rounds >= kMinimumRounds);
    }

    // Eight `pause X --note` at once: each that exits 0 has its note stored.
    void concurrentPausesKeepEveryNote()
    {
        m_sim->setLatency(30ms);
        constexpr int kProcesses = 8;
        constexpr int kMaxRounds = 5;
        constexpr qint64 kBudgetMs = 20000;
        QElapsedTimer budget;
        budget.start();
        QStringList accepted;
        QStringList refusals;
        int refused = 0;
        int rounds = 0;
        for (; rounds < kMaxRounds && (rounds < 2 || budget.elapsed() < kBudgetMs); ++rounds) {
            QObject scope;
            QList<QProcess *> processes;
            QStringList texts;
            for (int i = 0; i < kProcesses; ++i) {
                texts << QStringLiteral("round %1 note %2 from process %2").arg(rounds).arg(i);
                processes << start({QStringLiteral("pause"), kName, QStringLiteral("--note"), texts.last()}, &scope);
            }
            QVERIFY(QTest::qWaitFor([&] { return std::all_of(processes.cbegin(), processes.cend(), finished); }, 60000));
            for (int i = 0; i < kProcesses; ++i) {
                if (processes.at(i)->exitStatus() == QProcess::NormalExit && processes.at(i)->exitCode() == Ok) {
                    accepted << texts.at(i);
                } else {
                    ++refused;
                    refusals << QStringLiteral("exit %1: %2").arg(processes.at(i)->exitCode())
                                    .arg(QString::fromUtf8(processes.at(i)->readAllStandardError()).trimmed());
                }
            }
            const CliRun resumed = run({QStringLiteral("resume"), kName});
            QVERIFY2(resumed.exitCode == Ok, qPrintable(resumed.errText()));
        }
        LocalDatabase db(databasePath());
        QVERIFY(db.isOpen());
        NotesTable notes(db);
        QStringList stored;
        for (const Note &note : notes.history(kWorkspace, kName))
            stored << note.text;
        QStringList missing;
        for (const QString &text : std::as_const(accepted))
            if (!stored.contains(text))
                missing << text;
        qInfo("%d rounds of %d pauses with a note: %lld accepted, %d refused, %lld lost",
              rounds, kProcesses, accepted.size(), refused, missing.size());
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
        QVERIFY2(refused == 0, qPrintable(refusals.join(QStringLiteral("; "))));
    }

    // A resume killed after its PATCH landed: the next resume settles it (no false "changed
    // while paused"), and `paused` no longer lists it.
    void killedResumeIsSettledByTheNextCommand()
    {
        QCOMPARE(run({QStringLiteral("pause"), kName}).exitCode, int(Ok));
        Fault hang = Fault::ofKind(Fault::Kind::Hang).on("PATCH", QStringLiteral("/deployments/%1$").arg(kName));
        hang.applyRequest = true; // the backend restores, the answer never comes
        m_sim->injectFault(hang);
        killDuring({QStringLiteral("resume"), kName}, "PATCH");
        QTRY_COMPARE_WITH_TIMEOUT(serverMin(), 2, 5000);

        const CliRun paused = run({QStringLiteral("paused")});
        QCOMPARE(paused.exitCode, int(Ok));
        QVERIFY2(!paused.outText().contains(kName), qPrintable(paused.outText()));
        const CliRun again = run({QStringLiteral("resume"), kName});
        QVERIFY2(again.exitCode == Ok, qPrintable(again.errText()));
        LocalDatabase db(databasePath());
        LedgerTable ledger(db);
        QCOMPARE(contractBroken(ledger), QString());
        QCOMPARE(ledger.history(kWorkspace, kName).first().state, PauseEntry::State::Closed);
    }

    // A pause killed after its PATCH landed: the next command finds it paused, and resume
    // brings back exactly what it had.
    void killedPauseThatLandedIsSettled()
    {
        Fault hang = Fault::ofKind(Fault::Kind::Hang).on("PATCH", QStringLiteral("/deployments/%1$").arg(kName));
        hang.applyRequest = true;
        m_sim->injectFault(hang);
        killDuring({QStringLiteral("pause"), kName}, "PATCH");
        QCOMPARE(serverMin(), 0);
        const CliRun paused = run({QStringLiteral("paused"), QStringLiteral("--csv")});
        QCOMPARE(paused.exitCode, int(Ok));
        QVERIFY2(paused.outText().contains(QStringLiteral("%1,ci-bot,").arg(kName)) && paused.outText().contains(QLatin1String(",active,")),
                 qPrintable(paused.outText()));
        const CliRun resumed = run({QStringLiteral("resume"), kName});
        QVERIFY2(resumed.exitCode == Ok, qPrintable(resumed.errText()));
        QCOMPARE(resourcesOf(m_sim->deployment(kName)), resourcesOf(m_original));
        QCOMPARE(autoScalerOf(m_sim->deployment(kName)), autoScalerOf(m_original));
    }

    // A pause killed before its PATCH reached the server: resume is not refused as "changed
    // while paused"; the deployment is not paused, and nothing is sent.
    void killedPauseThatNeverLandedIsNotAConflict()
    {
        m_sim->injectFault(Fault::ofKind(Fault::Kind::Hang).on("PATCH", QStringLiteral("/deployments/%1$").arg(kName)));
        killDuring({QStringLiteral("pause"), kName}, "PATCH");
        m_sim->clearFaults();
        QCOMPARE(serverMin(), 2);
        m_sim->clearRequests();
        const CliRun resumed = run({QStringLiteral("resume"), kName});
        QVERIFY2(resumed.exitCode == Ok, qPrintable(resumed.errText() + resumed.outText()));
        QVERIFY2(resumed.outText().contains(QLatin1String("not paused")), qPrintable(resumed.outText()));
        for (const auto &request : m_sim->requests())
            QVERIFY(request.method != "PATCH");
        // And pausing again works, keeping the values from before the first pause.
        QCOMPARE(run({QStringLiteral("pause"), kName}).exitCode, int(Ok));
        LocalDatabase db(databasePath());
        LedgerTable ledger(db);
        QCOMPARE(contractBroken(ledger), QString());
    }

    // Resumed on the server by someone else: the next command closes the pause as resumed
    // outside the console, with who did it, and keeps it as history.
    void resumedOutsideIsClosedByTheNextCommand()
    {
        QCOMPARE(run({QStringLiteral("pause"), kName}).exitCode, int(Ok));
        QString error;
        QVERIFY2(m_sim->applyOutsideChange(kName, {{"spec", QJsonObject {{"resource_requirement", QJsonObject {{"min_replicas", 3}}}}}},
                                           QStringLiteral("bob@example.com"), &error), qPrintable(error));
        const CliRun listed = run({QStringLiteral("list")});
        QCOMPARE(listed.exitCode, int(Ok));
        QVERIFY2(!listed.outText().contains(QLatin1String("Paused")), qPrintable(listed.outText()));
        const CliRun paused = run({QStringLiteral("paused")});
        QVERIFY2(!paused.outText().contains(kName), qPrintable(paused.outText()));
        LocalDatabase db(databasePath());
        LedgerTable ledger(db);
        QVERIFY(!ledger.openEntry(kWorkspace, kName).has_value());
        const PauseEntry closed = ledger.history(kWorkspace, kName).first();
        QCOMPARE(closed.state, PauseEntry::State::Closed);
        QVERIFY2(closed.closedBy.contains(QLatin1String("bob@example.com")), qPrintable(closed.closedBy));
        // Resume now has nothing to do and says so without a conflict.
        const CliRun resumed = run({QStringLiteral("resume"), kName});
        QVERIFY2(resumed.exitCode == Ok, qPrintable(resumed.errText()));
    }

    // The ledger cannot record the resume (another program holds the database's write lock):
    // the resume reached the server, but the exit code says the write failed; the next
    // command settles the entry.
    void resumeWithAFailedLedgerWriteIsNotExitZero()
    {
        QCOMPARE(run({QStringLiteral("pause"), kName}).exitCode, int(Ok));
        LocalDatabase other(databasePath());
        QVERIFY(other.isOpen());
        QSqlQuery lock(other.connection());
        bool locked = false;
        connect(m_sim.get(), &WorkspaceSimulator::requestReceived, this, [&](const QByteArray &method, const QString &) {
            if (method == "PATCH" && !locked)
                locked = lock.exec(QStringLiteral("BEGIN EXCLUSIVE"))
                    && lock.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('held-by', 'another program')"));
        });
        const CliRun resumed = run({QStringLiteral("resume"), kName});
        QVERIFY(locked);
        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        QVERIFY2(resumed.exitCode == LocalStore, qPrintable(QStringLiteral("exit %1: %2%3").arg(resumed.exitCode).arg(resumed.outText(), resumed.errText())));
        QCOMPARE(serverMin(), 2);
        const CliRun paused = run({QStringLiteral("paused")});
        QVERIFY2(!paused.outText().contains(kName), qPrintable(paused.outText()));
        LedgerTable ledger(other);
        QCOMPARE(contractBroken(ledger), QString());
    }
};

QTEST_GUILESS_MAIN(TestPauseRace)
#include "tst_pauserace.moc"
