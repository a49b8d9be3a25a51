// NotesTable, and the LocalDatabase under it: ordering, search, the table's one-query
// summary, concurrent writers (two connections, two threads), locked and full databases,
// migration from a hand-made version-1 file, damaged files kept aside, CSV/Markdown export
// and a CSV import that round-trips exactly (the formats, app/notes/NotesCsv and
// NotesMarkdown, over the table's all() and importNotes()). Real files in a QTemporaryDir.
#include "app/notes/notescsv.h"
#include "app/notes/notesmarkdown.h"
#include "app/storage/sqlite/localdatabase.h"
#include "app/storage/note.h"
#include "app/storage/sqlite/notestable.h"
#include "app/storage/sqlite/ledgertable.h"
#include "tests/storage/twobackendstores.h"
#include "tests/support/readfile.h"

#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QtTest>

#include <memory>

namespace {

const QString kWs = QStringLiteral("ws-1");
const QDateTime kT0 = QDateTime(QDate(2025, 3, 1), QTime(9, 0), Qt::UTC);

Note makeNote(const QString &deployment, const QString &text, const QString &author = QStringLiteral("alice"),
              const QDateTime &createdAt = QDateTime(), const QString &workspace = kWs)
{
    Note note;
    note.workspaceId = workspace;
    note.deploymentName = deployment;
    note.text = text;
    note.author = author;
    note.createdAt = createdAt;
    return note;
}

QList<qint64> ids(const QList<Note> &notes)
{
    QList<qint64> result;
    for (const Note &note : notes)
        result << note.id;
    return result;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// Runs SQL on a file through a plain Qt connection of its own, as another program would.
bool runSql(const QString &path, const QStringList &statements, QString *error = nullptr)
{
    const QString name = QStringLiteral("tst-raw-%1").arg(QRandomGenerator::global()->generate64());
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery query(db);
        for (const QString &sql : statements) {
            if (!ok)
                break;
            ok = query.exec(sql);
            if (!ok && error)
                *error = sql + QStringLiteral(": ") + query.lastError().text();
        }
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// The version-1 schema as a Lepton Console of that version created it, written out by hand
// here (not taken from LocalDatabase) so the migration is tested against the real old shape.
const QStringList kV1Schema = {
    QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)"),
    QStringLiteral("CREATE TABLE pause_ledger (id INTEGER PRIMARY KEY AUTOINCREMENT,"
                   " workspace_id TEXT NOT NULL, deployment_name TEXT NOT NULL,"
                   " saved_min_replicas INTEGER NOT NULL CHECK (saved_min_replicas >= 0),"
                   " saved_max_replicas INTEGER CHECK (saved_max_replicas IS NULL OR"
                   " saved_max_replicas >= saved_min_replicas), saved_auto_scaler TEXT,"
                   " paused_snapshot TEXT NOT NULL DEFAULT '{}', paused_version INTEGER NOT NULL DEFAULT 0,"
                   " paused_by TEXT NOT NULL DEFAULT '', paused_at TEXT NOT NULL,"
                   " reason TEXT NOT NULL DEFAULT '', state TEXT NOT NULL CHECK (state IN"
                   " ('pending', 'active', 'closed', 'abandoned')), closed_at TEXT, closed_by TEXT)"),
    QStringLiteral("CREATE UNIQUE INDEX pause_ledger_one_open ON pause_ledger (workspace_id,"
                   " deployment_name) WHERE state IN ('pending', 'active')"),
    QStringLiteral("CREATE INDEX pause_ledger_by_deployment ON pause_ledger (workspace_id,"
                   " deployment_name, paused_at)"),
    QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY AUTOINCREMENT, workspace_id TEXT NOT NULL,"
                   " deployment_name TEXT NOT NULL, text TEXT NOT NULL, author TEXT NOT NULL DEFAULT '',"
                   " created_at TEXT NOT NULL)"),
    QStringLiteral("CREATE INDEX notes_by_deployment ON notes (workspace_id, deployment_name, created_at)"),
    QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema_version', '1')"),
};

// The notes that make CSV hard.
const QStringList kTrickyTexts = {
    QStringLiteral("plain"),
    QStringLiteral("comma, inside"),
    QStringLiteral("a \"quoted\" word"),
    QStringLiteral("\""),
    QStringLiteral("\"\"\","),
    QStringLiteral("two\nlines"),
    QStringLiteral("windows\r\nline end"),
    QStringLiteral("lone\rcarriage return"),
    QStringLiteral("ends with a newline\n"),
    QStringLiteral("\n starts with one"),
    QStringLiteral("  edge spaces  "),
    QStringLiteral("tab\tinside"),
    QStringLiteral("unicode: ünïcødé, 日本語, emoji 🚀, RTL עברית"),
    QStringLiteral("=SUM(A1:A2)"),
    QStringLiteral("semi;colon|pipe"),
    QStringLiteral("mixed \"quote\",\ncomma and\r\nbreaks\","),
};

// The CSV export and import as the program does them: the format on records, the table
// reading and writing the notes.
QByteArray exportCsv(const NotesTable &notes, const QString &workspaceId)
{
    return NotesCsv::write(notes.all(workspaceId));
}

NotesTable::ImportResult importCsv(NotesTable &notes, const QString &workspaceId, const QByteArray &csv)
{
    const NotesCsv::Read read = NotesCsv::read(workspaceId, csv);
    if (!read.result.ok()) {
        NotesTable::ImportResult failed;
        failed.error = read.result.error;
        return failed;
    }
    return notes.importNotes(workspaceId, read.notes, read.result.invalid, read.result.messages);
}

QString exportMarkdown(const NotesTable &notes, const QString &workspaceId)
{
    return NotesMarkdown::write(workspaceId, notes.all(workspaceId));
}

} // namespace

class TestNotesStore : public QObject
{
    Q_OBJECT

