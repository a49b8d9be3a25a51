// The workspace token never leaves memory: a whole session (connect, load, pause with a
// reason, a note, resume, and the error paths: 401, 403, a server that echoes the token back
// in its error page, the server gone) runs with a known, distinctive token and every debug
// message switched on; then the settings, the database (with its -wal and -shm), every file
// the run left in the test's folders, every captured log line, the text the window showed,
// the command line's output and the output of a crashing console are searched for it, in
// UTF-8, UTF-16, base64 and as a fragment. It must not be found.
#include "app/deployments/deploymentpoller.h"
#include "app/storage/sqlite/sqlitestorage.h"
#include "ui/widgets/errorbanner.h"
#include "app/api/leptonclient.h"
#include "app/storage/sqlite/localdatabase.h"
#include "ui/mainwindow/mainwindow.h"
#include "app/storage/sqlite/notestable.h"
#include "app/pause/pausecontroller.h"
#include "app/storage/sqlite/ledgertable.h"
#include "tests/support/recipewithreplicas.h"
#include "tests/support/scratchfolder.h"
#include "app/simulator/simulatorpopulation.h"
#include "app/workspaces/workspaceregistry.h"
#include "app/workspaces/workspacesession.h"
#include "app/simulator/workspacesimulator.h"

#include <QApplication>
#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLoggingCategory>
#include <QMutex>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

#include <cstdio>
#include <memory>

using namespace std::chrono_literals;
using Fault = WorkspaceSimulator::Fault;

namespace {

// Distinctive: no other byte sequence in the run looks like it.
const QString kToken = QStringLiteral("lptok_Zq7Xv3Nw9Rb2Kd5Ht8Jm4Pc6Ls1Fg0Ye");
constexpr const char *kChildEnv = "TST_SECRETS_CHILD_URL";

// Every form the token could take in a file or a stream.
QList<QByteArray> needles()
{
    const QByteArray utf8 = kToken.toUtf8();
    QByteArray utf16(reinterpret_cast<const char *>(kToken.utf16()), kToken.size() * 2);
    return {
        utf8,
        utf8.mid(8, 16), // a fragment: a token cut in a log line is still a leak
        utf16,
        utf8.toBase64(),
        ("Bearer " + utf8).toBase64(),
        QByteArray("Bearer ") + utf8.left(12),
        utf8.toPercentEncoding(),
    };
}

// Where in `haystack` a form of the token is, or an empty string.
QString findToken(const QByteArray &haystack)
{
    for (const QByteArray &needle : needles()) {
        const qsizetype at = haystack.indexOf(needle);
        if (at >= 0)
            return QStringLiteral("'%1' at byte %2: ...%3...")
                .arg(QString::fromLatin1(needle.left(20)))
                .arg(at)
                .arg(QString::fromUtf8(haystack.mid(std::max<qsizetype>(0, at - 200), 260)).simplified());
    }
    return QString();
}

// Every message, as Qt hands it over (before any redaction the console may add).
QMutex g_logMutex;
QByteArray g_log;
int g_logLines = 0;
QtMessageHandler g_previous = nullptr;

int g_serverLines = 0;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker locker(&g_logMutex);
        const QByteArray category(context.category ? context.category : "default");
        // The simulator's HTTP server plays the Lepton cloud here: its side of the
        // conversation must see the token (Qt HttpServer logs whole requests at debug level).
        // The console's process only runs it for the demo workspace, with the demo token.
        if (category.startsWith("qt.httpserver")) {
            ++g_serverLines;
            return;
        }
        g_log += category + ": " + message.toUtf8() + '\n';
        ++g_logLines;
    }
    if (type != QtDebugMsg && g_previous)
        g_previous(type, context, message);
}

