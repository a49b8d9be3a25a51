// lepton-console-cli end to end: the CLI runs as a child process against the workspace
// simulator, which runs here in the test process on 127.0.0.1. While a child runs, this
// process keeps its event loop turning (QEventLoop on QProcess::finished), so the simulator
// answers; QProcess::waitForFinished() would block it.
#include "app/deployments/deploymentpoller.h"
#include "app/storage/sqlite/sqlitestorage.h"
#include "app/deployments/deploymenttablemodel.h"
#include "app/deployments/deploymentsettings.h"
#include "app/api/leptonclient.h"
#include "app/storage/sqlite/localdatabase.h"
#include "app/storage/sqlite/notestable.h"
#include "app/pause/pausecontroller.h"
#include "app/pause/pausedsettingseditor.h"
#include "app/storage/sqlite/ledgertable.h"
#include "app/simulator/simulatorpopulation.h"
#include "app/workspaces/workspaceregistry.h"
#include "app/workspaces/workspacesession.h"
#include "app/simulator/workspacesimulator.h"
#include "tests/support/cliprocess.h"
#include "tests/support/recipewithreplicas.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QTest>
#include <QTimer>

#include <memory>
#include <optional>

using namespace std::chrono_literals;

namespace {

// Distinctive, so a leak is easy to find in any output.
const QString kToken = QStringLiteral("tok-S3CRET-cli-7f3a9b21");
const QString kWrongToken = QStringLiteral("tok-WR0NG-cli-0d1e2f33");
const QString kWorkspace = QStringLiteral("demo");

// Exit codes, as documented (app/cli/exitcode.h); repeated here on purpose: the test pins
// the documented numbers.
enum Exit { Ok = 0, Usage = 2, Unauthorized = 3, NotFound = 4, Conflict = 5, ServerError = 6, WaitTimeout = 7, LocalStore = 8 };


QJsonObject specOf(const QJsonObject &deployment)
{
    return deployment.value(QStringLiteral("spec")).toObject();
}

QJsonObject resourcesOf(const QJsonObject &deployment)
{
    return specOf(deployment).value(QStringLiteral("resource_requirement")).toObject();
}

// Sets spec.resource_requirement.`key` of the deployment `name` on the simulator, as someone
// outside the console would.
void setResource(WorkspaceSimulator &simulator, const QString &name, const QString &key, int value)
{
    QJsonObject deployment = simulator.deployment(name);
    QJsonObject spec = specOf(deployment);
    QJsonObject resources = spec.value(QStringLiteral("resource_requirement")).toObject();
    resources.insert(key, value);
    spec.insert(QStringLiteral("resource_requirement"), resources);
    deployment.insert(QStringLiteral("spec"), spec);
    simulator.setDeployment(deployment);
}

QString stateOf(const QJsonObject &deployment)
{
    return deployment.value(QStringLiteral("status")).toObject().value(QStringLiteral("state")).toString();
}

QList<QJsonObject> population()
{
    QList<QJsonObject> list;
    DeploymentRecipe chat = recipeWithReplicas(QStringLiteral("chat"), 1, 3);
    chat.autoscale = SimulatedAutoscale::Throughput;
    chat.qpm = 120.5;
    list << SimulatorPopulation::make(chat);

    DeploymentRecipe bare; // no max_replicas, no auto_scaler block
    bare.name = QStringLiteral("bare");
    bare.minReplicas = 2;
    bare.maxReplicas = -1;
    bare.autoscale = SimulatedAutoscale::None;
    list << SimulatorPopulation::make(bare);

    DeploymentRecipe gpu = recipeWithReplicas(QStringLiteral("gpu-batch"), 1, 4);
    gpu.autoscale = SimulatedAutoscale::GpuUtilization;
    list << SimulatorPopulation::make(gpu);

    DeploymentRecipe stopped; // stopped outside the console: no ledger entry
    stopped.name = QStringLiteral("stopped-outside");
    stopped.minReplicas = 0;
    stopped.maxReplicas = 1;
    stopped.state = QStringLiteral("Stopped");
    list << SimulatorPopulation::make(stopped);

    DeploymentRecipe pod;
    pod.name = QStringLiteral("dev-pod");
    pod.isPod = true;
    list << SimulatorPopulation::make(pod);
    return list;
}

// The README's promise for every time in --json output: UTC, ISO 8601 with milliseconds,
// "2026-07-09T18:00:00.000Z". Empty when `text` keeps it, else what is wrong.
QString notUtcWithMilliseconds(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$"));
    if (!shape.match(text).hasMatch())
        return QStringLiteral("\"%1\" is not YYYY-MM-DDThh:mm:ss.zzzZ").arg(text);
    const QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid() || at.timeSpec() != Qt::UTC)
        return QStringLiteral("\"%1\" does not parse as a UTC time").arg(text);
    return QString();
}

// Every value under a key ending in "_at", anywhere in `value`, as "path=value".
void collectTimes(const QJsonValue &value, const QString &path, QStringList *times)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key().endsWith(QLatin1String("_at")) && !it.value().isNull())
                times->append(path + QLatin1Char('.') + it.key() + QLatin1Char('=') + it.value().toString());
            collectTimes(it.value(), path + QLatin1Char('.') + it.key(), times);
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (int i = 0; i < array.size(); ++i)
            collectTimes(array.at(i), path + QStringLiteral("[%1]").arg(i), times);
    }
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void help_data();
    void help();
    void usageErrors();
    void listText();
    void listJson();
    void status();
    void pauseThenResumeRestoresExactly_data();
    void pauseThenResumeRestoresExactly();
    void pauseAndResumeJson();
    void doublePauseKeepsFirstValues();
    void resumeAfterOutsideChange();
    void resumeStoppedOutsideNeedsReplicas();
    void resumeNotPausedIsDone();
    void waitReachesState();
    void unknownDeployment();
    void badToken();
    void unreachableServer();
    void waitTimeout();
    void paused();
    void humanTextUsesRealPlurals();
    void notes();
    void windowSeesCliPauseAndResumes();
    void cliResumesWindowPause();
    void exportImportRoundTrip();
    void tokenFromStdin();
    void savedWorkspace();
    void setReplicasWhilePaused();
    void setReplicasRunning();
    void imageEditWhilePausedIsNotAnOutsideChange();
    void dataDirIsShared();
    void localStoreError();
    // Last: checks what every run above printed.
    void tokenAppearsInNoOutput();

private:
    QProcessEnvironment environment() const;
    CliRun run(const QStringList &arguments, const QProcessEnvironment &env = {}, const QByteArray &input = {});
    CliRun cli(const QStringList &arguments) { return run(arguments + QStringList {QStringLiteral("--data-dir"), m_dataDir->path()}); }
    QString databasePath(const QTemporaryDir &dir) const { return QDir(dir.path()).filePath(QLatin1String(LocalDatabase::FileName)); }
    bool waitForState(const QString &name, const QString &state, int timeoutMs = 10000);

    QString m_cli;
    QTemporaryDir m_home;
    std::unique_ptr<WorkspaceSimulator> m_simulator;
    std::unique_ptr<QTemporaryDir> m_dataDir;
    QList<QByteArray> m_outputs; // every stdout and stderr of every run
};

void TestCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_cli = CliProcess::program();
    QVERIFY2(QFile::exists(m_cli), qPrintable(QStringLiteral("lepton-console-cli not found at %1 (set LEPTON_CLI)").arg(m_cli)));
    QVERIFY(m_home.isValid());
    QVERIFY(QDir(m_home.path()).mkpath(QStringLiteral("config")));
    QVERIFY(QDir(m_home.path()).mkpath(QStringLiteral("data")));
}

void TestCli::init()
{
    m_simulator = std::make_unique<WorkspaceSimulator>();
    m_simulator->setWorkspaceId(kWorkspace);
    m_simulator->setToken(kToken);
    m_simulator->setTransitionDelay(50ms);
    m_simulator->setDeployments(population());
    QVERIFY(m_simulator->listen());
    m_dataDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dataDir->isValid());
}

void TestCli::cleanup()
{
    m_simulator.reset();
    m_dataDir.reset();
}

