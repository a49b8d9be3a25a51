#include "app/cli/commands/releasecommand.h"

#include "app/cli/clicontext.h"
#include "app/cli/clioutput.h"
#include "app/storage/schedulestore.h"
#include "app/storage/storage.h"

QString ReleaseCommand::describe()
{
    return tr("End a hold: schedules act on the resource again.");
}

ReleaseCommand::ReleaseCommand()
    : Command(QString::fromLatin1(Name), describe())
{
}

ReleaseCommand::~ReleaseCommand() = default;

QList<Command::Argument> ReleaseCommand::arguments() const
{
    return {{QStringLiteral("KIND/NAME"), tr("The resource. KIND is endpoint (the default), pod or raycluster."),
             QStringLiteral("KIND/NAME")}};
}

QString ReleaseCommand::readArguments(const QCommandLineParser &parser)
{
    const QStringList words = parser.positionalArguments();
    if (words.size() != 1)
        return tr("Usage: release KIND/NAME");
    QString error;
    const std::optional<ResourceRef> ref = ResourceRef::parse(words.first(), &error);
    if (!ref)
        return error;
    m_ref = *ref;
    return QString();
}

void ReleaseCommand::run()
{
    m_store = ScheduleStore::open(*context().storage);
    if (!m_store)
        return fail(ExitCode::LocalStoreError, tr("This store keeps no holds."));
    m_store->releaseHold(context().workspaceId, ResourceKinds::toString(m_ref.kind), m_ref.name, this,
                         [this](const StoreResult<bool> &released) {
        if (!released.ok())
            return fail(ExitCode::LocalStoreError, tr("The hold could not be released: %1").arg(released.error.message));
        output().print(released.value ? tr("Released %1: schedules act on it again.").arg(m_ref.qualified())
                                      : tr("%1 was not held; nothing changed.").arg(m_ref.qualified()));
        finish(ExitCode::Ok);
    });
}
