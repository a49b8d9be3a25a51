#pragma once

#include "app/storage/pauseentry.h"

class NotesTable;
class LedgerTable;

// Records a pause as PauseController leaves it once the server confirmed it: `entry` begun in
// the ledger and marked active, and its reason (when there is one) written as the first note,
// at the pause's time, by the one who paused, linked to the entry. Returns the stored entry.
// A failure stops the run (qFatal): the tests build on these rows.
PauseEntry addConfirmedPause(LedgerTable &ledger, NotesTable &notes, const PauseEntry &entry);