QProcessEnvironment TestCli::environment() const
{
    return CliProcess::environment(m_home.path(), kWorkspace, kToken, m_simulator->baseUrl());
}

CliRun TestCli::run(const QStringList &arguments, const QProcessEnvironment &env, const QByteArray &input)
{
    const CliRun result = CliProcess::run(m_cli, arguments, env.isEmpty() ? environment() : env, input);
    m_outputs << result.out << result.err; // every stdout and stderr, for tokenAppearsInNoOutput()
    return result;
}

bool TestCli::waitForState(const QString &name, const QString &state, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (stateOf(m_simulator->deployment(name)) != state) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QTest::qWait(20);
    }
    return true;
}

// --- command line ---------------------------------------------------------------------

void TestCli::help_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("global") << QStringList {QStringLiteral("--help")} << QStringLiteral("Exit codes:");
    QTest::newRow("help") << QStringList {QStringLiteral("help")} << QStringLiteral("import-ledger");
    for (const char *command : {"list", "status", "pause", "resume", "paused", "notes", "set-replicas",
                                "export-ledger", "import-ledger"}) {
        QTest::newRow(command) << QStringList {QString::fromLatin1(command), QStringLiteral("--help")}
                               << QStringLiteral("Usage: lepton-console-cli %1 [options]").arg(QLatin1String(command));
    }
    QTest::newRow("help pause") << QStringList {QStringLiteral("help"), QStringLiteral("pause")} << QStringLiteral("--remind-on");
}

void TestCli::help()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const CliRun r = run(arguments);
    QCOMPARE(r.exitCode, int(Ok));
    QVERIFY2(r.outText().contains(expected), r.out.constData());
    QVERIFY(r.err.isEmpty());
}