    TwoBackendStores m_stores; // the backend of the data row (SQLite or PostgreSQL), and a scratch folder
    QString dbPath(const QString &name = QStringLiteral("notes.sqlite")) const { return m_stores.filePath(name); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QVERIFY2(m_stores.renew(), qPrintable(m_stores.folderError())); }
    void cleanup() { m_stores.reset(); }

    void addEditRemoveAndHistoryOrder_data() { TestStores::addBackendRows(); }
    void addEditRemoveAndHistoryOrder();
    void sameMillisecondKeepsWriteOrder_data() { TestStores::addBackendRows(); }
    void sameMillisecondKeepsWriteOrder();
    void addRefusesBadNotes_data() { TestStores::addBackendRows(); }
    void addRefusesBadNotes();
    void pauseReasonNoteLinksToLedger_data() { TestStores::addBackendRows(); }
    void pauseReasonNoteLinksToLedger();
    void search_data();
    void search();
    void latestForWorkspace_data() { TestStores::addBackendRows(); }
    void latestForWorkspace();
    void failedNestedStepRollsBackOuterTransaction();

    void defaultPathHonoursDataDir();
    void createsFolderAndSurvivesReopen();
    void interleavedConnectionsLoseNothing();
    void twoThreadsLoseNothing_data() { TestStores::addBackendRows(); }
    void twoThreadsLoseNothing();
    void lockedDatabaseIsAnErrorNotACrash();
    void lockedDuringMigrationLeavesFileAlone();
    void fullDiskIsAnErrorNotACrash();
    void migratesHandMadeVersion1File();
    void refusesNewerSchema();
    void refusesForeignDatabase();
    void corruptFileIsKeptAside_data();
    void corruptFileIsKeptAside();
    void emptyFileIsNotCorrupt();

    void csvExportQuotesPerRfc4180();
    void csvRoundTripsExactly();
    void csvImportSkipsDuplicates();
    void csvImportReadsHandWrittenFiles();
    void csvImportRejectsUnterminatedQuote();
    void markdownExport();
};

void TestNotesStore::addEditRemoveAndHistoryOrder()
{
    LEPTON_OPEN_STORE(db, m_stores, QStringLiteral("notes"));
    if (const auto *local = dynamic_cast<const LocalDatabase *>(db.get()))
        QCOMPARE(local->schemaVersion(), LocalDatabase::CurrentSchemaVersion);
    NotesTable notes(*db);

    const auto first = notes.add(makeNote(QStringLiteral("a"), QStringLiteral("first"), QStringLiteral("alice"), kT0));
    const auto third = notes.add(makeNote(QStringLiteral("a"), QStringLiteral("third"), QStringLiteral("bob"), kT0.addSecs(120)));
    const auto second = notes.add(makeNote(QStringLiteral("a"), QStringLiteral("second"), QStringLiteral("carol"), kT0.addSecs(60)));
    const auto other = notes.add(makeNote(QStringLiteral("b"), QStringLiteral("other deployment")));
    QVERIFY2(first && second && third && other, qPrintable(notes.lastError()));
    QVERIFY(first->id > 0 && first->id != second->id);
    QVERIFY(!first->isEdited());
    QCOMPARE(first->createdAt, kT0);

    // Newest first by creation time, not by insertion order.
    QCOMPARE(ids(notes.history(kWs, QStringLiteral("a"))), (QList<qint64>{third->id, second->id, first->id}));
    QCOMPARE(notes.history(kWs, QStringLiteral("a")).first(), *third); // every field read back
    QCOMPARE(notes.latest(kWs, QStringLiteral("a"))->id, third->id);
    QVERIFY(notes.history(QStringLiteral("other-ws"), QStringLiteral("a")).isEmpty());

    const QDateTime beforeEdit = QDateTime::currentDateTimeUtc().addMSecs(-1);
    QVERIFY2(notes.edit(second->id, QStringLiteral("second, edited")), qPrintable(notes.lastError()));
    const auto edited = notes.note(second->id);
    QVERIFY(edited);
    QCOMPARE(edited->text, QStringLiteral("second, edited"));
    QVERIFY(edited->isEdited());
    QVERIFY(edited->editedAt >= beforeEdit);
    QCOMPARE(edited->createdAt, second->createdAt);
    QCOMPARE(edited->author, QStringLiteral("carol"));
    // Editing does not move a note in the history.
    QCOMPARE(ids(notes.history(kWs, QStringLiteral("a"))), (QList<qint64>{third->id, second->id, first->id}));
    QVERIFY(!notes.edit(second->id, QStringLiteral("   ")));
    QCOMPARE(notes.note(second->id)->text, QStringLiteral("second, edited"));

    QVERIFY(notes.remove(third->id));
    QCOMPARE(ids(notes.history(kWs, QStringLiteral("a"))), (QList<qint64>{second->id, first->id}));
    QCOMPARE(notes.latest(kWs, QStringLiteral("a"))->id, second->id);
    QVERIFY(!notes.remove(third->id));
    QVERIFY(!notes.lastError().isEmpty());
    QVERIFY(!notes.edit(third->id, QStringLiteral("gone")));
    QVERIFY(!notes.note(third->id));
    QCOMPARE(notes.all(kWs).size(), 3);
    QCOMPARE(notes.countsForWorkspace(kWs),
             (QHash<QString, int>{{QStringLiteral("a"), 2}, {QStringLiteral("b"), 1}}));
}

void TestNotesStore::sameMillisecondKeepsWriteOrder()
{
    LEPTON_OPEN_STORE(db, m_stores, QStringLiteral("notes"));
    NotesTable notes(*db);
    const auto older = notes.add(makeNote(QStringLiteral("a"), QStringLiteral("written first"), QStringLiteral("x"), kT0));
    const auto newer = notes.add(makeNote(QStringLiteral("a"), QStringLiteral("written second"), QStringLiteral("x"), kT0));
    QVERIFY(older && newer);
    QCOMPARE(ids(notes.history(kWs, QStringLiteral("a"))), (QList<qint64>{newer->id, older->id}));
    QCOMPARE(notes.latestForWorkspace(kWs).value(QStringLiteral("a")).id, newer->id);
}

