// The team store going away mid-run and coming back (issue 19, "failure without loss"),
// against a PostgreSQL server this test starts and stops itself (initdb into a temporary
// folder, a socket there and no TCP, as scripts/test does; as the "postgres" account when the
// test runs as root, because initdb refuses root):
//  - with the server stopped, a pause is refused before any PATCH (nothing paused blindly),
//    its message names the store and the server's words, and lepton-console-cli exits
//    LocalStoreError; a note written meanwhile is refused (Unavailable), never kept somewhere
//    else;
//  - Storage::status() says the store is lost, and since when; statusChanged() says so;
//  - when the server is back, the next call reconnects: statusChanged() (open again), and
//    changed() so that views re-read; LISTEN is made again, so another connection's commit
//    arrives as changed().
#include "app/api/leptonclient.h"
#include "app/pause/pausecontroller.h"
#include "app/simulator/simulatorpopulation.h"
#include "app/simulator/workspacesimulator.h"
#include "app/storage/notesstore.h"
#include "app/storage/pauseledger.h"
#include "app/storage/postgres/postgresdatabase.h"
#include "app/storage/postgres/postgresstorage.h"
#include "app/storage/sqlite/notestable.h"
#include "tests/support/cliprocess.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

#include <pwd.h>
#include <sys/types.h>
#include <unistd.h>

using namespace std::chrono_literals;

namespace {

const QString kWs = QStringLiteral("ws-outage");
const QString kToken = QStringLiteral("tok-outage-77c1");

// The newest PostgreSQL server binaries of the Debian packages; empty when there are none.
QString serverBinaries()
{
    const QDir root(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(), [](const QString &a, const QString &b) { return a.toInt() < b.toInt(); });
    for (auto it = versions.crbegin(); it != versions.crend(); ++it) {
        const QString bin = root.filePath(*it + QStringLiteral("/bin"));
        if (QFileInfo(bin + QStringLiteral("/initdb")).isExecutable() && QFileInfo(bin + QStringLiteral("/pg_ctl")).isExecutable())
            return bin;
    }
    return QString();
}

// A throwaway server in a temporary folder that the test starts and stops.
class ThrowawayServer
{
public:
    explicit ThrowawayServer(const QString &bin) : m_bin(bin) {}
    ~ThrowawayServer()
    {
        if (m_initialised)
            pgCtl({QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("stop")});
    }

    QString error() const { return m_error; }
    QString uri() const
    {
        return QStringLiteral("postgresql:///postgres?host=%1&user=%2&connect_timeout=5").arg(m_dir.path(), m_user);
    }

