#pragma once

#include "app/storage/sqlite/notestable.h"

#include <QCoreApplication>
#include <QString>

// Moves the notes of a workspace in and out of files: Markdown (to read or share) and CSV (to
// import again on another machine). File paths in, result values out: no dialogs, so it is
// tested on its own and the notes panel only adds the file chooser around it.
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

    // Files bigger than this are refused by importCsvFile (a notes export is far smaller).
    static constexpr qint64 MaxImportBytes = 64 * 1024 * 1024;

    explicit NotesTransfer(NotesTable &store);

    // Writes every note of the workspace to `path` (replaced atomically: an existing file is
    // either fully replaced or left as it was).
    ExportResult exportToFile(const QString &workspaceId, Format format, const QString &path);
    // Reads a CSV export (NotesTable::exportCsv's format) into the workspace.
    NotesTable::ImportResult importCsvFile(const QString &workspaceId, const QString &path);

    // "lepton-notes-<workspace>-<yyyy-MM-dd>.md" / ".csv", for the save dialog.
    static QString suggestedFileName(const QString &workspaceId, Format format, const QDate &date);
    // One sentence for the user: "Imported 3 notes; 2 were already here." (+ unreadable rows).
    static QString importSummary(const NotesTable::ImportResult &result);

private:
    NotesTable &m_store;
};
