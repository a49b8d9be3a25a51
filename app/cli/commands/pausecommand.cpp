#include "app/cli/commands/pausecommand.h"

#include "app/cli/clicontext.h"

QString PauseCommand::describe()
{
    return tr("Pause deployments: remember their replicas and autoscaling, then scale them to zero.");
}

PauseCommand::PauseCommand()
    : PauseResumeCommand(QString::fromLatin1(Name), describe())
{
}

QList<QCommandLineOption> PauseCommand::options() const
{
    return QList<QCommandLineOption> {
               QCommandLineOption(QStringLiteral("note"), tr("Why: kept as a note the console shows."), QStringLiteral("text")),
               QCommandLineOption(QStringLiteral("remind-on"), tr("A date to look at the pause again (YYYY-MM-DD)."),
                                  QStringLiteral("date")),
           }
        + PauseResumeCommand::options();
}

QString PauseCommand::readArguments(const QCommandLineParser &parser)
{
    if (const QString error = PauseResumeCommand::readArguments(parser); !error.isEmpty())
        return error;
    m_request.reason = parser.value(QStringLiteral("note")).trimmed();
    if (parser.isSet(QStringLiteral("remind-on"))) {
        m_request.remindOn = QDate::fromString(parser.value(QStringLiteral("remind-on")), Qt::ISODate);
        if (!m_request.remindOn.isValid())
            return tr("--remind-on takes a date as YYYY-MM-DD, not \"%1\".").arg(parser.value(QStringLiteral("remind-on")));
    }
    return QString();
}

void PauseCommand::act(const QString &name, std::optional<ResourceKind> kind,
                       std::function<void(const PauseOutcome &)> done)
{
    auto request = m_request;
    request.kind = kind;
    context().pauses->pause(name, request, this, done);
}

QString PauseCommand::targetState() const
{
    return QStringLiteral("Stopped");
}

bool PauseCommand::reached(const Deployment &deployment) const
{
    // Some Lepton endpoints at zero replicas report "Not Ready" instead of "Stopped".
    return deployment.state == DeploymentState::Stopped
        || (deployment.state == DeploymentState::NotReady && deployment.isScaledToZero()
            && deployment.desiredReplicas.value_or(-1) == 0);
}
