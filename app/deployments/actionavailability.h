#pragma once

#include "app/api/deployment.h"
#include "app/deployments/pausemarker.h"
#include "app/deployments/pendingaction.h"

#include <QString>

// Which of Pause and Resume applies to a deployment, and whether it can be used now: the one
// rule for every place that offers them (the toolbar and the menus, the row menu, the details
// panel; the model's ActionRole, ActionEnabledRole and ActionWhyRole carry it to the views),
// so a deployment never gets Pause in one place and Resume in another, nor an enabled button
// in one place and a disabled one with a reason in another.
//
// Resume applies to what is at zero replicas: paused by the console (Resume restores the
// saved values), stopped outside it (min_replicas 0; Resume asks for a count) and Idle (scaled
// down by the platform after no traffic; Resume restarts it). Pause applies to everything else.
struct ActionAvailability
{
    enum class Action { Pause, Resume };

    Action action = Action::Pause;
    bool enabled = true;
    QString why;   // when not enabled: why, in words (for a tooltip)

    static ActionAvailability of(const Deployment &deployment, const PauseMarker &marker = {},
                                 PendingAction pending = PendingAction::None);
    // The same from what a view has at hand: whether the console paused it (an open ledger entry
    // and at zero, StatusPresentation::paused) instead of the whole marker.
    static ActionAvailability of(const Deployment &deployment, bool pausedByConsole,
                                 PendingAction pending = PendingAction::None);

    // The same while the server cannot be reached (the last refresh failed with a network
    // error or a timeout): the action stays what it is, but cannot be used, and says why.
    ActionAvailability unreachable() const;
    // "Pause" or "Resume", in the current language.
    static QString actionName(Action action);
    // Why `action` is off while the server cannot be reached, as a tooltip says it.
    static QString unreachableReason(Action action);

    bool operator==(const ActionAvailability &other) const = default;
};