void TestNotesStore::addRefusesBadNotes()
{
    LEPTON_OPEN_STORE(db, m_stores, QStringLiteral("notes"));
    NotesTable notes(*db);
    QVERIFY(!notes.add(makeNote(QStringLiteral("a"), QStringLiteral("  \n "))));
    QVERIFY(!notes.lastError().isEmpty());
    QVERIFY(!notes.add(makeNote(QString(), QStringLiteral("no deployment"))));
    QVERIFY(!notes.add(makeNote(QStringLiteral("a"), QStringLiteral("no workspace"), QStringLiteral("x"), {}, QString())));
    QVERIFY(notes.all(kWs).isEmpty());

    // A null author is stored as "", not refused by the NOT NULL column.
    const auto anonymous = notes.add(makeNote(QStringLiteral("a"), QStringLiteral("hi"), QString()));
    QVERIFY2(anonymous, qPrintable(notes.lastError()));
    QVERIFY(notes.lastError().isEmpty());
    QCOMPARE(notes.note(anonymous->id)->author, QString());
}

void TestNotesStore::pauseReasonNoteLinksToLedger()
{
    LEPTON_OPEN_STORE(db, m_stores, QStringLiteral("notes"));
    NotesTable notes(*db);
    LedgerTable ledger(*db);
    PauseEntry entry;
    entry.workspaceId = kWs;
    entry.deploymentName = QStringLiteral("a");
    entry.savedMinReplicas = 1;
    const auto begun = ledger.beginPause(entry);
    QVERIFY(begun.ok());

    Note reason = makeNote(QStringLiteral("a"), QStringLiteral("nightly cost cut"));
    reason.atPause = true;
    reason.pauseEntryId = begun.entry.id;
    const auto stored = notes.add(reason);
    QVERIFY2(stored, qPrintable(notes.lastError()));
    QCOMPARE(notes.note(stored->id)->pauseEntryId, begun.entry.id);
    QVERIFY(notes.note(stored->id)->atPause);

    // Foreign keys are on: a link to a pause that does not exist is refused.
    reason.pauseEntryId = begun.entry.id + 1000;
    QVERIFY(!notes.add(reason));
    QVERIFY(notes.lastError().contains(QStringLiteral("FOREIGN KEY"), Qt::CaseInsensitive));
    QCOMPARE(notes.history(kWs, QStringLiteral("a")).size(), 1);
}

void TestNotesStore::search_data()
{
    QTest::addColumn<QString>("needle");
    QTest::addColumn<QStringList>("expectedTexts"); // newest first

    QTest::newRow("case-insensitive ascii") << QStringLiteral("GPU") << QStringList{QStringLiteral("gpu quota exceeded")};
    QTest::newRow("unicode case folding") << QStringLiteral("ÉTÉ") << QStringList{QStringLiteral("pause pour l'été")};
    QTest::newRow("percent is literal") << QStringLiteral("50%") << QStringList{QStringLiteral("cut to 50% traffic")};
    QTest::newRow("underscore is literal") << QStringLiteral("a_b") << QStringList{QStringLiteral("flag a_b set")};
    QTest::newRow("by author") << QStringLiteral("zoë") << QStringList{QStringLiteral("flag a_b set")};
    QTest::newRow("by deployment name") << QStringLiteral("LLAMA") << QStringList{QStringLiteral("cut to 50% traffic"), QStringLiteral("gpu quota exceeded")};
    QTest::newRow("no match") << QStringLiteral("nothing like this") << QStringList{};
    QTest::newRow("other workspace not searched") << QStringLiteral("secret") << QStringList{};
}

void TestNotesStore::search()
{
    QFETCH(QString, needle);
    QFETCH(QStringList, expectedTexts);
    LocalDatabase db(dbPath());
    NotesTable notes(db);
    QVERIFY(notes.add(makeNote(QStringLiteral("llama-7b"), QStringLiteral("gpu quota exceeded"), QStringLiteral("alice"), kT0)));
    QVERIFY(notes.add(makeNote(QStringLiteral("llama-7b"), QStringLiteral("cut to 50% traffic"), QStringLiteral("bob"), kT0.addSecs(10))));
    QVERIFY(notes.add(makeNote(QStringLiteral("whisper"), QStringLiteral("500 users"), QStringLiteral("bob"), kT0.addSecs(20))));
    QVERIFY(notes.add(makeNote(QStringLiteral("whisper"), QStringLiteral("pause pour l'été"), QStringLiteral("bob"), kT0.addSecs(30))));
    QVERIFY(notes.add(makeNote(QStringLiteral("sd"), QStringLiteral("flag a_b set"), QStringLiteral("Zoë"), kT0.addSecs(40))));
    QVERIFY(notes.add(makeNote(QStringLiteral("sd"), QStringLiteral("flag axb set"), QStringLiteral("bob"), kT0.addSecs(50))));
    QVERIFY(notes.add(makeNote(QStringLiteral("llama-7b"), QStringLiteral("secret"), QStringLiteral("eve"), kT0, QStringLiteral("ws-2"))));

    QStringList texts;
    for (const Note &note : notes.search(kWs, needle))
        texts << note.text;
    QCOMPARE(texts, expectedTexts);
    QVERIFY(notes.lastError().isEmpty());
}

