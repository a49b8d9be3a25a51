// The security defaults and the edges of lepton-console-cli (and, for core dumps, of the
// window's program too), run as real child processes against the workspace simulator here on
// 127.0.0.1: private files and folders, settings moved from where older versions kept them,
// no core dumps, a capped import, nothing but the CLI's own lines on stderr, a read-only
// database that still answers the reading commands, and a distinct exit code after a damaged
// database was moved aside. While a child runs, this process keeps its event loop turning so
// the simulator answers.
#include "app/storage/sqlite/localdatabase.h"
#include "app/simulator/simulatorpopulation.h"
#include "app/simulator/workspacesimulator.h"
#include "app/workspaces/workspaceregistry.h"
#include "tests/support/cliworkspace.h"
#include "tests/support/recipewithreplicas.h"
#include "tests/support/readfile.h"
#include "tests/support/unprivileged.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

#include <sys/resource.h>
#include <sys/stat.h>

using namespace std::chrono_literals;

namespace {

const QString kToken = QStringLiteral("tok-S3CRET-defaults-4c1d9e77");
const QString kWorkspace = QStringLiteral("demo");

// The documented exit codes (app/cli/exitcode.h), pinned here on purpose.
enum Exit { Ok = 0, Usage = 2, LocalStore = 8, DatabaseRecovered = 9 };

int modeOf(const QString &path)
{
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 07777);
}

#define COMPARE_MODE(path, expected)                                                                             \
    QVERIFY2(modeOf(path) == (expected),                                                                         \
             qPrintable(QStringLiteral("%1 is 0%2, expected 0%3")                                                \
                            .arg(path, QString::number(modeOf(path), 8), QString::number(expected, 8))))

// "Max core file size        0                    0                    bytes" from /proc/<pid>/limits.
QByteArray coreLimitLine(qint64 pid)
{
    const QByteArray limits = readFile(QStringLiteral("/proc/%1/limits").arg(pid));
    for (const QByteArray &line : limits.split('\n')) {
        if (line.startsWith("Max core file size"))
            return line.simplified();
    }
    return QByteArray();
}

// The child may dump core as far as the limits go: a program that does not lower its own
// limit would keep this one.
void allowCoreDumps()
{
    struct rlimit limit {};
    if (::getrlimit(RLIMIT_CORE, &limit) == 0) {
        limit.rlim_cur = limit.rlim_max;
        ::setrlimit(RLIMIT_CORE, &limit);
    }
}

QList<QJsonObject> population()
{
    QList<QJsonObject> list;
    DeploymentRecipe chat = recipeWithReplicas(QStringLiteral("chat"), 1, 3);
    list << SimulatorPopulation::make(chat);
    DeploymentRecipe gpu = recipeWithReplicas(QStringLiteral("gpu-batch"), 1, 4);
    list << SimulatorPopulation::make(gpu);
    return list;
}

} // namespace

class TestCliDefaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void defaultPlacesArePrivate();
    void settingsMoveFromTheOldPlace();
    void exportIsPrivate();
    void noCoreDumps_data();
    void noCoreDumps();
    void importIsCapped();
    void importHandlesOtherFiles();
    void stderrCarriesOnlyTheCliLines();
    void debugShowsTheLog();
    void readOnlyDatabase_data();
    void readOnlyDatabase();
    void recoveredDatabaseHasItsOwnExitCode();
    void newerDatabaseIsRefusedWithItsReason();

private:
    QProcessEnvironment environment() const;
    // Runs the CLI to its end. `modifier` runs in the child before exec.
    CliRun run(const QStringList &arguments, const QProcessEnvironment &env = {}, const QByteArray &input = {},
               const std::function<void()> &modifier = {});
    CliRun cli(const QStringList &arguments) { return run(arguments + QStringList {QStringLiteral("--data-dir"), m_ws.dataDir()}); }
    QString databasePath() const { return QDir(m_ws.dataDir()).filePath(QLatin1String(LocalDatabase::FileName)); }
    int patchCount() const;

    QString m_cli;
    QString m_console;
    CliWorkspace m_ws;
    WorkspaceSimulator *m_simulator = nullptr;
};

