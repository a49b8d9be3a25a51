// Every released schema version (1 to 5) of a store migrates to the current one on both
// backends (rows "sqlite": a file on disk; "postgres": a database on the throwaway server
// scripts/test starts): the old schema is made here by hand as that release left it, with rows
// in every column it had, then the store is opened. What was stored reads back unchanged, the
// columns added since have their defaults, the new tables take writes, and the migrated
// schema (columns, types, nullability, defaults, indexes, keys) is that of a fresh store.
#include "app/storage/sql/pricetable.h"
#include "app/storage/sql/scheduletable.h"
#include "app/storage/sql/sqldatabase.h"
#include "tests/storage/teststores.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrl>
#include <QUrlQuery>
#include <QtTest>

#include <atomic>
#include <memory>

namespace {

// The schema as each release left it, step by step: kReleased[i] takes version i to i + 1.
// Written here independently of the application's migration steps (this is the record of
// what is out there), in both dialects: %1 is the id column, %2 a 64-bit integer's type.
const QStringList kReleased[] = {
    {
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE pause_ledger (id %1, workspace_id TEXT NOT NULL, deployment_name TEXT NOT NULL,"
                       " saved_min_replicas INTEGER NOT NULL CHECK (saved_min_replicas >= 0),"
                       " saved_max_replicas INTEGER CHECK (saved_max_replicas IS NULL OR"
                       " saved_max_replicas >= saved_min_replicas), saved_auto_scaler TEXT,"
                       " paused_snapshot TEXT NOT NULL DEFAULT '{}', paused_version %2 NOT NULL DEFAULT 0,"
                       " paused_by TEXT NOT NULL DEFAULT '', paused_at TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '',"
                       " state TEXT NOT NULL CHECK (state IN ('pending', 'active', 'closed', 'abandoned')),"
                       " closed_at TEXT, closed_by TEXT)"),
        QStringLiteral("CREATE UNIQUE INDEX pause_ledger_one_open ON pause_ledger (workspace_id, deployment_name)"
                       " WHERE state IN ('pending', 'active')"),
        QStringLiteral("CREATE INDEX pause_ledger_by_deployment ON pause_ledger (workspace_id, deployment_name, paused_at)"),
        QStringLiteral("CREATE TABLE notes (id %1, workspace_id TEXT NOT NULL, deployment_name TEXT NOT NULL,"
                       " text TEXT NOT NULL, author TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX notes_by_deployment ON notes (workspace_id, deployment_name, created_at)"),
    },
    {
        QStringLiteral("ALTER TABLE notes ADD COLUMN edited_at TEXT"),
        QStringLiteral("ALTER TABLE notes ADD COLUMN at_pause INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE notes ADD COLUMN pause_entry_id %2 REFERENCES pause_ledger (id) ON DELETE SET NULL"),
        QStringLiteral("ALTER TABLE pause_ledger ADD COLUMN remind_on TEXT"),
    },
    {
        QStringLiteral("ALTER TABLE pause_ledger ADD COLUMN kind TEXT NOT NULL DEFAULT 'endpoint'"),
        QStringLiteral("ALTER TABLE pause_ledger ADD COLUMN saved_state TEXT"),
    },
    {
        QStringLiteral("ALTER TABLE pause_ledger ADD COLUMN paused_program TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE pause_ledger ADD COLUMN paused_host TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE pause_ledger ADD COLUMN paused_pid %2 NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE pause_ledger ADD COLUMN closed_program TEXT"),
        QStringLiteral("ALTER TABLE pause_ledger ADD COLUMN closed_host TEXT"),
        QStringLiteral("ALTER TABLE notes ADD COLUMN author_program TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE notes ADD COLUMN author_host TEXT NOT NULL DEFAULT ''"),
    },
    {
        QStringLiteral("CREATE TABLE shape_prices (shape TEXT PRIMARY KEY NOT NULL,"
                       " price_micros %2 NOT NULL CHECK (price_micros >= 0),"
                       " currency TEXT NOT NULL CHECK (length(currency) = 3),"
                       " set_by TEXT NOT NULL DEFAULT '', set_at TEXT NOT NULL)"),
    },
};

// The rows each release could hold, in the columns it had (ids given, so they are known).
QStringList rowsOf(int version)
{
    QStringList rows {
        QStringLiteral("INSERT INTO pause_ledger (id, workspace_id, deployment_name, saved_min_replicas,"
                       " saved_max_replicas, saved_auto_scaler, paused_snapshot, paused_version, paused_by, paused_at,"
                       " reason, state) VALUES (1, 'ws-1', 'llama', 2, 5, '{\"scale_down\":{}}', '{\"x\":1}', 17,"
                       " 'alice', '2024-05-01T09:00:00.000Z', 'weekend', 'active')"),
        QStringLiteral("INSERT INTO pause_ledger (id, workspace_id, deployment_name, saved_min_replicas, paused_at,"
                       " state, closed_at, closed_by) VALUES (2, 'ws-1', 'llama', 1, '2024-04-01T09:00:00.000Z',"
                       " 'closed', '2024-04-02T09:00:00.000Z', 'bob')"),
        QStringLiteral("INSERT INTO notes (id, workspace_id, deployment_name, text, author, created_at)"
                       " VALUES (1, 'ws-1', 'llama', 'old note, with comma', 'alice', '2024-05-01T10:00:00.000Z')"),
    };
    if (version >= 2)
        rows << QStringLiteral("UPDATE notes SET edited_at = '2024-05-03T10:00:00.000Z', at_pause = 1,"
                               " pause_entry_id = 1 WHERE id = 1")
             << QStringLiteral("UPDATE pause_ledger SET remind_on = '2024-06-01' WHERE id = 1");
    if (version >= 3)
        rows << QStringLiteral("UPDATE pause_ledger SET kind = 'pod', saved_state = '{\"replicas\":3}' WHERE id = 1");
    if (version >= 4)
        rows << QStringLiteral("UPDATE pause_ledger SET paused_program = 'lepton-console-cli', paused_host = 'box',"
                               " paused_pid = 4242 WHERE id = 1")
             << QStringLiteral("UPDATE pause_ledger SET closed_program = 'lepton-console', closed_host = 'desk'"
                               " WHERE id = 2")
             << QStringLiteral("UPDATE notes SET author_program = 'lepton-console', author_host = 'desk' WHERE id = 1");
    if (version >= 5)
        rows << QStringLiteral("INSERT INTO shape_prices (shape, price_micros, currency, set_by, set_at)"
                               " VALUES ('gpu.a100', 3500000, 'USD', 'carol', '2024-05-04T10:00:00.000Z')");
    // PostgreSQL's identity does not move when ids are given: as the release would have it.
    return rows;
}

// The values of one row of `sql` (one column after another), or a list naming the failure.
QStringList row(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return {QStringLiteral("failed: ") + query.lastError().text()};
    if (!query.next())
        return {QStringLiteral("no row")};
    QStringList values;
    for (int i = 0; i < query.record().count(); ++i)
        values << (query.isNull(i) ? QStringLiteral("NULL") : query.value(i).toString());
    return values;
}

QStringList rows(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return {QStringLiteral("failed: ") + query.lastError().text()};
    QStringList lines;
    while (query.next()) {
        QStringList values;
        for (int i = 0; i < query.record().count(); ++i)
            values << (query.isNull(i) ? QStringLiteral("NULL") : query.value(i).toString());
        lines << values.join(u'|');
    }
    return lines;
}

// The schema as the database reports it: each column's type, nullability and default, each
// index, key and constraint; not the text it was created with.
QStringList schemaOf(QSqlDatabase db, const QString &backend)
{
    if (backend == QStringLiteral("sqlite"))
        return rows(db, QStringLiteral("SELECT m.name, p.cid, p.name, p.type, p.\"notnull\", p.dflt_value, p.pk"
                                       " FROM sqlite_master m, pragma_table_info(m.name) p WHERE m.type = 'table'"
                                       " ORDER BY m.name, p.cid"))
            + rows(db, QStringLiteral("SELECT m.name, i.name, i.\"unique\", i.partial, c.seqno, c.name"
                                      " FROM sqlite_master m, pragma_index_list(m.name) i, pragma_index_info(i.name) c"
                                      " WHERE m.type = 'table' ORDER BY m.name, i.name, c.seqno"))
            + rows(db, QStringLiteral("SELECT m.name, f.\"from\", f.\"table\", f.\"to\", f.on_delete"
                                      " FROM sqlite_master m, pragma_foreign_key_list(m.name) f WHERE m.type = 'table'"
                                      " ORDER BY m.name, f.\"from\""));
    return rows(db, QStringLiteral("SELECT table_name, ordinal_position, column_name, data_type, is_nullable,"
                                   " column_default, is_identity, identity_generation FROM information_schema.columns"
                                   " WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position"))
        + rows(db, QStringLiteral("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema()"
                                  " ORDER BY indexname"))
        + rows(db, QStringLiteral("SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint"
                                  " WHERE connamespace = current_schema()::regnamespace ORDER BY 1, 2"));
}

} // namespace

