#include "app/storage/sqlite/localdatabase.h"

#include "app/storage/sql/schemasteps.h"

#include "app/common/applicationidentity.h"
#include "app/common/privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

#include <atomic>
#include <exception>

#include <fcntl.h>
#include <unistd.h>

namespace {

// SQLite primary result codes (sqlite3.h); Qt reports them in QSqlError::nativeErrorCode().
constexpr int SqliteCorrupt = 11;
constexpr int SqliteNotADatabase = 26;
constexpr int SqliteBusy = 5;
constexpr int SqliteLocked = 6;
constexpr int SqliteReadOnly = 8;
constexpr int SqliteIoError = 10;
constexpr int SqliteFull = 13;
constexpr int SqliteCantOpen = 14;

bool isCorruption(int code)
{
    return code == SqliteCorrupt || code == SqliteNotADatabase;
}

// The files SQLite keeps beside the database.
const QString kCompanions[] = {QStringLiteral("-wal"), QStringLiteral("-journal"), QStringLiteral("-shm")};

bool writable(const QString &path)
{
    // Asks the kernel with the rights SQLite will open the file with (effective ids and
    // capabilities, AT_EACCESS): permissions, a read-only mount.
    return ::faccessat(AT_FDCWD, QFile::encodeName(path).constData(), W_OK, AT_EACCESS) == 0;
}

bool sameFolder(const QString &a, const QString &b)
{
    return QDir::cleanPath(QFileInfo(a).absoluteFilePath()) == QDir::cleanPath(QFileInfo(b).absoluteFilePath());
}

} // namespace

LocalDatabase::LocalDatabase(const QString &path, int busyTimeoutMs)
    : m_busyTimeoutMs(busyTimeoutMs)
{
    // Unique per process, so that each object is its own SQLite connection.
    static std::atomic<quint64> counter{0};
    m_connectionName = QStringLiteral("lepton-localdb-%1").arg(++counter);

    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!m_db.isValid()) {
        m_errorString = tr("The SQLite driver for Qt is missing (package libqt6sql6-sqlite); "
                           "notes and paused deployments cannot be saved.");
        return;
    }
    if (path.isEmpty()) {
        m_errorString = tr("No location was given for the local database.");
        return;
    }
    const QFileInfo info(path);
    m_path = info.absoluteFilePath();
    const QString folder = info.absolutePath();
    if (!PrivateFiles::makeFolder(folder)) {
        m_errorString = tr("Could not create the folder %1 for the local database.")
                            .arg(QDir::toNativeSeparators(folder));
        return;
    }
    // The console's own folder is tightened; a folder the user named (--data-dir, a CI cache,
    // /tmp) is theirs, and the files below are private anyway.
    if (sameFolder(folder, ApplicationIdentity::dataFolder()))
        PrivateFiles::restrict(folder);

    prepareFiles();
    OpenResult result = openAndPrepare();
    if (result == OpenResult::Corrupt) {
        const QString problem = m_problem;
        m_db.close();
        if (!moveAside())
            return; // m_errorString says why; the damaged file stays where it was.
        m_errorString.clear();
        prepareFiles();
        result = openAndPrepare();
        if (result == OpenResult::Ok) {
            m_recoveryMessage =
                tr("Lepton Console could not read its local database %1: %2 The file was kept "
                   "aside as %3 and a new, empty database was started; the notes and paused "
                   "deployments saved before are in the kept file.")
                    .arg(QDir::toNativeSeparators(m_path), problem,
                         QDir::toNativeSeparators(m_corruptCopyPath));
        }
    }
    m_open = result == OpenResult::Ok;
    if (!m_open)
        m_db.close();
}