void TestCliDefaults::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    ::umask(022); // the usual one: a file made without care would be 0644
    m_cli = CliProcess::program();
    m_console = qEnvironmentVariable("LEPTON_CONSOLE");
    if (m_console.isEmpty())
        m_console = QCoreApplication::applicationDirPath() + QStringLiteral("/../lepton-console");
    QVERIFY2(QFile::exists(m_cli), qPrintable(m_cli));
    QVERIFY2(QFile::exists(m_console), qPrintable(m_console));
}

void TestCliDefaults::init()
{
    QVERIFY2(m_ws.renew(kToken, kWorkspace), qPrintable(m_ws.errorString()));
    m_simulator = m_ws.simulator();
    m_simulator->setTransitionDelay(50ms);
    m_simulator->setDeployments(population());
    QVERIFY(m_ws.listen());
}

void TestCliDefaults::cleanup()
{
    // Writable again, so the folders can be deleted.
    if (!m_ws.dataDir().isEmpty())
        ::chmod(QFile::encodeName(m_ws.dataDir()).constData(), 0700);
    m_ws.stop();
}

QProcessEnvironment TestCliDefaults::environment() const
{
    QProcessEnvironment env = m_ws.environment();
    for (const QString &key : env.keys()) {
        if (key.startsWith(QLatin1String("QT_LOGGING")))
            env.remove(key);
    }
    return env;
}

CliRun TestCliDefaults::run(const QStringList &arguments, const QProcessEnvironment &env, const QByteArray &input,
                            const std::function<void()> &modifier)
{
    return CliProcess::run(m_cli, arguments, env.isEmpty() ? environment() : env, input, 120s, modifier);
}

int TestCliDefaults::patchCount() const
{
    int count = 0;
    for (const WorkspaceSimulator::RecordedRequest &request : m_simulator->requests())
        count += request.method == "PATCH" ? 1 : 0;
    return count;
}

// --- private files ---------------------------------------------------------------------

void TestCliDefaults::defaultPlacesArePrivate()
{
    // No --data-dir: the console's own folder under XDG_DATA_HOME.
    const CliRun r = run({QStringLiteral("pause"), QStringLiteral("chat"), QStringLiteral("--note"), QStringLiteral("why")});
    QVERIFY2(r.exitCode == Ok, r.describe().constData());
    const QString folder = m_ws.homeFile(QStringLiteral("data/lepton-console"));
    COMPARE_MODE(folder, 0700);
    COMPARE_MODE(QDir(folder).filePath(QLatin1String(LocalDatabase::FileName)), 0600);
    // The settings too, though the CLI only reads them.
    COMPARE_MODE(m_ws.homeFile(QStringLiteral("config/lepton-console")), 0700);
    COMPARE_MODE(m_ws.homeFile(QStringLiteral("config/lepton-console/lepton-console.conf")), 0600);

    // Files an older version left world-readable are tightened on the next start.
    const QString database = QDir(folder).filePath(QLatin1String(LocalDatabase::FileName));
    QCOMPARE(::chmod(QFile::encodeName(folder).constData(), 0755), 0);
    QCOMPARE(::chmod(QFile::encodeName(database).constData(), 0644), 0);
    const CliRun again = run({QStringLiteral("paused")});
    QVERIFY2(again.exitCode == Ok, again.describe().constData());
    COMPARE_MODE(folder, 0700);
    COMPARE_MODE(database, 0600);
}

