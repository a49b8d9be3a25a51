#include "app/storage/sqlite/sqlitenotesstore.h"

#include "app/storage/sql/sqlconnection.h"
#include "app/storage/sql/sqlstorage.h"

namespace {

constexpr bool Read = false;
constexpr bool Write = true;

template <typename T>
StoreResult<T> read(SqlConnection &c, T value)
{
    if (!c.notes.lastError().isEmpty())
        return StoreResult<T>::failure(c.error(c.notes.lastError(), Read, StoreError::Kind::Other));
    return StoreResult<T>::success(std::move(value));
}

StoreResult<Note> stored(SqlConnection &c, bool ok, qint64 id)
{
    if (!ok)
        return StoreResult<Note>::failure(c.error(c.notes.lastError(), Write));
    const std::optional<Note> note = c.notes.note(id);
    if (!note)
        return StoreResult<Note>::failure(c.error(c.notes.lastError(), Read));
    return StoreResult<Note>::success(*note);
}

} // namespace

void SqliteNotesStore::add(const Note &note, QObject *context, StoreCallback<Note> done)
{
    m_storage.run<Note>(context, Write, [note](SqlConnection &c) {
        const std::optional<Note> added = c.notes.add(note);
        if (!added)
            return StoreResult<Note>::failure(c.error(c.notes.lastError(), Write, StoreError::Kind::Invalid));
        return StoreResult<Note>::success(*added);
    }, std::move(done));
}

void SqliteNotesStore::edit(qint64 id, const QString &text, QObject *context, StoreCallback<Note> done)
{
    m_storage.run<Note>(context, Write, [id, text](SqlConnection &c) {
        return stored(c, c.notes.edit(id, text), id);
    }, std::move(done));
}

void SqliteNotesStore::remove(qint64 id, QObject *context, StoreCallback<StoreNothing> done)
{
    m_storage.run<StoreNothing>(context, Write, [id](SqlConnection &c) {
        if (!c.notes.remove(id))
            return StoreResult<StoreNothing>::failure(c.error(c.notes.lastError(), Write));
        return StoreResult<StoreNothing>::success({});
    }, std::move(done));
}

void SqliteNotesStore::removeWorkspace(const QString &workspaceId, QObject *context, StoreCallback<int> done)
{
    m_storage.run<int>(context, Write, [workspaceId](SqlConnection &c) {
        const std::optional<int> removed = c.notes.removeWorkspace(workspaceId);
        if (!removed)
            return StoreResult<int>::failure(c.error(c.notes.lastError(), Write));
        return StoreResult<int>::success(*removed);
    }, std::move(done));
}

void SqliteNotesStore::history(const QString &workspaceId, const QString &deploymentName, QObject *context,
                               StoreCallback<QList<Note>> done)
{
    m_storage.run<QList<Note>>(context, Read, [workspaceId, deploymentName](SqlConnection &c) {
        return read(c, c.notes.history(workspaceId, deploymentName));
    }, std::move(done));
}

void SqliteNotesStore::countsForWorkspace(const QString &workspaceId, QObject *context,
                                          StoreCallback<QHash<QString, int>> done)
{
    m_storage.run<QHash<QString, int>>(context, Read, [workspaceId](SqlConnection &c) {
        return read(c, c.notes.countsForWorkspace(workspaceId));
    }, std::move(done));
}

void SqliteNotesStore::latestForWorkspace(const QString &workspaceId, QObject *context,
                                          StoreCallback<QHash<QString, Note>> done)
{
    m_storage.run<QHash<QString, Note>>(context, Read, [workspaceId](SqlConnection &c) {
        return read(c, c.notes.latestForWorkspace(workspaceId));
    }, std::move(done));
}

void SqliteNotesStore::search(const QString &workspaceId, const QString &text, QObject *context,
                              StoreCallback<QList<Note>> done)
{
    m_storage.run<QList<Note>>(context, Read, [workspaceId, text](SqlConnection &c) {
        return read(c, c.notes.search(workspaceId, text));
    }, std::move(done));
}

void SqliteNotesStore::all(const QString &workspaceId, QObject *context, StoreCallback<QList<Note>> done)
{
    m_storage.run<QList<Note>>(context, Read, [workspaceId](SqlConnection &c) {
        return read(c, c.notes.all(workspaceId));
    }, std::move(done));
}

void SqliteNotesStore::importNotes(const QString &workspaceId, const QList<Note> &notes, const ImportResult &result,
                                   QObject *context, StoreCallback<ImportResult> done)
{
    m_storage.run<ImportResult>(context, Write, [workspaceId, notes, result](SqlConnection &c) {
        const NotesTable::ImportResult r = c.notes.importNotes(workspaceId, notes, result.invalid, result.messages);
        if (!r.ok())
            return StoreResult<ImportResult>::failure(c.error(r.error, Write));
        return StoreResult<ImportResult>::success(ImportResult{r.imported, r.skipped, r.invalid, r.messages, QString()});
    }, std::move(done));
}
