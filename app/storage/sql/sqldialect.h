#pragma once

#include <QString>

// The words in which the two SQL dialects of the stores differ, for the statements written
// once for both (SchemaSteps): SQLite's (LocalDatabase) and PostgreSQL's (PostgresDatabase).
// Everything else the stores say is the same SQL in both (ON CONFLICT upserts, named
// placeholders through Qt, times as UTC text: see SqlDatabase).
//
// In a statement, each word is written as its placeholder and put in place by expand().
struct SqlDialect
{
    // $ID: an id column that numbers new rows itself (as released: SQLite's AUTOINCREMENT
    // never reuses an id; PostgreSQL's identity column).
    QString idColumn;
    // $INT64: a 64-bit integer (SQLite's INTEGER is 64 bits already).
    QString int64;
    // $TEXT_KEY: a text primary key (SQLite spells NOT NULL out, as its primary keys other
    // than INTEGER ones would take NULL otherwise).
    QString textKey;

    static const SqlDialect &sqlite();
    static const SqlDialect &postgres();

    // `sql` with every placeholder above replaced by this dialect's words.
    QString expand(QString sql) const;
};