// The console that crashes: a session with the token, a refresh and a refused token with
// every debug message on stderr (Qt's default handler), then a fatal error.
int runCrashingChild(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
    const QString dir = qEnvironmentVariable("TST_SECRETS_CHILD_DIR");
    LocalDatabase db(dir + QStringLiteral("/child.sqlite"));
    WorkspaceCredentials credentials;
    credentials.workspaceId = QStringLiteral("demo");
    credentials.token = kToken;
    credentials.baseUrl = QUrl(qEnvironmentVariable(kChildEnv));
    SqliteStorage storage(db.path());
    WorkspaceSession session(credentials, &storage);
    int outcomes = 0;
    QObject::connect(&session, &WorkspaceSession::refreshed, [&] { ++outcomes; });
    QObject::connect(&session, &WorkspaceSession::refreshFailed, [&](const ApiError &error) {
        qWarning("refresh failed: %s", qPrintable(error.userMessage()));
        ++outcomes;
    });
    session.start();
    (void)QTest::qWaitFor([&] { return outcomes > 0; }, 10000);
    qFatal("simulated crash after %d refresh(es) of workspace %s", outcomes, qPrintable(session.workspaceId()));
    return 0;
}

} // namespace

class TestSecrets : public QObject
{
    Q_OBJECT

    ScratchFolder m_dir;
    std::unique_ptr<WorkspaceSimulator> m_sim;
    QStringList m_shownText; // everything the window put in front of the user
    QStringList m_searchedFiles;
    QStringList m_openFileProblems;

