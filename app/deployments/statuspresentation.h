#pragma once

#include "app/api/deployment.h"
#include "app/deployments/pausemarker.h"
#include "app/deployments/pendingaction.h"

#include <QString>
#include <QStringList>

// How a deployment's status is shown: the word on the badge (colour is never the only
// signal), its tone, whether it animates, and the tooltip. One place decides this for the
// table, the details panel, the tray and the command line.
struct StatusPresentation
{
    enum class Tone { Good, Busy, Paused, Stopped, Bad, Unknown };

    QString text;
    QString tooltip;
    Tone tone = Tone::Unknown;
    bool animated = false;
    // What a user means by "paused": stopped (or stopping) by the console's Pause.
    bool paused = false;

    static StatusPresentation of(const Deployment &deployment, const PauseMarker &marker = {},
                                 PendingAction pending = PendingAction::None);
    // Every word a badge can show, in the current language (to size the Status column).
    static QStringList allTexts();
};
