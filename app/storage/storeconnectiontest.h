#pragma once

#include "app/storage/storeinfo.h"

#include <QObject>
#include <QString>

#include <memory>

class Storage;

// "Test Connection" of the Team Store settings: opens the store a URI names, the way the
// console would (StorageFactory, so a team store connects and migrates on its own worker
// thread and the caller's thread never waits), asks it what it is (StoreInfo), then lets it
// go. finished() comes once per start(), later from the event loop, with a sentence for the
// user that keeps the server's own words. The URI may carry a password: no message has it.
class StoreConnectionTest : public QObject
{
    Q_OBJECT

public:
    explicit StoreConnectionTest(QObject *parent = nullptr);
    ~StoreConnectionTest() override;

    // Starts a test; one that is still running is dropped (its result never comes).
    void start(const QString &uri);
    bool isRunning() const { return m_storage != nullptr; }

    // "Connected as lepton to postgresql://…, schema 3 (PostgreSQL 15.8). Open pauses: 4, notes: 9."
    static QString describe(const StoreInfo &info);

Q_SIGNALS:
    void finished(bool ok, const QString &message);

private:
    void opened(Storage *storage, int generation);
    void finish(Storage *storage, int generation, bool ok, const QString &message);

    std::unique_ptr<Storage> m_storage; // the store under test, until its test ends
    int m_generation = 0;
};
