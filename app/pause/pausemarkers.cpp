#include "app/pause/pausemarkers.h"

#include "app/storage/notesstore.h"
#include "app/storage/pauseledger.h"

namespace PauseMarkers {

QHash<QString, PauseMarker> load(const PauseLedger &ledger, const NotesStore &notes, const QString &workspaceId)
{
    QHash<QString, PauseMarker> markers;
    const QList<PauseEntry> open = ledger.openEntries(workspaceId);
    for (const PauseEntry &entry : open) {
        PauseMarker &marker = markers[entry.deploymentName];
        marker.paused = true;
        marker.confirmed = entry.state == PauseEntry::State::Active;
        marker.pausedBy = entry.pausedBy;
        marker.pausedAt = entry.pausedAt;
        marker.savedMinReplicas = entry.savedMinReplicas;
        marker.savedMaxReplicas = entry.savedMaxReplicas.value_or(-1);
        marker.remindOn = entry.remindOn;
    }
    const QHash<QString, Note> latest = notes.latestForWorkspace(workspaceId);
    const QHash<QString, int> counts = notes.countsForWorkspace(workspaceId);
    for (auto it = latest.constBegin(); it != latest.constEnd(); ++it) {
        PauseMarker &marker = markers[it.key()];
        marker.latestNote = it.value().text;
        marker.latestNoteAuthor = it.value().author;
        marker.noteCount = counts.value(it.key(), 1);
    }
    return markers;
}

} // namespace PauseMarkers
