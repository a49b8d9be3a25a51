// The local database's files on disk: who may read them, and what happens when the console
// may not write them. Notes and the pause ledger are the user's alone (folder 0700, database
// and its -wal/-shm 0600, whatever the umask; loose ones from older versions tightened on
// open), and a database the user cannot write still opens for reading, while every write
// fails with a sentence that says why. Real files, real SQLite; the read-only cases run
// without the capabilities that let root write anything (tests/support/unprivileged.h).
#include "app/storage/sqlite/localdatabase.h"
#include "app/notes/notestransfer.h"
#include "app/storage/note.h"
#include "app/storage/sqlite/notestable.h"
#include "app/storage/pauseentry.h"
#include "app/pause/ledgerexchange.h"
#include "app/storage/sqlite/ledgertable.h"
#include "tests/support/addconfirmedpause.h"
#include "tests/support/readfile.h"
#include "tests/support/scratchfolder.h"
#include "tests/support/unprivileged.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QtTest>

#include <memory>

#include <sys/stat.h>

namespace {

const QString kWs = QStringLiteral("ws-files");

// The permission bits of `path` (-1 when it does not exist).
int modeOf(const QString &path)
{
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 07777);
}

QString octal(int mode)
{
    return mode < 0 ? QStringLiteral("missing") : QStringLiteral("0%1").arg(mode, 3, 8, QLatin1Char('0'));
}

#define COMPARE_MODE(path, expected)                                                                             \
    QVERIFY2(modeOf(path) == (expected),                                                                         \
             qPrintable(QStringLiteral("%1 is %2, expected %3").arg(path, octal(modeOf(path)), octal(expected))))

Note makeNote(const QString &deployment, const QString &text)
{
    Note note;
    note.workspaceId = kWs;
    note.deploymentName = deployment;
    note.text = text;
    note.author = QStringLiteral("alice");
    return note;
}

PauseEntry makePause(const QString &deployment)
{
    PauseEntry entry;
    entry.workspaceId = kWs;
    entry.deploymentName = deployment;
    entry.savedMinReplicas = 2;
    entry.savedMaxReplicas = 5;
    entry.pausedBy = QStringLiteral("alice");
    entry.pausedAt = QDateTime(QDate(2026, 7, 9), QTime(18, 0), Qt::UTC);
    entry.reason = QStringLiteral("nightly");
    return entry;
}

} // namespace

class TestDatabaseFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void newFilesArePrivate();
    void existingFilesAreTightened();
    void theConsolesOwnFolderIsTightened();
    void aChosenFolderKeepsItsPermissions();
    void corruptCopyIsPrivate();
    void notesExportIsPrivate();
    void readOnlyDatabaseOpensForReading_data();
    void readOnlyDatabaseOpensForReading();

private:
    // A database at `path` with one confirmed pause of "chat" (and its reason as a note),
    // closed again: SQLite removes the -wal and -shm files with the last connection.
    void makeDatabase(const QString &path);

    ScratchFolder m_dir;
};

void TestDatabaseFiles::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // The usual umask, so that a file created without care would be 0644.
    ::umask(022);
}

void TestDatabaseFiles::init()
{
    QVERIFY2(m_dir.renew(), qPrintable(m_dir.errorString()));
}

void TestDatabaseFiles::cleanup()
{
    // Writable again, so the folder can be deleted.
    for (const QString &path : {m_dir.filePath(QStringLiteral("ro")), m_dir.path()})
        ::chmod(QFile::encodeName(path).constData(), 0700);
    m_dir.remove();
}

void TestDatabaseFiles::makeDatabase(const QString &path)
{
    LocalDatabase db(path);
    QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
    LedgerTable ledger(db);
    NotesTable notes(db);
    addConfirmedPause(ledger, notes, makePause(QStringLiteral("chat")));
    QVERIFY2(notes.add(makeNote(QStringLiteral("chat"), QStringLiteral("owner: team inference"))), qPrintable(notes.lastError()));
}

