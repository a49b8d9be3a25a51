// SqliteStorage opens the file on its worker: the constructor returns before the open ends
// (status().opening), statusChanged() says when it ended, and the calls made meanwhile wait
// behind it. So the window's thread never waits for the disk, even when another program holds
// the file's lock for a while. A real file, a real second connection holding the lock.
#include "app/storage/note.h"
#include "app/storage/notesstore.h"
#include "app/storage/sqlite/localdatabase.h"
#include "app/storage/sqlite/sqlitestorage.h"
#include "tests/support/scratchfolder.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

#include <optional>

namespace {

const QString kWs = QStringLiteral("ws-open");

Note makeNote(const QString &text)
{
    Note note;
    note.workspaceId = kWs;
    note.deploymentName = QStringLiteral("chat");
    note.text = text;
    note.author = QStringLiteral("alice");
    return note;
}

// Another program in the middle of a write on `path` (a new, empty file): it holds SQLite's
// write lock, so setting the file up (the schema) has to wait for it.
class LockHolder
{
public:
    explicit LockHolder(const QString &path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        if (!db.open()) {
            m_error = db.lastError().text();
            return;
        }
        QSqlQuery query(db);
        // WAL first (as every console file is), so that the wait is the one for the write
        // lock (setting the schema up), which SQLite's busy handler waits for.
        if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.exec(QStringLiteral("BEGIN IMMEDIATE")))
            m_error = query.lastError().text();
    }
    ~LockHolder()
    {
        release();
        QSqlDatabase::removeDatabase(m_name);
    }
    QString errorString() const { return m_error; }
    void release()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (!db.isOpen())
                return;
            QSqlQuery query(db);
            query.exec(QStringLiteral("ROLLBACK"));
            query.finish();
            db.close();
        }
    }

private:
    QString m_name = QStringLiteral("tst-lock-holder");
    QString m_error;
};

} // namespace

class TestSqliteStorageOpen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY2(m_dir.renew(), qPrintable(m_dir.errorString())); }
    void cleanup() { m_dir.remove(); }

    // The open waits for another program's lock (a long busy timeout); the constructor does
    // not: it returns with status().opening, a note added meanwhile waits behind the open,
    // and both end once the lock is let go.
    void constructorReturnsBeforeTheOpenEnds()
    {
        const QString path = m_dir.filePath(QStringLiteral("console.sqlite"));
        LockHolder holder(path);
        QVERIFY2(holder.errorString().isEmpty(), qPrintable(holder.errorString()));

        SqliteStorage storage(path, 60000);
        QVERIFY2(storage.status().opening, qPrintable(storage.status().errorString));
        QVERIFY(!storage.status().open);
        QCOMPARE(storage.status().location, path);
        QSignalSpy opened(&storage, &Storage::statusChanged);

        QObject context;
        std::optional<StoreResult<Note>> added;
        storage.notes().add(makeNote(QStringLiteral("written while opening")), &context,
                            [&added](const StoreResult<Note> &r) { added = r; });
        QCoreApplication::processEvents();
        QVERIFY(storage.status().opening); // still held: nothing has ended
        QVERIFY(!added);
        QCOMPARE(opened.size(), 0);

        holder.release();
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 30000);
        QVERIFY(!storage.status().opening);
        QVERIFY2(storage.status().open, qPrintable(storage.status().errorString));
        QVERIFY(!storage.status().readOnly);
        QTRY_VERIFY_WITH_TIMEOUT(added.has_value(), 30000);
        QVERIFY2(added->ok(), qPrintable(added->error.message));
        QCOMPARE(added->value.text, QStringLiteral("written while opening"));
    }

    // A lock held past the busy timeout: the open fails with the same words as before, told
    // by statusChanged(), and the calls made meanwhile fail with them.
    void lockedOpenIsReportedWhenItEnds()
    {
        const QString path = m_dir.filePath(QStringLiteral("console.sqlite"));
        LockHolder holder(path);
        QVERIFY2(holder.errorString().isEmpty(), qPrintable(holder.errorString()));

        SqliteStorage storage(path, 100);
        QVERIFY(storage.status().opening);
        QSignalSpy ended(&storage, &Storage::statusChanged);
        QObject context;
        std::optional<StoreResult<Note>> added;
        storage.notes().add(makeNote(QStringLiteral("never kept")), &context,
                            [&added](const StoreResult<Note> &r) { added = r; });

        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 30000);
        const Storage::Status status = storage.status();
        QVERIFY(!status.opening);
        QVERIFY(!status.open);
        QVERIFY2(status.errorString.contains(QStringLiteral("locked")), qPrintable(status.errorString));
        QTRY_VERIFY_WITH_TIMEOUT(added.has_value(), 30000);
        QVERIFY(!added->ok());
        QCOMPARE(added->error.kind, StoreError::Kind::Unavailable);
        QCOMPARE(added->error.message, status.errorString);
    }

    // The common case: a fresh file opens, statusChanged() once, and it is usable.
    void freshFileOpensAndSaysSo()
    {
        const QString path = m_dir.filePath(QStringLiteral("console.sqlite"));
        SqliteStorage storage(path);
        QSignalSpy ended(&storage, &Storage::statusChanged);
        QTRY_VERIFY_WITH_TIMEOUT(!storage.status().opening, 30000);
        QCOMPARE(ended.size(), 1);
        QVERIFY2(storage.status().open, qPrintable(storage.status().errorString));
        QVERIFY(storage.status().recoveryMessage.isEmpty());
        QCOMPARE(storage.status().location, path);
    }

    // Destroyed while the open still waits: the destructor lets it end, nothing crashes and
    // nothing is reported to a gone object.
    void destroyedWhileOpening()
    {
        const QString path = m_dir.filePath(QStringLiteral("console.sqlite"));
        LockHolder holder(path);
        QVERIFY2(holder.errorString().isEmpty(), qPrintable(holder.errorString()));
        {
            SqliteStorage storage(path, 200);
            QVERIFY(storage.status().opening);
        }
        QCoreApplication::processEvents();
        holder.release();
        SqliteStorage again(path);
        QTRY_VERIFY_WITH_TIMEOUT(!again.status().opening, 30000);
        QVERIFY2(again.status().open, qPrintable(again.status().errorString));
    }

private:
    ScratchFolder m_dir;
};

QTEST_GUILESS_MAIN(TestSqliteStorageOpen)
#include "tst_sqlitestorageopen.moc"
