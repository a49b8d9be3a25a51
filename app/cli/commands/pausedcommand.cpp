#include "app/cli/commands/pausedcommand.h"

#include "app/cli/clicontext.h"
#include "app/cli/clijson.h"
#include "app/cli/clioutput.h"
#include "app/cli/clitext.h"
#include "app/storage/authortext.h"
#include "app/common/csvwriter.h"
#include "app/storage/notesstore.h"
#include "app/storage/pauseledger.h"

QString PausedCommand::describe()
{
    return tr("List the paused deployments: who paused them, since when, saved replicas, reason, reminder.");
}

PausedCommand::PausedCommand()
    : Command(QString::fromLatin1(Name), describe())
{
}

QStringList PausedCommand::csvColumns()
{
    return {QStringLiteral("name"), QStringLiteral("paused_by"), QStringLiteral("paused_at"),
            QStringLiteral("saved_min_replicas"), QStringLiteral("saved_max_replicas"), QStringLiteral("reason"),
            QStringLiteral("remind_on"), QStringLiteral("state"), QStringLiteral("latest_note")};
}

QList<QCommandLineOption> PausedCommand::options() const
{
    return {
        QCommandLineOption(QStringLiteral("json"), tr("Print JSON (see the README for its shape).")),
        QCommandLineOption(QStringLiteral("csv"), tr("Print CSV (RFC 4180, a header row: %1).")
                                                      .arg(csvColumns().join(QLatin1Char(',')))),
    };
}

QString PausedCommand::readArguments(const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return tr("paused takes no arguments.");
    m_json = parser.isSet(QStringLiteral("json"));
    m_csv = parser.isSet(QStringLiteral("csv"));
    if (m_json && m_csv)
        return tr("Choose one of --json and --csv.");
    return QString();
}

void PausedCommand::run()
{
    CliContext &ctx = context();
    const QList<PauseEntry> entries = ctx.ledger->openEntries(ctx.workspaceId);
    if (entries.isEmpty() && !ctx.ledger->lastError().isEmpty())
        return fail(ExitCode::LocalStoreError, tr("The pause ledger could not be read: %1").arg(ctx.ledger->lastError()));
    const QHash<QString, Note> latest = ctx.notes->latestForWorkspace(ctx.workspaceId);

    if (m_json) {
        QJsonArray array;
        for (const PauseEntry &entry : entries) {
            QJsonObject json = CliJson::pause(entry);
            json.insert(QStringLiteral("name"), entry.deploymentName);
            json.insert(QStringLiteral("latest_note"), latest.contains(entry.deploymentName)
                                                           ? QJsonValue(CliJson::note(latest.value(entry.deploymentName)))
                                                           : QJsonValue(QJsonValue::Null));
            array.append(json);
        }
        output().printJson(QJsonObject {{QStringLiteral("workspace_id"), ctx.workspaceId},
                                        {QStringLiteral("paused"), array}});
        return finish(ExitCode::Ok);
    }

    if (m_csv) {
        QString csv = CsvWriter::record(csvColumns());
        for (const PauseEntry &entry : entries) {
            csv += CsvWriter::record({
                entry.deploymentName,
                entry.pausedBy,
                CliJson::time(entry.pausedAt).toString(),
                QString::number(entry.savedMinReplicas),
                entry.savedMaxReplicas ? QString::number(*entry.savedMaxReplicas) : QString(),
                entry.reason,
                CliJson::date(entry.remindOn).toString(),
                PauseEntry::stateToString(entry.state),
                latest.value(entry.deploymentName).text,
            });
        }
        output().write(csv.toUtf8());
        return finish(ExitCode::Ok);
    }

    if (entries.isEmpty()) {
        output().print(tr("No paused deployments in workspace %1.").arg(ctx.workspaceId));
        return finish(ExitCode::Ok);
    }
    // A KIND column only when the pauses are of more than one kind.
    bool kindColumn = false;
    for (const PauseEntry &entry : entries)
        kindColumn = kindColumn || entry.kind != entries.first().kind;
    QList<QStringList> rows;
    const QString dash = QStringLiteral("-");
    for (const PauseEntry &entry : entries) {
        QStringList &row = rows.emplace_back();
        if (kindColumn)
            row.append(entry.kind.isEmpty() ? QStringLiteral("endpoint") : entry.kind);
        row.append({
            entry.deploymentName,
            AuthorText::pausedBy(entry),
            CliText::time(entry.pausedAt) + (entry.state == PauseEntry::State::Pending ? tr(" (pending)") : QString()),
            // A dev pod on the new API and a Ray cluster are stopped by a flag: no replica count.
            entry.savedState.contains(QLatin1String("stopped")) || entry.savedState.contains(QLatin1String("suspend"))
                ? dash : CliText::replicas(entry.savedMinReplicas, entry.savedMaxReplicas),
            entry.reason.isEmpty() ? dash : CliText::brief(entry.reason, 60),
            CliText::date(entry.remindOn),
        });
    }
    QStringList headers {tr("NAME"), tr("PAUSED BY"), tr("SINCE"), tr("SAVED REPLICAS"), tr("REASON"), tr("REMIND ON")};
    if (kindColumn)
        headers.prepend(tr("KIND"));
    output().print(CliText::table(headers, rows).chopped(1));
    finish(ExitCode::Ok);
}
