// NotesTransfer: the notes of a workspace exported to Markdown and CSV files on disk, and the
// CSV imported into another workspace id gives back the same notes (text, author, times,
// markers), twice importing adds nothing, and unreadable files are reported, not crashed on.
// Through the asynchronous NotesStore (SqliteStorage on its worker), as the notes panel does;
// the notes are set up and checked through a second connection.
#include "app/notes/notescsv.h"
#include "app/notes/notestransfer.h"
#include "app/storage/sqlite/localdatabase.h"
#include "app/storage/sqlite/notestable.h"
#include "app/storage/sqlite/sqlitestorage.h"
#include "tests/support/readfile.h"
#include "tests/support/scratchdatabase.h"

#include <QFile>

#include <optional>
#include <QtTest>

namespace {

const QString kFrom = QStringLiteral("ws-from");
const QString kTo = QStringLiteral("ws-to");

// What must survive a round trip (ids, workspace and pause links are local).
struct Portable
{
    QString deployment, text, author;
    QDateTime created, edited;
    bool atPause;
    bool operator==(const Portable &) const = default;
};

QList<Portable> portable(const QList<Note> &notes)
{
    QList<Portable> out;
    for (const Note &n : notes)
        out << Portable{n.deploymentName, n.text, n.author, n.createdAt, n.editedAt, n.atPause};
    return out;
}

} // namespace

class TestNotesTransfer : public QObject
{
    Q_OBJECT

private:
    ScratchDatabase m_db;

