#include "app/deployments/actionavailability.h"

#include <QCoreApplication>

ActionAvailability ActionAvailability::of(const Deployment &deployment, const PauseMarker &marker, PendingAction pending)
{
    return of(deployment, marker.paused && deployment.isScaledToZero(), pending);
}

ActionAvailability ActionAvailability::of(const Deployment &deployment, bool pausedByConsole, PendingAction pending)
{
    ActionAvailability a;
    a.action = pausedByConsole || deployment.isScaledToZero() || deployment.isIdleAtZero() ? Action::Resume
                                                                                             : Action::Pause;
    switch (pending) {
    case PendingAction::Pausing:
        a.action = Action::Resume;
        a.enabled = false;
        a.why = QCoreApplication::translate("ActionAvailability", "The console is pausing this deployment.");
        break;
    case PendingAction::Resuming:
        a.action = Action::Pause;
        a.enabled = false;
        a.why = QCoreApplication::translate("ActionAvailability", "The console is resuming this deployment.");
        break;
    case PendingAction::Deleting:
        a.enabled = false;
        a.why = QCoreApplication::translate("ActionAvailability", "This deployment is being deleted.");
        break;
    case PendingAction::Restarting:
    case PendingAction::Updating:
    case PendingAction::None:
        break;
    }
    if (a.enabled && deployment.state == DeploymentState::Deleting) {
        a.enabled = false;
        a.why = QCoreApplication::translate("ActionAvailability", "This deployment is being deleted.");
    }
    return a;
}

ActionAvailability ActionAvailability::unreachable() const
{
    ActionAvailability a = *this;
    a.enabled = false;
    a.why = unreachableReason(action);
    return a;
}

QString ActionAvailability::actionName(Action action)
{
    return action == Action::Pause ? QCoreApplication::translate("ActionAvailability", "Pause")
                                   : QCoreApplication::translate("ActionAvailability", "Resume");
}

QString ActionAvailability::unreachableReason(Action action)
{
    return QCoreApplication::translate("ActionAvailability",
                                       "%1 is unavailable: the server cannot be reached (the last refresh failed). "
                                       "It comes back when the connection does.")
        .arg(actionName(action));
}
