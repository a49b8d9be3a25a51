#pragma once

#include "app/api/deployment.h"

#include <QList>
#include <QString>

// A deployment as the API lists it (image img:1, shape gpu.a10, one replica) in `state`, read
// through Deployment::fromJson: for the tests of what the console makes of state changes.
Deployment deploymentInState(const QString &name, const QString &state, int version = 1);

// "llama", "mistral" and "whisper" in the states given, all at `version`: one refresh's list.
QList<Deployment> fleetInStates(const QString &llamaState, const QString &mistralState, const QString &whisperState,
                                int version);
