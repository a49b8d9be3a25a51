#include "app/storage/sql/scheduletable.h"

#include "app/storage/changeorigin.h"
#include "app/storage/sql/sqldatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

#include <functional>

namespace {

// A table of this file: its name and the columns its rows are read from.
struct Table
{
    QString name;
    QString columns;
};

const Table kSchedules {QStringLiteral("schedules"),
                       QStringLiteral("id, workspace_id, kind, name, pause_at, resume_at, time_zone, exceptions,"
                                      " force_resume, set_by, set_program, set_host, set_at")};
const Table kHolds {QStringLiteral("holds"),
                    QStringLiteral("id, workspace_id, kind, name, until_at, reason, owner, owner_program, owner_host,"
                                   " created_at")};
const Table kWakeUps {QStringLiteral("wake_ups"),
                      QStringLiteral("id, workspace_id, kind, name, until_at, owner, owner_program, owner_host,"
                                     " created_at")};
const Table kClaims {QStringLiteral("transition_claims"),
                     QStringLiteral("id, workspace_id, kind, name, action, transition_at, source, claimed_by,"
                                    " claimed_program, claimed_host, claimed_pid, claimed_at, outcome, message")};

QString text(const QSqlQuery &q, const char *column)
{
    return q.value(QString::fromLatin1(column)).toString();
}

QDateTime time(const QSqlQuery &q, const char *column)
{
    return SqlDatabase::fromDbTime(q.value(QString::fromLatin1(column)));
}

// Exceptions as a JSON array of texts: one column, read the same by both dialects.
QString exceptionsText(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList exceptionsList(const QString &text)
{
    QStringList list;
    for (const QJsonValue &v : QJsonDocument::fromJson(text.toUtf8()).array())
        list << v.toString();
    return list;
}

// The columns every table here starts with: the row's id and the resource it is about.
template <typename Row>
Row keyFrom(const QSqlQuery &q)
{
    Row r;
    r.id = q.value(QStringLiteral("id")).toLongLong();
    r.workspaceId = text(q, "workspace_id");
    r.kind = text(q, "kind");
    r.name = text(q, "name");
    return r;
}

ScheduleRecord scheduleFrom(const QSqlQuery &q)
{
    auto r = keyFrom<ScheduleRecord>(q);
    r.pause = text(q, "pause_at");
    r.resume = text(q, "resume_at");
    r.timeZone = text(q, "time_zone");
    r.exceptions = exceptionsList(text(q, "exceptions"));
    r.force = q.value(QStringLiteral("force_resume")).toInt() != 0;
    r.setBy = text(q, "set_by");
    r.setProgram = text(q, "set_program");
    r.setHost = text(q, "set_host");
    r.setAt = time(q, "set_at");
    return r;
}

// A hold or a wake-up: until when, and who set it from where.
template <typename Row>
Row ownedFrom(const QSqlQuery &q)
{
    auto r = keyFrom<Row>(q);
    r.until = time(q, "until_at");
    r.owner = text(q, "owner");
    r.ownerProgram = text(q, "owner_program");
    r.ownerHost = text(q, "owner_host");
    r.createdAt = time(q, "created_at");
    return r;
}

ResourceHold holdFrom(const QSqlQuery &q)
{
    auto h = ownedFrom<ResourceHold>(q);
    h.reason = text(q, "reason");
    return h;
}

WakeUp wakeFrom(const QSqlQuery &q)
{
    return ownedFrom<WakeUp>(q);
}

TransitionClaim claimFrom(const QSqlQuery &q)
{
    auto c = keyFrom<TransitionClaim>(q);
    c.action = text(q, "action");
    c.transitionAt = time(q, "transition_at");
    c.source = text(q, "source");
    c.claimedBy = text(q, "claimed_by");
    c.claimedProgram = text(q, "claimed_program");
    c.claimedHost = text(q, "claimed_host");
    c.claimedPid = q.value(QStringLiteral("claimed_pid")).toLongLong();
    c.claimedAt = time(q, "claimed_at");
    c.outcome = text(q, "outcome");
    c.message = text(q, "message");
    return c;
}

// Milliseconds as the store keeps them, so a returned value equals a re-read.
QDateTime stored(const QDateTime &t)
{
    return SqlDatabase::fromDbTime(SqlDatabase::toDbTime(t));
}

QDateTime storedOrNow(const QDateTime &t)
{
    return stored(t.isValid() ? t : QDateTime::currentDateTimeUtc());
}

// "WHERE workspace_id = :ws" or nothing for every workspace.
QString workspaceFilter(const QString &workspaceId, QVariantMap &binds, const QString &joiner = QStringLiteral(" WHERE "))
{
    if (workspaceId.isEmpty())
        return QString();
    binds.insert(QStringLiteral(":ws"), workspaceId);
    return joiner + QStringLiteral("workspace_id = :ws");
}

QVariantMap keyBinds(const QString &workspaceId, const QString &kind, const QString &name)
{
    return {{QStringLiteral(":ws"), workspaceId}, {QStringLiteral(":kind"), kind}, {QStringLiteral(":name"), name}};
}

const QString kKey = QStringLiteral("workspace_id = :ws AND kind = :kind AND name = :name");

// "SELECT <columns> FROM <table>", the start of every read.
QString selectFrom(const Table &table)
{
    return QStringLiteral("SELECT ") + table.columns + QStringLiteral(" FROM ") + table.name;
}

// Every row of `table`, of one workspace or of all, by resource.
template <typename Row>
std::optional<QList<Row>> listOf(const SqlDatabase &db, const Table &table, Row (*from)(const QSqlQuery &),
                                 const QString &workspaceId, QString &error)
{
    QList<Row> list;
    QVariantMap binds;
    const QString sql = selectFrom(table) + workspaceFilter(workspaceId, binds)
        + QStringLiteral(" ORDER BY workspace_id, kind, name");
    if (!db.selectRows(sql, binds, [&list, from](const QSqlQuery &q) { list << from(q); }, error))
        return std::nullopt;
    return list;
}

// In one transaction: `write`, then the row of `table` with the resource key of `key` as stored.
template <typename Row>
std::optional<Row> writeThenRead(SqlDatabase &db, const Table &table, Row (*from)(const QSqlQuery &), const Row &key,
                                 const std::function<bool(QString &)> &write, QString &error)
{
    std::optional<Row> result;
    const bool ok = db.transaction([&](QString &err) {
        if (!write(err))
            return false;
        return db.selectRows(selectFrom(table) + QStringLiteral(" WHERE ") + kKey,
                             keyBinds(key.workspaceId, key.kind, key.name),
                             [&result, from](const QSqlQuery &q) { result = from(q); }, err);
    }, &error);
    if (!ok)
        return std::nullopt;
    return result;
}

// A hold or a wake-up as it will be stored: times in the store's precision, made now by this
// process.
template <typename Row>
Row stampedOwned(const Row &row)
{
    Row r = row;
    r.until = stored(row.until);
    r.createdAt = storedOrNow(row.createdAt);
    r.ownerProgram = ChangeOrigin::current().program;
    r.ownerHost = ChangeOrigin::current().host;
    return r;
}

// The binds of a hold's or a wake-up's columns, the key included.
template <typename Row>
QVariantMap ownedBinds(const Row &r)
{
    QVariantMap binds = keyBinds(r.workspaceId, r.kind, r.name);
    binds.insert(QStringLiteral(":until"), SqlDatabase::toDbTime(r.until));
    binds.insert(QStringLiteral(":owner"), SqlDatabase::toDbText(r.owner));
    binds.insert(QStringLiteral(":ownerProgram"), SqlDatabase::toDbText(r.ownerProgram));
    binds.insert(QStringLiteral(":ownerHost"), SqlDatabase::toDbText(r.ownerHost));
    binds.insert(QStringLiteral(":createdAt"), SqlDatabase::toDbTime(r.createdAt));
    return binds;
}

// The claim of one transition (binds :ws, :kind, :name, :action, :at), if there is one.
bool findClaimIn(const SqlDatabase &db, const QVariantMap &binds, std::optional<TransitionClaim> &found, QString &error)
{
    return db.selectRows(selectFrom(kClaims) + QStringLiteral(" WHERE ") + kKey
                             + QStringLiteral(" AND action = :action AND transition_at = :at"),
                         binds, [&found](const QSqlQuery &q) { found = claimFrom(q); }, error);
}

} // namespace

std::optional<ScheduleRecord> ScheduleTable::setSchedule(const ScheduleRecord &record, QString &error)
{
    if (record.workspaceId.isEmpty() || record.kind.isEmpty() || record.name.isEmpty()) {
        error = tr("A schedule needs a workspace, a kind and a name.");
        return std::nullopt;
    }
    ScheduleRecord r = record;
    r.setAt = storedOrNow(record.setAt);
    r.setProgram = ChangeOrigin::current().program;
    r.setHost = ChangeOrigin::current().host;
    QVariantMap binds = keyBinds(r.workspaceId, r.kind, r.name);
    binds.insert(QStringLiteral(":pause"), r.pause);
    binds.insert(QStringLiteral(":resume"), r.resume);
    binds.insert(QStringLiteral(":zone"), SqlDatabase::toDbText(r.timeZone));
    binds.insert(QStringLiteral(":exceptions"), exceptionsText(r.exceptions));
    binds.insert(QStringLiteral(":force"), r.force ? 1 : 0);
    binds.insert(QStringLiteral(":setBy"), SqlDatabase::toDbText(r.setBy));
    binds.insert(QStringLiteral(":setProgram"), SqlDatabase::toDbText(r.setProgram));
    binds.insert(QStringLiteral(":setHost"), SqlDatabase::toDbText(r.setHost));
    binds.insert(QStringLiteral(":setAt"), SqlDatabase::toDbTime(r.setAt));
    return writeThenRead<ScheduleRecord>(m_db, kSchedules, scheduleFrom, r, [&](QString &err) {
        return m_db.execute(
            QStringLiteral("INSERT INTO schedules (workspace_id, kind, name, pause_at, resume_at, time_zone,"
                           " exceptions, force_resume, set_by, set_program, set_host, set_at)"
                           " VALUES (:ws, :kind, :name, :pause, :resume, :zone, :exceptions, :force, :setBy,"
                           " :setProgram, :setHost, :setAt)"
                           " ON CONFLICT (workspace_id, kind, name) DO UPDATE SET pause_at = excluded.pause_at,"
                           " resume_at = excluded.resume_at, time_zone = excluded.time_zone,"
                           " exceptions = excluded.exceptions, force_resume = excluded.force_resume,"
                           " set_by = excluded.set_by, set_program = excluded.set_program,"
                           " set_host = excluded.set_host, set_at = excluded.set_at"),
            binds, err);
    }, error);
}

std::optional<bool> ScheduleTable::removeByKey(const QString &table, const QString &workspaceId, const QString &kind,
                                               const QString &name, QString &error)
{
    int rows = 0;
    const bool ok = m_db.transaction([&](QString &err) {
        return m_db.execute(QStringLiteral("DELETE FROM %1 WHERE ").arg(table) + kKey, keyBinds(workspaceId, kind, name),
                            err, &rows);
    }, &error);
    if (!ok)
        return std::nullopt;
    return rows > 0;
}

std::optional<bool> ScheduleTable::removeSchedule(const QString &workspaceId, const QString &kind, const QString &name,
                                                  QString &error)
{
    return removeByKey(kSchedules.name, workspaceId, kind, name, error);
}

std::optional<QList<ScheduleRecord>> ScheduleTable::schedules(const QString &workspaceId, QString &error) const
{
    return listOf<ScheduleRecord>(m_db, kSchedules, scheduleFrom, workspaceId, error);
}

std::optional<ResourceHold> ScheduleTable::setHold(const ResourceHold &hold, QString &error)
{
    if (hold.workspaceId.isEmpty() || hold.kind.isEmpty() || hold.name.isEmpty() || !hold.until.isValid()) {
        error = tr("A hold needs a workspace, a kind, a name and an end time.");
        return std::nullopt;
    }
    const ResourceHold h = stampedOwned(hold);
    QVariantMap binds = ownedBinds(h);
    binds.insert(QStringLiteral(":reason"), SqlDatabase::toDbText(h.reason));
    return writeThenRead<ResourceHold>(m_db, kHolds, holdFrom, h, [&](QString &err) {
        return m_db.execute(
            QStringLiteral("INSERT INTO holds (workspace_id, kind, name, until_at, reason, owner, owner_program,"
                           " owner_host, created_at)"
                           " VALUES (:ws, :kind, :name, :until, :reason, :owner, :ownerProgram, :ownerHost, :createdAt)"
                           " ON CONFLICT (workspace_id, kind, name) DO UPDATE SET until_at = excluded.until_at,"
                           " reason = excluded.reason, owner = excluded.owner, owner_program = excluded.owner_program,"
                           " owner_host = excluded.owner_host, created_at = excluded.created_at"),
            binds, err);
    }, error);
}

std::optional<bool> ScheduleTable::releaseHold(const QString &workspaceId, const QString &kind, const QString &name,
                                               QString &error)
{
    return removeByKey(kHolds.name, workspaceId, kind, name, error);
}

std::optional<QList<ResourceHold>> ScheduleTable::holds(const QString &workspaceId, QString &error) const
{
    return listOf<ResourceHold>(m_db, kHolds, holdFrom, workspaceId, error);
}

std::optional<int> ScheduleTable::removeExpiredHolds(const QString &workspaceId, const QDateTime &now, QString &error)
{
    int rows = 0;
    const bool ok = m_db.transaction([&](QString &err) {
        QVariantMap binds {{QStringLiteral(":now"), SqlDatabase::toDbTime(now)}};
        return m_db.execute(QStringLiteral("DELETE FROM holds WHERE until_at <= :now")
                                + workspaceFilter(workspaceId, binds, QStringLiteral(" AND ")),
                            binds, err, &rows);
    }, &error);
    if (!ok)
        return std::nullopt;
    return rows;
}

std::optional<WakeUp> ScheduleTable::setWakeUp(const WakeUp &wakeUp, QString &error)
{
    if (wakeUp.workspaceId.isEmpty() || wakeUp.kind.isEmpty() || wakeUp.name.isEmpty() || !wakeUp.until.isValid()) {
        error = tr("A wake-up needs a workspace, a kind, a name and an end time.");
        return std::nullopt;
    }
    const WakeUp w = stampedOwned(wakeUp);
    const QVariantMap binds = ownedBinds(w);
    return writeThenRead<WakeUp>(m_db, kWakeUps, wakeFrom, w, [&](QString &err) {
        // A new wake-up is a new row (a new id), so the runner ending the old one by id never
        // removes the new one.
        return m_db.execute(QStringLiteral("DELETE FROM wake_ups WHERE ") + kKey, keyBinds(w.workspaceId, w.kind, w.name),
                            err)
            && m_db.execute(QStringLiteral("INSERT INTO wake_ups (workspace_id, kind, name, until_at, owner, owner_program,"
                                           " owner_host, created_at)"
                                           " VALUES (:ws, :kind, :name, :until, :owner, :ownerProgram, :ownerHost,"
                                           " :createdAt)"),
                            binds, err);
    }, error);
}

std::optional<bool> ScheduleTable::removeWakeUp(qint64 id, QString &error)
{
    int rows = 0;
    const bool ok = m_db.transaction([&](QString &err) {
        return m_db.execute(QStringLiteral("DELETE FROM wake_ups WHERE id = :id"), {{QStringLiteral(":id"), id}}, err,
                            &rows);
    }, &error);
    if (!ok)
        return std::nullopt;
    return rows > 0;
}

std::optional<QList<WakeUp>> ScheduleTable::wakeUps(const QString &workspaceId, QString &error) const
{
    return listOf<WakeUp>(m_db, kWakeUps, wakeFrom, workspaceId, error);
}

std::optional<std::pair<TransitionClaim, bool>> ScheduleTable::claim(const TransitionClaim &claim, QString &error)
{
    if (claim.workspaceId.isEmpty() || claim.kind.isEmpty() || claim.name.isEmpty() || !claim.transitionAt.isValid()
        || (claim.action != QLatin1String("pause") && claim.action != QLatin1String("resume"))) {
        error = tr("A transition claim needs a workspace, a resource, \"pause\" or \"resume\" and a time.");
        return std::nullopt;
    }
    TransitionClaim c = claim;
    c.transitionAt = stored(claim.transitionAt);
    c.claimedAt = storedOrNow(claim.claimedAt);
    const ChangeOrigin origin = ChangeOrigin::current();
    c.claimedProgram = origin.program;
    c.claimedHost = origin.host;
    c.claimedPid = origin.pid;
    c.outcome.clear();
    c.message.clear();
    std::optional<std::pair<TransitionClaim, bool>> result;
    const bool ok = m_db.transaction([&](QString &err) {
        QVariantMap binds = keyBinds(c.workspaceId, c.kind, c.name);
        binds.insert(QStringLiteral(":action"), c.action);
        binds.insert(QStringLiteral(":at"), SqlDatabase::toDbTime(c.transitionAt));
        QVariantMap insert = binds;
        insert.insert(QStringLiteral(":source"), SqlDatabase::toDbText(c.source));
        insert.insert(QStringLiteral(":by"), SqlDatabase::toDbText(c.claimedBy));
        insert.insert(QStringLiteral(":program"), SqlDatabase::toDbText(c.claimedProgram));
        insert.insert(QStringLiteral(":host"), SqlDatabase::toDbText(c.claimedHost));
        insert.insert(QStringLiteral(":pid"), c.claimedPid);
        insert.insert(QStringLiteral(":claimedAt"), SqlDatabase::toDbTime(c.claimedAt));
        int rows = 0;
        // The unique key decides: whoever inserts first wins, every other INSERT does nothing.
        if (!m_db.execute(
                QStringLiteral("INSERT INTO transition_claims (workspace_id, kind, name, action, transition_at, source,"
                               " claimed_by, claimed_program, claimed_host, claimed_pid, claimed_at)"
                               " VALUES (:ws, :kind, :name, :action, :at, :source, :by, :program, :host, :pid, :claimedAt)"
                               " ON CONFLICT (workspace_id, kind, name, action, transition_at) DO NOTHING"),
                insert, err, &rows))
            return false;
        std::optional<TransitionClaim> found;
        if (!findClaimIn(m_db, binds, found, err))
            return false;
        if (!found) {
            err = tr("The transition claim was not stored.");
            return false;
        }
        result = std::make_pair(*found, rows == 1);
        return true;
    }, &error);
    if (!ok)
        return std::nullopt;
    return result;
}

bool ScheduleTable::finishClaim(qint64 id, const QString &outcome, const QString &message, QString &error)
{
    return m_db.transaction([&](QString &err) {
        return m_db.execute(QStringLiteral("UPDATE transition_claims SET outcome = :outcome, message = :message WHERE id = :id"),
                            {{QStringLiteral(":outcome"), SqlDatabase::toDbText(outcome)},
                             {QStringLiteral(":message"), SqlDatabase::toDbText(message)},
                             {QStringLiteral(":id"), id}},
                            err);
    }, &error);
}

std::optional<std::optional<TransitionClaim>> ScheduleTable::findClaim(const QString &workspaceId, const QString &kind,
                                                                       const QString &name, const QString &action,
                                                                       const QDateTime &transitionAt,
                                                                       QString &error) const
{
    QVariantMap binds = keyBinds(workspaceId, kind, name);
    binds.insert(QStringLiteral(":action"), action);
    binds.insert(QStringLiteral(":at"), SqlDatabase::toDbTime(transitionAt));
    std::optional<TransitionClaim> found;
    if (!findClaimIn(m_db, binds, found, error))
        return std::nullopt;
    return found;
}

std::optional<QList<TransitionClaim>> ScheduleTable::claims(const QString &workspaceId, const QDateTime &since,
                                                            QString &error) const
{
    QList<TransitionClaim> list;
    QVariantMap binds {{QStringLiteral(":since"), SqlDatabase::toDbTime(since.isValid() ? since
                                                                                       : QDateTime::fromMSecsSinceEpoch(0, Qt::UTC))}};
    const QString sql = selectFrom(kClaims) + QStringLiteral(" WHERE transition_at >= :since")
        + workspaceFilter(workspaceId, binds, QStringLiteral(" AND ")) + QStringLiteral(" ORDER BY transition_at DESC, id DESC");
    if (!m_db.selectRows(sql, binds, [&list](const QSqlQuery &q) { list << claimFrom(q); }, error))
        return std::nullopt;
    return list;
}
