#pragma once

#include "app/storage/note.h"

// LocalDatabase is an SqlDatabase; included so that the callers still on the local file
// (which know only LocalDatabase) can hand it over.
#include "app/storage/sqlite/localdatabase.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>


// Notes on deployments, kept in the local database (which must outlive this object): the SQL
// that SqliteNotesStore runs on its worker thread (the file formats are app/notes/NotesCsv
// and NotesMarkdown). Plain class, no signals. Every call reports failure through its return
// value and lastError().
//
// Order: "newest first" is by creation time, then by id (two notes in the same millisecond
// keep the order they were written in).
class NotesTable
{
    Q_DECLARE_TR_FUNCTIONS(NotesStore)

public:
    struct ImportResult
    {
        int imported = 0;
        int skipped = 0; // already here (same deployment, author and creation time)
        int invalid = 0; // rows that could not be read
        QStringList messages;
        QString error; // non-empty: the file is unreadable or nothing could be saved
        bool ok() const { return error.isEmpty(); }
    };

    explicit NotesTable(SqlDatabase &database);

    // Stores a note. A null createdAt becomes now; editedAt, atPause and pauseEntryId are kept
    // as given (pauseEntryId must name an existing pause, or be 0). Returns the stored note
    // (with its id) or nullopt on failure. Blank text is refused.
    std::optional<Note> add(const Note &note);
    // Replaces the text and sets editedAt to now. Blank text is refused.
    bool edit(qint64 id, const QString &text);
    bool remove(qint64 id);
    // Deletes every note of a workspace in one transaction: all of them or none. Returns the
    // number deleted, or nullopt on failure (then lastError() is set).
    std::optional<int> removeWorkspace(const QString &workspaceId);

    // nullopt when absent or on failure (then lastError() is set).
    std::optional<Note> note(qint64 id) const;
    // The notes of one deployment, newest first.
    QList<Note> history(const QString &workspaceId, const QString &deploymentName) const;
    // The newest note of one deployment.
    std::optional<Note> latest(const QString &workspaceId, const QString &deploymentName) const;
    // Deployment name -> its newest note, for every deployment of the workspace that has one
    // (one query: for the deployments table).
    QHash<QString, Note> latestForWorkspace(const QString &workspaceId) const;
    // Deployment name -> number of notes, for every deployment of the workspace that has one.
    QHash<QString, int> countsForWorkspace(const QString &workspaceId) const;
    // Notes whose text, author or deployment name contains `text`, ignoring case (Unicode
    // case folding, so "é" finds "É"; "%" and "_" are plain characters), newest first.
    // Filtered by SQLite (LIKE ... ESCAPE over lepton_fold()), so only the hits are read.
    QList<Note> search(const QString &workspaceId, const QString &text) const;
    // Deployment name -> its notes, newest first, for every deployment of the workspace with
    // an open pause (one query: the Paused Services view).
    QHash<QString, QList<Note>> historiesOfOpenPauses(const QString &workspaceId) const;
    // Every note of a workspace, by deployment name then newest first.
    QList<Note> all(const QString &workspaceId) const;

    // Adds `notes` (read from a file by app/notes/NotesCsv and checked) to `workspaceId` in one
    // transaction. A note already present (same deployment, author and created_at, whatever
    // its text, as it may have been edited since) is skipped, so importing the same file twice
    // adds nothing. `invalid` and `messages` are what the reader counted.
    ImportResult importNotes(const QString &workspaceId, const QList<Note> &notes, int invalid,
                             const QStringList &messages);

    // The last failure of any call, empty after a success.
    QString lastError() const { return m_lastError; }

private:
    QList<Note> select(const QString &where, const QVariantMap &binds, const QString &orderBy) const;
    // Runs `sql` in one transaction; it must change exactly one note (else: deleted elsewhere).
    bool changeOne(const QString &sql, const QVariantMap &binds);
    bool insert(Note &note, QString &error);
    bool report(bool ok, const QString &error) const;
    // Registers lepton_fold on the connection (for search); false when it cannot.
    bool registerFoldFunction() const;

    SqlDatabase &m_db;
    mutable QString m_lastError;
    mutable bool m_foldRegistered = false;
};
