#include "app/storage/sqlite/notestable.h"

#include "app/common/csvwriter.h"
#include "app/storage/sqlite/localdatabase.h"

#include <QMap>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

namespace {

const QString kColumns = QStringLiteral(
    "id, workspace_id, deployment_name, text, author, created_at, edited_at, at_pause,"
    " pause_entry_id");
const QString kNewestFirst = QStringLiteral("created_at DESC, id DESC");

// CSV header names; importCsv finds columns by these.
const QString kCsvDeployment = QStringLiteral("deployment");
const QString kCsvCreatedAt = QStringLiteral("created_at");
const QString kCsvEditedAt = QStringLiteral("edited_at");
const QString kCsvAuthor = QStringLiteral("author");
const QString kCsvAtPause = QStringLiteral("at_pause");
const QString kCsvText = QStringLiteral("text");

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
    return note;
}

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// --- CSV (RFC 4180) -------------------------------------------------------------------------

// Splits CSV text into records. Quoted fields keep everything verbatim, line breaks
// included; outside quotes CRLF, LF and lone CR all end a record. Lenient where RFC 4180 is
// silent (a quote inside an unquoted field is kept as a character), strict where guessing
// would change text: an unterminated quote or text after a closing quote is an error.
std::optional<QList<QStringList>> parseCsv(const QString &text, QString &error)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;      // inside "..."
    bool afterQuote = false;  // just after the closing quote of a field
    bool fieldStarted = false;

    const auto endField = [&]() {
        record << field;
        field.clear();
        afterQuote = false;
        fieldStarted = false;
    };
    const auto endRecord = [&]() {
        endField();
        records << record;
        record.clear();
    };

    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < size && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == u',') {
            endField();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < size && text.at(i + 1) == u'\n')
                ++i;
            endRecord();
        } else if (afterQuote) {
            error = NotesTable::tr("CSV record %1: unexpected text after a closing quote.")
                        .arg(records.size() + 1);
            return std::nullopt;
        } else if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted) {
        error = NotesTable::tr("CSV record %1: a quoted field is not closed.").arg(records.size() + 1);
        return std::nullopt;
    }
    if (!record.isEmpty() || !field.isEmpty() || afterQuote)
        endRecord();
    return records;
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
                           " created_at, edited_at, at_pause, pause_entry_id)"
                           " VALUES (:ws, :name, :text, :author, :createdAt, :editedAt, :atPause,"
                           " :pauseEntryId)"),
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
    QString error;
    const bool ok = m_db.transaction([&](QString &err) {
        QSqlQuery query(m_db.connection());
        if (!m_db.prepareQuery(
                query,
                QStringLiteral("UPDATE notes SET text = :text, edited_at = :editedAt WHERE id = :id"),
                err))
            return false;
        query.bindValue(QStringLiteral(":text"), text);
        query.bindValue(QStringLiteral(":editedAt"),
                        SqlDatabase::toDbTime(QDateTime::currentDateTimeUtc()));
        query.bindValue(QStringLiteral(":id"), id);
        if (!m_db.execQuery(query, err))
            return false;
        if (query.numRowsAffected() != 1) {
            err = tr("The note no longer exists (deleted elsewhere?).");
            return false;
        }
        return true;
    }, &error);
    return report(ok, error);
}

