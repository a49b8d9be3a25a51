#pragma once

#include "app/api/apierror.h"
#include "app/api/deployment.h"
#include "app/api/workspaceinfo.h"
#include "app/deployments/deploymentsettings.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <optional>

class LeptonClient;

// Applies an edit of one deployment's settings, the protocol behind the edit dialog:
//  1. validate the edit (DeploymentSettings::validate) and that something changed;
//  2. GET the deployment; if metadata.version moved since the form opened (or, without
//     versions, the spec changed), stop with Conflict and the server's object;
//  3. PATCH ?dryrun=true with the minimal merge patch, then the real PATCH.
// A 400 "no valid field to update" is NothingToChange, not a refusal.
//
// Paused deployments (Request::paused): the replica and autoscaling part is what Resume
// brings back, not something to send. With a PausedApplier (the window's
// PausedSettingsEditor) the whole edit goes to it and ends in SavedForResume. Without one,
// only image and shape are PATCHed and the replica/autoscaling part comes back in
// Outcome::valuesForResume for the caller to store (Applied, or SavedForResume when there
// was nothing to PATCH).
//
// Every apply() ends in exactly one finished(Outcome), unless cancel() comes first (a
// request already on the wire may still take effect). The checks of step 1 end before
// apply() returns; everything after them is asynchronous.
class DeploymentEditor : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        Deployment opened;           // the deployment the edit was made against
        DeploymentSettings original; // its settings; paused: with the values Resume brings back
        DeploymentSettings edited;   // what the user wants
        bool paused = false;
    };

    struct Outcome
    {
        enum class Kind {
            Applied,         // the server took the change
            NothingToChange, // no edit (`editedNothing`), or the server already has the values
            Conflict,        // changed on the server since the edit began: `server`
            Refused,         // the server refused or could not be reached: `error` (or `message`)
            Invalid,         // the edit breaks a rule: `problems`; nothing was sent
            SavedForResume,  // paused: the edit went to what Resume brings back
        };
        Kind kind = Kind::Refused;
        QString deploymentName;
        Deployment server;                               // Conflict
        ApiError error;                                  // Refused (Cancelled: no client any more)
        QStringList problems;                            // Invalid
        bool editedNothing = false;                      // NothingToChange: nothing was asked of the server
        std::optional<DeploymentSettings> valuesForResume; // paused, no applier: for the ledger
        QString message;                                 // the PausedApplier's sentence, when it ran
        bool ok() const { return kind == Kind::Applied || kind == Kind::SavedForResume; }
    };

    // The steps that take a while, for a busy indicator.
    enum class Step { CheckingServer, SavingForResume, DryRun, Applying };
    Q_ENUM(Step)

    // Who applies an edit of a paused deployment instead of the editor's own PATCH:
    // `done(ok, message)`.
    using PausedApplier = std::function<void(const Deployment &server, const DeploymentSettings &edited,
                                             std::function<void(bool ok, const QString &message)> done)>;

    DeploymentEditor(LeptonClient *client, const WorkspaceInfo &info, QObject *parent = nullptr);

    void setPausedApplier(PausedApplier applier) { m_pausedApplier = std::move(applier); }
    bool hasPausedApplier() const { return bool(m_pausedApplier); }

    // Step 1 alone: Refused (no client), Invalid or NothingToChange, or nothing when the
    // edit may be sent.
    std::optional<Outcome> check(const Request &request) const;
    void apply(const Request &request);
    // Late answers of the running apply() are ignored; no finished() for it.
    void cancel();
    bool isRunning() const { return m_running; }

    // The parts a PATCH may carry: all, or image and shape when paused.
    static DeploymentSettings::Parts serverParts(bool paused);
    // The part of the settings that Resume brings back when paused.
    static constexpr DeploymentSettings::Parts ResumeParts =
        DeploymentSettings::Parts::fromInt(int(DeploymentSettings::Part::Replicas) | int(DeploymentSettings::Part::AutoScaler));
    static bool movedSince(const Deployment &opened, const Deployment &now);

Q_SIGNALS:
    void stepStarted(DeploymentEditor::Step step);
    void finished(const DeploymentEditor::Outcome &outcome);

private:
    void sendPatch(const Request &request, const Deployment &server);
    void patch(const QString &name, const QJsonObject &patch, const std::optional<DeploymentSettings> &saved,
               bool dryRun);
    void onPatchError(const QString &name, const ApiError &error, const std::optional<DeploymentSettings> &saved);
    void finish(Outcome outcome);
    void step(Step step);
    Outcome outcome(Outcome::Kind kind, const QString &name) const;

    QPointer<LeptonClient> m_client;
    WorkspaceInfo m_info;
    PausedApplier m_pausedApplier;
    int m_generation = 0;
    bool m_running = false;
};

Q_DECLARE_METATYPE(DeploymentEditor::Outcome)