void TestCli::usageErrors()
{
    const QList<QStringList> cases {
        {},
        {QStringLiteral("frobnicate")},
        {QStringLiteral("pause")},
        {QStringLiteral("status")},
        {QStringLiteral("list"), QStringLiteral("--no-such-option")},
        {QStringLiteral("pause"), QStringLiteral("chat"), QStringLiteral("--remind-on"), QStringLiteral("tomorrow")},
        {QStringLiteral("pause"), QStringLiteral("chat"), QStringLiteral("--wait"), QStringLiteral("--timeout"), QStringLiteral("soon")},
        {QStringLiteral("resume"), QStringLiteral("chat"), QStringLiteral("--replicas"), QStringLiteral("0")},
        {QStringLiteral("paused"), QStringLiteral("--json"), QStringLiteral("--csv")},
        // A token is never an argument.
        {QStringLiteral("list"), QStringLiteral("--token"), kWrongToken},
    };
    for (const QStringList &arguments : cases) {
        const CliRun r = cli(arguments);
        QVERIFY2(r.exitCode == Usage, qPrintable(arguments.join(QLatin1Char(' ')) + QStringLiteral(" -> ") + QString::number(r.exitCode)));
        QVERIFY2(r.oneErrorLine(), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    // No workspace at all.
    QProcessEnvironment env = environment();
    env.remove(QStringLiteral("LEPTON_WORKSPACE_ID"));
    env.remove(QStringLiteral("LEPTON_WORKSPACE_TOKEN"));
    env.remove(QStringLiteral("LEPTON_WORKSPACE_URL"));
    const CliRun r = run({QStringLiteral("list"), QStringLiteral("--data-dir"), m_dataDir->path()}, env);
    QCOMPARE(r.exitCode, int(Usage));
    QVERIFY(r.oneErrorLine());
    QVERIFY(r.errText().contains(QLatin1String("LEPTON_WORKSPACE_ID")));
}

void TestCli::listText()
{
    const CliRun r = cli({QStringLiteral("list")});
    QCOMPARE(r.exitCode, int(Ok));
    const QStringList lines = r.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5); // header + 4 endpoints; the pod is hidden
    QVERIFY(lines.first().startsWith(QLatin1String("NAME")));
    QVERIFY(lines.first().contains(QLatin1String("STATE")));
    QVERIFY(!r.outText().contains(QLatin1String("dev-pod")));
    QVERIFY(r.outText().contains(QLatin1String("chat")));
    QVERIFY(r.outText().contains(QStringLiteral("1\u20133") /* ReplicaRange: one form, an en dash */));

    QCOMPARE(cli({QStringLiteral("pause"), QStringLiteral("chat"), QStringLiteral("--note"), QStringLiteral("nightly"),
                  QStringLiteral("--wait")}).exitCode, int(Ok));
    const CliRun paused = cli({QStringLiteral("list"), QStringLiteral("--state"), QStringLiteral("paused")});
    QCOMPARE(paused.exitCode, int(Ok));
    const QStringList pausedLines = paused.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(pausedLines.size(), 2);
    QVERIFY(pausedLines.at(1).startsWith(QLatin1String("chat")));
    QVERIFY(pausedLines.at(1).contains(QLatin1String("Paused")));
    QVERIFY(pausedLines.at(1).contains(QLatin1String("ci-bot")));
    QVERIFY(pausedLines.at(1).contains(QLatin1String("nightly")));
}

void TestCli::listJson()
{
    QCOMPARE(cli({QStringLiteral("pause"), QStringLiteral("chat"), QStringLiteral("--note"), QStringLiteral("release 2.3"),
                  QStringLiteral("--remind-on"), QStringLiteral("2031-01-02"), QStringLiteral("--wait")}).exitCode, int(Ok));
    const CliRun r = cli({QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, int(Ok));
    const QJsonObject json = r.json();
    QCOMPARE(json.value(QStringLiteral("workspace_id")).toString(), kWorkspace);
    const QJsonArray deployments = json.value(QStringLiteral("deployments")).toArray();
    QCOMPARE(deployments.size(), 4);
    QHash<QString, QJsonObject> byName;
    for (const QJsonValue &value : deployments)
        byName.insert(value.toObject().value(QStringLiteral("name")).toString(), value.toObject());
    QVERIFY(!byName.contains(QStringLiteral("dev-pod")));

    const QStringList keys {"name", "state", "server_state", "paused", "min_replicas", "max_replicas",
                            "desired_replicas", "shape", "image", "endpoint", "pause", "latest_note", "note_count"};
    for (const QJsonObject &d : std::as_const(byName)) {
        for (const QString &key : keys)
            QVERIFY2(d.contains(key), qPrintable(key));
    }

    const QJsonObject chat = byName.value(QStringLiteral("chat"));
    QCOMPARE(chat.value(QStringLiteral("state")).toString(), QStringLiteral("Paused"));
    QCOMPARE(chat.value(QStringLiteral("server_state")).toString(), QStringLiteral("Stopped"));
    QCOMPARE(chat.value(QStringLiteral("paused")).toBool(), true);
    QCOMPARE(chat.value(QStringLiteral("min_replicas")).toInt(), 0);
    QCOMPARE(chat.value(QStringLiteral("note_count")).toInt(), 1);
    QCOMPARE(chat.value(QStringLiteral("latest_note")).toObject().value(QStringLiteral("text")).toString(), QStringLiteral("release 2.3"));
    const QJsonObject pause = chat.value(QStringLiteral("pause")).toObject();
    QCOMPARE(pause.value(QStringLiteral("state")).toString(), QStringLiteral("active"));
    QCOMPARE(pause.value(QStringLiteral("paused_by")).toString(), QStringLiteral("ci-bot"));
    QCOMPARE(pause.value(QStringLiteral("saved_min_replicas")).toInt(), 1);
    QCOMPARE(pause.value(QStringLiteral("saved_max_replicas")).toInt(), 3);
    QCOMPARE(pause.value(QStringLiteral("remind_on")).toString(), QStringLiteral("2031-01-02"));
    QCOMPARE(pause.value(QStringLiteral("reason")).toString(), QStringLiteral("release 2.3"));
    QVERIFY(pause.value(QStringLiteral("saved_auto_scaler")).isObject());
    // Every time in the answer in the promised form; the pause's is the moment of the pause.
    const QString pausedAt = pause.value(QStringLiteral("paused_at")).toString();
    QVERIFY2(notUtcWithMilliseconds(pausedAt).isEmpty(), qPrintable(notUtcWithMilliseconds(pausedAt)));
    const qint64 age = QDateTime::fromString(pausedAt, Qt::ISODateWithMs).secsTo(QDateTime::currentDateTimeUtc());
    QVERIFY2(age >= -5 && age < 300, qPrintable(pausedAt));
    QStringList times;
    collectTimes(json, QStringLiteral("list"), &times);
    QVERIFY(times.size() >= 2); // the pause's and the note's at least
    for (const QString &time : std::as_const(times)) {
        const QString problem = notUtcWithMilliseconds(time.section(QLatin1Char('='), 1));
        QVERIFY2(problem.isEmpty(), qPrintable(time.section(QLatin1Char('='), 0, 0) + QLatin1String(": ") + problem));
    }

    const QJsonObject bare = byName.value(QStringLiteral("bare"));
    QCOMPARE(bare.value(QStringLiteral("state")).toString(), QStringLiteral("Ready"));
    QCOMPARE(bare.value(QStringLiteral("paused")).toBool(), false);
    QVERIFY(bare.value(QStringLiteral("max_replicas")).isNull());
    QVERIFY(bare.value(QStringLiteral("pause")).isNull());
    QVERIFY(bare.value(QStringLiteral("latest_note")).isNull());

    // The filter works on the JSON too, and on the server's own word.
    const CliRun stopped = cli({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--state"), QStringLiteral("Stopped")});
    QCOMPARE(stopped.exitCode, int(Ok));
    QStringList names;
    for (const QJsonValue &value : stopped.json().value(QStringLiteral("deployments")).toArray())
        names << value.toObject().value(QStringLiteral("name")).toString();
    QCOMPARE(names, (QStringList {QStringLiteral("chat"), QStringLiteral("stopped-outside")}));
}

void TestCli::status()
{
    const CliRun running = cli({QStringLiteral("status"), QStringLiteral("chat")});
    QCOMPARE(running.exitCode, int(Ok));
    QVERIFY(running.outText().contains(QLatin1String("Ready")));
    QVERIFY(running.outText().contains(QStringLiteral("1\u20133") /* ReplicaRange: one form, an en dash */));

    QCOMPARE(cli({QStringLiteral("pause"), QStringLiteral("chat"), QStringLiteral("--note"), QStringLiteral("first"), QStringLiteral("--wait")}).exitCode, int(Ok));
    QCOMPARE(cli({QStringLiteral("notes"), QStringLiteral("chat"), QStringLiteral("--add"), QStringLiteral("second")}).exitCode, int(Ok));

    const CliRun text = cli({QStringLiteral("status"), QStringLiteral("chat")});
    QCOMPARE(text.exitCode, int(Ok));
    QVERIFY(text.outText().contains(QLatin1String("Paused")));
    QVERIFY(text.outText().contains(QLatin1String("Resume brings back:")));
    QVERIFY(text.outText().contains(QLatin1String("first")));
    QVERIFY(text.outText().contains(QLatin1String("second")));

    const CliRun r = cli({QStringLiteral("status"), QStringLiteral("chat"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, int(Ok));
    const QJsonObject json = r.json();
    QCOMPARE(json.value(QStringLiteral("name")).toString(), QStringLiteral("chat"));
    QCOMPARE(json.value(QStringLiteral("workspace_id")).toString(), kWorkspace);
    QCOMPARE(json.value(QStringLiteral("state")).toString(), QStringLiteral("Paused"));
    QCOMPARE(json.value(QStringLiteral("pause")).toObject().value(QStringLiteral("saved_max_replicas")).toInt(), 3);
    QVERIFY(json.value(QStringLiteral("changes_since_pause")).toArray().isEmpty());
    const QJsonArray notes = json.value(QStringLiteral("notes")).toArray();
    QCOMPARE(notes.size(), 2);
    QCOMPARE(notes.at(0).toObject().value(QStringLiteral("text")).toString(), QStringLiteral("second")); // newest first
    QCOMPARE(notes.at(1).toObject().value(QStringLiteral("at_pause")).toBool(), true);
}

// --- pause and resume -----------------------------------------------------------------

void TestCli::pauseThenResumeRestoresExactly_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("min, max and a throughput autoscaler") << QStringLiteral("chat");
    QTest::newRow("no max, no autoscaler") << QStringLiteral("bare");
    QTest::newRow("gpu autoscaler") << QStringLiteral("gpu-batch");
}

void TestCli::pauseThenResumeRestoresExactly()
{
    QFETCH(QString, name);
    const QJsonObject before = m_simulator->deployment(name);
    QVERIFY(!before.isEmpty());

    const CliRun paused = cli({QStringLiteral("pause"), name, QStringLiteral("--note"), QStringLiteral("quiet weekend")});
    QCOMPARE(paused.exitCode, int(Ok));
    QVERIFY2(paused.err.isEmpty(), paused.err.constData());
    QCOMPARE(resourcesOf(m_simulator->deployment(name)).value(QStringLiteral("min_replicas")).toInt(-1), 0);

    // The ledger holds what it had, written by the CLI into the shared database.
    {
        LocalDatabase db(databasePath(*m_dataDir));
        QVERIFY(db.isOpen());
        LedgerTable ledger(db);
        const std::optional<PauseEntry> entry = ledger.openEntry(kWorkspace, name);
        QVERIFY(entry);
        QCOMPARE(entry->state, PauseEntry::State::Active);
        QCOMPARE(entry->savedMinReplicas, resourcesOf(before).value(QStringLiteral("min_replicas")).toInt());
        QCOMPARE(entry->hadAutoScaler, specOf(before).contains(QStringLiteral("auto_scaler")));
        QCOMPARE(entry->pausedBy, QStringLiteral("ci-bot"));
        QCOMPARE(entry->reason, QStringLiteral("quiet weekend"));
    }

    const CliRun resumed = cli({QStringLiteral("resume"), name, QStringLiteral("--wait"), QStringLiteral("--timeout"), QStringLiteral("20")});
    QCOMPARE(resumed.exitCode, int(Ok));
    QVERIFY2(resumed.err.isEmpty(), resumed.err.constData());
    const QJsonObject after = m_simulator->deployment(name);
    QCOMPARE(stateOf(after), QStringLiteral("Ready"));
    // min, max and the autoscaler exactly as before; and nothing else in the spec touched.
    QCOMPARE(resourcesOf(after), resourcesOf(before));
    QCOMPARE(specOf(after).value(QStringLiteral("auto_scaler")), specOf(before).value(QStringLiteral("auto_scaler")));
    QCOMPARE(specOf(after), specOf(before));

    LocalDatabase db(databasePath(*m_dataDir));
    LedgerTable ledger(db);
    QVERIFY(!ledger.openEntry(kWorkspace, name));
    QCOMPARE(ledger.history(kWorkspace, name).value(0).state, PauseEntry::State::Closed);
}

void TestCli::pauseAndResumeJson()
{
    const CliRun paused = cli({QStringLiteral("pause"), QStringLiteral("chat"), QStringLiteral("bare"), QStringLiteral("--json"),
                               QStringLiteral("--wait")});
    QCOMPARE(paused.exitCode, int(Ok));
    QJsonObject json = paused.json();
    QCOMPARE(json.value(QStringLiteral("exit_code")).toInt(-1), 0);
    QJsonArray results = json.value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 2);
    for (const QJsonValue &value : results) {
        const QJsonObject result = value.toObject();
        for (const char *key : {"name", "outcome", "exit_code", "message", "error", "changes", "pause", "waited", "reached", "server_state"})
            QVERIFY2(result.contains(QLatin1String(key)), key);
        QCOMPARE(result.value(QStringLiteral("outcome")).toString(), QStringLiteral("paused"));
        QCOMPARE(result.value(QStringLiteral("waited")).toBool(), true);
        QCOMPARE(result.value(QStringLiteral("reached")).toBool(), true);
        QCOMPARE(result.value(QStringLiteral("server_state")).toString(), QStringLiteral("Stopped"));
        QVERIFY(result.value(QStringLiteral("error")).isNull());
    }
    QCOMPARE(results.at(0).toObject().value(QStringLiteral("pause")).toObject().value(QStringLiteral("saved_max_replicas")).toInt(), 3);
    QVERIFY(results.at(1).toObject().value(QStringLiteral("pause")).toObject().value(QStringLiteral("saved_max_replicas")).isNull());

    // One unknown among known ones: the others are done, the exit code is the failure's.
    const CliRun resumed = cli({QStringLiteral("resume"), QStringLiteral("chat"), QStringLiteral("nope"), QStringLiteral("bare"),
                                QStringLiteral("--json")});
    QCOMPARE(resumed.exitCode, int(NotFound));
    json = resumed.json();
    QCOMPARE(json.value(QStringLiteral("exit_code")).toInt(), int(NotFound));
    results = json.value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 3);
    QCOMPARE(results.at(0).toObject().value(QStringLiteral("outcome")).toString(), QStringLiteral("resumed"));
    QCOMPARE(results.at(0).toObject().value(QStringLiteral("pause")).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("closed"));
    QCOMPARE(results.at(1).toObject().value(QStringLiteral("outcome")).toString(), QStringLiteral("failed"));
    QCOMPARE(results.at(1).toObject().value(QStringLiteral("exit_code")).toInt(), int(NotFound));
    QCOMPARE(results.at(1).toObject().value(QStringLiteral("error")).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("not-found"));
    QCOMPARE(results.at(2).toObject().value(QStringLiteral("outcome")).toString(), QStringLiteral("resumed"));
    QVERIFY(resumed.oneErrorLine());
    QCOMPARE(resourcesOf(m_simulator->deployment(QStringLiteral("bare"))).value(QStringLiteral("min_replicas")).toInt(), 2);
}

void TestCli::doublePauseKeepsFirstValues()
{
    QCOMPARE(cli({QStringLiteral("pause"), QStringLiteral("chat"), QStringLiteral("--note"), QStringLiteral("first"), QStringLiteral("--wait")}).exitCode, int(Ok));
    // Someone raises the max while it is paused; a second pause must not save that.
    setResource(*m_simulator, QStringLiteral("chat"), QStringLiteral("max_replicas"), 7);

    const CliRun second = cli({QStringLiteral("pause"), QStringLiteral("chat"), QStringLiteral("--note"), QStringLiteral("second"), QStringLiteral("--json")});
    QCOMPARE(second.exitCode, int(Ok));
    const QJsonObject result = second.json().value(QStringLiteral("results")).toArray().at(0).toObject();
    QCOMPARE(result.value(QStringLiteral("outcome")).toString(), QStringLiteral("already-paused"));
    QCOMPARE(result.value(QStringLiteral("pause")).toObject().value(QStringLiteral("saved_max_replicas")).toInt(), 3);

    LocalDatabase db(databasePath(*m_dataDir));
    LedgerTable ledger(db);
    const std::optional<PauseEntry> entry = ledger.openEntry(kWorkspace, QStringLiteral("chat"));
    QVERIFY(entry);
    QCOMPARE(entry->savedMinReplicas, 1);
    QCOMPARE(entry->savedMaxReplicas, std::optional<int>(3));
    QCOMPARE(entry->reason, QStringLiteral("first"));
    QCOMPARE(ledger.history(kWorkspace, QStringLiteral("chat")).size(), 1);
}

void TestCli::resumeAfterOutsideChange()
{
    const QJsonObject before = m_simulator->deployment(QStringLiteral("chat"));
    QCOMPARE(cli({QStringLiteral("pause"), QStringLiteral("chat"), QStringLiteral("--wait")}).exitCode, int(Ok));

    QJsonObject changed = m_simulator->deployment(QStringLiteral("chat"));
    QJsonObject spec = specOf(changed);
    QJsonObject container = spec.value(QStringLiteral("container")).toObject();
    container.insert(QStringLiteral("image"), QStringLiteral("vllm/vllm-openai:v9.9.9"));
    spec.insert(QStringLiteral("container"), container);
    changed.insert(QStringLiteral("spec"), spec);
    m_simulator->setDeployment(changed);

    const CliRun refused = cli({QStringLiteral("resume"), QStringLiteral("chat")});
    QCOMPARE(refused.exitCode, int(Conflict));
    QVERIFY2(refused.oneErrorLine(), refused.err.constData());
    QVERIFY(refused.errText().contains(QLatin1String("container.image")));
    QVERIFY(refused.errText().contains(QLatin1String("v9.9.9")));
    QVERIFY(refused.errText().contains(QLatin1String("--force")));
    QCOMPARE(resourcesOf(m_simulator->deployment(QStringLiteral("chat"))).value(QStringLiteral("min_replicas")).toInt(), 0);

    const CliRun json = cli({QStringLiteral("resume"), QStringLiteral("chat"), QStringLiteral("--json")});
    QCOMPARE(json.exitCode, int(Conflict));
    const QJsonObject result = json.json().value(QStringLiteral("results")).toArray().at(0).toObject();
    QCOMPARE(result.value(QStringLiteral("outcome")).toString(), QStringLiteral("changed-while-paused"));
    QVERIFY(!result.value(QStringLiteral("changes")).toArray().isEmpty());

    const CliRun forced = cli({QStringLiteral("resume"), QStringLiteral("chat"), QStringLiteral("--force")});
    QCOMPARE(forced.exitCode, int(Ok));
    const QJsonObject after = m_simulator->deployment(QStringLiteral("chat"));
    QCOMPARE(resourcesOf(after), resourcesOf(before));
    QCOMPARE(specOf(after).value(QStringLiteral("auto_scaler")), specOf(before).value(QStringLiteral("auto_scaler")));
    // The outside change stays: --force restores the replicas, it does not undo others' work.
    QCOMPARE(specOf(after).value(QStringLiteral("container")).toObject().value(QStringLiteral("image")).toString(),
             QStringLiteral("vllm/vllm-openai:v9.9.9"));
}

void TestCli::resumeStoppedOutsideNeedsReplicas()
{
    const CliRun needs = cli({QStringLiteral("resume"), QStringLiteral("stopped-outside")});
    QCOMPARE(needs.exitCode, int(Usage));
    QVERIFY(needs.oneErrorLine());
    QVERIFY(needs.errText().contains(QLatin1String("--replicas")));

    const CliRun given = cli({QStringLiteral("resume"), QStringLiteral("stopped-outside"), QStringLiteral("--replicas"), QStringLiteral("2")});
    QCOMPARE(given.exitCode, int(Ok));
    QCOMPARE(resourcesOf(m_simulator->deployment(QStringLiteral("stopped-outside"))).value(QStringLiteral("min_replicas")).toInt(), 2);

    // Pausing something already at zero that nobody paused: nothing to remember, not an error.
    setResource(*m_simulator, QStringLiteral("bare"), QStringLiteral("min_replicas"), 0);
    const CliRun already = cli({QStringLiteral("pause"), QStringLiteral("bare"), QStringLiteral("--json")});
    QCOMPARE(already.exitCode, int(Ok));
    QCOMPARE(already.json().value(QStringLiteral("results")).toArray().at(0).toObject().value(QStringLiteral("outcome")).toString(),
             QStringLiteral("already-stopped"));
}

void TestCli::resumeNotPausedIsDone()
{
    const CliRun r = cli({QStringLiteral("resume"), QStringLiteral("chat")});
    QCOMPARE(r.exitCode, int(Ok));
    QVERIFY(r.outText().contains(QLatin1String("not paused")));
    QVERIFY(r.err.isEmpty());
}

void TestCli::waitReachesState()
{
    m_simulator->setTransitionDelay(600ms);
    const CliRun paused = cli({QStringLiteral("pause"), QStringLiteral("chat"), QStringLiteral("--wait"), QStringLiteral("--timeout"), QStringLiteral("20")});
    QCOMPARE(paused.exitCode, int(Ok));
    QCOMPARE(stateOf(m_simulator->deployment(QStringLiteral("chat"))), QStringLiteral("Stopped"));
    QVERIFY(paused.outText().contains(QLatin1String("chat is Stopped")));

    const CliRun resumed = cli({QStringLiteral("resume"), QStringLiteral("chat"), QStringLiteral("--wait")});
    QCOMPARE(resumed.exitCode, int(Ok));
    QCOMPARE(stateOf(m_simulator->deployment(QStringLiteral("chat"))), QStringLiteral("Ready"));
    QVERIFY(resumed.outText().contains(QLatin1String("chat is Ready")));
}

// --- failures: exit code and one line on stderr -----------------------------------------

void TestCli::unknownDeployment()
{
    for (const QStringList &arguments : QList<QStringList> {
             {QStringLiteral("pause"), QStringLiteral("no-such")},
             {QStringLiteral("resume"), QStringLiteral("no-such")},
             {QStringLiteral("status"), QStringLiteral("no-such")},
             {QStringLiteral("set-replicas"), QStringLiteral("no-such"), QStringLiteral("--min"), QStringLiteral("1")}}) {
        const CliRun r = cli(arguments);
        QVERIFY2(r.exitCode == NotFound, qPrintable(arguments.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.errText()));
        QVERIFY2(r.oneErrorLine(), r.err.constData());
        QVERIFY(r.errText().startsWith(QStringLiteral("lepton-console-cli %1: ").arg(arguments.first())));
        QVERIFY(r.errText().contains(QLatin1String("no-such")));
        QVERIFY(r.out.isEmpty());
    }
    // No ledger entry was left behind by the failed pause.
    LocalDatabase db(databasePath(*m_dataDir));
    LedgerTable ledger(db);
    QVERIFY(ledger.history(kWorkspace, QStringLiteral("no-such")).isEmpty());
}

void TestCli::badToken()
{
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("LEPTON_WORKSPACE_TOKEN"), kWrongToken);
    for (const QString &command : {QStringLiteral("list"), QStringLiteral("pause"), QStringLiteral("status")}) {
        QStringList arguments {command};
        if (command != QLatin1String("list"))
            arguments << QStringLiteral("chat");
        arguments << QStringLiteral("--data-dir") << m_dataDir->path();
        const CliRun r = run(arguments, env);
        QVERIFY2(r.exitCode == Unauthorized, qPrintable(command + QStringLiteral(": ") + r.errText()));
        QVERIFY2(r.oneErrorLine(), r.err.constData());
        // The server's own words are in the message.
        QVERIFY2(r.errText().contains(QLatin1String("401")), r.err.constData());
    }
    QCOMPARE(resourcesOf(m_simulator->deployment(QStringLiteral("chat"))).value(QStringLiteral("min_replicas")).toInt(), 1);
}

void TestCli::unreachableServer()
{
    quint16 closedPort = 0;
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        closedPort = server.serverPort();
    }
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("LEPTON_WORKSPACE_URL"),
               QStringLiteral("http://127.0.0.1:%1/api/v2/workspaces/%2").arg(closedPort).arg(kWorkspace));
    for (const QString &command : {QStringLiteral("list"), QStringLiteral("pause")}) {
        QStringList arguments {command};
        if (command == QLatin1String("pause"))
            arguments << QStringLiteral("chat");
        arguments << QStringLiteral("--data-dir") << m_dataDir->path();
        const CliRun r = run(arguments, env);
        QVERIFY2(r.exitCode == ServerError, qPrintable(command + QStringLiteral(": ") + r.errText()));
        QVERIFY2(r.oneErrorLine(), r.err.constData());
    }
    // A 5xx from the server is the same class of failure, with the server's message.
    m_simulator->injectFault(WorkspaceSimulator::Fault::httpStatus(503, R"({"code":"Unavailable","message":"backend is napping"})")
                                 .on("GET", QStringLiteral("/deployments$")));
    const CliRun r = cli({QStringLiteral("list")});
    QCOMPARE(r.exitCode, int(ServerError));
    QVERIFY(r.oneErrorLine());
    QVERIFY(r.errText().contains(QLatin1String("backend is napping")));
}

