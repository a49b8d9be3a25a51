#include "tests/support/addconfirmedpause.h"

#include "app/storage/note.h"
#include "app/storage/sqlite/notestable.h"
#include "app/storage/sqlite/ledgertable.h"

PauseEntry addConfirmedPause(LedgerTable &ledger, NotesTable &notes, const PauseEntry &entry)
{
    const LedgerTable::BeginResult begun = ledger.beginPause(entry);
    if (!begun.ok())
        qFatal("beginPause failed: %s", qPrintable(begun.error));
    if (!ledger.markActive(begun.entry.id))
        qFatal("markActive failed: %s", qPrintable(ledger.lastError()));
    if (!entry.reason.isEmpty()) {
        Note note;
        note.workspaceId = entry.workspaceId;
        note.deploymentName = entry.deploymentName;
        note.text = entry.reason;
        note.author = entry.pausedBy;
        note.createdAt = entry.pausedAt;
        note.atPause = true;
        note.pauseEntryId = begun.entry.id;
        if (!notes.add(note))
            qFatal("add note failed: %s", qPrintable(notes.lastError()));
    }
    return *ledger.entry(begun.entry.id);
}