void TestNotesStore::latestForWorkspace()
{
    LEPTON_OPEN_STORE(db, m_stores, QStringLiteral("notes"));
    NotesTable notes(*db);
    QVERIFY(notes.add(makeNote(QStringLiteral("a"), QStringLiteral("a old"), QStringLiteral("x"), kT0)));
    const auto aNew = notes.add(makeNote(QStringLiteral("a"), QStringLiteral("a new"), QStringLiteral("x"), kT0.addSecs(5)));
    QVERIFY(notes.add(makeNote(QStringLiteral("a"), QStringLiteral("a older"), QStringLiteral("x"), kT0.addSecs(-5))));
    const auto b = notes.add(makeNote(QStringLiteral("b"), QStringLiteral("b only"), QStringLiteral("y"), kT0));
    QVERIFY(notes.add(makeNote(QStringLiteral("c"), QStringLiteral("elsewhere"), QStringLiteral("y"), kT0.addSecs(99), QStringLiteral("ws-2"))));
    QVERIFY(aNew && b);

    const QHash<QString, Note> latest = notes.latestForWorkspace(kWs);
    QCOMPARE(latest.size(), 2);
    QCOMPARE(latest.value(QStringLiteral("a")), *aNew);
    QCOMPARE(latest.value(QStringLiteral("b")), *b);
    QVERIFY(!latest.contains(QStringLiteral("c")));
    QVERIFY(notes.latestForWorkspace(QStringLiteral("empty-ws")).isEmpty());
}

void TestNotesStore::failedNestedStepRollsBackOuterTransaction()
{
    LocalDatabase db(dbPath());
    NotesTable notes(db);
    QString error;
    bool firstAdded = false;
    bool secondAdded = true;
    const bool ok = db.transaction([&](QString &) {
        firstAdded = notes.add(makeNote(QStringLiteral("a"), QStringLiteral("would be saved"))).has_value();
        Note broken = makeNote(QStringLiteral("a"), QStringLiteral("bad link"));
        broken.pauseEntryId = 4242; // no such pause: the nested insert fails
        secondAdded = notes.add(broken).has_value();
        return true; // the outer work ignores the failure...
    }, &error);
    QVERIFY(firstAdded);
    QVERIFY(!secondAdded);
    QVERIFY(!ok); // ...but the transaction is doomed anyway
    QVERIFY(!error.isEmpty());
    QVERIFY(notes.all(kWs).isEmpty());
    QVERIFY(!db.inTransaction());
    // And the connection is usable afterwards.
    QVERIFY(notes.add(makeNote(QStringLiteral("a"), QStringLiteral("after"))));
}

void TestNotesStore::defaultPathHonoursDataDir()
{
    const QByteArray saved = qgetenv(LocalDatabase::DataDirEnvVar);
    qunsetenv(LocalDatabase::DataDirEnvVar);
    QCOMPARE(LocalDatabase::defaultPath(),
             QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
                 + QStringLiteral("/lepton-console/lepton-console.sqlite"));
    qputenv(LocalDatabase::DataDirEnvVar, m_stores.filePath(QStringLiteral("cli-data")).toUtf8());
    QCOMPARE(LocalDatabase::defaultPath(), m_stores.filePath(QStringLiteral("cli-data/lepton-console.sqlite")));
    {
        LocalDatabase db; // the default path, under the overridden folder, created on demand
        QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
        QCOMPARE(db.path(), m_stores.filePath(QStringLiteral("cli-data/lepton-console.sqlite")));
    }
    QVERIFY(QFile::exists(m_stores.filePath(QStringLiteral("cli-data/lepton-console.sqlite"))));
    if (saved.isNull())
        qunsetenv(LocalDatabase::DataDirEnvVar);
    else
        qputenv(LocalDatabase::DataDirEnvVar, saved);
}

void TestNotesStore::createsFolderAndSurvivesReopen()
{
    const QString path = m_stores.filePath(QStringLiteral("deep/er/notes.sqlite"));
    qint64 id = 0;
    QString firstConnection;
    {
        LocalDatabase db(path);
        QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
        QVERIFY(db.recoveryMessage().isEmpty());
        firstConnection = db.connectionName();
        QVERIFY(QSqlDatabase::contains(firstConnection));
        const auto note = NotesTable(db).add(makeNote(QStringLiteral("a"), QStringLiteral("kept")));
        QVERIFY(note);
        id = note->id;
    }
    QVERIFY(!QSqlDatabase::contains(firstConnection)); // the destructor removed its connection
    LocalDatabase db(path);
    QVERIFY(db.isOpen());
    QVERIFY(db.connectionName() != firstConnection);
    QCOMPARE(NotesTable(db).note(id)->text, QStringLiteral("kept"));

    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    QVERIFY(query.exec(QStringLiteral("PRAGMA busy_timeout")) && query.next());
    QCOMPARE(query.value(0).toInt(), LocalDatabase::DefaultBusyTimeoutMs);
}

void TestNotesStore::interleavedConnectionsLoseNothing()
{
    LocalDatabase first(dbPath());
    LocalDatabase second(dbPath());
    QVERIFY(first.isOpen() && second.isOpen());
    QVERIFY(first.connectionName() != second.connectionName());
    NotesTable a(first);
    NotesTable b(second);

    qint64 seen = first.dataVersion();
    QVERIFY(seen >= 0);
    QCOMPARE(first.dataVersion(), seen); // nothing happened: no change reported
    for (int i = 0; i < 40; ++i) {
        QVERIFY2(a.add(makeNote(QStringLiteral("a"), QStringLiteral("from first %1").arg(i))), qPrintable(a.lastError()));
        QVERIFY2(b.add(makeNote(QStringLiteral("a"), QStringLiteral("from second %1").arg(i))), qPrintable(b.lastError()));
        // The other connection's commit is visible, and dataVersion tells the poller so.
        const qint64 now = first.dataVersion();
        QVERIFY(now != seen);
        seen = now;
        QCOMPARE(a.history(kWs, QStringLiteral("a")).size(), 2 * (i + 1));
    }
    QCOMPARE(b.all(kWs).size(), 80);
    // An edit from one side is seen by the other.
    const Note newest = a.latest(kWs, QStringLiteral("a")).value();
    QVERIFY(b.edit(newest.id, QStringLiteral("edited by the second")));
    QCOMPARE(a.note(newest.id)->text, QStringLiteral("edited by the second"));
}

