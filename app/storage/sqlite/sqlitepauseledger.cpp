#include "app/storage/sqlite/sqlitepauseledger.h"

#include "app/storage/sql/sqlconnection.h"
#include "app/storage/sql/sqlstorage.h"

namespace {

constexpr bool Read = false;
constexpr bool Write = true;

template <typename T>
StoreResult<T> readList(SqlConnection &c, T value)
{
    if (!c.ledger.lastError().isEmpty())
        return StoreResult<T>::failure(c.error(c.ledger.lastError(), Read, StoreError::Kind::Other));
    return StoreResult<T>::success(std::move(value));
}

StoreResult<PauseLedger::Begun> begun(SqlConnection &c, const LedgerTable::BeginResult &r)
{
    if (!r.ok())
        return StoreResult<PauseLedger::Begun>::failure(c.error(r.error, Write));
    return StoreResult<PauseLedger::Begun>::success({r.entry, r.created});
}

// The entry as stored after a successful write, or the write's error.
StoreResult<PauseEntry> written(SqlConnection &c, bool ok, qint64 id)
{
    if (!ok)
        return StoreResult<PauseEntry>::failure(c.error(c.ledger.lastError(), Write));
    const std::optional<PauseEntry> found = c.ledger.entry(id);
    if (!found)
        return StoreResult<PauseEntry>::failure(c.error(c.ledger.lastError(), Read));
    return StoreResult<PauseEntry>::success(*found);
}

} // namespace

void SqlitePauseLedger::openEntry(const QString &workspaceId, const QString &deploymentName, QObject *context,
                                  StoreCallback<std::optional<PauseEntry>> done)
{
    m_storage.run<std::optional<PauseEntry>>(context, Read, [workspaceId, deploymentName](SqlConnection &c) {
        auto found = c.ledger.openEntry(workspaceId, deploymentName);
        return readList(c, found);
    }, std::move(done));
}

void SqlitePauseLedger::entry(qint64 id, QObject *context, StoreCallback<PauseEntry> done)
{
    m_storage.run<PauseEntry>(context, Read, [id](SqlConnection &c) {
        const auto found = c.ledger.entry(id);
        if (!found)
            return StoreResult<PauseEntry>::failure(c.error(c.ledger.lastError(), Read));
        return StoreResult<PauseEntry>::success(*found);
    }, std::move(done));
}

void SqlitePauseLedger::beginPause(const PauseEntry &entry, QObject *context, StoreCallback<Begun> done)
{
    m_storage.run<Begun>(context, Write, [entry](SqlConnection &c) {
        if (const QString why = entry.validationError(); !why.isEmpty())
            return StoreResult<Begun>::failure(StoreError(StoreError::Kind::Invalid, why));
        return begun(c, c.ledger.beginPause(entry));
    }, std::move(done));
}

void SqlitePauseLedger::compareAndSet(qint64 id, PauseEntry::State expected, PauseEntry::State target,
                                      const QString &closedBy, QObject *context, StoreCallback<Settled> done)
{
    m_storage.run<Settled>(context, Write, [id, expected, target, closedBy](SqlConnection &c) {
        Settled settled;
        const LedgerTable::SetResult set = c.ledger.compareAndSet(id, expected, target, closedBy, &settled.found);
        if (set == LedgerTable::SetResult::Failed)
            return StoreResult<Settled>::failure(c.error(c.ledger.lastError(), Write));
        settled.result = set == LedgerTable::SetResult::Done ? SetResult::Done : SetResult::LostRace;
        return StoreResult<Settled>::success(settled);
    }, std::move(done));
}

void SqlitePauseLedger::reopen(const PauseEntry &closed, QObject *context, StoreCallback<Begun> done)
{
    m_storage.run<Begun>(context, Write, [closed](SqlConnection &c) {
        return begun(c, c.ledger.reopen(closed));
    }, std::move(done));
}

void SqlitePauseLedger::updateSavedValues(qint64 id, int savedMinReplicas, std::optional<int> savedMaxReplicas,
                                          const QJsonObject &savedAutoScaler, bool hadAutoScaler, QObject *context,
                                          StoreCallback<PauseEntry> done)
{
    m_storage.run<PauseEntry>(context, Write, [=](SqlConnection &c) {
        return written(c, c.ledger.updateSavedValues(id, savedMinReplicas, savedMaxReplicas, savedAutoScaler,
                                                     hadAutoScaler), id);
    }, std::move(done));
}

void SqlitePauseLedger::updatePausedSnapshot(qint64 id, const QJsonObject &snapshot, QObject *context,
                                             StoreCallback<PauseEntry> done)
{
    m_storage.run<PauseEntry>(context, Write, [id, snapshot](SqlConnection &c) {
        return written(c, c.ledger.updatePausedSnapshot(id, snapshot), id);
    }, std::move(done));
}

