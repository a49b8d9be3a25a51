#pragma once

#include "tests/support/cliprocess.h"

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

class QTemporaryDir;
class WorkspaceSimulator;

// What a test of lepton-console-cli runs against: a workspace simulator on 127.0.0.1, a
// private home (HOME and the XDG folders: never the user's settings or keychain) and a private
// data folder, and the built CLI as a child process with the environment for them. renew() in
// init(), fill the simulator, listen(); stop() in cleanup().
class CliWorkspace
{
public:
    CliWorkspace();
    ~CliWorkspace();

    // New, empty home and data folders and a new simulator that takes `token` (and calls
    // itself `workspaceId` when one is given), not listening yet. False, with errorString()
    // saying why, when a folder cannot be made.
    bool renew(const QString &token, const QString &workspaceId = QString());
    // The simulator listens on 127.0.0.1.
    bool listen();
    // The simulator, then the folders.
    void stop();

    WorkspaceSimulator *simulator() const { return m_simulator.get(); }
    QString home() const;
    // The path of `name` in the home folder.
    QString homeFile(const QString &name) const;
    QString dataDir() const;
    // --data-dir and the data folder.
    QStringList dataDirArguments() const;
    QString errorString() const { return m_error; }

    // The environment of a run (CliProcess::environment): the private home, the simulator's
    // workspace id, `token` (the workspace's when empty) and `url` (the simulator's when empty).
    QProcessEnvironment environment(const QString &token = QString(), const QUrl &url = QUrl()) const;

    // Runs the CLI with `arguments` then --data-dir, in `env` (environment() when empty).
    CliRun run(const QStringList &arguments, const QProcessEnvironment &env = {}, const QByteArray &input = {}) const;
    // Runs the CLI with exactly `arguments`, in `env` (environment() when empty).
    CliRun runBare(const QStringList &arguments, const QProcessEnvironment &env = {}, const QByteArray &input = {}) const;

private:
    QString m_token;
    QString m_error;
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<QTemporaryDir> m_data;
    std::unique_ptr<WorkspaceSimulator> m_simulator;
};