    bool init()
    {
        if (!m_dir.isValid())
            return fail(QStringLiteral("no temporary folder"));
        m_user = QString::fromLocal8Bit(qgetenv("USER"));
        if (::geteuid() == 0) {
            // initdb refuses root: the server runs as the account the package made.
            const passwd *account = ::getpwnam("postgres");
            if (!account)
                return fail(QStringLiteral("running as root and there is no \"postgres\" account"));
            if (::chown(QFile::encodeName(m_dir.path()).constData(), account->pw_uid, account->pw_gid) != 0)
                return fail(QStringLiteral("could not hand the temporary folder to \"postgres\""));
            m_asPostgres = true;
            m_user = QStringLiteral("postgres");
        } else if (m_user.isEmpty()) {
            m_user = QString::fromLocal8Bit(::getpwuid(::geteuid())->pw_name);
        }
        QString out;
        if (!exec(m_bin + QStringLiteral("/initdb"),
                  {QStringLiteral("-D"), dataDir(), QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-U"), m_user,
                   QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--no-sync")},
                  &out))
            return fail(QStringLiteral("initdb failed: ") + out);
        m_initialised = true;
        return true;
    }

    bool start()
    {
        QString out;
        if (!pgCtl({QStringLiteral("-l"), m_dir.filePath(QStringLiteral("server.log")), QStringLiteral("-w"), QStringLiteral("-t"),
                    QStringLiteral("60"), QStringLiteral("-o"),
                    QStringLiteral("-k %1 -c listen_addresses= -c fsync=off -c synchronous_commit=off").arg(m_dir.path()),
                    QStringLiteral("start")},
                   &out))
            return fail(QStringLiteral("the server did not start: ") + out);
        return true;
    }

    // Fast shutdown: the server ends every session (clients see their connection go) and stops.
    bool stop()
    {
        QString out;
        if (!pgCtl({QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop")}, &out))
            return fail(QStringLiteral("the server did not stop: ") + out);
        return true;
    }

private:
    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }
    bool fail(const QString &why)
    {
        m_error = why;
        return false;
    }
    bool pgCtl(QStringList arguments, QString *out = nullptr)
    {
        arguments.prepend(dataDir());
        arguments.prepend(QStringLiteral("-D"));
        return exec(m_bin + QStringLiteral("/pg_ctl"), arguments, out);
    }
    bool exec(const QString &program, QStringList arguments, QString *out)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.setWorkingDirectory(m_dir.path());
        if (m_asPostgres) {
            arguments.prepend(program);
            arguments.prepend(QStringLiteral("--"));
            arguments.prepend(QStringLiteral("postgres"));
            arguments.prepend(QStringLiteral("-u"));
            process.start(QStringLiteral("runuser"), arguments);
        } else {
            process.start(program, arguments);
        }
        // pg_ctl -w returns once the server is up or down; initdb within seconds.
        const bool finished = process.waitForFinished(120000);
        if (out)
            *out = QString::fromLocal8Bit(process.readAll());
        return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    }

    QString m_bin;
    QTemporaryDir m_dir;
    QString m_user;
    QString m_error;
    bool m_asPostgres = false;
    bool m_initialised = false;
};

Note noteOn(const QString &name, const QString &text)
{
    Note note;
    note.workspaceId = kWs;
    note.deploymentName = name;
    note.text = text;
    note.author = QStringLiteral("alice");
    return note;
}

StoreResult<Note> addNote(Storage &storage, const Note &note)
{
    QObject context;
    std::optional<StoreResult<Note>> result;
    storage.notes().add(note, &context, [&result](const StoreResult<Note> &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
        return StoreResult<Note>::failure(StoreError(StoreError::Kind::Other, QStringLiteral("no answer in 30 s")));
    return *result;
}

int patchesReceived(const WorkspaceSimulator &simulator)
{
    int patches = 0;
    for (const auto &request : simulator.requests())
        patches += request.method == "PATCH" ? 1 : 0;
    return patches;
}

} // namespace

class TestTeamStoreOutage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void serverGoingAwayLosesNothingAndPausesNothingBlindly();
};

void TestTeamStoreOutage::serverGoingAwayLosesNothingAndPausesNothingBlindly()
{
    const QString bin = serverBinaries();
    if (bin.isEmpty())
        QSKIP("The PostgreSQL server binaries are not installed (/usr/lib/postgresql/<version>/bin/initdb and pg_ctl, "
              "package postgresql-15): this test starts and stops its own server.");
    ThrowawayServer server(bin);
    QVERIFY2(server.init(), qPrintable(server.error()));
    QVERIFY2(server.start(), qPrintable(server.error()));
    const QString uri = server.uri();

    WorkspaceSimulator simulator;
    simulator.setWorkspaceId(kWs);
    simulator.setToken(kToken);
    DeploymentRecipe chat;
    chat.name = QStringLiteral("chat");
    chat.minReplicas = 2;
    chat.maxReplicas = 4;
    simulator.setDeployments({SimulatorPopulation::make(chat)});
    QVERIFY(simulator.listen());

    PostgresStorage storage(uri);
    QSignalSpy statusChanged(&storage, &Storage::statusChanged);
    QTRY_VERIFY_WITH_TIMEOUT(!storage.status().opening, 15000);
    QVERIFY2(storage.status().open, qPrintable(storage.status().errorString));
    QVERIFY(!storage.status().lostSince.isValid());
    QVERIFY(addNote(storage, noteOn(QStringLiteral("chat"), QStringLiteral("before the outage"))).ok());

    // The server goes away.
    QVERIFY2(server.stop(), qPrintable(server.error()));
    statusChanged.clear();
    const QDateTime stoppedAt = QDateTime::currentDateTimeUtc().addSecs(-1);

    // A note written now is refused, with the store and the server's words.
    const auto refused = addNote(storage, noteOn(QStringLiteral("chat"), QStringLiteral("during the outage")));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error.kind == StoreError::Kind::Unavailable,
             qPrintable(QStringLiteral("kind %1: %2").arg(int(refused.error.kind)).arg(refused.error.message)));
    QVERIFY2(refused.error.message.contains(storage.status().location.isEmpty() ? uri : storage.status().location),
             qPrintable(refused.error.message));
    // The window learns it at once, and since when.
    QTRY_VERIFY_WITH_TIMEOUT(!storage.status().open, 10000);
    QVERIFY(statusChanged.count() >= 1);
    QVERIFY2(storage.status().lostSince.isValid() && storage.status().lostSince >= stoppedAt,
             qPrintable(storage.status().lostSince.toString(Qt::ISODateWithMs)));
    QVERIFY(!storage.status().errorString.isEmpty());

    // A pause in this process: refused before anything is sent.
    LeptonClient client;
    client.setBaseUrl(simulator.baseUrl());
    client.setToken(kToken);
    PauseController pauses(&client, &storage, kWs);
    pauses.setUserName(QStringLiteral("alice"));
    simulator.clearRequests();
    std::optional<PauseOutcome> outcome;
    pauses.pause(QStringLiteral("chat"), {}, this, [&outcome](const PauseOutcome &o) { outcome = o; });
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 30000);
    QCOMPARE(outcome->kind, PauseOutcome::Kind::LocalStoreFailed);
    QVERIFY2(outcome->message.contains(storage.status().location), qPrintable(outcome->message));
    QCOMPARE(patchesReceived(simulator), 0);

