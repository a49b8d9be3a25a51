#include "app/credentials/tokenstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMetaEnum>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <memory>

using namespace std::chrono_literals;

namespace {

// The tests never touch the console's real entries: their own service name, and ids
// unique per run so parallel runs do not meet.
const QString kTestService = QStringLiteral("lepton-console-tests");
const char *kChildFlag = "--keychain-child";

QString uniqueId(const char *tag)
{
    return QStringLiteral("tst-%1-%2-%3")
        .arg(QLatin1String(tag))
        .arg(QCoreApplication::applicationPid())
        .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
}

QString errorName(TokenStore::Error error)
{
    return QString::fromLatin1(QMetaEnum::fromType<TokenStore::Error>().valueToKey(int(error)));
}

// Collects the callbacks of one call; counts them so "exactly one" can be checked.
struct Outcome
{
    int calls = 0;
    TokenStore::Result result;
    TokenStore::Callback callback()
    {
        return [this](const TokenStore::Result &r) {
            ++calls;
            result = r;
        };
    }
};

// One call, waited for; the callback must come later, never from inside the call.
template<typename Start>
TokenStore::Result runAndWait(Start start, QObject *context, int timeoutMs = 30000)
{
    Outcome outcome;
    bool returned = false;
    bool calledTooEarly = false;
    start(context, [&](const TokenStore::Result &r) {
        calledTooEarly = calledTooEarly || !returned;
        ++outcome.calls;
        outcome.result = r;
    });
    returned = true;
    QElapsedTimer clock;
    clock.start();
    while (outcome.calls == 0 && clock.elapsed() < timeoutMs)
        QTest::qWait(5);
    QTest::qWait(20); // a second callback would show up here
    if (outcome.calls != 1 || calledTooEarly) {
        TokenStore::Result wrong;
        wrong.error = TokenStore::Error::Other;
        wrong.message = QStringLiteral("TEST: %1 callbacks, synchronous: %2")
                            .arg(outcome.calls)
                            .arg(calledTooEarly);
        return wrong;
    }
    return outcome.result;
}

// ----- the child process: keychain calls against whatever keychain it finds -----
// tst_tokenstore --keychain-child <workspace id> <ops>, ops a comma-separated list of
// write, read, delete, run in that order; prints "<op>=<Error>|<message>" per call.

int runChild(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString workspaceId = args.value(2, QStringLiteral("tst-child"));
    const QStringList ops = args.value(3, QStringLiteral("write,read")).split(QLatin1Char(','));
    TokenStore store(kTestService);
    store.setTimeout(20s);
    QTextStream out(stdout);
    qsizetype pending = ops.size();
    for (const QString &op : ops) {
        auto report = [&, op](const TokenStore::Result &result) {
            out << op << '=' << errorName(result.error) << '|' << result.message << '\n';
            out.flush();
            if (--pending == 0)
                app.quit();
        };
        if (op == QLatin1String("write"))
            store.writeToken(workspaceId, QStringLiteral("child-secret-token"), &app, report);
        else if (op == QLatin1String("read"))
            store.readToken(workspaceId, &app, report);
        else if (op == QLatin1String("delete"))
            store.deleteToken(workspaceId, &app, report);
        else
            return 2;
    }
    return app.exec();
}

} // namespace

class TestTokenStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTrip();
    void keysAreSeparate();
    void deletingNothingSucceeds();
    void invalidInputIsRefusedLater();
    void deadContextGetsNothing();
    void storeMayGoAwayWhileJobRuns();
    void timeoutReportsOnce();
    void noKeychain_data();
    void noKeychain();

private:
    bool m_haveSessionBus = false;
};

void TestTokenStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_haveSessionBus = !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
}

#define REQUIRE_KEYCHAIN()                                                                  \
    do {                                                                                    \
        if (!m_haveSessionBus)                                                              \
            QSKIP("DBUS_SESSION_BUS_ADDRESS is not set: no D-Bus session, so no Secret "    \
                  "Service to test against. Run through scripts/test (dbus-run-session "    \
                  "with an unlocked gnome-keyring).");                                      \
    } while (false)

