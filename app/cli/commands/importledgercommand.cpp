#include "app/cli/commands/importledgercommand.h"

#include "app/cli/clicontext.h"
#include "app/cli/clioutput.h"
#include "app/storage/pauseledger.h"

#include <QFile>
#include <QFileInfo>
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

QString ImportLedgerCommand::readCapped(QIODevice &device, QByteArray *data)
{
    // In slices, so that an endless stream stops at the cap instead of growing one buffer
    // until the allocator gives up.
    constexpr qint64 Slice = 1024 * 1024;
    data->clear();
    while (data->size() <= MaxFileBytes) {
        const qsizetype at = data->size();
        data->resize(at + Slice);
        const qint64 got = device.read(data->data() + at, Slice);
        if (got < 0) {
            data->clear();
            return device.errorString();
        }
        data->resize(at + got);
        if (got == 0)
            return QString(); // the end
    }
    data->clear();
    return tr("it is larger than %1 MB, far more than any ledger file, so it was not read to its end")
        .arg(MaxFileBytes / (1024 * 1024));
}

void ImportLedgerCommand::run()
{
    const bool isStdin = m_file == QStringLiteral("-");
    const QString source = isStdin ? tr("standard input") : m_file;
    if (!isStdin && QFileInfo(m_file).isDir())
        return fail(ExitCode::LocalStoreError, tr("Nothing was imported: %1 is a folder, not a file written by export-ledger.")
                                                   .arg(m_file));
    QFile file;
    const bool opened = isStdin ? file.open(stdin, QIODevice::ReadOnly | QIODevice::Unbuffered)
                                : (file.setFileName(m_file), file.open(QIODevice::ReadOnly | QIODevice::Unbuffered));
    if (!opened)
        return fail(ExitCode::LocalStoreError, tr("Could not read %1: %2").arg(source, file.errorString()));
    QByteArray json;
    const QString readError = readCapped(file, &json);
    if (!readError.isEmpty())
        return fail(ExitCode::LocalStoreError, tr("Nothing was imported from %1: %2").arg(source, readError));
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