    // And lepton-console-cli on the same store: exit LocalStoreError, the store and the
    // server's words on standard error, nothing sent.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QProcessEnvironment env = CliProcess::environment(home.path(), kWs, kToken, simulator.baseUrl());
    const CliRun cli = CliProcess::run(CliProcess::program(), {QStringLiteral("--store"), uri, QStringLiteral("pause"),
                                                               QStringLiteral("chat"), QStringLiteral("--note"),
                                                               QStringLiteral("maintenance")}, env);
    QVERIFY2(cli.finished && cli.exitCode == 8, cli.describe().constData());
    QVERIFY2(cli.errText().contains(PostgresDatabase::redacted(uri)), cli.describe().constData());
    QCOMPARE(patchesReceived(simulator), 0);
    QCOMPARE(simulator.deployment(QStringLiteral("chat")).value(QStringLiteral("spec")).toObject()
                 .value(QStringLiteral("resource_requirement")).toObject().value(QStringLiteral("min_replicas")).toInt(),
             2);

    // The server comes back: the next call reconnects, the status says so, views re-read.
    QVERIFY2(server.start(), qPrintable(server.error()));
    QSignalSpy changed(&storage, &Storage::changed);
    statusChanged.clear();
    const auto after = addNote(storage, noteOn(QStringLiteral("chat"), QStringLiteral("after the outage")));
    QVERIFY2(after.ok(), qPrintable(after.error.message));
    QTRY_VERIFY_WITH_TIMEOUT(storage.status().open, 10000);
    QVERIFY(statusChanged.count() >= 1);
    QVERIFY(!storage.status().lostSince.isValid());
    QVERIFY(storage.status().errorString.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 1, 10000);

    // Nothing was kept anywhere else: the store has the notes written while it was there.
    PostgresDatabase other(uri);
    QVERIFY2(other.isOpen(), qPrintable(other.errorString()));
    QStringList texts;
    for (const Note &note : NotesTable(other).history(kWs, QStringLiteral("chat")))
        texts << note.text;
    QCOMPARE(texts, (QStringList {QStringLiteral("after the outage"), QStringLiteral("before the outage")}));

    // Listening again: another connection's commit arrives as changed().
    changed.clear();
    QVERIFY(NotesTable(other).add(noteOn(QStringLiteral("chat"), QStringLiteral("from a colleague"))));
    QVERIFY(changed.count() > 0 || changed.wait(10000));
}

QTEST_GUILESS_MAIN(TestTeamStoreOutage)
#include "tst_teamstoreoutage.moc"