LocalDatabase::~LocalDatabase()
{
    m_db.close();
    // removeDatabase wants no QSqlDatabase handle left, ours included.
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString LocalDatabase::defaultPath()
{
    QString folder = qEnvironmentVariable(DataDirEnvVar);
    if (folder.isEmpty())
        folder = ApplicationIdentity::dataFolder();
    return QDir(folder).absoluteFilePath(QString::fromLatin1(FileName));
}

void LocalDatabase::prepareFiles()
{
    const QString folder = QFileInfo(m_path).absolutePath();
    const bool exists = QFileInfo::exists(m_path);
    m_readOnly = exists && (!writable(m_path) || !writable(folder));
    if (!exists) {
        // Private from its first byte; SQLite gives the -wal and -shm it creates the mode of
        // the database file. If the folder cannot be written this fails, and so does the open
        // below, with SQLite's reason.
        PrivateFiles::createFile(m_path);
    }
    // An older version's files were made with the umask (0644).
    PrivateFiles::restrict(m_path);
    for (const QString &suffix : kCompanions)
        PrivateFiles::restrict(m_path + suffix);

    if (!m_readOnly) {
        m_db.setConnectOptions(QString());
        m_db.setDatabaseName(m_path);
        return;
    }
    // Read only. With no -wal beside it nobody is writing the file now, and SQLite would
    // need to create a -wal and -shm to read a WAL database (impossible in a read-only
    // folder, and files it cannot remove in a writable one): read it as immutable instead.
    // With a -wal (another program is writing), read through it.
    bool companions = false;
    for (const QString &suffix : kCompanions)
        companions = companions || QFileInfo::exists(m_path + suffix);
    if (companions) {
        m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        m_db.setDatabaseName(m_path);
    } else {
        m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        m_db.setDatabaseName(QUrl::fromLocalFile(m_path).toString(QUrl::FullyEncoded) + QStringLiteral("?immutable=1"));
    }
}

QString LocalDatabase::readOnlyError() const
{
    return tr("The local database %1 is read-only here (the file or its folder cannot be written), so nothing "
              "was changed.")
        .arg(QDir::toNativeSeparators(m_path));
}

LocalDatabase::OpenResult LocalDatabase::openAndPrepare()
{
    m_settingUp = false;
    if (!m_db.open())
        return failWith(m_db.lastError(), tr("opening the file"));
    // Order matters: decide whether the file is ours before changing anything in it (the
    // switch to WAL rewrites the header), so a newer or foreign database stays byte-identical.
    OpenResult result = checkOwnership();
    if (result == OpenResult::Ok)
        result = configure();
    if (result == OpenResult::Ok)
        result = checkIntegrity();
    if (result == OpenResult::Ok)
        result = migrate();
    if (result == OpenResult::Ok && m_settingUp) {
        // From here on every commit is fsync'ed (see the class comment).
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("PRAGMA synchronous = FULL")))
            result = failWith(query.lastError(), tr("setting it up"));
    }
    return result;
}

LocalDatabase::OpenResult LocalDatabase::checkOwnership()
{
    QSqlQuery query(m_db);
    // Reading may have to wait too (another program switching the file to WAL).
    if (!query.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(qMax(0, m_busyTimeoutMs))))
        return failWith(query.lastError(), tr("setting it up"));
    // The first read of the file: "not a database" shows here.
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table'"
                                   " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"))
        || !query.next())
        return failWith(query.lastError(), tr("reading it"));
    if (query.value(0).toInt() == 0) {
        m_settingUp = true;
        return OpenResult::Ok; // new or empty: ours to set up
    }

    QString error;
    int version = 0;
    if (!readSchemaVersion(version, error)) {
        m_problem = error;
        m_errorString = tr("Could not open the local database %1 (reading it): %2")
                            .arg(QDir::toNativeSeparators(m_path), error);
        return isCorruption(m_lastSqliteCode) ? OpenResult::Corrupt : OpenResult::Failed;
    }
    if (version == 0) {
        m_errorString = tr("The file %1 is an SQLite database of another program; it was left "
                           "untouched.")
                            .arg(QDir::toNativeSeparators(m_path));
        return OpenResult::Failed;
    }
    if (version > CurrentSchemaVersion) {
        m_errorString = tr("The local database %1 was written by a newer Lepton Console (schema "
                           "version %2, this one knows up to %3); update Lepton Console. The file "
                           "was left untouched.")
                            .arg(QDir::toNativeSeparators(m_path))
                            .arg(version)
                            .arg(CurrentSchemaVersion);
        return OpenResult::Failed;
    }
    return OpenResult::Ok;
}

LocalDatabase::OpenResult LocalDatabase::configure()
{
    QSqlQuery query(m_db);
    QStringList pragmas {
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA synchronous = FULL"),
    };
    // Switching to WAL writes the header: only when this connection may write.
    if (!m_readOnly)
        pragmas.prepend(QStringLiteral("PRAGMA journal_mode = WAL"));
    // A file with nothing in it yet is set up (WAL, schema) without an fsync per step (seven
    // on a first start, on the command line's critical path): a crash meanwhile loses only an
    // empty schema, which the next open sets up again. openAndPrepare() turns FULL on when
    // the file is ready, so every later commit, the first pause included, is fsync'ed with
    // everything before it.
    if (m_settingUp && !m_readOnly)
        pragmas = {QStringLiteral("PRAGMA synchronous = OFF"), QStringLiteral("PRAGMA journal_mode = WAL"),
                   QStringLiteral("PRAGMA foreign_keys = ON")};
    for (const QString &pragma : std::as_const(pragmas)) {
        if (!query.exec(pragma))
            return failWith(query.lastError(), tr("setting it up"));
    }
    return OpenResult::Ok;
}

