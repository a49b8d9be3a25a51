#include "app/storage/storeconnectiontest.h"

#include "app/storage/storage.h"
#include "app/storage/storagedisposal.h"
#include "app/storage/storagefactory.h"

#include <QTimer>

StoreConnectionTest::StoreConnectionTest(QObject *parent)
    : QObject(parent)
{
}

// A store still opening (a quiet server) is let go without waiting for it.
StoreConnectionTest::~StoreConnectionTest()
{
    StorageDisposal::disposeLater(std::move(m_storage));
}

void StoreConnectionTest::start(const QString &uri)
{
    const int generation = ++m_generation;
    if (m_storage) {
        disconnect(m_storage.get(), nullptr, this, nullptr);
        StorageDisposal::disposeLater(std::move(m_storage));
    }
    const StorageFactory::Choice choice = StorageFactory::choose(uri);
    QString error;
    std::unique_ptr<Storage> made = choice.backend == StorageFactory::Backend::Invalid ? nullptr
                                                                                       : StorageFactory::open(choice, &error);
    if (!made) {
        const QString message = error.isEmpty() ? choice.error : error;
        QTimer::singleShot(0, this, [this, generation, message] {
            if (generation == m_generation)
                Q_EMIT finished(false, message);
        });
        return;
    }
    m_storage = std::move(made);
    Storage *storage = m_storage.get();
    if (!storage->status().opening) {
        QTimer::singleShot(0, this, [this, storage, generation] { opened(storage, generation); });
        return;
    }
    connect(storage, &Storage::statusChanged, this, [this, storage, generation] {
        if (!storage->status().opening)
            opened(storage, generation);
    });
}

void StoreConnectionTest::opened(Storage *storage, int generation)
{
    disconnect(storage, &Storage::statusChanged, this, nullptr);
    const Storage::Status status = storage->status();
    if (!status.open) {
        finish(storage, generation, false, tr("Could not connect: %1").arg(status.errorString));
        return;
    }
    auto *source = dynamic_cast<StoreInfoSource *>(storage);
    if (!source) {
        finish(storage, generation, true, tr("Connected to %1.").arg(status.location));
        return;
    }
    source->info(this, [this, storage, generation](const StoreResult<StoreInfo> &result) {
        if (!result.ok())
            finish(storage, generation, false, tr("Connected, but the store could not be read: %1").arg(result.error.message));
        else
            finish(storage, generation, true, describe(result.value));
    });
}

void StoreConnectionTest::finish(Storage *storage, int generation, bool ok, const QString &message)
{
    // Let it go from the event loop, not from inside its own callback.
    if (storage == m_storage.get())
        StorageDisposal::disposeLater(std::move(m_storage));
    if (generation != m_generation)
        return;
    Q_EMIT finished(ok, message);
}

QString StoreConnectionTest::describe(const StoreInfo &info)
{
    QString text = tr("Connected as %1 to %2, schema %3 (%4). Open pauses: %5, notes: %6.")
                       .arg(info.user, info.location, QString::number(info.schemaVersion), info.server)
                       .arg(info.openPauses)
                       .arg(info.notes);
    if (info.readOnly)
        text += u' ' + tr("This role may only read: Pause, Resume and notes would be refused.");
    return text;
}
