#include "app/notes/notescsv.h"

#include "app/common/csvwriter.h"

#include <QHash>
#include <QStringList>

#include <optional>

namespace {

// Header names; read() finds columns by these.
const QString kCsvDeployment = QStringLiteral("deployment");
const QString kCsvCreatedAt = QStringLiteral("created_at");
const QString kCsvEditedAt = QStringLiteral("edited_at");
const QString kCsvAuthor = QStringLiteral("author");
const QString kCsvAtPause = QStringLiteral("at_pause");
const QString kCsvText = QStringLiteral("text");

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// UTC ISO 8601 with milliseconds, as written; an invalid time for anything else.
QDateTime fromIsoTime(const QString &text)
{
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

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
            error = NotesCsv::tr("CSV record %1: unexpected text after a closing quote.")
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
        error = NotesCsv::tr("CSV record %1: a quoted field is not closed.").arg(records.size() + 1);
        return std::nullopt;
    }
    if (!record.isEmpty() || !field.isEmpty() || afterQuote)
        endRecord();
    return records;
}

} // namespace

QByteArray NotesCsv::write(const QList<Note> &notes)
{
    QString out = CsvWriter::record({kCsvDeployment, kCsvCreatedAt, kCsvEditedAt, kCsvAuthor, kCsvAtPause,
                                     kCsvText});
    for (const Note &note : notes) {
        out += CsvWriter::record({note.deploymentName, isoTime(note.createdAt), isoTime(note.editedAt),
                                  note.author, note.atPause ? QStringLiteral("true") : QStringLiteral("false"),
                                  note.text});
    }
    return out.toUtf8();
}

NotesCsv::Read NotesCsv::read(const QString &workspaceId, const QByteArray &csv)
{
    Read read;
    NotesStore::ImportResult &result = read.result;
    const auto fail = [&](const QString &why) {
        Read failed;
        failed.result.error = why;
        return failed;
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
        note.createdAt = fromIsoTime(cell(record, kCsvCreatedAt));
        const QString editedAt = cell(record, kCsvEditedAt);
        note.editedAt = editedAt.isEmpty() ? QDateTime() : fromIsoTime(editedAt);
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
            read.notes << note;
    }
    return read;
}
