#include "app/cli/commands/holdcommand.h"

#include "app/cli/clicontext.h"
#include "app/cli/clioutput.h"
#include "app/cli/clitext.h"
#include "app/cli/clitime.h"
#include "app/storage/schedulestore.h"
#include "app/storage/storage.h"

QString HoldCommand::describe()
{
    return tr("Keep a resource as it is until a time: schedules skip it (release ends it sooner).");
}

HoldCommand::HoldCommand()
    : Command(QString::fromLatin1(Name), describe())
{
}

HoldCommand::~HoldCommand() = default;

QList<QCommandLineOption> HoldCommand::options() const
{
    return {
        QCommandLineOption(QStringLiteral("until"), tr("Until when: ISO 8601 (2026-12-24T18:00:00+01:00) or HH:MM today."),
                           QStringLiteral("time")),
        QCommandLineOption(QStringLiteral("reason"), tr("Why, for whoever finds it held."), QStringLiteral("text")),
    };
}

QList<Command::Argument> HoldCommand::arguments() const
{
    return {{QStringLiteral("KIND/NAME"), tr("The resource. KIND is endpoint (the default), pod or raycluster."),
             QStringLiteral("KIND/NAME")}};
}

QString HoldCommand::readArguments(const QCommandLineParser &parser)
{
    const QStringList words = parser.positionalArguments();
    if (words.size() != 1)
        return tr("Usage: hold KIND/NAME --until TIME --reason TEXT");
    QString error;
    const std::optional<ResourceRef> ref = ResourceRef::parse(words.first(), &error);
    if (!ref)
        return error;
    m_ref = *ref;
    if (!parser.isSet(QStringLiteral("until")))
        return tr("hold needs --until TIME (ISO 8601, or HH:MM today).");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const std::optional<QDateTime> until = CliTime::parse(parser.value(QStringLiteral("until")), now, true, &error);
    if (!until)
        return tr("--until: %1").arg(error);
    if (*until <= now)
        return tr("--until %1 has already passed.").arg(parser.value(QStringLiteral("until")));
    m_until = *until;
    m_reason = parser.value(QStringLiteral("reason")).trimmed();
    if (m_reason.isEmpty())
        return tr("hold needs --reason TEXT, so whoever finds it held knows why.");
    return QString();
}

void HoldCommand::run()
{
    m_store = ScheduleStore::open(*context().storage);
    if (!m_store)
        return fail(ExitCode::LocalStoreError, tr("This store keeps no holds."));
    ResourceHold hold;
    hold.workspaceId = context().workspaceId;
    hold.kind = ResourceKinds::toString(m_ref.kind);
    hold.name = m_ref.name;
    hold.until = m_until;
    hold.reason = m_reason;
    hold.owner = context().userName;
    m_store->setHold(hold, this, [this](const StoreResult<ResourceHold> &stored) {
        if (!stored.ok())
            return fail(ExitCode::LocalStoreError, tr("The hold could not be saved: %1").arg(stored.error.message));
        output().print(tr("%1 is held until %2: schedules leave it as it is.").arg(m_ref.qualified(), CliText::time(stored.value.until)));
        finish(ExitCode::Ok);
    });
}
