#pragma once

#include <functional>

#include "app/api/deployment.h"
#include "app/deployments/deploymenteditor.h"
#include "app/deployments/deploymentsettings.h"
#include "app/api/workspaceinfo.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class ApiError;
class LeptonClient;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFrame;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class ValueLabel;

// Edits one deployment's settings: replicas, resource shape, container image, autoscaling.
//
// Opens at the deployment's current values; the "Changes" list shows the pending diff as
// the user types. Apply hands the form's edit to a DeploymentEditor (app/deployments), which
// runs the protocol and ends in one Outcome that the dialog shows:
//  1. validates the form (DeploymentSettings::validate), errors shown inline;
//  2. GETs the deployment; if metadata.version moved since the dialog opened, shows an
//     inline warning ("Changed on the server by X at Y since you opened this") with
//     "Reload" (re-read the server's values, dropping the user's edits) and "Apply anyway"
//     (the user's edits, and only those, on top of the new server object);
//  3. PATCH ?dryrun=true with the minimal merge patch (DeploymentSettings::mergePatchFrom);
//     a refusal shows the server's message inline and the dialog stays open with the input;
//  4. the real PATCH, then applied(name) and accept().
// A 400 "no valid field to update" is "Nothing to change" (information, not an error).
// While requests run the form is disabled and a busy indicator shows; nothing blocks.
// Cancel while a request runs closes the dialog and ignores the outcome (a PATCH already on
// the wire may still take effect; the main window's next refresh shows it).
//
// Paused deployments (setPaused(true)): the server holds min_replicas 0, and what Resume
// brings back lives in the pause ledger. Then the replica and autoscaling fields edit the
// values Resume will restore (pass them with setResumeValues()), and Apply does NOT send
// them to the server: it emits savedValuesEdited(name, settings) for the pause controller
// to store in the ledger, and PATCHes only the image and the resource shape (no PATCH at
// all when those did not change). savedValuesEdited comes before applied(), and only when
// the replica or autoscaling part changed and the PATCH (if any) succeeded.
//
// The Pause/Resume button and the "Pause while applying" box do nothing themselves: the
// button emits pauseRequested / resumeRequested and the main window acts (and calls
// setPaused when done); the box is read through pauseWhileApplying().
// About 710 lines in one class: most of it builds the form (replicas, shape, image, three
// autoscaling modes) and shows its inline messages; the protocol itself is DeploymentEditor.
class EditDeploymentDialog : public QDialog
{
    Q_OBJECT
    Q_PROPERTY(bool pauseWhileApplying READ pauseWhileApplying)
    Q_PROPERTY(bool paused READ isPaused WRITE setPaused)
    Q_PROPERTY(bool busy READ isBusy)

public:
    EditDeploymentDialog(LeptonClient *client, const Deployment &deployment, const WorkspaceInfo &info,
                         QWidget *parent = nullptr);
    ~EditDeploymentDialog() override;

    QString deploymentName() const { return m_deployment.name; }
    // The deployment the form compares against (as opened, or as last reloaded).
    const Deployment &deployment() const { return m_deployment; }
    // The values in the form now.
    DeploymentSettings settings() const;
    // The values the form compares against (the opened deployment; when paused, with the
    // replica and autoscaling part taken from setResumeValues()).
    DeploymentSettings originalSettings() const { return m_original; }
    // The minimal patch Apply would send if the server still had deployment().
    QJsonObject pendingPatch() const;

    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    // What Resume brings back (from the pause ledger). Shown in, and compared with, the
    // replica and autoscaling fields while paused. Only min/max and autoscaling are used.
    void setResumeValues(const DeploymentSettings &values);
    void clearResumeValues();

    bool pauseWhileApplying() const;
    bool isBusy() const { return m_busy; }