class TestSchemaMigration : public QObject
{
    Q_OBJECT

    TestStores m_stores;

    // A connection of Qt's own to the store `name`, not through the application's backends.
    QSqlDatabase raw(const QString &name);
    void closeRaw();
    QStringList m_rawNames;

private Q_SLOTS:
    void cleanup()
    {
        closeRaw();
        m_stores.reset();
    }
    void everyReleasedVersionMigratesKeepingItsRows_data();
    void everyReleasedVersionMigratesKeepingItsRows();
};

QSqlDatabase TestSchemaMigration::raw(const QString &name)
{
    static std::atomic<int> counter{0};
    const QString connection = QStringLiteral("schemamigration-%1").arg(++counter);
    m_rawNames << connection;
    const QString where = m_stores.location(name);
    if (m_stores.backend() == QStringLiteral("sqlite")) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(where);
        db.open();
        return db;
    }
    const QUrl url(where);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
    db.setConnectOptions(QStringLiteral("host=%1;user=%2")
                             .arg(QUrlQuery(url).queryItemValue(QStringLiteral("host")),
                                  QUrlQuery(url).queryItemValue(QStringLiteral("user"))));
    db.setDatabaseName(url.path().mid(1));
    db.open();
    return db;
}

void TestSchemaMigration::closeRaw()
{
    for (const QString &name : std::as_const(m_rawNames)) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
    m_rawNames.clear();
}

