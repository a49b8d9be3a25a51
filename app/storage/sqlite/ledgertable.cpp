#include "app/storage/sqlite/ledgertable.h"

#include "app/storage/changeorigin.h"
#include "app/storage/sql/sqldatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace {


const QString kColumns = QStringLiteral(
    "id, workspace_id, deployment_name, saved_min_replicas, saved_max_replicas,"
    " saved_auto_scaler, paused_snapshot, paused_version, paused_by, paused_at, reason,"
    " remind_on, state, closed_at, closed_by, kind, saved_state, paused_program, paused_host,"
    " paused_pid, closed_program, closed_host");

const QString kOpenStates = QStringLiteral("state IN ('pending', 'active')");

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject jsonObject(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

PauseEntry fromRow(const QSqlQuery &query)
{
    PauseEntry entry;
    entry.id = query.value(QStringLiteral("id")).toLongLong();
    entry.workspaceId = query.value(QStringLiteral("workspace_id")).toString();
    entry.deploymentName = query.value(QStringLiteral("deployment_name")).toString();
    entry.savedMinReplicas = query.value(QStringLiteral("saved_min_replicas")).toInt();
    const QVariant max = query.value(QStringLiteral("saved_max_replicas"));
    if (!max.isNull())
        entry.savedMaxReplicas = max.toInt();
    // SQL NULL = no auto_scaler at all; '{}' = an empty block. The difference matters to
    // restorePatch().
    const QVariant autoScaler = query.value(QStringLiteral("saved_auto_scaler"));
    entry.hadAutoScaler = !autoScaler.isNull();
    if (entry.hadAutoScaler)
        entry.savedAutoScaler = jsonObject(autoScaler);
    entry.kind = query.value(QStringLiteral("kind")).toString();
    const QVariant savedState = query.value(QStringLiteral("saved_state"));
    if (!savedState.isNull())
        entry.savedState = jsonObject(savedState);
    entry.pausedSnapshot = jsonObject(query.value(QStringLiteral("paused_snapshot")));
    entry.pausedVersion = query.value(QStringLiteral("paused_version")).toLongLong();
    entry.pausedBy = query.value(QStringLiteral("paused_by")).toString();
    entry.pausedAt = SqlDatabase::fromDbTime(query.value(QStringLiteral("paused_at")));
    entry.reason = query.value(QStringLiteral("reason")).toString();
    entry.remindOn = SqlDatabase::fromDbDate(query.value(QStringLiteral("remind_on")));
    // The CHECK constraint admits only known words.
    entry.state = PauseEntry::stateFromString(query.value(QStringLiteral("state")).toString())
                      .value_or(PauseEntry::State::Abandoned);
    entry.closedAt = SqlDatabase::fromDbTime(query.value(QStringLiteral("closed_at")));
    entry.closedBy = query.value(QStringLiteral("closed_by")).toString();
    entry.pausedProgram = query.value(QStringLiteral("paused_program")).toString();
    entry.pausedHost = query.value(QStringLiteral("paused_host")).toString();
    entry.pausedPid = query.value(QStringLiteral("paused_pid")).toLongLong();
    entry.closedProgram = query.value(QStringLiteral("closed_program")).toString();
    entry.closedHost = query.value(QStringLiteral("closed_host")).toString();
    return entry;
}

QVariant optionalInt(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant();
}

// Times are stored with millisecond precision; trimming up front makes the entry returned by
// beginPause() equal to the one read back later.
QDateTime storedTime(const QDateTime &time)
{
    return SqlDatabase::fromDbTime(SqlDatabase::toDbTime(time));
}

} // namespace

LedgerTable::LedgerTable(SqlDatabase &database)
    : m_db(database)
{
}

bool LedgerTable::report(bool ok, const QString &error) const
{
    m_lastError = ok ? QString() : error;
    return ok;
}

QList<PauseEntry> LedgerTable::select(const QString &where, const QVariantMap &binds,
                                      const QString &orderBy) const
{
    QList<PauseEntry> entries;
    QString error;
    const bool ok = m_db.selectRows(QStringLiteral("SELECT %1 FROM pause_ledger WHERE %2 ORDER BY %3").arg(kColumns, where, orderBy),
                                    binds, [&entries](const QSqlQuery &row) { entries << fromRow(row); }, error);
    report(ok, error);
    return ok ? entries : QList<PauseEntry>();
}