LocalDatabase::OpenResult LocalDatabase::checkIntegrity()
{
    // quick_check: O(size) but skips index cross-checks; a few ms for a file this small.
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA quick_check")))
        return failWith(query.lastError(), tr("checking it"));
    QStringList problems;
    while (query.next())
        problems << query.value(0).toString();
    if (problems == QStringList{QStringLiteral("ok")})
        return OpenResult::Ok;
    // SQLite's report is multi-line and technical: keep its start as a hint.
    QString detail = problems.join(u' ').simplified();
    if (detail.size() > 160)
        detail = detail.left(160) + QStringLiteral("...");
    m_problem = tr("The file failed SQLite's integrity check (%1).").arg(detail);
    m_errorString = tr("Could not open the local database %1: %2")
                        .arg(QDir::toNativeSeparators(m_path), m_problem);
    return OpenResult::Corrupt;
}

bool LocalDatabase::readSchemaVersion(int &version, QString &error)
{
    m_lastSqliteCode = 0;
    QSqlQuery query(m_db);
    const auto run = [&](const QString &sql) {
        if (query.exec(sql))
            return true;
        m_lastSqliteCode = sqliteCode(query.lastError());
        error = describeError(query.lastError());
        return false;
    };
    if (!run(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'"))
        || !query.next())
        return false;
    if (query.value(0).toInt() == 0) {
        version = 0;
        return true;
    }
    if (!run(SchemaSteps::readVersionSql()))
        return false;
    bool ok = false;
    version = query.next() ? query.value(0).toString().toInt(&ok) : 0;
    if (!ok || version <= 0) {
        error = tr("The file %1 has no Lepton Console schema version; it was left untouched.")
                    .arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    return true;
}

LocalDatabase::OpenResult LocalDatabase::migrate()
{
    QString error;
    int version = 0;
    // Read without the write lock first: the common case (already current) then needs no
    // write, so opening works while another program is in the middle of a write.
    if (!readSchemaVersion(version, error)) {
        m_problem = error;
        m_errorString = tr("Could not open the local database %1 (reading it): %2")
                            .arg(QDir::toNativeSeparators(m_path), error);
        return isCorruption(m_lastSqliteCode) ? OpenResult::Corrupt : OpenResult::Failed;
    }
    if (version == CurrentSchemaVersion) {
        m_schemaVersion = version;
        return OpenResult::Ok;
    }
    if (m_readOnly) {
        m_errorString = tr("The local database %1 cannot be written (the file or its folder is read-only), so it "
                           "cannot be set up for this version of Lepton Console. Make it writable and try again.")
                            .arg(QDir::toNativeSeparators(m_path));
        return OpenResult::Failed;
    }

    int corruptionCode = 0;
    const bool ok = transaction([&](QString &err) {
        // Again under the write lock: another process may have migrated meanwhile.
        if (!readSchemaVersion(version, err)) {
            corruptionCode = m_lastSqliteCode;
            return false;
        }
        if (version == CurrentSchemaVersion)
            return true;
        if (version > CurrentSchemaVersion) {
            err = tr("The local database was upgraded by a newer Lepton Console meanwhile.");
            return false;
        }
        QSqlQuery query(m_db);
        if (version == 0) {
            // Refuse to add our tables to some other program's database.
            if (!prepare(query,
                         QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table'"
                                        " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"),
                         err)
                || !exec(query, err) || !query.next())
                return false;
            if (query.value(0).toInt() > 0) {
                err = tr("The file %1 is an SQLite database of another program; it was left "
                         "untouched.")
                          .arg(QDir::toNativeSeparators(m_path));
                return false;
            }
        }
        for (int step = version; step < CurrentSchemaVersion; ++step) {
            for (const QString &sql : SchemaSteps::step(step, SqlDialect::sqlite())) {
                if (!query.exec(sql)) {
                    corruptionCode = sqliteCode(query.lastError());
                    err = describeError(query.lastError());
                    return false;
                }
            }
        }
        if (!prepare(query, SchemaSteps::writeVersionSql(), err))
            return false;
        query.bindValue(QStringLiteral(":version"), QString::number(CurrentSchemaVersion));
        return exec(query, err);
    }, &error);
    if (!ok) {
        m_problem = error;
        m_errorString = tr("Could not prepare the local database %1: %2")
                            .arg(QDir::toNativeSeparators(m_path), error);
        return isCorruption(corruptionCode) ? OpenResult::Corrupt : OpenResult::Failed;
    }
    m_schemaVersion = CurrentSchemaVersion;
    return OpenResult::Ok;
}

bool LocalDatabase::moveAside()
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-hhmmss"));
    QString target = m_path + QStringLiteral(".corrupt-") + stamp;
    for (int n = 2; QFileInfo::exists(target) || QFileInfo::exists(target + QStringLiteral("-wal")); ++n)
        target = m_path + QStringLiteral(".corrupt-%1-%2").arg(stamp).arg(n);

    if (!QFile::rename(m_path, target)) {
        m_errorString = tr("The local database %1 is damaged and could not be moved aside; it "
                           "was left as it is. Move it away by hand and start again.")
                            .arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    // The companions go along, named so SQLite finds them next to the kept copy. A stale
    // -wal left behind would be replayed into the fresh database, so failing to move one
    // puts everything back and gives up.
    QStringList moved;
    for (const QString &suffix : kCompanions) {
        if (!QFileInfo::exists(m_path + suffix))
            continue;
        if (!QFile::rename(m_path + suffix, target + suffix)) {
            for (const QString &done : std::as_const(moved))
                QFile::rename(target + done, m_path + done);
            QFile::rename(target, m_path);
            m_errorString = tr("The local database %1 is damaged and its file %2 could not be "
                               "moved aside; everything was left as it is.")
                                .arg(QDir::toNativeSeparators(m_path),
                                     QDir::toNativeSeparators(m_path + suffix));
            return false;
        }
        moved << suffix;
    }
    // The kept copy holds what the database held: private like it.
    PrivateFiles::restrict(target);
    for (const QString &suffix : std::as_const(moved))
        PrivateFiles::restrict(target + suffix);
    m_corruptCopyPath = target;
    return true;
}

LocalDatabase::OpenResult LocalDatabase::failWith(const QSqlError &error, const QString &what)
{
    m_problem = describeError(error);
    m_errorString = tr("Could not open the local database %1 (%2): %3")
                        .arg(QDir::toNativeSeparators(m_path), what, m_problem);
    return isCorruption(sqliteCode(error)) ? OpenResult::Corrupt : OpenResult::Failed;
}

qint64 LocalDatabase::dataVersion() const
{
    if (!m_open)
        return -1;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

QString LocalDatabase::writeRefusal() const
{
    if (!m_db.isOpen())
        return m_errorString.isEmpty() ? tr("The local database is not open.") : m_errorString;
    if (m_readOnly)
        return readOnlyError();
    return QString();
}

bool LocalDatabase::beginWrite(QSqlQuery &control, QString &error)
{
    // IMMEDIATE takes the write lock now (waiting up to busy_timeout) instead of at the first
    // write, where WAL would answer SQLITE_BUSY at once if another writer got in between.
    if (control.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return true;
    error = describeError(control.lastError());
    return false;
}

bool LocalDatabase::exec(QSqlQuery &query, QString &error)
{
    if (query.exec())
        return true;
    error = describeError(query.lastError());
    return false;
}

bool LocalDatabase::prepare(QSqlQuery &query, const QString &sql, QString &error)
{
    if (query.prepare(sql))
        return true;
    error = describeError(query.lastError());
    return false;
}

int LocalDatabase::sqliteCode(const QSqlError &error)
{
    // Extended codes carry the primary one in the low byte.
    return error.nativeErrorCode().toInt() & 0xff;
}

namespace {
thread_local int t_lastFailureCode = 0;
}

int LocalDatabase::lastFailureCode()
{
    return t_lastFailureCode;
}

void LocalDatabase::clearLastFailureCode()
{
    t_lastFailureCode = 0;
}

StoreError::Kind LocalDatabase::errorKind(int code)
{
    switch (code) {
    case SqliteBusy:
    case SqliteLocked:
        return StoreError::Kind::Busy;
    case SqliteReadOnly:
        return StoreError::Kind::ReadOnly;
    case SqliteCorrupt:
    case SqliteNotADatabase:
        return StoreError::Kind::Corrupt;
    case SqliteFull:
    case SqliteIoError:
    case SqliteCantOpen:
        return StoreError::Kind::Unavailable;
    default:
        return StoreError::Kind::Other;
    }
}

QString LocalDatabase::describeError(const QSqlError &error)
{
    t_lastFailureCode = sqliteCode(error);
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    QString sentence;
    switch (sqliteCode(error)) {
    case SqliteBusy:
    case SqliteLocked:
        sentence = tr("The local database is locked by another program (another Lepton Console "
                      "or the command line); try again in a moment");
        break;
    case SqliteFull:
        sentence = tr("The disk holding the local database is full; free some space and try again");
        break;
    case SqliteReadOnly:
        sentence = tr("The local database cannot be written: the file or its folder is read-only");
        break;
    case SqliteIoError:
        sentence = tr("The disk reported an error while reading or writing the local database");
        break;
    case SqliteCantOpen:
        sentence = tr("The local database file cannot be opened; check the folder and its permissions");
        break;
    case SqliteCorrupt:
    case SqliteNotADatabase:
        sentence = tr("The file is damaged or is not a database");
        break;
    default:
        return detail.isEmpty() ? tr("Unknown database error.") : detail;
    }
    // "Sentence (sqlite's words)." : the cause for the user, the detail for a bug report.
    return detail.isEmpty() ? sentence + u'.' : QStringLiteral("%1 (%2).").arg(sentence, detail);
}
