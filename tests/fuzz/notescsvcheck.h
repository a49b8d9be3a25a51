#pragma once

// The notes CSV import (NotesCsv::read, then NotesTable::importNotes as SqliteNotesStore runs
// it) against a real LocalDatabase: whatever the
// file holds, no crash, a clear error or a count of what was read, importing twice adds
// nothing, and an export imported elsewhere gives back exactly the same notes.
// SQLite itself (Debian's Qt SQL plugin) is not instrumented; the parser and the store are.

#include "tests/fuzz/fuzzchecks.h"
#include "app/notes/notescsv.h"
#include "app/storage/sqlite/localdatabase.h"
#include "app/storage/sqlite/notestable.h"

#include <QSqlQuery>

namespace FuzzChecks {

inline void clearNotes(LocalDatabase &db)
{
    QSqlQuery query(db.connection());
    FUZZ_CHECK(query.exec(QStringLiteral("DELETE FROM notes")));
}

inline NotesTable::ImportResult importCsv(NotesTable &notes, const QString &workspaceId, const QByteArray &csv)
{
    const NotesCsv::Read read = NotesCsv::read(workspaceId, csv);
    if (!read.result.ok()) {
        NotesTable::ImportResult failed;
        failed.error = read.result.error;
        return failed;
    }
    return notes.importNotes(workspaceId, read.notes, read.result.invalid, read.result.messages);
}

inline void checkNotesCsv(LocalDatabase &db, const uint8_t *data, size_t size)
{
    const QByteArray csv = bytes(data, size);
    NotesTable notes(db);
    clearNotes(db);

    const QString a = QStringLiteral("fuzz-a");
    const QString b = QStringLiteral("fuzz-b");
    const NotesTable::ImportResult first = importCsv(notes, a, csv);
    if (!first.ok()) {
        FUZZ_CHECK(!first.error.isEmpty());
        FUZZ_CHECK(notes.all(a).isEmpty()); // one transaction: nothing half-imported
        return;
    }
    FUZZ_CHECK(first.imported >= 0 && first.skipped >= 0 && first.invalid >= 0);
    FUZZ_CHECK(first.messages.size() == first.invalid);
    const QList<Note> imported = notes.all(a);
    FUZZ_CHECK(imported.size() == first.imported);
    for (const Note &note : imported) {
        FUZZ_CHECK(!note.deploymentName.isEmpty());
        FUZZ_CHECK(!note.text.trimmed().isEmpty());
        FUZZ_CHECK(note.createdAt.isValid());
    }

    // The same file again adds nothing.
    const NotesTable::ImportResult second = importCsv(notes, a, csv);
    FUZZ_CHECK(second.ok());
    FUZZ_CHECK(second.imported == 0);
    FUZZ_CHECK(second.skipped == first.imported + first.skipped);
    FUZZ_CHECK(notes.all(a).size() == imported.size());

    // Export, import into another workspace, export again: the same bytes, the same notes.
    const QByteArray exported = NotesCsv::write(notes.all(a));
    FUZZ_CHECK(!exported.isEmpty());
    const NotesTable::ImportResult third = importCsv(notes, b, exported);
    FUZZ_CHECK(third.ok());
    FUZZ_CHECK(third.invalid == 0);
    FUZZ_CHECK(third.imported == first.imported);
    const QList<Note> copied = notes.all(b);
    FUZZ_CHECK(copied.size() == imported.size());
    for (qsizetype i = 0; i < qMin(copied.size(), imported.size()); ++i) {
        const Note &x = imported.at(i);
        const Note &y = copied.at(i);
        FUZZ_CHECK(x.deploymentName == y.deploymentName);
        FUZZ_CHECK(x.text == y.text);
        FUZZ_CHECK(x.author == y.author);
        FUZZ_CHECK(x.createdAt == y.createdAt);
        FUZZ_CHECK(x.editedAt == y.editedAt);
        FUZZ_CHECK(x.atPause == y.atPause);
    }
    FUZZ_CHECK(NotesCsv::write(notes.all(b)) == exported);
}

} // namespace FuzzChecks