void TestTokenStore::roundTrip()
{
    REQUIRE_KEYCHAIN();
    TokenStore store(kTestService);
    QObject context;
    const QString ws = uniqueId("roundtrip");
    const QString first = QStringLiteral("nvapi-first:token/with+odd=chars");
    const QString second = QStringLiteral("nvapi-second-") + QString(1500, QLatin1Char('x'));

    TokenStore::Result r = runAndWait([&](QObject *c, auto cb) { store.readToken(ws, c, cb); }, &context);
    QCOMPARE(r.error, TokenStore::Error::NotFound);
    QVERIFY(r.token.isEmpty());

    r = runAndWait([&](QObject *c, auto cb) { store.writeToken(ws, first, c, cb); }, &context);
    QVERIFY2(r.isOk(), qPrintable(errorName(r.error) + QLatin1Char(' ') + r.message));

    r = runAndWait([&](QObject *c, auto cb) { store.readToken(ws, c, cb); }, &context);
    QVERIFY2(r.isOk(), qPrintable(r.message));
    QCOMPARE(r.token, first);

    r = runAndWait([&](QObject *c, auto cb) { store.writeToken(ws, second, c, cb); }, &context);
    QVERIFY2(r.isOk(), qPrintable(r.message));
    r = runAndWait([&](QObject *c, auto cb) { store.readToken(ws, c, cb); }, &context);
    QVERIFY2(r.isOk(), qPrintable(r.message));
    QCOMPARE(r.token, second);

    r = runAndWait([&](QObject *c, auto cb) { store.deleteToken(ws, c, cb); }, &context);
    QVERIFY2(r.isOk(), qPrintable(r.message));
    r = runAndWait([&](QObject *c, auto cb) { store.readToken(ws, c, cb); }, &context);
    QCOMPARE(r.error, TokenStore::Error::NotFound);
    QVERIFY(r.token.isEmpty());

    // A fresh store (another window, a restart) sees the same keychain.
    r = runAndWait([&](QObject *c, auto cb) { store.writeToken(ws, first, c, cb); }, &context);
    QVERIFY2(r.isOk(), qPrintable(r.message));
    TokenStore other(kTestService);
    r = runAndWait([&](QObject *c, auto cb) { other.readToken(ws, c, cb); }, &context);
    QCOMPARE(r.token, first);
    // ...but not under another service name.
    TokenStore foreign(kTestService + QStringLiteral("-other"));
    r = runAndWait([&](QObject *c, auto cb) { foreign.readToken(ws, c, cb); }, &context);
    QCOMPARE(r.error, TokenStore::Error::NotFound);
    r = runAndWait([&](QObject *c, auto cb) { store.deleteToken(ws, c, cb); }, &context);
    QVERIFY2(r.isOk(), qPrintable(r.message));
}

void TestTokenStore::keysAreSeparate()
{
    REQUIRE_KEYCHAIN();
    TokenStore store(kTestService);
    QObject context;
    const QString a = uniqueId("a");
    const QString b = uniqueId("b");
    QVERIFY(runAndWait([&](QObject *c, auto cb) { store.writeToken(a, QStringLiteral("token-a"), c, cb); }, &context).isOk());
    QVERIFY(runAndWait([&](QObject *c, auto cb) { store.writeToken(b, QStringLiteral("token-b"), c, cb); }, &context).isOk());
    QCOMPARE(runAndWait([&](QObject *c, auto cb) { store.readToken(a, c, cb); }, &context).token, QStringLiteral("token-a"));
    QVERIFY(runAndWait([&](QObject *c, auto cb) { store.deleteToken(a, c, cb); }, &context).isOk());
    QCOMPARE(runAndWait([&](QObject *c, auto cb) { store.readToken(b, c, cb); }, &context).token, QStringLiteral("token-b"));
    QCOMPARE(runAndWait([&](QObject *c, auto cb) { store.readToken(a, c, cb); }, &context).error, TokenStore::Error::NotFound);
    QVERIFY(runAndWait([&](QObject *c, auto cb) { store.deleteToken(b, c, cb); }, &context).isOk());
}

void TestTokenStore::deletingNothingSucceeds()
{
    REQUIRE_KEYCHAIN();
    TokenStore store(kTestService);
    QObject context;
    const TokenStore::Result r = runAndWait(
        [&](QObject *c, auto cb) { store.deleteToken(uniqueId("never-written"), c, cb); }, &context);
    QVERIFY2(r.isOk(), qPrintable(errorName(r.error) + QLatin1Char(' ') + r.message));
}

void TestTokenStore::invalidInputIsRefusedLater()
{
    // No keychain needed: these never reach it, and still answer through the event loop.
    TokenStore store(kTestService);
    QObject context;
    TokenStore::Result r = runAndWait(
        [&](QObject *c, auto cb) { store.writeToken(QStringLiteral("ws1"), QString(), c, cb); }, &context);
    QCOMPARE(r.error, TokenStore::Error::Other);
    r = runAndWait([&](QObject *c, auto cb) { store.readToken(QString(), c, cb); }, &context);
    QCOMPARE(r.error, TokenStore::Error::Other);
    // A whole credential string passed as the id: refused, and the token is not echoed.
    r = runAndWait([&](QObject *c, auto cb) { store.readToken(QStringLiteral("ws1:SECRETTOKEN"), c, cb); }, &context);
    QCOMPARE(r.error, TokenStore::Error::Other);
    QVERIFY(!r.message.contains(QLatin1String("SECRETTOKEN")));
    r = runAndWait([&](QObject *c, auto cb) { store.deleteToken(QStringLiteral("a/b"), c, cb); }, &context);
    QCOMPARE(r.error, TokenStore::Error::Other);
}

