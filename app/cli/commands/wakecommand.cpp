#include "app/cli/commands/wakecommand.h"

#include "app/cli/clicontext.h"
#include "app/cli/clioutput.h"
#include "app/cli/clitext.h"
#include "app/cli/clitime.h"
#include "app/pause/pausecontroller.h"
#include "app/storage/schedulestore.h"
#include "app/storage/storage.h"

QString WakeCommand::describe()
{
    return tr("Resume a resource now and pause it again after a while (schedule run does the pause).");
}

WakeCommand::WakeCommand()
    : Command(QString::fromLatin1(Name), describe())
{
}

WakeCommand::~WakeCommand() = default;

QList<QCommandLineOption> WakeCommand::options() const
{
    return {QCommandLineOption(QStringLiteral("for"), tr("How long to keep it awake: 2h, 90m, 1h30m."), QStringLiteral("duration"))};
}

QList<Command::Argument> WakeCommand::arguments() const
{
    return {{QStringLiteral("KIND/NAME"), tr("The resource. KIND is endpoint (the default), pod or raycluster."),
             QStringLiteral("KIND/NAME")}};
}

QString WakeCommand::readArguments(const QCommandLineParser &parser)
{
    const QStringList words = parser.positionalArguments();
    if (words.size() != 1)
        return tr("Usage: wake KIND/NAME --for 2h");
    QString error;
    const std::optional<ResourceRef> ref = ResourceRef::parse(words.first(), &error);
    if (!ref)
        return error;
    m_ref = *ref;
    if (!parser.isSet(QStringLiteral("for")))
        return tr("wake needs --for DURATION, for example --for 2h.");
    const std::optional<std::chrono::seconds> duration = CliTime::parseDuration(parser.value(QStringLiteral("for")), &error);
    if (!duration)
        return tr("--for: %1").arg(error);
    m_for = *duration;
    return QString();
}

void WakeCommand::run()
{
    m_store = ScheduleStore::open(*context().storage);
    if (!m_store)
        return fail(ExitCode::LocalStoreError, tr("This store keeps no wake-ups."));
    WakeUp wake;
    wake.workspaceId = context().workspaceId;
    wake.kind = ResourceKinds::toString(m_ref.kind);
    wake.name = m_ref.name;
    wake.until = QDateTime::currentDateTimeUtc().addSecs(m_for.count());
    wake.owner = context().userName;
    m_store->setWakeUp(wake, this, [this](const StoreResult<WakeUp> &stored) {
        if (!stored.ok())
            return fail(ExitCode::LocalStoreError,
                        tr("The wake-up could not be saved, so %1 was not resumed: %2").arg(m_ref.qualified(), stored.error.message));
        const WakeUp wake = stored.value;
        PauseController::ResumeRequest request;
        request.kind = m_ref.kind;
        context().pauses->resume(m_ref.name, request, this, [this, wake](const PauseOutcome &outcome) {
            if (outcome.ok() || outcome.kind == PauseOutcome::Kind::NotPaused) {
                output().print(tr("%1 is awake until %2; schedule run pauses it again then.%3")
                                   .arg(m_ref.qualified(), CliText::time(wake.until),
                                        outcome.kind == PauseOutcome::Kind::NotPaused ? tr(" (It was running already.)") : QString()));
                return finish(outcome.storeProblem.isEmpty() ? ExitCode::Ok : ExitCode::LocalStoreError);
            }
            // Not resumed: the wake-up would pause something nobody woke. Remove it again.
            const ExitCode::Code code = ExitCode::fromPauseOutcome(outcome);
            QString message = outcome.kind == PauseOutcome::Kind::ChangedWhilePaused
                ? tr("%1 was changed on the server while it was paused (%2); not resumed. Resume it with --force, then wake it.")
                      .arg(m_ref.qualified(), outcome.changes.join(QStringLiteral("; ")))
                : CliOutput::oneLine(outcome.message);
            m_store->removeWakeUp(wake.id, this, [this, code, message](const StoreResult<bool> &removed) {
                if (!removed.ok())
                    return fail(code, message + QLatin1Char(' ') + tr("Its wake-up could not be removed: %1").arg(removed.error.message));
                fail(code, message);
            });
        });
    });
}