void TestCli::waitTimeout()
{
    m_simulator->setTransitionDelay(20s);
    const CliRun r = cli({QStringLiteral("pause"), QStringLiteral("chat"), QStringLiteral("--wait"), QStringLiteral("--timeout"), QStringLiteral("0.5")});
    QCOMPARE(r.exitCode, int(WaitTimeout));
    QVERIFY2(r.oneErrorLine(), r.err.constData());
    QVERIFY(r.errText().contains(QLatin1String("Stopping")));
    // The pause itself happened and is remembered.
    LocalDatabase db(databasePath(*m_dataDir));
    LedgerTable ledger(db);
    QVERIFY(ledger.openEntry(kWorkspace, QStringLiteral("chat")));

    const CliRun json = cli({QStringLiteral("resume"), QStringLiteral("chat"), QStringLiteral("--wait"), QStringLiteral("--timeout"), QStringLiteral("0.3"), QStringLiteral("--json")});
    QCOMPARE(json.exitCode, int(WaitTimeout));
    const QJsonObject result = json.json().value(QStringLiteral("results")).toArray().at(0).toObject();
    QCOMPARE(result.value(QStringLiteral("outcome")).toString(), QStringLiteral("resumed"));
    QCOMPARE(result.value(QStringLiteral("reached")).toBool(true), false);
    QCOMPARE(result.value(QStringLiteral("exit_code")).toInt(), int(WaitTimeout));
}

