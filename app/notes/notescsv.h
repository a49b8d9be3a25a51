#pragma once

#include "app/storage/note.h"
#include "app/storage/notesstore.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

// The notes' CSV exchange format, on records (the stores never see it):
// RFC 4180 CSV, UTF-8, CRLF line ends, a header row:
//   deployment,created_at,edited_at,author,at_pause,text
// Times are UTC ISO 8601 with milliseconds. Fields are quoted when they hold a comma, a quote,
// a line break or edge spaces; quotes are doubled. Text is written verbatim (no
// spreadsheet-formula escaping), so read() gives back exactly the same notes.
class NotesCsv
{
    // The strings keep NotesStore's translation context, where they were first translated.
    Q_DECLARE_TR_FUNCTIONS(NotesStore)

public:
    struct Read
    {
        QList<Note> notes;             // the notes to import, in file order
        NotesStore::ImportResult result; // invalid rows and their messages; error: unreadable file
    };

    // `notes` in the order given (NotesStore::all's: by deployment, newest first).
    static QByteArray write(const QList<Note> &notes);
    // Reads such a file for `workspaceId`. Columns are found by header name (order free;
    // deployment, created_at, author and text are required). Links to pauses are not carried
    // across (pauseEntryId is local). NotesStore::importNotes then skips the notes already there.
    static Read read(const QString &workspaceId, const QByteArray &csv);
};
