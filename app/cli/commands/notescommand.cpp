#include "app/cli/commands/notescommand.h"

#include "app/cli/clicontext.h"
#include "app/cli/clijson.h"
#include "app/cli/clioutput.h"
#include "app/cli/clitext.h"
#include "app/api/leptonclient.h"
#include "app/storage/notesstore.h"

QString NotesCommand::describe()
{
    return tr("Show the notes of a deployment, newest first, or add one.");
}

NotesCommand::NotesCommand()
    : Command(QString::fromLatin1(Name), describe())
{
}

QList<QCommandLineOption> NotesCommand::options() const
{
    return {
        QCommandLineOption(QStringLiteral("add"), tr("Add a note with <text>."), QStringLiteral("text")),
        QCommandLineOption(QStringLiteral("json"), tr("Print JSON (see the README for its shape).")),
    };
}

QList<Command::Argument> NotesCommand::arguments() const
{
    return {{QStringLiteral("[KIND/]NAME"), tr("The deployment; KIND is endpoint (the default), pod or raycluster."),
             QStringLiteral("[KIND/]NAME")}};
}

QString NotesCommand::readArguments(const QCommandLineParser &parser)
{
    const QStringList names = parser.positionalArguments();
    if (names.size() != 1)
        return tr("notes takes exactly one deployment name.");
    QString error;
    const std::optional<ResourceRef> ref = ResourceRef::parse(names.first(), &error);
    if (!ref)
        return error;
    m_ref = *ref;
    m_name = m_ref.name;
    if (parser.isSet(QStringLiteral("add"))) {
        m_add = parser.value(QStringLiteral("add")).trimmed();
        if (m_add.isEmpty())
            return tr("--add needs the text of the note.");
    }
    m_json = parser.isSet(QStringLiteral("json"));
    return QString();
}

void NotesCommand::run()
{
    CliContext &ctx = context();
    if (m_add.isEmpty())
        return show(std::nullopt);
    if (!ctx.client) {
        // No token: CliRunner has said on stderr that nothing was checked with the server.
        return add(QString());
    }
    const auto checked = [this](const ApiResult<Deployment> &found) {
        // Legacy endpoints and pods share /deployments: a kind named must be the kind found.
        const bool otherKind = found.ok() && m_ref.kindGiven && found.value.kind != m_ref.kind;
        if (found.ok() && !otherKind) {
            m_ref.kind = found.value.kind;
            return add(QString());
        }
        if (otherKind || found.error.kind() == ApiError::Kind::NotFound) {
            return fail(ExitCode::NotFound, m_ref.kindGiven
                            ? tr("There is no %1 %2 in workspace %3; the note was not added.")
                                  .arg(ResourceKinds::toString(m_ref.kind), m_name, context().workspaceId)
                            : tr("There is no deployment %1 in workspace %2; the note was not added.")
                                  .arg(m_name, context().workspaceId));
        }
        add(found.error.userMessage());
    };
    // A bare name is checked as before kinds (a legacy dev pod is found too); KIND/NAME on its route.
    if (m_ref.kindGiven)
        ctx.client->getResource(m_ref.kind, m_name, this, checked);
    else
        ctx.client->getDeployment(m_name, this, checked);
}

void NotesCommand::add(const QString &unchecked)
{
    CliContext &ctx = context();
    if (!unchecked.isEmpty())
        output().warning(tr("The name %1 was not checked with the server (%2); adding the note anyway.")
                             .arg(m_name, unchecked));
    Note note;
    note.workspaceId = ctx.workspaceId;
    note.deploymentName = m_name;
    note.text = m_add;
    note.author = ctx.userName;
    const std::optional<Note> added = ctx.notes->add(note);
    if (!added)
        return fail(ExitCode::LocalStoreError, tr("The note could not be saved: %1").arg(ctx.notes->lastError()));
    show(added);
}

void NotesCommand::show(const std::optional<Note> &added)
{
    CliContext &ctx = context();
    const QList<Note> notes = ctx.notes->history(ctx.workspaceId, m_name);
    if (notes.isEmpty() && !ctx.notes->lastError().isEmpty())
        return fail(ExitCode::LocalStoreError, tr("The notes could not be read: %1").arg(ctx.notes->lastError()));

    if (m_json) {
        output().printJson(QJsonObject {
            {QStringLiteral("workspace_id"), ctx.workspaceId},
            {QStringLiteral("name"), m_name},
            {QStringLiteral("kind"), ResourceKinds::toString(m_ref.kind)},
            {QStringLiteral("added"), added ? QJsonValue(CliJson::note(*added)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("notes"), CliJson::notes(notes)},
        });
        return finish(ExitCode::Ok);
    }
    if (added) {
        output().print(tr("Added a note to %1.").arg(m_name));
        return finish(ExitCode::Ok);
    }
    if (notes.isEmpty()) {
        output().print(tr("No notes on %1.").arg(m_name));
        return finish(ExitCode::Ok);
    }
    QString text;
    for (const Note &note : notes) {
        QString heading = QStringLiteral("%1  %2").arg(CliText::time(note.createdAt),
                                                       note.author.isEmpty() ? QStringLiteral("-") : note.author);
        if (note.atPause)
            heading += tr("  (pause reason)");
        if (note.isEdited())
            heading += tr("  (edited %1)").arg(CliText::time(note.editedAt));
        text += heading + QLatin1Char('\n');
        for (const QString &line : note.text.split(QLatin1Char('\n')))
            text += QStringLiteral("    ") + line + QLatin1Char('\n');
    }
    output().print(text.chopped(1));
    finish(ExitCode::Ok);
}