    // The asynchronous calls, waited for with the event loop running.
    NotesTransfer::ExportResult exportTo(const QString &workspaceId, NotesTransfer::Format format, const QString &path)
    {
        std::optional<NotesTransfer::ExportResult> result;
        NotesTransfer(m_db.storage()->notes()).exportToFile(workspaceId, format, path, this,
                                                            [&result](const NotesTransfer::ExportResult &r) { result = r; });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20000))
            qFatal("the export never ended");
        return *result;
    }

    NotesTransfer::ImportResult importFrom(const QString &workspaceId, const QString &path)
    {
        std::optional<NotesTransfer::ImportResult> result;
        NotesTransfer(m_db.storage()->notes()).importCsvFile(workspaceId, path, this,
                                                             [&result](const NotesTransfer::ImportResult &r) { result = r; });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20000))
            qFatal("the import never ended");
        return *result;
    }

    void add(const QString &deployment, const QString &text, const QString &author, const QDateTime &at,
             bool atPause = false)
    {
        Note note;
        note.workspaceId = kFrom;
        note.deploymentName = deployment;
        note.text = text;
        note.author = author;
        note.createdAt = at;
        note.atPause = atPause;
        QVERIFY2(m_db.notes()->add(note), qPrintable(m_db.notes()->lastError()));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QVERIFY2(m_db.open(QStringLiteral("db.sqlite")), qPrintable(m_db.errorString()));
        const QDateTime t0(QDate(2025, 2, 1), QTime(9, 30), Qt::UTC);
        add(QStringLiteral("llama"), QStringLiteral("Paused for cost, see https://wiki.example.com/cost"),
            QStringLiteral("alice"), t0, true);
        add(QStringLiteral("llama"), QStringLiteral("Line one\nline \"two\", with a comma"), QStringLiteral("bob"),
            t0.addDays(1));
        add(QStringLiteral("mistral"), QStringLiteral("  edge spaces  "), QStringLiteral("carol"), t0.addDays(2));
        const Note edited = m_db.notes()->history(kFrom, QStringLiteral("mistral")).first();
        QVERIFY(m_db.notes()->edit(edited.id, QStringLiteral("  edge spaces, edited  ")));
    }

    void cleanup() { m_db.close(); }

    void csvRoundTripIntoAnotherWorkspace()
    {
        const QString path = m_db.filePath(QStringLiteral("notes.csv"));
        const NotesTransfer::ExportResult exported = exportTo(kFrom, NotesTransfer::Format::Csv, path);
        QVERIFY2(exported.ok(), qPrintable(exported.error));
        QCOMPARE(exported.notes, 3);
        QVERIFY(readFile(path).startsWith("deployment,created_at,edited_at,author,at_pause,text"));

        const NotesTransfer::ImportResult imported = importFrom(kTo, path);
        QVERIFY2(imported.ok(), qPrintable(imported.error));
        QCOMPARE(imported.imported, 3);
        QCOMPARE(imported.skipped, 0);
        QCOMPARE(portable(m_db.notes()->all(kTo)), portable(m_db.notes()->all(kFrom)));
        QCOMPARE(NotesTransfer::importSummary(imported), QStringLiteral("Imported 3 note(s)."));

        // Again: nothing new.
        const NotesTransfer::ImportResult again = importFrom(kTo, path);
        QVERIFY(again.ok());
        QCOMPARE(again.imported, 0);
        QCOMPARE(again.skipped, 3);
        QCOMPARE(m_db.notes()->all(kTo).size(), 3);
        QCOMPARE(NotesTransfer::importSummary(again), QStringLiteral("Imported 0 note(s); 3 already here, skipped."));
    }

    void markdownExport()
    {
        const QString path = m_db.filePath(QStringLiteral("notes.md"));
        const NotesTransfer::ExportResult exported = exportTo(kFrom, NotesTransfer::Format::Markdown, path);
        QVERIFY2(exported.ok(), qPrintable(exported.error));
        const QString text = QString::fromUtf8(readFile(path));
        QVERIFY2(text.startsWith(QStringLiteral("# Notes for workspace ws-from")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("## llama")));
        QVERIFY(text.contains(QStringLiteral("## mistral")));
        QVERIFY(text.contains(QStringLiteral("https://wiki.example.com/cost")));
        QVERIFY(text.indexOf(QStringLiteral("## llama")) < text.indexOf(QStringLiteral("## mistral")));
    }

    void exportReplacesAnExistingFileWhole()
    {
        const QString path = m_db.filePath(QStringLiteral("old.csv"));
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write(QByteArray(100000, 'x'));
        old.close();
        QVERIFY(exportTo(kFrom, NotesTransfer::Format::Csv, path).ok());
        QCOMPARE(readFile(path), NotesCsv::write(m_db.notes()->all(kFrom)));
    }

    void failuresAreReported()
    {
        const NotesTransfer::ExportResult noFolder = exportTo(
            kFrom, NotesTransfer::Format::Csv, m_db.filePath(QStringLiteral("missing/folder/notes.csv")));
        QVERIFY(!noFolder.ok());
        QVERIFY(noFolder.error.contains(QStringLiteral("notes.csv")));

        const NotesTransfer::ImportResult missing = importFrom(kTo, m_db.filePath(QStringLiteral("nope.csv")));
        QVERIFY(!missing.ok());
        QVERIFY(NotesTransfer::importSummary(missing).startsWith(QStringLiteral("Nothing was imported")));

        const QString garbage = m_db.filePath(QStringLiteral("garbage.csv"));
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not,\"a notes export\n");
        file.close();
        const NotesTransfer::ImportResult bad = importFrom(kTo, garbage);
        QVERIFY(!bad.ok());
        QCOMPARE(m_db.notes()->all(kTo).size(), 0);
    }

    void suggestedFileName()
    {
        QCOMPARE(NotesTransfer::suggestedFileName(QStringLiteral("prod/eu 1"), NotesTransfer::Format::Csv, QDate(2025, 3, 4)),
                 QStringLiteral("lepton-notes-prod_eu_1-2025-03-04.csv"));
        QCOMPARE(NotesTransfer::suggestedFileName(QString(), NotesTransfer::Format::Markdown, QDate(2025, 3, 4)),
                 QStringLiteral("lepton-notes-workspace-2025-03-04.md"));
    }
};

QTEST_GUILESS_MAIN(TestNotesTransfer)
#include "tst_notestransfer.moc"
