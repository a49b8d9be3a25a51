#pragma once

#include "app/api/apigeneration.h"
#include "app/api/resourcekind.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

// How to pause and resume one resource, for every kind on both API generations: pure
// functions of the resource as just read, no I/O. PauseController (or whoever pauses) reads
// the resource fresh, makes a plan, writes plan.savedState to the ledger, then sends
// plan.pausePatch with LeptonClient::patchResource(kind, name, ...). Resume reads the
// resource fresh again and sends restorePatch(savedState, fresh).
//
//   kind / generation        pause patch                          saved state
//   endpoint, pod / legacy   resource_requirement.min_replicas 0  min, max, auto_scaler (as PauseEntry)
//   endpoint / new           every component: min_replicas 0;     each component's min_replicas,
//                            with an active GPU or QPM target     max_replicas and autoscaling,
//                            also those targets and the           exactly (absent stays absent)
//                            no-traffic timeout 0 (as the SDK's
//                            stop: the server refuses min 0 with
//                            an active target)
//   pod / new                spec.stopped true                    spec.stopped as it was
//   raycluster               spec.suspend true                    suspend and each worker group's min/max
//
// The saved state names its kind and generation ("kind", "api"), so a restore needs nothing
// else; it is a JSON object for the ledger's savedState field.
class PausePlan
{
    Q_DECLARE_TR_FUNCTIONS(PausePlan)

public:
    ResourceKind kind = ResourceKind::Endpoint;
    ApiGeneration generation = ApiGeneration::Legacy;
    // What Resume must bring back.
    QJsonObject savedState;
    // The PATCH body for the resource's own route, in its generation's shape.
    QJsonObject pausePatch;
    // Nothing runs already (min 0 everywhere, stopped, suspended): there is nothing to save.
    bool alreadyStopped = false;
    // Not empty: do not pause; one sentence for the user naming what could not be read
    // exactly (a value of the wrong type, a malformed component list). Nothing else is set.
    QString error;

    bool ok() const { return error.isEmpty(); }

    // `fresh` is the resource exactly as the server just sent it (Deployment::raw).
    static PausePlan make(const QJsonObject &fresh, ResourceKind kind, ApiGeneration generation);

    // The PATCH body that brings back exactly `savedState` onto `fresh` (the resource as read
    // now, in `generation`'s shape), touching nothing else: for a new-API endpoint the whole
    // fresh spec.components array with each saved component's min/max/autoscaling put back
    // (a component added since is left as it is). {} when nothing differs (the server refuses
    // an empty change). nullopt and `why` when it cannot be made: a malformed fresh object,
    // or a saved state of another kind. A legacy endpoint's saved state restores onto a
    // new-API endpoint too (the workspace switched while it was paused).
    static std::optional<QJsonObject> restorePatch(const QJsonObject &savedState, const QJsonObject &fresh,
                                                   ApiGeneration generation, QString *why = nullptr);
};
