#include "app/cli/clinotes.h"

#include "app/cli/storewait.h"

std::optional<Note> CliNotes::add(const Note &note)
{
    const auto result = waitForStore<Note>([&](QObject *context, auto done) { m_notes.add(note, context, done); });
    m_lastError = result.error;
    return result.ok() ? std::optional<Note>(result.value) : std::nullopt;
}

QList<Note> CliNotes::history(const QString &workspaceId, const QString &deploymentName)
{
    const auto result = waitForStore<QList<Note>>([&](QObject *context, auto done) {
        m_notes.history(workspaceId, deploymentName, context, done);
    });
    m_lastError = result.error;
    return result.value;
}

QHash<QString, Note> CliNotes::latestForWorkspace(const QString &workspaceId)
{
    const auto result = waitForStore<QHash<QString, Note>>([&](QObject *context, auto done) {
        m_notes.latestForWorkspace(workspaceId, context, done);
    });
    m_lastError = result.error;
    return result.value;
}