void TestCliDefaults::settingsMoveFromTheOldPlace()
{
    // Where versions without an organization name kept the console's settings.
    const QString legacy = m_ws.homeFile(QStringLiteral("config/Unknown Organization/lepton-console.conf"));
    {
        QSettings settings(legacy, QSettings::IniFormat);
        WorkspaceRegistry registry(&settings);
        WorkspaceRegistry::Entry entry;
        entry.workspaceId = QStringLiteral("saved-ws");
        entry.displayName = QStringLiteral("Saved");
        entry.baseUrl = m_simulator->baseUrl();
        QVERIFY(registry.addOrUpdate(entry));
        QVERIFY(registry.setCurrentWorkspaceId(QStringLiteral("saved-ws")));
        settings.sync();
    }
    QCOMPARE(::chmod(QFile::encodeName(legacy).constData(), 0644), 0);
    QProcessEnvironment env = environment();
    env.remove(QStringLiteral("LEPTON_WORKSPACE_ID"));
    env.remove(QStringLiteral("LEPTON_WORKSPACE_TOKEN"));
    env.remove(QStringLiteral("LEPTON_WORKSPACE_URL"));

    // The console's current workspace, found through the moved file.
    for (int round = 0; round < 2; ++round) {
        const CliRun r = run({QStringLiteral("paused"), QStringLiteral("--json"), QStringLiteral("--data-dir"), m_ws.dataDir()}, env);
        QVERIFY2(r.exitCode == Ok, r.describe().constData());
        QCOMPARE(r.json().value(QStringLiteral("workspace_id")).toString(), QStringLiteral("saved-ws"));
        const QString moved = m_ws.homeFile(QStringLiteral("config/lepton-console/lepton-console.conf"));
        QVERIFY2(QFile::exists(moved), "the settings were not moved to config/lepton-console/");
        QVERIFY(!QFile::exists(legacy));
        COMPARE_MODE(moved, 0600);
        COMPARE_MODE(QFileInfo(moved).path(), 0700);
        // The saved URL came along: a command that needs the server reaches the simulator.
        const CliRun list = run({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--token-stdin"),
                                 QStringLiteral("--data-dir"), m_ws.dataDir()},
                                env, kToken.toUtf8());
        QVERIFY2(list.exitCode == Ok, list.describe().constData());
        QCOMPARE(list.json().value(QStringLiteral("deployments")).toArray().size(), 2);
    }
}

void TestCliDefaults::exportIsPrivate()
{
    QVERIFY(cli({QStringLiteral("pause"), QStringLiteral("chat")}).exitCode == Ok);
    const QString file = m_ws.homeFile(QStringLiteral("ledger.json"));
    const CliRun r = cli({QStringLiteral("export-ledger"), file});
    QVERIFY2(r.exitCode == Ok, r.describe().constData());
    COMPARE_MODE(file, 0600);
    // Written over an existing, world-readable file: private as well.
    QCOMPARE(::chmod(QFile::encodeName(file).constData(), 0644), 0);
    QVERIFY(cli({QStringLiteral("export-ledger"), file}).exitCode == Ok);
    COMPARE_MODE(file, 0600);
}

// --- core dumps ------------------------------------------------------------------------

void TestCliDefaults::noCoreDumps_data()
{
    QTest::addColumn<bool>("window");
    QTest::newRow("lepton-console-cli") << false;
    QTest::newRow("lepton-console") << true;
}

void TestCliDefaults::noCoreDumps()
{
    QFETCH(bool, window);
    // A program that stays up: the CLI waiting for a ledger on standard input, or the
    // window's program serving the demo API.
    QProcess process;
    process.setProcessEnvironment(environment());
    process.setChildProcessModifier(allowCoreDumps);
    if (window)
        process.start(m_console, {QStringLiteral("--serve-demo"), QStringLiteral("--port"), QStringLiteral("0")});
    else
        process.start(m_cli, {QStringLiteral("import-ledger"), QStringLiteral("-"), QStringLiteral("--data-dir"), m_ws.dataDir()});
    QVERIFY(process.waitForStarted());
    const qint64 pid = process.processId();

    // The limit the child started with is gone once its main() ran.
    QTRY_COMPARE_WITH_TIMEOUT(coreLimitLine(pid), QByteArray("Max core file size 0 0 bytes"), 20000);
    // Not dumpable: a process of the same user without special privileges cannot read its
    // memory or environment (which holds the token).
    QProcess reader;
    reader.setChildProcessModifier(&Unprivileged::dropForExec);
    reader.start(QStringLiteral("cat"), {QStringLiteral("/proc/%1/environ").arg(pid)});
    QVERIFY(reader.waitForFinished(10000));
    QVERIFY2(reader.exitCode() != 0, "another process could read the environment of the running program");
    QVERIFY(reader.readAllStandardOutput().isEmpty());

    if (window) {
        process.terminate();
    } else {
        process.closeWriteChannel(); // an empty ledger: the CLI ends
    }
    QVERIFY(process.waitForFinished(20000));
}

