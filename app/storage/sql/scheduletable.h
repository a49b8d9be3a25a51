#pragma once

#include "app/storage/resourcehold.h"
#include "app/storage/schedulerecord.h"
#include "app/storage/transitionclaim.h"
#include "app/storage/wakeup.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class SqlDatabase;

// The SQL of schedules, holds, wake-ups and transition claims (schema 6) on one connection of
// either dialect (SQLite, PostgreSQL): what SqlScheduleStore runs on its worker thread. Plain
// class; each call returns nullopt / false and fills `error` (the database's words) on failure.
// Writes run in SqlDatabase::transaction() and stamp this process's ChangeOrigin.
class ScheduleTable
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleTable)

public:
    explicit ScheduleTable(SqlDatabase &database) : m_db(database) {}

    std::optional<ScheduleRecord> setSchedule(const ScheduleRecord &record, QString &error);
    std::optional<bool> removeSchedule(const QString &workspaceId, const QString &kind, const QString &name,
                                       QString &error);
    std::optional<QList<ScheduleRecord>> schedules(const QString &workspaceId, QString &error) const;

    std::optional<ResourceHold> setHold(const ResourceHold &hold, QString &error);
    std::optional<bool> releaseHold(const QString &workspaceId, const QString &kind, const QString &name,
                                    QString &error);
    std::optional<QList<ResourceHold>> holds(const QString &workspaceId, QString &error) const;
    std::optional<int> removeExpiredHolds(const QString &workspaceId, const QDateTime &now, QString &error);

    std::optional<WakeUp> setWakeUp(const WakeUp &wakeUp, QString &error);
    std::optional<bool> removeWakeUp(qint64 id, QString &error);
    std::optional<QList<WakeUp>> wakeUps(const QString &workspaceId, QString &error) const;

    // won: our INSERT took the key; else `claim` is the row that had it.
    std::optional<std::pair<TransitionClaim, bool>> claim(const TransitionClaim &claim, QString &error);
    bool finishClaim(qint64 id, const QString &outcome, const QString &message, QString &error);
    std::optional<std::optional<TransitionClaim>> findClaim(const QString &workspaceId, const QString &kind,
                                                            const QString &name, const QString &action,
                                                            const QDateTime &transitionAt, QString &error) const;
    std::optional<QList<TransitionClaim>> claims(const QString &workspaceId, const QDateTime &since,
                                                 QString &error) const;

private:
    // Deletes the rows of `table` with the resource key: whether there were any; nullopt on failure.
    std::optional<bool> removeByKey(const QString &table, const QString &workspaceId, const QString &kind,
                                    const QString &name, QString &error);

    SqlDatabase &m_db;
};
