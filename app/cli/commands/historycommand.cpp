#include "app/cli/commands/historycommand.h"

#include "app/cli/clicontext.h"
#include "app/cli/clijson.h"
#include "app/cli/clioutput.h"
#include "app/cli/clitext.h"
#include "app/cli/storewait.h"
#include "app/storage/authortext.h"
#include "app/storage/notesstore.h"
#include "app/storage/pauseledger.h"
#include "app/storage/storage.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace {

// One line of the history: a pause event or a note.
struct Event
{
    QDateTime time;
    QString event; // "paused", "resumed", "abandoned", "note"
    QString kind;  // the resource kind of a pause; empty for a note
    QString name;
    QString user;
    QString program;
    QString host;
    qint64 order = 0; // ties: the later row first
    std::optional<PauseEntry> pause;
    std::optional<Note> note;
};

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject toJson(const Event &e)
{
    QJsonObject json {
        {QStringLiteral("time"), CliJson::time(e.time)},
        {QStringLiteral("event"), e.event},
        {QStringLiteral("kind"), orNull(e.kind)},
        {QStringLiteral("name"), e.name},
        {QStringLiteral("by"), AuthorText::of(e.user, e.program, e.host)},
        {QStringLiteral("user"), e.user},
        {QStringLiteral("program"), orNull(e.program)},
        {QStringLiteral("host"), orNull(e.host)},
    };
    if (e.pause) {
        const PauseEntry &p = *e.pause;
        json.insert(QStringLiteral("pause_id"), p.id);
        json.insert(QStringLiteral("state"), PauseEntry::stateToString(p.state));
        json.insert(QStringLiteral("reason"), p.reason);
        json.insert(QStringLiteral("saved_min_replicas"), p.savedMinReplicas);
        json.insert(QStringLiteral("saved_max_replicas"),
                    p.savedMaxReplicas ? QJsonValue(*p.savedMaxReplicas) : QJsonValue(QJsonValue::Null));
    }
    if (e.note) {
        const Note &n = *e.note;
        json.insert(QStringLiteral("note_id"), n.id);
        json.insert(QStringLiteral("text"), n.text);
        json.insert(QStringLiteral("at_pause"), n.atPause);
        json.insert(QStringLiteral("pause_id"), n.pauseEntryId > 0 ? QJsonValue(n.pauseEntryId) : QJsonValue(QJsonValue::Null));
        json.insert(QStringLiteral("edited_at"), CliJson::time(n.editedAt));
    }
    return json;
}

QString details(const Event &e)
{
    if (e.note)
        return CliText::brief(e.note->text, 60);
    const PauseEntry &p = *e.pause;
    if (e.event == QLatin1String("paused")) {
        const QString saved = p.savedState.contains(QLatin1String("stopped")) || p.savedState.contains(QLatin1String("suspend"))
            ? HistoryCommand::tr("saved its running state")
            : HistoryCommand::tr("saved %1 replicas").arg(CliText::replicas(p.savedMinReplicas, p.savedMaxReplicas));
        const QString pending = p.state == PauseEntry::State::Pending ? HistoryCommand::tr(" (not confirmed yet)") : QString();
        return p.reason.isEmpty() ? saved + pending
                                  : HistoryCommand::tr("%1%2: %3").arg(saved, pending, CliText::brief(p.reason, 50));
    }
    return QString();
}

} // namespace

QString HistoryCommand::describe()
{
    return tr("Show the pauses (paused, resumed, abandoned) and notes of a deployment or the workspace, newest first, "
              "with who, where and when.");
}

HistoryCommand::HistoryCommand()
    : Command(QString::fromLatin1(Name), describe())
{
}

QList<QCommandLineOption> HistoryCommand::options() const
{
    return {
        QCommandLineOption(QStringLiteral("since"),
                           tr("Only what happened at or after <date> (YYYY-MM-DD, local time, or an ISO 8601 date and time)."),
                           QStringLiteral("date")),
        QCommandLineOption(QStringLiteral("json"), tr("Print JSON (see the README for its keys).")),
    };
}

QList<Command::Argument> HistoryCommand::arguments() const
{
    return {{QStringLiteral("[KIND/]NAME"),
             tr("The deployment (optional; without it, the whole workspace). KIND is endpoint (the default), pod or raycluster."),
             QStringLiteral("[[KIND/]NAME]")}};
}

