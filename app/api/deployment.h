#pragma once

#include "app/common/compactjsonobject.h"
#include "app/api/apigeneration.h"
#include "app/api/deploymentcomponent.h"
#include "app/api/deploymentstate.h"
#include "app/api/resourcekind.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

// One Lepton deployment (an "endpoint"), as GET /deployments returns it; or, in the same
// shape, a new-API endpoint (GET /endpoints), a dev pod (legacy is_pod deployment or new-API
// /devpods) or a Ray cluster (/rayclusters): `kind` says which, `generation` which API's
// shape `raw` has.
//
// The typed fields are what the console shows and edits; `raw` is the whole object as the
// server sent it, so that fields we do not know are never lost, and so that edits are
// computed as a merge patch against what the server really has. spec() gives the spec in
// the legacy shape whatever the generation (see there).
// About 740 lines (deployment.cpp) for one wire type: the legacy and new-API shapes, the
// autoscaler's three forms and the list's streaming and summary parses all fill the same fields;
// split, the rules of which key wins would be spelled twice.
struct Deployment
{
    ResourceKind kind = ResourceKind::Endpoint;
    ApiGeneration generation = ApiGeneration::Legacy;

    // metadata
    QString id;
    QString name;
    qint64 createdAtMs = 0;
    qint64 lastModifiedAtMs = 0;
    qint64 version = 0;
    QString createdBy;
    QString lastModifiedBy;
    QString owner;

    // spec
    QString image;
    QString resourceShape;
    std::optional<int> minReplicas;
    std::optional<int> maxReplicas;
    bool hasAutoScaler = false;
    std::optional<qint64> noTrafficTimeoutSeconds;   // auto_scaler.scale_down.no_traffic_timeout
    std::optional<double> targetGpuUtilization;      // auto_scaler.target_gpu_utilization_percentage
    std::optional<double> targetQpm;                 // auto_scaler.target_throughput.qpm
    bool isPod = false;                              // kind == Pod
    // Ray clusters: spec.suspend; new-API dev pods: spec.stopped.
    bool suspended = false;
    // New-API endpoints: every component (the typed fields above are the frontend's); Ray
    // clusters: the worker groups. Empty for legacy endpoints and pods.
    QList<DeploymentComponent> components;

    // status
    DeploymentState state = DeploymentState::Unknown;
    // The string `state` was read from, exactly as sent: status.phase when the server sends
    // one (a legacy server keeps the real state there), else status.state. Shown with Unknown.
    QString rawState;
    QString statusState;                             // status.state exactly as sent
    QString externalEndpoint;
    QString internalEndpoint;
    std::optional<int> desiredReplicas;              // status.autoscaler_status.desired_replicas
    std::optional<int> readyReplicas;                // status.ready_replicas (new API)
    bool isSystem = false;

    // The whole object as sent, kept compact (see CompactJsonObject); reads like a QJsonObject.
    CompactJsonObject raw;
    // A 64-bit fingerprint of the JSON text `raw` was parsed from (DeploymentList::parse sets
    // it), 0 when unknown. Equal fingerprints mean equal text, so sameAs() need not walk two
    // JSON trees. Only trusted while `raw` still holds that text (a changed `raw` holds a tree).
    quint64 rawFingerprint = 0;

    // Parses one deployment. Missing optional fields are fine; a value of the wrong type
    // is treated as missing. Returns false (and says why) only when the object is not a
    // deployment at all (no metadata.name).
    static bool fromJson(const QJsonObject &object, Deployment *out, QString *why = nullptr);
    // The same for the other shapes (see newapitranslation.h): a new-API endpoint, a new-API
    // dev pod, a Ray cluster. `raw` keeps the object exactly as sent.
    static bool fromEndpointJson(const QJsonObject &object, Deployment *out, QString *why = nullptr);
    static bool fromDevPodJson(const QJsonObject &object, Deployment *out, QString *why = nullptr);
    static bool fromRayClusterJson(const QJsonObject &object, Deployment *out, QString *why = nullptr);
    // Parses one object of `kind` in `generation`'s shape (one of the above).
    static bool fromJson(const QJsonObject &object, ResourceKind kind, ApiGeneration generation, Deployment *out,
                         QString *why = nullptr);

    // The spec in the legacy LeptonDeployment shape (resource_requirement, container,
    // auto_scaler, ...), whatever shape `raw` has: for a new-API endpoint it is the frontend
    // component unfolded as the SDK's translation does, so code that reads and diffs specs
    // works the same on both generations. A raw spec already in the legacy shape is returned
    // as it is.
    QJsonObject spec() const;
    QJsonObject autoScaler() const { return spec().value(QLatin1String("auto_scaler")).toObject(); }

    // The replica count a user cares about: what the autoscaler wants, else min_replicas.
    int effectiveReplicas() const;
    // Zero replicas asked for: stopped, stopping, or paused.
    bool isScaledToZero() const { return minReplicas.has_value() && *minReplicas == 0; }
    // At zero replicas because the platform scaled it down after no traffic (Lepton does not
    // scale up from zero by itself): min_replicas still says how many it is configured for.
    bool isIdleAtZero() const
    {
        return !isScaledToZero() && desiredReplicas.value_or(-1) == 0 && state == DeploymentState::Stopped;
    }
    // The address to open or copy: external if there is one, else internal.
    QString endpointUrl() const { return externalEndpoint.isEmpty() ? internalEndpoint : externalEndpoint; }

    // False when anything a user sees differs (used to emit dataChanged only for real changes).
    // Two deployments parsed from the same bytes are the same without comparing their JSON
    // trees (10,000 tree comparisons take tens of ms; 10,000 fingerprints, microseconds).
    bool sameAs(const Deployment &other) const
    {
        if (version != other.version)
            return false;
        if (rawFingerprint != 0 && rawFingerprint == other.rawFingerprint && raw.text().size() == other.raw.text().size()
            && !raw.text().isEmpty())
            return true;
        return raw == other.raw;
    }
};

Q_DECLARE_METATYPE(Deployment)

namespace DeploymentList {

// How much of each entry parse() reads.
enum class Detail {
    Full,    // every typed field, and `raw` is the object as sent (what the window diffs and edits)
    // The same typed fields, but `raw` holds only the members they come from (no fingerprint):
    // for a one-shot listing (lepton-console-cli list), which never edits or diffs. The rest
    // of each entry is checked without being parsed into a tree. Legacy lists only; other
    // shapes are read in full.
    Summary,
};

// Parses a GET /deployments body. Returns false with a reason when the body is not a JSON
// list; single items that are not deployments are skipped and counted in *skipped. An entry
// that cannot be read (text that is not UTF-8) is left out too, and *unreadable gets one
// sentence for it, naming it when its name can be made out: one bad entry never hides the
// others.
bool parse(const QByteArray &body, QList<Deployment> *out, QString *why, int *skipped = nullptr,
           QStringList *unreadable = nullptr, ResourceKind kind = ResourceKind::Endpoint,
           ApiGeneration generation = ApiGeneration::Legacy, Detail detail = Detail::Full);

} // namespace DeploymentList
