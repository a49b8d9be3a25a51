#pragma once

#include "app/api/apierror.h"
#include "app/deployments/deploymentsettings.h"
#include "app/pause/pausecontroller.h"
#include "app/pause/pausedsettingseditor.h"
#include "app/pause/pauseoutcome.h"

#include <QObject>
#include <QPointer>

class DeploymentTableModel;
class LeptonClient;

// "Pause while applying": an edit made safe by pausing first. One run:
//  1. pause the deployment (the ledger keeps its replicas; the table shows "Pausing");
//  2. read it fresh from the server;
//  3. apply the edit as an edit of the paused deployment (PausedSettingsEditor: replicas and
//     autoscaling to the ledger, image and shape to the server);
//  4. resume it, which brings back the edited values.
// A step that fails ends the run there and says where, so the user knows what state the
// deployment is in (running and unchanged; paused and unchanged).
//
// One object per run: start() once; it emits pauseFinished for the pause and for the resume
// (as the window's other pauses do), ledgerEdited after step 3 touched the ledger, and
// finally finished(Outcome), then deletes itself. When one of the parts it was given goes
// away (the workspace closed), the run stops without a word.
class ApplyWhilePaused : public QObject
{
    Q_OBJECT

public:
    enum class Step { Pausing, Applying, Resuming };
    Q_ENUM(Step)

    struct Outcome
    {
        enum class Kind {
            Resumed,    // the edit was applied while paused and the resume ran: `resumed` says how it ended
            NotPaused,  // the pause failed, or the deployment was stopped already: `paused`; nothing changed
            NotRead,    // paused, but reading it back failed: `error`; it stays paused, unchanged
            NotApplied, // paused, but the edit was refused: `edit`; it stays paused, unchanged
        };
        Kind kind = Kind::NotPaused;
        QString deploymentName;
        PauseOutcome paused;
        ApiError error;
        PausedSettingsEditor::Outcome edit;
        PauseOutcome resumed;
        bool ok() const { return kind == Kind::Resumed && resumed.ok(); }
    };

    ApplyWhilePaused(PauseController *pauses, LeptonClient *client, PausedSettingsEditor *editor,
                     DeploymentTableModel *model, QObject *parent = nullptr);

    // `request` is the pause's reason (it becomes the pause's note, as any pause's does).
    void start(const QString &name, const DeploymentSettings &edited, const PauseController::PauseRequest &request);

Q_SIGNALS:
    void stepStarted(ApplyWhilePaused::Step step, const QString &name);
    void pauseFinished(const PauseOutcome &outcome);
    void ledgerEdited(const QString &name);
    void finished(const ApplyWhilePaused::Outcome &outcome);

private:
    bool partsAlive() const;
    void read();
    void apply(const Deployment &fresh);
    void resume();
    void finish(Outcome outcome);

    QPointer<PauseController> m_pauses;
    QPointer<LeptonClient> m_client;
    QPointer<PausedSettingsEditor> m_editor;
    QPointer<DeploymentTableModel> m_model;
    QString m_name;
    DeploymentSettings m_edited;
    Outcome m_outcome;
};

Q_DECLARE_METATYPE(ApplyWhilePaused::Outcome)
