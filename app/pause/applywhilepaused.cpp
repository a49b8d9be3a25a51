#include "app/pause/applywhilepaused.h"

#include "app/api/leptonclient.h"
#include "app/deployments/deploymenttablemodel.h"

ApplyWhilePaused::ApplyWhilePaused(PauseController *pauses, LeptonClient *client, PausedSettingsEditor *editor,
                                   DeploymentTableModel *model, QObject *parent)
    : QObject(parent)
    , m_pauses(pauses)
    , m_client(client)
    , m_editor(editor)
    , m_model(model)
{
}

bool ApplyWhilePaused::partsAlive() const
{
    return m_pauses && m_client && m_editor && m_model;
}

void ApplyWhilePaused::start(const QString &name, const DeploymentSettings &edited,
                             const PauseController::PauseRequest &request)
{
    m_name = name;
    m_edited = edited;
    m_outcome.deploymentName = name;
    if (!partsAlive())
        return deleteLater();
    m_model->setPendingAction(name, PendingAction::Pausing);
    Q_EMIT stepStarted(Step::Pausing, name);
    m_pauses->pause(name, request, this, [this](const PauseOutcome &paused) {
        if (!partsAlive())
            return deleteLater();
        m_model->setPendingAction(m_name, PendingAction::None);
        m_outcome.paused = paused;
        Q_EMIT pauseFinished(paused);
        if (!paused.ok() || paused.kind == PauseOutcome::Kind::AlreadyStopped) {
            m_outcome.kind = Outcome::Kind::NotPaused;
            return finish(m_outcome);
        }
        read();
    });
}

void ApplyWhilePaused::read()
{
    m_client->getDeployment(m_name, this, [this](const ApiResult<Deployment> &fresh) {
        if (!partsAlive())
            return deleteLater();
        if (!fresh.ok()) {
            m_outcome.kind = Outcome::Kind::NotRead;
            m_outcome.error = fresh.error;
            return finish(m_outcome);
        }
        apply(fresh.value);
    });
}

void ApplyWhilePaused::apply(const Deployment &fresh)
{
    Q_EMIT stepStarted(Step::Applying, m_name);
    m_editor->apply(fresh, m_edited, this, [this](const PausedSettingsEditor::Outcome &edit) {
        if (!partsAlive())
            return deleteLater();
        m_outcome.edit = edit;
        Q_EMIT ledgerEdited(m_name);
        if (!edit.ok()) {
            m_outcome.kind = Outcome::Kind::NotApplied;
            return finish(m_outcome);
        }
        resume();
    });
}

void ApplyWhilePaused::resume()
{
    m_model->setPendingAction(m_name, PendingAction::Resuming);
    Q_EMIT stepStarted(Step::Resuming, m_name);
    m_pauses->resume(m_name, PauseController::ResumeRequest {}, this, [this](const PauseOutcome &resumed) {
        if (!partsAlive())
            return deleteLater();
        m_model->setPendingAction(m_name, PendingAction::None);
        m_outcome.kind = Outcome::Kind::Resumed;
        m_outcome.resumed = resumed;
        Q_EMIT pauseFinished(resumed);
        finish(m_outcome);
    });
}

void ApplyWhilePaused::finish(Outcome outcome)
{
    Q_EMIT finished(outcome);
    deleteLater();
}
