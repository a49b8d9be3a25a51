#include "app/cli/commands/savingscommand.h"

#include "app/cli/clicontext.h"
#include "app/cli/clioutput.h"
#include "app/cli/clitext.h"
#include "app/savings/savingsloader.h"
#include "app/savings/savingsreport.h"

#include <QRegularExpression>

namespace {

QString hours(double value)
{
    return QString::number(value, 'f', 2);
}

} // namespace

QString SavingsCommand::describe()
{
    return tr("Show what pauses saved: hours paused, replica-hours and GPU-hours not spent, money where a price is set.");
}

SavingsCommand::SavingsCommand()
    : Command(QString::fromLatin1(Name), describe())
{
}

SavingsCommand::~SavingsCommand() = default;

QList<QCommandLineOption> SavingsCommand::options() const
{
    return {
        QCommandLineOption(QStringLiteral("since"),
                           tr("Count from <date> (YYYY-MM-DD, 00:00 UTC, or an ISO 8601 time with its zone); "
                              "default: the ledger's first pause."),
                           QStringLiteral("date")),
        QCommandLineOption(QStringLiteral("until"),
                           tr("Count up to <date> (YYYY-MM-DD: to the end of that day, UTC, or an ISO 8601 time); "
                              "default: now. A later time counts open pauses as if they stay paused."),
                           QStringLiteral("date")),
        QCommandLineOption(QStringLiteral("json"), tr("Print JSON (see the README for its shape).")),
        QCommandLineOption(QStringLiteral("csv"), tr("Print CSV, one row per resource.")),
    };
}

QDateTime SavingsCommand::readDate(const QString &text, bool end)
{
    static const QRegularExpression day(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (day.match(text).hasMatch()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid())
            return QDateTime();
        return QDateTime(end ? date.addDays(1) : date, QTime(0, 0), Qt::UTC);
    }
    // A time must say its zone: "Z" or an offset (a bare local time would mean something else
    // on every machine).
    static const QRegularExpression zoned(QStringLiteral("(Z|[+-]\\d{2}:?\\d{2})$"));
    if (!zoned.match(text).hasMatch())
        return QDateTime();
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

QString SavingsCommand::readArguments(const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return tr("savings takes no arguments.");
    m_json = parser.isSet(QStringLiteral("json"));
    m_csv = parser.isSet(QStringLiteral("csv"));
    if (m_json && m_csv)
        return tr("Choose one of --json and --csv.");
    for (const bool end : {false, true}) {
        const QString option = end ? QStringLiteral("until") : QStringLiteral("since");
        if (!parser.isSet(option))
            continue;
        const QDateTime time = readDate(parser.value(option), end);
        if (!time.isValid())
            return tr("--%1 \"%2\" is not a date: use YYYY-MM-DD or an ISO 8601 time with its zone, for example "
                      "2026-12-01T08:00:00Z.").arg(option, parser.value(option));
        (end ? m_until : m_since) = time;
    }
    if (m_since.isValid() && m_until.isValid() && m_since >= m_until)
        return tr("--since must come before --until.");
    return QString();
}

void SavingsCommand::run()
{
    CliContext &ctx = context();
    m_loader = std::make_unique<SavingsLoader>(ctx.storage, ctx.client);
    m_loader->load(ctx.workspaceId, m_since, m_until, [this](const SavingsLoader::Outcome &outcome) {
        if (!outcome.ok())
            return fail(ExitCode::LocalStoreError, outcome.message);
        if (!outcome.shapesProblem.isEmpty())
            output().warning(outcome.shapesProblem);
        if (!outcome.pricesProblem.isEmpty())
            output().warning(outcome.pricesProblem);
        const SavingsReport &report = outcome.report;
        if (m_json) {
            QJsonObject json = report.toJson();
            json.insert(QStringLiteral("workspace_id"), context().workspaceId);
            output().printJson(json);
            return finish(ExitCode::Ok);
        }
        if (m_csv) {
            output().write(report.toCsv());
            return finish(ExitCode::Ok);
        }
        if (report.resources.isEmpty()) {
            output().print(tr("No pauses in workspace %1 in that time.").arg(context().workspaceId));
            return finish(ExitCode::Ok);
        }
        const QString noPrice = tr("no price set");
        QList<QStringList> rows;
        for (const SavingsReport::Resource &r : report.resources) {
            rows << QStringList {
                r.key(), r.shape.isEmpty() ? tr("unknown") : r.shape, hours(r.pausedHours()), hours(r.replicaHours),
                r.gpuHours ? hours(*r.gpuHours) : tr("unknown"),
                r.cost ? QStringLiteral("%1 %2").arg(hours(*r.cost), r.currency) : noPrice};
        }
        QString text = CliText::table({tr("RESOURCE"), tr("SHAPE"), tr("PAUSED H"), tr("REPLICA-H"), tr("GPU-H"),
                                       tr("SAVED")}, rows);
        text += tr("Total: %1 GPU-hours, %2 replica-hours not spent over %3 paused hours")
                    .arg(hours(report.gpuHours), hours(report.replicaHours), hours(report.pausedHours()));
        if (report.cost)
            text += tr("; %1 %2 saved").arg(hours(*report.cost), report.currency);
        text += QLatin1Char('.');
        text += QLatin1Char('\n') + tr("Counted at the minimum replicas each had before its pause: a floor, not what "
                                       "autoscaling might have run.");
        if (report.projected)
            text += QLatin1Char('\n') + tr("--until is in the future: open pauses are counted as if they stay paused.");
        output().print(text);
        finish(ExitCode::Ok);
    });
}