    // The inline message shown now (empty when none), for tests and accessibility checks.
    QString messageText() const;
    bool isConflictShown() const;

public Q_SLOTS:
    void reject() override;

public:
    // Paused deployments: who applies an edit instead of this dialog's own PATCH (the
    // window's PausedSettingsEditor: replicas and autoscaling to the ledger, image and shape
    // to the server, recorded so Resume does not ask about them). `done(ok, message)`.
    using PausedApplier = DeploymentEditor::PausedApplier;
    void setPausedApplier(PausedApplier applier) { m_editor->setPausedApplier(std::move(applier)); }

Q_SIGNALS:
    // "Pause while applying" was ticked: the window pauses, applies `edited` as a paused
    // edit, and resumes with the new settings. The dialog closes without sending anything.
    void applyWhilePausedRequested(const QString &name, const DeploymentSettings &edited);
    // The server accepted the change (or, when paused, the saved values were edited).
    void applied(const QString &name);
    void pauseRequested(const QString &name);
    void resumeRequested(const QString &name);
    // Paused only: the replica/autoscaling part the user wants Resume to bring back. Only
    // minReplicas, maxReplicas, mode and the mode's value of `newSettings` are meant;
    // newSettings.autoScalerBlock() is the block to store (CLI form).
    void savedValuesEdited(const QString &name, const DeploymentSettings &newSettings);

private:
    enum class MessageKind { Information, Warning, Error };

    void buildUi();
    void setTabOrderChain();
    void populateShapes(const QString &current);
    void loadSettings(const DeploymentSettings &settings);
    void loadReplicaAndAutoscaling(const DeploymentSettings &settings);
    void updateFacts();
    void updateChanges();
    void updatePausedUi();
    void rebuildOriginal();

    // Apply: the form's edit goes to the DeploymentEditor, whose steps and outcome show here.
    DeploymentEditor::Request request() const;
    void startApply();
    void showStep(DeploymentEditor::Step step);
    void showOutcome(const DeploymentEditor::Outcome &outcome);
    void showConflict(const Deployment &server);
    void reloadFromServer();
    void applyAnyway();

    void setBusy(bool busy, const QString &what = QString());
    void showMessage(MessageKind kind, const QString &text, bool conflictButtons = false);
    void hideMessage();

    DeploymentEditor *m_editor;
    Deployment m_deployment;
    WorkspaceInfo m_info;
    DeploymentSettings m_original;
    std::optional<DeploymentSettings> m_resumeValues;
    std::optional<Deployment> m_conflictServer;
    bool m_paused = false;
    bool m_busy = false;

    QFrame *m_messageArea = nullptr;
    QLabel *m_messageIcon = nullptr;
    QLabel *m_messageLabel = nullptr;
    QPushButton *m_reloadButton = nullptr;
    QPushButton *m_applyAnywayButton = nullptr;

    QWidget *m_formArea = nullptr;
    QSpinBox *m_minSpin = nullptr;
    QSpinBox *m_maxSpin = nullptr;
    QComboBox *m_shapeCombo = nullptr;
    QLineEdit *m_imageEdit = nullptr;
    QComboBox *m_modeCombo = nullptr;
    QStackedWidget *m_modeStack = nullptr;
    QSpinBox *m_timeoutSpin = nullptr;
    QSpinBox *m_gpuSpin = nullptr;
    QDoubleSpinBox *m_qpmSpin = nullptr;
    QLabel *m_pausedNote = nullptr;
    QLabel *m_replicaProblem = nullptr;   // "the minimum is above the maximum", in words
    QLabel *m_fixedNote = nullptr;        // what "Fixed replicas" does with these values
    // The server took the edit (or it was saved for Resume): the dialog says so and only closes.
    bool m_applied = false;
    ValueLabel *m_createdValue = nullptr;
    ValueLabel *m_modifiedValue = nullptr;
    ValueLabel *m_endpointValue = nullptr;
    QListWidget *m_changesList = nullptr;

    QProgressBar *m_busyIndicator = nullptr;
    QLabel *m_busyLabel = nullptr;
    QCheckBox *m_pauseWhileApplyingCheck = nullptr;
    QPushButton *m_pauseButton = nullptr;
    QPushButton *m_applyButton = nullptr;
    QPushButton *m_cancelButton = nullptr;

    // Apply is possible: not busy, not applied yet, and the replicas make sense.
    void updateApplyEnabled();
    bool replicasInverted() const;
};