QString HistoryCommand::readArguments(const QCommandLineParser &parser)
{
    const QStringList words = parser.positionalArguments();
    if (words.size() > 1)
        return tr("history takes at most one deployment.");
    m_ref.reset();
    if (!words.isEmpty()) {
        QString error;
        m_ref = ResourceRef::parse(words.first(), &error);
        if (!m_ref)
            return error;
    }
    m_since = QDateTime();
    if (parser.isSet(QStringLiteral("since"))) {
        const QString text = parser.value(QStringLiteral("since")).trimmed();
        const QDate day = QDate::fromString(text, Qt::ISODate);
        if (day.isValid() && text.size() == 10)
            m_since = day.startOfDay().toUTC();
        else
            m_since = QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
        if (!m_since.isValid())
            return tr("--since %1 is not a date (YYYY-MM-DD) or an ISO 8601 date and time.").arg(text);
    }
    m_json = parser.isSet(QStringLiteral("json"));
    return QString();
}

void HistoryCommand::run()
{
    CliContext &ctx = context();
    const QString name = m_ref ? m_ref->name : QString();
    // An empty name: every deployment of the workspace.
    const auto pauses = waitForStore<QList<PauseEntry>>([&](QObject *c, auto done) {
        ctx.storage->ledger().history(ctx.workspaceId, name, c, done);
    });
    if (!pauses.ok())
        return fail(ExitCode::LocalStoreError, tr("The pause ledger could not be read: %1").arg(pauses.error.message));
    const auto notes = waitForStore<QList<Note>>([&](QObject *c, auto done) {
        if (name.isEmpty())
            ctx.storage->notes().all(ctx.workspaceId, c, done);
        else
            ctx.storage->notes().history(ctx.workspaceId, name, c, done);
    });
    if (!notes.ok())
        return fail(ExitCode::LocalStoreError, tr("The notes could not be read: %1").arg(notes.error.message));

    QList<Event> events;
    for (const PauseEntry &p : pauses.value) {
        const QString kind = p.kind.isEmpty() ? QStringLiteral("endpoint") : p.kind;
        // A kind named on the command line: that kind's pauses only (notes have no kind).
        if (m_ref && m_ref->kindGiven && kind != ResourceKinds::toString(m_ref->kind))
            continue;
        events.append({p.pausedAt, QStringLiteral("paused"), kind, p.deploymentName, p.pausedBy, p.pausedProgram,
                       p.pausedHost, p.id * 2, p, std::nullopt});
        if (p.state == PauseEntry::State::Closed || p.state == PauseEntry::State::Abandoned)
            events.append({p.closedAt,
                           p.state == PauseEntry::State::Closed ? QStringLiteral("resumed") : QStringLiteral("abandoned"),
                           kind, p.deploymentName, p.closedBy, p.closedProgram, p.closedHost, p.id * 2 + 1, p, std::nullopt});
    }
    for (const Note &n : notes.value)
        events.append({n.createdAt, QStringLiteral("note"), QString(), n.deploymentName, n.author, n.authorProgram,
                       n.authorHost, n.id, std::nullopt, n});
    if (m_since.isValid())
        events.removeIf([this](const Event &e) { return e.time < m_since; });
    std::stable_sort(events.begin(), events.end(), [](const Event &a, const Event &b) {
        if (a.time != b.time)
            return a.time > b.time;
        return a.order > b.order;
    });

    if (m_json) {
        QJsonArray array;
        for (const Event &e : std::as_const(events))
            array.append(toJson(e));
        output().printJson(QJsonObject {
            {QStringLiteral("workspace_id"), ctx.workspaceId},
            {QStringLiteral("name"), m_ref ? QJsonValue(m_ref->name) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("since"), CliJson::time(m_since)},
            {QStringLiteral("events"), array},
        });
        return finish(ExitCode::Ok);
    }
    if (events.isEmpty()) {
        output().print(m_ref ? tr("No history for %1 in workspace %2.").arg(m_ref->text(), ctx.workspaceId)
                             : tr("No history in workspace %1.").arg(ctx.workspaceId));
        return finish(ExitCode::Ok);
    }
    QList<QStringList> rows;
    for (const Event &e : std::as_const(events)) {
        QStringList row {CliText::time(e.time), e.event};
        if (!m_ref)
            row.append(e.name);
        row << AuthorText::of(e.user, e.program, e.host) << details(e);
        rows.append(row);
    }
    QStringList headers {tr("WHEN"), tr("EVENT")};
    if (!m_ref)
        headers.append(tr("NAME"));
    headers << tr("BY") << tr("DETAILS");
    output().print(CliText::table(headers, rows).chopped(1));
    finish(ExitCode::Ok);
}