void TestTokenStore::deadContextGetsNothing()
{
    REQUIRE_KEYCHAIN();
    TokenStore store(kTestService);
    int calls = 0;
    auto context = std::make_unique<QObject>();
    store.readToken(uniqueId("dead"), context.get(), [&calls](const TokenStore::Result &) { ++calls; });
    store.writeToken(QStringLiteral("ws1"), QString(), context.get(), [&calls](const TokenStore::Result &) { ++calls; });
    context.reset();
    // Jobs run one after another: once a later one has answered, the first has finished.
    QObject alive;
    const TokenStore::Result r = runAndWait(
        [&](QObject *c, auto cb) { store.readToken(uniqueId("after"), c, cb); }, &alive);
    QCOMPARE(r.error, TokenStore::Error::NotFound);
    QTest::qWait(50);
    QCOMPARE(calls, 0);
}

void TestTokenStore::storeMayGoAwayWhileJobRuns()
{
    REQUIRE_KEYCHAIN();
    QObject context;
    Outcome outcome;
    {
        TokenStore shortLived(kTestService);
        shortLived.readToken(uniqueId("gone"), &context, outcome.callback());
    }
    QTRY_COMPARE_WITH_TIMEOUT(outcome.calls, 1, 30000);
    QCOMPARE(outcome.result.error, TokenStore::Error::NotFound);
}

void TestTokenStore::timeoutReportsOnce()
{
    REQUIRE_KEYCHAIN();
    TokenStore store(kTestService);
    store.setTimeout(1ms); // a Secret Service round trip takes milliseconds, not one
    QObject context;
    Outcome outcome;
    store.readToken(uniqueId("timeout"), &context, outcome.callback());
    QTRY_COMPARE_WITH_TIMEOUT(outcome.calls, 1, 30000);
    QCOMPARE(outcome.result.error, TokenStore::Error::NoKeychain);
    QVERIFY2(outcome.result.message.contains(QLatin1String("did not answer")),
             qPrintable(outcome.result.message));
    // When the job itself finishes later, nothing more arrives.
    store.setTimeout(0ms);
    const TokenStore::Result after = runAndWait(
        [&](QObject *c, auto cb) { store.readToken(uniqueId("after-timeout"), c, cb); }, &context);
    QCOMPARE(after.error, TokenStore::Error::NotFound);
    QTest::qWait(50);
    QCOMPARE(outcome.calls, 1);
}

void TestTokenStore::noKeychain_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QString>("ops");
    // "op=Error" for every call, in the order of ops.
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QString>("expectedWords");

    // The session bus address points at nothing: libsecret and QtDBus fail to connect.
    QTest::newRow("no D-Bus") << "no-bus" << "write,read,delete"
                              << QStringList{"write=NoKeychain", "read=NoKeychain", "delete=NoKeychain"}
                              << "No system keychain is available (no D-Bus";
    // A private bus with no activatable services: nobody owns org.freedesktop.secrets.
    QTest::newRow("bus without Secret Service")
        << "bare-bus" << "write,read"
        << QStringList{"write=NoKeychain", "read=NoKeychain"} << "Secret Service not running";
    // A private bus where gnome-keyring starts on demand but cannot create its login
    // keyring (that needs a password prompt, and there is no display): nothing can be
    // saved, and there is truly nothing to read.
    QTest::newRow("keyring that cannot be unlocked")
        << "locked-keyring" << "write,read"
        << QStringList{"write=NoKeychain", "read=NotFound"} << "may be locked";
    // The same, but a token was saved in an earlier, unlocked session: libsecret reports
    // the locked item as "not found" and a delete of it as done; both must say "locked".
    QTest::newRow("locked keyring holding a token")
        << "locked-keyring-with-token" << "read,delete,write"
        << QStringList{"read=NoKeychain", "delete=NoKeychain", "write=NoKeychain"} << "locked";
}

