#pragma once

// An action the console has started on a deployment and the server has not finished yet;
// shown in the row until the next refresh shows its result.
enum class PendingAction {
    None,
    Pausing,
    Resuming,
    Restarting,
    Updating,
    Deleting,
};
