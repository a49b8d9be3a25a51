#include "app/cli/commands/resumecommand.h"

#include "app/cli/clicontext.h"

QString ResumeCommand::describe()
{
    return tr("Resume paused deployments with exactly the replicas and autoscaling they had.");
}

ResumeCommand::ResumeCommand()
    : PauseResumeCommand(QString::fromLatin1(Name), describe())
{
}

QList<QCommandLineOption> ResumeCommand::options() const
{
    return QList<QCommandLineOption> {
               QCommandLineOption(QStringLiteral("replicas"),
                                  tr("For a deployment stopped outside the console (no saved values): "
                                     "start it with <n> replicas."),
                                  QStringLiteral("n")),
               QCommandLineOption(QStringLiteral("force"),
                                  tr("Resume even if the deployment was changed on the server while paused.")),
           }
        + PauseResumeCommand::options();
}

QString ResumeCommand::readArguments(const QCommandLineParser &parser)
{
    if (const QString error = PauseResumeCommand::readArguments(parser); !error.isEmpty())
        return error;
    m_request.force = parser.isSet(QStringLiteral("force"));
    return readCount(parser, QStringLiteral("replicas"), 1, &m_request.replicas);
}

void ResumeCommand::act(const QString &name, std::optional<ResourceKind> kind,
                        std::function<void(const PauseOutcome &)> done)
{
    auto request = m_request;
    request.kind = kind;
    context().pauses->resume(name, request, this, done);
}

QString ResumeCommand::targetState() const
{
    return QStringLiteral("Ready");
}

bool ResumeCommand::reached(const Deployment &deployment) const
{
    return deployment.state == DeploymentState::Ready;
}