// --- import ----------------------------------------------------------------------------

void TestCliDefaults::importIsCapped()
{
    // An endless file: read up to the cap, then refused, nothing imported.
    const CliRun r = cli({QStringLiteral("import-ledger"), QStringLiteral("/dev/zero")});
    QVERIFY2(!r.crashed && r.exitCode == LocalStore, r.describe().left(2000).constData());
    QVERIFY2(r.oneErrorLine(), r.err.constData());
    QVERIFY2(r.errText().contains(QStringLiteral("MB")), r.err.constData());
    QVERIFY(r.out.isEmpty());
    const CliRun paused = cli({QStringLiteral("paused"), QStringLiteral("--json")});
    QVERIFY2(paused.exitCode == Ok, paused.describe().constData());
    QCOMPARE(paused.json().value(QStringLiteral("paused")).toArray().size(), 0);
}

void TestCliDefaults::importHandlesOtherFiles()
{
    QVERIFY(cli({QStringLiteral("pause"), QStringLiteral("chat")}).exitCode == Ok);
    const CliRun exported = cli({QStringLiteral("export-ledger"), QStringLiteral("-")});
    QVERIFY2(exported.exitCode == Ok, exported.describe().constData());
    QTemporaryDir other;
    QVERIFY(other.isValid());
    const auto importInto = [&](const QString &file) {
        return run({QStringLiteral("import-ledger"), file, QStringLiteral("--json"), QStringLiteral("--data-dir"), other.path()});
    };

    // A folder: one clear line, nothing imported.
    const CliRun folder = importInto(m_ws.home());
    QCOMPARE(folder.exitCode, int(LocalStore));
    QVERIFY2(folder.oneErrorLine(), folder.err.constData());
    QVERIFY2(folder.errText().contains(QStringLiteral("folder")), folder.err.constData());

    // A named pipe (what `import-ledger <(curl ...)` gives): read like a file.
    const QString fifo = m_ws.homeFile(QStringLiteral("ledger.fifo"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QProcess writer;
    writer.start(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("cat > \"$0\""), fifo});
    QVERIFY(writer.waitForStarted());
    writer.write(exported.out);
    writer.closeWriteChannel();
    const CliRun piped = importInto(fifo);
    QVERIFY2(piped.exitCode == Ok, piped.describe().constData());
    QCOMPARE(piped.json().value(QStringLiteral("imported")).toInt(), 1);
    QTRY_COMPARE(writer.state(), QProcess::NotRunning);
}

// --- standard error --------------------------------------------------------------------

void TestCliDefaults::stderrCarriesOnlyTheCliLines()
{
    // Every Qt category switched on, as a user's environment may have it.
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
    const QStringList data {QStringLiteral("--data-dir"), m_ws.dataDir()};

    const CliRun paused = run(QStringList {QStringLiteral("pause"), QStringLiteral("chat")} + data, env);
    QVERIFY2(paused.exitCode == Ok, paused.describe().constData());
    QVERIFY2(paused.err.isEmpty(), paused.err.left(2000).constData());
    const CliRun list = run(QStringList {QStringLiteral("list")} + data, env);
    QVERIFY2(list.exitCode == Ok, list.describe().constData());
    QVERIFY2(list.err.isEmpty(), list.err.left(2000).constData());

    // A failure: its one documented line, nothing else.
    const CliRun missing = run(QStringList {QStringLiteral("status"), QStringLiteral("no-such")} + data, env);
    QCOMPARE(missing.exitCode, 4);
    QVERIFY2(missing.oneErrorLine(), missing.err.left(2000).constData());
    QVERIFY(missing.err.startsWith("lepton-console-cli status: "));
}

void TestCliDefaults::debugShowsTheLog()
{
    // --debug asks for the log on stderr, the token redacted.
    const CliRun r = cli({QStringLiteral("--debug"), QStringLiteral("list")});
    QVERIFY2(r.exitCode == Ok, r.describe().constData());
    QVERIFY2(r.err.contains("lepton.api"), r.err.left(2000).constData());
    QVERIFY(!r.err.contains(kToken.toUtf8()));
    QVERIFY(!r.out.contains(kToken.toUtf8()));
}

// --- a read-only database --------------------------------------------------------------

void TestCliDefaults::readOnlyDatabase_data()
{
    QTest::addColumn<int>("fileMode");
    QTest::addColumn<int>("folderMode");
    QTest::newRow("read-only file") << 0444 << 0700;
    QTest::newRow("read-only folder") << 0600 << 0500;
}

void TestCliDefaults::readOnlyDatabase()
{
    QFETCH(int, fileMode);
    QFETCH(int, folderMode);
    const CliRun paused = cli({QStringLiteral("pause"), QStringLiteral("chat"), QStringLiteral("--note"), QStringLiteral("nightly")});
    QVERIFY2(paused.exitCode == Ok, paused.describe().constData());
    const QString ledgerFile = m_ws.homeFile(QStringLiteral("ledger.json"));
    QVERIFY(cli({QStringLiteral("export-ledger"), ledgerFile}).exitCode == Ok);
    const QByteArray before = readFile(databasePath());
    QVERIFY(!before.isEmpty());
    QCOMPARE(::chmod(QFile::encodeName(databasePath()).constData(), mode_t(fileMode)), 0);
    QCOMPARE(::chmod(QFile::encodeName(m_ws.dataDir()).constData(), mode_t(folderMode)), 0);
    m_simulator->clearRequests();

    // As an ordinary user would run it (the tests may run as root, who writes anything).
    const auto readOnly = [&](const QStringList &arguments) {
        return run(arguments + QStringList {QStringLiteral("--data-dir"), m_ws.dataDir()}, {}, {}, &Unprivileged::dropForExec);
    };

    // Reading commands work.
    const CliRun list = readOnly({QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(list.exitCode == Ok, list.describe().constData());
    bool chatPaused = false;
    for (const QJsonValue &d : list.json().value(QStringLiteral("deployments")).toArray())
        chatPaused = chatPaused || (d[QStringLiteral("name")] == QStringLiteral("chat") && d[QStringLiteral("paused")].toBool());
    QVERIFY2(chatPaused, list.out.constData());
    const CliRun status = readOnly({QStringLiteral("status"), QStringLiteral("chat"), QStringLiteral("--json")});
    QVERIFY2(status.exitCode == Ok, status.describe().constData());
    QCOMPARE(status.json().value(QStringLiteral("notes")).toArray().size(), 1);
    const CliRun pausedList = readOnly({QStringLiteral("paused"), QStringLiteral("--json")});
    QVERIFY2(pausedList.exitCode == Ok, pausedList.describe().constData());
    QCOMPARE(pausedList.json().value(QStringLiteral("paused")).toArray().size(), 1);
    const CliRun notes = readOnly({QStringLiteral("notes"), QStringLiteral("chat"), QStringLiteral("--json")});
    QVERIFY2(notes.exitCode == Ok, notes.describe().constData());
    QCOMPARE(notes.json().value(QStringLiteral("notes")).toArray().size(), 1);
    const CliRun exported = readOnly({QStringLiteral("export-ledger"), QStringLiteral("-")});
    QVERIFY2(exported.exitCode == Ok, exported.describe().constData());
    QCOMPARE(QJsonDocument::fromJson(exported.out).object().value(QStringLiteral("entries")).toArray().size(), 1);
    for (const CliRun *r : {&list, &status, &pausedList, &notes, &exported})
        QVERIFY2(r->err.isEmpty(), r->err.constData());

    // Writing commands refuse with one clear line, exit 8, and send nothing.
    const QList<QStringList> writers {
        {QStringLiteral("notes"), QStringLiteral("chat"), QStringLiteral("--add"), QStringLiteral("lost?")},
        {QStringLiteral("pause"), QStringLiteral("gpu-batch")},
        {QStringLiteral("resume"), QStringLiteral("chat")},
        {QStringLiteral("set-replicas"), QStringLiteral("chat"), QStringLiteral("--min"), QStringLiteral("2")},
        {QStringLiteral("import-ledger"), ledgerFile},
    };
    for (const QStringList &arguments : writers) {
        const CliRun r = readOnly(arguments);
        QVERIFY2(r.exitCode == LocalStore, qPrintable(arguments.join(u' ') + QStringLiteral(": ") + QString::fromUtf8(r.describe())));
        QVERIFY2(r.oneErrorLine(), r.err.constData());
        QVERIFY2(r.errText().contains(QStringLiteral("read-only")), r.err.constData());
    }
    QCOMPARE(patchCount(), 0);
    QCOMPARE(readFile(databasePath()), before);
}

// --- a damaged database ----------------------------------------------------------------

void TestCliDefaults::recoveredDatabaseHasItsOwnExitCode()
{
    QVERIFY(cli({QStringLiteral("pause"), QStringLiteral("chat")}).exitCode == Ok);
    {
        QFile file(databasePath());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QVERIFY(file.write(QByteArray(8192, '\x5a')) == 8192);
    }
    // The command itself works on the fresh database, but a script must see that the saved
    // pauses are now in the kept copy: exit 9, and the warning says where.
    const CliRun r = cli({QStringLiteral("paused"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == DatabaseRecovered, r.describe().constData());
    QVERIFY2(r.oneErrorLine(), r.err.constData());
    QVERIFY2(r.errText().contains(QStringLiteral(".corrupt-")), r.err.constData());
    QCOMPARE(r.json().value(QStringLiteral("paused")).toArray().size(), 0);
    QStringList kept = QDir(m_ws.dataDir()).entryList({QStringLiteral("*.corrupt-*")}, QDir::Files);
    QCOMPARE(kept.size(), 1);

    // Only the run that moved it aside says so.
    const CliRun next = cli({QStringLiteral("paused")});
    QVERIFY2(next.exitCode == Ok, next.describe().constData());

    // A failure keeps its own code: it says more than "recovered".
    {
        QFile file(databasePath());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QVERIFY(file.write(QByteArray(8192, '\x5a')) == 8192);
    }
    const CliRun failed = cli({QStringLiteral("resume"), QStringLiteral("chat")});
    QCOMPARE(failed.exitCode, int(Usage)); // the saved values are in the kept copy: --replicas N
    QVERIFY(failed.errText().contains(QStringLiteral(".corrupt-")));
}

// The store opens on its worker; the command waits for the open and says why it failed, in
// the database's own words, before anything else.
void TestCliDefaults::newerDatabaseIsRefusedWithItsReason()
{
    QVERIFY(cli({QStringLiteral("paused")}).exitCode == Ok);
    {
        LocalDatabase db(databasePath());
        QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("UPDATE meta SET value = '99' WHERE key = 'schema_version'")));
    }
    const QByteArray before = readFile(databasePath());
    const CliRun r = cli({QStringLiteral("paused")});
    QVERIFY2(r.exitCode == LocalStore, r.describe().constData());
    QVERIFY2(r.oneErrorLine(), r.err.constData());
    QVERIFY2(r.errText().contains(QStringLiteral("could not be opened")) && r.errText().contains(QStringLiteral("newer Lepton Console")),
             r.err.constData());
    QCOMPARE(readFile(databasePath()), before); // left untouched
}

QTEST_GUILESS_MAIN(TestCliDefaults)
#include "tst_clidefaults.moc"
