#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <functional>

class QObject;

// What one run of lepton-console-cli left behind: its exit code and everything it printed.
struct CliRun
{
    // The exit code when the process ended by itself (exit()), -1 when it crashed or was
    // killed for taking too long.
    int exitCode = -1;
    // True when it did not end normally: a signal, or killed after the time allowed.
    bool crashed = false;
    // True when it ended normally within the time allowed (the opposite of crashed).
    bool finished = false;
    // True when it was killed for taking longer than the time allowed.
    bool timedOut = false;
    // How it ended, as QProcess says (NormalExit also when it never started).
    QProcess::ExitStatus exitStatus = QProcess::NormalExit;
    QByteArray out;
    QByteArray err;

    QJsonObject json() const;
    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    // Standard error is exactly one line.
    bool oneErrorLine() const { return !err.isEmpty() && err.endsWith('\n') && err.count('\n') == 1; }
    // Exit code, stdout and stderr, for a failure message.
    QByteArray describe() const;
};

// The built lepton-console-cli as a child process of a test, against a simulator that runs in
// the test's own thread: while the child runs, the caller's event loop keeps turning so the
// simulator answers (QProcess::waitForFinished() would block it).
namespace CliProcess {

// The program: $LEPTON_CLI (set by ctest), else lepton-console-cli next to the tests' folder.
QString program();

// The environment for a run: the system's, without any LEPTON_* variable or the D-Bus session
// (never the user's keychain), HOME and the XDG folders under `home` (never the user's settings
// or data), user "ci-bot", and the workspace given.
QProcessEnvironment environment(const QString &home, const QString &workspaceId, const QString &token, const QUrl &url);

// Runs `program` with `arguments` to its end, writing `input` to its standard input first. A
// run still going after `timeout` is killed and reported as crashed. `modifier` runs in the
// child before exec. TST_CLI_ECHO=1 prints each run's output, to read it by eye.
CliRun run(const QString &program, const QStringList &arguments, const QProcessEnvironment &env,
           const QByteArray &input = {}, std::chrono::milliseconds timeout = std::chrono::seconds(60),
           const std::function<void()> &modifier = {});

// Starts `program` without waiting for it, owned by `parent`: for runs side by side.
QProcess *start(const QString &program, const QStringList &arguments, const QProcessEnvironment &env, QObject *parent);

} // namespace CliProcess
