#include "app/storage/sql/sqlschedulestore.h"

#include "app/storage/sql/scheduletable.h"
#include "app/storage/sql/sqlconnection.h"
#include "app/storage/sql/sqlstorage.h"

namespace {

constexpr bool Read = false;
constexpr bool Write = true;

// A table call's optional result as a StoreResult: the value, or the error typed by the backend.
template <typename T>
StoreResult<T> result(SqlConnection &c, std::optional<T> value, const QString &error, bool write)
{
    if (!value)
        return StoreResult<T>::failure(c.error(error, write, write ? StoreError::Kind::Invalid : StoreError::Kind::Other));
    return StoreResult<T>::success(std::move(*value));
}

} // namespace

void SqlScheduleStore::setSchedule(const ScheduleRecord &record, QObject *context, StoreCallback<ScheduleRecord> done)
{
    m_storage.run<ScheduleRecord>(context, Write, [record](SqlConnection &c) {
        QString error;
        return result(c, ScheduleTable(*c.db).setSchedule(record, error), error, Write);
    }, std::move(done));
}

void SqlScheduleStore::removeSchedule(const QString &workspaceId, const QString &kind, const QString &name,
                                      QObject *context, StoreCallback<bool> done)
{
    m_storage.run<bool>(context, Write, [workspaceId, kind, name](SqlConnection &c) {
        QString error;
        return result(c, ScheduleTable(*c.db).removeSchedule(workspaceId, kind, name, error), error, Write);
    }, std::move(done));
}

void SqlScheduleStore::schedules(const QString &workspaceId, QObject *context, StoreCallback<QList<ScheduleRecord>> done)
{
    m_storage.run<QList<ScheduleRecord>>(context, Read, [workspaceId](SqlConnection &c) {
        QString error;
        return result(c, ScheduleTable(*c.db).schedules(workspaceId, error), error, Read);
    }, std::move(done));
}

void SqlScheduleStore::setHold(const ResourceHold &hold, QObject *context, StoreCallback<ResourceHold> done)
{
    m_storage.run<ResourceHold>(context, Write, [hold](SqlConnection &c) {
        QString error;
        return result(c, ScheduleTable(*c.db).setHold(hold, error), error, Write);
    }, std::move(done));
}

void SqlScheduleStore::releaseHold(const QString &workspaceId, const QString &kind, const QString &name,
                                   QObject *context, StoreCallback<bool> done)
{
    m_storage.run<bool>(context, Write, [workspaceId, kind, name](SqlConnection &c) {
        QString error;
        return result(c, ScheduleTable(*c.db).releaseHold(workspaceId, kind, name, error), error, Write);
    }, std::move(done));
}

void SqlScheduleStore::holds(const QString &workspaceId, QObject *context, StoreCallback<QList<ResourceHold>> done)
{
    m_storage.run<QList<ResourceHold>>(context, Read, [workspaceId](SqlConnection &c) {
        QString error;
        return result(c, ScheduleTable(*c.db).holds(workspaceId, error), error, Read);
    }, std::move(done));
}

void SqlScheduleStore::setWakeUp(const WakeUp &wakeUp, QObject *context, StoreCallback<WakeUp> done)
{
    m_storage.run<WakeUp>(context, Write, [wakeUp](SqlConnection &c) {
        QString error;
        return result(c, ScheduleTable(*c.db).setWakeUp(wakeUp, error), error, Write);
    }, std::move(done));
}

void SqlScheduleStore::removeWakeUp(qint64 id, QObject *context, StoreCallback<bool> done)
{
    m_storage.run<bool>(context, Write, [id](SqlConnection &c) {
        QString error;
        return result(c, ScheduleTable(*c.db).removeWakeUp(id, error), error, Write);
    }, std::move(done));
}

void SqlScheduleStore::wakeUps(const QString &workspaceId, QObject *context, StoreCallback<QList<WakeUp>> done)
{
    m_storage.run<QList<WakeUp>>(context, Read, [workspaceId](SqlConnection &c) {
        QString error;
        return result(c, ScheduleTable(*c.db).wakeUps(workspaceId, error), error, Read);
    }, std::move(done));
}

void SqlScheduleStore::removeExpiredHolds(const QString &workspaceId, const QDateTime &now, QObject *context,
                                          StoreCallback<int> done)
{
    m_storage.run<int>(context, Write, [workspaceId, now](SqlConnection &c) {
        QString error;
        return result(c, ScheduleTable(*c.db).removeExpiredHolds(workspaceId, now, error), error, Write);
    }, std::move(done));
}

void SqlScheduleStore::claim(const TransitionClaim &claim, QObject *context, StoreCallback<Claimed> done)
{
    m_storage.run<Claimed>(context, Write, [claim](SqlConnection &c) {
        QString error;
        const auto claimed = ScheduleTable(*c.db).claim(claim, error);
        if (!claimed)
            return StoreResult<Claimed>::failure(c.error(error, Write, StoreError::Kind::Invalid));
        return StoreResult<Claimed>::success(Claimed {claimed->first, claimed->second});
    }, std::move(done));
}

void SqlScheduleStore::finishClaim(qint64 id, const QString &outcome, const QString &message, QObject *context,
                                   StoreCallback<StoreNothing> done)
{
    m_storage.run<StoreNothing>(context, Write, [id, outcome, message](SqlConnection &c) {
        QString error;
        if (!ScheduleTable(*c.db).finishClaim(id, outcome, message, error))
            return StoreResult<StoreNothing>::failure(c.error(error, Write, StoreError::Kind::Other));
        return StoreResult<StoreNothing>::success({});
    }, std::move(done));
}

void SqlScheduleStore::findClaim(const QString &workspaceId, const QString &kind, const QString &name,
                                 const QString &action, const QDateTime &transitionAt, QObject *context,
                                 StoreCallback<std::optional<TransitionClaim>> done)
{
    m_storage.run<std::optional<TransitionClaim>>(context, Read, [=](SqlConnection &c) {
        QString error;
        return result(c, ScheduleTable(*c.db).findClaim(workspaceId, kind, name, action, transitionAt, error), error, Read);
    }, std::move(done));
}

void SqlScheduleStore::claims(const QString &workspaceId, const QDateTime &since, QObject *context,
                              StoreCallback<QList<TransitionClaim>> done)
{
    m_storage.run<QList<TransitionClaim>>(context, Read, [workspaceId, since](SqlConnection &c) {
        QString error;
        return result(c, ScheduleTable(*c.db).claims(workspaceId, since, error), error, Read);
    }, std::move(done));
}
