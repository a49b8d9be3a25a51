#include "app/cli/commands/storecommand.h"

#include "app/cli/clicontext.h"
#include "app/cli/clioutput.h"
#include "app/storage/storage.h"
#include "app/storage/storeinfo.h"

#include <QJsonObject>

QString StoreCommand::describe()
{
    return tr("Say which store keeps the pause ledger and notes: backend, server, user, schema, counts.");
}

StoreCommand::StoreCommand()
    : Command(QString::fromLatin1(Name), describe())
{
}

QList<QCommandLineOption> StoreCommand::options() const
{
    return {QCommandLineOption(QStringLiteral("json"), tr("Print JSON."))};
}

QList<Command::Argument> StoreCommand::arguments() const
{
    return {{QStringLiteral("status"), tr("What to do with the store (status: describe it)."), QStringLiteral("status")}};
}

QString StoreCommand::readArguments(const QCommandLineParser &parser)
{
    if (parser.positionalArguments() != QStringList {QStringLiteral("status")})
        return tr("store takes one argument: status.");
    m_json = parser.isSet(QStringLiteral("json"));
    return QString();
}

void StoreCommand::run()
{
    auto *source = dynamic_cast<StoreInfoSource *>(context().storage);
    if (!source)
        return fail(ExitCode::LocalStoreError, tr("This store cannot describe itself."));
    source->info(this, [this](const StoreResult<StoreInfo> &result) {
        if (!result.ok())
            return fail(ExitCode::LocalStoreError, tr("The store could not be read: %1").arg(result.error.message));
        const StoreInfo &info = result.value;
        if (m_json) {
            output().printJson(QJsonObject {
                {QStringLiteral("backend"), info.backend},
                {QStringLiteral("location"), info.location},
                {QStringLiteral("server"), info.server},
                {QStringLiteral("user"), info.user},
                {QStringLiteral("schema_version"), info.schemaVersion},
                {QStringLiteral("read_only"), info.readOnly},
                {QStringLiteral("open_pauses"), info.openPauses},
                {QStringLiteral("past_pauses"), info.closedPauses},
                {QStringLiteral("notes"), info.notes},
            });
            return finish(ExitCode::Ok);
        }
        QString text = info.backend == QStringLiteral("postgresql")
                           ? tr("Team store (PostgreSQL): %1\n").arg(info.location)
                           : tr("Local file (SQLite): %1\n").arg(info.location);
        text += tr("Server: %1\nConnected as: %2%3\nSchema version: %4\n")
                    .arg(info.server, info.user, info.readOnly ? tr(" (read only)") : QString())
                    .arg(info.schemaVersion);
        text += tr("Open pauses: %1\nPast pauses: %2\nNotes: %3").arg(info.openPauses).arg(info.closedPauses).arg(info.notes);
        output().print(text);
        finish(ExitCode::Ok);
    });
}