    void searchTree(const QString &root, QStringList *problems)
    {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            m_searchedFiles << path;
            const QString found = findToken(file.readAll());
            if (!found.isEmpty())
                *problems << QStringLiteral("%1: %2").arg(path, found);
        }
    }

    QString cliPath() const
    {
        const QString fromCtest = qEnvironmentVariable("LEPTON_CLI");
        if (!fromCtest.isEmpty())
            return fromCtest;
        const QString beside = QCoreApplication::applicationDirPath() + QStringLiteral("/../lepton-console-cli");
        return QFile::exists(beside) ? beside : QString();
    }

    // Runs the command line against the simulator (serving it from this event loop).
    QByteArray runCli(const QStringList &arguments, const QString &token, int *exitCode, const QByteArray &stdinData = {})
    {
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LEPTON_WORKSPACE_ID"), QStringLiteral("demo"));
        if (!token.isEmpty())
            env.insert(QStringLiteral("LEPTON_WORKSPACE_TOKEN"), token);
        env.insert(QStringLiteral("LEPTON_WORKSPACE_URL"), m_sim ? m_sim->baseUrl().toString() : QStringLiteral("http://127.0.0.1:1/api/v2/workspaces/demo"));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
        env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("cli-home")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("cli-home/.config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("cli-home/.local/share")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir.filePath(QStringLiteral("cli-home/.cache")));
        cli.setProcessEnvironment(env);
        cli.setProcessChannelMode(QProcess::MergedChannels);
        cli.start(cliPath(), QStringList {QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("cli-data"))} + arguments);
        if (!cli.waitForStarted(10000))
            return "did not start";
        if (!stdinData.isEmpty())
            cli.write(stdinData);
        cli.closeWriteChannel();
        (void)QTest::qWaitFor([&] { return cli.state() == QProcess::NotRunning; }, 30000);
        *exitCode = cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1;
        return cli.readAll();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Every category, Qt's own included, at debug level: the most a user could turn on
        // for a bug report.
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
        g_previous = qInstallMessageHandler(captureMessage);
        QVERIFY2(m_dir.renew(), qPrintable(m_dir.errorString()));
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(g_previous);
        QLoggingCategory::setFilterRules(QString());
    }

    void init()
    {
        m_sim = std::make_unique<WorkspaceSimulator>();
        m_sim->setTransitionDelay(100ms);
        m_sim->setToken(kToken);
        DeploymentRecipe other;
        other.name = QStringLiteral("sdxl-turbo");
        m_sim->setDeployments({SimulatorPopulation::make(recipeWithReplicas(QStringLiteral("llama-chat"), 2, 4)),
                               SimulatorPopulation::make(other)});
        QVERIFY(m_sim->listen());
    }

    void cleanup() { m_sim.reset(); }

    // The window's session, good paths and bad.
    void windowSession()
    {
        const QString dataDir = m_dir.filePath(QStringLiteral("console"));
        QVERIFY(QDir().mkpath(dataDir));
        auto settings = std::make_unique<QSettings>(dataDir + QStringLiteral("/settings.ini"), QSettings::IniFormat);
        auto db = std::make_unique<LocalDatabase>(dataDir + QStringLiteral("/") + QString::fromLatin1(LocalDatabase::FileName));
        QVERIFY(db->isOpen());

        WorkspaceCredentials credentials;
        credentials.workspaceId = m_sim->workspaceId();
        credentials.token = kToken;
        credentials.baseUrl = m_sim->baseUrl();
        credentials.displayName = QStringLiteral("Secrets test");
        // What the connect dialog saves: the workspace, never its token.
        WorkspaceRegistry registry(settings.get());
        QString why;
        QVERIFY2(registry.addOrUpdate(credentials, &why), qPrintable(why));
        QVERIFY(registry.markUsed(credentials.workspaceId));
        QVERIFY(registry.setCurrentWorkspaceId(credentials.workspaceId));

        auto storage = std::make_unique<SqliteStorage>(db->path());
        auto session = std::make_unique<WorkspaceSession>(credentials, storage.get());
        session->client()->setTimeout(1500ms);
        session->poller()->setIntervals(1s, 60s);
        session->pauses()->setReconcileGrace(0ms);
        auto window = std::make_unique<MainWindow>(settings.get());
        window->setSession(session.get());
        window->show();
        const auto remember = [&] {
            if (window->banner()->isVisible())
                m_shownText << window->banner()->message();
            m_shownText << window->windowTitle();
            const QList<QLabel *> labels = window->findChildren<QLabel *>();
            for (const QLabel *label : labels)
                m_shownText << label->text();
        };
        std::optional<PauseOutcome> outcome;
        connect(window.get(), &MainWindow::pauseFinished, this, [&](const PauseOutcome &o) {
            outcome = o;
            m_shownText << o.message;
        });
        const auto refresh = [&]() -> bool {
            // A poll already on its way (the window refreshes after every pause) answers first.
            (void)QTest::qWaitFor([&] { return !session->poller()->isLoading(); }, 10000);
            QSignalSpy done(session.get(), &WorkspaceSession::refreshed);
            QSignalSpy failed(session.get(), &WorkspaceSession::refreshFailed);
            session->poller()->refreshNow();
            (void)QTest::qWaitFor([&] { return !done.isEmpty() || !failed.isEmpty(); }, 10000);
            remember();
            return !done.isEmpty();
        };
        const auto pause = [&](const QString &reason) {
            outcome.reset();
            window->pauseDeployments({QStringLiteral("llama-chat")}, reason, QDate::currentDate().addDays(3));
            (void)QTest::qWaitFor([&] { return outcome.has_value(); }, 10000);
            // The window refreshes after every pause: that poll answers before anything else
            // is looked at (or a fault meant for the next refresh would go to it).
            (void)QTest::qWaitFor([&] { return !session->poller()->isLoading(); }, 10000);
            remember();
            return outcome.value_or(PauseOutcome {});
        };
        const auto resume = [&] {
            outcome.reset();
            window->resumeDeployment(QStringLiteral("llama-chat"));
            (void)QTest::qWaitFor([&] { return outcome.has_value(); }, 10000);
            remember();
            return outcome.value_or(PauseOutcome {});
        };

        // Connect and load.
        QSignalSpy loaded(window.get(), &MainWindow::firstLoadFinished);
        session->start();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 10000);
        QCOMPARE(session->model()->rowCount(), 2);
        QVERIFY(window->selectDeployment(QStringLiteral("llama-chat")));
        remember();

        // Pause with a reason, a note, resume.
        QCOMPARE(pause(QStringLiteral("weekend, back on Monday")).kind, PauseOutcome::Kind::Paused);
        Note note;
        note.workspaceId = credentials.workspaceId;
        note.deploymentName = QStringLiteral("llama-chat");
        note.author = QStringLiteral("tester");
        note.text = QStringLiteral("owner: team X");
        QVERIFY(NotesTable(*db).add(note));
        QVERIFY(refresh());
        QCOMPARE(resume().kind, PauseOutcome::Kind::Resumed);

        // 401: the token is refused (rotated on the server).
        m_sim->setToken(QStringLiteral("rotated-elsewhere"));
        QVERIFY(!refresh());
        QCOMPARE(session->lastError().kind(), ApiError::Kind::Unauthorized);
        QCOMPARE(pause(QString()).kind, PauseOutcome::Kind::Failed);
        m_sim->setToken(kToken);

        // 403 on the pause itself; the pending entry is settled afterwards.
        m_sim->injectFault(Fault::httpStatus(403, R"({"code":"Forbidden","message":"read-only token"})").on("PATCH", "/deployments/"));
        QCOMPARE(pause(QStringLiteral("second try")).kind, PauseOutcome::Kind::Failed);

        // A gateway that echoes the request headers back in its error page (some debug
        // proxies do): the token must not reach the screen, the logs or the disk from there.
        const QByteArray echo = "<html><head><title>400 Bad Request</title></head><body><pre>GET /deployments\r\n"
                                "Authorization: Bearer " + kToken.toUtf8() + "\r\nAccept: application/json</pre></body></html>";
        m_sim->injectFault(Fault::httpStatus(400, echo, "text/html").on("GET", "/deployments$").times(1));
        QVERIFY(!refresh());
        const QByteArray jsonEcho = QJsonDocument(QJsonObject {{"message", QStringLiteral("invalid header Authorization: Bearer ") + kToken}})
                                        .toJson(QJsonDocument::Compact);
        m_sim->injectFault(Fault::httpStatus(401, jsonEcho).on("GET", "/deployments/llama-chat$").times(1));
        QCOMPARE(pause(QStringLiteral("echo")).kind, PauseOutcome::Kind::Failed);
        m_sim->injectFault(Fault::httpStatus(500, "upstream said: token=" + kToken.toUtf8(), "text/plain").on("GET", "/deployments$").times(1));
        QVERIFY(!refresh());

        // The server is gone.
        m_sim.reset();
        QVERIFY(!refresh());
        QCOMPARE(session->lastError().kind(), ApiError::Kind::Network);

        window->close(); // saves the window state to the settings
        window->setSession(nullptr);
        window.reset();
        session.reset();
        settings->sync();
        // The database as it is while open: its -wal and -shm beside it.
        searchTree(dataDir, &m_openFileProblems);
        settings.reset();
        db.reset();
        QVERIFY(!g_log.isEmpty());
    }

    // The command line, with the token from the environment and from standard input.
    void commandLine()
    {
        if (cliPath().isEmpty())
            QSKIP("lepton-console-cli not found (ctest sets LEPTON_CLI)");
        struct Run { QStringList arguments; QString token; QByteArray stdinData; int expectedExit; };
        const QList<Run> runs {
            {{QStringLiteral("list")}, kToken, {}, 0},
            {{QStringLiteral("pause"), QStringLiteral("llama-chat"), QStringLiteral("--note"), QStringLiteral("cli pause")}, kToken, {}, 0},
            {{QStringLiteral("notes"), QStringLiteral("llama-chat"), QStringLiteral("--add"), QStringLiteral("from the cli")}, kToken, {}, 0},
            {{QStringLiteral("status"), QStringLiteral("llama-chat")}, kToken, {}, 0},
            {{QStringLiteral("resume"), QStringLiteral("llama-chat")}, kToken, {}, 0},
            {{QStringLiteral("list"), QStringLiteral("--token-stdin")}, QString(), kToken.toUtf8() + '\n', 0},
            {{QStringLiteral("list")}, kToken + QStringLiteral("-wrong"), {}, 3},
            {{QStringLiteral("pause"), QStringLiteral("llama-chat")}, kToken + QStringLiteral("-wrong"), {}, 3},
        };
        QByteArray all;
        for (const Run &run : runs) {
            int exitCode = -2;
            const QByteArray output = runCli(run.arguments, run.token, &exitCode, run.stdinData);
            all += output;
            QVERIFY2(exitCode == run.expectedExit,
                     qPrintable(QStringLiteral("%1: exit %2\n%3").arg(run.arguments.join(u' ')).arg(exitCode).arg(QString::fromUtf8(output))));
        }
        // The server gone.
        m_sim.reset();
        int exitCode = -2;
        all += runCli({QStringLiteral("list")}, kToken, &exitCode);
        QVERIFY(exitCode != 0);
        const QString found = findToken(all);
        QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("the command line printed the token: ") + found));
    }

    // A console that dies: what it printed on its way down.
    void crashOutput()
    {
        m_sim->setToken(QStringLiteral("the-server-wants-another"));
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(kChildEnv), m_sim->baseUrl().toString());
        env.insert(QStringLiteral("TST_SECRETS_CHILD_DIR"), m_dir.path());
        env.insert(QStringLiteral("QT_MESSAGE_PATTERN"), QStringLiteral("%{type} %{category}: %{message}"));
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(child.state() == QProcess::NotRunning, 30000);
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        const QByteArray output = child.readAll();
        QVERIFY2(output.contains("simulated crash"), output.constData());
        QVERIFY2(output.contains("lepton.api"), "the child ran without its debug output");
        const QString found = findToken(output);
        QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("the crashing console printed the token: ") + found));
    }

    // Last: everything the run left behind.
    void nothingAnywhere()
    {
        QStringList problems = m_openFileProblems;
        searchTree(m_dir.path(), &problems);
        // Whatever the console wrote to its standard places (test mode: ~/.qttest/...).
        for (const auto location : {QStandardPaths::AppDataLocation, QStandardPaths::AppConfigLocation,
                                    QStandardPaths::GenericConfigLocation, QStandardPaths::CacheLocation,
                                    QStandardPaths::AppLocalDataLocation}) {
            const QString path = QStandardPaths::writableLocation(location);
            if (!path.isEmpty() && QFileInfo(path).isDir())
                searchTree(path, &problems);
        }
        QByteArray log;
        {
            QMutexLocker locker(&g_logMutex);
            log = g_log;
        }
        const QString inLog = findToken(log);
        if (!inLog.isEmpty())
            problems << QStringLiteral("log (%1 lines): %2").arg(g_logLines).arg(inLog);
        const QString onScreen = findToken(m_shownText.join(QLatin1Char('\n')).toUtf8());
        if (!onScreen.isEmpty())
            problems << QStringLiteral("shown in the window: ") + onScreen;

        qInfo("searched %lld files, %d log lines (and left out %d of the simulator's server), %lld texts shown",
              static_cast<long long>(m_searchedFiles.size()), g_logLines, g_serverLines, static_cast<long long>(m_shownText.size()));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        // The search itself works: the database and the settings were among the files.
        QVERIFY(std::any_of(m_searchedFiles.cbegin(), m_searchedFiles.cend(),
                            [](const QString &p) { return p.endsWith(QStringLiteral(".sqlite")); }));
        QVERIFY(std::any_of(m_searchedFiles.cbegin(), m_searchedFiles.cend(),
                            [](const QString &p) { return p.endsWith(QStringLiteral(".sqlite-wal")); }));
        QVERIFY(std::any_of(m_searchedFiles.cbegin(), m_searchedFiles.cend(),
                            [](const QString &p) { return p.endsWith(QStringLiteral("settings.ini")); }));
        QVERIFY(g_logLines > 20);
    }

    // The search can fail: a token written anywhere is found.
    void searchFindsAPlantedToken()
    {
        QVERIFY(!findToken("Authorization: Bearer " + kToken.toUtf8()).isEmpty());
        QVERIFY(!findToken("...token=" + kToken.toUtf8().mid(6, 24) + "...").isEmpty());
        QByteArray utf16(reinterpret_cast<const char *>(kToken.utf16()), kToken.size() * 2);
        QVERIFY(!findToken("x" + utf16 + "y").isEmpty());
        QVERIFY(findToken("Bearer [redacted]").isEmpty());
    }
};

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet(kChildEnv))
        return runCrashingChild(argc, argv);
    QApplication app(argc, argv);
    TestSecrets test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secrets.moc"
