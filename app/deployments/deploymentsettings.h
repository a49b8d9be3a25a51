#pragma once

#include <QCoreApplication>
#include <QFlags>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

struct Deployment;
struct WorkspaceInfo;

// The settings of a deployment a user can edit: replicas, resource shape, container image
// and the autoscaling policy, as one value.
//
// It is read from a deployment (fromDeployment / fromSpec), edited, validated with the
// server's and the CLI's rules, and turned back into the *minimal* JSON merge patch against
// what the server has (mergePatchFrom): only what changed is sent, and fields the console
// does not know are never touched.
//
// Autoscaling follows the CLI (`lep endpoint update`): the policy is one of four modes, and
// a mode is written as the whole auto_scaler block with the unused knobs at 0, which is
// the CLI's and the server's "off":
//   {"scale_down":{"no_traffic_timeout":T}, "target_gpu_utilization_percentage":P,
//    "target_throughput":{"qpm":Q}}
// Merge-patch semantics keep the block's other keys (target_throughput.paths/methods,
// scale_down.not_ready_timeout) as they are.
class DeploymentSettings
{
    Q_DECLARE_TR_FUNCTIONS(DeploymentSettings)

public:
    enum class AutoscalingMode {
        FixedReplicas,        // no knob set: autoscaling off
        ScaleDownOnNoTraffic, // scale_down.no_traffic_timeout (seconds)
        GpuUtilization,       // target_gpu_utilization_percentage (%)
        Qpm,                  // target_throughput.qpm (requests per minute)
    };

    // The independent parts of the settings. Replicas is min and max together: the server
    // takes max_replicas only with min_replicas, so they are always sent as a pair.
    enum class Part {
        Replicas = 0x1,
        AutoScaler = 0x2,
        ResourceShape = 0x4,
        Image = 0x8,
    };
    Q_DECLARE_FLAGS(Parts, Part)
    static constexpr Parts AllParts = Parts::fromInt(0xf);

    // One line of the "what will change" view: "Image: a → b".
    struct Change
    {
        Part part = Part::Image;
        QString label;  // "Image", "Replicas", ...
        QString before;
        QString after;
        QString text() const;
        bool operator==(const Change &other) const = default;
    };

    // What the dialog offers when a knob is off (0) and the user picks its mode.
    static constexpr qint64 DefaultNoTrafficTimeoutSeconds = 3600; // Lepton's default for new endpoints
    static constexpr int DefaultGpuUtilization = 80;
    static constexpr double DefaultQpm = 60.0;
    // The CLI's bounds for the modes (stricter than the server's 0..100 and >= 0).
    static constexpr qint64 MinimumNoTrafficTimeoutSeconds = 60;
    static constexpr int MinimumGpuUtilization = 1;
    static constexpr int MaximumGpuUtilization = 99;

    int minReplicas = 1;
    int maxReplicas = 1;
    QString resourceShape;
    QString image;
    AutoscalingMode mode = AutoscalingMode::FixedReplicas;
    // All three are kept whatever the mode, so switching modes back and forth in a form
    // keeps what was typed; only the value of `mode` is sent.
    qint64 noTrafficTimeoutSeconds = DefaultNoTrafficTimeoutSeconds;
    int targetGpuUtilization = DefaultGpuUtilization;
    double targetQpm = DefaultQpm;

    // Reads the settings from a deployment's raw JSON (its "spec").
    //  - Missing min_replicas reads as 1 (Lepton's default), missing max_replicas as min.
    //  - The mode is the knob that is non-zero; none (or no auto_scaler) is FixedReplicas.
    //    Several non-zero knobs (not something the CLI writes) resolve in the order
    //    GPU utilization, QPM, scale-down; mergePatchFrom leaves such a block alone unless
    //    the user changes the mode or its value.
    static DeploymentSettings fromDeployment(const Deployment &deployment);
    static DeploymentSettings fromSpec(const QJsonObject &spec);

    // What is wrong, in sentences for the user; empty when the settings can be sent.
    //  min >= 0; max >= 0 and >= min; in GPU mode 1..99 %; in scale-down mode >= 60 s;
    //  in QPM mode > 0; the image not empty; the shape among `info`'s supported shapes when
    //  the workspace lists any.
    // With `original` (the values the editor opened with), a value the user did not change
    // is not held against them: a shape the workspace no longer offers can stay.
    QStringList validate(const WorkspaceInfo *info = nullptr, const DeploymentSettings *original = nullptr) const;
    // The replica range's problem, as validate() says it and the edit form shows it next to the
    // fields: a negative count, or a minimum above the maximum; empty when the range is fine.
    QString replicaProblem() const;

    // The parts in which these settings differ from `other` (autoscaling compares the mode
    // and the value of that mode only).
    Parts changedParts(const DeploymentSettings &other) const;
    bool sameAutoscaling(const DeploymentSettings &other) const;

    // The minimal JSON merge patch that brings `current` (its raw JSON) to these settings,
    // for PATCH /deployments/{name}. Only parts in `parts` are considered:
    //  - Image: {"spec":{"container":{"image":...}}} (command and ports stay as they are);
    //  - ResourceShape: {"spec":{"resource_requirement":{"resource_shape":...}}};
    //  - Replicas: min_replicas and max_replicas, always both;
    //  - AutoScaler: the whole CLI-form block (see above), only when mode or value changed.
    // No metadata, nothing else. Returns {} when nothing changed (the server refuses an
    // empty patch with 400 "no valid field to update", so do not send one).
    QJsonObject mergePatchFrom(const Deployment &current, Parts parts = AllParts) const;

    // The changes against `current`, one per changed part, in form order, for display.
    QList<Change> describeChanges(const Deployment &current) const;
    QList<Change> describeChanges(const DeploymentSettings &before) const;

    // Three-way merge for "apply anyway": starts from `server` and takes, part by part
    // (replicas field by field), what the user changed between `original` and these
    // settings. The result's mergePatchFrom(new server object) sends only the user's edits.
    DeploymentSettings rebased(const DeploymentSettings &original, const DeploymentSettings &server) const;

    // Takes `parts` from `from` and keeps the rest: Replicas is min and max, AutoScaler the
    // mode and all three knobs (so a mode switched back keeps its value).
    void copyParts(const DeploymentSettings &from, Parts parts);

    // The auto_scaler block the way the CLI writes it for `mode` (all three knobs).
    QJsonObject autoScalerBlock() const;

    // "Fixed replicas (autoscaling off)", "Scale down after 3600 s without traffic", ...
    static QString modeName(AutoscalingMode mode);
    QString autoscalingDescription() const;
    QString replicasDescription() const; // "1–3" (min–max)

    bool operator==(const DeploymentSettings &other) const = default;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(DeploymentSettings::Parts)
Q_DECLARE_METATYPE(DeploymentSettings)
Q_DECLARE_METATYPE(DeploymentSettings::AutoscalingMode)
Q_DECLARE_METATYPE(DeploymentSettings::Parts)
