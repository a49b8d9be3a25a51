#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <QVariantMap>

#include <functional>

class QSqlError;
class QSqlQuery;

// One connection to a database that holds the ledger and the notes, as the tables' SQL
// (LedgerTable, NotesTable) needs it, whatever the dialect: the SQLite file (LocalDatabase)
// or a PostgreSQL server (PostgresDatabase). The tables write only SQL that both dialects
// read the same way; the schema is written once too (SchemaSteps, with SqlDialect's words for
// what the dialects spell differently); what else differs (how the schema is migrated, how a
// write transaction locks, what an error code means) lives in the backend.
//
// Both backends store times as fixed-width UTC ISO 8601 text with milliseconds, so the same
// rows read back the same from either, and text order is time order.
//
// Thread rule (Qt SQL's): create, use and destroy one in one thread.
class SqlDatabase
{
    Q_DECLARE_TR_FUNCTIONS(SqlDatabase)

public:
    // `work` returns false and fills its error argument to roll back.
    using Work = std::function<bool(QString &error)>;

    virtual ~SqlDatabase() = default;

    // The live connection; never call QSqlDatabase::transaction() on it: use transaction().
    virtual QSqlDatabase connection() const = 0;
    // Runs `work` in one write transaction that excludes every other writer of the store
    // until it ends (so a read-then-write inside it cannot race another process). Nested
    // calls join the outer transaction; if a nested call fails, the whole outer transaction
    // is rolled back even if the outer work carries on. On failure returns false and sets
    // `*error`. The backend says how a write transaction begins and what goes with its commit.
    bool transaction(const Work &work, QString *error = nullptr);
    bool inTransaction() const { return m_transactionDepth > 0; }
    // Prepares `sql` on `query` / executes it; on failure a sentence for the user in `error`
    // with the database's own words, and the backend remembers the error's kind.
    virtual bool prepareQuery(QSqlQuery &query, const QString &sql, QString &error) const = 0;
    virtual bool execQuery(QSqlQuery &query, QString &error) const = 0;

    // Prepares `sql`, binds `binds` by name, runs it and calls `row` for each result row.
    // False with `error` set on failure (rows already seen were passed to `row`).
    bool selectRows(const QString &sql, const QVariantMap &binds,
                    const std::function<void(const QSqlQuery &row)> &row, QString &error) const;
    // Prepares `sql`, binds `binds` by name and runs it (one statement): false with `error` set
    // on failure; on success the number of rows it changed in `*rowsAffected`, when given.
    bool execute(const QString &sql, const QVariantMap &binds, QString &error, int *rowsAffected = nullptr) const;

    // How the stores write times: UTC ISO 8601 with milliseconds ("2025-01-31T08:15:00.000Z"),
    // fixed width so that text order is time order. Null/invalid <-> SQL NULL.
    static QVariant toDbTime(const QDateTime &time);
    static QDateTime fromDbTime(const QVariant &value);
    static QVariant toDbDate(const QDate &date);
    static QDate fromDbDate(const QVariant &value);
    // A QString bound as TEXT, never as NULL (Qt binds a null QString as NULL).
    static QVariant toDbText(const QString &text);

protected:
    // Why no write can start now (not open, read-only); empty when one can.
    virtual QString writeRefusal() const = 0;
    // Starts a write transaction on `control` that excludes every other writer.
    virtual bool beginWrite(QSqlQuery &control, QString &error) = 0;
    // Runs inside the transaction just before COMMIT (a notification that goes with it).
    virtual bool beforeCommit(QSqlQuery &control, QString &error);
    // After a ROLLBACK, to tidy the connection.
    virtual void afterRollback(QSqlQuery &control);
    // A failed transaction's sentence, for a backend that keeps the last one.
    virtual void rememberFailure(const QString &error);
    // A database error as a sentence for the user, in the database's own words.
    virtual QString describeSqlError(const QSqlError &error) const = 0;

private:
    // Prepares `sql` on `query`, binds `binds` by name and executes it.
    bool run(QSqlQuery &query, const QString &sql, const QVariantMap &binds, QString &error) const;

    int m_transactionDepth = 0;
    bool m_rollbackOnly = false;
};