// --- the local views ------------------------------------------------------------------

// Messages the core shares with the window ("%n replica(s)") read as English, not as
// their source text: the CLI loads the same translations as the window.
void TestCli::humanTextUsesRealPlurals()
{
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("en_US.UTF-8"));
    const CliRun paused = run({QStringLiteral("pause"), QStringLiteral("chat")}, env);
    QCOMPARE(paused.exitCode, int(Ok));
    QVERIFY2(!paused.outText().contains(QLatin1String("(s)")), qPrintable(paused.outText()));
    QVERIFY2(paused.outText().contains(QLatin1String("replicas")), qPrintable(paused.outText()));

    const QString file = m_home.filePath(QStringLiteral("ledger.json"));
    const CliRun exported = run({QStringLiteral("export-ledger"), file}, env);
    QCOMPARE(exported.exitCode, int(Ok));
    QVERIFY2(exported.outText().contains(QLatin1String("Exported 1 open pause of")), qPrintable(exported.outText()));
}

void TestCli::paused()
{
    const CliRun empty = cli({QStringLiteral("paused")});
    QCOMPARE(empty.exitCode, int(Ok));
    QVERIFY(empty.outText().contains(QLatin1String("No paused deployments")));

    QCOMPARE(cli({QStringLiteral("pause"), QStringLiteral("chat"), QStringLiteral("--note"), QStringLiteral("quiet, \"really\" quiet"),
                  QStringLiteral("--remind-on"), QStringLiteral("2031-05-06")}).exitCode, int(Ok));
    QCOMPARE(cli({QStringLiteral("pause"), QStringLiteral("bare")}).exitCode, int(Ok));

    const CliRun text = cli({QStringLiteral("paused")});
    QCOMPARE(text.exitCode, int(Ok));
    const QStringList lines = text.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(0).contains(QLatin1String("SAVED REPLICAS")));
    QVERIFY(lines.at(1).startsWith(QLatin1String("bare")));
    QVERIFY(lines.at(2).startsWith(QLatin1String("chat")));
    QVERIFY(lines.at(2).contains(QStringLiteral("1\u20133") /* ReplicaRange: one form, an en dash */));
    QVERIFY(lines.at(2).contains(QLatin1String("2031-05-06")));
    QVERIFY(lines.at(2).contains(QLatin1String("ci-bot")));

    const CliRun json = cli({QStringLiteral("paused"), QStringLiteral("--json")});
    QCOMPARE(json.exitCode, int(Ok));
    QCOMPARE(json.json().value(QStringLiteral("workspace_id")).toString(), kWorkspace);
    const QJsonArray entries = json.json().value(QStringLiteral("paused")).toArray();
    QCOMPARE(entries.size(), 2);
    const QJsonObject chat = entries.at(1).toObject();
    QCOMPARE(chat.value(QStringLiteral("name")).toString(), QStringLiteral("chat"));
    for (const char *key : {"state", "paused_by", "paused_at", "reason", "remind_on", "saved_min_replicas",
                            "saved_max_replicas", "saved_auto_scaler", "latest_note"})
        QVERIFY2(chat.contains(QLatin1String(key)), key);
    QCOMPARE(chat.value(QStringLiteral("reason")).toString(), QStringLiteral("quiet, \"really\" quiet"));
    QCOMPARE(chat.value(QStringLiteral("remind_on")).toString(), QStringLiteral("2031-05-06"));

    const CliRun csv = cli({QStringLiteral("paused"), QStringLiteral("--csv")});
    QCOMPARE(csv.exitCode, int(Ok));
    const QList<QByteArray> rows = csv.out.split('\n');
    QCOMPARE(rows.at(0), QByteArray("name,paused_by,paused_at,saved_min_replicas,saved_max_replicas,reason,remind_on,state,latest_note\r"));
    QVERIFY(rows.at(1).startsWith("bare,ci-bot,"));
    QVERIFY(rows.at(1).contains(",2,,")); // no saved max
    QVERIFY(rows.at(2).startsWith("chat,ci-bot,"));
    QVERIFY(rows.at(2).contains(",1,3,\"quiet, \"\"really\"\" quiet\",2031-05-06,active,"));
}

