#pragma once

#include "tests/storage/teststores.h"
#include "tests/support/cliworkspace.h"

#include <QtTest>

// Sets `args` (a QStringList) to where this row's CLI runs keep their data: --data-dir and the
// folder of `workspace` (a CliWorkspace) on a "sqlite" row and in a test function without
// rows, --store and the URI of the store `name` of `stores` (TestStores) on a "postgres" row.
// Without a server it ends the test: a failure under CI, a skip elsewhere; a store that cannot
// be made is a failure.
#define LEPTON_CLI_STORE_ARGUMENTS(args, workspace, stores, name)                                              \
    do {                                                                                                       \
        if (!QTest::currentDataTag() || (stores).backend() == QStringLiteral("sqlite")) {                      \
            (args) = (workspace).dataDirArguments();                                                           \
            break;                                                                                             \
        }                                                                                                      \
        if (TestStores::serverUri().isEmpty()) {                                                               \
            if (TestStores::serverRequired())                                                                  \
                QFAIL("No PostgreSQL server (LEPTON_TEST_PG_URI is not set; scripts/test starts one).");       \
            QSKIP("No PostgreSQL server (LEPTON_TEST_PG_URI; scripts/test starts one).");                     \
        }                                                                                                      \
        const QString storeUri = (stores).location(name);                                                      \
        QVERIFY2(!storeUri.isEmpty(), qPrintable((stores).errorString()));                                     \
        (args) = QStringList {QStringLiteral("--store"), storeUri};                                            \
    } while (false)
