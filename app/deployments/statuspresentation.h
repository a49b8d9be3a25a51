#pragma once

#include "app/api/deployment.h"
#include "app/deployments/pausemarker.h"
#include "app/deployments/pendingaction.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

// How a deployment's status is shown: the word on the badge (colour is never the only
// signal), its tone, whether it animates, and the tooltip. One place decides this for the
// table, the details panel, the tray and the command line.
struct StatusPresentation
{
    enum class Tone { Good, Busy, Paused, Stopped, Bad, Unknown };

    // The state's word ("Paused", "Error"): what `lepton-console-cli list` prints and filters on.
    QString text;
    // What the badge adds to the word, in words: the pause age ("12 d") and "Review due" once
    // the pause's reminder date has come. Empty for most states.
    QStringList details;
    QString tooltip;
    Tone tone = Tone::Unknown;
    bool animated = false;
    // What a user means by "paused": stopped (or stopping) by the console's Pause.
    bool paused = false;

    bool reviewDue = false;
    // How much the state asks for attention, for sorting: 0 Error, 1 Not Ready, 2 Unknown,
    // 3 on its way somewhere (Starting, Pausing, ...), 4 Stopped outside the console, 5 Paused,
    // 6 Idle, 7 Ready.
    int severity = 2;
    // Why a deployment in trouble is in trouble, as far as the deployment list says
    // (StatusReason::fromDeployment); the details panel and the CLI know more (StatusReason::pick).
    QString reason;
    // A sentence for the details panel on what this state means for the user: who paused it,
    // since when and what Resume brings back; what Idle is; what a stop outside the console is.
    QString explanation;

    // What the badge shows: the word and its details, "Paused · 12 d · Review due".
    QString label() const;

    // `now` (UTC) is when the pause age is counted to; invalid: the current time.
    static StatusPresentation of(const Deployment &deployment, const PauseMarker &marker = {},
                                 PendingAction pending = PendingAction::None, const QDateTime &now = {});
    // Every word a badge can show, in the current language, and the widest label a pause
    // gives it, so that the Status column sized from these holds every badge.
    static QStringList allTexts();
    // A pause's age as the badge shows it: "5 min", "3 h", "12 d".
    static QString shortAge(const QDateTime &since, const QDateTime &now);
    // Whether the pause's review date has come (on the local calendar at `now`, UTC; invalid:
    // now): the badge's "Review due" and the Pause column's say it from here.
    static bool isReviewDue(const PauseMarker &marker, const QDateTime &now = {});
};
