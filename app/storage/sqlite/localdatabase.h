#pragma once

#include "app/storage/sql/schemasteps.h"
#include "app/storage/sql/sqldatabase.h"
#include "app/storage/storeresult.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <functional>

class QSqlError;
class QSqlQuery;

// The console's local SQLite file: the pause ledger and the notes (LedgerTable, NotesTable
// work on it). One LocalDatabase = one SQLite connection with its own, process-unique Qt
// connection name, so two objects on the same file behave like two processes: the GUI and
// the CLI, or two threads, may write at the same time.
//
// Settings, chosen for a file that two programs share and whose content is the only copy of
// what a paused deployment had:
//  - WAL journal: readers never block the writer and the writer never blocks readers.
//  - synchronous=FULL: every commit is fsync'ed. WAL+NORMAL would already survive a killed
//    process (a commit is in the OS page cache once COMMIT returns), but not a power cut; writes
//    here are rare user actions, so paying one fsync each is cheap for a ledger.
//  - busy_timeout: a writer waits for another one instead of failing at once; write
//    transactions start with BEGIN IMMEDIATE so the wait happens there and never as an
//    SQLITE_BUSY in the middle of a read-then-write transaction.
//  - foreign_keys=ON.
//
// Files (PrivateFiles): the database and its -wal/-shm are the user's alone, 0600, and a
// folder made for them 0700, whatever the umask. Existing files are tightened on open, and so
// is the console's own folder (ApplicationIdentity::dataFolder()); a folder the user named
// is left as it is.
//
// A database this process cannot write (the file, or its folder, is read-only) opens read
// only: isReadOnly() is true, every read works, and every write (transaction()) fails at once
// with a sentence saying so; the file is not modified and nothing is created beside it (with
// no -wal present, it is read as immutable). One that would first need a schema upgrade does
// not open.
//
// Opening never crashes and never silently drops data: a file that is not a database or fails
// PRAGMA quick_check is renamed to "<name>.corrupt-<yyyyMMdd-hhmmss>" (its -wal/-shm beside
// it) and a fresh database is started, with recoveryMessage() telling the user where the old
// file is. A locked file, a folder that cannot be created, a file written by a newer version
// or another program's SQLite database leave isOpen() false with errorString() set; such
// files are never moved, and the last two are not modified at all. A full disk or a lock met
// while writing makes that one write fail with a message (see describeError()); the object
// stays usable.
//
// Thread rule (Qt SQL's): create, use and destroy a LocalDatabase in one thread. Another
// thread opens its own LocalDatabase on the same path.
// About 550 lines in one class: opening, migrating and recovering one SQLite file; the
// migration steps themselves are SchemaSteps, shared with the team store.
class LocalDatabase : public SqlDatabase
{
    Q_DECLARE_TR_FUNCTIONS(LocalDatabase)

public:
    // The versions and their steps: SchemaSteps (the same as the team store's).
    static constexpr int CurrentSchemaVersion = SchemaSteps::CurrentVersion;
    static constexpr int DefaultBusyTimeoutMs = 5000;
    static constexpr const char *DataDirEnvVar = "LEPTON_CONSOLE_DATA_DIR";
    static constexpr const char *FileName = "lepton-console.sqlite";

    // Opens (creating the folder and the file if needed) and migrates to the current schema.
    explicit LocalDatabase(const QString &path = defaultPath(),
                           int busyTimeoutMs = DefaultBusyTimeoutMs);
    ~LocalDatabase() override;
    LocalDatabase(const LocalDatabase &) = delete;
    LocalDatabase &operator=(const LocalDatabase &) = delete;

    // $LEPTON_CONSOLE_DATA_DIR/lepton-console.sqlite when that variable is set (the CLI's
    // --data-dir sets it), else ApplicationIdentity::dataFolder()/lepton-console.sqlite
    // (~/.local/share/lepton-console/).
    static QString defaultPath();

    bool isOpen() const { return m_open; }
    // Open, but this process may not write the file or its folder: reads only.
    bool isReadOnly() const { return m_readOnly; }
    QString path() const { return m_path; }
    QString connectionName() const { return m_connectionName; }
    // The live connection. Do not keep copies beyond this object's life, and never call
    // QSqlDatabase::transaction() on it: use transaction() below (BEGIN IMMEDIATE).
    QSqlDatabase connection() const override { return m_db; }
    int schemaVersion() const { return m_schemaVersion; }

    // Why the database is not open (or the last transaction() failure), for the user.
    QString errorString() const { return m_errorString; }
    // Non-empty when a damaged file was kept aside and a fresh one started on this open.
    QString recoveryMessage() const { return m_recoveryMessage; }
    QString corruptCopyPath() const { return m_corruptCopyPath; }

    // PRAGMA data_version: changes whenever another connection (another process, thread or
    // LocalDatabase) commits. Cheap; the UI polls it to know when to re-read. -1 on failure.
    qint64 dataVersion() const;

    // transaction() (SqlDatabase) begins with BEGIN IMMEDIATE; a failure also sets errorString().

    // Executes a prepared query; on failure puts a user-readable sentence in `error`.
    static bool exec(QSqlQuery &query, QString &error);
    // Prepares `sql` on `query`; on failure puts a user-readable sentence in `error`.
    static bool prepare(QSqlQuery &query, const QString &sql, QString &error);
    bool prepareQuery(QSqlQuery &query, const QString &sql, QString &error) const override
    {
        return prepare(query, sql, error);
    }
    bool execQuery(QSqlQuery &query, QString &error) const override { return exec(query, error); }
    // A sentence for the user: "locked", "disk full", "read-only"... plus SQLite's own words.
    static QString describeError(const QSqlError &error);
    // SQLite's primary result code (SQLITE_BUSY = 5, SQLITE_FULL = 13...), 0 if none.
    static int sqliteCode(const QSqlError &error);
    // The SQLite code of the last error describeError() turned into a sentence on this thread
    // (0: none since clearLastFailureCode()), and the kind of store error it is.
    static int lastFailureCode();
    static void clearLastFailureCode();
    static StoreError::Kind errorKind(int sqliteCode);

protected:
    QString writeRefusal() const override;
    bool beginWrite(QSqlQuery &control, QString &error) override;
    void rememberFailure(const QString &error) override { m_errorString = error; }
    QString describeSqlError(const QSqlError &error) const override { return describeError(error); }

private:
    enum class OpenResult { Ok, Corrupt, Failed };

    // Decides read-only or not, creates a missing file privately, tightens existing files and
    // points the connection at the file accordingly.
    void prepareFiles();
    QString readOnlyError() const;
    OpenResult openAndPrepare();
    OpenResult checkOwnership();
    OpenResult configure();
    OpenResult checkIntegrity();
    OpenResult migrate();
    bool readSchemaVersion(int &version, QString &error);
    bool moveAside();
    OpenResult failWith(const QSqlError &error, const QString &what);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    int m_busyTimeoutMs = DefaultBusyTimeoutMs;
    int m_schemaVersion = 0;
    bool m_open = false;
    bool m_readOnly = false;
    bool m_settingUp = false; // the file had no tables: it is being set up (see configure())
    QString m_errorString;
    QString m_recoveryMessage;
    QString m_corruptCopyPath;
    int m_lastSqliteCode = 0; // of readSchemaVersion's last failure
    QString m_problem;        // short cause of the last open failure, for recoveryMessage()
};
