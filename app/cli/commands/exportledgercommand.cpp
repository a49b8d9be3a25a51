#include "app/cli/commands/exportledgercommand.h"

#include "app/cli/clicontext.h"
#include "app/cli/clioutput.h"
#include "app/common/privatefiles.h"
#include "app/storage/pauseledger.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

QString ExportLedgerCommand::describe()
{
    return tr("Write the workspace's open pauses to a JSON file (\"-\": standard output).");
}

ExportLedgerCommand::ExportLedgerCommand()
    : Command(QString::fromLatin1(Name), describe())
{
}

QList<Command::Argument> ExportLedgerCommand::arguments() const
{
    return {{QStringLiteral("FILE"), tr("Where to write, \"-\" for standard output."), QStringLiteral("FILE")}};
}

QString ExportLedgerCommand::readArguments(const QCommandLineParser &parser)
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return tr("export-ledger takes exactly one file name.");
    m_file = files.first();
    return QString();
}

void ExportLedgerCommand::run()
{
    CliContext &ctx = context();
    const QByteArray json = ctx.ledger->exportJson(ctx.workspaceId);
    if (json.isEmpty())
        return fail(ExitCode::LocalStoreError, tr("The pause ledger could not be read: %1").arg(ctx.ledger->lastError()));
    const int count = int(QJsonDocument::fromJson(json).object().value(QStringLiteral("entries")).toArray().size());

    if (m_file == QStringLiteral("-")) {
        output().write(json.endsWith('\n') ? json : json + '\n');
        return finish(ExitCode::Ok);
    }
    QSaveFile file(m_file);
    // The saved replicas and reasons are the user's: 0600 from the first byte, over an existing
    // file too (best effort, for file systems without permissions).
    const bool opened = file.open(QIODevice::WriteOnly);
    if (opened)
        PrivateFiles::restrict(file);
    if (!opened || file.write(json) != json.size() || !file.commit())
        return fail(ExitCode::LocalStoreError, tr("Could not write %1: %2").arg(m_file, file.errorString()));
    output().print(tr("Exported %n open pause(s) of workspace %1 to %2.", nullptr, count).arg(ctx.workspaceId, m_file));
    finish(ExitCode::Ok);
}
