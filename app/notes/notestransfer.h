#pragma once

#include "app/notes/notescsv.h"
#include "app/storage/notesstore.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <functional>

class QObject;

// Moves the notes of a workspace in and out of files: Markdown (to read or share) and CSV (to
// import again on another machine). File paths in, result values out: no dialogs, so it is
// tested on its own and the notes panel only adds the file chooser around it.
//
// Asynchronous like the store it works with: the notes travel through NotesStore (all(),
// importNotes()), the file is read or written on a pool thread, and `done` is called once on
// the thread of `context` (unless `context` was destroyed first). The caller's thread never
// waits for the disk or the database.
class NotesTransfer
{
    Q_DECLARE_TR_FUNCTIONS(NotesTransfer)

public:
    enum class Format { Markdown, Csv };

    struct ExportResult
    {
        int notes = 0;   // how many notes the file holds
        QString path;
        QString error;   // non-empty: nothing (or nothing complete) was written
        bool ok() const { return error.isEmpty(); }
    };
    using ImportResult = NotesStore::ImportResult;

    // Files bigger than this are refused by importCsvFile (a notes export is far smaller).
    static constexpr qint64 MaxImportBytes = 64 * 1024 * 1024;

    // `store` must outlive every call made through this object.
    explicit NotesTransfer(NotesStore &store);

    // Writes every note of the workspace to `path` (replaced atomically: an existing file is
    // either fully replaced or left as it was).
    void exportToFile(const QString &workspaceId, Format format, const QString &path, QObject *context,
                      std::function<void(const ExportResult &)> done);
    // Reads a CSV export (NotesCsv's format) into the workspace.
    void importCsvFile(const QString &workspaceId, const QString &path, QObject *context,
                       std::function<void(const ImportResult &)> done);

    // The file halves, synchronous (they block on the disk: a pool thread or a CLI calls them).
    // `notes` in NotesStore::all's order.
    static ExportResult writeFile(const QString &workspaceId, const QList<Note> &notes, Format format,
                                  const QString &path);
    static NotesCsv::Read readCsvFile(const QString &workspaceId, const QString &path);

    // "lepton-notes-<workspace>-<yyyy-MM-dd>.md" / ".csv", for the save dialog.
    static QString suggestedFileName(const QString &workspaceId, Format format, const QDate &date);
    // One sentence for the user: "Imported 3 notes; 2 were already here." (+ unreadable rows).
    static QString importSummary(const ImportResult &result);

private:
    NotesStore &m_store;
};

Q_DECLARE_METATYPE(NotesTransfer::ExportResult)
Q_DECLARE_METATYPE(NotesStore::ImportResult)
