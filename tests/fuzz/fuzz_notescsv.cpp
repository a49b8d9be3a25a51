// libFuzzer target: NotesCsv::read + NotesTable::importNotes on any file, with a real database in a temporary
// folder (in /dev/shm when there is one, so commits cost nothing).
#include "tests/fuzz/notescsvcheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>

#include <cstdlib>
#include <memory>

namespace {

std::unique_ptr<QTemporaryDir> dir;
std::unique_ptr<LocalDatabase> db;

LocalDatabase *database()
{
    if (!db) {
        const QString base = QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
        dir = std::make_unique<QTemporaryDir>(base + QStringLiteral("/lepton-fuzz-notes-XXXXXX"));
        db = std::make_unique<LocalDatabase>(dir->filePath(QStringLiteral("notes.sqlite")));
        if (!db->isOpen()) {
            std::fprintf(stderr, "cannot open the fuzz database: %s\n", qPrintable(db->errorString()));
            std::abort();
        }
        // Closed before Qt SQL's own globals go away at exit (they were created after
        // anything a static destructor would run before).
        std::atexit([] {
            db.reset();
            dir.reset();
        });
    }
    return db.get();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv); // Qt SQL finds its SQLite plugin through it
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzChecks::checkNotesCsv(*database(), data, size);
    return 0;
}