void TestNotesStore::twoThreadsLoseNothing()
{
    { LEPTON_OPEN_STORE(create, m_stores, QStringLiteral("notes")); }
    constexpr int perThread = 120;
    QStringList errors[2];
    const auto writer = [&](int which) {
        const std::unique_ptr<SqlDatabase> db = m_stores.connect(QStringLiteral("notes")); // its own connection
        if (!db) {
            errors[which] << m_stores.errorString();
            return;
        }
        NotesTable notes(*db);
        for (int i = 0; i < perThread; ++i) {
            if (!notes.add(makeNote(QStringLiteral("d%1").arg(i % 3), QStringLiteral("t%1-%2").arg(which).arg(i))))
                errors[which] << notes.lastError();
            if (i % 10 == 0)
                notes.latestForWorkspace(kWs); // readers in the middle of the writes
        }
    };
    std::unique_ptr<QThread> threads[] = {
        std::unique_ptr<QThread>(QThread::create(writer, 0)),
        std::unique_ptr<QThread>(QThread::create(writer, 1)),
    };
    for (auto &thread : threads)
        thread->start();
    for (auto &thread : threads)
        QVERIFY(thread->wait(30000));
    QVERIFY2(errors[0].isEmpty(), qPrintable(errors[0].join(u'\n')));
    QVERIFY2(errors[1].isEmpty(), qPrintable(errors[1].join(u'\n')));

    LEPTON_OPEN_STORE(db, m_stores, QStringLiteral("notes"));
    QSet<QString> texts;
    for (const Note &note : NotesTable(*db).all(kWs))
        texts.insert(note.text);
    QCOMPARE(texts.size(), 2 * perThread);
    for (int which = 0; which < 2; ++which)
        for (int i = 0; i < perThread; ++i)
            QVERIFY(texts.contains(QStringLiteral("t%1-%2").arg(which).arg(i)));
}

void TestNotesStore::lockedDatabaseIsAnErrorNotACrash()
{
    LocalDatabase holder(dbPath());
    LocalDatabase impatient(dbPath(), 150);
    QVERIFY(holder.isOpen() && impatient.isOpen());
    NotesTable notes(impatient);
    QVERIFY(notes.add(makeNote(QStringLiteral("a"), QStringLiteral("before"))));

    QSqlQuery lock(holder.connection());
    QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE"))); // another program mid-write
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!notes.add(makeNote(QStringLiteral("a"), QStringLiteral("blocked"))));
    QVERIFY(timer.elapsed() >= 100); // it waited for the busy timeout first
    QVERIFY2(notes.lastError().contains(QStringLiteral("locked")), qPrintable(notes.lastError()));
    QVERIFY(!impatient.inTransaction());
    // Reads still work while the other writer holds its lock (WAL).
    QCOMPARE(notes.history(kWs, QStringLiteral("a")).size(), 1);
    QVERIFY(lock.exec(QStringLiteral("COMMIT")));

    QVERIFY2(notes.add(makeNote(QStringLiteral("a"), QStringLiteral("after"))), qPrintable(notes.lastError()));
    QCOMPARE(notes.history(kWs, QStringLiteral("a")).size(), 2);
}

void TestNotesStore::lockedDuringMigrationLeavesFileAlone()
{
    const QString path = dbPath();
    QStringList v1 = kV1Schema;
    v1 << QStringLiteral("INSERT INTO notes (workspace_id, deployment_name, text, author, created_at)"
                         " VALUES ('ws-1', 'a', 'old note', 'al', '2024-01-01T00:00:00.000Z')");
    QString error;
    QVERIFY2(runSql(path, v1, &error), qPrintable(error));

    const QString holderName = QStringLiteral("tst-holder");
    {
        QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), holderName);
        holder.setDatabaseName(path);
        QVERIFY(holder.open());
        QSqlQuery lock(holder);
        QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
        {
            LocalDatabase db(path, 100);
            QVERIFY(!db.isOpen());
            QVERIFY2(db.errorString().contains(QStringLiteral("locked")), qPrintable(db.errorString()));
            QVERIFY(db.recoveryMessage().isEmpty());
        }
        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        lock.finish();
        holder.close();
    }
    QSqlDatabase::removeDatabase(holderName);
    // Not taken for corruption: nothing was moved aside.
    QCOMPARE(QDir(m_stores.folderPath()).entryList({QStringLiteral("*corrupt*")}, QDir::Files), QStringList());

    LocalDatabase db(path);
    QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
    QCOMPARE(db.schemaVersion(), LocalDatabase::CurrentSchemaVersion);
    QCOMPARE(NotesTable(db).history(kWs, QStringLiteral("a")).size(), 1);
}

void TestNotesStore::fullDiskIsAnErrorNotACrash()
{
    LocalDatabase db(dbPath());
    NotesTable notes(db);
    const auto kept = notes.add(makeNote(QStringLiteral("a"), QStringLiteral("small")));
    QVERIFY(kept);

    // SQLite answers SQLITE_FULL when the file may not grow, exactly as on a full disk.
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral("PRAGMA page_count")) && query.next());
    const int pages = query.value(0).toInt();
    QVERIFY(query.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
    query.finish();

    QVERIFY(!notes.add(makeNote(QStringLiteral("a"), QString(200000, u'x'))));
    QVERIFY2(notes.lastError().contains(QStringLiteral("full")), qPrintable(notes.lastError()));
    QVERIFY(!db.inTransaction());
    QCOMPARE(ids(notes.history(kWs, QStringLiteral("a"))), QList<qint64>{kept->id});

    QVERIFY(query.exec(QStringLiteral("PRAGMA max_page_count = 1073741823")));
    query.finish();
    QVERIFY2(notes.add(makeNote(QStringLiteral("a"), QString(200000, u'x'))), qPrintable(notes.lastError()));
    QCOMPARE(notes.history(kWs, QStringLiteral("a")).size(), 2);
}

