#include "app/cli/commands/importledgercommand.h"

#include "app/cli/clicontext.h"
#include "app/cli/clioutput.h"
#include "app/storage/pauseledger.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

QString ImportLedgerCommand::describe()
{
    return tr("Add the open pauses of a file written by export-ledger to the local ledger.");
}

ImportLedgerCommand::ImportLedgerCommand()
    : Command(QString::fromLatin1(Name), describe())
{
}

QList<QCommandLineOption> ImportLedgerCommand::options() const
{
    return {QCommandLineOption(QStringLiteral("json"), tr("Print the counts as JSON."))};
}

QList<Command::Argument> ImportLedgerCommand::arguments() const
{
    return {{QStringLiteral("FILE"), tr("A file written by export-ledger, \"-\" for standard input."), QStringLiteral("FILE")}};
}

QString ImportLedgerCommand::readArguments(const QCommandLineParser &parser)
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return tr("import-ledger takes exactly one file name.");
    m_file = files.first();
    m_json = parser.isSet(QStringLiteral("json"));
    return QString();
}

void ImportLedgerCommand::run()
{
    QFile file;
    const bool isStdin = m_file == QStringLiteral("-");
    const bool opened = isStdin ? file.open(stdin, QIODevice::ReadOnly) : (file.setFileName(m_file), file.open(QIODevice::ReadOnly));
    if (!opened)
        return fail(ExitCode::LocalStoreError, tr("Could not read %1: %2").arg(isStdin ? tr("standard input") : m_file,
                                                                                file.errorString()));
    const QByteArray json = file.readAll();
    const PauseLedger::ImportResult result = context().ledger->importJson(json);
    if (!result.ok())
        return fail(ExitCode::LocalStoreError, tr("Nothing was imported from %1: %2").arg(m_file, result.error));

    for (const QString &message : result.messages)
        output().warning(message);
    if (m_json) {
        output().printJson(QJsonObject {
            {QStringLiteral("imported"), result.imported},
            {QStringLiteral("skipped"), result.skipped},
            {QStringLiteral("invalid"), result.invalid},
            {QStringLiteral("messages"), QJsonArray::fromStringList(result.messages)},
        });
    } else {
        output().print(tr("Imported %1, skipped %2 (already paused here), invalid %3.")
                           .arg(result.imported)
                           .arg(result.skipped)
                           .arg(result.invalid));
    }
    finish(ExitCode::Ok);
}
