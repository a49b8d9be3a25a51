#pragma once

#include "app/storage/notesstore.h"

class SqlStorage;

// NotesStore on an SqlStorage's worker, for both SQL backends (SQLite, PostgreSQL; the name
// is from before the second): each call is one job there, running NotesTable's SQL.
class SqliteNotesStore : public NotesStore
{
public:
    explicit SqliteNotesStore(SqlStorage &storage) : m_storage(storage) {}

    void add(const Note &note, QObject *context, StoreCallback<Note> done) override;
    void edit(qint64 id, const QString &text, QObject *context, StoreCallback<Note> done) override;
    void remove(qint64 id, QObject *context, StoreCallback<StoreNothing> done) override;
    void removeWorkspace(const QString &workspaceId, QObject *context, StoreCallback<int> done) override;
    void history(const QString &workspaceId, const QString &deploymentName, QObject *context,
                 StoreCallback<QList<Note>> done) override;
    void countsForWorkspace(const QString &workspaceId, QObject *context,
                            StoreCallback<QHash<QString, int>> done) override;
    void latestForWorkspace(const QString &workspaceId, QObject *context,
                            StoreCallback<QHash<QString, Note>> done) override;
    void search(const QString &workspaceId, const QString &text, QObject *context,
                StoreCallback<QList<Note>> done) override;
    void all(const QString &workspaceId, QObject *context, StoreCallback<QList<Note>> done) override;
    void importNotes(const QString &workspaceId, const QList<Note> &notes, const ImportResult &result,
                     QObject *context, StoreCallback<ImportResult> done) override;

private:
    SqlStorage &m_storage;
};
