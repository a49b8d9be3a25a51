#include "app/storage/storagedisposal.h"

#include "app/storage/pauseledger.h"
#include "app/storage/storage.h"

#include <QCoreApplication>

namespace StorageDisposal {

void disposeLater(std::unique_ptr<Storage> storage)
{
    if (!storage)
        return;
    Storage *retired = storage.release();
    retired->setParent(QCoreApplication::instance()); // owned until its last answer, or until the end
    // Calls on a store run in the order made: when this one answers, every earlier one has ended.
    retired->ledger().openEntry(QString(), QString(), retired,
                                [retired](const StoreResult<std::optional<PauseEntry>> &) { retired->deleteLater(); });
}

} // namespace StorageDisposal