void TestCli::notes()
{
    const CliRun none = cli({QStringLiteral("notes"), QStringLiteral("chat")});
    QCOMPARE(none.exitCode, int(Ok));
    QVERIFY(none.outText().contains(QLatin1String("No notes")));

    QCOMPARE(cli({QStringLiteral("notes"), QStringLiteral("chat"), QStringLiteral("--add"), QStringLiteral("owner: team inference")}).exitCode, int(Ok));
    QTest::qWait(5); // distinct creation times
    const CliRun added = cli({QStringLiteral("notes"), QStringLiteral("chat"), QStringLiteral("--add"), QStringLiteral("line one\nline two"), QStringLiteral("--json")});
    QCOMPARE(added.exitCode, int(Ok));
    QJsonObject json = added.json();
    QCOMPARE(json.value(QStringLiteral("name")).toString(), QStringLiteral("chat"));
    QCOMPARE(json.value(QStringLiteral("added")).toObject().value(QStringLiteral("text")).toString(), QStringLiteral("line one\nline two"));
    QCOMPARE(json.value(QStringLiteral("added")).toObject().value(QStringLiteral("author")).toString(), QStringLiteral("ci-bot"));
    QCOMPARE(json.value(QStringLiteral("notes")).toArray().size(), 2);

    const CliRun list = cli({QStringLiteral("notes"), QStringLiteral("chat"), QStringLiteral("--json")});
    QCOMPARE(list.exitCode, int(Ok));
    json = list.json();
    QVERIFY(json.value(QStringLiteral("added")).isNull());
    const QJsonArray notes = json.value(QStringLiteral("notes")).toArray();
    QCOMPARE(notes.size(), 2);
    QCOMPARE(notes.at(0).toObject().value(QStringLiteral("text")).toString(), QStringLiteral("line one\nline two"));
    for (const char *key : {"id", "text", "author", "created_at", "edited_at", "at_pause"})
        QVERIFY2(notes.at(0).toObject().contains(QLatin1String(key)), key);

    const CliRun text = cli({QStringLiteral("notes"), QStringLiteral("chat")});
    QCOMPARE(text.exitCode, int(Ok));
    QVERIFY(text.outText().indexOf(QLatin1String("line two")) < text.outText().indexOf(QLatin1String("owner: team")));

    // Notes are the window's notes.
    LocalDatabase db(databasePath(*m_dataDir));
    NotesTable store(db);
    QCOMPARE(store.history(kWorkspace, QStringLiteral("chat")).size(), 2);
}

// --- the window and the command line share one ledger -----------------------------------

void TestCli::windowSeesCliPauseAndResumes()
{
    const QJsonObject before = m_simulator->deployment(QStringLiteral("chat"));
    LocalDatabase db(databasePath(*m_dataDir));
    QVERIFY(db.isOpen());
    WorkspaceCredentials credentials;
    credentials.workspaceId = kWorkspace;
    credentials.token = kToken;
    credentials.baseUrl = m_simulator->baseUrl();
    SqliteStorage sessionStorage((&db)->path());
    WorkspaceSession session(credentials, &sessionStorage);
    session.poller()->setIntervals(200ms, 500ms); // the window's refresh, only quicker
    session.start();
    QTRY_VERIFY_WITH_TIMEOUT(session.hasLoaded(), 10000);

    const auto rowOf = [&session](const QString &name) {
        DeploymentTableModel *model = session.model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (index.data(DeploymentTableModel::NameRole).toString() == name)
                return index;
        }
        return QModelIndex();
    };
    QVERIFY(rowOf(QStringLiteral("chat")).isValid());
    QCOMPARE(rowOf(QStringLiteral("chat")).data(DeploymentTableModel::BadgeTextRole).toString(), QStringLiteral("Ready"));

    // The CLI pauses while the window is running: it picks it up on a refresh, no restart.
    QCOMPARE(cli({QStringLiteral("pause"), QStringLiteral("chat"), QStringLiteral("--note"), QStringLiteral("pipeline 42: deploying")}).exitCode, int(Ok));
    QTRY_COMPARE_WITH_TIMEOUT(rowOf(QStringLiteral("chat")).data(DeploymentTableModel::BadgeTextRole).toString(), QStringLiteral("Paused"), 20000);
    QCOMPARE(rowOf(QStringLiteral("chat")).data(DeploymentTableModel::HasNoteRole).toBool(), true);
    QCOMPARE(rowOf(QStringLiteral("chat")).data(DeploymentTableModel::PausedRole).toBool(), true);

    // Resume through the window's code path restores exactly what the CLI saved.
    std::optional<PauseOutcome> outcome;
    session.pauses()->resume(QStringLiteral("chat"), {}, this, [&outcome](const PauseOutcome &o) { outcome = o; });
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 10000);
    QCOMPARE(int(outcome->kind), int(PauseOutcome::Kind::Resumed));
    QVERIFY(waitForState(QStringLiteral("chat"), QStringLiteral("Ready")));
    const QJsonObject after = m_simulator->deployment(QStringLiteral("chat"));
    QCOMPARE(specOf(after), specOf(before));

    const CliRun paused = cli({QStringLiteral("paused"), QStringLiteral("--json")});
    QVERIFY(paused.json().value(QStringLiteral("paused")).toArray().isEmpty());
    session.stop();
}

void TestCli::cliResumesWindowPause()
{
    const QJsonObject before = m_simulator->deployment(QStringLiteral("gpu-batch"));
    {
        LocalDatabase db(databasePath(*m_dataDir));
        WorkspaceCredentials credentials;
        credentials.workspaceId = kWorkspace;
        credentials.token = kToken;
        credentials.baseUrl = m_simulator->baseUrl();
        SqliteStorage sessionStorage((&db)->path());
        WorkspaceSession session(credentials, &sessionStorage);
        std::optional<PauseOutcome> outcome;
        session.pauses()->pause(QStringLiteral("gpu-batch"), {QStringLiteral("paused from the window"), QDate()}, this,
                                [&outcome](const PauseOutcome &o) { outcome = o; });
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 10000);
        QCOMPARE(int(outcome->kind), int(PauseOutcome::Kind::Paused));
    }
    const CliRun status = cli({QStringLiteral("status"), QStringLiteral("gpu-batch"), QStringLiteral("--json")});
    QCOMPARE(status.json().value(QStringLiteral("pause")).toObject().value(QStringLiteral("reason")).toString(),
             QStringLiteral("paused from the window"));
    QCOMPARE(cli({QStringLiteral("resume"), QStringLiteral("gpu-batch"), QStringLiteral("--wait")}).exitCode, int(Ok));
    QCOMPARE(specOf(m_simulator->deployment(QStringLiteral("gpu-batch"))), specOf(before));
}

