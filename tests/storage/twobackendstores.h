#pragma once

#include "tests/storage/teststores.h"
#include "tests/support/scratchfolder.h"

#include <QString>
#include <QtTest>

#include <memory>

class Storage;

// The stores of a storage test on both backends (TestStores: one per data row) with what
// these tests do again and again: a scratch folder for the files a test writes itself, and
// the store opened through StorageFactory as the programs open it. renew() in init(), reset()
// in cleanup().
class TwoBackendStores : public TestStores
{
public:
    // A new, empty scratch folder. False, with folderError() saying why, when it cannot be made.
    bool renew();
    // Drops this row's stores (TestStores::reset()) and removes the scratch folder.
    void reset();
    QString folderError() const { return m_folder.errorString(); }
    QString folderPath() const { return m_folder.path(); }
    QString filePath(const QString &name) const { return m_folder.filePath(name); }

    // The store `name` of this row opened through StorageFactory and waited for until open;
    // nullptr with errorString() saying why when it has no place.
    std::unique_ptr<Storage> open(const QString &name = QStringLiteral("ledger"));

private:
    ScratchFolder m_folder;
};

// Opens `var` (std::unique_ptr<Storage>) on the store `name` of `stores` (TwoBackendStores)
// through the factory, or ends the test: a failure when the backend must be there (always
// SQLite; PostgreSQL under CI), a skip otherwise.
#define LEPTON_OPEN_STORAGE(var, stores, name)                                                                 \
    std::unique_ptr<Storage> var = (stores).open(name);                                                        \
    do {                                                                                                       \
        if (!var || !var->status().open) {                                                                     \
            const QString why = var ? var->status().errorString : (stores).errorString();                     \
            if ((stores).backend() == QStringLiteral("sqlite") || TestStores::serverRequired())               \
                QFAIL(qPrintable(why));                                                                        \
            QSKIP(qPrintable(why));                                                                            \
        }                                                                                                      \
    } while (false)