void TestDatabaseFiles::newFilesArePrivate()
{
    // Folders that do not exist yet, two levels deep.
    const QString folder = m_dir.filePath(QStringLiteral("new/data"));
    const QString path = QDir(folder).filePath(QLatin1String(LocalDatabase::FileName));
    LocalDatabase db(path);
    QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
    NotesTable notes(db);
    QVERIFY(notes.add(makeNote(QStringLiteral("chat"), QStringLiteral("written, so the -wal holds it"))));

    COMPARE_MODE(m_dir.filePath(QStringLiteral("new")), 0700);
    COMPARE_MODE(folder, 0700);
    COMPARE_MODE(path, 0600);
    // The companions SQLite makes while the database is open.
    COMPARE_MODE(path + QStringLiteral("-wal"), 0600);
    COMPARE_MODE(path + QStringLiteral("-shm"), 0600);
}

void TestDatabaseFiles::existingFilesAreTightened()
{
    const QString path = m_dir.filePath(QLatin1String(LocalDatabase::FileName));
    // An older version's files: world-readable, with the -wal and -shm of a connection that
    // is still open (another window, or the CLI).
    LocalDatabase first(path);
    QVERIFY2(first.isOpen(), qPrintable(first.errorString()));
    NotesTable firstNotes(first);
    QVERIFY(firstNotes.add(makeNote(QStringLiteral("chat"), QStringLiteral("kept"))));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QCOMPARE(::chmod(QFile::encodeName(path + suffix).constData(), 0644), 0);
    QCOMPARE(::chmod(QFile::encodeName(m_dir.path()).constData(), 0755), 0);

    LocalDatabase second(path);
    QVERIFY2(second.isOpen(), qPrintable(second.errorString()));
    COMPARE_MODE(path, 0600);
    COMPARE_MODE(path + QStringLiteral("-wal"), 0600);
    COMPARE_MODE(path + QStringLiteral("-shm"), 0600);
    // Nothing was lost on the way.
    QCOMPARE(NotesTable(second).all(kWs).size(), 1);
}

void TestDatabaseFiles::theConsolesOwnFolderIsTightened()
{
    // Test mode: the standard folders are under ~/.qttest. The console's own data folder,
    // as an older version left it.
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
                           + QStringLiteral("/lepton-console");
    QDir(folder).removeRecursively();
    QVERIFY(QDir().mkpath(folder));
    QCOMPARE(::chmod(QFile::encodeName(folder).constData(), 0755), 0);

    const QByteArray saved = qgetenv(LocalDatabase::DataDirEnvVar);
    qunsetenv(LocalDatabase::DataDirEnvVar);
    {
        LocalDatabase db; // the default place
        QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
        QCOMPARE(db.path(), QDir(folder).filePath(QLatin1String(LocalDatabase::FileName)));
        COMPARE_MODE(folder, 0700);
        COMPARE_MODE(db.path(), 0600);
    }
    if (!saved.isNull())
        qputenv(LocalDatabase::DataDirEnvVar, saved);
    QDir(folder).removeRecursively();
}

void TestDatabaseFiles::aChosenFolderKeepsItsPermissions()
{
    // --data-dir or LEPTON_CONSOLE_DATA_DIR names a folder of the user's (a CI cache, /tmp):
    // it is not the console's to change, while the files the console puts in it are private.
    const QString folder = m_dir.filePath(QStringLiteral("ci-cache"));
    QVERIFY(QDir().mkpath(folder));
    QCOMPARE(::chmod(QFile::encodeName(folder).constData(), 0755), 0);
    const QString path = QDir(folder).filePath(QLatin1String(LocalDatabase::FileName));
    LocalDatabase db(path);
    QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
    COMPARE_MODE(folder, 0755);
    COMPARE_MODE(path, 0600);
}

