#include "tests/support/deploymentinstate.h"

#include <QJsonObject>

Deployment deploymentInState(const QString &name, const QString &state, int version)
{
    QJsonObject object{
        {"metadata", QJsonObject{{"id", name}, {"name", name}, {"version", version}}},
        {"spec", QJsonObject{{"container", QJsonObject{{"image", "img:1"}}},
                             {"resource_requirement", QJsonObject{{"resource_shape", "gpu.a10"}, {"min_replicas", 1}}}}},
        {"status", QJsonObject{{"state", state}}},
    };
    Deployment d;
    Deployment::fromJson(object, &d);
    return d;
}

QList<Deployment> fleetInStates(const QString &llamaState, const QString &mistralState, const QString &whisperState,
                                int version)
{
    return {deploymentInState("llama", llamaState, version), deploymentInState("mistral", mistralState, version),
            deploymentInState("whisper", whisperState, version)};
}
