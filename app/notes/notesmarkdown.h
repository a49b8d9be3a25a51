#pragma once

#include "app/storage/note.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

// The notes of a workspace as a readable Markdown document: one section per deployment,
// notes newest first, each note's text as a block quote (a user's "#" stays text).
class NotesMarkdown
{
    // The strings keep NotesStore's translation context, where they were first translated.
    Q_DECLARE_TR_FUNCTIONS(NotesStore)

public:
    // `notes` in NotesStore::all's order (by deployment, newest first).
    static QString write(const QString &workspaceId, const QList<Note> &notes,
                         const QDateTime &exportedAt = QDateTime::currentDateTimeUtc());
};
