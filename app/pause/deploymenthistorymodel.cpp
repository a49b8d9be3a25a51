#include "app/pause/deploymenthistorymodel.h"

#include "app/pause/pauseddeletion.h"

#include "app/storage/authortext.h"
#include "app/storage/notesstore.h"
#include "app/storage/pauseledger.h"
#include "app/storage/storage.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

namespace {

QString replicasText(const PauseEntry &entry)
{
    if (entry.savedMaxReplicas && *entry.savedMaxReplicas != entry.savedMinReplicas)
        return DeploymentHistoryModel::tr("Resume gives back %1–%2 replicas")
            .arg(entry.savedMinReplicas)
            .arg(*entry.savedMaxReplicas);
    return DeploymentHistoryModel::tr("Resume gives back replicas: %1").arg(entry.savedMinReplicas);
}

} // namespace

DeploymentHistoryModel::DeploymentHistoryModel(QObject *parent)
    : KeyedTableModel(parent)
{
}

void DeploymentHistoryModel::setDeployment(Storage *storage, const QString &workspaceId, const QString &deploymentName)
{
    disconnect(m_changed);
    m_storage = storage;
    m_workspaceId = workspaceId;
    m_name = deploymentName;
    ++m_generation; // an answer for the deployment shown before is dropped
    apply({});
    m_loaded = false;
    m_error.clear();
    if (storage)
        m_changed = connect(storage, &Storage::changed, this, &DeploymentHistoryModel::reload);
    reload();
}

void DeploymentHistoryModel::reload()
{
    if (!m_storage || m_name.isEmpty())
        return;
    const int generation = ++m_generation;
    m_pending = 2;
    m_readEntries.clear();
    m_readNotes.clear();
    m_readError.clear();
    m_storage->ledger().history(m_workspaceId, m_name, this, [this, generation](const StoreResult<QList<PauseEntry>> &result) {
        if (generation != m_generation)
            return;
        if (result.ok())
            m_readEntries = result.value;
        else
            m_readError = result.error.message;
        finish(generation);
    });
    m_storage->notes().history(m_workspaceId, m_name, this, [this, generation](const StoreResult<QList<Note>> &result) {
        if (generation != m_generation)
            return;
        if (result.ok())
            m_readNotes = result.value;
        else if (m_readError.isEmpty())
            m_readError = result.error.message;
        finish(generation);
    });
}

void DeploymentHistoryModel::finish(int generation)
{
    if (generation != m_generation || --m_pending > 0)
        return;
    m_error = m_readError;
    if (m_error.isEmpty()) {
        // The last good read stays on screen when a read fails (the store is away).
        apply(merge(m_readEntries, m_readNotes));
        m_loaded = true;
    }
    Q_EMIT loaded();
}

QList<DeploymentHistoryModel::Event> DeploymentHistoryModel::merge(const QList<PauseEntry> &entries, const QList<Note> &notes)
{
    QList<Event> events;
    QSet<qint64> pauseIds;
    QSet<qint64> closingNotes; // notes shown as their pause's end (PausedDeletion)
    for (const PauseEntry &entry : entries) {
        pauseIds.insert(entry.id);
        Event paused;
        paused.key = QStringLiteral("pause:%1").arg(entry.id);
        paused.when = entry.pausedAt;
        paused.kind = entry.state == PauseEntry::State::Pending ? Kind::Pausing : Kind::Paused;
        paused.who = AuthorText::pausedBy(entry);
        paused.details = entry.reason.isEmpty() ? replicasText(entry)
                                                : tr("%1. %2").arg(entry.reason, replicasText(entry));
        events << paused;
        if (entry.state == PauseEntry::State::Closed || entry.state == PauseEntry::State::Abandoned) {
            Event closed;
            closed.key = QStringLiteral("closed:%1").arg(entry.id);
            closed.when = entry.closedAt;
            closed.kind = entry.state == PauseEntry::State::Closed ? Kind::Resumed : Kind::Abandoned;
            closed.who = AuthorText::closedBy(entry);
            closed.details = entry.state == PauseEntry::State::Closed
                                 ? tr("Resumed the pause of %1").arg(QLocale().toString(entry.pausedAt.toLocalTime(), QLocale::ShortFormat))
                                 : tr("The pause did not take effect; nothing was changed on the server");
            for (const Note &note : notes) {
                if (PausedDeletion::isClosingNote(note, entry)) {
                    closed.kind = Kind::Deleted;
                    closed.details = note.text;
                    closingNotes.insert(note.id);
                    break;
                }
            }
            events << closed;
        }
    }
    for (const Note &note : notes) {
        // A pause's reason is shown with the pause.
        if ((note.atPause && pauseIds.contains(note.pauseEntryId)) || closingNotes.contains(note.id))
            continue;
        Event event;
        event.key = QStringLiteral("note:%1").arg(note.id);
        event.when = note.createdAt;
        event.kind = Kind::Note;
        event.who = AuthorText::author(note);
        event.details = note.isEdited() ? tr("%1 (edited)").arg(note.text) : note.text;
        events << event;
    }
    std::stable_sort(events.begin(), events.end(), [](const Event &a, const Event &b) { return a.when > b.when; });
    return events;
}

int DeploymentHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeploymentHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Event &event = rowAt(index.row());
    if (role == KindRole)
        return int(event.kind);
    if (role == WhenRole)
        return event.when;
    const auto kindText = [&event] {
        switch (event.kind) {
        case Kind::Pausing:
            return tr("Pausing (not confirmed)");
        case Kind::Paused:
            return tr("Paused");
        case Kind::Resumed:
            return tr("Resumed");
        case Kind::Abandoned:
            return tr("Pause abandoned");
        case Kind::Deleted:
            return tr("Deleted");
        case Kind::Note:
            return tr("Note");
        }
        return QString();
    };
    const QString when = QLocale().toString(event.when.toLocalTime(), QLocale::ShortFormat);
    const QString who = event.who.isEmpty() ? tr("unknown") : event.who;
    if (role == Qt::AccessibleTextRole || (role == Qt::ToolTipRole && index.column() == DetailsColumn)) {
        if (role == Qt::ToolTipRole)
            return event.details;
        return tr("%1 by %2, %3: %4").arg(kindText(), who, when, event.details);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case WhenColumn:
        return when;
    case EventColumn:
        return kindText();
    case WhoColumn:
        return who;
    case DetailsColumn:
        return event.details;
    default:
        return {};
    }
}

QVariant DeploymentHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return KeyedTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        return tr("When");
    case EventColumn:
        return tr("Event");
    case WhoColumn:
        return tr("Who");
    case DetailsColumn:
        return tr("Details");
    default:
        return {};
    }
}