void TestNotesStore::migratesHandMadeVersion1File()
{
    const QString path = dbPath();
    QStringList v1 = kV1Schema;
    v1 << QStringLiteral("INSERT INTO notes (workspace_id, deployment_name, text, author, created_at)"
                         " VALUES ('ws-1', 'llama', 'old note, with comma', 'alice', '2024-05-01T10:00:00.000Z')")
       << QStringLiteral("INSERT INTO notes (workspace_id, deployment_name, text, author, created_at)"
                         " VALUES ('ws-1', 'llama', 'newer old note', 'bob', '2024-05-02T10:00:00.000Z')")
       << QStringLiteral("INSERT INTO pause_ledger (workspace_id, deployment_name, saved_min_replicas,"
                         " saved_max_replicas, saved_auto_scaler, paused_snapshot, paused_version, paused_by,"
                         " paused_at, reason, state) VALUES ('ws-1', 'llama', 2, 5,"
                         " '{\"scale_down\":{\"no_traffic_timeout\":600}}', '{}', 17, 'alice',"
                         " '2024-05-01T09:00:00.000Z', 'weekend', 'active')")
       << QStringLiteral("INSERT INTO pause_ledger (workspace_id, deployment_name, saved_min_replicas,"
                         " paused_at, state, closed_at, closed_by) VALUES ('ws-1', 'llama', 1,"
                         " '2024-04-01T09:00:00.000Z', 'closed', '2024-04-02T09:00:00.000Z', 'bob')");
    QString error;
    QVERIFY2(runSql(path, v1, &error), qPrintable(error));

    LocalDatabase db(path);
    QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
    QVERIFY(db.recoveryMessage().isEmpty());
    QCOMPARE(db.schemaVersion(), LocalDatabase::CurrentSchemaVersion);

    NotesTable notes(db);
    const QList<Note> history = notes.history(kWs, QStringLiteral("llama"));
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).text, QStringLiteral("newer old note"));
    QCOMPARE(history.at(1).text, QStringLiteral("old note, with comma"));
    QCOMPARE(history.at(1).author, QStringLiteral("alice"));
    QCOMPARE(history.at(1).createdAt, QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC));
    QVERIFY(!history.at(1).isEdited());
    QVERIFY(!history.at(1).atPause);
    QCOMPARE(history.at(1).pauseEntryId, qint64(0));

    LedgerTable ledger(db);
    const auto open = ledger.openEntry(kWs, QStringLiteral("llama"));
    QVERIFY2(open, qPrintable(ledger.lastError()));
    QCOMPARE(open->savedMinReplicas, 2);
    QCOMPARE(open->savedMaxReplicas, std::optional<int>(5));
    QVERIFY(open->hadAutoScaler);
    QCOMPARE(open->savedAutoScaler.value(QStringLiteral("scale_down")).toObject().value(QStringLiteral("no_traffic_timeout")).toInt(), 600);
    QCOMPARE(open->pausedVersion, qint64(17));
    QCOMPARE(open->state, PauseEntry::State::Active);
    QVERIFY(open->remindOn.isNull());
    QCOMPARE(ledger.history(kWs, QStringLiteral("llama")).size(), 2);
    QCOMPARE(ledger.history(kWs, QStringLiteral("llama")).last().closedBy, QStringLiteral("bob"));

    // The new columns work on migrated rows.
    QVERIFY(notes.edit(history.at(1).id, QStringLiteral("edited after upgrade")));
    QVERIFY(notes.note(history.at(1).id)->isEdited());
    QVERIFY(ledger.setRemindOn(open->id, QDate(2024, 6, 1)));
    QCOMPARE(ledger.openEntry(kWs, QStringLiteral("llama"))->remindOn, QDate(2024, 6, 1));
    // Version 3: an entry written before is an endpoint with no saved state (restored from
    // its saved_* columns).
    QCOMPARE(ledger.openEntry(kWs, QStringLiteral("llama"))->kind, QStringLiteral("endpoint"));
    QVERIFY(ledger.openEntry(kWs, QStringLiteral("llama"))->savedState.isEmpty());

    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")) && query.next());
    QCOMPARE(query.value(0).toString(), QString::number(LocalDatabase::CurrentSchemaVersion));
}

void TestNotesStore::refusesNewerSchema()
{
    const QString path = dbPath();
    QVERIFY(runSql(path, {QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)"),
                          QStringLiteral("INSERT INTO meta VALUES ('schema_version', '99')"),
                          QStringLiteral("CREATE TABLE future (x)")}));
    const QByteArray before = readFile(path);
    {
        LocalDatabase db(path);
        QVERIFY(!db.isOpen());
        QVERIFY2(db.errorString().contains(QStringLiteral("newer")), qPrintable(db.errorString()));
        QVERIFY(!NotesTable(db).add(makeNote(QStringLiteral("a"), QStringLiteral("x"))));
        QVERIFY(db.dataVersion() < 0);
    }
    QCOMPARE(readFile(path), before);
    QCOMPARE(QDir(m_stores.folderPath()).entryList({QStringLiteral("*corrupt*")}, QDir::Files), QStringList());
}

void TestNotesStore::refusesForeignDatabase()
{
    const QString path = dbPath();
    QVERIFY(runSql(path, {QStringLiteral("CREATE TABLE photos (id INTEGER PRIMARY KEY, blob BLOB)")}));
    LocalDatabase db(path);
    QVERIFY(!db.isOpen());
    QVERIFY2(db.errorString().contains(QStringLiteral("another program")), qPrintable(db.errorString()));
    QCOMPARE(QDir(m_stores.folderPath()).entryList({QStringLiteral("*corrupt*")}, QDir::Files), QStringList());
}

void TestNotesStore::corruptFileIsKeptAside_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("random bytes") << QStringLiteral("garbage");
    QTest::newRow("text file") << QStringLiteral("text");
    QTest::newRow("valid header, trashed pages") << QStringLiteral("pages");
    // Schema readable, one data page broken: only PRAGMA quick_check notices.
    QTest::newRow("one data page trashed") << QStringLiteral("one page");
}