void TestSchemaMigration::everyReleasedVersionMigratesKeepingItsRows_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<int>("version");
    for (const char *backend : {"sqlite", "postgres"}) {
        for (int version = 1; version <= int(std::size(kReleased)); ++version)
            QTest::addRow("%s from %d", backend, version) << QString::fromLatin1(backend) << version;
    }
}

void TestSchemaMigration::everyReleasedVersionMigratesKeepingItsRows()
{
    QFETCH(QString, backend);
    QFETCH(int, version);
    m_stores.useBackend(backend);
    const bool sqlite = m_stores.backend() == QStringLiteral("sqlite");
    if (!sqlite && TestStores::serverUri().isEmpty()) {
        if (TestStores::serverRequired())
            QFAIL("No PostgreSQL server for the team-store tests (LEPTON_TEST_PG_URI is not set; scripts/test starts one).");
        QSKIP("No PostgreSQL server (LEPTON_TEST_PG_URI; scripts/test starts one).");
    }
    const QString id = sqlite ? QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT")
                              : QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY");
    const QString big = sqlite ? QStringLiteral("INTEGER") : QStringLiteral("BIGINT");

    // The store as release `version` left it, with its rows.
    {
        QSqlDatabase old = raw(QStringLiteral("old"));
        QVERIFY2(old.isOpen(), qPrintable(old.lastError().text()));
        QSqlQuery query(old);
        QStringList statements;
        for (int step = 0; step < version; ++step) {
            for (const QString &sql : kReleased[step])
                statements << QString(sql).replace(QStringLiteral("%1"), id).replace(QStringLiteral("%2"), big);
        }
        statements << QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema_version', '%1')").arg(version)
                   << rowsOf(version);
        for (const QString &sql : std::as_const(statements))
            QVERIFY2(query.exec(sql), qPrintable(sql + QStringLiteral(": ") + query.lastError().text()));
    }
    closeRaw();

    // Opened by this version: migrated.
    LEPTON_OPEN_STORE(db, m_stores, QStringLiteral("old"));
    QSqlDatabase c = db->connection();
    QCOMPARE(row(c, QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")), QStringList{QStringLiteral("6")});

    // What was stored reads back unchanged; what came later has its default.
    QCOMPARE(row(c, QStringLiteral("SELECT workspace_id, deployment_name, saved_min_replicas, saved_max_replicas,"
                                   " saved_auto_scaler, paused_snapshot, paused_version, paused_by, paused_at, reason,"
                                   " state, closed_at, closed_by FROM pause_ledger WHERE id = 1")),
             (QStringList{"ws-1", "llama", "2", "5", "{\"scale_down\":{}}", "{\"x\":1}", "17", "alice",
                          "2024-05-01T09:00:00.000Z", "weekend", "active", "NULL", "NULL"}));
    QCOMPARE(row(c, QStringLiteral("SELECT saved_max_replicas, saved_auto_scaler, paused_snapshot, paused_version,"
                                   " paused_by, reason, state, closed_at, closed_by FROM pause_ledger WHERE id = 2")),
             (QStringList{"NULL", "NULL", "{}", "0", "", "", "closed", "2024-04-02T09:00:00.000Z", "bob"}));
    QCOMPARE(row(c, QStringLiteral("SELECT remind_on, kind, saved_state, paused_program, paused_host, paused_pid"
                                   " FROM pause_ledger WHERE id = 1")),
             (QStringList{version >= 2 ? "2024-06-01" : "NULL", version >= 3 ? "pod" : "endpoint",
                          version >= 3 ? "{\"replicas\":3}" : "NULL", version >= 4 ? "lepton-console-cli" : "",
                          version >= 4 ? "box" : "", version >= 4 ? "4242" : "0"}));
    QCOMPARE(row(c, QStringLiteral("SELECT closed_program, closed_host FROM pause_ledger WHERE id = 2")),
             (QStringList{version >= 4 ? "lepton-console" : "NULL", version >= 4 ? "desk" : "NULL"}));
    QCOMPARE(row(c, QStringLiteral("SELECT workspace_id, deployment_name, text, author, created_at, edited_at,"
                                   " at_pause, pause_entry_id, author_program, author_host FROM notes WHERE id = 1")),
             (QStringList{"ws-1", "llama", "old note, with comma", "alice", "2024-05-01T10:00:00.000Z",
                          version >= 2 ? "2024-05-03T10:00:00.000Z" : "NULL", version >= 2 ? "1" : "0",
                          version >= 2 ? "1" : "NULL", version >= 4 ? "lepton-console" : "",
                          version >= 4 ? "desk" : ""}));
    QCOMPARE(rows(c, QStringLiteral("SELECT shape, price_micros, currency, set_by, set_at FROM shape_prices")),
             version >= 5 ? QStringList{QStringLiteral("gpu.a100|3500000|USD|carol|2024-05-04T10:00:00.000Z")}
                          : QStringList());

    // The tables added since take writes through the stores' SQL.
    ShapePrice price;
    price.shape = QStringLiteral("gpu.t4");
    price.micros = 350000;
    price.currency = QStringLiteral("USD");
    PriceTable prices(*db);
    QVERIFY2(prices.set(price), qPrintable(prices.lastError()));
    ScheduleRecord schedule;
    schedule.workspaceId = QStringLiteral("ws-1");
    schedule.kind = QStringLiteral("endpoint");
    schedule.name = QStringLiteral("llama");
    schedule.pause = QStringLiteral("Mon-Fri 20:00");
    schedule.resume = QStringLiteral("Mon-Fri 07:30");
    schedule.timeZone = QStringLiteral("UTC");
    QString error;
    ScheduleTable schedules(*db);
    QVERIFY2(schedules.setSchedule(schedule, error), qPrintable(error));
    QCOMPARE(schedules.schedules(QStringLiteral("ws-1"), error)->size(), 1);

    // The schema is a fresh store's, whatever version it came from.
    LEPTON_OPEN_STORE(fresh, m_stores, QStringLiteral("fresh"));
    const QStringList expected = schemaOf(fresh->connection(), m_stores.backend());
    QVERIFY(expected.size() > 40);
    QCOMPARE(schemaOf(c, m_stores.backend()), expected);
}

QTEST_GUILESS_MAIN(TestSchemaMigration)
#include "tst_schemamigration.moc"
