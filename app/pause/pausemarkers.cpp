#include "app/pause/pausemarkers.h"


namespace PauseMarkers {

QHash<QString, PauseMarker> fromOverlay(const PauseLedger::Overlay &overlay)
{
    QHash<QString, PauseMarker> markers;
    for (const PauseEntry &entry : overlay.open) {
        PauseMarker &marker = markers[entry.deploymentName];
        marker.paused = true;
        marker.confirmed = entry.state == PauseEntry::State::Active;
        marker.pausedBy = entry.pausedBy;
        marker.pausedAt = entry.pausedAt;
        marker.savedMinReplicas = entry.savedMinReplicas;
        marker.savedMaxReplicas = entry.savedMaxReplicas.value_or(-1);
        marker.remindOn = entry.remindOn;
    }
    const QHash<QString, Note> &latest = overlay.latestNotes;
    const QHash<QString, int> &counts = overlay.noteCounts;
    for (auto it = latest.constBegin(); it != latest.constEnd(); ++it) {
        PauseMarker &marker = markers[it.key()];
        marker.latestNote = it.value().text;
        marker.latestNoteAuthor = it.value().author;
        marker.noteCount = counts.value(it.key(), 1);
    }
    return markers;
}

} // namespace PauseMarkers