void TestNotesStore::corruptFileIsKeptAside()
{
    QFETCH(QString, damage);
    const QString path = dbPath();
    QByteArray bytes;
    if (damage == u"garbage") {
        QRandomGenerator random(42);
        bytes.resize(64 * 1024);
        random.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    } else if (damage == u"text") {
        bytes = "these are my notes, not a database\n";
    } else {
        {
            LocalDatabase db(path);
            NotesTable notes(db);
            for (int i = 0; i < 50; ++i)
                QVERIFY(notes.add(makeNote(QStringLiteral("a"), QString(500, QChar(u'a' + i % 26)))));
        } // closed: checkpointed into the main file, -wal removed
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        bytes = readFile(path);
        QVERIFY(bytes.size() > 8 * 4096);
        // Keep the 100-byte header, trash the schema and the data pages; or only the last
        // page, a leaf of the notes table.
        const qsizetype from = damage == u"pages" ? 100 : bytes.size() - 4096;
        for (qsizetype i = from; i < bytes.size(); ++i)
            bytes[i] = char((i * 7919) & 0xff);
    }
    QVERIFY(writeFile(path, bytes));

    QString kept;
    {
        LocalDatabase db(path);
        QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
        kept = db.corruptCopyPath();
        QVERIFY(!kept.isEmpty());
        QVERIFY2(QRegularExpression(QStringLiteral("^%1\\.corrupt-\\d{8}-\\d{6}$")
                                        .arg(QRegularExpression::escape(path)))
                     .match(kept)
                     .hasMatch(),
                 qPrintable(kept));
        QVERIFY2(db.recoveryMessage().contains(QFileInfo(kept).fileName()), qPrintable(db.recoveryMessage()));
        // Nothing silently lost: the damaged bytes are kept, unchanged.
        QCOMPARE(readFile(kept), bytes);
        // And the fresh database works.
        NotesTable notes(db);
        QVERIFY(notes.all(kWs).isEmpty());
        QVERIFY2(notes.add(makeNote(QStringLiteral("a"), QStringLiteral("fresh start"))), qPrintable(notes.lastError()));
    }
    LocalDatabase again(path);
    QVERIFY(again.isOpen());
    QVERIFY(again.recoveryMessage().isEmpty());
    QCOMPARE(NotesTable(again).all(kWs).size(), 1);
    QCOMPARE(readFile(kept), bytes);
}

void TestNotesStore::emptyFileIsNotCorrupt()
{
    QVERIFY(writeFile(dbPath(), QByteArray())); // e.g. created by `touch`
    LocalDatabase db(dbPath());
    QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
    QVERIFY(db.recoveryMessage().isEmpty());
    QVERIFY(db.corruptCopyPath().isEmpty());
}

void TestNotesStore::csvExportQuotesPerRfc4180()
{
    LocalDatabase db(dbPath());
    NotesTable notes(db);
    Note note = makeNote(QStringLiteral("llama"), QStringLiteral("say \"hi\", then\nleave"), QStringLiteral("Doe, Jane"), kT0);
    note.atPause = true;
    QVERIFY(notes.add(note));
    QVERIFY(notes.add(makeNote(QStringLiteral("llama"), QStringLiteral("plain"), QStringLiteral("bob"), kT0.addMSecs(1500))));
    QCOMPARE(exportCsv(notes, kWs),
             QByteArray("deployment,created_at,edited_at,author,at_pause,text\r\n"
                        "llama,2025-03-01T09:00:01.500Z,,bob,false,plain\r\n"
                        "llama,2025-03-01T09:00:00.000Z,,\"Doe, Jane\",true,\"say \"\"hi\"\", then\nleave\"\r\n"));
}

void TestNotesStore::csvRoundTripsExactly()
{
    LocalDatabase source(dbPath(QStringLiteral("source.sqlite")));
    NotesTable from(source);
    for (qsizetype i = 0; i < kTrickyTexts.size(); ++i) {
        Note note = makeNote(i % 2 ? QStringLiteral("llama, \"7b\"") : QStringLiteral("whisper"), kTrickyTexts.at(i),
                             i % 3 ? QStringLiteral("Zoë \"Z\", ops") : QStringLiteral("bob"),
                             kT0.addMSecs(i * 1001));
        note.atPause = i % 4 == 0;
        if (i % 5 == 0)
            note.editedAt = kT0.addDays(1).addMSecs(i);
        QVERIFY2(from.add(note), qPrintable(QStringLiteral("%1: %2").arg(i).arg(from.lastError())));
    }
    const QByteArray csv = exportCsv(from, kWs);
    QVERIFY(!csv.isEmpty());

    LocalDatabase target(dbPath(QStringLiteral("target.sqlite")));
    NotesTable to(target);
    const auto result = importCsv(to, QStringLiteral("ws-imported"), csv);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.imported, kTrickyTexts.size());
    QCOMPARE(result.skipped, 0);
    QCOMPARE(result.invalid, 0);

    const QList<Note> original = from.all(kWs);
    const QList<Note> imported = to.all(QStringLiteral("ws-imported"));
    QCOMPARE(imported.size(), original.size());
    for (qsizetype i = 0; i < original.size(); ++i) {
        Note expected = original.at(i);
        expected.id = imported.at(i).id;
        expected.workspaceId = QStringLiteral("ws-imported");
        // The CSV format has no column for where a note was written: an imported note comes
        // from the program that imported it (this test, on this host, as the originals).
        QCOMPARE(imported.at(i), expected);
    }
    // Exporting the import gives the same bytes.
    QCOMPARE(exportCsv(to, QStringLiteral("ws-imported")), csv);
}

