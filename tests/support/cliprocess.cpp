#include "tests/support/cliprocess.h"

#include <QCoreApplication>
#include <QDebug>
#include <QDir>
#include <QEventLoop>
#include <QJsonDocument>
#include <QProcess>
#include <QTimer>

QJsonObject CliRun::json() const
{
    return QJsonDocument::fromJson(out).object();
}

QByteArray CliRun::describe() const
{
    return "exit " + QByteArray::number(exitCode) + (crashed ? " (crashed)" : "") + "\n[stdout] " + out
           + "\n[stderr] " + err;
}

namespace CliProcess {

QString program()
{
    QString path = qEnvironmentVariable("LEPTON_CLI");
    if (path.isEmpty())
        path = QCoreApplication::applicationDirPath() + QStringLiteral("/../lepton-console-cli");
    return path;
}

QProcessEnvironment environment(const QString &home, const QString &workspaceId, const QString &token, const QUrl &url)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : env.keys()) {
        if (key.startsWith(QLatin1String("LEPTON_")))
            env.remove(key);
    }
    const QDir folder(home);
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), folder.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), folder.filePath(QStringLiteral("data")));
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    env.insert(QStringLiteral("LEPTON_CONSOLE_USER"), QStringLiteral("ci-bot"));
    env.insert(QStringLiteral("LEPTON_WORKSPACE_ID"), workspaceId);
    env.insert(QStringLiteral("LEPTON_WORKSPACE_TOKEN"), token);
    env.insert(QStringLiteral("LEPTON_WORKSPACE_URL"), url.toString());
    return env;
}

CliRun run(const QString &program, const QStringList &arguments, const QProcessEnvironment &env, const QByteArray &input,
           std::chrono::milliseconds timeout, const std::function<void()> &modifier)
{
    CliRun result;
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    process.setProcessEnvironment(env);
    if (modifier)
        process.setChildProcessModifier(modifier);
    QEventLoop loop; // the simulator answers from this thread's event loop
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, [&loop](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            loop.quit();
    });
    QTimer::singleShot(timeout, &loop, &QEventLoop::quit);
    process.start();
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (process.state() != QProcess::NotRunning)
        loop.exec();
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(5000);
        result.timedOut = true;
    }
    result.exitStatus = process.exitStatus();
    result.finished = !result.timedOut && process.error() != QProcess::FailedToStart && process.exitStatus() == QProcess::NormalExit;
    result.crashed = !result.finished;
    result.exitCode = result.finished ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    if (qEnvironmentVariableIsSet("TST_CLI_ECHO"))
        qInfo().noquote() << "$" << program << arguments.join(QLatin1Char(' ')) << "\n" << result.describe();
    if (result.crashed)
        qWarning() << program << arguments << "did not finish:" << result.err;
    return result;
}

QProcess *start(const QString &program, const QStringList &arguments, const QProcessEnvironment &env, QObject *parent)
{
    auto *process = new QProcess(parent);
    process->setProgram(program);
    process->setArguments(arguments);
    process->setProcessEnvironment(env);
    process->start();
    return process;
}

} // namespace CliProcess