void TestCli::exportImportRoundTrip()
{
    const QJsonObject before = m_simulator->deployment(QStringLiteral("chat"));
    QCOMPARE(cli({QStringLiteral("pause"), QStringLiteral("chat"), QStringLiteral("bare"), QStringLiteral("--note"), QStringLiteral("nightly")}).exitCode, int(Ok));

    QTemporaryDir exchange;
    const QString file = exchange.filePath(QStringLiteral("ledger.json"));
    const CliRun exported = cli({QStringLiteral("export-ledger"), file});
    QCOMPARE(exported.exitCode, int(Ok));
    QCOMPARE(exported.outText().trimmed(),
             QStringLiteral("Exported 2 open pauses of workspace %1 to %2.").arg(kWorkspace, file));
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray bytes = written.readAll();
    m_outputs << bytes;
    const QJsonObject document = QJsonDocument::fromJson(bytes).object();
    QCOMPARE(document.value(QStringLiteral("format")).toString(), QStringLiteral("lepton-console-pause-ledger"));
    QCOMPARE(document.value(QStringLiteral("entries")).toArray().size(), 2);

    // To standard output as well.
    const CliRun toStdout = cli({QStringLiteral("export-ledger"), QStringLiteral("-")});
    QCOMPARE(toStdout.exitCode, int(Ok));
    QCOMPARE(QJsonDocument::fromJson(toStdout.out).object().value(QStringLiteral("entries")).toArray().size(), 2);

    // Another runner, another data folder: import, then resume from there.
    QTemporaryDir other;
    const QStringList otherDir {QStringLiteral("--data-dir"), other.path()};
    const CliRun imported = run(QStringList {QStringLiteral("import-ledger"), file, QStringLiteral("--json")} + otherDir);
    QCOMPARE(imported.exitCode, int(Ok));
    QCOMPARE(imported.json().value(QStringLiteral("imported")).toInt(), 2);
    QCOMPARE(imported.json().value(QStringLiteral("skipped")).toInt(), 0);
    const CliRun again = run(QStringList {QStringLiteral("import-ledger"), file, QStringLiteral("--json")} + otherDir);
    QCOMPARE(again.exitCode, int(Ok));
    QCOMPARE(again.json().value(QStringLiteral("imported")).toInt(), 0);
    QCOMPARE(again.json().value(QStringLiteral("skipped")).toInt(), 2);

    const CliRun paused = run(QStringList {QStringLiteral("paused"), QStringLiteral("--json")} + otherDir);
    QCOMPARE(paused.json().value(QStringLiteral("paused")).toArray().size(), 2);
    const CliRun resumed = run(QStringList {QStringLiteral("resume"), QStringLiteral("chat"), QStringLiteral("bare"), QStringLiteral("--wait")} + otherDir);
    QCOMPARE(resumed.exitCode, int(Ok));
    QCOMPARE(specOf(m_simulator->deployment(QStringLiteral("chat"))), specOf(before));
    QCOMPARE(resourcesOf(m_simulator->deployment(QStringLiteral("bare"))).value(QStringLiteral("min_replicas")).toInt(), 2);

    // A file that is not a ledger.
    QFile junk(exchange.filePath(QStringLiteral("junk.json")));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("this is not json");
    junk.close();
    const CliRun bad = run(QStringList {QStringLiteral("import-ledger"), junk.fileName()} + otherDir);
    QCOMPARE(bad.exitCode, int(LocalStore));
    QVERIFY(bad.oneErrorLine());
    const CliRun missing = run(QStringList {QStringLiteral("import-ledger"), exchange.filePath(QStringLiteral("none.json"))} + otherDir);
    QCOMPARE(missing.exitCode, int(LocalStore));
    QVERIFY(missing.oneErrorLine());
}

// --- credentials ----------------------------------------------------------------------

void TestCli::tokenFromStdin()
{
    QProcessEnvironment env = environment();
    env.remove(QStringLiteral("LEPTON_WORKSPACE_TOKEN"));
    const QStringList arguments {QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--token-stdin"),
                                 QStringLiteral("--data-dir"), m_dataDir->path()};
    const CliRun r = run(arguments, env, (kToken + QLatin1Char('\n')).toUtf8());
    QCOMPARE(r.exitCode, int(Ok));
    QCOMPARE(r.json().value(QStringLiteral("deployments")).toArray().size(), 4);

    const CliRun wrong = run(arguments, env, kWrongToken.toUtf8());
    QCOMPARE(wrong.exitCode, int(Unauthorized));
    QVERIFY(wrong.oneErrorLine());

    // No token on standard input is "no token could be found" (README: exit 3), as everywhere else.
    const CliRun empty = run(arguments, env, QByteArray("\n"));
    QCOMPARE(empty.exitCode, int(Unauthorized));
    QVERIFY(empty.oneErrorLine());
    // The authorization header carried the token from stdin, and only there.
    bool sawToken = false;
    for (const WorkspaceSimulator::RecordedRequest &request : m_simulator->requests())
        sawToken = sawToken || request.header("Authorization") == ("Bearer " + kToken).toUtf8();
    QVERIFY(sawToken);
}

void TestCli::savedWorkspace()
{
    // A workspace saved by the console (QSettings of "lepton-console"), its token given on
    // stdin as the keychain is not available here: the URL comes from the saved entry.
    {
        const QString configFile = QDir(m_home.filePath(QStringLiteral("config"))).filePath(QStringLiteral("Unknown Organization/lepton-console.conf"));
        QSettings settings(configFile, QSettings::IniFormat);
        WorkspaceRegistry registry(&settings);
        WorkspaceRegistry::Entry entry;
        entry.workspaceId = QStringLiteral("saved-ws");
        entry.displayName = QStringLiteral("Saved");
        entry.baseUrl = m_simulator->baseUrl();
        QString error;
        QVERIFY2(registry.addOrUpdate(entry, &error), qPrintable(error));
        settings.sync();
    }
    QProcessEnvironment env = environment();
    env.remove(QStringLiteral("LEPTON_WORKSPACE_ID"));
    env.remove(QStringLiteral("LEPTON_WORKSPACE_TOKEN"));
    env.remove(QStringLiteral("LEPTON_WORKSPACE_URL"));
    const CliRun r = run({QStringLiteral("--workspace"), QStringLiteral("saved-ws"), QStringLiteral("list"), QStringLiteral("--json"),
                          QStringLiteral("--token-stdin"), QStringLiteral("--data-dir"), m_dataDir->path()},
                         env, kToken.toUtf8());
    QVERIFY2(r.exitCode == Ok, r.err.constData());
    QCOMPARE(r.json().value(QStringLiteral("workspace_id")).toString(), QStringLiteral("saved-ws"));
    QCOMPARE(r.json().value(QStringLiteral("deployments")).toArray().size(), 4);

    // --url for a workspace the console does not know.
    const CliRun explicitUrl = run({QStringLiteral("list"), QStringLiteral("--workspace"), QStringLiteral("other-ws"),
                                    QStringLiteral("--url"), m_simulator->baseUrl().toString(), QStringLiteral("--token-stdin"),
                                    QStringLiteral("--data-dir"), m_dataDir->path()},
                                   env, kToken.toUtf8());
    QVERIFY2(explicitUrl.exitCode == Ok, explicitUrl.err.constData());

    // A token is never sent to a plain-http host that is not this machine.
    const CliRun unsafe = run({QStringLiteral("list"), QStringLiteral("--workspace"), QStringLiteral("other-ws"),
                               QStringLiteral("--url"), QStringLiteral("http://example.com/api/v2/workspaces/x"),
                               QStringLiteral("--token-stdin"), QStringLiteral("--data-dir"), m_dataDir->path()},
                              env, kToken.toUtf8());
    QCOMPARE(unsafe.exitCode, int(Usage));
    QVERIFY(unsafe.oneErrorLine());
}

// --- changes while paused ---------------------------------------------------------------