bool NotesTable::remove(qint64 id)
{
    QString error;
    const bool ok = m_db.transaction([&](QString &err) {
        QSqlQuery query(m_db.connection());
        if (!m_db.prepareQuery(query, QStringLiteral("DELETE FROM notes WHERE id = :id"), err))
            return false;
        query.bindValue(QStringLiteral(":id"), id);
        if (!m_db.execQuery(query, err))
            return false;
        if (query.numRowsAffected() != 1) {
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
        QSqlQuery query(m_db.connection());
        if (!m_db.prepareQuery(query, QStringLiteral("DELETE FROM notes WHERE workspace_id = :ws"), err))
            return false;
        query.bindValue(QStringLiteral(":ws"), workspaceId);
        if (!m_db.execQuery(query, err))
            return false;
        removed = query.numRowsAffected();
        return true;
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
    // Filtered here, not with LIKE: SQLite's LIKE folds only ASCII case and treats % and _
    // as wildcards. A workspace holds at most some thousands of notes.
    const QList<Note> notes = select(
        QStringLiteral("SELECT %1 FROM notes WHERE workspace_id = :ws").arg(kColumns),
        {{QStringLiteral(":ws"), workspaceId}}, kNewestFirst);
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return notes;
    QList<Note> found;
    for (const Note &note : notes) {
        if (note.text.contains(needle, Qt::CaseInsensitive)
            || note.author.contains(needle, Qt::CaseInsensitive)
            || note.deploymentName.contains(needle, Qt::CaseInsensitive))
            found << note;
    }
    return found;
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

QString NotesTable::exportMarkdown(const QString &workspaceId) const
{
    const QList<Note> notes = all(workspaceId);
    if (!m_lastError.isEmpty())
        return {};
    const auto stamp = [](const QDateTime &time) {
        return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC");
    };
    QString out = tr("# Notes for workspace %1").arg(workspaceId) + QStringLiteral("\n\n");
    out += tr("Exported %1 by Lepton Console.").arg(stamp(QDateTime::currentDateTimeUtc()))
           + QStringLiteral("\n");
    if (notes.isEmpty())
        out += QStringLiteral("\n") + tr("No notes.") + QStringLiteral("\n");
    QString deployment;
    for (const Note &note : notes) {
        if (note.deploymentName != deployment) { // names are never empty
            deployment = note.deploymentName;
            out += QStringLiteral("\n## %1\n").arg(deployment);
        }
        QString heading = QStringLiteral("%1, %2").arg(stamp(note.createdAt),
                                                        note.author.isEmpty() ? tr("unknown author")
                                                                              : note.author);
        if (note.isEdited())
            heading += QStringLiteral(" ") + tr("(edited %1)").arg(stamp(note.editedAt));
        if (note.atPause)
            heading += QStringLiteral(" ") + tr("[pause reason]");
        out += QStringLiteral("\n### %1\n\n").arg(heading);
        // As a block quote, so a user's "#" or "-" at a line start stays text, not structure.
        const QStringList lines = note.text.split(u'\n');
        for (QString line : lines) {
            if (line.endsWith(u'\r'))
                line.chop(1);
            out += line.isEmpty() ? QStringLiteral(">\n") : QStringLiteral("> %1\n").arg(line);
        }
    }
    return out;
}

QByteArray NotesTable::exportCsv(const QString &workspaceId) const
{
    const QList<Note> notes = all(workspaceId);
    if (!m_lastError.isEmpty())
        return {};
    QString out = CsvWriter::record({kCsvDeployment, kCsvCreatedAt, kCsvEditedAt, kCsvAuthor, kCsvAtPause,
                             kCsvText});
    for (const Note &note : notes) {
        out += CsvWriter::record({note.deploymentName, isoTime(note.createdAt), isoTime(note.editedAt),
                          note.author, note.atPause ? QStringLiteral("true") : QStringLiteral("false"),
                          note.text});
    }
    return out.toUtf8();
}

NotesTable::ImportResult NotesTable::importCsv(const QString &workspaceId, const QByteArray &csv)
{
    ImportResult result;
    const auto fail = [&](const QString &why) {
        result = ImportResult();
        result.error = why;
        report(false, why);
        return result;
    };
    if (workspaceId.isEmpty())
        return fail(tr("No workspace to import the notes into."));

    QString text = QString::fromUtf8(csv);
    if (text.startsWith(QChar(0xFEFF))) // a byte order mark, as spreadsheets write
        text.remove(0, 1);
    QString parseError;
    const auto records = parseCsv(text, parseError);
    if (!records)
        return fail(parseError);
    if (records->isEmpty())
        return fail(tr("The CSV file is empty."));

    QHash<QString, qsizetype> column;
    const QStringList header = records->first();
    for (qsizetype i = 0; i < header.size(); ++i)
        column.insert(header.at(i).trimmed().toLower(), i);
    for (const QString &required : {kCsvDeployment, kCsvCreatedAt, kCsvAuthor, kCsvText}) {
        if (!column.contains(required))
            return fail(tr("The CSV file has no \"%1\" column.").arg(required));
    }
    const auto cell = [&](const QStringList &record, const QString &name) {
        const qsizetype index = column.value(name, -1);
        return index >= 0 ? record.at(index) : QString();
    };

    QList<Note> candidates;
    for (qsizetype row = 1; row < records->size(); ++row) {
        const QStringList &record = records->at(row);
        if (record.size() == 1 && record.first().isEmpty())
            continue; // a blank line
        const auto invalid = [&](const QString &why) {
            ++result.invalid;
            result.messages << tr("Line %1: %2").arg(row + 1).arg(why);
        };
        if (record.size() != header.size()) {
            invalid(tr("%1 fields where the header has %2.").arg(record.size()).arg(header.size()));
            continue;
        }
        Note note;
        note.workspaceId = workspaceId;
        note.deploymentName = cell(record, kCsvDeployment);
        note.author = cell(record, kCsvAuthor);
        note.text = cell(record, kCsvText);
        note.createdAt = LocalDatabase::fromDbTime(cell(record, kCsvCreatedAt));
        const QString editedAt = cell(record, kCsvEditedAt);
        note.editedAt = LocalDatabase::fromDbTime(editedAt.isEmpty() ? QVariant() : QVariant(editedAt));
        const QString atPause = cell(record, kCsvAtPause).trimmed().toLower();
        note.atPause = atPause == u"true" || atPause == u"1" || atPause == u"yes";
        if (note.deploymentName.isEmpty())
            invalid(tr("no deployment name."));
        else if (!note.createdAt.isValid())
            invalid(tr("\"%1\" is not a date and time.").arg(cell(record, kCsvCreatedAt)));
        else if (!editedAt.isEmpty() && !note.editedAt.isValid())
            invalid(tr("\"%1\" is not a date and time.").arg(editedAt));
        else if (note.text.trimmed().isEmpty())
            invalid(tr("empty note."));
        else
            candidates << note;
    }

    const ImportResult written = importNotes(workspaceId, candidates, result.invalid, result.messages);
    if (!written.ok())
        return fail(written.error);
    return written;
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
