#pragma once

#include "app/storage/pauseledger.h"

class SqlStorage;

// PauseLedger on an SqlStorage's worker, for both SQL backends (SQLite, PostgreSQL; the name
// is from before the second): each call is one job there, running LedgerTable's SQL (the
// ledger's rules live in it: compare-and-set, insert unless open, one transaction per write).
class SqlitePauseLedger : public PauseLedger
{
public:
    explicit SqlitePauseLedger(SqlStorage &storage) : m_storage(storage) {}

    void openEntry(const QString &workspaceId, const QString &deploymentName, QObject *context,
                   StoreCallback<std::optional<PauseEntry>> done) override;
    void entry(qint64 id, QObject *context, StoreCallback<PauseEntry> done) override;
    void beginPause(const PauseEntry &entry, QObject *context, StoreCallback<Begun> done) override;
    void compareAndSet(qint64 id, PauseEntry::State expected, PauseEntry::State target, const QString &closedBy,
                       QObject *context, StoreCallback<Settled> done) override;
    void reopen(const PauseEntry &closed, QObject *context, StoreCallback<Begun> done) override;
    void updateSavedValues(qint64 id, int savedMinReplicas, std::optional<int> savedMaxReplicas,
                           const QJsonObject &savedAutoScaler, bool hadAutoScaler, QObject *context,
                           StoreCallback<PauseEntry> done) override;
    void updatePausedSnapshot(qint64 id, const QJsonObject &snapshot, QObject *context,
                              StoreCallback<PauseEntry> done) override;
    void setRemindOn(qint64 id, const QDate &remindOn, QObject *context, StoreCallback<StoreNothing> done) override;
    void openEntries(const QString &workspaceId, QObject *context, StoreCallback<QList<PauseEntry>> done) override;
    void history(const QString &workspaceId, const QString &deploymentName, QObject *context,
                 StoreCallback<QList<PauseEntry>> done) override;
    void allOpenEntries(QObject *context, StoreCallback<QList<PauseEntry>> done) override;
    void entriesBetween(const QString &workspaceId, const QDateTime &since, const QDateTime &until, QObject *context,
                        StoreCallback<QList<PauseEntry>> done) override;
    void openPauses(const QString &workspaceId, QObject *context, StoreCallback<QList<OpenPause>> done) override;
    void overlay(const QString &workspaceId, QObject *context, StoreCallback<Overlay> done) override;
    void importEntries(const QList<PauseEntry> &entries, const ImportResult &result, QObject *context,
                       StoreCallback<ImportResult> done) override;

private:
    SqlStorage &m_storage;
};