void TestCli::setReplicasWhilePaused()
{
    const QJsonObject before = m_simulator->deployment(QStringLiteral("chat"));
    QCOMPARE(cli({QStringLiteral("pause"), QStringLiteral("chat"), QStringLiteral("--wait")}).exitCode, int(Ok));

    const CliRun r = cli({QStringLiteral("set-replicas"), QStringLiteral("chat"), QStringLiteral("--min"), QStringLiteral("2"),
                          QStringLiteral("--max"), QStringLiteral("5"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == Ok, r.err.constData());
    const QJsonObject json = r.json();
    QCOMPARE(json.value(QStringLiteral("paused")).toBool(), true);
    QCOMPARE(json.value(QStringLiteral("applied_to")).toString(), QStringLiteral("saved"));
    QCOMPARE(json.value(QStringLiteral("pause")).toObject().value(QStringLiteral("saved_min_replicas")).toInt(), 2);
    QCOMPARE(json.value(QStringLiteral("pause")).toObject().value(QStringLiteral("saved_max_replicas")).toInt(), 5);

    // The server still has 0; the ledger has the new values.
    QCOMPARE(resourcesOf(m_simulator->deployment(QStringLiteral("chat"))).value(QStringLiteral("min_replicas")).toInt(), 0);
    QCOMPARE(stateOf(m_simulator->deployment(QStringLiteral("chat"))), QStringLiteral("Stopped"));
    {
        LocalDatabase db(databasePath(*m_dataDir));
        LedgerTable ledger(db);
        const std::optional<PauseEntry> entry = ledger.openEntry(kWorkspace, QStringLiteral("chat"));
        QVERIFY(entry);
        QCOMPARE(entry->savedMinReplicas, 2);
        QCOMPARE(entry->savedMaxReplicas, std::optional<int>(5));
        QCOMPARE(entry->savedAutoScaler, specOf(before).value(QStringLiteral("auto_scaler")).toObject());
    }

    // Resume brings the edited values back, and does not call the edit an outside change.
    const CliRun resumed = cli({QStringLiteral("resume"), QStringLiteral("chat")});
    QVERIFY2(resumed.exitCode == Ok, resumed.err.constData());
    const QJsonObject after = m_simulator->deployment(QStringLiteral("chat"));
    QCOMPARE(resourcesOf(after).value(QStringLiteral("min_replicas")).toInt(), 2);
    QCOMPARE(resourcesOf(after).value(QStringLiteral("max_replicas")).toInt(), 5);
    QCOMPARE(specOf(after).value(QStringLiteral("auto_scaler")), specOf(before).value(QStringLiteral("auto_scaler")));

    // A rule break is a usage error and changes nothing.
    QCOMPARE(cli({QStringLiteral("pause"), QStringLiteral("chat")}).exitCode, int(Ok));
    const CliRun invalid = cli({QStringLiteral("set-replicas"), QStringLiteral("chat"), QStringLiteral("--min"), QStringLiteral("4"), QStringLiteral("--max"), QStringLiteral("3")});
    QCOMPARE(invalid.exitCode, int(Usage));
    QVERIFY(invalid.oneErrorLine());
}

void TestCli::setReplicasRunning()
{
    const CliRun r = cli({QStringLiteral("set-replicas"), QStringLiteral("chat"), QStringLiteral("--min"), QStringLiteral("2"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == Ok, r.err.constData());
    QCOMPARE(r.json().value(QStringLiteral("applied_to")).toString(), QStringLiteral("server"));
    QCOMPARE(resourcesOf(m_simulator->deployment(QStringLiteral("chat"))).value(QStringLiteral("min_replicas")).toInt(), 2);
    QCOMPARE(resourcesOf(m_simulator->deployment(QStringLiteral("chat"))).value(QStringLiteral("max_replicas")).toInt(), 3);
}

void TestCli::imageEditWhilePausedIsNotAnOutsideChange()
{
    const QJsonObject before = m_simulator->deployment(QStringLiteral("chat"));
    QCOMPARE(cli({QStringLiteral("pause"), QStringLiteral("chat"), QStringLiteral("--wait")}).exitCode, int(Ok));

    // The window's path: PausedSettingsEditor on the shared database.
    LocalDatabase db(databasePath(*m_dataDir));
    LedgerTable ledger(db);
    SqliteStorage storage(db.path());
    LeptonClient client;
    client.setBaseUrl(m_simulator->baseUrl());
    client.setToken(kToken);
    PausedSettingsEditor editor(&client, &storage.ledger(), kWorkspace);

    std::optional<Deployment> current;
    client.getDeployment(QStringLiteral("chat"), this, [&current](const ApiResult<Deployment> &result) {
        QVERIFY(result.ok());
        current = result.value;
    });
    QTRY_VERIFY(current.has_value());
    const std::optional<PauseEntry> entry = ledger.openEntry(kWorkspace, QStringLiteral("chat"));
    QVERIFY(entry);
    DeploymentSettings settings = PausedSettingsEditor::settingsToResume(*entry, *current);
    QCOMPARE(settings.minReplicas, 1);
    QCOMPARE(settings.maxReplicas, 3);
    settings.image = QStringLiteral("vllm/vllm-openai:v0.7.0");
    settings.maxReplicas = 4;

    std::optional<PausedSettingsEditor::Outcome> outcome;
    editor.apply(*current, settings, this, [&outcome](const PausedSettingsEditor::Outcome &o) { outcome = o; });
    QTRY_VERIFY(outcome.has_value());
    QVERIFY2(outcome->ok(), qPrintable(outcome->message));
    QCOMPARE(outcome->entry.savedMaxReplicas, std::optional<int>(4));

    const QJsonObject paused = m_simulator->deployment(QStringLiteral("chat"));
    QCOMPARE(specOf(paused).value(QStringLiteral("container")).toObject().value(QStringLiteral("image")).toString(),
             QStringLiteral("vllm/vllm-openai:v0.7.0"));
    QCOMPARE(resourcesOf(paused).value(QStringLiteral("min_replicas")).toInt(), 0);

    // The CLI resumes without calling it a change made outside.
    const CliRun resumed = cli({QStringLiteral("resume"), QStringLiteral("chat")});
    QVERIFY2(resumed.exitCode == Ok, resumed.err.constData());
    const QJsonObject after = m_simulator->deployment(QStringLiteral("chat"));
    QCOMPARE(resourcesOf(after).value(QStringLiteral("min_replicas")).toInt(), 1);
    QCOMPARE(resourcesOf(after).value(QStringLiteral("max_replicas")).toInt(), 4);
    QCOMPARE(specOf(after).value(QStringLiteral("auto_scaler")), specOf(before).value(QStringLiteral("auto_scaler")));
}

void TestCli::dataDirIsShared()
{
    // Without --data-dir, LEPTON_CONSOLE_DATA_DIR (what the window reads) is used.
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("LEPTON_CONSOLE_DATA_DIR"), m_dataDir->path());
    QCOMPARE(run({QStringLiteral("pause"), QStringLiteral("chat")}, env).exitCode, int(Ok));
    QVERIFY(QFile::exists(databasePath(*m_dataDir)));
    LocalDatabase db(databasePath(*m_dataDir));
    LedgerTable ledger(db);
    QVERIFY(ledger.openEntry(kWorkspace, QStringLiteral("chat")));
}

void TestCli::localStoreError()
{
    // The data folder cannot be made (a file is in the way): nothing is sent to the server.
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("not-a-folder")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    m_simulator->clearRequests();
    for (const QString &command : {QStringLiteral("pause"), QStringLiteral("paused")}) {
        QStringList arguments {command};
        if (command == QLatin1String("pause"))
            arguments << QStringLiteral("chat");
        arguments << QStringLiteral("--data-dir") << blocker.fileName();
        const CliRun r = run(arguments);
        QVERIFY2(r.exitCode == LocalStore, qPrintable(command + QStringLiteral(": ") + r.errText()));
        QVERIFY2(r.oneErrorLine(), r.err.constData());
    }
    for (const WorkspaceSimulator::RecordedRequest &request : m_simulator->requests())
        QVERIFY(request.method != "PATCH");
    QCOMPARE(resourcesOf(m_simulator->deployment(QStringLiteral("chat"))).value(QStringLiteral("min_replicas")).toInt(), 1);
}

void TestCli::tokenAppearsInNoOutput()
{
    // Once more with every debug category on.
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
    run({QStringLiteral("pause"), QStringLiteral("chat"), QStringLiteral("--wait"), QStringLiteral("--data-dir"), m_dataDir->path()}, env);
    run({QStringLiteral("resume"), QStringLiteral("chat"), QStringLiteral("--json"), QStringLiteral("--data-dir"), m_dataDir->path()}, env);

    QVERIFY(m_outputs.size() > 100);
    for (const QByteArray &output : std::as_const(m_outputs)) {
        QVERIFY2(!output.contains(kToken.toUtf8()), output.constData());
        QVERIFY2(!output.contains(kWrongToken.toUtf8()), output.constData());
    }
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