void TestTokenStore::noKeychain()
{
    QFETCH(QString, setup);
    QFETCH(QString, ops);
    QFETCH(QStringList, expected);
    QFETCH(QString, expectedWords);
    QVERIFY2(!expectedWords.isEmpty(), "every row names the words its message must carry");

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // No display: nothing may autolaunch a bus or show an unlock prompt.
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "XDG_CURRENT_DESKTOP", "DESKTOP_SESSION",
                             "KDE_FULL_SESSION", "KDE_SESSION_VERSION", "GNOME_DESKTOP_SESSION_ID",
                             "GNOME_KEYRING_CONTROL"})
        env.remove(QLatin1String(name));
    // Whatever keyring gets started keeps its files in a throwaway home.
    env.insert(QStringLiteral("HOME"), dir.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), dir.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir.filePath(QStringLiteral("run")));
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("run")));
    QFile::setPermissions(dir.filePath(QStringLiteral("run")),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    const QString self = QCoreApplication::applicationFilePath();
    const QString workspaceId = uniqueId("child");
    const QString runSession = QStandardPaths::findExecutable(QStringLiteral("dbus-run-session"));
    const QString keyringDaemon = QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon"));

    // Runs the child (under `wrapper` when given) and returns its stdout; fails the test
    // when it hangs, crashes or exits with an error.
    const auto runChildProcess = [&](const QString &program, const QStringList &arguments,
                                     QString *output) {
        QProcess child;
        child.setProcessEnvironment(env);
        child.start(program, arguments);
        if (!child.waitForStarted(10000))
            return QStringLiteral("cannot start %1: %2").arg(program, child.errorString());
        const bool finished = child.waitForFinished(90000);
        if (!finished) {
            child.kill();
            child.waitForFinished(5000);
        }
        *output = QString::fromUtf8(child.readAllStandardOutput());
        const QString diagnostics = QStringLiteral("\nstdout:\n%1\nstderr:\n%2")
                                        .arg(*output, QString::fromUtf8(child.readAllStandardError()));
        if (!finished)
            return QStringLiteral("the child hung") + diagnostics;
        if (child.exitStatus() != QProcess::NormalExit)
            return QStringLiteral("the child crashed") + diagnostics;
        if (child.exitCode() != 0)
            return QStringLiteral("the child exited with %1").arg(child.exitCode()) + diagnostics;
        return QString();
    };

    QString program = self;
    QStringList arguments{QLatin1String(kChildFlag), workspaceId, ops};
    if (setup == QLatin1String("no-bus")) {
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=") + dir.filePath(QStringLiteral("no-such-bus-socket")));
    } else {
        if (runSession.isEmpty())
            QSKIP("dbus-run-session is not installed (package dbus)");
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        program = runSession;
        arguments.clear();
        if (setup == QLatin1String("bare-bus")) {
            const QString config = dir.filePath(QStringLiteral("bare-session.conf"));
            QFile file(config);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QStringLiteral(
                R"(<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir=%1</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
)").arg(dir.path()).toUtf8());
            file.close();
            arguments << QStringLiteral("--config-file=") + config;
        } else {
            if (keyringDaemon.isEmpty())
                QSKIP("gnome-keyring-daemon is not installed (package gnome-keyring)");
            if (setup == QLatin1String("locked-keyring-with-token")) {
                // An earlier session: the keyring unlocked with a password, a token saved.
                QString earlier;
                const QString failure = runChildProcess(
                    runSession,
                    {QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                     QStringLiteral("echo -n tst-password | \"$1\" --unlock --components=secrets "
                                    ">/dev/null && exec \"$2\" \"$3\" \"$4\" write,read"),
                     QStringLiteral("sh"), keyringDaemon, self, QLatin1String(kChildFlag), workspaceId},
                    &earlier);
                QVERIFY2(failure.isEmpty(), qPrintable(failure));
                QVERIFY2(earlier.contains(QLatin1String("write=None")) && earlier.contains(QLatin1String("read=None")),
                         qPrintable(earlier));
            }
        }
        arguments << QStringLiteral("--") << self << QLatin1String(kChildFlag) << workspaceId << ops;
    }

    QString output;
    const QString failure = runChildProcess(program, arguments, &output);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));

    QStringList reported;
    for (const QString &line : output.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QString op = line.section(QLatin1Char('='), 0, 0);
        if (!ops.split(QLatin1Char(',')).contains(op))
            continue; // gnome-keyring-daemon shares the child's stdout
        qInfo().noquote() << setup << line;
        const QString error = line.section(QLatin1Char('|'), 0, 0);
        const QString message = line.section(QLatin1Char('|'), 1);
        reported << error;
        QVERIFY2(!message.contains(QLatin1String("child-secret-token")), qPrintable(line));
        if (error.endsWith(QLatin1String("=NoKeychain")))
            QVERIFY2(message.contains(expectedWords), qPrintable(line));
    }
    QCOMPARE(reported, expected);
}

int main(int argc, char **argv)
{
    if (argc >= 2 && qstrcmp(argv[1], kChildFlag) == 0)
        return runChild(argc, argv);
    QCoreApplication app(argc, argv);
    TestTokenStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_tokenstore.moc"