void TestNotesStore::csvImportSkipsDuplicates()
{
    LocalDatabase db(dbPath());
    NotesTable notes(db);
    for (int i = 0; i < 5; ++i)
        QVERIFY(notes.add(makeNote(QStringLiteral("a"), QStringLiteral("note %1").arg(i), QStringLiteral("x"), kT0.addSecs(i))));
    const QByteArray csv = exportCsv(notes, kWs);

    // Into the workspace it came from: all already there.
    auto result = importCsv(notes, kWs, csv);
    QVERIFY(result.ok());
    QCOMPARE(result.imported, 0);
    QCOMPARE(result.skipped, 5);
    QCOMPARE(notes.all(kWs).size(), 5);

    // A note edited since the export is still the same note: not doubled.
    const Note first = notes.history(kWs, QStringLiteral("a")).last();
    QVERIFY(notes.edit(first.id, QStringLiteral("changed locally")));
    result = importCsv(notes, kWs, csv);
    QCOMPARE(result.imported, 0);
    QCOMPARE(notes.all(kWs).size(), 5);
    QCOMPARE(notes.note(first.id)->text, QStringLiteral("changed locally"));

    // Elsewhere: imported once, then skipped.
    result = importCsv(notes, QStringLiteral("ws-2"), csv);
    QCOMPARE(result.imported, 5);
    result = importCsv(notes, QStringLiteral("ws-2"), csv);
    QCOMPARE(result.imported, 0);
    QCOMPARE(result.skipped, 5);
    QCOMPARE(notes.all(QStringLiteral("ws-2")).size(), 5);
}

void TestNotesStore::csvImportReadsHandWrittenFiles()
{
    LocalDatabase db(dbPath());
    NotesTable notes(db);
    // A BOM, LF line ends, columns in another order, no edited_at/at_pause columns, a blank
    // line, a short row, a bad date, an empty text, and a duplicate inside the file.
    const QByteArray csv = "\xEF\xBB\xBF"
                           "text,author,deployment,created_at\n"
                           "\"multi\nline, \"\"quoted\"\"\",ann,llama,2025-01-02T03:04:05.006Z\n"
                           "\n"
                           "short row,ann\n"
                           "bad date,ann,llama,yesterday\n"
                           "\"\",ann,llama,2025-01-02T03:04:05.007Z\n"
                           "second,ben,whisper,2025-01-03T00:00:00.000Z\n"
                           "second again,ben,whisper,2025-01-03T00:00:00.000Z";
    const auto result = importCsv(notes, kWs, csv);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.imported, 2);
    QCOMPARE(result.skipped, 1);
    QCOMPARE(result.invalid, 3);
    QCOMPARE(result.messages.size(), 3);

    const auto llama = notes.latest(kWs, QStringLiteral("llama"));
    QVERIFY(llama);
    QCOMPARE(llama->text, QStringLiteral("multi\nline, \"quoted\""));
    QCOMPARE(llama->author, QStringLiteral("ann"));
    QCOMPARE(llama->createdAt, QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5, 6), Qt::UTC));
    QVERIFY(!llama->isEdited());
    QCOMPARE(notes.latest(kWs, QStringLiteral("whisper"))->text, QStringLiteral("second"));

    const auto missing = importCsv(notes, kWs, "author,text\nann,hello\n");
    QVERIFY(!missing.ok());
    QVERIFY(missing.error.contains(QStringLiteral("deployment")));
}

void TestNotesStore::csvImportRejectsUnterminatedQuote()
{
    LocalDatabase db(dbPath());
    NotesTable notes(db);
    const auto result = importCsv(notes, kWs, "deployment,created_at,author,text\r\n"
             "a,2025-01-01T00:00:00.000Z,ann,fine\r\n"
             "a,2025-01-01T00:00:01.000Z,ann,\"never closed\r\n");
    QVERIFY(!result.ok());
    QCOMPARE(result.imported, 0);
    QVERIFY(result.error.contains(QStringLiteral("not closed")));
    QVERIFY(notes.all(kWs).isEmpty()); // not even the good first row

    const auto trailing = importCsv(notes, kWs, "deployment,created_at,author,text\r\n"
                                               "a,2025-01-01T00:00:00.000Z,ann,\"closed\"junk\r\n");
    QVERIFY(!trailing.ok());
    QVERIFY(notes.all(kWs).isEmpty());
}

void TestNotesStore::markdownExport()
{
    LocalDatabase db(dbPath());
    NotesTable notes(db);
    Note reason = makeNote(QStringLiteral("llama"), QStringLiteral("# not a heading\nsecond line"), QStringLiteral("ann"), kT0);
    reason.atPause = true;
    const auto stored = notes.add(reason);
    QVERIFY(stored);
    QVERIFY(notes.edit(stored->id, QStringLiteral("# not a heading\n\nthird line")));
    QVERIFY(notes.add(makeNote(QStringLiteral("whisper"), QStringLiteral("hello"), QStringLiteral("ben"), kT0.addSecs(60))));

    const QString markdown = exportMarkdown(notes, kWs);
    QVERIFY(markdown.startsWith(QStringLiteral("# Notes for workspace ws-1\n")));
    QVERIFY(markdown.contains(QStringLiteral("\n## llama\n")));
    QVERIFY(markdown.contains(QStringLiteral("\n## whisper\n")));
    QVERIFY(markdown.indexOf(QStringLiteral("## llama")) < markdown.indexOf(QStringLiteral("## whisper")));
    QVERIFY(markdown.contains(QStringLiteral("### 2025-03-01 09:00 UTC, ann (edited ")));
    QVERIFY(markdown.contains(QStringLiteral("[pause reason]")));
    QVERIFY(markdown.contains(QStringLiteral("> # not a heading\n>\n> third line\n")));
    QVERIFY(markdown.contains(QStringLiteral("### 2025-03-01 09:01 UTC, ben\n\n> hello\n")));
    QVERIFY(!markdown.contains(QStringLiteral("\n# not a heading")));
}

QTEST_GUILESS_MAIN(TestNotesStore)
#include "tst_notesstore.moc"
