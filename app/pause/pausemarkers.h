#pragma once

#include "app/deployments/pausemarker.h"
#include "app/storage/pauseledger.h"

#include <QHash>
#include <QString>


// What the ledger and the notes say about the deployments of one workspace, as the markers
// the deployments table lays over the server's data: one place builds them, so the window
// and lepton-console-cli present a pause (who, since when, saved replicas, latest note) the
// same way.
namespace PauseMarkers {

// Deployment name -> marker, for every deployment with an open pause or a note.
QHash<QString, PauseMarker> fromOverlay(const PauseLedger::Overlay &overlay);

// What Resume does, in a few words for any kind on either generation: "2–4 replicas back",
// "each component's replicas back: frontend 1–3", "start it again (it was running)", "run the
// cluster again with worker groups gpu-workers 2–4, cpu-workers 1–8". Empty for no pause.
QString savedText(const PauseMarker &marker);

// The marker in a few lines for a details view: "Paused by alice · 3 h ago", what Resume
// brings back, the reminder, and the latest note with its author. Empty for no pause and no note.
QString describe(const PauseMarker &marker, const QDateTime &now);

} // namespace PauseMarkers
