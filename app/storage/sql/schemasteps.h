#pragma once

#include "app/storage/sql/sqldialect.h"

#include <QList>
#include <QString>
#include <QStringList>

// The schema of a store, written once for both backends: the migration steps from each
// version to the next, in the dialect asked for (SqlDialect). LocalDatabase and
// PostgresDatabase each run them with their own mechanism (SQLite: every missing step in one
// BEGIN IMMEDIATE transaction; PostgreSQL: one transaction per step under the store's
// advisory write lock), and record the version in the `meta` row schema_version.
//
// A fresh store runs every step, so the upgrade path from each older version is the path
// every new store takes. Never edit a released step (the statements, and the text SQLite
// keeps of them, are what the stores out there have): add a step and bump CurrentVersion.
class SchemaSteps
{
public:
    // 1: notes(text, author, created_at) and pause_ledger without remind_on.
    // 2: notes gain edited_at, at_pause, pause_entry_id; pause_ledger gains remind_on.
    // 3: pause_ledger gains kind, saved_state.
    // 4: where a change came from (#19): pause_ledger gains paused_program, paused_host,
    //    paused_pid, closed_program, closed_host; notes gain author_program, author_host.
    // 5: shape_prices, the price of one replica of a shape per hour (savings, #22).
    // 6: schedules, holds, wake-ups and transition claims (#21).
    static constexpr int CurrentVersion = 6;

    // The statements that turn schema version `from` into `from` + 1 (0 <= from < CurrentVersion).
    static const QStringList &step(int from, const SqlDialect &dialect);

    // Reads the version: one row with one text column, none when it was never written.
    static QString readVersionSql();
    // Records the version, bound as :version (text), whether or not there was one.
    static QString writeVersionSql();
};
