#include "tests/support/cliworkspace.h"

#include "app/simulator/workspacesimulator.h"

#include <QTemporaryDir>

CliWorkspace::CliWorkspace() = default;

CliWorkspace::~CliWorkspace()
{
    stop();
}

bool CliWorkspace::renew(const QString &token, const QString &workspaceId)
{
    stop();
    m_token = token;
    m_home = std::make_unique<QTemporaryDir>();
    m_data = std::make_unique<QTemporaryDir>();
    if (!m_home->isValid() || !m_data->isValid()) {
        m_error = !m_home->isValid() ? m_home->errorString() : m_data->errorString();
        return false;
    }
    m_simulator = std::make_unique<WorkspaceSimulator>();
    if (!workspaceId.isEmpty())
        m_simulator->setWorkspaceId(workspaceId);
    m_simulator->setToken(token);
    return true;
}

bool CliWorkspace::listen()
{
    return m_simulator && m_simulator->listen();
}

void CliWorkspace::stop()
{
    m_simulator.reset();
    m_data.reset();
    m_home.reset();
}

QString CliWorkspace::home() const
{
    return m_home ? m_home->path() : QString();
}

QString CliWorkspace::homeFile(const QString &name) const
{
    return m_home ? m_home->filePath(name) : QString();
}

QString CliWorkspace::dataDir() const
{
    return m_data ? m_data->path() : QString();
}

QStringList CliWorkspace::dataDirArguments() const
{
    return {QStringLiteral("--data-dir"), dataDir()};
}

QProcessEnvironment CliWorkspace::environment(const QString &token, const QUrl &url) const
{
    return CliProcess::environment(home(), m_simulator->workspaceId(), token.isEmpty() ? m_token : token,
                                   url.isEmpty() ? m_simulator->baseUrl() : url);
}

CliRun CliWorkspace::run(const QStringList &arguments, const QProcessEnvironment &env, const QByteArray &input) const
{
    return runBare(arguments + dataDirArguments(), env, input);
}

CliRun CliWorkspace::runBare(const QStringList &arguments, const QProcessEnvironment &env, const QByteArray &input) const
{
    return CliProcess::run(CliProcess::program(), arguments, env.isEmpty() ? environment() : env, input);
}
