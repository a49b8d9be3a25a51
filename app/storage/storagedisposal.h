#pragma once

#include <memory>

class Storage;

// Letting go of a store without waiting for it. A Storage's destructor waits for the calls
// already queued on its worker (a write is never cut off), and a team store whose server has
// gone quiet can keep one going for its whole connect timeout: deleting it on the GUI thread
// would freeze the window that long. disposeLater() returns at once; the store is deleted
// from the event loop once one last call behind all the others has answered (so its
// destructor then waits for nothing), or with the application at the latest.
namespace StorageDisposal {
void disposeLater(std::unique_ptr<Storage> storage);
}