std::optional<PauseEntry> LedgerTable::fetchOpen(const QString &workspaceId,
                                                 const QString &deploymentName, QString &error) const
{
    const QList<PauseEntry> found = select(
        QStringLiteral("workspace_id = :ws AND deployment_name = :name AND %1").arg(kOpenStates),
        {{QStringLiteral(":ws"), workspaceId}, {QStringLiteral(":name"), deploymentName}},
        QStringLiteral("id"));
    error = m_lastError;
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

std::optional<PauseEntry> LedgerTable::fetchById(qint64 id, QString &error) const
{
    const QList<PauseEntry> found = select(QStringLiteral("id = :id"),
                                           {{QStringLiteral(":id"), id}}, QStringLiteral("id"));
    error = m_lastError;
    if (found.isEmpty()) {
        if (error.isEmpty())
            error = tr("No pause with id %1 is in the ledger.").arg(id);
        return std::nullopt;
    }
    return found.first();
}

std::optional<PauseEntry> LedgerTable::openEntry(const QString &workspaceId,
                                                 const QString &deploymentName) const
{
    QString error;
    auto found = fetchOpen(workspaceId, deploymentName, error);
    report(error.isEmpty(), error);
    return found;
}

std::optional<PauseEntry> LedgerTable::entry(qint64 id) const
{
    QString error;
    auto found = fetchById(id, error);
    report(found.has_value(), error);
    return found;
}

bool LedgerTable::insert(PauseEntry &entry, QString &error)
{
    QSqlQuery query(m_db.connection());
    if (!m_db.prepareQuery(
            query,
            QStringLiteral(
                "INSERT INTO pause_ledger (workspace_id, deployment_name, saved_min_replicas,"
                " saved_max_replicas, saved_auto_scaler, paused_snapshot, paused_version,"
                " paused_by, paused_at, reason, remind_on, state, closed_at, closed_by, kind,"
                " saved_state, paused_program, paused_host, paused_pid, closed_program, closed_host)"
                " VALUES (:ws, :name, :min, :max, :autoScaler, :snapshot, :version, :by, :at,"
                " :reason, :remindOn, :state, :closedAt, :closedBy, :kind, :savedState,"
                " :pausedProgram, :pausedHost, :pausedPid, :closedProgram, :closedHost)"),
            error))
        return false;
    query.bindValue(QStringLiteral(":ws"), entry.workspaceId);
    query.bindValue(QStringLiteral(":name"), entry.deploymentName);
    query.bindValue(QStringLiteral(":min"), entry.savedMinReplicas);
    query.bindValue(QStringLiteral(":max"), optionalInt(entry.savedMaxReplicas));
    query.bindValue(QStringLiteral(":autoScaler"),
                    entry.hadAutoScaler ? QVariant(jsonText(entry.savedAutoScaler)) : QVariant());
    query.bindValue(QStringLiteral(":snapshot"), jsonText(entry.pausedSnapshot));
    query.bindValue(QStringLiteral(":version"), entry.pausedVersion);
    query.bindValue(QStringLiteral(":by"), SqlDatabase::toDbText(entry.pausedBy));
    query.bindValue(QStringLiteral(":at"), SqlDatabase::toDbTime(entry.pausedAt));
    query.bindValue(QStringLiteral(":reason"), SqlDatabase::toDbText(entry.reason));
    query.bindValue(QStringLiteral(":remindOn"), SqlDatabase::toDbDate(entry.remindOn));
    query.bindValue(QStringLiteral(":state"), PauseEntry::stateToString(entry.state));
    query.bindValue(QStringLiteral(":closedAt"), SqlDatabase::toDbTime(entry.closedAt));
    query.bindValue(QStringLiteral(":closedBy"),
                    entry.closedBy.isEmpty() ? QVariant() : QVariant(entry.closedBy));
    query.bindValue(QStringLiteral(":kind"), entry.kind.isEmpty() ? QStringLiteral("endpoint") : entry.kind);
    query.bindValue(QStringLiteral(":savedState"),
                    entry.savedState.isEmpty() ? QVariant() : QVariant(jsonText(entry.savedState)));
    query.bindValue(QStringLiteral(":pausedProgram"), SqlDatabase::toDbText(entry.pausedProgram));
    query.bindValue(QStringLiteral(":pausedHost"), SqlDatabase::toDbText(entry.pausedHost));
    query.bindValue(QStringLiteral(":pausedPid"), entry.pausedPid);
    query.bindValue(QStringLiteral(":closedProgram"),
                    entry.closedProgram.isEmpty() ? QVariant() : QVariant(entry.closedProgram));
    query.bindValue(QStringLiteral(":closedHost"), entry.closedHost.isEmpty() ? QVariant() : QVariant(entry.closedHost));
    if (!m_db.execQuery(query, error))
        return false;
    entry.id = query.lastInsertId().toLongLong();
    return true;
}

// Inserts `fresh` unless the deployment already has an open entry, which is returned instead.
// Look and write under one write lock, so two processes pausing the same deployment at once end
// with one entry, and the second sees the first's saved values.
LedgerTable::BeginResult LedgerTable::insertUnlessOpen(PauseEntry fresh)
{
    BeginResult result;
    QString error;
    const bool ok = m_db.transaction([&](QString &err) {
        if (auto existing = fetchOpen(fresh.workspaceId, fresh.deploymentName, err)) {
            result.entry = *existing;
            result.created = false;
            return true;
        }
        if (!err.isEmpty() || !insert(fresh, err))
            return false;
        result.entry = fresh;
        result.created = true;
        return true;
    }, &error);
    if (!ok)
        result = BeginResult{PauseEntry(), false, error};
    report(ok, error);
    return result;
}

LedgerTable::BeginResult LedgerTable::beginPause(const PauseEntry &entry)
{
    BeginResult result;
    if (const QString why = entry.validationError(); !why.isEmpty()) {
        result.error = why;
        report(false, why);
        return result;
    }
    PauseEntry fresh = entry;
    fresh.id = 0;
    fresh.state = PauseEntry::State::Pending;
    fresh.pausedAt = storedTime(entry.pausedAt.isValid() ? entry.pausedAt
                                                         : QDateTime::currentDateTimeUtc());
    fresh.remindOn = entry.remindOn;
    fresh.closedAt = QDateTime();
    fresh.closedBy.clear();
    fresh.closedProgram.clear();
    fresh.closedHost.clear();
    // Where it comes from: this process (an import keeps what its file says).
    const ChangeOrigin origin = ChangeOrigin::current();
    fresh.pausedProgram = origin.program;
    fresh.pausedHost = origin.host;
    fresh.pausedPid = origin.pid;

    return insertUnlessOpen(fresh);
}

bool LedgerTable::writeState(const PauseEntry &current, PauseEntry::State target, const QString &closedBy,
                             QString &err)
{
    if (!current.isOpen()) {
        err = tr("The pause of %1 is already %2 and cannot become %3.")
                  .arg(current.deploymentName, PauseEntry::stateToString(current.state),
                       PauseEntry::stateToString(target));
        return false;
    }
    if (target == PauseEntry::State::Pending) {
        err = tr("A confirmed pause cannot go back to pending.");
        return false;
    }
    const bool closing = target != PauseEntry::State::Active;
    QSqlQuery query(m_db.connection());
    if (!m_db.prepareQuery(query,
                                QStringLiteral("UPDATE pause_ledger SET state = :state,"
                                               " closed_at = :closedAt, closed_by = :closedBy,"
                                               " closed_program = :closedProgram, closed_host = :closedHost"
                                               " WHERE id = :id"),
                                err))
        return false;
    query.bindValue(QStringLiteral(":state"), PauseEntry::stateToString(target));
    query.bindValue(QStringLiteral(":closedAt"),
                    closing ? SqlDatabase::toDbTime(QDateTime::currentDateTimeUtc()) : QVariant());
    query.bindValue(QStringLiteral(":closedBy"),
                    closing && !closedBy.isEmpty() ? QVariant(closedBy) : QVariant());
    query.bindValue(QStringLiteral(":closedProgram"), closing ? QVariant(ChangeOrigin::current().program) : QVariant());
    query.bindValue(QStringLiteral(":closedHost"), closing ? QVariant(ChangeOrigin::current().host) : QVariant());
    query.bindValue(QStringLiteral(":id"), current.id);
    return m_db.execQuery(query, err);
}

bool LedgerTable::transition(qint64 id, PauseEntry::State target, const QString &closedBy)
{
    QString error;
    const bool ok = m_db.transaction([&](QString &err) {
        const auto current = fetchById(id, err);
        if (!current)
            return false;
        if (current->state == target)
            return true; // retries are harmless
        return writeState(*current, target, closedBy, err);
    }, &error);
    return report(ok, error);
}

LedgerTable::SetResult LedgerTable::compareAndSet(qint64 id, PauseEntry::State expected,
                                                  PauseEntry::State target, const QString &closedBy,
                                                  PauseEntry *found)
{
    SetResult result = SetResult::Failed;
    QString error;
    const bool ok = m_db.transaction([&](QString &err) {
        const auto current = fetchById(id, err);
        if (!current)
            return false;
        if (found)
            *found = *current;
        if (current->state == target) {
            result = SetResult::Done; // retries are harmless
            return true;
        }
        if (current->state != expected) {
            result = SetResult::LostRace;
            return true;
        }
        if (!writeState(*current, target, closedBy, err))
            return false;
        result = SetResult::Done;
        if (found) {
            found->state = target;
            if (target != PauseEntry::State::Active) {
                found->closedAt = storedTime(QDateTime::currentDateTimeUtc());
                found->closedBy = closedBy;
                found->closedProgram = ChangeOrigin::current().program;
                found->closedHost = ChangeOrigin::current().host;
            }
        }
        return true;
    }, &error);
    report(ok, error);
    return ok ? result : SetResult::Failed;
}

LedgerTable::BeginResult LedgerTable::reopen(const PauseEntry &closed)
{
    BeginResult result;
    PauseEntry fresh = closed;
    fresh.id = 0;
    fresh.state = PauseEntry::State::Active;
    fresh.closedAt = QDateTime();
    fresh.closedBy.clear();
    fresh.closedProgram.clear();
    fresh.closedHost.clear();
    if (const QString why = fresh.validationError(); !why.isEmpty()) {
        result.error = why;
        report(false, why);
        return result;
    }
    return insertUnlessOpen(fresh);
}

bool LedgerTable::markActive(qint64 id)
{
    return transition(id, PauseEntry::State::Active, QString());
}

bool LedgerTable::markClosed(qint64 id, const QString &closedBy)
{
    return transition(id, PauseEntry::State::Closed, closedBy);
}

bool LedgerTable::markAbandoned(qint64 id, const QString &closedBy)
{
    return transition(id, PauseEntry::State::Abandoned, closedBy);
}

bool LedgerTable::updateSavedValues(qint64 id, int savedMinReplicas,
                                    std::optional<int> savedMaxReplicas,
                                    const QJsonObject &savedAutoScaler, bool hadAutoScaler)
{
    QString error;
    const bool ok = m_db.transaction([&](QString &err) {
        auto current = fetchById(id, err);
        if (!current)
            return false;
        if (!current->isOpen()) {
            err = tr("The pause of %1 is over; its saved values are history and stay as they were.")
                      .arg(current->deploymentName);
            return false;
        }
        current->savedMinReplicas = savedMinReplicas;
        current->savedMaxReplicas = savedMaxReplicas;
        current->hadAutoScaler = hadAutoScaler;
        current->savedAutoScaler = hadAutoScaler ? savedAutoScaler : QJsonObject();
        if (err = current->validationError(); !err.isEmpty())
            return false;
        QSqlQuery query(m_db.connection());
        if (!m_db.prepareQuery(query,
                                    QStringLiteral("UPDATE pause_ledger SET saved_min_replicas = :min,"
                                                   " saved_max_replicas = :max,"
                                                   " saved_auto_scaler = :autoScaler WHERE id = :id"),
                                    err))
            return false;
        query.bindValue(QStringLiteral(":min"), savedMinReplicas);
        query.bindValue(QStringLiteral(":max"), optionalInt(savedMaxReplicas));
        query.bindValue(QStringLiteral(":autoScaler"),
                        hadAutoScaler ? QVariant(jsonText(savedAutoScaler)) : QVariant());
        query.bindValue(QStringLiteral(":id"), id);
        return m_db.execQuery(query, err);
    }, &error);
    return report(ok, error);
}

bool LedgerTable::updatePausedSnapshot(qint64 id, const QJsonObject &snapshot)
{
    QString error;
    const bool ok = m_db.transaction([&](QString &err) {
        QSqlQuery query(m_db.connection());
        if (!m_db.prepareQuery(query,
                                    QStringLiteral("UPDATE pause_ledger SET paused_snapshot = :snapshot"
                                                   " WHERE id = :id AND state IN ('pending', 'active')"),
                                    err))
            return false;
        query.bindValue(QStringLiteral(":snapshot"), jsonText(snapshot));
        query.bindValue(QStringLiteral(":id"), id);
        if (!m_db.execQuery(query, err))
            return false;
        if (query.numRowsAffected() != 1) {
            err = tr("The pause is over; its snapshot is history and stays as it was.");
            return false;
        }
        return true;
    }, &error);
    return report(ok, error);
}

bool LedgerTable::setRemindOn(qint64 id, const QDate &remindOn)
{
    QString error;
    const bool ok = m_db.transaction([&](QString &err) {
        const auto current = fetchById(id, err);
        if (!current)
            return false;
        if (!current->isOpen()) {
            err = tr("The pause of %1 is over; it needs no reminder.").arg(current->deploymentName);
            return false;
        }
        QSqlQuery query(m_db.connection());
        if (!m_db.prepareQuery(
                query, QStringLiteral("UPDATE pause_ledger SET remind_on = :remindOn WHERE id = :id"),
                err))
            return false;
        query.bindValue(QStringLiteral(":remindOn"), SqlDatabase::toDbDate(remindOn));
        query.bindValue(QStringLiteral(":id"), id);
        return m_db.execQuery(query, err);
    }, &error);
    return report(ok, error);
}

QList<PauseEntry> LedgerTable::openEntries(const QString &workspaceId) const
{
    return select(QStringLiteral("workspace_id = :ws AND %1").arg(kOpenStates),
                  {{QStringLiteral(":ws"), workspaceId}}, QStringLiteral("deployment_name, id"));
}

QList<PauseEntry> LedgerTable::history(const QString &workspaceId, const QString &deploymentName) const
{
    if (deploymentName.isEmpty())
        return select(QStringLiteral("workspace_id = :ws"), {{QStringLiteral(":ws"), workspaceId}},
                      QStringLiteral("paused_at DESC, id DESC"));
    return select(QStringLiteral("workspace_id = :ws AND deployment_name = :name"),
                  {{QStringLiteral(":ws"), workspaceId}, {QStringLiteral(":name"), deploymentName}},
                  QStringLiteral("paused_at DESC, id DESC"));
}

QList<PauseEntry> LedgerTable::allOpenEntries() const
{
    return select(kOpenStates, {}, QStringLiteral("workspace_id, deployment_name, id"));
}

QList<PauseEntry> LedgerTable::entriesBetween(const QString &workspaceId, const QDateTime &since,
                                              const QDateTime &until) const
{
    // Times are fixed-width UTC text: text order is time order.
    QString where = QStringLiteral("workspace_id = :ws");
    QVariantMap binds {{QStringLiteral(":ws"), workspaceId}};
    if (until.isValid()) {
        where += QStringLiteral(" AND paused_at < :until");
        binds.insert(QStringLiteral(":until"), SqlDatabase::toDbTime(until));
    }
    if (since.isValid()) {
        where += QStringLiteral(" AND (closed_at IS NULL OR closed_at > :since)");
        binds.insert(QStringLiteral(":since"), SqlDatabase::toDbTime(since));
    }
    return select(where, binds, QStringLiteral("paused_at, id"));
}

LedgerTable::ImportResult LedgerTable::importEntries(const QList<PauseEntry> &candidates, int invalid,
                                                     const QStringList &messages)
{
    ImportResult result;
    result.invalid = invalid;
    result.messages = messages;
    QString error;
    const bool ok = m_db.transaction([&](QString &err) {
        for (PauseEntry candidate : std::as_const(candidates)) {
            if (!candidate.isOpen())
                continue;
            const auto existing = fetchOpen(candidate.workspaceId, candidate.deploymentName, err);
            if (!err.isEmpty())
                return false;
            if (existing) {
                ++result.skipped;
                result.messages << tr("%1 in %2: already paused here; its saved values were kept.")
                                       .arg(candidate.deploymentName, candidate.workspaceId);
                continue;
            }
            candidate.closedAt = QDateTime();
            candidate.closedBy.clear();
            candidate.closedProgram.clear();
            candidate.closedHost.clear();
            // A file that does not say where the pause was begun: the importing program and
            // host brought it here (no process id: nobody here is sending its pause).
            if (candidate.pausedProgram.isEmpty() && candidate.pausedHost.isEmpty()) {
                candidate.pausedProgram = ChangeOrigin::current().program;
                candidate.pausedHost = ChangeOrigin::current().host;
            }
            if (!insert(candidate, err))
                return false;
            ++result.imported;
        }
        return true;
    }, &error);
    if (!ok) {
        result = ImportResult();
        result.error = error;
        report(false, error);
        return result;
    }
    report(true, QString());
    return result;
}
