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

} // namespace PauseMarkers
