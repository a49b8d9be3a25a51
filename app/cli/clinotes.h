#pragma once

#include "app/storage/notesstore.h"

#include <optional>

// The notes as the commands use them: each call waits (runs an event loop) for the storage's
// one result; failures leave lastError() set.
class CliNotes
{
public:
    explicit CliNotes(NotesStore &notes) : m_notes(notes) {}

    std::optional<Note> add(const Note &note);
    QList<Note> history(const QString &workspaceId, const QString &deploymentName);
    QHash<QString, Note> latestForWorkspace(const QString &workspaceId);

    QString lastError() const { return m_lastError.message; }

private:
    NotesStore &m_notes;
    StoreError m_lastError;
};
