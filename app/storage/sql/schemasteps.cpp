#include "app/storage/sql/schemasteps.h"

#include <iterator>

namespace {

// kSteps[i] turns schema version i into i + 1, with the dialect's words as SqlDialect's
// placeholders ($ID, $INT64, $TEXT_KEY). Never edit a released step: add one.
const QStringList kSteps[] = {
    // 0 -> 1: the first released schema.
    {
        QStringLiteral("CREATE TABLE meta ("
                       " key $TEXT_KEY,"
                       " value TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE pause_ledger ("
            " id $ID,"
            " workspace_id TEXT NOT NULL,"
            " deployment_name TEXT NOT NULL,"
            " saved_min_replicas INTEGER NOT NULL CHECK (saved_min_replicas >= 0),"
            " saved_max_replicas INTEGER"
            "   CHECK (saved_max_replicas IS NULL OR saved_max_replicas >= saved_min_replicas),"
            // NULL = the deployment had no auto_scaler block; '{}' = it had an empty one.
            " saved_auto_scaler TEXT,"
            " paused_snapshot TEXT NOT NULL DEFAULT '{}',"
            " paused_version $INT64 NOT NULL DEFAULT 0,"
            " paused_by TEXT NOT NULL DEFAULT '',"
            // Times as fixed-width UTC ISO 8601 text in both dialects (SqlDatabase).
            " paused_at TEXT NOT NULL,"
            " reason TEXT NOT NULL DEFAULT '',"
            " state TEXT NOT NULL CHECK (state IN ('pending', 'active', 'closed', 'abandoned')),"
            " closed_at TEXT,"
            " closed_by TEXT)"),
        // At most one open pause per deployment, whoever writes, enforced by the database:
        // the backstop behind LedgerTable::beginPause's "never overwrite the saved values".
        QStringLiteral("CREATE UNIQUE INDEX pause_ledger_one_open"
                       " ON pause_ledger (workspace_id, deployment_name)"
                       " WHERE state IN ('pending', 'active')"),
        QStringLiteral("CREATE INDEX pause_ledger_by_deployment"
                       " ON pause_ledger (workspace_id, deployment_name, paused_at)"),
        QStringLiteral("CREATE TABLE notes ("
                       " id $ID,"
                       " workspace_id TEXT NOT NULL,"
                       " deployment_name TEXT NOT NULL,"
                       " text TEXT NOT NULL,"
                       " author TEXT NOT NULL DEFAULT '',"
                       " created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX notes_by_deployment"
                       " ON notes (workspace_id, deployment_name, created_at)"),
    },
    // 1 -> 2: edited notes, notes written as a pause reason, reminders on pauses.
    {
        QStringLiteral("ALTER TABLE notes ADD COLUMN edited_at TEXT"),
        QStringLiteral("ALTER TABLE notes ADD COLUMN at_pause INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE notes ADD COLUMN pause_entry_id $INT64"
                       " REFERENCES pause_ledger (id) ON DELETE SET NULL"),
        QStringLiteral("ALTER TABLE pause_ledger ADD COLUMN remind_on TEXT"),
    },
    // 2 -> 3: pauses of every kind on both API generations (dev pods, Ray clusters, new-API
    // endpoints with several components): the kind and what Resume brings back, as JSON.
    // NULL saved_state: an entry written before, restored from the saved_* columns.
    {
        QStringLiteral("ALTER TABLE pause_ledger ADD COLUMN kind TEXT NOT NULL DEFAULT 'endpoint'"),
        QStringLiteral("ALTER TABLE pause_ledger ADD COLUMN saved_state TEXT"),
    },
    // 3 -> 4 (issue 19, team store): where a change came from. The program and host that
    // began a pause (and its process id, to tell a pause still on its way from one whose
    // process died), that closed it, and that wrote a note. Empty in rows written before.
    {
        QStringLiteral("ALTER TABLE pause_ledger ADD COLUMN paused_program TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE pause_ledger ADD COLUMN paused_host TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE pause_ledger ADD COLUMN paused_pid $INT64 NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE pause_ledger ADD COLUMN closed_program TEXT"),
        QStringLiteral("ALTER TABLE pause_ledger ADD COLUMN closed_host TEXT"),
        QStringLiteral("ALTER TABLE notes ADD COLUMN author_program TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE notes ADD COLUMN author_host TEXT NOT NULL DEFAULT ''"),
    },
    // 4 -> 5 (savings, #22): the price of one replica of a resource shape per hour
    // (PriceTable), in millionths of the currency, shared with the ledger.
    {
        QStringLiteral("CREATE TABLE shape_prices ("
                       " shape $TEXT_KEY,"
                       " price_micros $INT64 NOT NULL CHECK (price_micros >= 0),"
                       " currency TEXT NOT NULL CHECK (length(currency) = 3),"
                       " set_by TEXT NOT NULL DEFAULT '',"
                       " set_at TEXT NOT NULL)"),
    },
    // 5 -> 6 (schedules, #21): pause schedules, holds and wake-ups per resource, and the
    // claims that make each scheduled transition run once whoever runs schedules
    // (ScheduleTable). Times are UTC text.
    {
        QStringLiteral("CREATE TABLE schedules ("
                       " id $ID,"
                       " workspace_id TEXT NOT NULL,"
                       " kind TEXT NOT NULL,"
                       " name TEXT NOT NULL,"
                       " pause_at TEXT NOT NULL,"
                       " resume_at TEXT NOT NULL,"
                       " time_zone TEXT NOT NULL,"
                       " exceptions TEXT NOT NULL DEFAULT '[]',"
                       " force_resume INTEGER NOT NULL DEFAULT 0,"
                       " set_by TEXT NOT NULL DEFAULT '',"
                       " set_program TEXT NOT NULL DEFAULT '',"
                       " set_host TEXT NOT NULL DEFAULT '',"
                       " set_at TEXT NOT NULL,"
                       " UNIQUE (workspace_id, kind, name))"),
        QStringLiteral("CREATE TABLE holds ("
                       " id $ID,"
                       " workspace_id TEXT NOT NULL,"
                       " kind TEXT NOT NULL,"
                       " name TEXT NOT NULL,"
                       " until_at TEXT NOT NULL,"
                       " reason TEXT NOT NULL DEFAULT '',"
                       " owner TEXT NOT NULL DEFAULT '',"
                       " owner_program TEXT NOT NULL DEFAULT '',"
                       " owner_host TEXT NOT NULL DEFAULT '',"
                       " created_at TEXT NOT NULL,"
                       " UNIQUE (workspace_id, kind, name))"),
        QStringLiteral("CREATE TABLE wake_ups ("
                       " id $ID,"
                       " workspace_id TEXT NOT NULL,"
                       " kind TEXT NOT NULL,"
                       " name TEXT NOT NULL,"
                       " until_at TEXT NOT NULL,"
                       " owner TEXT NOT NULL DEFAULT '',"
                       " owner_program TEXT NOT NULL DEFAULT '',"
                       " owner_host TEXT NOT NULL DEFAULT '',"
                       " created_at TEXT NOT NULL,"
                       " UNIQUE (workspace_id, kind, name))"),
        // One claim per transition: the INSERT that only one runner wins.
        QStringLiteral("CREATE TABLE transition_claims ("
                       " id $ID,"
                       " workspace_id TEXT NOT NULL,"
                       " kind TEXT NOT NULL,"
                       " name TEXT NOT NULL,"
                       " action TEXT NOT NULL CHECK (action IN ('pause', 'resume')),"
                       " transition_at TEXT NOT NULL,"
                       " source TEXT NOT NULL DEFAULT '',"
                       " claimed_by TEXT NOT NULL DEFAULT '',"
                       " claimed_program TEXT NOT NULL DEFAULT '',"
                       " claimed_host TEXT NOT NULL DEFAULT '',"
                       " claimed_pid $INT64 NOT NULL DEFAULT 0,"
                       " claimed_at TEXT NOT NULL,"
                       " outcome TEXT NOT NULL DEFAULT '',"
                       " message TEXT NOT NULL DEFAULT '',"
                       " UNIQUE (workspace_id, kind, name, action, transition_at))"),
        QStringLiteral("CREATE INDEX transition_claims_by_time ON transition_claims (transition_at)"),
    },
};
static_assert(std::size(kSteps) == SchemaSteps::CurrentVersion, "one migration step per schema version");

using Steps = QList<QStringList>;

Steps expanded(const SqlDialect &dialect)
{
    Steps steps;
    for (const QStringList &step : kSteps) {
        QStringList statements;
        for (const QString &sql : step)
            statements << dialect.expand(sql);
        steps << statements;
    }
    return steps;
}

} // namespace

const QStringList &SchemaSteps::step(int from, const SqlDialect &dialect)
{
    // Expanded once per dialect, on first use (thread-safe static initialisation).
    static const Steps sqliteSteps = expanded(SqlDialect::sqlite());
    static const Steps postgresSteps = expanded(SqlDialect::postgres());
    if (&dialect == &SqlDialect::sqlite())
        return sqliteSteps.at(from);
    if (&dialect == &SqlDialect::postgres())
        return postgresSteps.at(from);
    thread_local Steps other;
    other = expanded(dialect);
    return other.at(from);
}

QString SchemaSteps::readVersionSql()
{
    return QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'");
}

QString SchemaSteps::writeVersionSql()
{
    return QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema_version', :version)"
                          " ON CONFLICT (key) DO UPDATE SET value = excluded.value");
}