void SqlitePauseLedger::setRemindOn(qint64 id, const QDate &remindOn, QObject *context,
                                    StoreCallback<StoreNothing> done)
{
    m_storage.run<StoreNothing>(context, Write, [id, remindOn](SqlConnection &c) {
        if (!c.ledger.setRemindOn(id, remindOn))
            return StoreResult<StoreNothing>::failure(c.error(c.ledger.lastError(), Write));
        return StoreResult<StoreNothing>::success({});
    }, std::move(done));
}

void SqlitePauseLedger::openEntries(const QString &workspaceId, QObject *context,
                                    StoreCallback<QList<PauseEntry>> done)
{
    m_storage.run<QList<PauseEntry>>(context, Read, [workspaceId](SqlConnection &c) {
        return readList(c, c.ledger.openEntries(workspaceId));
    }, std::move(done));
}

void SqlitePauseLedger::history(const QString &workspaceId, const QString &deploymentName, QObject *context,
                                StoreCallback<QList<PauseEntry>> done)
{
    m_storage.run<QList<PauseEntry>>(context, Read, [workspaceId, deploymentName](SqlConnection &c) {
        return readList(c, c.ledger.history(workspaceId, deploymentName));
    }, std::move(done));
}

void SqlitePauseLedger::allOpenEntries(QObject *context, StoreCallback<QList<PauseEntry>> done)
{
    m_storage.run<QList<PauseEntry>>(context, Read, [](SqlConnection &c) {
        return readList(c, c.ledger.allOpenEntries());
    }, std::move(done));
}

void SqlitePauseLedger::entriesBetween(const QString &workspaceId, const QDateTime &since, const QDateTime &until,
                                       QObject *context, StoreCallback<QList<PauseEntry>> done)
{
    m_storage.run<QList<PauseEntry>>(context, Read, [workspaceId, since, until](SqlConnection &c) {
        return readList(c, c.ledger.entriesBetween(workspaceId, since, until));
    }, std::move(done));
}

void SqlitePauseLedger::openPauses(const QString &workspaceId, QObject *context,
                                   StoreCallback<QList<OpenPause>> done)
{
    m_storage.run<QList<OpenPause>>(context, Read, [workspaceId](SqlConnection &c) {
        const QList<PauseEntry> open = c.ledger.openEntries(workspaceId);
        if (!c.ledger.lastError().isEmpty())
            return StoreResult<QList<OpenPause>>::failure(c.error(c.ledger.lastError(), Read, StoreError::Kind::Other));
        // The notes of every paused deployment in one query, grouped here.
        const QHash<QString, QList<Note>> notes = c.notes.historiesOfOpenPauses(workspaceId);
        if (!c.notes.lastError().isEmpty())
            return StoreResult<QList<OpenPause>>::failure(c.error(c.notes.lastError(), Read, StoreError::Kind::Other));
        QList<OpenPause> pauses;
        pauses.reserve(open.size());
        for (const PauseEntry &entry : open)
            pauses.append(OpenPause{entry, notes.value(entry.deploymentName)});
        return StoreResult<QList<OpenPause>>::success(pauses);
    }, std::move(done));
}

void SqlitePauseLedger::overlay(const QString &workspaceId, QObject *context, StoreCallback<Overlay> done)
{
    m_storage.run<Overlay>(context, Read, [workspaceId](SqlConnection &c) {
        Overlay overlay;
        overlay.open = c.ledger.openEntries(workspaceId);
        if (!c.ledger.lastError().isEmpty())
            return StoreResult<Overlay>::failure(c.error(c.ledger.lastError(), Read, StoreError::Kind::Other));
        overlay.latestNotes = c.notes.latestForWorkspace(workspaceId);
        if (c.notes.lastError().isEmpty())
            overlay.noteCounts = c.notes.countsForWorkspace(workspaceId);
        if (!c.notes.lastError().isEmpty())
            return StoreResult<Overlay>::failure(c.error(c.notes.lastError(), Read, StoreError::Kind::Other));
        return StoreResult<Overlay>::success(overlay);
    }, std::move(done));
}

void SqlitePauseLedger::importEntries(const QList<PauseEntry> &entries, const ImportResult &result,
                                      QObject *context, StoreCallback<ImportResult> done)
{
    m_storage.run<ImportResult>(context, Write, [entries, result](SqlConnection &c) {
        const LedgerTable::ImportResult r = c.ledger.importEntries(entries, result.invalid, result.messages);
        if (!r.ok())
            return StoreResult<ImportResult>::failure(c.error(r.error, Write));
        return StoreResult<ImportResult>::success(ImportResult{r.imported, r.skipped, r.invalid, r.messages, QString()});
    }, std::move(done));
}