void TestDatabaseFiles::corruptCopyIsPrivate()
{
    const QString path = m_dir.filePath(QLatin1String(LocalDatabase::FileName));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write(QByteArray(8192, 'x')) == 8192); // not a database
    }
    QCOMPARE(::chmod(QFile::encodeName(path).constData(), 0644), 0);
    LocalDatabase db(path);
    QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
    QVERIFY(!db.corruptCopyPath().isEmpty());
    // The kept copy may hold the notes and the ledger: private like the rest.
    COMPARE_MODE(db.corruptCopyPath(), 0600);
    COMPARE_MODE(path, 0600);
}

void TestDatabaseFiles::notesExportIsPrivate()
{
    // File > Notes > Export: the notes leave the database, and stay the user's.
    const QString path = m_dir.filePath(QLatin1String(LocalDatabase::FileName));
    LocalDatabase db(path);
    QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
    NotesTable notes(db);
    QVERIFY(notes.add(makeNote(QStringLiteral("chat"), QStringLiteral("owner: team inference"))));
    const QList<Note> all = notes.all(kWs);
    for (const auto format : {NotesTransfer::Format::Markdown, NotesTransfer::Format::Csv}) {
        const QString file = m_dir.filePath(format == NotesTransfer::Format::Csv ? QStringLiteral("notes.csv")
                                                                                 : QStringLiteral("notes.md"));
        const NotesTransfer::ExportResult result = NotesTransfer::writeFile(kWs, all, format, file);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        COMPARE_MODE(file, 0600);
        // Over a world-readable file of the same name, too.
        QCOMPARE(::chmod(QFile::encodeName(file).constData(), 0644), 0);
        QVERIFY(NotesTransfer::writeFile(kWs, all, format, file).error.isEmpty());
        COMPARE_MODE(file, 0600);
    }
}

void TestDatabaseFiles::readOnlyDatabaseOpensForReading_data()
{
    QTest::addColumn<int>("fileMode");
    QTest::addColumn<int>("folderMode");
    QTest::newRow("read-only file") << 0444 << 0700;
    QTest::newRow("read-only folder") << 0600 << 0500;
    QTest::newRow("both") << 0444 << 0500;
}

void TestDatabaseFiles::readOnlyDatabaseOpensForReading()
{
    QFETCH(int, fileMode);
    QFETCH(int, folderMode);
    const QString folder = m_dir.filePath(QStringLiteral("ro"));
    const QString path = QDir(folder).filePath(QLatin1String(LocalDatabase::FileName));
    makeDatabase(path);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    const QByteArray before = readFile(path);
    QCOMPARE(::chmod(QFile::encodeName(path).constData(), mode_t(fileMode)), 0);
    QCOMPARE(::chmod(QFile::encodeName(folder).constData(), mode_t(folderMode)), 0);

    {
        const Unprivileged asAUser;
        LocalDatabase db(path);
        QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
        QVERIFY(db.isReadOnly());
        LedgerTable ledger(db);
        NotesTable notes(db);

        // Reading works: the pause and both notes.
        const QList<PauseEntry> open = ledger.openEntries(kWs);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().savedMinReplicas, 2);
        QCOMPARE(notes.history(kWs, QStringLiteral("chat")).size(), 2);
        QVERIFY(!LedgerExchange::write(kWs, ledger.openEntries(kWs)).isEmpty());
        QVERIFY(ledger.lastError().isEmpty());

        // Writing fails, and says why.
        QVERIFY(!notes.add(makeNote(QStringLiteral("chat"), QStringLiteral("not stored"))));
        QVERIFY2(notes.lastError().contains(QStringLiteral("read-only")), qPrintable(notes.lastError()));
        const LedgerTable::BeginResult begun = ledger.beginPause(makePause(QStringLiteral("other")));
        QVERIFY(!begun.ok());
        QVERIFY2(begun.error.contains(QStringLiteral("read-only")), qPrintable(begun.error));
    }
    // The file is exactly as it was, and no companion was left beside it.
    QCOMPARE(readFile(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

QTEST_GUILESS_MAIN(TestDatabaseFiles)
#include "tst_databasefiles.moc"
