#pragma once

#include "app/api/apierror.h"
#include "app/api/deployment.h"
#include "app/deployments/deploymentsettings.h"
#include "app/storage/pauseentry.h"
#include "app/storage/storeresult.h"

#include <QCoreApplication>
#include <QObject>
#include <QStringList>

#include <functional>

class LeptonClient;
class PauseLedger;

// Edits a paused deployment ("pause before an important change"): the window's edit dialog
// and lepton-console-cli use it for a deployment with an open ledger entry.
//
//  - Replicas and autoscaling are what Resume will bring back: they change the ledger's
//    saved values, not the live ones. The server keeps min_replicas 0; nothing is sent.
//  - Image and resource shape are applied on the server at once (the deployment stays at
//    zero replicas), and the new values are recorded in the entry's paused snapshot, so
//    Resume does not take them for changes made outside the console.
//
// Edits are computed the way the window edits a running deployment: DeploymentSettings
// against "the deployment as Resume would bring it back" (the current spec with the saved
// min, max and auto_scaler in place), so autoscaling blocks keep the CLI's form.
class PausedSettingsEditor : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        enum class Kind {
            Saved,            // done: saved values and/or live image/shape changed
            NothingChanged,   // the settings are what the paused deployment already has
            NotPaused,        // no open pause for this deployment: edit it the usual way
            Invalid,          // the settings break a rule: `problems`
            Failed,           // the server refused or could not be reached: `error`
            LocalStoreFailed, // the ledger could not be written
        };
        Kind kind = Kind::Failed;
        QString deploymentName;
        QString message;     // a sentence for the user
        QStringList problems; // Invalid
        QStringList changes;  // what was changed, "Replicas: 1–3 → 2–4"
        ApiError error;
        PauseEntry entry;     // the entry after the edit
        bool ok() const { return kind == Kind::Saved || kind == Kind::NothingChanged; }
    };
    using Callback = std::function<void(const Outcome &)>;

    PausedSettingsEditor(LeptonClient *client, PauseLedger *ledger, const QString &workspaceId,
                         QObject *parent = nullptr);

    // The spec Resume would bring back: `current`'s spec with the saved min_replicas,
    // max_replicas and auto_scaler of `entry` in place of the paused ones.
    static QJsonObject specToResume(const PauseEntry &entry, const Deployment &current);
    // The same as editable settings: what an edit form for a paused deployment starts from.
    static DeploymentSettings settingsToResume(const PauseEntry &entry, const Deployment &current);

    // Applies `edited` to the paused deployment `current` (as last read from the server).
    // Replicas and autoscaling go to the ledger; image and shape to the server. Ends in
    // exactly one callback, while `context` lives.
    void apply(const Deployment &current, const DeploymentSettings &edited, QObject *context, Callback done);

private:
    void applyTo(const Deployment &current, const DeploymentSettings &edited,
                 const StoreResult<std::optional<PauseEntry>> &found, QObject *context, Callback done);
    void applyLive(const Deployment &current, const DeploymentSettings &edited, DeploymentSettings::Parts changed,
                   const PauseEntry &entry, Outcome outcome, QObject *context, Callback done);
    LeptonClient *m_client;
    PauseLedger *m_ledger;
    QString m_workspaceId;
};
