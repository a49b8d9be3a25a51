#include "app/storage/sqlite/notestable.h"

#include "app/storage/changeorigin.h"
#include "app/storage/sqlite/localdatabase.h"

#include <QSet>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

namespace {

const QString kColumns = QStringLiteral(
    "id, workspace_id, deployment_name, text, author, created_at, edited_at, at_pause,"
    " pause_entry_id, author_program, author_host");
const QString kNewestFirst = QStringLiteral("created_at DESC, id DESC");

// lepton_fold(text): the text with Unicode case folding (QString::toCaseFolded), NULL for NULL.
// For searches that ignore case beyond ASCII, which SQLite's LIKE and lower() do not.
void foldCase(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (argc != 1 || sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    const QByteArray folded = QString::fromUtf8(text, sqlite3_value_bytes(argv[0])).toCaseFolded().toUtf8();
    sqlite3_result_text(context, folded.constData(), int(folded.size()), SQLITE_TRANSIENT);
}

Note fromRow(const QSqlQuery &query)
{
    Note note;
    note.id = query.value(QStringLiteral("id")).toLongLong();
    note.workspaceId = query.value(QStringLiteral("workspace_id")).toString();
    note.deploymentName = query.value(QStringLiteral("deployment_name")).toString();
    note.text = query.value(QStringLiteral("text")).toString();
    note.author = query.value(QStringLiteral("author")).toString();
    note.createdAt = SqlDatabase::fromDbTime(query.value(QStringLiteral("created_at")));
    note.editedAt = SqlDatabase::fromDbTime(query.value(QStringLiteral("edited_at")));
    note.atPause = query.value(QStringLiteral("at_pause")).toInt() != 0;
    note.pauseEntryId = query.value(QStringLiteral("pause_entry_id")).toLongLong(); // NULL -> 0
    note.authorProgram = query.value(QStringLiteral("author_program")).toString();
    note.authorHost = query.value(QStringLiteral("author_host")).toString();
    return note;
}

} // namespace

NotesTable::NotesTable(SqlDatabase &database)
    : m_db(database)
{
}

bool NotesTable::report(bool ok, const QString &error) const
{
    m_lastError = ok ? QString() : error;
    return ok;
}

QList<Note> NotesTable::select(const QString &sql, const QVariantMap &binds, const QString &orderBy) const
{
    QList<Note> notes;
    QString error;
    const bool ok = m_db.selectRows(orderBy.isEmpty() ? sql : sql + QStringLiteral(" ORDER BY ") + orderBy, binds,
                                    [&notes](const QSqlQuery &row) { notes << fromRow(row); }, error);
    report(ok, error);
    return ok ? notes : QList<Note>();
}

bool NotesTable::insert(Note &note, QString &error)
{
    QSqlQuery query(m_db.connection());
    if (!m_db.prepareQuery(
            query,
            QStringLiteral("INSERT INTO notes (workspace_id, deployment_name, text, author,"
                           " created_at, edited_at, at_pause, pause_entry_id, author_program, author_host)"
                           " VALUES (:ws, :name, :text, :author, :createdAt, :editedAt, :atPause,"
                           " :pauseEntryId, :authorProgram, :authorHost)"),
            error))
        return false;
    query.bindValue(QStringLiteral(":ws"), note.workspaceId);
    query.bindValue(QStringLiteral(":name"), note.deploymentName);
    query.bindValue(QStringLiteral(":text"), note.text);
    query.bindValue(QStringLiteral(":author"), SqlDatabase::toDbText(note.author));
    query.bindValue(QStringLiteral(":createdAt"), SqlDatabase::toDbTime(note.createdAt));
    query.bindValue(QStringLiteral(":editedAt"), SqlDatabase::toDbTime(note.editedAt));
    query.bindValue(QStringLiteral(":atPause"), note.atPause ? 1 : 0);
    query.bindValue(QStringLiteral(":pauseEntryId"),
                    note.pauseEntryId > 0 ? QVariant(note.pauseEntryId) : QVariant());
    query.bindValue(QStringLiteral(":authorProgram"), SqlDatabase::toDbText(note.authorProgram));
    query.bindValue(QStringLiteral(":authorHost"), SqlDatabase::toDbText(note.authorHost));
    if (!m_db.execQuery(query, error))
        return false;
    note.id = query.lastInsertId().toLongLong();
    return true;
}

std::optional<Note> NotesTable::add(const Note &note)
{
    if (note.workspaceId.isEmpty() || note.deploymentName.isEmpty()) {
        report(false, tr("A note needs a workspace and a deployment."));
        return std::nullopt;
    }
    if (note.text.trimmed().isEmpty()) {
        report(false, tr("An empty note was not saved."));
        return std::nullopt;
    }
    Note stored = note;
    stored.id = 0;
    // Trimmed to what the database keeps (milliseconds), so the returned note equals a re-read.
    stored.createdAt = SqlDatabase::fromDbTime(SqlDatabase::toDbTime(
        note.createdAt.isValid() ? note.createdAt : QDateTime::currentDateTimeUtc()));
    stored.editedAt = SqlDatabase::fromDbTime(SqlDatabase::toDbTime(note.editedAt));
    stored.pauseEntryId = qMax<qint64>(0, note.pauseEntryId);
    // Where it comes from: this process (an import keeps what its file says).
    stored.authorProgram = ChangeOrigin::current().program;
    stored.authorHost = ChangeOrigin::current().host;

    QString error;
    const bool ok = m_db.transaction([&](QString &err) { return insert(stored, err); }, &error);
    if (!report(ok, error))
        return std::nullopt;
    return stored;
}

bool NotesTable::edit(qint64 id, const QString &text)
{
    if (text.trimmed().isEmpty())
        return report(false, tr("A note cannot be emptied; delete it instead."));
    return changeOne(QStringLiteral("UPDATE notes SET text = :text, edited_at = :editedAt WHERE id = :id"),
                     {{QStringLiteral(":text"), text},
                      {QStringLiteral(":editedAt"), SqlDatabase::toDbTime(QDateTime::currentDateTimeUtc())},
                      {QStringLiteral(":id"), id}});
}

bool NotesTable::remove(qint64 id)
{
    return changeOne(QStringLiteral("DELETE FROM notes WHERE id = :id"), {{QStringLiteral(":id"), id}});
}

bool NotesTable::changeOne(const QString &sql, const QVariantMap &binds)
{
    QString error;
    const bool ok = m_db.transaction([&](QString &err) {
        int rows = 0;
        if (!m_db.execute(sql, binds, err, &rows))
            return false;
        if (rows != 1) {
            err = tr("The note no longer exists (deleted elsewhere?).");
            return false;
        }
        return true;
    }, &error);
    return report(ok, error);
}

std::optional<int> NotesTable::removeWorkspace(const QString &workspaceId)
{
    int removed = 0;
    QString error;
    const bool ok = m_db.transaction([&](QString &err) {
        return m_db.execute(QStringLiteral("DELETE FROM notes WHERE workspace_id = :ws"),
                            {{QStringLiteral(":ws"), workspaceId}}, err, &removed);
    }, &error);
    if (!report(ok, error))
        return std::nullopt;
    return removed;
}

std::optional<Note> NotesTable::note(qint64 id) const
{
    const QList<Note> found = select(
        QStringLiteral("SELECT %1 FROM notes WHERE id = :id").arg(kColumns),
        {{QStringLiteral(":id"), id}}, QString());
    if (found.isEmpty()) {
        if (m_lastError.isEmpty())
            report(false, tr("No note with id %1.").arg(id));
        return std::nullopt;
    }
    return found.first();
}

QList<Note> NotesTable::history(const QString &workspaceId, const QString &deploymentName) const
{
    return select(QStringLiteral("SELECT %1 FROM notes WHERE workspace_id = :ws"
                                 " AND deployment_name = :name")
                      .arg(kColumns),
                  {{QStringLiteral(":ws"), workspaceId}, {QStringLiteral(":name"), deploymentName}},
                  kNewestFirst);
}

std::optional<Note> NotesTable::latest(const QString &workspaceId, const QString &deploymentName) const
{
    const QList<Note> found =
        select(QStringLiteral("SELECT %1 FROM notes WHERE workspace_id = :ws"
                              " AND deployment_name = :name")
                   .arg(kColumns),
               {{QStringLiteral(":ws"), workspaceId}, {QStringLiteral(":name"), deploymentName}},
               kNewestFirst + QStringLiteral(" LIMIT 1"));
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QHash<QString, Note> NotesTable::latestForWorkspace(const QString &workspaceId) const
{
    // One pass with a window function (SQLite >= 3.25) instead of one query per row.
    const QList<Note> found = select(
        QStringLiteral("SELECT %1 FROM (SELECT %1, row_number() OVER (PARTITION BY deployment_name"
                       " ORDER BY created_at DESC, id DESC) AS rank FROM notes"
                       " WHERE workspace_id = :ws) AS ranked WHERE rank = 1")
            .arg(kColumns),
        {{QStringLiteral(":ws"), workspaceId}}, QString());
    QHash<QString, Note> latest;
    latest.reserve(found.size());
    for (const Note &note : found)
        latest.insert(note.deploymentName, note);
    return latest;
}

QHash<QString, int> NotesTable::countsForWorkspace(const QString &workspaceId) const
{
    QHash<QString, int> counts;
    QString error;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    bool ok = m_db.prepareQuery(query,
                                     QStringLiteral("SELECT deployment_name, count(*) FROM notes"
                                                    " WHERE workspace_id = :ws GROUP BY deployment_name"),
                                     error);
    if (ok) {
        query.bindValue(QStringLiteral(":ws"), workspaceId);
        ok = m_db.execQuery(query, error);
    }
    while (ok && query.next())
        counts.insert(query.value(0).toString(), query.value(1).toInt());
    report(ok, error);
    return ok ? counts : QHash<QString, int>();
}

QList<Note> NotesTable::search(const QString &workspaceId, const QString &text) const
{
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return select(QStringLiteral("SELECT %1 FROM notes WHERE workspace_id = :ws").arg(kColumns),
                      {{QStringLiteral(":ws"), workspaceId}}, kNewestFirst);
    // Filtered in SQL, so only the hits leave the database. SQLite's own LIKE folds only ASCII
    // case: both sides go through lepton_fold (Unicode case folding), and "%", "_" and the
    // escape character in the needle are escaped to be plain characters.
    if (!m_foldRegistered)
        m_foldRegistered = registerFoldFunction();
    // Elsewhere (PostgreSQL) the server's lower() folds Unicode case itself.
    QString pattern = m_foldRegistered ? needle.toCaseFolded() : needle.toLower();
    pattern.replace(u'\\', QStringLiteral("\\\\"));
    pattern.replace(u'%', QStringLiteral("\\%"));
    pattern.replace(u'_', QStringLiteral("\\_"));
    pattern = u'%' + pattern + u'%';
    const QString fold = m_foldRegistered ? QStringLiteral("lepton_fold(%1)") : QStringLiteral("lower(%1)");
    const QString like = QStringLiteral(" LIKE :pattern ESCAPE '\\'");
    return select(QStringLiteral("SELECT %1 FROM notes WHERE workspace_id = :ws AND (%2 OR %3 OR %4)")
                      .arg(kColumns, fold.arg(QStringLiteral("text")) + like,
                           fold.arg(QStringLiteral("author")) + like,
                           fold.arg(QStringLiteral("deployment_name")) + like),
                  {{QStringLiteral(":ws"), workspaceId}, {QStringLiteral(":pattern"), pattern}}, kNewestFirst);
}

bool NotesTable::registerFoldFunction() const
{
    const QSqlDatabase db = m_db.connection();
    if (!db.isOpen() || !db.driver())
        return false;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData());
    return connection
        && sqlite3_create_function_v2(connection, "lepton_fold", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                                      &foldCase, nullptr, nullptr, nullptr) == SQLITE_OK;
}

QHash<QString, QList<Note>> NotesTable::historiesOfOpenPauses(const QString &workspaceId) const
{
    const QList<Note> notes = select(
        QStringLiteral("SELECT %1 FROM notes WHERE workspace_id = :ws AND deployment_name IN"
                       " (SELECT deployment_name FROM pause_ledger WHERE workspace_id = :ws"
                       " AND state IN ('pending', 'active'))").arg(kColumns),
        {{QStringLiteral(":ws"), workspaceId}}, kNewestFirst);
    QHash<QString, QList<Note>> byDeployment;
    for (const Note &note : notes)
        byDeployment[note.deploymentName].append(note);
    return byDeployment;
}

QList<Note> NotesTable::all(const QString &workspaceId) const
{
    return select(QStringLiteral("SELECT %1 FROM notes WHERE workspace_id = :ws").arg(kColumns),
                  {{QStringLiteral(":ws"), workspaceId}},
                  QStringLiteral("deployment_name, ") + kNewestFirst);
}

NotesTable::ImportResult NotesTable::importNotes(const QString &workspaceId, const QList<Note> &notes, int invalid,
                                                 const QStringList &messages)
{
    ImportResult result;
    result.invalid = invalid;
    result.messages = messages;
    const auto fail = [&](const QString &why) {
        result = ImportResult();
        result.error = why;
        report(false, why);
        return result;
    };
    if (workspaceId.isEmpty())
        return fail(tr("No workspace to import the notes into."));
    QList<Note> candidates = notes;
    for (Note &note : candidates)
        note.workspaceId = workspaceId;
    QString error;
    const bool ok = m_db.transaction([&](QString &err) {
        QSqlQuery exists(m_db.connection());
        if (!m_db.prepareQuery(exists,
                                    QStringLiteral("SELECT 1 FROM notes WHERE workspace_id = :ws"
                                                   " AND deployment_name = :name AND author = :author"
                                                   " AND created_at = :createdAt LIMIT 1"),
                                    err))
            return false;
        // Which rows are new is decided in file order (the first of two rows with the same
        // key wins); they are written last row first: an export lists notes newest first, so
        // notes of the same millisecond get their ids, and with them their order, back.
        QList<Note> fresh;
        QSet<QString> seen;
        for (const Note &note : std::as_const(candidates)) {
            const QString key = note.deploymentName + QChar(0) + note.author + QChar(0)
                                + SqlDatabase::toDbTime(note.createdAt).toString();
            bool duplicate = seen.contains(key);
            if (!duplicate) {
                exists.bindValue(QStringLiteral(":ws"), note.workspaceId);
                exists.bindValue(QStringLiteral(":name"), note.deploymentName);
                exists.bindValue(QStringLiteral(":author"), SqlDatabase::toDbText(note.author));
                exists.bindValue(QStringLiteral(":createdAt"), SqlDatabase::toDbTime(note.createdAt));
                if (!m_db.execQuery(exists, err))
                    return false;
                duplicate = exists.next();
                exists.finish();
            }
            seen.insert(key);
            if (duplicate)
                ++result.skipped;
            else
                fresh << note;
        }
        // A file that does not say where its notes were written (the CSV has no such
        // column): they come from the program importing them, on this host.
        for (Note &note : fresh) {
            if (note.authorProgram.isEmpty() && note.authorHost.isEmpty()) {
                note.authorProgram = ChangeOrigin::current().program;
                note.authorHost = ChangeOrigin::current().host;
            }
        }
        for (auto it = fresh.rbegin(); it != fresh.rend(); ++it) {
            Note note = *it;
            if (!insert(note, err))
                return false;
            ++result.imported;
        }
        return true;
    }, &error);
    if (!ok)
        return fail(error);
    report(true, QString());
    return result;
}
