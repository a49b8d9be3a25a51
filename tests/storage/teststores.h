#pragma once

#include "tests/support/scratchfolder.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>

class SqlDatabase;

// The stores a storage test runs on, one backend per data row, so the same cases check both
// (the README's "same guarantees"): a row named "sqlite" works on files in a scratch folder,
// a row named "postgres" on fresh databases of the throwaway PostgreSQL server that
// scripts/test starts (its URI in LEPTON_TEST_PG_URI). A test function without rows is
// SQLite's.
//
// Use: addBackendRows() in the test's _data(); connect(name) for each connection (the same
// name is the same store: a second process, a reopen); reset() in cleanup() drops them all.
class TestStores
{
public:
    static constexpr const char *ServerEnvVar = "LEPTON_TEST_PG_URI";

    TestStores() = default;
    ~TestStores();

    static void addBackendRows();
    // The backend: the one forced with useBackend(), else the current row's ("sqlite" or
    // "postgres").
    QString backend() const;
    // For test classes about one backend, without rows.
    void useBackend(const QString &backend) { m_backend = backend; }
    // The throwaway server's URI; empty when scripts/test did not start one.
    static QString serverUri();
    // No server: a test must fail under CI (CI=true), and may skip elsewhere.
    static bool serverRequired();

    // A new open connection to the store `name` of this row (made on first use), or nullptr
    // with errorString() saying why. Any thread may call it once the store exists (call it
    // once on the test's thread first).
    std::unique_ptr<SqlDatabase> connect(const QString &name = QStringLiteral("ledger"));
    // The URI (postgres) or the path (sqlite) of the store `name`, for programs the test runs.
    QString location(const QString &name = QStringLiteral("ledger"));
    QString errorString() const { return m_error; }
    // Drops this row's PostgreSQL databases, removes the folder.
    void reset();

private:
    bool ensure(const QString &name);

    ScratchFolder m_folder;
    bool m_folderReady = false;
    QHash<QString, QString> m_databases; // name -> PostgreSQL database name or file path
    QString m_error;
    QString m_backend;
};

// Opens `var` (std::unique_ptr<SqlDatabase>) on the store `name` of `stores`, or ends the
// test: a failure when the backend must be there (always SQLite; PostgreSQL under CI), a
// skip otherwise.
#define LEPTON_OPEN_STORE(var, stores, name)                                                                   \
    std::unique_ptr<SqlDatabase> var = (stores).connect(name);                                                 \
    do {                                                                                                       \
        if (!var) {                                                                                            \
            if ((stores).backend() == QStringLiteral("sqlite") || TestStores::serverRequired())             \
                QFAIL(qPrintable((stores).errorString()));                                                     \
            QSKIP(qPrintable((stores).errorString()));                                                         \
        }                                                                                                      \
    } while (false)
