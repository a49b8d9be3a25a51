#pragma once

#include "app/storage/schedulestore.h"

class SqlStorage;

// ScheduleStore on an SqlStorage's worker, for both SQL backends (SQLite, PostgreSQL): each
// call is one job there, running ScheduleTable's SQL.
class SqlScheduleStore : public ScheduleStore
{
public:
    explicit SqlScheduleStore(SqlStorage &storage) : m_storage(storage) {}

    void setSchedule(const ScheduleRecord &record, QObject *context, StoreCallback<ScheduleRecord> done) override;
    void removeSchedule(const QString &workspaceId, const QString &kind, const QString &name, QObject *context,
                        StoreCallback<bool> done) override;
    void schedules(const QString &workspaceId, QObject *context, StoreCallback<QList<ScheduleRecord>> done) override;
    void setHold(const ResourceHold &hold, QObject *context, StoreCallback<ResourceHold> done) override;
    void releaseHold(const QString &workspaceId, const QString &kind, const QString &name, QObject *context,
                     StoreCallback<bool> done) override;
    void holds(const QString &workspaceId, QObject *context, StoreCallback<QList<ResourceHold>> done) override;
    void setWakeUp(const WakeUp &wakeUp, QObject *context, StoreCallback<WakeUp> done) override;
    void removeWakeUp(qint64 id, QObject *context, StoreCallback<bool> done) override;
    void wakeUps(const QString &workspaceId, QObject *context, StoreCallback<QList<WakeUp>> done) override;
    void removeExpiredHolds(const QString &workspaceId, const QDateTime &now, QObject *context,
                            StoreCallback<int> done) override;
    void claim(const TransitionClaim &claim, QObject *context, StoreCallback<Claimed> done) override;
    void finishClaim(qint64 id, const QString &outcome, const QString &message, QObject *context,
                     StoreCallback<StoreNothing> done) override;
    void findClaim(const QString &workspaceId, const QString &kind, const QString &name, const QString &action,
                   const QDateTime &transitionAt, QObject *context,
                   StoreCallback<std::optional<TransitionClaim>> done) override;
    void claims(const QString &workspaceId, const QDateTime &since, QObject *context,
                StoreCallback<QList<TransitionClaim>> done) override;

private:
    SqlStorage &m_storage;
};
